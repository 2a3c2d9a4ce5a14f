"""A repair request: categories, the estate's repair clocks, the deadline plan, the form's
draft and its submission."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from domain import events as ev
from domain.calendar import BusinessCalendar
from domain.closure import closure_of
from domain.errors import InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, Estate, GroupPurpose, Trade
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
    # The escalation ladder: an unaccepted job reminds again every `repeat_minutes` of
    # office time (emergencies: every `emergency_repeat_minutes`, 24/7) and climbs one level
    # per interval after the desk's alert: managers, then the head office (a Telegram chat
    # id; 0: none), each once.
    repeat_minutes: int = 120
    emergency_repeat_minutes: int = 30
    head_office_chat: int = 0

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


def repeat_every(p: RepairPolicy, urgency: Urgency) -> timedelta:
    minutes_ = p.emergency_repeat_minutes if urgency is Urgency.EMERGENCY else p.repeat_minutes
    return timedelta(minutes=max(5, minutes_))


def ladder(policy: RepairPolicy, cal: BusinessCalendar, accept_due: datetime,
           urgency: Urgency) -> dict[str, str]:
    """The acceptance ladder's moments, counted on the ticket's clock and kept on the ticket:
    the desk's alert, the managers' and the head office's."""
    gap = policy.emergency_escalate_minutes if urgency is Urgency.EMERGENCY \
        else policy.escalate_minutes
    every = repeat_every(policy, urgency)
    escalate_at = cal.add(accept_due, timedelta(minutes=gap))
    manager_at = cal.add(escalate_at, every)
    out = {"escalate_at": escalate_at.isoformat(), "manager_at": manager_at.isoformat()}
    if policy.head_office_chat:
        out["head_office_at"] = cal.add(manager_at, every).isoformat()
    return out


def _at(t: Ticket, name: str, fallback: datetime) -> datetime:
    raw = t.extra.get(name)
    return datetime.fromisoformat(raw) if raw else fallback


def repair_plan(t: Ticket) -> list[Deadline]:
    """Which reminder/escalation levels apply in the ticket's current status."""
    p = _estate_policy(t)
    out: list[Deadline] = []
    if t.status is Status.DISPATCHED and t.accept_due:
        gap = p.emergency_escalate_minutes if t.emergency else p.escalate_minutes
        every = repeat_every(p, t.urgency)
        escalate_at = _at(t, "escalate_at", t.accept_due + timedelta(minutes=gap))
        manager_at = _at(t, "manager_at", escalate_at + every)
        # The crew's reminder has a point until the desk is alerted; then the ladder climbs
        # (desk, managers, head office), each once, while the reminder repeats.
        out.append(Deadline("accept-remind", t.accept_due,
                            until=escalate_at if escalate_at > t.accept_due else None))
        out.append(Deadline("accept-escalate", escalate_at))
        out.append(Deadline("accept-manager", manager_at))
        if p.head_office_chat:
            out.append(Deadline("accept-head-office",
                                _at(t, "head_office_at", manager_at + every)))
        out.append(Deadline("accept-repeat", t.accept_due, every=every, office=not t.emergency))
    elif t.status in WORKING and t.status is not Status.WAITING_PARTS and t.complete_due:
        out.append(Deadline("complete-overdue", t.complete_due))
        out.append(Deadline("complete-repeat", t.complete_due, every=repeat_every(p, t.urgency),
                            office=not t.emergency))
    elif t.status is Status.DONE and t.done_at:
        out.append(Deadline("auto-confirm", t.done_at + timedelta(days=p.auto_confirm_days)))
    elif t.status is Status.CONFIRMED and t.callback_due:
        out.append(Deadline("callback-overdue", t.callback_due))
        out.append(Deadline("callback-repeat", t.callback_due,
                            every=repeat_every(p, Urgency.NORMAL), office=True))
    elif t.status is Status.REWORK and t.rework_due:
        out.append(Deadline("rework-overdue", t.rework_due))
        out.append(Deadline("rework-repeat", t.rework_due, every=repeat_every(p, t.urgency),
                            office=not t.emergency))
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
    on_call: bool = False  # an emergency paged the on-call crew member of its trade
    closed: str | None = None  # a normal request while the office is closed: the reason


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
    year = now.astimezone(cal.tz).year
    seq = await uow.tickets.next_seq(f"{Kind.REPAIR.value}:{year}")
    preferred = single_line(draft.preferred_time, max_len=100, field="preferred_time") \
        if draft.preferred_time else None
    extra: dict[str, Any] = {"policy": policy.__dict__,
                             **ladder(policy, cal, accept_due, urgency)}
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
    closure = closure_of(estate) if urgency is Urgency.NORMAL else None
    after_hours = urgency is Urgency.NORMAL and (closure is not None or not cal.is_open(now))
    on_call = urgency is Urgency.EMERGENCY and await _reachable_on_call(uow, estate.id, trade)
    uow.emit(ev.RepairSubmitted(ticket.id, after_hours=after_hours,
                                nobody_on_call=urgency is Urgency.EMERGENCY and not on_call))
    return Submitted(ticket, after_hours,
                     cal.next_open(now) if after_hours and closure is None else None,
                     on_call=on_call, closed=closure.reason.value if closure else None)


async def _reachable_on_call(uow: UnitOfWork, estate_id: int, trade: Trade) -> bool:
    person = await uow.staff.on_call(estate_id, trade)
    return person is not None and person.tg_user_id is not None
