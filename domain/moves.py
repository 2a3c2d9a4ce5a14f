"""The ticket engine's one compare-and-set move: every status change of every ticket kind
goes through it, with its audit row and its next deadline."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from domain.deadlines import office_calendar
from domain.errors import Conflict
from domain.model import Actor
from domain.ports import UnitOfWork
from domain.tickets import Status, Ticket, next_due, require_transition


async def move(uow: UnitOfWork, actor: Actor | None, ticket: Ticket, to: Status, now: datetime,
               *, action: str, detail: dict[str, Any] | None = None, stay: bool = False,
               **values: Any) -> Ticket:
    """Compare-and-set on the status and version the ticket was read at (so a press based on
    a stale view changes nothing), recompute the next deadline, write the audit row.

    With `stay`, moving an open ticket to its own status is a field change: the status stays,
    the version is bumped."""
    if stay and to is ticket.status:
        if not ticket.is_open:
            raise Conflict("ticket-wrong-state", status=ticket.status.value)
    else:
        require_transition(ticket.kind, ticket.status, to)
    candidate = replace(ticket, status=to, **values)
    fired = await uow.fired.fired("ticket", ticket.id)
    cal, _closed = await office_calendar(uow, ticket.estate_id)
    values["next_due_at"] = next_due(candidate, fired, cal.add)
    updated = await uow.tickets.transition(ticket.id, [ticket.status], to,
                                           version=ticket.version, **values)
    if updated is None:
        raise Conflict("ticket-changed")
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id), action=action,
                           actor_person_id=actor.person_id if actor else None,
                           actor_tg_id=actor.tg_user_id if actor else None,
                           from_state=ticket.status.value, to_state=to.value,
                           update_id=uow.update_id, detail=detail)
    return updated
