"""Background tasks that die are restarted: an ERROR line each time, with a bounded back-off.

Every loop catches what it expects; this is for what nobody expected (a bug, a poisoned
input, a database gone at start). The log names the task and the exception's type and shows
where it happened, never the exception's text, which may quote an update."""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)

FIRST_DELAY_S = 1.0
MAX_DELAY_S = 60.0
HEALTHY_AFTER_S = 120.0  # a task that ran this long before dying starts its back-off again


def where(exc: BaseException, frames: int = 6) -> str:
    """The last frames of the traceback, without the exception's message."""
    return "".join(traceback.format_tb(exc.__traceback__)[-frames:]).rstrip()


async def supervise(name: str, run: Callable[[], Awaitable[None]], stop: asyncio.Event, *,
                    first_delay: float = FIRST_DELAY_S, max_delay: float = MAX_DELAY_S,
                    healthy_after: float = HEALTHY_AFTER_S) -> int:
    """Run `run()` until it returns or `stop` is set; restart it when it raises.

    Returns how many times it was restarted. The wait doubles from `first_delay` up to
    `max_delay`, so a crash loop costs one attempt a minute, not the CPU."""
    loop = asyncio.get_running_loop()
    delay = first_delay
    restarts = 0
    while True:
        started = loop.time()
        try:
            await run()
            return restarts
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if stop.is_set():
                log.warning("background task %s ended with %s while stopping", name,
                            type(exc).__name__)
                return restarts
            if loop.time() - started >= healthy_after:
                delay = first_delay
            log.error("background task %s died (%s); restarting in %.2f s\n%s", name,
                      type(exc).__name__, delay, where(exc))
        restarts += 1
        try:
            await asyncio.wait_for(stop.wait(), timeout=delay)
            return restarts
        except TimeoutError:
            pass
        delay = min(max(delay * 2, 0.01), max_delay)
