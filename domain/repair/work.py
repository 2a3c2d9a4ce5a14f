"""The work order: who may take and work it, accept, progress, done, hand back, on call."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from domain import events as ev
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, Estate, StaffRole, Trade
from domain.moves import move
from domain.ports import FileRef, UnitOfWork
from domain.repair.intake import Progress, RepairPolicy, _estate, _ticket, clock_for, ladder
from domain.text import require_text
from domain.tickets import Status, Ticket

# ---------------------------------------------------------------- who may act


OFFICE = (StaffRole.DESK, StaffRole.MANAGER)


def _is_office(actor: Actor, estate_id: int) -> bool:
    return actor.has_role(estate_id, *OFFICE)


def can_take(actor: Actor, ticket: Ticket) -> bool:
    """Crew of the ticket's trade in the ticket's estate; the desk and managers take any job
    (the General crew's jobs too when the estate has no general crew member)."""
    if _is_office(actor, ticket.estate_id):
        return True
    return any(s.estate_id == ticket.estate_id and s.role is StaffRole.CREW
               and s.trade is not None and s.trade.value == ticket.trade for s in actor.staff)


def may_work(actor: Actor, ticket: Ticket) -> bool:
    """Only the assignee, the desk and managers of the estate act on a taken job."""
    if actor.person is None:
        return False
    return ticket.assignee_id == actor.person.id or _is_office(actor, ticket.estate_id)


def require_may_work(actor: Actor, ticket: Ticket) -> None:
    if not may_work(actor, ticket):
        raise NotAuthorized("job-not-yours")


def require_may_contact(actor: Actor, ticket: Ticket) -> None:
    """The resident's name and phone: for the assignee, the desk and managers only; crew of
    the trade see them once they accept the job."""
    if may_work(actor, ticket):
        return
    if ticket.assignee_id is None and can_take(actor, ticket):
        raise NotAuthorized("job-contact-after-accept")
    raise NotAuthorized("job-not-yours")


def require_office(actor: Actor, ticket: Ticket) -> None:
    if not _is_office(actor, ticket.estate_id):
        raise NotAuthorized()




# ---------------------------------------------------------------- crew


async def accept_job(uow: UnitOfWork, actor: Actor, ticket_id: int, now: datetime) -> Ticket:
    """Take the job; exactly one crew member wins when several press at once."""
    ticket = await _ticket(uow, ticket_id)
    if actor.person is None or not can_take(actor, ticket):
        raise NotAuthorized("job-not-your-trade")
    if ticket.status is not Status.DISPATCHED:
        taker = await uow.people.get(ticket.assignee_id) if ticket.assignee_id else None
        raise Conflict("job-already-taken", name=taker.name if taker else "—")
    complete_due = await completion_due(uow, ticket, now)
    try:
        updated = await move(uow, actor, ticket, Status.ACCEPTED, now, action="accepted",
                              assignee_id=actor.person.id, accepted_at=now,
                              complete_due=complete_due)
    except Conflict:
        fresh = await _ticket(uow, ticket_id)
        taker = await uow.people.get(fresh.assignee_id) if fresh.assignee_id else None
        raise Conflict("job-already-taken", name=taker.name if taker else "—") from None
    uow.emit(ev.JobAccepted(ticket.id, by_person_id=actor.person.id))
    return updated


async def completion_due(uow: UnitOfWork, ticket: Ticket, now: datetime) -> datetime:
    """When a job accepted now must be done."""
    estate = await _estate(uow, ticket.estate_id)
    policy = RepairPolicy.of(estate)
    if ticket.emergency:
        return now + timedelta(hours=policy.emergency_complete_hours)
    return clock_for(estate, ticket.urgency).add_days(now, policy.complete_days)


async def report_progress(uow: UnitOfWork, actor: Actor, ticket_id: int, step: Progress,
                          now: datetime, reason: str | None = None) -> Ticket:
    """On the way, on site, or waiting for parts (which pauses the completion clock)."""
    ticket = await _ticket(uow, ticket_id)
    require_may_work(actor, ticket)
    to = Status(step.value)
    if to is ticket.status:
        raise Conflict("job-same-step")
    values: dict[str, Any] = {}
    detail: dict[str, Any] = {}
    if to is Status.WAITING_PARTS:
        detail["reason"] = require_text(reason, max_len=500, field="reason")
        values["paused_at"] = now
    elif ticket.status is Status.WAITING_PARTS and ticket.paused_at and ticket.complete_due:
        values.update(_resume(await _estate(uow, ticket.estate_id), ticket, now))
    updated = await move(uow, actor, ticket, to, now, action="progress", detail=detail or None,
                          **values)
    if detail.get("reason"):
        await uow.tickets.add_note(ticket.id, "parts", actor.person_id, detail["reason"], now)
    uow.emit(ev.JobProgressed(ticket.id, status=to.value, reason=detail.get("reason")))
    return updated


def _resume(estate: Estate, ticket: Ticket, now: datetime) -> dict[str, Any]:
    """Leaving "waiting for parts": the completion deadline moves by the paused time."""
    assert ticket.paused_at is not None and ticket.complete_due is not None
    cal = clock_for(estate, ticket.urgency)
    paused = cal.between(ticket.paused_at, now)
    total = float(ticket.extra.get("paused_s", 0)) + paused.total_seconds()
    return {"paused_at": None, "complete_due": cal.add(ticket.complete_due, paused),
            "extra": {**ticket.extra, "paused_s": total}}


async def complete_job(uow: UnitOfWork, actor: Actor, ticket_id: int, photo: FileRef | None,
                       now: datetime, note: str | None = None) -> Ticket:
    """Done: a photo of the finished work is required."""
    ticket = await _ticket(uow, ticket_id)
    require_may_work(actor, ticket)
    if photo is None:
        raise InvalidInput("job-done-needs-photo")
    values: dict[str, Any] = {"done_at": now}
    if ticket.status is Status.WAITING_PARTS and ticket.paused_at and ticket.complete_due:
        values.update(_resume(await _estate(uow, ticket.estate_id), ticket, now))
    updated = await move(uow, actor, ticket, Status.DONE, now, action="done", **values)
    await uow.files.add(photo, owner="ticket", owner_id=ticket.id, role=f"done#{ticket.cycle}",
                        now=now)
    if note:
        await uow.tickets.add_note(ticket.id, "done", actor.person_id,
                                   require_text(note, max_len=500, field="note"), now)
    uow.emit(ev.JobDone(ticket.id, photo_file_id=photo.file_id))
    return updated


async def hand_back(uow: UnitOfWork, actor: Actor, ticket_id: int, reason: str,
                    now: datetime) -> Ticket:
    """The assignee gives the job back to the crew group, with a reason."""
    ticket = await _ticket(uow, ticket_id)
    require_may_work(actor, ticket)
    text = require_text(reason, max_len=500, field="reason")
    updated = await _redispatch(uow, actor, ticket, now, action="handed-back",
                                detail={"reason": text})
    await uow.tickets.add_note(ticket.id, "hand-back", actor.person_id, text, now)
    uow.emit(ev.JobHandedBack(ticket.id, reason=text, by_person_id=actor.person_id or 0))
    return updated


async def _redispatch(uow: UnitOfWork, actor: Actor | None, ticket: Ticket, now: datetime,
                      *, action: str, detail: dict[str, Any] | None = None,
                      stay: bool = False, **values: Any) -> Ticket:
    """Back to the crew group with a fresh acceptance clock (a new cycle of deadlines)."""
    estate = await _estate(uow, ticket.estate_id)
    policy = RepairPolicy.of(estate)
    cal = clock_for(estate, ticket.urgency)
    minutes_ = policy.emergency_accept_minutes if ticket.emergency else policy.accept_minutes
    accept_due = cal.add(now, timedelta(minutes=minutes_))
    extra = {**ticket.extra, **values.pop("extra", {}),
             **ladder(policy, cal, accept_due, ticket.urgency)}
    return await move(uow, actor, ticket, Status.DISPATCHED, now, action=action, detail=detail,
                       stay=stay, assignee_id=None, accepted_at=None, complete_due=None,
                       paused_at=None, done_at=None, accept_due=accept_due,
                       cycle=ticket.cycle + 1, extra=extra, **values)


# ---------------------------------------------------------------- resident


def _reporter(actor: Actor, ticket: Ticket) -> None:
    if actor.person is None or ticket.reporter_id != actor.person.id:
        raise NotFound("ticket-not-found")


# ---------------------------------------------------------------- on call


async def take_on_call(uow: UnitOfWork, actor: Actor, now: datetime) -> list[tuple[int, Trade]]:
    """A crew member takes the on-call duty for their trades (emergencies page them)."""
    duties = [(s.estate_id, s.trade) for s in actor.staff
              if s.role is StaffRole.CREW and s.trade is not None]
    if actor.person is None or not duties:
        raise NotAuthorized("oncall-crew-only")
    for estate_id, trade in duties:
        await uow.staff.set_on_call(actor.person.id, estate_id, trade)
        await uow.audit.record(at=now, entity="person", entity_id=str(actor.person.id),
                               action="on-call", to_state=trade.value, update_id=uow.update_id,
                               actor_person_id=actor.person.id, actor_tg_id=actor.tg_user_id,
                               detail={"estate": estate_id})
        uow.emit(ev.OnCallChanged(actor.person.id, estate_id, trade.value))
    return duties
