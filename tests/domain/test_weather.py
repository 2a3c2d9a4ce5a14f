"""The Observatory's warning summary read as "is heavy weather on": thresholds, signal No. 8,
cancelled warnings, one key per spell, and unreadable answers never read as all clear."""

from __future__ import annotations

import pytest

from domain.weather import HeavyWeather, UnreadableWarnings, heavy_weather, open_spells

T1 = "2026-12-08T10:15:00+08:00"


def rain(code: str, action: str = "ISSUE", at: str = T1) -> dict[str, object]:
    return {"WRAIN": {"name": "Rainstorm Warning Signal", "code": code, "actionCode": action,
                      "issueTime": at, "updateTime": at}}


def test_nothing_in_force_is_no_heavy_weather() -> None:
    assert heavy_weather({}) is None
    assert heavy_weather({"WHOT": {"code": "WHOT", "actionCode": "ISSUE",
                                   "issueTime": T1}}) is None


def test_rainstorm_warnings_count_from_the_estates_threshold() -> None:
    assert heavy_weather(rain("WRAINA")) == HeavyWeather("WRAINA", T1)
    assert heavy_weather(rain("WRAINA"), "red") is None
    assert heavy_weather(rain("WRAINR"), "red") == HeavyWeather("WRAINR", T1)
    assert heavy_weather(rain("WRAINR"), "black") is None
    assert heavy_weather(rain("WRAINB"), "black") == HeavyWeather("WRAINB", T1)


def test_signal_eight_and_above_count_and_lower_signals_do_not() -> None:
    def tc(code: str) -> dict[str, object]:
        return {"WTCSGNL": {"code": code, "actionCode": "ISSUE", "issueTime": T1}}
    assert heavy_weather(tc("TC3")) is None
    assert heavy_weather(tc("TC8NE"), "black") == HeavyWeather("TC8NE", T1)
    assert heavy_weather(tc("TC10")) == HeavyWeather("TC10", T1)
    both = {**tc("TC8SE"), **rain("WRAINA")}
    assert heavy_weather(both).code == "TC8SE"  # type: ignore[union-attr]


def test_a_cancelled_warning_is_not_in_force() -> None:
    assert heavy_weather(rain("WRAINB", "CANCEL")) is None
    assert heavy_weather(rain("WRAINB", "EXTEND")) is not None


@pytest.mark.parametrize("answer", [[], "<html>busy</html>", None, {"WRAIN": "x"},
                                    {"WRAIN": {"code": 3}}])
def test_an_unreadable_answer_is_refused_not_read_as_all_clear(answer: object) -> None:
    with pytest.raises(UnreadableWarnings):
        heavy_weather(answer)


def test_a_spell_is_keyed_by_its_issue_time_and_open_until_its_end_is_acted_on() -> None:
    assert HeavyWeather("WRAINA", T1).key == "202612081015"
    levels = {"wx-start-202612081015", "wx-end-202612081015", "wx-start-202612091200", "x"}
    assert open_spells(levels) == ["202612091200"]
