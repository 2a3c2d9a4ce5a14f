"""A burst through the real process with the sandbox enforcing Telegram's flood limits (30 a
second overall, 1 a second per chat, 20 a minute per group, over sliding windows): the bot's
own limiter keeps within them, so Telegram would answer no 429 and count no violation."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from store.uow import SqlUnitOfWork
from tests.e2e.conftest import E2E

FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
TELEGRAM = {  # the bot's own defaults, instead of the e2e suite's opened-up limits
    "PROPDESK_OUTBOX__GLOBAL_PER_S": "30", "PROPDESK_OUTBOX__PER_CHAT_PER_S": "1",
    "PROPDESK_OUTBOX__PER_CHAT_BURST": "1", "PROPDESK_OUTBOX__PER_GROUP_PER_MIN": "20",
    "PROPDESK_OUTBOX__GROUP_BURST": "20",
}


async def test_a_burst_of_300_to_100_chats_gets_no_429(e2e: E2E) -> None:
    d = e2e.d
    e2e.freeze(FRI_10)
    codes = await e2e.seed()
    e2e.bot.env.update(TELEGRAM)
    e2e.bot.start()
    await e2e.bot.wait_ready(d)
    await d.limits(telegram=True)
    boss = await d.user("Boss")
    await d.send(boss, f"/start {codes.staff['manager']}")
    people = [await d.user(f"R{i}") for i in range(90)]
    await d.send_many([(p, "/start") for p in people])  # each is welcomed: traffic of its own
    groups = []
    for i in range(10):
        group = await d.group(f"G{i}", [boss])
        await d.add_bot(group, by=boss)  # the bot asks for a link code there
        groups.append(group)
    await e2e.settle(timeout=60)
    before = (await d.stats())["calls"].get("sendMessage", 0)
    # 300 messages queued at once, three in a row to each chat (a card, its photos, a notice).
    chats = [p.id for p in people] + [g.id for g in groups]
    async with SqlUnitOfWork(e2e.db.writer()) as uow:
        for chat in chats:
            for n in range(3):
                await uow.outbox.add(chat, "sendMessage", {"chat_id": chat, "text": f"n{n}"},
                                     now=FRI_10)
        await uow.commit()
    await e2e.settle(timeout=60)
    stats = await d.stats()
    assert stats["given_429"] == 0
    assert stats["violations_total"] == 0, stats["violations"]
    assert stats["calls"]["sendMessage"] - before == 300
    assert stats["peak"]["global"] <= 30 and stats["peak"]["chat"] == 1
    got = Counter(c.chat_id for c in await d.calls("sendMessage")
                  if c.ok and c.params.get("text", "").startswith("n"))
    assert set(got) == set(chats) and set(got.values()) == {3}
    assert e2e.bot.stop() == 0
    assert "Traceback" not in e2e.bot.log()
