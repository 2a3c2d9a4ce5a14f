"""Reads the Hong Kong Observatory's warning summary every few minutes (`weather.url`).

The last readable summary is kept in memory with the moment it was read; the sweeper's
`weather-checks` job acts on it in a transaction (`domain.custody.checks.weather_observed`).
An answer that cannot be read (an error status, HTML, a timeout) changes nothing: it is one
WARNING line and the next read is one interval later, and a reading older than three intervals
is not acted on, so a feed that stops answering never reads as "all clear".
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

import aiohttp

from domain.weather import UnreadableWarnings, heavy_weather

log = logging.getLogger(__name__)


class WeatherWatch:
    def __init__(self, url: str, *, interval_s: float, timeout_s: float,
                 on_change: Callable[[], None], leads: Callable[[], bool] = lambda: True,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.url, self.interval_s, self.timeout_s = url, interval_s, timeout_s
        self.on_change, self.leads, self.monotonic = on_change, leads, monotonic
        self._latest: Mapping[str, Any] | None = None
        self._read_at = 0.0
        self.reads = self.failures = 0
        self.wake = asyncio.Event()  # set to read now (the demo's weather button)

    def fresh(self) -> Mapping[str, Any] | None:
        """The last readable summary, if it was read within three intervals."""
        if self._latest is None or self.monotonic() - self._read_at > 3 * self.interval_s:
            return None
        return self._latest

    async def read_once(self, session: aiohttp.ClientSession) -> bool:
        """One read; True when it was readable."""
        self.reads += 1
        try:
            async with session.get(self.url) as answer:
                if answer.status != 200:
                    raise UnreadableWarnings(f"status {answer.status}")
                summary = await answer.json(content_type=None)
            heavy_weather(summary)  # raises for anything that is not a summary
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            self.failures += 1
            log.warning("weather warnings not read: %s", type(exc).__name__)
            return False
        changed = summary != self._latest
        self._latest, self._read_at = summary, self.monotonic()
        if changed:
            self.on_change()
        return True

    async def run(self, stop: asyncio.Event) -> None:
        timeout = aiohttp.ClientTimeout(total=self.timeout_s)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while not stop.is_set():
                if self.leads():
                    await self.read_once(session)
                self.wake.clear()
                waiters = [asyncio.create_task(stop.wait()), asyncio.create_task(self.wake.wait())]
                await asyncio.wait(waiters, timeout=self.interval_s,
                                   return_when=asyncio.FIRST_COMPLETED)
                for w in waiters:
                    w.cancel()
