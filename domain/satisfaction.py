"""The short satisfaction question after any ticket is closed (repairs, complaints).

It reaches the residents who would never complain on their own; the quarterly survey
analysis reads the answers from `tickets.satisfaction` / `satisfaction_at`.
"""

from __future__ import annotations

from datetime import datetime

from domain.complaints import events as cev
from domain.errors import Conflict, InvalidInput, NotFound
from domain.model import Actor
from domain.ports import ComplaintUnitOfWork
from domain.tickets import Status, Ticket


def should_ask(ticket: Ticket) -> bool:
    """A closed ticket with a reporter who has not answered yet."""
    return ticket.status is Status.CLOSED and ticket.reporter_id is not None \
        and ticket.satisfaction is None


async def record_satisfaction(uow: ComplaintUnitOfWork, actor: Actor, ticket_id: int,
                              score: int, now: datetime) -> Ticket:
    """The reporter answers 1-5, once."""
    ticket = await uow.tickets.get(ticket_id)
    if ticket is None or actor.person is None or ticket.reporter_id != actor.person.id:
        raise NotFound("ticket-not-found")
    if not 1 <= score <= 5:
        raise InvalidInput("rating-range")
    if ticket.status is not Status.CLOSED:
        raise Conflict("ticket-wrong-state", status=ticket.status.value)
    if not await uow.satisfaction.record(ticket.id, score, now):
        raise Conflict("satisfaction-already")
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                           action="satisfaction", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"score": score})
    uow.emit(cev.SatisfactionRecorded(ticket.id, score=score))
    fresh = await uow.tickets.get(ticket.id)
    assert fresh is not None
    return fresh
