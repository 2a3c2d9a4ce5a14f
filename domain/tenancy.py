"""Registry changes (權籍管理): a tenancy ends, a unit is sold, a co-owner or proxy is added
or removed. Every change is a compare-and-set on the tenure with an audit row; the tenures
(with their start and end dates, who ended them and why) are the unit's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from domain import events as ev
from domain.calendar import zone
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, CodeKind, Estate, Person, Relation, StaffRole, TenureRecord, Unit
from domain.ports import UnitOfWork
from domain.registry import estate_locale, find_unit_by_label, issue_code
from domain.text import clean

OFFICE = (StaffRole.DESK, StaffRole.MANAGER)
OWNERS = (Relation.OWNER, Relation.CO_OWNER)
# Links an owner brings with them: they end when the owner sells.
ADDABLE = (Relation.CO_OWNER, Relation.TENANT, Relation.PROXY)


@dataclass(frozen=True)
class Sale:
    unit: Unit
    ended: list[TenureRecord]
    owner: Person
    code: str


def require_office(actor: Actor | None, estate_id: int) -> None:
    """The desk or a manager of the estate (None: the command line, trusted)."""
    if actor is not None and not actor.has_role(estate_id, *OFFICE):
        raise NotAuthorized()


def local_today(estate: Estate, now: datetime) -> date:
    return now.astimezone(zone(estate.tz)).date()


async def _estate(uow: UnitOfWork, estate_id: int) -> Estate:
    estate = await uow.estates.get(estate_id)
    if estate is None:
        raise NotFound()
    return estate


async def unit_of(uow: UnitOfWork, estate: Estate, label: str) -> Unit:
    return await find_unit_by_label(uow, estate.id, label)


def _check_day(record: TenureRecord, on: date, today: date) -> None:
    if on > today:
        raise InvalidInput("registry-date-future", day=on.isoformat())
    if on < record.since:
        raise InvalidInput("registry-date-before-start", day=on.isoformat(),
                           since=record.since.isoformat())


async def end_link(uow: UnitOfWork, actor: Actor | None, tenure_id: int, now: datetime, *,
                   on: date | None = None, reason: str = "moved-out") -> TenureRecord:
    """End one current link on `on` (today by default): access ends at once."""
    record = await uow.tenures.get(tenure_id)
    if record is None:
        raise NotFound("registry-link-not-found")
    estate = await _estate(uow, record.tenure.unit.estate_id)
    require_office(actor, estate.id)
    if not record.current:
        raise Conflict("registry-link-ended", name=record.person.name,
                       unit=record.tenure.unit.label)
    today = local_today(estate, now)
    day = on or today
    _check_day(record, day, today)
    if not await uow.tenures.end(tenure_id, day, by=actor.person_id if actor else None,
                                 reason=reason):
        raise Conflict("registry-link-ended", name=record.person.name,
                       unit=record.tenure.unit.label)
    await uow.audit.record(at=now, entity="tenure", entity_id=str(tenure_id), action="ended",
                           actor_person_id=actor.person_id if actor else None,
                           actor_tg_id=actor.tg_user_id if actor else None,
                           from_state=record.tenure.relation.value, to_state=reason,
                           update_id=uow.update_id,
                           detail={"unit": record.tenure.unit.id, "person": record.person.id,
                                   "on": day.isoformat()})
    uow.emit(ev.LinkEnded(record.person.id, record.tenure.unit.id, record.tenure.relation,
                          reason))
    uow.emit(ev.CommandsChanged(record.person.id))
    return record


async def current_links(uow: UnitOfWork, unit: Unit) -> list[TenureRecord]:
    return [r for r in await uow.tenures.history_for_unit(unit.id) if r.current]


async def add_link(uow: UnitOfWork, actor: Actor | None, estate: Estate, unit_label: str,
                   relation: Relation, name: str, now: datetime, *, pepper: str,
                   created_by: str, on: date | None = None) -> tuple[TenureRecord, str]:
    """Record a co-owner, tenant or proxy and issue the code they link their Telegram with."""
    require_office(actor, estate.id)
    if relation not in ADDABLE:
        raise InvalidInput("registry-add-relation")
    name = clean(name)[:100]
    if not name:
        raise InvalidInput("input-empty", field="name")
    unit = await unit_of(uow, estate, unit_label)
    today = local_today(estate, now)
    day = on or today
    if day > today:
        raise InvalidInput("registry-date-future", day=day.isoformat())
    if relation is Relation.CO_OWNER and not any(
            r.tenure.relation in OWNERS for r in await current_links(uow, unit)):
        raise Conflict("registry-no-owner", unit=unit.label)
    person = await uow.people.find_in_unit(unit.id, name, relation)
    if person is not None:
        raise Conflict("link-already", unit=unit.label)
    person = await uow.people.add(name, estate_locale(estate))
    tenure = await uow.tenures.add(person.id, unit.id, relation, day)
    await _audit_added(uow, actor, tenure.id, relation, unit, person, day, now)
    code = await issue_code(uow, kind=CodeKind.RESIDENT, estate=estate, now=now,
                            created_by=created_by, pepper=pepper, unit_label=unit.label,
                            relation=relation, name=name)
    record = await uow.tenures.get(tenure.id)
    assert record is not None
    return record, code


async def _audit_added(uow: UnitOfWork, actor: Actor | None, tenure_id: int, relation: Relation,
                       unit: Unit, person: Person, day: date, now: datetime,
                       detail: dict[str, object] | None = None) -> None:
    await uow.audit.record(at=now, entity="tenure", entity_id=str(tenure_id), action="added",
                           actor_person_id=actor.person_id if actor else None,
                           actor_tg_id=actor.tg_user_id if actor else None,
                           to_state=relation.value, update_id=uow.update_id,
                           detail={"unit": unit.id, "person": person.id, "on": day.isoformat(),
                                   **(detail or {})})


async def record_sale(uow: UnitOfWork, actor: Actor | None, estate: Estate, unit_label: str,
                      new_owner: str, now: datetime, *, pepper: str, created_by: str,
                      on: date | None = None) -> Sale:
    """The unit has a new owner from `on`: every current link (owners, co-owners, and the
    tenants and proxies they brought) ends that day; the new owner's link starts it."""
    require_office(actor, estate.id)
    name = clean(new_owner)[:100]
    if not name:
        raise InvalidInput("input-empty", field="name")
    unit = await unit_of(uow, estate, unit_label)
    today = local_today(estate, now)
    day = on or today
    history = await uow.tenures.history_for_unit(unit.id)
    links = [r for r in history if r.current]
    for record in links:
        _check_day(record, day, today)
    for record in history:
        # Owners never overlap: the new one starts after every earlier owner left.
        if record.tenure.relation in OWNERS and record.ended_on and record.ended_on > day:
            raise InvalidInput("registry-date-before-start", day=day.isoformat(),
                               since=record.ended_on.isoformat())
    if day > today:
        raise InvalidInput("registry-date-future", day=day.isoformat())
    ended = [await end_link(uow, actor, r.tenure.id, now, on=day, reason="sold") for r in links]
    person = await uow.people.add(name, estate_locale(estate))
    tenure = await uow.tenures.add(person.id, unit.id, Relation.OWNER, day)
    await _audit_added(uow, actor, tenure.id, Relation.OWNER, unit, person, day, now,
                       {"via": "sale"})
    await uow.audit.record(at=now, entity="unit", entity_id=str(unit.id), action="sold",
                           actor_person_id=actor.person_id if actor else None,
                           actor_tg_id=actor.tg_user_id if actor else None,
                           update_id=uow.update_id,
                           detail={"on": day.isoformat(), "to": person.id,
                                   "from": [r.person.id for r in ended
                                            if r.tenure.relation in OWNERS]})
    code = await issue_code(uow, kind=CodeKind.RESIDENT, estate=estate, now=now,
                            created_by=created_by, pepper=pepper, unit_label=unit.label,
                            relation=Relation.OWNER, name=name)
    return Sale(unit, ended, person, code)
