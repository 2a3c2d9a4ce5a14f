"""Updates the client cannot read do not stop ingest: kept as failed, the next one answered."""

from __future__ import annotations

from sqlalchemy import select

from store.tables.infra import InboxRow
from tests.bot.conftest import Stack


async def test_an_update_that_does_not_validate_is_stored_as_failed(stack: Stack) -> None:
    await stack.seed()
    d = stack.d
    user = await d.user("Resident", language_code="en")
    bad = await d.push_raw({"message": {"message_id": "not a number", "date": 1,
                                        "chat": {"id": 5, "type": "private"}}})
    await d.send(user, "/help")
    await d.wait_for(user, contains="assistant", timeout=15)
    await stack.settle()
    async with stack.db.reader() as s:
        row = (await s.execute(select(InboxRow.status, InboxRow.error, InboxRow.payload)
                               .where(InboxRow.update_id == bad))).one()
    assert (row.status, row.error) == ("failed", "unreadable")
    assert '"not a number"' in row.payload  # kept as received
    assert not await d.pending_updates()


async def test_a_stored_update_that_cannot_be_read_back_is_marked_failed(stack: Stack) -> None:
    from store import inbox

    await inbox.store_updates(stack.db, [inbox.Incoming(777, 5, '{"update_id": 777, "mess')],
                              stack.clock.now())
    stack.runtime.processor.notify()
    await stack.settle()
    async with stack.db.reader() as s:
        row = (await s.execute(select(InboxRow.status, InboxRow.error)
                               .where(InboxRow.update_id == 777))).one()
    assert (row.status, row.error) == ("failed", "unreadable payload")
    user = await stack.d.user("Next", language_code="en")
    await stack.d.send(user, "/help")
    await stack.d.wait_for(user, contains="assistant")


async def test_an_unreadable_get_updates_answer_is_waited_out(stack: Stack) -> None:
    user = await stack.d.user("Resident", language_code="en")
    await stack.d.garble("getUpdates", count=2)
    await stack.d.send(user, "/help")
    await stack.d.wait_for(user, contains="assistant", timeout=15)
    assert stack.runtime.poller is not None and stack.runtime.poller.received == 1
