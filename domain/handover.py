"""Hand-over to a person: a linked resident's question relayed to the desk and back.

The conversation is a ticket of kind `enquiry` (Q-2026-000001) in the resident's unit, so it
is numbered, listed and kept with the household; every message is a ticket note and an audit
row. The desk answers under its registered name, never the Telegram account."""

from __future__ import annotations

from datetime import datetime

from domain import events as ev
from domain.calendar import zone
from domain.errors import Conflict, NotAuthorized, NotFound
from domain.model import Actor, StaffRole
from domain.moves import move
from domain.ports import UnitOfWork
from domain.text import require_text
from domain.tickets import Kind, Status, Ticket, ticket_number

TEXT_MAX = 1000


async def _enquiry(uow: UnitOfWork, ticket_id: int) -> Ticket:
    ticket = await uow.tickets.get(ticket_id)
    if ticket is None or ticket.kind is not Kind.ENQUIRY:
        raise NotFound("ticket-not-found")
    return ticket


async def _audit(uow: UnitOfWork, actor: Actor, ticket: Ticket, action: str,
                 now: datetime) -> None:
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id), action=action,
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           update_id=uow.update_id)


async def ask(uow: UnitOfWork, actor: Actor, text: str, now: datetime) -> Ticket:
    """Open a conversation with the desk of the resident's (first) estate."""
    if actor.person is None or not actor.tenures:
        raise NotAuthorized("handover-residents-only")
    body = require_text(text, max_len=TEXT_MAX, field="description")
    unit = actor.tenures[0].unit
    estate = await uow.estates.get(unit.estate_id)
    if estate is None:  # pragma: no cover - foreign key
        raise NotFound()
    year = now.astimezone(zone(estate.tz)).year
    seq = await uow.tickets.next_seq(f"{Kind.ENQUIRY.value}:{year}")
    ticket = await uow.tickets.add(Ticket(
        id=0, number=ticket_number(Kind.ENQUIRY, year, seq), kind=Kind.ENQUIRY,
        estate_id=estate.id, status=Status.RECEIVED, reporter_id=actor.person.id,
        category="enquiry", description=body, created_at=now, unit_id=unit.id))
    await uow.tickets.add_note(ticket.id, "ask", actor.person.id, body, now)
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id), action="created",
                           actor_person_id=actor.person.id, actor_tg_id=actor.tg_user_id,
                           to_state=Status.RECEIVED.value, update_id=uow.update_id,
                           detail={"number": ticket.number})
    uow.emit(ev.ResidentAsked(ticket.id, text=body, n=1))
    return ticket


async def resident_says(uow: UnitOfWork, actor: Actor, ticket_id: int, text: str,
                        now: datetime) -> Ticket:
    """A further message from the resident in an open conversation."""
    ticket = await _enquiry(uow, ticket_id)
    if actor.person is None or ticket.reporter_id != actor.person.id:
        raise NotFound("ticket-not-found")
    if not ticket.is_open:
        raise Conflict("handover-closed")
    body = require_text(text, max_len=TEXT_MAX, field="description")
    await uow.tickets.add_note(ticket.id, "ask", actor.person.id, body, now)
    await _audit(uow, actor, ticket, "resident-wrote", now)
    count = sum(1 for _at, kind, _who, _text in await uow.tickets.notes(ticket.id)
                if kind == "ask")
    uow.emit(ev.ResidentAsked(ticket.id, text=body, n=count))
    return ticket


async def desk_answers(uow: UnitOfWork, actor: Actor, ticket_id: int, text: str,
                       now: datetime) -> Ticket:
    """The desk (or a manager) answers; the resident sees the registered name."""
    ticket = await _enquiry(uow, ticket_id)
    if actor.person is None or not actor.has_role(ticket.estate_id, StaffRole.DESK,
                                                  StaffRole.MANAGER):
        raise NotAuthorized()
    if not ticket.is_open:
        raise Conflict("handover-closed")
    body = require_text(text, max_len=TEXT_MAX, field="description")
    updated = await move(uow, actor, ticket, Status.REPLIED, now, action="desk-answered",
                          replied_at=ticket.replied_at or now)
    await uow.tickets.add_note(ticket.id, "answer", actor.person.id, body, now)
    uow.emit(ev.DeskAnswered(ticket.id, text=body, by_person_id=actor.person.id))
    return updated


async def end(uow: UnitOfWork, actor: Actor, ticket_id: int, now: datetime) -> Ticket:
    """The resident (or the desk) ends the conversation."""
    ticket = await _enquiry(uow, ticket_id)
    own = actor.person is not None and ticket.reporter_id == actor.person.id
    if not own and not actor.has_role(ticket.estate_id, StaffRole.DESK, StaffRole.MANAGER):
        raise NotFound("ticket-not-found")
    if not ticket.is_open:
        return ticket
    updated = await move(uow, actor, ticket, Status.CLOSED, now, action="enquiry-closed",
                          closed_at=now)
    uow.emit(ev.EnquiryClosed(ticket.id, by_resident=own))
    return updated
