"""Survey campaigns: quarters, the estate's survey policy, dates (send mid-way through the
quarter's last month, collect for 15 days, summary by the 5th of the next quarter), statuses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from domain.calendar import zone
from domain.errors import InvalidInput
from domain.model import Estate
from domain.survey.definition import Answers, Definition

_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]\s*([1-4])\s*$")


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    q: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """`2026Q4`, `2026-q4`."""
        found = _QUARTER.match(text or "")
        if not found:
            raise InvalidInput("survey-bad-quarter", value=text)
        return cls(int(found.group(1)), int(found.group(2)))

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def label(self) -> str:
        return f"{self.year}Q{self.q}"

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.q - 2, 1)

    @property
    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.q == 4 else Quarter(self.year, self.q + 1)

    @property
    def last_day(self) -> date:
        return self.next.first_day - timedelta(days=1)

    @property
    def default_send_on(self) -> date:
        """每季末月中旬: the 15th of the quarter's last month."""
        return date(self.year, 3 * self.q, 15)

    @property
    def report_due_on(self) -> date:
        """每季第一個月5日前: the 5th of the next quarter's first month."""
        return self.next.first_day.replace(day=5)


class CampaignStatus(StrEnum):
    PLANNED = "planned"      # sampled, waiting for the send date
    OPEN = "open"            # sent, collecting answers
    CLOSED = "closed"        # window over, summary delivered
    REVIEWED = "reviewed"    # a manager marked the summary reviewed
    CANCELLED = "cancelled"


CAMPAIGN_MOVES: dict[CampaignStatus, set[CampaignStatus]] = {
    CampaignStatus.PLANNED: {CampaignStatus.OPEN, CampaignStatus.CANCELLED},
    CampaignStatus.OPEN: {CampaignStatus.CLOSED, CampaignStatus.CANCELLED},
    CampaignStatus.CLOSED: {CampaignStatus.REVIEWED},
    CampaignStatus.REVIEWED: set(),
    CampaignStatus.CANCELLED: set(),
}


class HouseholdStatus(StrEnum):
    SAMPLED = "sampled"          # in the sample, not sent yet
    ASKED = "asked"              # the invitation went to someone in it
    STARTED = "started"          # they answered part of it
    ANSWERED = "answered"        # complete
    UNREACHABLE = "unreachable"  # nobody to ask in chat: paper form


WAITING = (HouseholdStatus.ASKED, HouseholdStatus.STARTED)


@dataclass(frozen=True)
class SurveyPolicy:
    """The estate's defaults; `settings["survey"]` overrides them."""

    share: float = 0.2                      # 不低於20%入伙業主數
    window_days: int = 15                   # 以發放日起算半月內
    reminder_days: tuple[int, ...] = (5, 12)
    send_hour: int = 10
    report_hour: int = 9
    named: bool = False                     # the office sees who said what

    @classmethod
    def of(cls, estate: Estate) -> SurveyPolicy:
        raw = estate.settings.get("survey") or {}
        base = cls()
        try:
            return cls(share=float(raw.get("share", base.share)),
                       window_days=int(raw.get("window_days", base.window_days)),
                       reminder_days=tuple(int(d) for d in raw.get("reminder_days",
                                                                   base.reminder_days)),
                       send_hour=int(raw.get("send_hour", base.send_hour)),
                       report_hour=int(raw.get("report_hour", base.report_hour)),
                       named=bool(raw.get("named", base.named)))
        except (TypeError, ValueError):
            return base


def at_local(day: date, hour: int, tz: str) -> datetime:
    """`hour`:00 on `day` in the estate's time zone, as UTC."""
    return datetime.combine(day, time(hour), tzinfo=zone(tz)).astimezone(UTC)


@dataclass(frozen=True)
class Schedule:
    send_on: date
    send_at: datetime
    closes_at: datetime
    reminders: tuple[datetime, ...]
    report_due_at: datetime


def default_quarter(today: date) -> Quarter:
    """This quarter while its send date is ahead, else the next one."""
    this = Quarter.of(today)
    return this if this.default_send_on >= today else this.next


def schedule(quarter: Quarter, tz: str, today: date, policy: SurveyPolicy, *,
             send_on: date | None = None, window_days: int | None = None,
             reminder_days: tuple[int, ...] | None = None) -> Schedule:
    """When the survey goes out, is reminded, closes, and when the summary is due."""
    day = send_on or quarter.default_send_on
    window = window_days if window_days is not None else policy.window_days
    reminders = reminder_days if reminder_days is not None else policy.reminder_days
    if day < today:
        raise InvalidInput("survey-send-past", day=day)
    if not quarter.first_day <= day <= quarter.last_day:
        raise InvalidInput("survey-send-outside", day=day, year=quarter.year, q=quarter.q)
    if not 1 <= window <= 60:
        raise InvalidInput("survey-bad-window")
    if any(not 0 < d < window for d in reminders) or len(set(reminders)) != len(reminders):
        raise InvalidInput("survey-bad-reminders", window=window)
    closes_on = day + timedelta(days=window)
    due = at_local(quarter.report_due_on, policy.report_hour, tz)
    closes_at = at_local(closes_on, 0, tz)
    if closes_at > due:
        latest = quarter.report_due_on - timedelta(days=window)
        raise InvalidInput("survey-window-too-late", latest=latest,
                           due=quarter.report_due_on)
    send_at = at_local(day, policy.send_hour, tz)
    return Schedule(day, send_at, closes_at,
                    tuple(at_local(day + timedelta(days=d), policy.send_hour, tz)
                          for d in sorted(reminders)), due)


@dataclass(frozen=True)
class Campaign:
    id: int
    estate_id: int
    quarter: str
    status: CampaignStatus
    share: float
    send_on: date
    send_at: datetime
    closes_at: datetime
    report_due_at: datetime
    reminders: tuple[datetime, ...]
    definition: Definition
    named: bool
    created_at: datetime
    seed: int = 0
    sample_info: dict[str, Any] = field(default_factory=dict)
    created_by: int | None = None
    sent_at: datetime | None = None
    closed_at: datetime | None = None
    reviewed_at: datetime | None = None
    reviewed_by: int | None = None
    results: dict[str, Any] | None = None
    next_due_at: datetime | None = None
    version: int = 1

    @property
    def period(self) -> Quarter:
        return Quarter.parse(self.quarter)


@dataclass(frozen=True)
class Deadline:
    level: str
    due: datetime


def campaign_plan(c: Campaign) -> list[Deadline]:
    """What the sweeper does next, by status (each level fires once per campaign)."""
    if c.status is CampaignStatus.PLANNED:
        return [Deadline("send", c.send_at)]
    if c.status is CampaignStatus.OPEN:
        return [*(Deadline(f"remind-{n}", at) for n, at in enumerate(c.reminders, start=1)),
                Deadline("close", c.closes_at)]
    if c.status is CampaignStatus.CLOSED:
        return [Deadline("report-due", c.report_due_at),
                Deadline("report-overdue", c.report_due_at + timedelta(days=1))]
    return []


def next_due(c: Campaign, fired: set[str]) -> datetime | None:
    dues = [d.due for d in campaign_plan(c) if d.level not in fired]
    return min(dues) if dues else None


def due_now(c: Campaign, fired: set[str], now: datetime) -> list[Deadline]:
    return sorted((d for d in campaign_plan(c) if d.due <= now and d.level not in fired),
                  key=lambda d: d.due)


@dataclass(frozen=True)
class SurveyHousehold:
    id: int
    campaign_id: int
    unit_id: int
    unit_label: str
    status: HouseholdStatus
    person_id: int | None = None
    repeat: bool = False
    response_id: int | None = None
    asked_at: datetime | None = None
    answered_at: datetime | None = None


@dataclass(frozen=True)
class SurveyResponse:
    id: int
    campaign_id: int
    answers: Answers
    completed: bool = False
    unit_label: str | None = None  # kept only when the campaign shows names
    version: int = 1


@dataclass(frozen=True)
class TicketScore:
    """Answers to the short question after closed tickets, and repair ratings, per kind."""

    kind: str
    satisfaction_n: int
    satisfaction_avg: float | None
    rating_n: int
    rating_avg: float | None


@dataclass(frozen=True)
class YearReview:
    id: int
    estate_id: int
    year: int
    created_at: datetime
    results: dict[str, Any]
    reviewed_at: datetime | None = None
    reviewed_by: int | None = None
