"""Events of the routine: a group's daily list, the weekly deck."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.events import Event
from domain.routine.figures import DailyList, WeekFigures


@dataclass(frozen=True)
class DailyListDue(Event):
    """A staff group's day is due in its chat, at the office's opening."""

    chat_id: int
    daily: DailyList


@dataclass(frozen=True)
class WeeklyDeckDue(Event):
    """Last week's status deck is due in the estate's managers group (Monday opening)."""

    estate_id: int
    figures: WeekFigures
    late_since: datetime | None = None  # when it was due, if it goes out late
