"""Repairs (報修 → 派工單 → 回訪): intake, dispatch, progress, confirmation, callback, rework.

Every change is a compare-and-set on the ticket's status plus an audit row; every message it
causes is an event the bot layer renders into the outbox in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from domain import events as ev
from domain.calendar import BusinessCalendar
from domain.deadlines import ON_FIRE, SweepReport, sweep
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, Estate, GroupPurpose, StaffRole, Trade
from domain.ports import FileRef, UnitOfWork
from domain.registry import calendar_of
from domain.text import DESCRIPTION_MAX, require_text, single_line
from domain.tickets import (
    PLANNERS,
    WORKING,
    Deadline,
    Kind,
    Status,
    Ticket,
    Urgency,
    move,
    next_due,
    ticket_number,
)

MAX_PHOTOS = 5


class Category(StrEnum):
    PLUMBING = "plumbing"
    ELECTRICAL = "electrical"
    SAFETY = "safety"
    LEAK = "leak"
    LOCKS = "locks"
    LIFT = "lift"
    COMMON = "common"
    OTHER = "other"


TRADE_OF: dict[Category, Trade] = {
    Category.PLUMBING: Trade.PLUMBING, Category.ELECTRICAL: Trade.ELECTRICAL,
    Category.SAFETY: Trade.SAFETY, Category.LEAK: Trade.PLUMBING, Category.LOCKS: Trade.LOCKS,
    Category.LIFT: Trade.LIFT, Category.COMMON: Trade.GENERAL, Category.OTHER: Trade.GENERAL,
}

# 回訪時間：安全設施維修兩天內；房屋滲漏水三天內；其他一星期內 (source, section 三(四)2).
CALLBACK_DAYS: dict[Category, int] = {Category.SAFETY: 2, Category.LEAK: 3}
DEFAULT_CALLBACK_DAYS = 7


class CallbackResult(StrEnum):
    SATISFIED = "satisfied"
    PROBLEM = "problem"
    UNREACHABLE = "unreachable"


class Progress(StrEnum):
    ON_THE_WAY = "on_the_way"
    ON_SITE = "on_site"
    WAITING_PARTS = "waiting_parts"


@dataclass(frozen=True)
class RepairPolicy:
    """The estate's repair clocks; `settings["repair"]` in the estate overrides them."""

    accept_minutes: int = 30            # office time to accept a normal job
    escalate_minutes: int = 30          # then the desk and manager are alerted
    emergency_accept_minutes: int = 10  # 24/7
    emergency_escalate_minutes: int = 10
    complete_days: int = 2              # open days from acceptance to done
    emergency_complete_hours: int = 4
    auto_confirm_days: int = 3          # no answer from the resident: confirmed
    rework_hours: int = 24              # 24小時內書面通知維修人員整改

    @classmethod
    def of(cls, estate: Estate) -> RepairPolicy:
        raw = estate.settings.get("repair") or {}
        known = {k: int(v) for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def callback_days(category: str) -> int:
    try:
        return CALLBACK_DAYS.get(Category(category), DEFAULT_CALLBACK_DAYS)
    except ValueError:
        return DEFAULT_CALLBACK_DAYS


def clock_for(estate: Estate, urgency: Urgency) -> BusinessCalendar:
    """Emergencies run on a 24/7 clock in the estate's zone; the rest on office hours."""
    if urgency is Urgency.EMERGENCY:
        return BusinessCalendar.twenty_four_seven(estate.tz)
    return calendar_of(estate)


# ---------------------------------------------------------------- deadlines as data


def _estate_policy(ticket: Ticket) -> RepairPolicy:
    return RepairPolicy(**ticket.extra.get("policy", {}))


def repair_plan(t: Ticket) -> list[Deadline]:
    """Which reminder/escalation levels apply in the ticket's current status."""
    p = _estate_policy(t)
    out: list[Deadline] = []
    if t.status is Status.DISPATCHED and t.accept_due:
        gap = p.emergency_escalate_minutes if t.emergency else p.escalate_minutes
        raw = t.extra.get("escalate_at")
        escalate_at = (datetime.fromisoformat(raw) if raw
                       else t.accept_due + timedelta(minutes=gap))
        # The crew's reminder has a point until the desk and managers are alerted.
        out.append(Deadline("accept-remind", t.accept_due,
                            until=escalate_at if escalate_at > t.accept_due else None))
        out.append(Deadline("accept-escalate", escalate_at))
    elif t.status in WORKING and t.status is not Status.WAITING_PARTS and t.complete_due:
        out.append(Deadline("complete-overdue", t.complete_due))
    elif t.status is Status.DONE and t.done_at:
        out.append(Deadline("auto-confirm", t.done_at + timedelta(days=p.auto_confirm_days)))
    elif t.status is Status.CONFIRMED and t.callback_due:
        out.append(Deadline("callback-overdue", t.callback_due))
    elif t.status is Status.REWORK and t.rework_due:
        out.append(Deadline("rework-overdue", t.rework_due))
    return out


PLANNERS[Kind.REPAIR] = repair_plan


# ---------------------------------------------------------------- intake


@dataclass(frozen=True)
class RepairDraft:
    """What the resident filled in (validated by `submit_repair`)."""

    category: str
    description: str
    urgency: str
    unit_id: int | None = None
    location: str | None = None
    preferred_time: str | None = None
    photos: tuple[FileRef, ...] = ()
    estate_id: int | None = None
    equipment: str | None = None


@dataclass(frozen=True)
class Submitted:
    ticket: Ticket
    after_hours: bool
    reopens_at: datetime | None = None


def validate_category(raw: str) -> Category:
    try:
        return Category(raw)
    except ValueError:
        raise InvalidInput("repair-bad-category") from None


async def _ticket(uow: UnitOfWork, ticket_id: int) -> Ticket:
    ticket = await uow.tickets.get(ticket_id)
    if ticket is None:
        raise NotFound("ticket-not-found")
    return ticket


async def _estate(uow: UnitOfWork, estate_id: int) -> Estate:
    estate = await uow.estates.get(estate_id)
    if estate is None:  # pragma: no cover - foreign key
        raise NotFound()
    return estate


async def submit_repair(uow: UnitOfWork, actor: Actor, draft: RepairDraft,
                        now: datetime) -> Submitted:
    """A resident confirms the form: the ticket is created and dispatched at once."""
    if actor.person is None or not actor.tenures:
        raise NotAuthorized("repair-not-resident")
    category = validate_category(draft.category)
    try:
        urgency = Urgency(draft.urgency)
    except ValueError:
        raise InvalidInput("repair-bad-urgency") from None
    description = require_text(draft.description, max_len=DESCRIPTION_MAX, field="description")
    if len(draft.photos) > MAX_PHOTOS:
        raise InvalidInput("repair-too-many-photos", max=MAX_PHOTOS)
    location = None
    if draft.unit_id is not None:
        tenure = next((t for t in actor.tenures if t.unit.id == draft.unit_id), None)
        if tenure is None:
            raise NotAuthorized("repair-not-your-unit")
        estate_id = tenure.unit.estate_id
    else:
        estate_id = draft.estate_id or actor.tenures[0].unit.estate_id
        if estate_id not in {t.unit.estate_id for t in actor.tenures}:
            raise NotAuthorized("repair-not-your-estate")
        location = single_line(draft.location, max_len=200, field="location")
    estate = await _estate(uow, estate_id)
    policy = RepairPolicy.of(estate)
    cal = clock_for(estate, urgency)
    trade = TRADE_OF[category]
    if await uow.groups.find(estate.id, GroupPurpose.CREW, trade) is None \
            and await uow.groups.find(estate.id, GroupPurpose.CREW, Trade.GENERAL) is not None:
        trade = Trade.GENERAL  # no crew group of that trade: the general crew takes it
    accept_minutes = policy.emergency_accept_minutes if urgency is Urgency.EMERGENCY \
        else policy.accept_minutes
    accept_due = cal.add(now, timedelta(minutes=accept_minutes))
    escalate_minutes = policy.emergency_escalate_minutes if urgency is Urgency.EMERGENCY \
        else policy.escalate_minutes
    escalate_at = cal.add(accept_due, timedelta(minutes=escalate_minutes))
    year = now.astimezone(cal.tz).year
    seq = await uow.tickets.next_seq(f"{Kind.REPAIR.value}:{year}")
    preferred = single_line(draft.preferred_time, max_len=100, field="preferred_time") \
        if draft.preferred_time else None
    extra: dict[str, Any] = {"policy": policy.__dict__, "escalate_at": escalate_at.isoformat()}
    if draft.equipment:
        extra["equipment"] = single_line(draft.equipment, max_len=200, field="location")
    ticket = Ticket(
        id=0, number=ticket_number(Kind.REPAIR, year, seq), kind=Kind.REPAIR,
        estate_id=estate.id, status=Status.DISPATCHED, reporter_id=actor.person.id,
        category=category.value, description=description, created_at=now, urgency=urgency,
        unit_id=draft.unit_id, location=location, trade=trade.value, preferred_time=preferred,
        accept_due=accept_due, extra=extra)
    ticket = await uow.tickets.add(replace(ticket, next_due_at=next_due(ticket, set())))
    for photo in draft.photos:
        await uow.files.add(photo, owner="ticket", owner_id=ticket.id, role="report", now=now)
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id), action="created",
                           actor_person_id=actor.person.id, actor_tg_id=actor.tg_user_id,
                           to_state=Status.DISPATCHED.value, update_id=uow.update_id,
                           detail={"number": ticket.number, "urgency": urgency.value})
    after_hours = urgency is Urgency.NORMAL and not cal.is_open(now)
    uow.emit(ev.RepairSubmitted(ticket.id, after_hours=after_hours))
    return Submitted(ticket, after_hours, cal.next_open(now) if after_hours else None)


# ---------------------------------------------------------------- who may act


OFFICE = (StaffRole.DESK, StaffRole.MANAGER)


def _is_office(actor: Actor, estate_id: int) -> bool:
    return actor.has_role(estate_id, *OFFICE)


def can_take(actor: Actor, ticket: Ticket) -> bool:
    """Crew of the ticket's trade in the ticket's estate."""
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
    estate = await _estate(uow, ticket.estate_id)
    policy = RepairPolicy.of(estate)
    cal = clock_for(estate, ticket.urgency)
    complete_due = now + timedelta(hours=policy.emergency_complete_hours) if ticket.emergency \
        else cal.add_days(now, policy.complete_days)
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
                      **values: Any) -> Ticket:
    """Back to the crew group with a fresh acceptance clock (a new cycle of deadlines)."""
    estate = await _estate(uow, ticket.estate_id)
    policy = RepairPolicy.of(estate)
    cal = clock_for(estate, ticket.urgency)
    minutes_ = policy.emergency_accept_minutes if ticket.emergency else policy.accept_minutes
    gap = policy.emergency_escalate_minutes if ticket.emergency else policy.escalate_minutes
    accept_due = cal.add(now, timedelta(minutes=minutes_))
    extra = {**ticket.extra, **values.pop("extra", {}),
             "escalate_at": cal.add(accept_due, timedelta(minutes=gap)).isoformat()}
    return await move(uow, actor, ticket, Status.DISPATCHED, now, action=action, detail=detail,
                       assignee_id=None, accepted_at=None, complete_due=None, paused_at=None,
                       done_at=None, accept_due=accept_due, cycle=ticket.cycle + 1, extra=extra,
                       **values)


# ---------------------------------------------------------------- resident


def _reporter(actor: Actor, ticket: Ticket) -> None:
    if actor.person is None or ticket.reporter_id != actor.person.id:
        raise NotFound("ticket-not-found")


async def visible_ticket(uow: UnitOfWork, actor: Actor, ticket_id: int) -> Ticket:
    """A ticket the actor may see: their own, or any of an estate they work in (complaints
    only as desk or manager there)."""
    ticket = await _ticket(uow, ticket_id)
    if actor.person is not None and ticket.reporter_id == actor.person.id:
        return ticket
    if ticket.kind is Kind.COMPLAINT:
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


# ---------------------------------------------------------------- the sweeper's job


async def _fire(uow: UnitOfWork, ticket: Ticket, deadline: Deadline, now: datetime) -> bool:
    """A repair nobody confirmed in time is confirmed; every other level is announced."""
    if deadline.level == "auto-confirm":
        await confirm_fix(uow, None, ticket.id, now, automatic=True)
        return True
    uow.emit(ev.DeadlineReached(ticket.id, level=deadline.level))
    return False


ON_FIRE[Kind.REPAIR] = _fire


async def sweep_deadlines(uow: UnitOfWork, now: datetime, limit: int = 200) -> SweepReport:
    """Fire every due reminder/escalation once (every ticket kind); auto-confirm repairs."""
    return await sweep(uow, now, limit)
