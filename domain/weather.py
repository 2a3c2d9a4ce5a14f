"""The Hong Kong Observatory's warnings, read as the office needs them: is heavy weather on now?

The Observatory publishes its warning summary (`warnsum`) as JSON: one entry per warning in
force, e.g. ``{"WRAIN": {"code": "WRAINR", "actionCode": "ISSUE", "issueTime": ...}}``.
The office cares about heavy rain (the rainstorm warning at the estate's threshold: amber,
red or black) and a tropical cyclone signal No. 8 or above. While one of them is in force a
*spell* of heavy weather is on; its key is the issue time of the warning that opened it, so
an amber warning raised to red is the same spell, and one spell is acted on once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

RAIN_LEVELS = {"WRAINA": 1, "WRAINR": 2, "WRAINB": 3}  # amber, red, black
THRESHOLDS = {"amber": 1, "red": 2, "black": 3}
HEAVY_TYPHOON = ("TC8", "TC9", "TC10")  # TC8NE, TC8SE, ... and above
GONE = {"CANCEL"}


class UnreadableWarnings(ValueError):
    """The feed answered something that is not a warning summary."""


@dataclass(frozen=True)
class HeavyWeather:
    code: str    # the strongest warning in force: WRAINB, TC8NE, ...
    since: str   # the issue time of that warning, as the Observatory wrote it

    @property
    def key(self) -> str:
        """A short key of the spell, digits of its issue time (fits the fired-key column)."""
        digits = "".join(ch for ch in self.since if ch.isdigit())[:12]
        return digits or self.code


def heavy_weather(summary: Any, threshold: str = "amber") -> HeavyWeather | None:
    """The heavy weather in force by this summary, or None. Raises `UnreadableWarnings` for
    anything that is not a summary (an error page, a list, a code that is not text): an
    unreadable answer must never read as "all clear"."""
    if not isinstance(summary, Mapping):
        raise UnreadableWarnings("not an object")
    level_needed = THRESHOLDS.get(threshold, 1)
    found: list[tuple[int, HeavyWeather]] = []
    for entry in summary.values():
        if not isinstance(entry, Mapping):
            raise UnreadableWarnings("entry not an object")
        code, action = entry.get("code"), entry.get("actionCode", "ISSUE")
        since = entry.get("issueTime") or entry.get("updateTime") or ""
        if not isinstance(code, str) or not isinstance(action, str) \
                or not isinstance(since, str):
            raise UnreadableWarnings("field not text")
        if action.upper() in GONE:
            continue
        level = RAIN_LEVELS.get(code.upper(), 0)
        if level and level >= level_needed:
            found.append((level, HeavyWeather(code.upper(), since)))
        elif code.upper().startswith(HEAVY_TYPHOON):
            found.append((4, HeavyWeather(code.upper(), since)))
    if not found:
        return None
    return max(found, key=lambda pair: pair[0])[1]


def open_spells(fired_levels: set[str]) -> list[str]:
    """Spells whose start was acted on and whose end was not (from the fired keys)."""
    started = {lv.removeprefix("wx-start-") for lv in fired_levels if lv.startswith("wx-start-")}
    ended = {lv.removeprefix("wx-end-") for lv in fired_levels if lv.startswith("wx-end-")}
    return sorted(started - ended)
