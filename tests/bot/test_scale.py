"""Several processes on one PostgreSQL database, with Redis choosing the sender."""

from __future__ import annotations

import asyncio
import json
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import redis.asyncio as aioredis
from sqlalchemy import select

from bot.app import Runtime, create_bot
from bot.runtime.leader import Leadership
from domain.clock import FrozenClock
from sandbox.driver import Driver
from sandbox.server import SandboxServer
from store import inbox
from store.db import create_database
from store.migrate import upgrade
from store.tables.infra import InboxRow, OutboxRow
from tests.bot.conftest import fast_settings


async def _clean(url: str, key: str) -> None:
    client = aioredis.from_url(url)
    await client.delete(key)
    await client.aclose()


async def test_one_leader_and_failover_when_it_stops_renewing(redis_url: str) -> None:
    key = "propdesk:test:leader"
    await _clean(redis_url, key)
    a = Leadership(redis_url, key=key, ttl_s=0.5)
    b = Leadership(redis_url, key=key, ttl_s=0.5)
    a.redis, b.redis = aioredis.from_url(redis_url), aioredis.from_url(redis_url)
    try:
        await a.tick()
        await b.tick()
        assert (a.is_leader, b.is_leader) == (True, False)
        await a.tick()
        await b.tick()
        assert (a.is_leader, b.is_leader) == (True, False)  # renewed, still the leader
        # `a` crashes: it stops renewing. `b` takes over once the lock expires.
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 5
        while not b.is_leader and loop.time() < deadline:
            await b.tick()
            await asyncio.sleep(0.05)
        assert b.is_leader
        await a.tick()
        assert not a.is_leader  # it finds it lost the lock
        await b.release()
        await a.tick()
        assert a.is_leader  # a released lock is taken at once
    finally:
        await a.release()
        await a.redis.aclose()
        await b.redis.aclose()


async def test_two_workers_process_each_update_once_in_order(pg_database: str, redis_url: str,
                                                             tmp_path: Path) -> None:
    await asyncio.to_thread(upgrade, pg_database)
    await _clean(redis_url, "propdesk:leader")
    server = SandboxServer()
    base = await server.start()
    try:
        async with Driver(base) as d:
            users = [await d.user(f"U{i}", language_code="en") for i in range(12)]
            for round_ in range(8):
                for u in users:
                    await d.send(u, ["/help", "/start", "hello", "/language"][round_ % 4])
            raw = await d.updates()
        settings = fast_settings(pg_database, base, tmp_path / "files",
                                 redis={"url": redis_url})
        stored = await _store(pg_database, raw)
        assert stored == len(users) * 8
        clock = FrozenClock(datetime(2026, 11, 27, 2, 0, tzinfo=UTC))
        workers = []
        for _ in range(2):
            db = create_database(pg_database)
            workers.append(Runtime(settings, db, create_bot(settings), clock, ingest=False))
        await asyncio.gather(*(w.start() for w in workers))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 60
        check = create_database(pg_database)
        while loop.time() < deadline:
            async with check.reader() as s:
                rows = list(await s.scalars(select(OutboxRow.status)))
                pending = list(await s.scalars(select(InboxRow.id).where(
                    InboxRow.status == "pending")))
            if not pending and rows and all(r == "sent" for r in rows):
                break
            await asyncio.sleep(0.1)
        for w in workers:
            await w.shutdown()
            await w.db.dispose()
        async with check.reader() as s:
            inbox_rows = list(await s.execute(select(InboxRow.update_id, InboxRow.key,
                                                     InboxRow.status)))
            out = list(await s.execute(select(OutboxRow.id, OutboxRow.update_id,
                                              OutboxRow.chat_id)))
        await check.dispose()
        assert {r.status for r in inbox_rows} == {"done"}
        per_update = defaultdict(int)
        for row in out:
            per_update[row.update_id] += 1
        assert set(per_update.values()) == {1} and len(per_update) == stored  # once each
        # A user's replies were written in the order of their updates.
        by_chat = defaultdict(list)
        for row in sorted(out, key=lambda r: r.id):
            by_chat[row.chat_id].append(row.update_id)
        assert all(ids == sorted(ids) for ids in by_chat.values())
        processed = [w.processor.stats.processed for w in workers]
        sent = [w.sender.stats.sent for w in workers]
        print(f"\nFIGURES scale: processed per worker {processed}, sent per worker {sent}")
        assert sum(processed) == stored
        assert sorted(sent) == [0, stored]  # one leader sends, the other does not
        async with Driver(base) as d:
            received = sum([len(await d.messages(u, from_bot=True)) for u in users])
        assert received == stored
    finally:
        await server.stop()


async def _store(url: str, raw: list[dict]) -> int:  # type: ignore[type-arg]
    db = create_database(url)
    try:
        rows = [inbox.Incoming(u["update_id"], u["message"]["from"]["id"], json.dumps(u))
                for u in raw]
        return len(await inbox.store_updates(db, rows, datetime.now(UTC)))
    finally:
        await db.dispose()
