"""A calendar month of an estate (2026-11), its bounds in the estate's zone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from domain.calendar import zone
from domain.errors import InvalidInput
from domain.renovation import review

_MONTH = re.compile(r"^\s*(\d{4})[-/.年](\d{1,2})月?\s*$")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        """2026-11 (also 2026/11, 2026年11月); anything else is refused with the format."""
        found = _MONTH.match(text.translate(_FULL_WIDTH))
        if not found or not 1 <= int(found.group(2)) <= 12 or int(found.group(1)) < 2000:
            raise InvalidInput("report-month-bad", text=text.strip()[:20])
        return cls(int(found.group(1)), int(found.group(2)))

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @property
    def label(self) -> str:
        return f"{self.year}-{self.month:02d}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    def next(self) -> Month:
        return Month(self.year + 1, 1) if self.month == 12 else Month(self.year, self.month + 1)

    def bounds(self, tz: str) -> tuple[datetime, datetime]:
        """The 1st 00:00 and the next month's 1st 00:00, in the estate's zone."""
        return (datetime.combine(self.first_day, time(0), zone(tz)),
                datetime.combine(self.next().first_day, time(0), zone(tz)))


_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／", "0123456789-/")


def parse_day(text: str) -> date:
    """A typed day as the renovation form reads it (2026-11-03, or 3/11/2026 day first);
    anything else is refused naming what was typed."""
    try:
        return review.parse_day(text.translate(_FULL_WIDTH))
    except InvalidInput:
        raise InvalidInput("export-bad-date", text=text.strip()[:20]) from None


def local_bounds(tz: str, first: date, last: date) -> tuple[datetime, datetime]:
    """From `first` 00:00 to the day after `last` 00:00, in the estate's zone."""
    return (datetime.combine(first, time(0), zone(tz)),
            datetime.combine(last + timedelta(days=1), time(0), zone(tz)))
