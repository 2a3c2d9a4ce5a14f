"""A press on a card whose message id is not recorded yet (pressed within milliseconds)."""

from __future__ import annotations

from datetime import UTC, datetime

from aiogram.types import CallbackQuery, Chat, Message, User

from bot.i18n import Translator
from bot.runtime.postman import Postman
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


async def sent(db: Database, ref: str | None, message_id: int, chat_id: int = -100) -> None:
    """Queue a card (or a plain message), send it and record it."""
    async with SqlUnitOfWork(db.writer()) as uow:
        await uow.outbox.add(chat_id, "sendMessage", {"chat_id": chat_id, "text": "x"},
                             now=NOW, ref=ref)
        await uow.commit()
    job = (await outbox.heads(db, NOW, exclude_chats=set()))[0]
    await outbox.mark_sending(db, [job.id])
    await outbox.record(db, [outbox.Outcome(job, outbox.SENT, message_id=message_id)], NOW)


async def test_a_card_sent_again_counts_while_its_answer_is_on_the_way(
        sqlite_db: Database) -> None:
    """The card was shown before (message 7); it is sent again with the same reference and
    the new message (9) is pressed before the send's answer is recorded."""
    await sent(sqlite_db, "ticket:1:desk", 7)
    await sent(sqlite_db, None, 8)  # another message in the chat since
    async with SqlUnitOfWork(sqlite_db.writer()) as uow:
        await uow.outbox.add(-100, "sendMessage", {"chat_id": -100, "text": "card again"},
                             now=NOW, ref="ticket:1:desk")
        await uow.commit()
    job = (await outbox.heads(sqlite_db, NOW, exclude_chats=set()))[0]
    await outbox.mark_sending(sqlite_db, [job.id])
    async with SqlUnitOfWork(sqlite_db.writer()) as uow:
        assert await pressed_on(uow, press(-100, 9), "ticket:1:desk")  # the new card
        # Not a message the bot had already sent there, nor one in another chat.
        assert not await pressed_on(uow, press(-100, 8), "ticket:1:desk")
        assert not await pressed_on(uow, press(-200, 9), "ticket:1:desk")
        # An edit now goes to the card on its way: the sender fills in its id.
        postman = Postman(uow, Translator(), NOW)
        await postman.edit_markup(markup=None, ref="ticket:1:desk")
        assert uow.outbox.rows[-1]["payload"]["message_ref"] == "ticket:1:desk"
        assert uow.outbox.rows[-1]["chat_id"] == -100
    await outbox.record(sqlite_db, [outbox.Outcome(job, outbox.SENT, message_id=9)], NOW)
    async with SqlUnitOfWork(sqlite_db.writer()) as uow:
        assert await pressed_on(uow, press(-100, 9), "ticket:1:desk")  # just recorded
        assert not await pressed_on(uow, press(-100, 7), "ticket:1:desk")  # the old card
        postman = Postman(uow, Translator(), NOW)
        await postman.edit_markup(markup=None, ref="ticket:1:desk")
        assert uow.outbox.rows[-1]["payload"]["message_id"] == 9
