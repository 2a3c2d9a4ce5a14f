"""Reassignment by the desk and managers: to a named staff member, to another trade (a new
card in that crew's group), or to themselves. Each is one compare-and-set move (on the
version the card showed) with its audit row."""

from __future__ import annotations

from datetime import datetime

from domain import events as ev
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, Trade
from domain.moves import move
from domain.ports import UnitOfWork
from domain.repair.intake import _ticket
from domain.repair.work import _is_office, _redispatch, completion_due
from domain.tickets import WORKING, Kind, Status, Ticket


async def _movable(uow: UnitOfWork, actor: Actor, ticket_id: int, version: int) -> Ticket:
    ticket = await _ticket(uow, ticket_id)
    if actor.person is None or not _is_office(actor, ticket.estate_id):
        raise NotAuthorized()
    if ticket.kind is not Kind.REPAIR or not ticket.is_open:
        raise Conflict("ticket-wrong-state", status=ticket.status.value)
    if ticket.version != version:
        raise Conflict("ticket-changed")
    return ticket


async def assign(uow: UnitOfWork, actor: Actor, ticket_id: int, person_id: int, *,
                 version: int, now: datetime) -> Ticket:
    """The job goes to this staff member (the actor themselves: they take it)."""
    ticket = await _movable(uow, actor, ticket_id, version)
    assert actor.person is not None
    roles = [s for s in await uow.staff.for_person(person_id) if s.estate_id == ticket.estate_id]
    if not roles:
        raise NotFound("assign-not-staff")
    if ticket.assignee_id == person_id:
        raise Conflict("assign-same-person")
    detail = {"from": ticket.assignee_id, "to": person_id}
    if ticket.status in (Status.DISPATCHED, Status.REWORK):
        updated = await move(uow, actor, ticket, Status.ACCEPTED, now, action="assigned",
                             detail=detail, assignee_id=person_id, accepted_at=now,
                             complete_due=ticket.complete_due
                             if ticket.status is Status.REWORK and ticket.complete_due
                             else await completion_due(uow, ticket, now))
    elif ticket.status in WORKING:
        updated = await move(uow, actor, ticket, ticket.status, now, action="assigned",
                             detail=detail, stay=True, assignee_id=person_id)
    else:
        raise Conflict("ticket-wrong-state", status=ticket.status.value)
    uow.emit(ev.JobAssigned(ticket.id, by_person_id=actor.person.id, to_person_id=person_id))
    return updated


async def change_trade(uow: UnitOfWork, actor: Actor, ticket_id: int, trade: Trade, *,
                       version: int, now: datetime) -> Ticket:
    """Hand the job to another trade's crew: a fresh acceptance clock and a new card there."""
    ticket = await _movable(uow, actor, ticket_id, version)
    assert actor.person is not None
    if ticket.trade == trade.value:
        raise InvalidInput("assign-same-trade")
    if ticket.status not in (Status.DISPATCHED, *WORKING):
        raise Conflict("ticket-wrong-state", status=ticket.status.value)
    updated = await _redispatch(uow, actor, ticket, now, action="trade-changed",
                                detail={"from": ticket.trade, "to": trade.value},
                                stay=ticket.status is Status.DISPATCHED, trade=trade.value)
    uow.emit(ev.JobAssigned(ticket.id, by_person_id=actor.person.id, trade=trade.value,
                            old_trade=ticket.trade))
    return updated
