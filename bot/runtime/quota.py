"""Per-person quotas: how many updates the bot handles, and how many replies it queues, for one
person in a minute. A flooder is slowed down alone; everyone else is answered as usual."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

WINDOW_S = 60


class Verdict(Enum):
    OK = "ok"
    NOTICE = "notice"  # over the quota: the first time in this window, tell them once
    DROP = "drop"      # over the quota again: handled with the quota, nothing said


@dataclass
class _Window:
    index: int
    updates: int = 0
    replies: int = 0
    excess: int = 0
    noticed: bool = False


class Quotas:
    """Fixed one-minute windows on the bot's clock (a frozen clock in tests), per person.

    In memory and per process: with several processes each one counts its own share."""

    def __init__(self, updates_per_min: int, replies_per_min: int) -> None:
        self.updates_per_min, self.replies_per_min = updates_per_min, replies_per_min
        self._windows: dict[int, _Window] = {}

    @property
    def enabled(self) -> bool:
        return self.updates_per_min > 0 or self.replies_per_min > 0

    def _window(self, key: int, now: datetime) -> _Window:
        index = int(now.timestamp() // WINDOW_S)
        window = self._windows.get(key)
        if window is None or window.index != index:
            if len(self._windows) > 10_000:  # forget people of earlier minutes
                self._windows = {k: w for k, w in self._windows.items() if w.index == index}
            window = self._windows[key] = _Window(index)
        return window

    def take(self, key: int, now: datetime) -> Verdict:
        """One more update of this person: within the quota, or handled with it."""
        window = self._window(key, now)
        full = (self.updates_per_min and window.updates >= self.updates_per_min) or \
            (self.replies_per_min and window.replies >= self.replies_per_min)
        if not full:
            window.updates += 1
            return Verdict.OK
        window.excess += 1
        if window.noticed:
            return Verdict.DROP
        window.noticed = True
        return Verdict.NOTICE

    def replied(self, key: int, count: int, now: datetime) -> None:
        """Messages queued for this person by an update within the quota."""
        if count:
            self._window(key, now).replies += count
