"""Clocks: every rule reads time from an injected clock, so tests and the demo can move it."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Source of the current aware UTC time."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real time."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FrozenClock:
    """A clock that moves only when told to (tests)."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FrozenClock needs an aware datetime")
        self._at = at.astimezone(UTC)

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        self._at = at.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        self._at += delta


class OffsetClock:
    """Real time plus an offset that only grows (the demo's "move time forward")."""

    def __init__(self, offset: timedelta = timedelta(0)) -> None:
        self.offset = offset

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, delta: timedelta) -> None:
        if delta < timedelta(0):
            raise ValueError("time only moves forward")
        self.offset += delta


class FileClock:
    """A clock controlled through a small file, so a test can drive a bot in another process.

    The file holds either an ISO timestamp (time stands still there) or `offset <seconds>`
    (real time plus that offset). A missing or empty file means real time.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._stamp: tuple[int, int, int] | None = None
        self._frozen: datetime | None = None
        self._offset = 0.0

    def _reload(self) -> None:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            self._stamp, self._frozen, self._offset = None, None, 0.0
            return
        stamp = (st.st_mtime_ns, st.st_ino, st.st_size)
        if stamp == self._stamp:
            return
        with open(self.path, encoding="utf-8") as fh:
            raw = fh.read().strip()
        self._stamp = stamp
        self._frozen, self._offset = None, 0.0
        if raw.startswith("offset"):
            self._offset = float(raw.split()[1])
        elif raw:
            at = datetime.fromisoformat(raw)
            if at.tzinfo is None:
                raise ValueError("clock file needs an aware timestamp")
            self._frozen = at.astimezone(UTC)

    def now(self) -> datetime:
        self._reload()
        if self._frozen is not None:
            return self._frozen
        return datetime.fromtimestamp(time.time() + self._offset, UTC)

    @staticmethod
    def write(path: str, at: datetime) -> None:
        """Freeze a FileClock at `at` (used by tests and tools)."""
        tmp = f"{path}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(at.astimezone(UTC).isoformat())
        os.replace(tmp, path)
