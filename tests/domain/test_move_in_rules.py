"""Move-in rules with no store: slots per estate, collective periods, readings."""

from __future__ import annotations

from datetime import date, time

import pytest

from domain.errors import InvalidInput
from domain.model import Estate
from domain.move_in.booking import check_day
from domain.move_in.model import Applicant, MoveInPolicy, checklist, parse_reading

SETTINGS = {"move_in": {"weekdays": [0, 1, 2, 3, 4], "times": ["10:00", "14:30"],
                        "collective": [{"from": "2026-12-12", "to": "2026-12-13",
                                        "times": ["09:00", "10:00", "16:00"]}]}}
TODAY = date(2026, 12, 7)  # a Monday


def policy() -> MoveInPolicy:
    return MoveInPolicy.of(Estate(1, "HV", "Harbour View", "Asia/Hong_Kong", "",
                                  settings=SETTINGS))


def test_ordinary_days_have_the_ordinary_slots() -> None:
    assert check_day(policy(), date(2026, 12, 8), TODAY) == (time(10), time(14, 30))


def test_a_collective_period_opens_extra_slots_on_a_weekend() -> None:
    p = policy()
    assert check_day(p, date(2026, 12, 12), TODAY) == (time(9), time(10), time(16))
    assert p.period(date(2026, 12, 12)) is not None and p.period(date(2026, 12, 8)) is None


@pytest.mark.parametrize(("day", "key"), [(date(2026, 12, 19), "movein-no-slot"),
                                          (TODAY, "movein-day-past"),
                                          (date(2027, 6, 1), "movein-day-far")])
def test_days_outside_the_slots_are_refused_with_why(day: date, key: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        check_day(policy(), day, TODAY)
    assert exc.value.key == key


def test_the_checklist_follows_who_comes() -> None:
    assert checklist(Applicant.SELF) == ("notice", "procedure", "id", "contract")
    assert checklist(Applicant.AGENT)[-2:] == ("authorisation", "agent_id")
    assert checklist(Applicant.COMPANY)[-1] == "company_cert"


@pytest.mark.parametrize(("raw", "value"), [("01234.5", 123450), ("0", 0), ("1,000", 100000)])
def test_readings_are_kept_in_hundredths(raw: str, value: int) -> None:
    assert parse_reading(raw) == value


@pytest.mark.parametrize("raw", ["-1", "abc", "nan", "1e20"])
def test_bad_readings_are_refused(raw: str) -> None:
    with pytest.raises(InvalidInput):
        parse_reading(raw)
