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
import secrets
from typing import Any

log = logging.getLogger(__name__)

_RENEW = """
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('pexpire', KEYS[1], ARGV[2])
end
return 0
"""
_RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('del', KEYS[1])
end
return 0
"""


class Leadership:
    def __init__(self, url: str | None, *, key: str = "propdesk:leader",
                 ttl_s: float = 15.0) -> None:
        self.url = url
        self.key = key
        self.ttl_ms = int(ttl_s * 1000)
        self.token = secrets.token_hex(8)
        self.redis: Any = None
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
                    await asyncio.wait_for(stop.wait(), timeout=self.ttl_ms / 3000)
                except TimeoutError:
                    pass
        finally:
            await self.release()
            await self.redis.aclose()

    async def tick(self) -> None:
        """One round: renew the lock if held, else try to take it."""
        if self._leader:
            if await self.redis.eval(_RENEW, 1, self.key, self.token, self.ttl_ms):
                return
            self._set(False)
        taken = await self.redis.set(self.key, self.token, nx=True, px=self.ttl_ms)
        self._set(bool(taken))

    async def release(self) -> None:
        if self.redis is not None and self._leader:
            try:
                await self.redis.eval(_RELEASE, 1, self.key, self.token)
            except Exception as exc:
                log.info("leader lock not released (%s)", type(exc).__name__)
        self._set(False)
