"""Per-person quotas: a flooder is slowed down alone, told once per minute, and nothing they
sent is lost silently (marked, counted by type)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bot.runtime.quota import Quotas, Verdict
from domain.clock import FrozenClock
from domain.model import Locale
from store.tables.infra import InboxRow
from tests.bot.conftest import Stack, says, start_stack
from tests.bot.office import staffed_office

EN = Locale.EN


def test_quota_windows() -> None:
    q = Quotas(updates_per_min=3, replies_per_min=5)
    t = datetime(2026, 12, 7, 10, 0, 5, tzinfo=UTC)
    assert [q.take(1, t) for _ in range(5)] == [Verdict.OK] * 3 + [Verdict.NOTICE, Verdict.DROP]
    assert q.take(2, t) is Verdict.OK  # another person is not affected
    t2 = t + timedelta(minutes=1)
    assert q.take(1, t2) is Verdict.OK
    q.replied(1, 5, t2)  # five replies queued for them: the replies quota is reached
    assert [q.take(1, t2) for _ in range(2)] == [Verdict.NOTICE, Verdict.DROP]
    assert not Quotas(0, 0).enabled


async def test_one_flooder_is_slowed_down_alone(sqlite_url: str, tmp_path: Path,
                                                 clock: FrozenClock) -> None:
    stack, stop = await start_stack(sqlite_url, tmp_path / "files", clock,
                                    quota={"updates_per_min": 30, "replies_per_min": 40})
    try:
        await _flood(stack)
    finally:
        await stop()


async def _flood(stack: Stack) -> None:
    # The office is staffed before the minute the flood starts in.
    stack.runtime.processor.quotas.updates_per_min = 0
    stack.runtime.processor.quotas.replies_per_min = 0
    cast = await staffed_office(stack)
    d = stack.d
    others = [cast.neighbour, *[await d.user(f"Resident {i}", language_code="en")
                                for i in range(3)]]
    stack.runtime.processor.quotas.updates_per_min = 30
    stack.runtime.processor.quotas.replies_per_min = 40
    stack.clock.advance(timedelta(minutes=1))
    flooder = cast.resident
    before = len(await d.messages(flooder, from_bot=True))
    await _answered_in(stack, others)  # warm up
    baseline = await _answered_in(stack, others)
    flood = await d.send_many([(flooder, f"spam {i}") for i in range(200)])
    flooded = await _answered_in(stack, others)
    await stack.settle(timeout=60)
    got = [m.content for m in await d.messages(flooder, from_bot=True)][before:]
    slow = says("slow-down", EN)
    assert got.count(slow) == 1
    assert len(got) == 30 + 1  # 30 answered ("unknown text"), one notice
    stats: dict[str, Any] = stack.runtime.processor.stats.over_quota
    assert stats == {"message": 170}
    async with stack.db.reader() as s:
        marked = await s.scalar(select(func.count()).select_from(InboxRow).where(
            InboxRow.status == "quota",
            InboxRow.update_id.in_([x.update_id for x in flood])))
    assert marked == 170
    # The next minute they are answered again, and told again once when they flood again.
    stack.clock.advance(timedelta(minutes=1))
    await d.send_many([(flooder, f"more {i}") for i in range(40)])
    await stack.settle(timeout=60)
    got = [m.content for m in await d.messages(flooder, from_bot=True)][before:]
    assert got.count(slow) == 2 and len(got) == 31 + 31
    # Every other person was answered in full.
    for user in others:
        assert slow not in [m.content for m in await d.messages(user, from_bot=True)]
    print(f"flood: 200 + 40 messages; answered 60, notices 2, over quota {stats}; others' "
          f"slowest answer {baseline * 1000:.0f} ms alone, {flooded * 1000:.0f} ms in the flood")


async def _answered_in(stack: Stack, users: list[Any]) -> float:
    """Seconds until the slowest of them has the answer to /help."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    sent = await asyncio.gather(*[stack.d.send(u, "/help") for u in users])
    await asyncio.gather(*[stack.d.wait_for(u, predicate=lambda m: "/language" in m.content,
                                            after=s.message_id, include_edits=False)
                           for u, s in zip(users, sent, strict=True)])
    return loop.time() - start
