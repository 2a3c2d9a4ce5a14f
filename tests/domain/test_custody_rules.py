"""Custody rules with no store: dates, readings as typed, the estate's policy."""

from __future__ import annotations

from datetime import date

import pytest

from domain.custody.agreement import check_dates
from domain.custody.meters import check_not_lower, parse_reading
from domain.custody.model import CustodyPolicy, Reading, ReadingKind, valid_setting
from domain.errors import InvalidInput
from domain.model import Estate

TODAY = date(2026, 11, 30)


def test_dates() -> None:
    policy = CustodyPolicy()
    check_dates(TODAY, TODAY, TODAY, policy)
    with pytest.raises(InvalidInput, match="custody-date-past"):
        check_dates(date(2026, 11, 29), date(2026, 12, 29), TODAY, policy)
    with pytest.raises(InvalidInput, match="custody-end-before-start"):
        check_dates(date(2026, 12, 2), date(2026, 12, 1), TODAY, policy)
    with pytest.raises(InvalidInput, match="custody-too-long"):
        check_dates(TODAY, date(2029, 1, 1), TODAY, policy)


def test_readings_as_typed() -> None:
    assert parse_reading("01234.5") == 1234.5
    assert parse_reading("１２３") == 123
    assert parse_reading("1,234") == 1234
    for bad in ("abc", "-3", "1.234", "nan", "inf"):
        with pytest.raises(InvalidInput):
            parse_reading(bad)
    last = Reading(1, 1, ReadingKind.START, 100.0, 2000.0, None, None)  # type: ignore[arg-type]
    check_not_lower(last, "water", 100.0)
    with pytest.raises(InvalidInput, match="custody-reading-lower"):
        check_not_lower(last, "electricity", 1999.5)


def test_policy_per_estate() -> None:
    estate = Estate(1, "HV", "Harbour View", "Asia/Hong_Kong", "",
                    settings={"custody": {"water_limit": 8, "fee_rate": 60}})
    policy = CustodyPolicy.of(estate)
    assert policy.water_limit == 8 and policy.electricity_limit == 20 and policy.fee_rate == 60


def test_settings_the_policy_can_read() -> None:
    assert valid_setting("water_limit", 8) and valid_setting("electricity_limit", 12.5)
    assert valid_setting("fee_rate", 70) and valid_setting("check_days", 7)
    for name, value in (("water_limit", "abc"), ("water_limit", 0), ("fee_rate", 170),
                        ("fee_rate", True), ("check_days", 1.5), ("colour", 3)):
        assert not valid_setting(name, value), (name, value)
