"""The ticket engine: kinds, statuses, allowed transitions, deadlines as data.

Repairs use it here; complaints and later workflows add their kind, statuses and deadline
plan to the same tables instead of building a second engine.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from domain.errors import Conflict


class Kind(StrEnum):
    REPAIR = "repair"
    COMPLAINT = "complaint"
    RENOVATION = "renovation"
    ENQUIRY = "enquiry"  # a resident's question relayed to the desk (domain/handover.py)


# F for fit-out: renovation applications are F-2026-000001; Q for a question to the desk.
PREFIX = {Kind.REPAIR: "R", Kind.COMPLAINT: "C", Kind.RENOVATION: "F", Kind.ENQUIRY: "Q"}


class Status(StrEnum):
    # repairs
    DISPATCHED = "dispatched"
    ACCEPTED = "accepted"
    ON_THE_WAY = "on_the_way"
    ON_SITE = "on_site"
    WAITING_PARTS = "waiting_parts"
    DONE = "done"
    CONFIRMED = "confirmed"
    REWORK = "rework"
    # complaints
    RECEIVED = "received"
    IN_PROGRESS = "in_progress"
    REPLIED = "replied"
    # renovation applications (at most 16 characters: the column's width)
    DESK_CHECK = "desk_check"
    TECH_REVIEW = "tech_review"
    MANAGER_REVIEW = "manager_review"
    INFO_NEEDED = "info_needed"
    REJECTED = "rejected"
    APPROVED = "approved"
    WORKS = "works"
    FINAL_CHECK = "final_check"
    SETTLING = "settling"
    # everyone
    CLOSED = "closed"
    CANCELLED = "cancelled"


class Urgency(StrEnum):
    NORMAL = "normal"
    EMERGENCY = "emergency"


WORKING = {Status.ACCEPTED, Status.ON_THE_WAY, Status.ON_SITE, Status.WAITING_PARTS}
FINAL = {Status.CLOSED, Status.CANCELLED}

TRANSITIONS: dict[Kind, dict[Status, set[Status]]] = {
    Kind.REPAIR: {
        Status.DISPATCHED: {Status.ACCEPTED, Status.CANCELLED},
        Status.ACCEPTED: {Status.ON_THE_WAY, Status.ON_SITE, Status.WAITING_PARTS, Status.DONE,
                          Status.DISPATCHED, Status.CANCELLED},
        Status.ON_THE_WAY: {Status.ON_SITE, Status.WAITING_PARTS, Status.DONE,
                            Status.DISPATCHED, Status.CANCELLED},
        Status.ON_SITE: {Status.WAITING_PARTS, Status.DONE, Status.DISPATCHED, Status.CANCELLED},
        Status.WAITING_PARTS: {Status.ON_THE_WAY, Status.ON_SITE, Status.DONE,
                               Status.DISPATCHED, Status.CANCELLED},
        Status.DONE: {Status.CONFIRMED, Status.DISPATCHED},
        Status.CONFIRMED: {Status.CLOSED, Status.REWORK},
        Status.REWORK: {Status.ACCEPTED, Status.CANCELLED},
        Status.CLOSED: set(),
        Status.CANCELLED: set(),
    },
    # Complaints: the desk may close at any step with a reason (the resident's own
    # "satisfied" closes a replied one); "not satisfied" sends a replied one back to work.
    Kind.COMPLAINT: {
        Status.RECEIVED: {Status.IN_PROGRESS, Status.REPLIED, Status.CLOSED, Status.CANCELLED},
        Status.IN_PROGRESS: {Status.REPLIED, Status.CLOSED, Status.CANCELLED},
        Status.REPLIED: {Status.IN_PROGRESS, Status.REPLIED, Status.CLOSED},
        Status.CLOSED: set(),
        Status.CANCELLED: set(),
    },
    # Review in order (desk, equipment supervisor, manager); any reviewer may send it back
    # (rejected with a reason, or more information asked) and the owner resubmits.
    Kind.RENOVATION: {
        Status.DESK_CHECK: {Status.TECH_REVIEW, Status.REJECTED, Status.INFO_NEEDED,
                            Status.CANCELLED},
        Status.TECH_REVIEW: {Status.MANAGER_REVIEW, Status.REJECTED, Status.INFO_NEEDED,
                             Status.CANCELLED},
        Status.MANAGER_REVIEW: {Status.APPROVED, Status.REJECTED, Status.INFO_NEEDED,
                                Status.CANCELLED},
        Status.REJECTED: {Status.DESK_CHECK, Status.CANCELLED},
        Status.INFO_NEEDED: {Status.DESK_CHECK, Status.CANCELLED},
        Status.APPROVED: {Status.WORKS, Status.CANCELLED},
        Status.WORKS: {Status.FINAL_CHECK},
        Status.FINAL_CHECK: {Status.SETTLING, Status.WORKS},
        Status.SETTLING: {Status.CLOSED},
        Status.CLOSED: set(),
        Status.CANCELLED: set(),
    },
    # A question to the desk: answered (any number of times), then closed by either side.
    Kind.ENQUIRY: {
        Status.RECEIVED: {Status.REPLIED, Status.CLOSED},
        Status.REPLIED: {Status.REPLIED, Status.CLOSED},
        Status.CLOSED: set(),
        Status.CANCELLED: set(),
    },
}


def allowed(kind: Kind, frm: Status, to: Status) -> bool:
    return to in TRANSITIONS[kind].get(frm, set())


def require_transition(kind: Kind, frm: Status, to: Status) -> None:
    """Raise Conflict when the state machine does not allow frm -> to."""
    if not allowed(kind, frm, to):
        raise Conflict("ticket-wrong-state", status=frm.value)


def sources(kind: Kind, to: Status) -> list[Status]:
    """Every status from which `to` may be reached (for compare-and-set)."""
    return [s for s, targets in TRANSITIONS[kind].items() if to in targets]


@dataclass(frozen=True)
class Ticket:
    id: int
    number: str
    kind: Kind
    estate_id: int
    status: Status
    reporter_id: int | None
    category: str
    description: str
    created_at: datetime
    urgency: Urgency = Urgency.NORMAL
    unit_id: int | None = None
    location: str | None = None
    trade: str | None = None
    preferred_time: str | None = None
    assignee_id: int | None = None
    cycle: int = 1
    accept_due: datetime | None = None
    accepted_at: datetime | None = None
    complete_due: datetime | None = None
    paused_at: datetime | None = None
    done_at: datetime | None = None
    confirmed_at: datetime | None = None
    callback_due: datetime | None = None
    rework_due: datetime | None = None
    reply_due: datetime | None = None
    closed_at: datetime | None = None
    next_due_at: datetime | None = None
    rating: int | None = None
    rating_comment: str | None = None
    satisfaction: int | None = None
    satisfaction_at: datetime | None = None
    reopen_count: int = 0
    version: int = 1
    extra: dict[str, Any] = field(default_factory=dict)
    # complaints: the responsible department, the first reply, a linked repair ticket
    department: str | None = None
    replied_at: datetime | None = None
    linked_ticket_id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status not in FINAL

    @property
    def emergency(self) -> bool:
        return self.urgency is Urgency.EMERGENCY


def ticket_number(kind: Kind, year: int, seq: int) -> str:
    """R-2026-000123."""
    return f"{PREFIX[kind]}-{year}-{seq:06d}"


@dataclass(frozen=True)
class Deadline:
    """One reminder or escalation level: fires once per (ticket, key).

    A reminder has a point only until a later moment (`until`: the deadline it reminds of,
    or the next reminder). Reached after that (the bot was down), it is dropped, not sent:
    the later reminder or the overdue alert says it all.

    A repeating reminder (`every`) fires each `every` after `due` (counted in office time
    when `office`, else in real time), as `level-1`, `level-2`, ... until the plan no longer
    holds it (someone acted). Found late, only the latest repetition is sent."""

    level: str
    due: datetime
    until: datetime | None = None
    every: timedelta | None = None
    office: bool = False
    n: int = 0  # which repetition this is (0: not a repetition)
    since: datetime | None = None  # a repetition's series starts here (the plan's `due`)

    def stale(self, now: datetime) -> bool:
        return self.until is not None and self.until <= now

    def key(self, ticket: Ticket) -> str:
        if self.every is not None:
            return f"{self.level}-{self.n}#{ticket.cycle}"
        return f"{self.level}#{ticket.cycle}"

    def repetition(self, n: int, due: datetime) -> Deadline:
        return replace(self, n=n, due=due, since=self.since or self.due)


def repeats_fired(deadline: Deadline, ticket: Ticket, fired: set[str]) -> int:
    """How many repetitions of a repeating deadline were claimed (the highest number)."""
    prefix, suffix = f"{deadline.level}-", f"#{ticket.cycle}"
    numbers = [k[len(prefix):-len(suffix)] for k in fired
               if k.startswith(prefix) and k.endswith(suffix)]
    return max((int(n) for n in numbers if n.isdigit()), default=0)


# Adds open time (the estate's office calendar) for repetitions counted in office hours.
AddTime = Callable[[datetime, timedelta], datetime]


def _real(start: datetime, span: timedelta) -> datetime:
    return start + span


# Each kind says which deadlines apply in which status.
Planner = Callable[[Ticket], list[Deadline]]
PLANNERS: dict[Kind, Planner] = {}


def plan(ticket: Ticket) -> list[Deadline]:
    planner = PLANNERS.get(ticket.kind)
    return planner(ticket) if planner and ticket.is_open else []


def pending(ticket: Ticket, fired: set[str], office_add: AddTime = _real) -> list[Deadline]:
    """Every deadline not yet claimed: a repeating one as its next repetition (without the
    office calendar, a repetition's moment is a lower bound: office time runs slower)."""
    out: list[Deadline] = []
    for d in plan(ticket):
        if d.every is None:
            if d.key(ticket) not in fired:
                out.append(d)
            continue
        done = repeats_fired(d, ticket, fired)
        add = office_add if d.office else _real
        out.append(d.repetition(done + 1, add(d.due, d.every * (done + 1))))
    return out


def next_due(ticket: Ticket, fired: set[str], office_add: AddTime = _real) -> datetime | None:
    """When the sweeper must look at this ticket next (None: nothing pending)."""
    dues = [d.due for d in pending(ticket, fired, office_add)]
    return min(dues) if dues else None


def due_now(ticket: Ticket, fired: set[str], now: datetime,
            office_add: AddTime = _real) -> list[Deadline]:
    """Levels that are due and have not fired, in order (repetitions after the levels)."""
    return sorted((d for d in pending(ticket, fired, office_add) if d.due <= now),
                  key=lambda d: (d.every is not None, d.due))


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)
