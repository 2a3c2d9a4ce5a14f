"""Which process drains the outbox, runs the sweeper and copies files, when several run.

With Redis configured (`PROPDESK_REDIS__URL`), processes elect one leader with a lock that
expires unless renewed, so Telegram's per-bot limits are kept by one sender and a crashed
leader is replaced within the lock's lifetime. Without Redis the process is the leader.
Updates themselves can be processed by every process: the inbox row's compare-and-set and
the database's row lock keep each one to one process and a user's updates in order.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

log = logging.getLogger(__name__)


class Leadership:
    """One process leads at a time: it holds redis-py's own lock (`redis.asyncio.lock.Lock`,
    a token compared on extend and release) and re-acquires it every third of its lifetime."""

    def __init__(self, url: str | None, *, key: str = "propdesk:leader",
                 ttl_s: float = 15.0) -> None:
        self.url = url
        self.key = key
        self.ttl_s = ttl_s
        self.redis: Any = None
        self.lock: Any = None
        self.changed = asyncio.Event()
        self._leader = url is None

    @property
    def is_leader(self) -> bool:
        return self._leader

    def _set(self, leader: bool) -> None:
        if leader != self._leader:
            log.info("this process %s the leader", "is now" if leader else "is no longer")
            self._leader = leader
            self.changed.set()

    async def run(self, stop: asyncio.Event) -> None:
        """Keep trying to lead (and keep leading) until stopped."""
        if self.url is None:
            return
        import redis.asyncio as aioredis

        self.redis = aioredis.from_url(self.url)
        try:
            while not stop.is_set():
                try:
                    await self.tick()
                except Exception as exc:  # Redis gone: stop leading, try again
                    log.warning("leader election failed (%s)", type(exc).__name__)
                    self._set(False)
                try:
                    await asyncio.wait_for(stop.wait(), timeout=self.ttl_s / 3)
                except TimeoutError:
                    pass
        finally:
            await self.release()
            await self.redis.aclose()

    def _lock(self) -> Any:
        if self.lock is None:
            # thread_local=False: the token belongs to this object, not to a thread, and
            # every task of the process renews the same lock.
            self.lock = self.redis.lock(self.key, timeout=self.ttl_s, blocking=False,
                                        thread_local=False)
        return self.lock

    async def tick(self) -> None:
        """One round: renew the lock if held, else try to take it."""
        from redis.exceptions import LockError

        lock = self._lock()
        if self._leader:
            try:
                await lock.reacquire()  # the lifetime starts again, if the token is still ours
                return
            except LockError:
                self._set(False)
        self._set(bool(await lock.acquire(blocking=False)))

    async def release(self) -> None:
        if self.redis is not None and self._leader:
            try:
                await self._lock().release()
            except Exception as exc:  # not ours any more, or Redis gone
                log.info("leader lock not released (%s)", type(exc).__name__)
        self._set(False)
