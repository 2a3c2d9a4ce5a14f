"""A press on a card whose message id is not recorded yet (pressed within milliseconds)."""

from __future__ import annotations

from datetime import UTC, datetime

from aiogram.types import CallbackQuery, Chat, Message, User

from handlers.filters import pressed_on
from store import outbox
from store.db import Database
from store.uow import SqlUnitOfWork

NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


def press(chat_id: int, message_id: int) -> CallbackQuery:
    user = User(id=5, is_bot=False, first_name="x")
    message = Message(message_id=message_id, date=NOW, chat=Chat(id=chat_id, type="group"))
    return CallbackQuery(id="1", from_user=user, chat_instance="c", data="d", message=message)


async def test_card_in_flight_is_accepted_only_from_its_chat(sqlite_db: Database) -> None:
    async with SqlUnitOfWork(sqlite_db.writer()) as uow:
        await uow.outbox.add(-100, "sendMessage", {"chat_id": -100, "text": "card"}, now=NOW,
                             ref="ticket:1:crew:1")
        await uow.commit()
    async with SqlUnitOfWork(sqlite_db.writer()) as uow:
        assert not await pressed_on(uow, press(-100, 7), "ticket:1:crew:1")  # not sent yet
    job = (await outbox.heads(sqlite_db, NOW, exclude_chats=set()))[0]
    await outbox.mark_sending(sqlite_db, [job.id])
    async with SqlUnitOfWork(sqlite_db.writer()) as uow:
        assert await pressed_on(uow, press(-100, 7), "ticket:1:crew:1")  # being sent there
        assert not await pressed_on(uow, press(-200, 7), "ticket:1:crew:1")  # another chat
    await outbox.record(sqlite_db, [outbox.Outcome(job, outbox.SENT, message_id=7)], NOW)
    async with SqlUnitOfWork(sqlite_db.writer()) as uow:
        assert await pressed_on(uow, press(-100, 7), "ticket:1:crew:1")
        assert not await pressed_on(uow, press(-100, 8), "ticket:1:crew:1")  # another message
