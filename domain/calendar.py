"""The estate's business calendar: office hours per weekday, holidays, time zone.

Deadlines counted "on the estate's calendar" use this; emergencies use a 24/7 calendar.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from domain.errors import InvalidInput

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_HOURS = "mon-fri 08:30-18:00; sat-sun 09:00-17:00"
_SPAN = re.compile(r"^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")
# No deadline is further than this from its start; a calendar with no open time would loop.
_MAX_DAYS = 800

WeeklyHours = dict[int, tuple[tuple[time, time], ...]]


def parse_hours(spec: str) -> WeeklyHours:
    """Parse `mon-fri 08:30-12:00,13:00-18:00; sat 09:00-13:00` into weekday -> intervals."""
    hours: dict[int, list[tuple[time, time]]] = {d: [] for d in range(7)}
    parts = [p.strip() for p in spec.replace("\n", ";").split(";") if p.strip()]
    if not parts:
        raise InvalidInput("hours-empty")
    for part in parts:
        try:
            days_txt, spans_txt = part.split(None, 1)
        except ValueError:
            raise InvalidInput("hours-bad", part=part) from None
        days = _parse_days(days_txt.lower(), part)
        for span in spans_txt.replace(" ", "").split(","):
            m = _SPAN.match(span)
            if not m:
                raise InvalidInput("hours-bad", part=part)
            h1, m1, h2, m2 = (int(g) for g in m.groups())
            if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2 != 0):
                raise InvalidInput("hours-bad", part=part)
            start = time(h1, m1)
            end = time(23, 59, 59, 999999) if h2 == 24 else time(h2, m2)
            if end <= start:
                raise InvalidInput("hours-bad", part=part)
            for d in days:
                hours[d].append((start, end))
    result: WeeklyHours = {}
    for d, spans in hours.items():
        spans.sort()
        for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
            if s2 < e1:
                raise InvalidInput("hours-overlap", day=DAYS[d])
        if spans:
            result[d] = tuple(spans)
    if not result:
        raise InvalidInput("hours-empty")
    return result


def _parse_days(txt: str, part: str) -> list[int]:
    out: list[int] = []
    for chunk in txt.split(","):
        if "-" in chunk:
            a, b = chunk.split("-", 1)
            if a not in DAYS or b not in DAYS:
                raise InvalidInput("hours-bad", part=part)
            i, j = DAYS.index(a), DAYS.index(b)
            out.extend(range(i, j + 1) if i <= j else [*range(i, 7), *range(0, j + 1)])
        elif chunk in DAYS:
            out.append(DAYS.index(chunk))
        else:
            raise InvalidInput("hours-bad", part=part)
    return out


def format_hours(hours: WeeklyHours) -> str:
    """The inverse of parse_hours, grouping days with equal hours."""
    out: list[str] = []
    d = 0
    while d < 7:
        spans = hours.get(d)
        e = d
        while e + 1 < 7 and hours.get(e + 1) == spans:
            e += 1
        if spans:
            days = DAYS[d] if d == e else f"{DAYS[d]}-{DAYS[e]}"
            out.append(f"{days} " + ",".join(f"{_hm(s)}-{_hm(t)}" for s, t in spans))
        d = e + 1
    return "; ".join(out)


def _hm(t: time) -> str:
    return "24:00" if t >= time(23, 59, 59) else t.strftime("%H:%M")


def zone(name: str) -> ZoneInfo:
    """A time zone by IANA name, or InvalidInput."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput("tz-unknown", tz=name) from None


@dataclass(frozen=True)
class BusinessCalendar:
    """Office hours in one time zone, minus holidays; or 24/7 when `always_open`."""

    tz: ZoneInfo
    hours: WeeklyHours
    holidays: frozenset[date] = frozenset()
    always_open: bool = False

    @classmethod
    def build(cls, tz: str, hours: str | WeeklyHours, holidays: frozenset[date] = frozenset(),
              ) -> BusinessCalendar:
        parsed = parse_hours(hours) if isinstance(hours, str) else hours
        return cls(zone(tz), parsed, frozenset(holidays))

    @classmethod
    def twenty_four_seven(cls, tz: str = "UTC") -> BusinessCalendar:
        return cls(zone(tz), {}, frozenset(), always_open=True)

    def local(self, at: datetime) -> datetime:
        return at.astimezone(self.tz)

    def intervals(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        """The open intervals of one local day, as aware datetimes (none on holidays)."""
        if self.always_open:
            start = datetime.combine(day, time(0), self.tz)
            return ((start, datetime.combine(day + timedelta(days=1), time(0), self.tz)),)
        if day in self.holidays:
            return ()
        return tuple(
            (datetime.combine(day, s, self.tz), datetime.combine(day, e, self.tz))
            for s, e in self.hours.get(day.weekday(), ())
        )

    def is_open_day(self, day: date) -> bool:
        return bool(self.intervals(day))

    def _walk(self, at: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Open intervals that end after `at`, in order, as UTC (so arithmetic is in real time:
        Python subtracts two datetimes of the same zone by wall clock, wrong across DST)."""
        at = at.astimezone(UTC)
        day = self.local(at).date()
        for _ in range(_MAX_DAYS):
            for start, end in self.intervals(day):
                start, end = start.astimezone(UTC), end.astimezone(UTC)
                if end > at:
                    yield max(start, at), end
            day += timedelta(days=1)
        raise InvalidInput("hours-empty")

    def is_open(self, at: datetime) -> bool:
        """True during office hours."""
        return any(s <= at < e for s, e in self.intervals(self.local(at).date()))

    def next_open(self, at: datetime) -> datetime:
        """`at` itself when open, else the next opening."""
        start, _ = next(self._walk(at))
        return start

    def add(self, start: datetime, duration: timedelta) -> datetime:
        """The moment when `duration` of open time has passed since `start`."""
        if self.always_open:
            return start.astimezone(UTC) + duration
        remaining = duration
        for seg_start, seg_end in self._walk(start):
            available = seg_end - seg_start
            if remaining <= available:
                return seg_start + remaining
            remaining -= available
        raise AssertionError  # pragma: no cover - _walk raises first

    def between(self, a: datetime, b: datetime) -> timedelta:
        """Open time between two moments (zero when b <= a)."""
        a, b = a.astimezone(UTC), b.astimezone(UTC)
        if b <= a:
            return timedelta(0)
        if self.always_open:
            return b - a
        total = timedelta(0)
        for seg_start, seg_end in self._walk(a):
            if seg_start >= b:
                break
            total += min(seg_end, b) - seg_start
        return total

    def add_days(self, start: datetime, days: int) -> datetime:
        """`days` open days after `start`, at the same local time of day.

        A start outside office hours counts from the next opening. The result is clamped into
        the office hours of the day it falls on (to its closing time when it would be later).
        """
        if self.always_open:
            return start.astimezone(UTC) + timedelta(days=days)
        begin = self.local(self.next_open(start))
        day = begin.date()
        counted = 0
        for _ in range(_MAX_DAYS):
            if counted == days:
                break
            day += timedelta(days=1)
            if self.is_open_day(day):
                counted += 1
        else:  # pragma: no cover - guarded by parse_hours
            raise InvalidInput("hours-empty")
        spans = self.intervals(day)
        target = datetime.combine(day, begin.timetz().replace(tzinfo=None), self.tz)
        first, last = spans[0][0], spans[-1][1]
        if target <= first:
            return first
        if target >= last:
            return last
        return target

    def opens_at(self, day: date) -> datetime | None:
        spans = self.intervals(day)
        return spans[0][0] if spans else None


# ---------------------------------------------------------------- public holidays

PUBLIC_YEARS = range(2000, 2061)


@lru_cache(maxsize=8)
def public_holidays(country: str) -> dict[date, str]:
    """The `holidays` package's days off for a country: for Hong Kong the general holidays
    (公眾假期: its "public" and "optional" categories), names in English. Empty when the
    country is unknown."""
    import holidays as lib

    try:
        days = lib.country_holidays(country, years=PUBLIC_YEARS, categories=("public", "optional"))
    except (NotImplementedError, KeyError, ValueError):
        try:
            days = lib.country_holidays(country, years=PUBLIC_YEARS)
        except (NotImplementedError, KeyError, ValueError):
            return {}
    return dict(days.items())


def estate_holidays(own: frozenset[date], settings: dict[str, Any]) -> frozenset[date]:
    """The estate's days off: its country's public holidays (`calendar.public_holidays`,
    default HK; "" or "none" for none), plus its own holidays, minus the public holidays it
    works on (`calendar.open_days`)."""
    raw = settings.get("calendar") or {}
    country = str(raw.get("public_holidays", "HK") or "").upper()
    public = frozenset(public_holidays(country)) if country and country != "NONE" else frozenset()
    open_days = set()
    for text in raw.get("open_days") or ():
        try:
            open_days.add(date.fromisoformat(str(text)))
        except ValueError:
            continue
    return frozenset((public - open_days) | own)
