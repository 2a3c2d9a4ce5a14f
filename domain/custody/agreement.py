"""The custody agreement (《託管協議》): the owner asks, the desk accepts, the owner signs (a
recorded confirmation with time and account); at the end the keys come back and the owner
acknowledges them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from domain.custody import events as ev
from domain.custody.model import (
    CUSTODY_STAFF,
    OPEN,
    Custody,
    CustodyPolicy,
    CustodyStatus,
)
from domain.custody.ports import CustodyUnitOfWork
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, Relation
from domain.registry import calendar_of
from domain.text import single_line

OWNERS = (Relation.OWNER, Relation.CO_OWNER)


@dataclass(frozen=True)
class CustodyDraft:
    unit_id: int
    start: date
    end: date
    contact: str
    keys_held: bool


def owner_units(actor: Actor) -> list[int]:
    """Units the person owns (a tenant cannot put a flat in custody)."""
    return [t.unit.id for t in actor.tenures if t.relation in OWNERS]


def check_dates(start: date, end: date, today: date, policy: CustodyPolicy) -> None:
    """From today on, the end not before the start, at most `max_days` long."""
    if start < today:
        raise InvalidInput("custody-date-past", today=today)
    if end < start:
        raise InvalidInput("custody-end-before-start", start=start)
    if (end - start).days + 1 > policy.max_days:
        raise InvalidInput("custody-too-long", max=policy.max_days)


def read_contact(text: str | None) -> str:
    return single_line(text, max_len=120, field="contact")


async def get(uow: CustodyUnitOfWork, custody_id: int) -> Custody:
    found = await uow.custody.get(custody_id)
    if found is None:
        raise NotFound("custody-not-found")
    return found


def require_staff(actor: Actor, custody: Custody) -> None:
    if actor.person is None or not actor.has_role(custody.estate_id, *CUSTODY_STAFF):
        raise NotAuthorized("custody-staff-only")


def require_owner(actor: Actor, custody: Custody) -> None:
    if actor.person_id != custody.owner_id:
        raise NotAuthorized("custody-owners-only")


async def _audit(uow: CustodyUnitOfWork, actor: Actor | None, custody: Custody, action: str,
                 now: datetime, frm: str | None = None, to: str | None = None,
                 **detail: object) -> None:
    await uow.audit.record(at=now, entity="custody", entity_id=str(custody.id), action=action,
                           actor_person_id=actor.person_id if actor else None,
                           actor_tg_id=actor.tg_user_id if actor else None,
                           from_state=frm, to_state=to, update_id=uow.update_id,
                           detail=dict(detail) or None)


async def move(uow: CustodyUnitOfWork, actor: Actor | None, custody: Custody,
               to: CustodyStatus, now: datetime, action: str, **values: object) -> Custody:
    """One compare-and-set on the agreement's status and version, with its audit row."""
    if not await uow.custody.move(custody, to, **values):
        raise Conflict("custody-changed")
    await _audit(uow, actor, custody, action, now, custody.status.value, to.value)
    return await get(uow, custody.id)


async def request_custody(uow: CustodyUnitOfWork, actor: Actor, draft: CustodyDraft,
                          now: datetime) -> Custody:
    """The owner's request; the desk is asked to accept it."""
    if draft.unit_id not in owner_units(actor) or actor.person_id is None:
        raise NotAuthorized("custody-owners-only")
    unit = await uow.units.get(draft.unit_id)
    assert unit is not None
    estate = await uow.estates.get(unit.estate_id)
    assert estate is not None
    policy = CustodyPolicy.of(estate)
    check_dates(draft.start, draft.end, calendar_of(estate).local(now).date(), policy)
    if any(c.status in OPEN for c in await uow.custody.for_unit(unit.id)):
        raise InvalidInput("custody-already-open")
    custody = await uow.custody.add(
        estate_id=estate.id, unit_id=unit.id, owner_id=actor.person_id,
        start_date=draft.start, end_date=draft.end, contact=read_contact(draft.contact),
        keys_held=draft.keys_held, fee_rate=policy.fee_rate, now=now)
    await _audit(uow, actor, custody, "requested", now, None, custody.status.value)
    uow.emit(ev.CustodyRequested(custody.id))
    return custody


async def decide(uow: CustodyUnitOfWork, actor: Actor, custody_id: int, accept: bool,
                 now: datetime) -> Custody:
    """The desk accepts (the agreement goes to the owner to sign) or declines."""
    custody = await get(uow, custody_id)
    require_staff(actor, custody)
    if custody.status is not CustodyStatus.REQUESTED:
        raise Conflict("custody-changed")
    if accept:
        done = await move(uow, actor, custody, CustodyStatus.ACCEPTED, now, "accepted",
                          accepted_by=actor.person_id, accepted_at=now)
        uow.emit(ev.CustodyAccepted(custody.id))
    else:
        done = await move(uow, actor, custody, CustodyStatus.DECLINED, now, "declined")
        uow.emit(ev.CustodyDeclined(custody.id))
    return done


async def sign(uow: CustodyUnitOfWork, actor: Actor, custody_id: int, now: datetime) -> Custody:
    """The owner signs the agreement: the time and the account are recorded."""
    custody = await get(uow, custody_id)
    require_owner(actor, custody)
    if custody.status is not CustodyStatus.ACCEPTED:
        raise Conflict("custody-changed")
    done = await move(uow, actor, custody, CustodyStatus.SIGNED, now, "signed",
                      signed_at=now, signed_tg_id=actor.tg_user_id)
    uow.emit(ev.CustodySigned(custody.id))
    return done


def first_check(policy: CustodyPolicy, now: datetime) -> datetime:
    return now + timedelta(days=policy.check_days)


async def acknowledge_keys(uow: CustodyUnitOfWork, actor: Actor, custody_id: int,
                           now: datetime) -> Custody:
    """The owner confirms the keys came back: custody ends."""
    custody = await get(uow, custody_id)
    require_owner(actor, custody)
    if custody.status is not CustodyStatus.ENDING:
        raise Conflict("custody-changed")
    done = await move(uow, actor, custody, CustodyStatus.ENDED, now, "ended", ended_at=now)
    uow.emit(ev.CustodyEnded(custody.id))
    return done


async def open_for_unit(uow: CustodyUnitOfWork, unit_id: int) -> Custody:
    """The unit's custody agreement still running (requested to ending)."""
    for custody in await uow.custody.for_unit(unit_id):
        if custody.status in OPEN:
            return custody
    raise NotFound("custody-none-open")
