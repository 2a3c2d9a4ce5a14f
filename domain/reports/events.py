"""Events of the monthly report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from domain.events import Event
from domain.reports.pack import MonthlyPack
from domain.reports.period import Month


@dataclass(frozen=True)
class MonthlyReportMade(Event):
    """The 1st at 09:00: last month's report (PDF, figures, registry lists) to the managers."""

    pack: MonthlyPack
    due_day: date                     # to be handed in by this day (the 5th)
    late_since: datetime | None = None


@dataclass(frozen=True)
class MonthlyReportReminder(Event):
    """From the 3rd, at opening, until a manager marks the report sent."""

    estate_id: int
    month: Month
    due_day: date
    overdue: bool
