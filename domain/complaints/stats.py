"""Weekly complaint statistics (投訴每周統計): a pure summary of an estate's complaints."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from domain.calendar import zone
from domain.tickets import Status, Ticket

DEFAULT_REPLY_HOURS = 72
WAITING_REPLY = (Status.RECEIVED, Status.IN_PROGRESS)
STATUS_ORDER = (Status.RECEIVED, Status.IN_PROGRESS, Status.REPLIED, Status.CLOSED,
                Status.CANCELLED)


class ComplaintCategory(StrEnum):
    SERVICE = "service"          # 服務態度
    SECURITY = "security"
    CLEANING = "cleaning"
    GREENING = "greening"
    NOISE = "noise"
    PARKING = "parking"
    FEES = "fees"
    NEIGHBOURS = "neighbours"
    FACILITIES = "facilities"
    RENOVATION = "renovation"    # 裝修滋擾
    OTHER = "other"


@dataclass(frozen=True)
class Overdue:
    ticket_id: int
    number: str
    category: str
    status: str
    due: datetime
    cycle: int = 1           # a reopened complaint is overdue in its later reply cycle


@dataclass(frozen=True)
class ReplyCycle:
    """One turn of the reply clock: from receipt (or a reopening) to the office's reply."""

    number: int
    start: datetime
    due: datetime
    replied: datetime | None = None


@dataclass(frozen=True)
class WeeklyStats:
    """One week (Monday 00:00 to Monday 00:00, estate time) as seen at `at`."""

    estate_id: int
    label: str                                # 2026-W48
    start: datetime
    end: datetime
    at: datetime
    received: int
    by_category: tuple[tuple[str, int], ...]  # every category, in the form's order
    by_status: tuple[tuple[str, int], ...]    # statuses that occur, in workflow order
    # Per reply cycle (each reopening starts a cycle with its own clock), for the cycles
    # that started in the week.
    replied_in_time: int
    reply_decided: int                        # replied, or the 72 hours have run out
    reply_pending: int                        # not replied, clock still running
    overdue: tuple[Overdue, ...]
    closed: int
    rating_avg: float | None
    rating_count: int

    @property
    def replied_pct(self) -> float | None:
        if not self.reply_decided:
            return None
        return round(100 * self.replied_in_time / self.reply_decided, 1)


def first_reply_due(t: Ticket) -> datetime:
    """The 72-hour promise made at receipt (a reopen starts a new clock, not a new promise)."""
    hours = int(t.extra.get("policy", {}).get("reply_hours", DEFAULT_REPLY_HOURS))
    return t.created_at + timedelta(hours=hours)


def reply_cycles(t: Ticket) -> list[ReplyCycle]:
    """Every reply cycle of the complaint, oldest first (kept in `extra["cycles"]`).

    A complaint recorded before cycles were kept: its first cycle from receipt and the
    first reply, and a later cycle only while it still waits (its reply time is unknown)."""
    raw = t.extra.get("cycles")
    if raw:
        return [ReplyCycle(n, datetime.fromisoformat(c["from"]), datetime.fromisoformat(c["due"]),
                           datetime.fromisoformat(c["replied"]) if c.get("replied") else None)
                for n, c in enumerate(raw, start=1)]
    out = [ReplyCycle(1, t.created_at, first_reply_due(t), t.replied_at)]
    if t.cycle > 1 and t.status in WAITING_REPLY and t.reply_due is not None:
        hours = int(t.extra.get("policy", {}).get("reply_hours", DEFAULT_REPLY_HOURS))
        out.append(ReplyCycle(t.cycle, t.reply_due - timedelta(hours=hours), t.reply_due))
    return out


def _dump(cycles: list[ReplyCycle]) -> list[dict[str, str]]:
    out = []
    for c in cycles:
        row = {"from": c.start.isoformat(), "due": c.due.isoformat()}
        if c.replied is not None:
            row["replied"] = c.replied.isoformat()
        out.append(row)
    return out


def first_cycle(start: datetime, due: datetime) -> list[dict[str, str]]:
    """`extra["cycles"]` of a complaint just received."""
    return _dump([ReplyCycle(1, start, due)])


def new_cycle(t: Ticket, start: datetime, due: datetime) -> list[dict[str, str]]:
    """`extra["cycles"]` after a reopening: a new cycle with its own clock."""
    cycles = reply_cycles(t)
    return _dump([*cycles, ReplyCycle(len(cycles) + 1, start, due)])


def replied(t: Ticket, at: datetime) -> list[dict[str, str]]:
    """`extra["cycles"]` after the office answered: the current cycle's first answer."""
    cycles = reply_cycles(t)
    if cycles and cycles[-1].replied is None:
        last = cycles[-1]
        cycles[-1] = ReplyCycle(last.number, last.start, last.due, at)
    return _dump(cycles)


def week_bounds(tz: str, day: date) -> tuple[datetime, datetime, str]:
    """Monday 00:00 of the ISO week holding `day` and the next Monday, in the estate's zone."""
    monday = day - timedelta(days=day.weekday())
    start = datetime.combine(monday, time(0), zone(tz))
    end = datetime.combine(monday + timedelta(days=7), time(0), zone(tz))
    year, week, _ = monday.isocalendar()
    return start, end, f"{year}-W{week:02d}"


def summarise(estate_id: int, tickets: list[Ticket], start: datetime, end: datetime,
              at: datetime, label: str) -> WeeklyStats:
    """Counts of complaints received in [start, end), the 72-hour record per reply cycle
    (cycles started in the week: a reopening is a new promise), what is overdue now, and the
    ratings of those closed in the week."""
    received = [t for t in tickets if start <= t.created_at < end]
    categories = Counter(t.category for t in received)
    statuses = Counter(t.status for t in received)
    in_time = decided = pending = 0
    for cycle in (c for t in tickets for c in reply_cycles(t) if start <= c.start < end):
        if cycle.replied is not None:
            decided += 1
            in_time += cycle.replied <= cycle.due
        elif cycle.due <= at:
            decided += 1
        else:
            pending += 1
    overdue = sorted((Overdue(t.id, t.number, t.category, t.status.value, t.reply_due,
                              t.cycle)
                      for t in tickets if t.status in WAITING_REPLY and t.reply_due is not None
                      and t.reply_due <= at and t.created_at < end), key=lambda o: o.due)
    closed = [t for t in tickets if t.status is Status.CLOSED and t.closed_at is not None
              and start <= t.closed_at < end]
    ratings = [t.rating for t in closed if t.rating is not None]
    return WeeklyStats(
        estate_id=estate_id, label=label, start=start, end=end, at=at, received=len(received),
        by_category=tuple((c.value, categories.get(c.value, 0)) for c in ComplaintCategory),
        by_status=tuple((s.value, statuses[s]) for s in STATUS_ORDER if statuses.get(s)),
        replied_in_time=in_time, reply_decided=decided, reply_pending=pending,
        overdue=tuple(overdue), closed=len(closed),
        rating_avg=round(sum(ratings) / len(ratings), 2) if ratings else None,
        rating_count=len(ratings))
