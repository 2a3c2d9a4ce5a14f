"""Inbox dedupe, outbox ordering and crash recovery, FSM storage in the update's transaction."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from aiogram.fsm.storage.base import StorageKey
from sqlalchemy import select

from store import inbox, outbox
from store.db import Database
from store.fsm import SqlStorage, current_session
from store.tables.infra import OutboxRow
from store.uow import SqlUnitOfWork

NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


async def test_inbox_stores_each_update_once(db: Database) -> None:
    batch = [inbox.Incoming(10, 1, "{}"), inbox.Incoming(11, 2, "{}")]
    assert set(await inbox.store_updates(db, batch, NOW)) == {10, 11}
    # Redelivery of the same ids (and one new, out of order) stores only the new one.
    assert set(await inbox.store_updates(db, [*batch, inbox.Incoming(5, 1, "{}")], NOW)) == {5}
    rows = await inbox.pending(db)
    assert [r.update_id for r in rows] == [10, 11, 5]


async def test_inbox_mark_done_is_compare_and_set(db: Database) -> None:
    await inbox.store_updates(db, [inbox.Incoming(1, 1, "{}")], NOW)
    row = (await inbox.pending(db))[0]
    async with db.writer() as s1:
        assert await inbox.mark_done(s1, row.id, NOW)
        await s1.commit()
    async with db.writer() as s2:
        assert not await inbox.mark_done(s2, row.id, NOW)
    assert await inbox.pending(db) == []


async def test_outbox_heads_keep_chat_order_and_respect_not_before(db: Database) -> None:
    async with SqlUnitOfWork(db.writer()) as uow:
        for i in range(3):
            await uow.outbox.add(100, "sendMessage", {"chat_id": 100, "text": str(i)}, now=NOW)
        await uow.outbox.add(200, "sendMessage", {"chat_id": 200, "text": "x"}, now=NOW)
        await uow.commit()
    heads = await outbox.heads(db, NOW, exclude_chats=set())
    assert [(j.chat_id, j.payload["text"]) for j in heads] == [(100, "0"), (200, "x")]
    first = heads[0]
    await outbox.mark_sending(db, [first.id])
    # While the head of chat 100 is in flight nothing else of that chat is due.
    assert [j.chat_id for j in await outbox.heads(db, NOW, exclude_chats=set())] == [200]
    later = NOW + timedelta(seconds=5)
    await outbox.record(db, [outbox.Outcome(first, outbox.PENDING, not_before=later)], NOW)
    assert [j.chat_id for j in await outbox.heads(db, NOW, exclude_chats=set())] == [200]
    assert [j.payload["text"] for j in await outbox.heads(db, later, exclude_chats={200})] == ["0"]


async def test_outbox_recover_resends_rows_left_in_flight(db: Database) -> None:
    async with SqlUnitOfWork(db.writer()) as uow:
        await uow.outbox.add(1, "sendMessage", {"chat_id": 1, "text": "a"}, now=NOW,
                             ref="card:1")
        await uow.commit()
    job = (await outbox.heads(db, NOW, exclude_chats=set()))[0]
    await outbox.mark_sending(db, [job.id])
    assert await outbox.recover(db, NOW) == 1
    again = (await outbox.heads(db, NOW, exclude_chats=set()))[0]
    assert again.id == job.id and again.attempts == 1
    await outbox.record(db, [outbox.Outcome(again, outbox.SENT, message_id=77)], NOW)
    assert await outbox.resolve_ref(db, "card:1") == (1, 77)
    assert await outbox.counts(db) == {"sent": 1}


async def test_outbox_migration_moves_queued_rows(db: Database) -> None:
    async with SqlUnitOfWork(db.writer()) as uow:
        for text in ("a", "b"):
            await uow.outbox.add(-5, "sendMessage", {"chat_id": -5, "text": text}, now=NOW)
        await uow.commit()
    job = (await outbox.heads(db, NOW, exclude_chats=set()))[0]
    await outbox.mark_sending(db, [job.id])
    await outbox.record(db, [outbox.Outcome(job, outbox.PENDING, migrate_to=-1009)], NOW)
    async with db.reader() as s:
        chats = set(await s.scalars(select(OutboxRow.chat_id)))
    assert chats == {-1009}


async def test_fsm_state_lives_in_the_update_transaction(db: Database) -> None:
    storage = SqlStorage(db)
    key = StorageKey(bot_id=1, chat_id=2, user_id=3)
    async with SqlUnitOfWork(db.writer()) as uow:
        token = current_session.set(uow.session)
        await storage.set_state(key, "Form:waiting_name")
        await storage.set_data(key, {"unit": "A-1"})
        current_session.reset(token)
        await uow.rollback()
    # Rolled back with the update: nothing was kept.
    assert await storage.get_state(key) is None
    await storage.set_state(key, "Form:waiting_name")
    await storage.update_data(key, {"unit": "A-1"})
    assert await storage.get_state(key) == "Form:waiting_name"
    assert await storage.get_data(key) == {"unit": "A-1"}
    await storage.set_state(key, None)
    await storage.set_data(key, {})
    assert await storage.get_data(key) == {}


async def test_concurrent_code_use_has_one_winner(db: Database) -> None:
    from domain.model import CodeKind, Locale

    async with SqlUnitOfWork(db.writer()) as uow:
        estate = await uow.estates.add("E", "Estate", "Asia/Hong_Kong", "mon-fri 09:00-17:00",
                                       Locale.EN, {})
        code_id = await uow.codes.add("h" * 64, CodeKind.STAFF, estate.id, {}, NOW, "t")
        await uow.commit()

    async def use(user: int) -> bool:
        async with SqlUnitOfWork(db.writer()) as uow:
            won = await uow.codes.use(code_id, user, NOW)
            await uow.commit()
            return won

    results = await asyncio.gather(*(use(u) for u in range(8)))
    assert results.count(True) == 1


async def test_outbox_heads_bring_a_chats_next_rows_up_to_one_deferred(db: Database) -> None:
    async with SqlUnitOfWork(db.writer()) as uow:
        for i in range(5):
            await uow.outbox.add(100, "sendMessage", {"chat_id": 100, "text": str(i)}, now=NOW)
        await uow.outbox.add(200, "sendMessage", {"chat_id": 200, "text": "x"}, now=NOW)
        await uow.commit()
    jobs = await outbox.heads(db, NOW, exclude_chats=set(), per_chat=3)
    assert [(j.chat_id, j.payload["text"]) for j in jobs] == [
        (100, "0"), (100, "1"), (100, "2"), (200, "x")]
    # Row 1 is sent, row 2 must wait 5 s: row 3 waits behind it, not around it.
    head, second, third = jobs[:3]
    assert await outbox.mark_sending(db, [head.id, second.id, third.id]) == {
        head.id, second.id, third.id}
    later = NOW + timedelta(seconds=5)
    await outbox.record(db, [outbox.Outcome(head, outbox.SENT, message_id=1),
                             outbox.Outcome(second, outbox.PENDING, not_before=later),
                             outbox.Outcome(third, outbox.PENDING, untried=True)], NOW)
    assert [j.chat_id for j in await outbox.heads(db, NOW, exclude_chats=set(),
                                                  per_chat=3)] == [200]
    again = await outbox.heads(db, later, exclude_chats={200}, per_chat=3)
    assert [j.payload["text"] for j in again] == ["1", "2", "3"]
    # The untried row's claim did not count as an attempt; the deferred row's did.
    assert [j.attempts for j in again] == [1, 0, 0]
