"""Staff changes: a manager deactivates a colleague (roles and on-call duty end, their open
jobs go back to the crew), re-issues their codes; leaving a staff group ends one's power in
it until one is added back."""

from __future__ import annotations

from datetime import datetime

from domain import events as ev
from domain.errors import Conflict, NotAuthorized, NotFound
from domain.model import Actor, CodeKind, Estate, GroupStatus, StaffAssignment, StaffRole
from domain.moves import move
from domain.ports import UnitOfWork
from domain.registry import issue_code
from domain.repair.work import _redispatch
from domain.tickets import WORKING, Kind, Status, Ticket

ASSIGNED = (*WORKING, Status.REWORK)


def require_manager(actor: Actor | None, estate_id: int) -> None:
    """A manager of the estate (None: the command line, trusted)."""
    if actor is not None and not actor.has_role(estate_id, StaffRole.MANAGER):
        raise NotAuthorized("staff-managers-only")


async def deactivate(uow: UnitOfWork, actor: Actor | None, estate: Estate, person_id: int,
                     now: datetime) -> list[Ticket]:
    """End every role of the person in the estate; returns the jobs given back to the crew."""
    require_manager(actor, estate.id)
    if actor is not None and actor.person_id == person_id:
        raise Conflict("staff-not-yourself")
    roles = [s for s in await uow.staff.for_person(person_id) if s.estate_id == estate.id]
    if not roles:
        raise NotFound("staff-not-active")
    by = actor.person_id if actor else None
    for s in roles:
        if await uow.staff.deactivate(person_id, estate.id, s.role, at=now, by=by):
            await uow.audit.record(at=now, entity="person", entity_id=str(person_id),
                                   action="staff-ended", from_state=s.role.value,
                                   to_state=s.trade.value if s.trade else None,
                                   actor_person_id=by,
                                   actor_tg_id=actor.tg_user_id if actor else None,
                                   update_id=uow.update_id, detail={"estate": estate.id})
    returned = []
    for ticket in await uow.tickets.open_in_estate(estate.id, Kind.REPAIR, limit=10_000):
        if ticket.assignee_id != person_id or ticket.status not in ASSIGNED:
            continue
        if ticket.status is Status.REWORK:
            updated = await _set_unassigned(uow, actor, ticket, now, person_id)
        else:
            updated = await _redispatch(uow, actor, ticket, now, action="returned",
                                        detail={"person": person_id, "why": "staff-ended"})
        uow.emit(ev.JobReturned(ticket.id, person_id=person_id))
        returned.append(updated)
    uow.emit(ev.StaffLeft(person_id, estate.id, by))
    uow.emit(ev.CommandsChanged(person_id))
    return returned


async def _set_unassigned(uow: UnitOfWork, actor: Actor | None, ticket: Ticket, now: datetime,
                          person_id: int) -> Ticket:
    """A rework order stays a rework order; only its assignee goes."""
    return await move(uow, actor, ticket, ticket.status, now, action="returned", stay=True,
                      detail={"person": person_id, "why": "staff-ended"}, assignee_id=None)


async def reissue_codes(uow: UnitOfWork, actor: Actor | None, estate: Estate, person_id: int,
                        now: datetime, *, pepper: str,
                        created_by: str) -> list[tuple[StaffAssignment, str]]:
    """Fresh staff codes for the roles the person holds in the estate, with their name."""
    require_manager(actor, estate.id)
    person = await uow.people.get(person_id)
    if person is None:
        raise NotFound("staff-not-active")
    roles = [s for s in await uow.staff.for_person(person_id) if s.estate_id == estate.id]
    if not roles:
        raise NotFound("staff-not-active")
    out = []
    for s in roles:
        code = await issue_code(uow, kind=CodeKind.STAFF, estate=estate, now=now,
                                created_by=created_by, pepper=pepper, role=s.role,
                                trade=s.trade, name=person.name)
        out.append((s, code))
    return out


async def member_left_group(uow: UnitOfWork, chat_id: int, tg_user_id: int,
                            now: datetime) -> bool:
    """A person left (or was removed from) a staff group: their presses and commands there
    are refused until they are added back."""
    group = await uow.groups.get(chat_id)
    if group is None or group.status is not GroupStatus.ACTIVE:
        return False
    person = await uow.people.by_tg(tg_user_id)
    if person is None or await uow.departures.has_left(chat_id, tg_user_id):
        return False
    await uow.departures.left(chat_id, tg_user_id, now)
    await uow.audit.record(at=now, entity="group", entity_id=str(chat_id), action="member-left",
                           actor_person_id=person.id, actor_tg_id=tg_user_id,
                           update_id=uow.update_id)
    return True


async def member_joined_group(uow: UnitOfWork, chat_id: int, tg_user_id: int) -> None:
    await uow.departures.returned(chat_id, tg_user_id)
