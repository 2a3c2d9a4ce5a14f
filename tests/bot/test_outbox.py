"""The outbox sender against Telegram's failure modes: 429, 403, group migration, limits."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from domain.clock import FrozenClock
from domain.model import Locale
from store import outbox
from store.tables.registry import GroupRow, PersonRow
from store.uow import SqlUnitOfWork
from tests.bot.conftest import Stack, says, start_stack


async def test_every_message_arrives_through_429s_and_none_early(stack: Stack) -> None:
    await stack.seed()
    await stack.d.faults(rate_429=0.2, retry_after=1, seed=7,
                         methods=["sendMessage", "editMessageText", "setMyCommands"])
    users = [await stack.d.user(f"R{i}", language_code="en") for i in range(25)]
    for u in users:
        await stack.d.send(u, "/help")
        await stack.d.send(u, "/language")
    await stack.settle(timeout=60)
    stats = await stack.d.stats()
    print(f"\nFIGURES 429: answered_429={stats['given_429']} "
          f"early_retries={stats['early_retry_count']}")
    assert stats["given_429"] > 0
    assert stats["early_retry_count"] == 0
    for u in users:
        texts = [m.content for m in await stack.d.messages(u, from_bot=True)]
        assert len(texts) == 2
        assert "assistant" in texts[0] and says("language-choose", Locale.EN) in texts[1]


async def test_blocked_resident_is_marked_and_not_retried(stack: Stack) -> None:
    codes = await stack.seed()
    chan = await stack.d.user("Chan")
    await stack.d.send(chan, f"/start {codes.residents['A-12B']}")
    await stack.d.wait_for(chan, contains="A-12B")
    await stack.settle()
    await stack.d.fail_chat(chan, "blocked")
    await stack.d.send(chan, "/help")
    await stack.settle()
    calls = [c for c in await stack.d.calls("sendMessage") if c.chat_id == chan.id and not c.ok]
    assert len(calls) == 1 and calls[0].error_code == 403
    async with stack.db.reader() as s:
        assert await s.scalar(select(PersonRow.blocked).where(PersonRow.tg_user_id == chan.id))


async def test_group_upgraded_to_supergroup_is_followed(stack: Stack) -> None:
    codes = await stack.seed()
    boss = await stack.d.user("Boss")
    await stack.d.send(boss, f"/start {codes.staff['manager']}")
    await stack.d.wait_for(boss, contains="歡迎")
    team = await stack.d.group("Managers", [boss])
    await stack.d.add_bot(team, by=boss)
    await stack.d.send(boss, f"/link {codes.groups['managers']}", chat=team)
    await stack.d.wait_for(team, contains=says("purpose-managers"))
    await stack.settle()
    new = await stack.d.migrate(team)
    await stack.settle()
    async with stack.db.reader() as s:
        assert await s.scalar(select(GroupRow.chat_id)) == new.id
    # A notice for the managers now reaches the supergroup.
    clerk = await stack.d.user("Clerk")
    await stack.d.send(clerk, f"/start {codes.staff['desk']}")
    await stack.d.wait_for(new, contains="Clerk")


async def test_group_messages_are_paced(sqlite_url: str, tmp_path: Path,
                                        clock: FrozenClock) -> None:
    stack, stop = await start_stack(sqlite_url, tmp_path / "f", clock,
                                    outbox={"per_group_per_min": 60, "group_burst": 1})
    try:
        codes = await stack.seed()
        boss = await stack.d.user("Boss")
        await stack.d.send(boss, f"/start {codes.staff['manager']}")
        team = await stack.d.group("Managers", [boss])
        await stack.d.add_bot(team, by=boss)
        await stack.d.send(boss, f"/link {codes.groups['managers']}", chat=team)
        for i in range(3):
            staff = await stack.d.user(f"Staff {i}")
            await stack.d.send(staff, f"/start {codes.staff['crew:plumbing' if i else 'desk']}")
        await stack.settle(timeout=30)
        sends = [c.t for c in await stack.d.calls() if c.chat_id == team.id and
                 c.method == "sendMessage" and c.ok]
        gaps = [b - a for a, b in zip(sends, sends[1:], strict=False)]
        assert len(sends) >= 3 and min(gaps) >= 0.9
    finally:
        await stop()


async def test_a_chats_queued_rows_go_out_in_one_round_in_order(stack: Stack) -> None:
    """A reply, an edit of it and a second reply queued together leave in one sender round,
    one after another; the edit finds the message sent just before it in the same round."""
    resident = await stack.d.user("Lee")
    await stack.d.send(resident, "/help")
    await stack.settle()
    rounds_before = stack.runtime.sender.stats.rounds
    now = stack.clock.now()
    async with SqlUnitOfWork(stack.db.writer()) as uow:
        await uow.outbox.add(resident.id, "sendMessage",
                             {"chat_id": resident.id, "text": "one"}, now=now, ref="t:1")
        await uow.outbox.add(resident.id, "editMessageText",
                             {"chat_id": resident.id, "message_ref": "t:1",
                              "text": "one, edited"}, now=now)
        await uow.outbox.add(resident.id, "sendMessage",
                             {"chat_id": resident.id, "text": "two"}, now=now)
        await uow.commit()
    stack.runtime.sender.wake()
    await stack.settle()
    assert stack.runtime.sender.stats.rounds == rounds_before + 1
    texts = [m.content for m in await stack.d.messages(resident, from_bot=True)]
    assert texts[-2:] == ["one, edited", "two"]
    calls = [c for c in await stack.d.calls() if c.chat_id == resident.id][-3:]
    assert [(c.method, c.ok) for c in calls] == [
        ("sendMessage", True), ("editMessageText", True), ("sendMessage", True)]
    assert await outbox.resolve_ref(stack.db, "t:1") is not None

