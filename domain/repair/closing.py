"""After the work: the resident's confirmation and rating, reopening, the callback (回訪),
rework, and the sweeper's repair deadlines."""

from __future__ import annotations

from datetime import datetime, timedelta

from domain import events as ev
from domain.deadlines import ON_FIRE, SweepReport, sweep
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor
from domain.moves import move
from domain.ports import UnitOfWork
from domain.registry import calendar_of
from domain.repair.intake import (
    CallbackResult,
    RepairPolicy,
    _estate,
    _ticket,
    callback_days,
    clock_for,
)
from domain.repair.work import _is_office, _redispatch, _reporter, can_take
from domain.text import require_text
from domain.tickets import Deadline, Kind, Status, Ticket


async def visible_ticket(uow: UnitOfWork, actor: Actor, ticket_id: int) -> Ticket:
    """A ticket the actor may see: their own, or any of an estate they work in (complaints
    and questions to the desk only as desk or manager there)."""
    ticket = await _ticket(uow, ticket_id)
    if actor.person is not None and ticket.reporter_id == actor.person.id:
        return ticket
    if ticket.kind in (Kind.COMPLAINT, Kind.ENQUIRY):
        if _is_office(actor, ticket.estate_id):
            return ticket
    elif ticket.estate_id in {s.estate_id for s in actor.staff}:
        return ticket
    raise NotFound("ticket-not-found")


async def confirm_fix(uow: UnitOfWork, actor: Actor | None, ticket_id: int, now: datetime, *,
                      rating: int | None = None, comment: str | None = None,
                      automatic: bool = False) -> Ticket:
    """The resident confirms the fix (or time ran out): the callback is now due."""
    ticket = await _ticket(uow, ticket_id)
    if not automatic:
        assert actor is not None
        _reporter(actor, ticket)
    if rating is not None and not 1 <= rating <= 5:
        raise InvalidInput("rating-range")
    estate = await _estate(uow, ticket.estate_id)
    due = calendar_of(estate).add_days(now, callback_days(ticket.category))
    text = require_text(comment, max_len=1000, field="comment") if comment else None
    updated = await move(uow, actor, ticket, Status.CONFIRMED, now,
                          action="auto-confirmed" if automatic else "confirmed",
                          confirmed_at=now, callback_due=due, rating=rating,
                          rating_comment=text)
    uow.emit(ev.RepairConfirmed(ticket.id, automatic=automatic))
    return updated


async def rate(uow: UnitOfWork, actor: Actor, ticket_id: int, rating: int,
               comment: str | None, now: datetime) -> None:
    """Add or change the rating of a confirmed repair (no status change)."""
    ticket = await _ticket(uow, ticket_id)
    _reporter(actor, ticket)
    if not 1 <= rating <= 5:
        raise InvalidInput("rating-range")
    text = require_text(comment, max_len=1000, field="comment") if comment else None
    await uow.tickets.set_fields(ticket.id, rating=rating, rating_comment=text)
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id), action="rated",
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           to_state=str(rating), update_id=uow.update_id)
    uow.emit(ev.RepairRated(ticket.id))


async def reopen(uow: UnitOfWork, actor: Actor, ticket_id: int, reason: str,
                 now: datetime) -> Ticket:
    """Not fixed: back to the crew with the resident's reason."""
    ticket = await _ticket(uow, ticket_id)
    _reporter(actor, ticket)
    text = require_text(reason, max_len=1000, field="reason")
    updated = await _redispatch(uow, actor, ticket, now, action="reopened",
                                detail={"reason": text}, reopen_count=ticket.reopen_count + 1)
    await uow.tickets.add_note(ticket.id, "reopen", actor.person_id, text, now)
    uow.emit(ev.RepairReopened(ticket.id, reason=text))
    return updated


async def cancel(uow: UnitOfWork, actor: Actor, ticket_id: int, now: datetime) -> Ticket:
    """The resident withdraws a job nobody took yet, or the office cancels any open job."""
    ticket = await _ticket(uow, ticket_id)
    own = actor.person is not None and ticket.reporter_id == actor.person.id
    if not (_is_office(actor, ticket.estate_id) or (own and ticket.status is Status.DISPATCHED)):
        raise NotAuthorized()
    updated = await move(uow, actor, ticket, Status.CANCELLED, now, action="cancelled",
                          closed_at=now)
    uow.emit(ev.TicketCancelled(ticket.id, by_person_id=actor.person_id or 0))
    return updated


# ---------------------------------------------------------------- desk: callback and rework


async def record_callback(uow: UnitOfWork, actor: Actor, ticket_id: int,
                          result: CallbackResult, now: datetime,
                          problem: str | None = None) -> Ticket:
    """The desk calls the resident back and records what they heard."""
    ticket = await _ticket(uow, ticket_id)
    if not _is_office(actor, ticket.estate_id):
        raise NotAuthorized()
    if ticket.status is not Status.CONFIRMED:
        raise Conflict("callback-already-recorded")
    if result is CallbackResult.PROBLEM:
        text = require_text(problem, max_len=1000, field="problem")
        estate = await _estate(uow, ticket.estate_id)
        rework_due = now + timedelta(hours=RepairPolicy.of(estate).rework_hours)
        updated = await move(uow, actor, ticket, Status.REWORK, now, action="callback",
                              detail={"result": result.value, "problem": text},
                              rework_due=rework_due, cycle=ticket.cycle + 1, done_at=None)
        await uow.tickets.add_note(ticket.id, "rework", actor.person_id, text, now)
        uow.emit(ev.CallbackRecorded(ticket.id, result=result.value,
                                     by_person_id=actor.person_id or 0))
        uow.emit(ev.ReworkOrdered(ticket.id, problem=text))
        return updated
    updated = await move(uow, actor, ticket, Status.CLOSED, now, action="callback",
                          detail={"result": result.value}, closed_at=now)
    uow.emit(ev.CallbackRecorded(ticket.id, result=result.value,
                                 by_person_id=actor.person_id or 0))
    uow.emit(ev.TicketClosed(ticket.id))
    return updated


async def acknowledge_rework(uow: UnitOfWork, actor: Actor, ticket_id: int,
                             now: datetime) -> Ticket:
    """The crew acknowledges the written rework notice and takes the job again."""
    ticket = await _ticket(uow, ticket_id)
    if actor.person is None or not (ticket.assignee_id == actor.person.id
                                    or can_take(actor, ticket)):
        raise NotAuthorized("job-not-your-trade")
    estate = await _estate(uow, ticket.estate_id)
    policy = RepairPolicy.of(estate)
    cal = clock_for(estate, ticket.urgency)
    updated = await move(uow, actor, ticket, Status.ACCEPTED, now, action="rework-acknowledged",
                          assignee_id=actor.person.id, accepted_at=now, rework_due=None,
                          complete_due=cal.add_days(now, policy.complete_days))
    uow.emit(ev.ReworkAcknowledged(ticket.id, by_person_id=actor.person.id))
    return updated


# ---------------------------------------------------------------- the sweeper's job


async def _fire(uow: UnitOfWork, ticket: Ticket, deadline: Deadline, now: datetime) -> bool:
    """A repair nobody confirmed in time is confirmed; every other level is announced."""
    if deadline.level == "auto-confirm":
        await confirm_fix(uow, None, ticket.id, now, automatic=True)
        return True
    uow.emit(ev.DeadlineReached(ticket.id, level=deadline.level, repeat=deadline.n))
    return False


ON_FIRE[Kind.REPAIR] = _fire


async def sweep_deadlines(uow: UnitOfWork, now: datetime, limit: int = 200) -> SweepReport:
    """Fire every due reminder/escalation once (every ticket kind); auto-confirm repairs."""
    return await sweep(uow, now, limit)
