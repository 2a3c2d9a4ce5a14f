"""Business calendar: office hours, weekends, holidays, time zones (with and without DST)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.calendar import DEFAULT_HOURS, BusinessCalendar, format_hours, parse_hours
from domain.errors import InvalidInput

HK = ZoneInfo("Asia/Hong_Kong")
LON = ZoneInfo("Europe/London")
CAL = BusinessCalendar.build("Asia/Hong_Kong", DEFAULT_HOURS,
                             frozenset({date(2026, 12, 25), date(2026, 12, 26)}))
WEEKDAYS = BusinessCalendar.build("Asia/Hong_Kong", "mon-fri 09:00-12:00,13:00-18:00")


def hk(*args: int) -> datetime:
    return datetime(*args, tzinfo=HK)


def test_parse_and_format_round_trip() -> None:
    spec = "mon-fri 08:30-12:00,13:00-18:00; sat 09:00-13:00"
    assert format_hours(parse_hours(spec)) == spec


@pytest.mark.parametrize("bad", ["", "mon 18:00-09:00", "funday 09:00-10:00", "mon 9-10",
                                 "mon 09:00-12:00,11:00-13:00", "mon 25:00-26:00"])
def test_nonsensical_hours_are_refused(bad: str) -> None:
    with pytest.raises(InvalidInput):
        parse_hours(bad)


@pytest.mark.parametrize(("at", "is_open"), [
    (hk(2026, 11, 27, 8, 29), False),   # Friday, a minute before opening
    (hk(2026, 11, 27, 8, 30), True),
    (hk(2026, 11, 27, 17, 59), True),
    (hk(2026, 11, 27, 18, 0), False),   # closing time is not open
    (hk(2026, 11, 28, 9, 0), True),     # Saturday hours
    (hk(2026, 11, 28, 17, 0), False),
    (hk(2026, 12, 25, 10, 0), False),   # holiday
])
def test_is_open(at: datetime, is_open: bool) -> None:
    assert CAL.is_open(at) is is_open


@pytest.mark.parametrize(("start", "duration", "expected"), [
    # Inside hours, same day.
    (hk(2026, 11, 27, 10, 0), timedelta(hours=2), hk(2026, 11, 27, 12, 0)),
    # Friday 17:00 + 2 h: one hour on Friday, one on Saturday from 09:00.
    (hk(2026, 11, 27, 17, 0), timedelta(hours=2), hk(2026, 11, 28, 10, 0)),
    # Received at night: the clock starts at the next opening.
    (hk(2026, 11, 27, 19, 0), timedelta(minutes=30), hk(2026, 11, 28, 9, 30)),
    # Christmas and Boxing Day are skipped: Thursday 24th 17:30 + 1 h -> Sunday 27th 09:30.
    (hk(2026, 12, 24, 17, 30), timedelta(hours=1), hk(2026, 12, 27, 9, 30)),
])
def test_add_business_time(start: datetime, duration: timedelta, expected: datetime) -> None:
    assert CAL.add(start, duration) == expected


def test_lunch_break_and_weekend_are_skipped() -> None:
    # Friday 11:30 + 4 h with a lunch break -> 16:30; + 8 h -> Monday 11:30.
    assert WEEKDAYS.add(hk(2026, 11, 27, 11, 30), timedelta(hours=4)) == hk(2026, 11, 27, 16, 30)
    assert WEEKDAYS.add(hk(2026, 11, 27, 11, 30), timedelta(hours=8)) == hk(2026, 11, 30, 11, 30)
    # A deadline that uses up a morning falls at the closing time, not after lunch.
    assert WEEKDAYS.add(hk(2026, 11, 27, 11, 30), timedelta(minutes=30)) == hk(2026, 11, 27, 12, 0)


@pytest.mark.parametrize(("start", "days", "expected"), [
    # Callback "within 2 days": Friday 15:00 -> Sunday 15:00 (weekend hours count as open days).
    (hk(2026, 11, 27, 15, 0), 2, hk(2026, 11, 29, 15, 0)),
    # 17:30 on Friday + 1 day lands on Saturday, clamped to Saturday's 17:00 closing.
    (hk(2026, 11, 27, 17, 30), 1, hk(2026, 11, 28, 17, 0)),
    # Across the holidays: Wednesday 23rd 10:00 + 3 open days (24, 27, 28) -> Monday 28th.
    (hk(2026, 12, 23, 10, 0), 3, hk(2026, 12, 28, 10, 0)),
    # 7 days from Monday 10:00 -> next Monday 10:00.
    (hk(2026, 11, 30, 10, 0), 7, hk(2026, 12, 7, 10, 0)),
])
def test_add_business_days(start: datetime, days: int, expected: datetime) -> None:
    assert CAL.add_days(start, days) == expected


def test_weekday_calendar_skips_weekend_days() -> None:
    assert WEEKDAYS.add_days(hk(2026, 11, 27, 10, 0), 2) == hk(2026, 12, 1, 10, 0)


def test_dst_time_zone_counts_real_hours() -> None:
    # London springs forward on Sunday 29 March 2026: a 24/7 clock counts elapsed time.
    always = BusinessCalendar.twenty_four_seven("Europe/London")
    start = datetime(2026, 3, 28, 12, 0, tzinfo=LON)
    assert always.add(start, timedelta(hours=24)) == datetime(2026, 3, 29, 13, 0, tzinfo=LON)
    office = BusinessCalendar.build("Europe/London", "mon-sun 09:00-17:00")
    # Saturday 16:00 + 2 office hours -> Sunday 10:00 local, whatever the offset change.
    assert office.add(datetime(2026, 3, 28, 16, 0, tzinfo=LON), timedelta(hours=2)) == \
        datetime(2026, 3, 29, 10, 0, tzinfo=LON)


def test_between_counts_only_open_time() -> None:
    assert CAL.between(hk(2026, 11, 27, 17, 0), hk(2026, 11, 28, 10, 0)) == timedelta(hours=2)
    assert CAL.between(hk(2026, 11, 28, 10, 0), hk(2026, 11, 27, 17, 0)) == timedelta(0)


moments = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31),
                       timezones=st.just(UTC))
durations = st.integers(min_value=0, max_value=60 * 24 * 20).map(lambda m: timedelta(minutes=m))


@settings(max_examples=400, deadline=None)
@given(moments, durations)
def test_between_inverts_add(start: datetime, duration: timedelta) -> None:
    end = CAL.add(start, duration)
    assert CAL.between(start, end) == duration


@settings(max_examples=300, deadline=None)
@given(moments, durations, durations)
def test_add_is_monotone_and_lands_in_open_time(start: datetime, d1: timedelta,
                                                d2: timedelta) -> None:
    a, b = sorted((d1, d2))
    assert CAL.add(start, a) <= CAL.add(start, b)
    end = CAL.add(start, b)
    if b > timedelta(0):
        # The deadline is in open time, or exactly at a closing time.
        assert CAL.is_open(end) or CAL.is_open(end - timedelta(microseconds=1))


@settings(max_examples=200, deadline=None)
@given(moments, durations, st.integers(min_value=1, max_value=600))
def test_a_pause_moves_the_deadline_by_the_paused_open_time(start: datetime, d: timedelta,
                                                            pause_min: int) -> None:
    pause = timedelta(minutes=pause_min)
    assert CAL.between(start, CAL.add(CAL.add(start, d), pause)) == d + pause
