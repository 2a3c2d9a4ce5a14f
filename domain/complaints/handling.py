"""Complaints (投訴): intake, the desk's handling, the 72-hour reply clock, the resident's
answer and rating, and the weekly statistics.

Complaints are tickets of the same engine as repairs (kind `complaint`, numbers C-YYYY-NNNNNN).
Every change is a compare-and-set with an audit row; messages are events rendered into the
outbox by bot/notices/complaints.py. Only the desk and managers of the complaint's estate see
or act on it; the resident sees only their own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any

from domain import events as ev
from domain.calendar import zone
from domain.complaints import events as cev
from domain.complaints.stats import (
    ComplaintCategory,
    WeeklyStats,
    first_cycle,
    new_cycle,
    replied,
    summarise,
    week_bounds,
)
from domain.deadlines import ON_FIRE, late_since
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, Estate, StaffRole
from domain.moves import move
from domain.ports import ComplaintUnitOfWork, FileRef, UnitOfWork
from domain.text import DESCRIPTION_MAX, require_text, single_line
from domain.tickets import (
    PLANNERS,
    Deadline,
    Kind,
    Status,
    Ticket,
    next_due,
    ticket_number,
)

__all__ = ["ComplaintCategory", "Department"]

MAX_PHOTOS = 5
TEXT_MAX = 2000
OFFICE = (StaffRole.DESK, StaffRole.MANAGER)
WAITING_REPLY = (Status.RECEIVED, Status.IN_PROGRESS)
WEEKLY_AT_HOUR = 9  # Monday 09:00 estate time
CATCH_UP_WEEKS = 4  # weekly reports missed while the bot was down, sent late when it is back


class Department(StrEnum):
    """Who does the work behind the reply (the source's 各部門)."""

    ENGINEERING = "engineering"
    SECURITY = "security"
    CLEANING = "cleaning"
    GREENING = "greening"
    FINANCE = "finance"
    MANAGEMENT = "management"


@dataclass(frozen=True)
class ComplaintPolicy:
    """`settings["complaints"]` of the estate: the reply clock, reminders, staff names."""

    reply_hours: int = 72                  # 監督、投訴電話24小時開通，72小時內有回復
    remind_hours: tuple[int, ...] = (24, 6)  # reminders this long before the clock runs out
    show_staff_names: bool = False         # residents see who handles their complaint
    repeat_minutes: int = 120              # overdue: the desk is reminded again (office time)

    @classmethod
    def of(cls, estate: Estate) -> ComplaintPolicy:
        raw = estate.settings.get("complaints") or {}
        out = cls()
        try:
            if "reply_hours" in raw:
                out = replace(out, reply_hours=max(1, int(raw["reply_hours"])))
            if "repeat_minutes" in raw:
                out = replace(out, repeat_minutes=max(5, int(raw["repeat_minutes"])))
            if "remind_hours" in raw:
                hours = raw["remind_hours"]
                hours = [hours] if isinstance(hours, int | float | str) else list(hours)
                out = replace(out, remind_hours=tuple(sorted({int(h) for h in hours},
                                                             reverse=True)))
        except (TypeError, ValueError):
            pass  # a malformed setting keeps the defaults rather than stopping complaints
        show = raw.get("show_staff_names", False)
        return replace(out, show_staff_names=show is True or str(show).lower() in
                       {"true", "yes", "1", "on"})

    def snapshot(self) -> dict[str, Any]:
        return {"reply_hours": self.reply_hours, "remind_hours": list(self.remind_hours),
                "repeat_minutes": self.repeat_minutes}


def ticket_policy(t: Ticket) -> ComplaintPolicy:
    """The clocks the complaint was filed under (settings changed later do not move them)."""
    raw = t.extra.get("policy", {})
    return ComplaintPolicy(reply_hours=int(raw.get("reply_hours", 72)),
                           remind_hours=tuple(int(h) for h in raw.get("remind_hours", (24, 6))),
                           repeat_minutes=max(5, int(raw.get("repeat_minutes", 120))))


# ---------------------------------------------------------------- deadlines as data


def complaint_plan(t: Ticket) -> list[Deadline]:
    """While nobody has replied: reminders before the clock runs out, then the escalation."""
    if t.status not in WAITING_REPLY or t.reply_due is None:
        return []
    p = ticket_policy(t)
    hours = sorted({h for h in p.remind_hours if 0 < h < p.reply_hours}, reverse=True)
    # Each reminder has a point until the next one (the last: until the clock runs out).
    moments = [t.reply_due - timedelta(hours=h) for h in hours] + [t.reply_due]
    out = [Deadline(f"reply-remind-{h}h", moments[i], until=moments[i + 1])
           for i, h in enumerate(hours)]
    out.append(Deadline("reply-overdue", t.reply_due))
    # Still unanswered: the desk is reminded again every `repeat_minutes` of office time.
    out.append(Deadline("reply-repeat", t.reply_due, every=timedelta(minutes=p.repeat_minutes),
                        office=True))
    return out


async def _fire(uow: UnitOfWork, ticket: Ticket, deadline: Deadline, now: datetime) -> bool:
    uow.emit(cev.ComplaintDeadline(ticket.id, level=deadline.level, repeat=deadline.n))
    return False


PLANNERS[Kind.COMPLAINT] = complaint_plan
ON_FIRE[Kind.COMPLAINT] = _fire


# ---------------------------------------------------------------- who may see and act


def is_office(actor: Actor, estate_id: int) -> bool:
    return actor.person is not None and actor.has_role(estate_id, *OFFICE)


async def _complaint(uow: UnitOfWork, ticket_id: int) -> Ticket:
    ticket = await uow.tickets.get(ticket_id)
    if ticket is None or ticket.kind is not Kind.COMPLAINT:
        raise NotFound("ticket-not-found")
    return ticket


async def visible_complaint(uow: UnitOfWork, actor: Actor, ticket_id: int) -> Ticket:
    """The reporter's own complaint, or any complaint of an estate where the actor is desk or
    manager; to everyone else it does not exist."""
    ticket = await _complaint(uow, ticket_id)
    if actor.person is not None and ticket.reporter_id == actor.person.id:
        return ticket
    if is_office(actor, ticket.estate_id):
        return ticket
    raise NotFound("ticket-not-found")


def may_see(actor: Actor, ticket: Ticket) -> bool:
    """For lists and `/ticket`: complaints are for their reporter, the desk and managers."""
    if ticket.kind is not Kind.COMPLAINT:
        return True
    own = actor.person is not None and ticket.reporter_id == actor.person.id
    return own or is_office(actor, ticket.estate_id)


async def office_complaint(uow: UnitOfWork, actor: Actor, ticket_id: int) -> Ticket:
    ticket = await _complaint(uow, ticket_id)
    if not is_office(actor, ticket.estate_id):
        raise NotAuthorized("complaint-office-only")
    return ticket


async def own_complaint(uow: UnitOfWork, actor: Actor, ticket_id: int) -> Ticket:
    ticket = await _complaint(uow, ticket_id)
    if actor.person is None or ticket.reporter_id != actor.person.id:
        raise NotFound("ticket-not-found")
    return ticket


async def open_complaints(uow: UnitOfWork, actor: Actor, estate_id: int) -> list[Ticket]:
    """The estate's open complaints, the soonest reply due first (desk and managers only)."""
    if not is_office(actor, estate_id):
        raise NotAuthorized("complaint-office-only")
    tickets = await uow.tickets.open_in_estate(estate_id, Kind.COMPLAINT, limit=200)
    far = datetime.max.replace(tzinfo=UTC)
    return sorted(tickets, key=lambda t: (t.status not in WAITING_REPLY, t.reply_due or far,
                                          t.id))


async def _move(uow: UnitOfWork, actor: Actor | None, ticket: Ticket, to: Status,
                now: datetime, **kw: Any) -> Ticket:
    """The engine's move; a complaint's field change (department, linked repair) keeps its
    status."""
    return await move(uow, actor, ticket, to, now, stay=True, **kw)


# ---------------------------------------------------------------- resident: intake


@dataclass(frozen=True)
class ComplaintDraft:
    """What the resident filled in (validated by `submit_complaint`)."""

    category: str
    description: str
    unit_id: int | None = None
    photos: tuple[FileRef, ...] = ()
    callback: bool = False
    callback_time: str | None = None


def validate_category(raw: str) -> ComplaintCategory:
    try:
        return ComplaintCategory(raw)
    except ValueError:
        raise InvalidInput("complaint-bad-category") from None


async def submit_complaint(uow: UnitOfWork, actor: Actor, draft: ComplaintDraft,
                           now: datetime) -> Ticket:
    """The resident confirms: the complaint is recorded, the 72-hour reply clock starts."""
    if actor.person is None or not actor.tenures:
        raise NotAuthorized("complaint-not-resident")
    category = validate_category(draft.category)
    description = require_text(draft.description, max_len=DESCRIPTION_MAX, field="description")
    if len(draft.photos) > MAX_PHOTOS:
        raise InvalidInput("repair-too-many-photos", max=MAX_PHOTOS)
    unit_id = draft.unit_id if draft.unit_id is not None else actor.tenures[0].unit.id
    tenure = next((t for t in actor.tenures if t.unit.id == unit_id), None)
    if tenure is None:
        raise NotAuthorized("complaint-not-your-unit")
    estate = await uow.estates.get(tenure.unit.estate_id)
    if estate is None:  # pragma: no cover - foreign key
        raise NotFound()
    policy = ComplaintPolicy.of(estate)
    callback_time = None
    if draft.callback:
        callback_time = single_line(draft.callback_time or "any", max_len=100,
                                    field="preferred_time")
    year = now.astimezone(zone(estate.tz)).year
    due = now + timedelta(hours=policy.reply_hours)
    seq = await uow.tickets.next_seq(f"{Kind.COMPLAINT.value}:{year}")
    ticket = Ticket(
        id=0, number=ticket_number(Kind.COMPLAINT, year, seq), kind=Kind.COMPLAINT,
        estate_id=estate.id, status=Status.RECEIVED, reporter_id=actor.person.id,
        category=category.value, description=description, created_at=now, unit_id=unit_id,
        preferred_time=callback_time, reply_due=due,
        extra={"policy": policy.snapshot(), "callback": draft.callback,
               "cycles": first_cycle(now, due)})
    ticket = await uow.tickets.add(replace(ticket, next_due_at=next_due(ticket, set())))
    for photo in draft.photos:
        await uow.files.add(photo, owner="ticket", owner_id=ticket.id, role="report", now=now)
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id), action="created",
                           actor_person_id=actor.person.id, actor_tg_id=actor.tg_user_id,
                           to_state=Status.RECEIVED.value, update_id=uow.update_id,
                           detail={"number": ticket.number, "category": category.value})
    uow.emit(cev.ComplaintSubmitted(ticket.id))
    return ticket


# ---------------------------------------------------------------- desk and managers


async def take(uow: UnitOfWork, actor: Actor, ticket_id: int, now: datetime) -> Ticket:
    """A desk member takes the complaint; the first press wins."""
    ticket = await office_complaint(uow, actor, ticket_id)
    if ticket.status is not Status.RECEIVED:
        taker = await uow.people.get(ticket.assignee_id) if ticket.assignee_id else None
        raise Conflict("complaint-already-taken", name=taker.name if taker else "—")
    try:
        updated = await _move(uow, actor, ticket, Status.IN_PROGRESS, now, action="taken",
                              assignee_id=actor.person_id)
    except Conflict:
        fresh = await _complaint(uow, ticket_id)
        taker = await uow.people.get(fresh.assignee_id) if fresh.assignee_id else None
        raise Conflict("complaint-already-taken", name=taker.name if taker else "—") from None
    uow.emit(cev.ComplaintTaken(ticket.id, by_person_id=actor.person_id or 0))
    return updated


def _working(actor: Actor, ticket: Ticket) -> tuple[Status, dict[str, Any]]:
    """Acting on a complaint nobody took yet takes it."""
    if ticket.status is Status.RECEIVED:
        return Status.IN_PROGRESS, {"assignee_id": actor.person_id}
    return ticket.status, {}


async def assign_department(uow: UnitOfWork, actor: Actor, ticket_id: int, department: str,
                            now: datetime) -> Ticket:
    """Route the complaint to the department responsible for the work."""
    ticket = await office_complaint(uow, actor, ticket_id)
    try:
        dept = Department(department)
    except ValueError:
        raise InvalidInput("complaint-bad-department") from None
    if ticket.department == dept.value:
        raise Conflict("complaint-same-department")
    to, values = _working(actor, ticket)
    updated = await _move(uow, actor, ticket, to, now, action="department",
                          detail={"department": dept.value}, department=dept.value, **values)
    uow.emit(cev.DepartmentAssigned(ticket.id, department=dept.value,
                                    by_person_id=actor.person_id or 0,
                                    previous=ticket.department))
    return updated


async def reply(uow: UnitOfWork, actor: Actor, ticket_id: int, text: str,
                now: datetime) -> Ticket:
    """The office's reply (on the department's behalf) goes to the resident; the first one
    stops the 72-hour clock."""
    return await record_reply(uow, actor, await office_complaint(uow, actor, ticket_id), text,
                              now)


async def record_reply(uow: UnitOfWork, actor: Actor, ticket: Ticket, text: str, now: datetime,
                       *, department: str | None = None) -> Ticket:
    """A reply to the resident, by the desk or (`department`) by the routed department."""
    body = require_text(text, max_len=TEXT_MAX, field="reply")
    count = int(ticket.extra.get("replies", 0)) + 1
    values: dict[str, Any] = {"extra": {**ticket.extra, "replies": count,
                                        "cycles": replied(ticket, now)}}
    if ticket.replied_at is None:
        values["replied_at"] = now
    if ticket.assignee_id is None:
        values["assignee_id"] = actor.person_id
    detail: dict[str, Any] = {"reply": count, **({"department": department} if department
                                                 else {})}
    updated = await _move(uow, actor, ticket, Status.REPLIED, now, action="replied",
                          detail=detail, **values)
    await uow.tickets.add_note(ticket.id, "reply", actor.person_id, body, now)
    uow.emit(cev.ComplaintReplied(ticket.id, text=body, by_person_id=actor.person_id or 0,
                                  reply_no=count, department=department))
    return updated


async def link_repair(uow: UnitOfWork, actor: Actor, ticket_id: int, number: str,
                      now: datetime) -> Ticket:
    """The department's work is a repair ticket (R-…) of the same estate."""
    ticket = await office_complaint(uow, actor, ticket_id)
    raw = single_line(number, max_len=20, field="number").upper()
    repair = await uow.tickets.by_number(raw)
    if repair is None or repair.kind is not Kind.REPAIR or repair.estate_id != ticket.estate_id:
        raise InvalidInput("complaint-link-unknown", number=raw)
    if ticket.linked_ticket_id == repair.id:
        raise Conflict("complaint-link-same", number=repair.number)
    to, values = _working(actor, ticket)
    updated = await _move(uow, actor, ticket, to, now, action="linked",
                          detail={"repair": repair.number}, linked_ticket_id=repair.id,
                          **values)
    await uow.tickets.add_note(ticket.id, "link", actor.person_id, repair.number, now)
    uow.emit(cev.RepairLinked(ticket.id, repair_id=repair.id, by_person_id=actor.person_id or 0))
    return updated


async def close(uow: UnitOfWork, actor: Actor, ticket_id: int, reason: str,
                now: datetime) -> Ticket:
    """The desk closes without the resident's "satisfied" and records why (the resident is
    told, and asked the satisfaction question)."""
    ticket = await office_complaint(uow, actor, ticket_id)
    text = require_text(reason, max_len=1000, field="reason")
    values: dict[str, Any] = {"closed_at": now,
                              "extra": {**ticket.extra, "cycles": replied(ticket, now)}}
    if ticket.replied_at is None:
        values["replied_at"] = now  # the closing message is the office's answer
    updated = await _move(uow, actor, ticket, Status.CLOSED, now, action="closed",
                          detail={"reason": text}, **values)
    await uow.tickets.add_note(ticket.id, "close", actor.person_id, text, now)
    uow.emit(cev.ComplaintClosed(ticket.id, reason=text, by_person_id=actor.person_id))
    uow.emit(ev.TicketClosed(ticket.id))
    return updated


# ---------------------------------------------------------------- resident: after the reply


async def answer(uow: UnitOfWork, actor: Actor, ticket_id: int, text: str,
                 now: datetime) -> Ticket:
    """The resident writes back; the desk sees it under the complaint's card."""
    ticket = await own_complaint(uow, actor, ticket_id)
    if not ticket.is_open:
        raise Conflict("ticket-wrong-state", status=ticket.status.value)
    body = require_text(text, max_len=TEXT_MAX, field="answer")
    await uow.tickets.add_note(ticket.id, "answer", actor.person_id, body, now)
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id), action="answered",
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           update_id=uow.update_id)
    uow.emit(cev.ComplaintAnswered(ticket.id, text=body))
    return ticket


async def satisfied(uow: ComplaintUnitOfWork, actor: Actor, ticket_id: int, rating: int,
                    now: datetime) -> Ticket:
    """The resident is satisfied with the reply and rates the outcome: closed. The rating is
    also their answer to the satisfaction question, so it is not asked again."""
    ticket = await own_complaint(uow, actor, ticket_id)
    if not 1 <= rating <= 5:
        raise InvalidInput("rating-range")
    if ticket.status is not Status.REPLIED:
        raise Conflict("ticket-wrong-state", status=ticket.status.value)
    updated = await _move(uow, actor, ticket, Status.CLOSED, now, action="satisfied",
                          detail={"rating": rating}, rating=rating, closed_at=now)
    if await uow.satisfaction.record(ticket.id, rating, now):
        await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                               action="satisfaction", actor_person_id=actor.person_id,
                               actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                               detail={"score": rating})
    uow.emit(cev.ComplaintClosed(ticket.id, satisfied=True, rating=rating,
                                 by_person_id=actor.person_id))
    uow.emit(ev.TicketClosed(ticket.id))
    return updated


async def not_satisfied(uow: UnitOfWork, actor: Actor, ticket_id: int, reason: str,
                        now: datetime) -> Ticket:
    """The resident is not satisfied: back to the desk with a new reply clock."""
    ticket = await own_complaint(uow, actor, ticket_id)
    text = require_text(reason, max_len=TEXT_MAX, field="reason")
    if ticket.status is not Status.REPLIED:
        raise Conflict("ticket-wrong-state", status=ticket.status.value)
    due = now + timedelta(hours=ticket_policy(ticket).reply_hours)
    updated = await _move(uow, actor, ticket, Status.IN_PROGRESS, now, action="reopened",
                          detail={"reason": text}, cycle=ticket.cycle + 1,
                          reopen_count=ticket.reopen_count + 1, reply_due=due,
                          extra={**ticket.extra, "cycles": new_cycle(ticket, now, due)})
    await uow.tickets.add_note(ticket.id, "reopen", actor.person_id, text, now)
    uow.emit(cev.ComplaintReopened(ticket.id, reason=text))
    return updated


# ---------------------------------------------------------------- weekly statistics


async def _week(uow: ComplaintUnitOfWork, estate: Estate, now: datetime,
                weeks_back: int) -> WeeklyStats:
    day = now.astimezone(zone(estate.tz)).date() - timedelta(days=7 * weeks_back)
    return await _stats(uow, estate, day, now)


async def _stats(uow: ComplaintUnitOfWork, estate: Estate, day: date,
                 now: datetime) -> WeeklyStats:
    """The statistics of the week holding `day`, as seen at `now`."""
    start, end, label = week_bounds(estate.tz, day)
    tickets = await uow.complaints.for_period(estate.id, start, end)
    return summarise(estate.id, tickets, start, end, now, label)


async def week_stats(uow: ComplaintUnitOfWork, actor: Actor, estate_id: int, now: datetime,
                     *, last: bool = False) -> WeeklyStats:
    """`/complaints week`: this week so far (or the last full week), for desk and managers."""
    if not is_office(actor, estate_id):
        raise NotAuthorized("complaint-office-only")
    estate = await uow.estates.get(estate_id)
    if estate is None:
        raise NotFound()
    return await _week(uow, estate, now, 1 if last else 0)


def report_moments(tz: str, now: datetime, weeks: int = CATCH_UP_WEEKS) -> list[datetime]:
    """The Monday 09:00 moments (estate time) of the last `weeks` weekly reports that have
    fallen due by `now`, oldest first."""
    local = now.astimezone(zone(tz))
    start, _, _ = week_bounds(tz, local.date())
    latest = start.replace(hour=WEEKLY_AT_HOUR)
    if latest > local:
        latest = week_bounds(tz, local.date() - timedelta(days=7))[0].replace(
            hour=WEEKLY_AT_HOUR)
    out = []
    for n in range(weeks - 1, -1, -1):
        monday = latest.date() - timedelta(days=7 * n)
        out.append(week_bounds(tz, monday)[0].replace(hour=WEEKLY_AT_HOUR))
    return out


async def weekly_reports(uow: ComplaintUnitOfWork, now: datetime) -> int:
    """Monday 09:00 (estate time): last week's statistics to the managers group, once per
    estate and week, once complaints are in use there. A report that fell due while the bot
    was down (up to `CATCH_UP_WEEKS` back) goes out when it is back, once, marked late."""
    sent = 0
    for estate in await uow.estates.all():
        fired: set[str] | None = None
        for due in report_moments(estate.tz, now):
            reported = due.date() - timedelta(days=7)
            key = f"complaint-week:{week_bounds(estate.tz, reported)[2]}"
            if fired is None:
                fired = await uow.fired.fired("estate", estate.id)
            if key in fired:
                continue  # sent already (the sweeper looks every few seconds all day)
            if not await uow.complaints.count(estate.id, before=due):
                continue  # complaints were not in use yet in this estate
            if not await uow.fired.claim("estate", estate.id, key, now):
                continue
            stats = await _stats(uow, estate, reported, now)
            late = late_since(due, now)
            await uow.audit.record(at=now, entity="estate", entity_id=str(estate.id),
                                   action="complaint-week", to_state=stats.label,
                                   detail={"received": stats.received,
                                           "late": late.isoformat() if late else None})
            uow.emit(cev.ComplaintWeekReport(estate.id, stats, late_since=late))
            sent += 1
    return sent
