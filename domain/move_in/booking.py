"""Booking a move-in slot, sending and checking the documents, confirming the agreements and
recording the fee receipt (『陸』一(四)1-5)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from domain.calendar import zone
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, Estate, Relation, StaffRole, Tenure
from domain.move_in.model import (
    AGREEMENTS,
    RETURN_REASONS,
    Applicant,
    Confirmation,
    DocStatus,
    Document,
    MoveIn,
    MoveInPolicy,
    Status,
    checklist,
)
from domain.move_in.ports import MoveInUnitOfWork
from domain.ports import FileRef
from domain.text import single_line

OWNERS = (Relation.OWNER, Relation.CO_OWNER)
DESK_ROLES = (StaffRole.DESK, StaffRole.MANAGER)


def owner_tenures(actor: Actor) -> list[Tenure]:
    """Units the person may book a move-in for: the ones they own. A tenant is told that
    move-in is the owner's to arrange."""
    owned = [t for t in actor.tenures if t.relation in OWNERS]
    if actor.person is None or not owned:
        raise NotAuthorized("movein-tenant" if actor.tenures else "movein-owners-only")
    return owned


def local_today(estate: Estate, now: datetime) -> date:
    return now.astimezone(zone(estate.tz)).date()


def check_day(policy: MoveInPolicy, day: date, today: date) -> tuple[time, ...]:
    """The slots of a day the owner may book; a day without any is refused with why."""
    if day <= today:
        raise InvalidInput("movein-day-past")
    if day > today + timedelta(days=policy.days_ahead):
        raise InvalidInput("movein-day-far", days=policy.days_ahead)
    times = policy.times_on(day)
    if not times:
        raise InvalidInput("movein-no-slot", day=day)
    return times


def slot_moment(estate: Estate, day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=zone(estate.tz))


async def _estate(uow: MoveInUnitOfWork, estate_id: int) -> Estate:
    estate = await uow.estates.get(estate_id)
    if estate is None:  # pragma: no cover - foreign key
        raise NotFound()
    return estate


async def _audit(uow: MoveInUnitOfWork, actor: Actor, record: MoveIn, action: str,
                 now: datetime, **detail: Any) -> None:
    await uow.audit.record(at=now, entity="move_in", entity_id=str(record.id), action=action,
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           to_state=record.status.value, update_id=uow.update_id,
                           detail=detail or None)


async def book(uow: MoveInUnitOfWork, actor: Actor, unit_id: int, day: date, at: time,
               applicant: Applicant, now: datetime) -> MoveIn:
    """The owner books a slot; in a collective period it goes to the move-in team."""
    tenure = next((t for t in owner_tenures(actor) if t.unit.id == unit_id), None)
    if tenure is None or actor.person is None:
        raise NotAuthorized("movein-not-your-unit")
    estate = await _estate(uow, tenure.unit.estate_id)
    policy = MoveInPolicy.of(estate)
    if at not in check_day(policy, day, local_today(estate, now)):
        raise InvalidInput("movein-no-such-time", day=day)
    if await uow.move_ins.open_for_unit(unit_id) is not None:
        raise Conflict("movein-already-booked")
    year = local_today(estate, now).year
    seq = await uow.tickets.next_seq(f"move_in:{year}")
    record = await uow.move_ins.add(MoveIn(
        id=0, number=f"M-{year}-{seq:06d}", estate_id=estate.id, unit_id=unit_id,
        owner_id=actor.person.id, applicant=applicant, slot_at=slot_moment(estate, day, at),
        collective=policy.period(day) is not None, status=Status.BOOKED, created_at=now))
    await _audit(uow, actor, record, "booked", now, number=record.number,
                 collective=record.collective)
    return record


async def own(uow: MoveInUnitOfWork, actor: Actor, move_in_id: int) -> MoveIn:
    record = await uow.move_ins.get(move_in_id)
    if record is None or actor.person_id != record.owner_id:
        raise NotFound("movein-not-found")
    return record


async def staff_record(uow: MoveInUnitOfWork, actor: Actor, move_in_id: int,
                       *roles: StaffRole) -> MoveIn:
    record = await uow.move_ins.get(move_in_id)
    if record is None:
        raise NotFound("movein-not-found")
    if not actor.has_role(record.estate_id, *(roles or DESK_ROLES)):
        raise NotAuthorized("movein-desk-only")
    return record


async def move(uow: MoveInUnitOfWork, actor: Actor, record: MoveIn, to: Status, action: str,
               now: datetime, **values: Any) -> MoveIn:
    """The one compare-and-set on the record's version, with its audit row."""
    if not await uow.move_ins.move(record.id, record.version, to, **values):
        raise Conflict("movein-changed")
    moved = replace(record, status=to, version=record.version + 1, **values)
    await _audit(uow, actor, moved, action, now)
    return moved


def missing(record: MoveIn, docs: list[Document]) -> list[str]:
    """Checklist items with no document waiting or accepted."""
    have = {d.item for d in docs if d.status is not DocStatus.RETURNED}
    return [i for i in checklist(record.applicant) if i not in have]


async def send_document(uow: MoveInUnitOfWork, actor: Actor, move_in_id: int, item: str,
                        ref: FileRef, now: datetime) -> Document:
    """A photo or PDF of one checklist item; a returned one may be sent again."""
    record = await own(uow, actor, move_in_id)
    if record.status is not Status.BOOKED:
        raise Conflict("movein-documents-closed")
    if item not in checklist(record.applicant):
        raise InvalidInput("movein-bad-item")
    docs = await uow.move_ins.documents(record.id)
    if any(d.item == item and d.status is not DocStatus.RETURNED for d in docs):
        raise Conflict("movein-document-sent")
    file_id = await uow.files.add(ref, owner="move_in", owner_id=record.id, role=item, now=now,
                                  sensitive=item in {"id", "agent_id"})
    doc = await uow.move_ins.add_document(record.id, item, file_id, ref.name, now)
    await _audit(uow, actor, record, "document-sent", now, item=item)
    return doc


async def decide_document(uow: MoveInUnitOfWork, actor: Actor, doc_id: int, accept: bool,
                          reason: str | None, now: datetime) -> tuple[MoveIn, Document]:
    """The desk accepts or returns one document (with a reason); the first decision wins."""
    doc = await uow.move_ins.document(doc_id)
    if doc is None:
        raise NotFound("movein-not-found")
    record = await staff_record(uow, actor, doc.move_in_id)
    if not accept and reason not in RETURN_REASONS:
        raise InvalidInput("movein-bad-reason")
    assert actor.person is not None
    to = DocStatus.ACCEPTED if accept else DocStatus.RETURNED
    if doc.status is not DocStatus.SENT or not await uow.move_ins.decide_document(
            doc.id, to, actor.person.id, None if accept else reason, now):
        raise Conflict("movein-document-decided")
    await _audit(uow, actor, record, f"document-{to.value}", now, item=doc.item,
                 reason=None if accept else reason)
    record = await advance(uow, actor, record, now)
    return record, replace(doc, status=to, reason=reason, decided_at=now)


async def confirm(uow: MoveInUnitOfWork, actor: Actor, move_in_id: int, item: str,
                  now: datetime) -> MoveIn:
    """The owner's signature in chat: a confirmation with the time and the account."""
    record = await own(uow, actor, move_in_id)
    if item not in AGREEMENTS:
        raise InvalidInput("movein-bad-item")
    assert actor.person is not None
    if await uow.move_ins.confirm(Confirmation(record.id, item, actor.person.id,
                                               actor.tg_user_id, now)):
        await _audit(uow, actor, record, "agreement-confirmed", now, item=item)
    return await advance(uow, actor, record, now)


async def advance(uow: MoveInUnitOfWork, actor: Actor, record: MoveIn,
                  now: datetime) -> MoveIn:
    """Every document accepted and every agreement confirmed: on to the fees."""
    if record.status is not Status.BOOKED:
        return record
    docs = await uow.move_ins.documents(record.id)
    accepted = {d.item for d in docs if d.status is DocStatus.ACCEPTED}
    confirmed = {c.item for c in await uow.move_ins.confirmations(record.id)}
    if set(checklist(record.applicant)) <= accepted and set(AGREEMENTS) <= confirmed:
        return await move(uow, actor, record, Status.FEES, "documents-complete", now)
    return record


async def record_receipt(uow: MoveInUnitOfWork, actor: Actor, move_in_id: int, receipt: str,
                         now: datetime) -> MoveIn:
    """The desk charged the fee items and records the receipt's number (開具票據並收費)."""
    record = await staff_record(uow, actor, move_in_id)
    if record.status is not Status.FEES:
        raise Conflict("movein-not-fees")
    number = single_line(receipt, max_len=40, field="receipt")
    if not number:
        raise InvalidInput("movein-bad-receipt")
    return await move(uow, actor, record, Status.INSPECTION, "fees-paid", now, receipt=number,
                      paid_at=now)
