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


def week_bounds(tz: str, day: date) -> tuple[datetime, datetime, str]:
    """Monday 00:00 of the ISO week holding `day` and the next Monday, in the estate's zone."""
    monday = day - timedelta(days=day.weekday())
    start = datetime.combine(monday, time(0), zone(tz))
    end = datetime.combine(monday + timedelta(days=7), time(0), zone(tz))
    year, week, _ = monday.isocalendar()
    return start, end, f"{year}-W{week:02d}"


def summarise(estate_id: int, tickets: list[Ticket], start: datetime, end: datetime,
              at: datetime, label: str) -> WeeklyStats:
    """Counts of complaints received in [start, end), the 72-hour record, what is overdue
    now, and the ratings of those closed in the week."""
    received = [t for t in tickets if start <= t.created_at < end]
    categories = Counter(t.category for t in received)
    statuses = Counter(t.status for t in received)
    in_time = decided = pending = 0
    for t in received:
        due = first_reply_due(t)
        if t.replied_at is not None:
            decided += 1
            in_time += t.replied_at <= due
        elif due <= at:
            decided += 1
        else:
            pending += 1
    overdue = sorted((Overdue(t.id, t.number, t.category, t.status.value, t.reply_due)
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
