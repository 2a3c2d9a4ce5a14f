"""Every Bot API method the bot uses, answered with a body nobody can read: each has a bounded
path (retried at most `outbox.unknown_retries` times, then parked as failed with an audit
row), and the chat's next message still goes out."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest
from aiogram.types import Update
from sqlalchemy import select

from bot.context import Outcome
from bot.runtime.busy import tell_busy
from domain.model import Locale
from sandbox.driver import User
from store.tables.infra import AuditRow, MessageRefRow, OutboxRow
from store.uow import SqlUnitOfWork
from tests.bot.conftest import Stack, says, tiny_png

PNG = tiny_png()  # a real image: the file fetcher decodes and re-encodes every image

# method -> (final status, calls of it): a retry that finds the work done settles it.
EXPECTED = {
    "sendMessage": ("failed", 3),
    "sendPhoto": ("failed", 3),
    "sendDocument": ("failed", 3),
    "sendMediaGroup": ("failed", 3),
    "setMyCommands": ("failed", 3),
    "leaveChat": ("sent", 2),  # the retry is answered "not a member": the bot is out
    "editMessageText": ("sent", 2),  # the retry is answered "message is not modified"
    "editMessageReplyMarkup": ("sent", 2),
    "editMessageCaption": ("sent", 2),
    "deleteMessage": ("sent", 2),  # the retry is answered "message to delete not found"
}


async def _queue(stack: Stack, rows: list[tuple[int, str, dict[str, Any], str | None]]) -> None:
    async with SqlUnitOfWork(stack.db.writer()) as uow:
        for chat_id, method, payload, ref in rows:
            await uow.outbox.add(chat_id, method, payload, now=stack.clock.now(), ref=ref)
        await uow.commit()
    stack.runtime.sender.wake()


async def _ref(stack: Stack, ref: str) -> int:
    async with stack.db.reader() as s:
        mid = await s.scalar(select(MessageRefRow.message_id).where(MessageRefRow.ref == ref))
    assert mid is not None
    return int(mid)


async def _fixtures(stack: Stack, user: User) -> dict[str, Any]:
    """A text message and a photo of the bot's in the chat, and a photo's file id."""
    d = stack.d
    await d.send(user, "/start")
    await d.send_photo(user, PNG)
    await stack.settle()
    file_id = [m for m in await d.messages(user, from_bot=False) if m.photo_file_id][-1]
    Path(stack.settings.files.root, "r").mkdir(parents=True, exist_ok=True)
    Path(stack.settings.files.root, "r", "a.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    await _queue(stack, [
        (user.id, "sendMessage", {"chat_id": user.id, "text": "card"}, "t:text"),
        (user.id, "sendPhoto", {"chat_id": user.id, "photo": file_id.photo_file_id,
                                "caption": "before"}, "t:photo"),
    ])
    await stack.settle()
    return {"file_id": file_id.photo_file_id, "text": await _ref(stack, "t:text"),
            "photo": await _ref(stack, "t:photo")}


def _payload(method: str, chat: int, f: dict[str, Any]) -> dict[str, Any]:
    return {
        "sendMessage": {"chat_id": chat, "text": "lost?"},
        "sendPhoto": {"chat_id": chat, "photo": f["file_id"], "caption": "lost?"},
        "sendDocument": {"chat_id": chat, "document": {"path": "r/a.pdf", "filename": "a.pdf"}},
        "sendMediaGroup": {"chat_id": chat, "media": [{"type": "photo", "media": f["file_id"]},
                                                      {"type": "photo", "media": f["file_id"]}]},
        "setMyCommands": {"commands": [{"command": "help", "description": "Help"}],
                          "scope": {"type": "chat", "chat_id": chat}},
        "leaveChat": {"chat_id": chat},
        "editMessageText": {"chat_id": chat, "message_id": f["text"], "text": "edited"},
        "editMessageReplyMarkup": {"chat_id": chat, "message_id": f["text"], "reply_markup": {
            "inline_keyboard": [[{"text": "OK", "callback_data": "x"}]]}},
        "editMessageCaption": {"chat_id": chat, "message_id": f["photo"], "caption": "after"},
        "deleteMessage": {"chat_id": chat, "message_id": f["text"]},
    }[method]


@pytest.mark.parametrize("method", sorted(EXPECTED))
async def test_an_unreadable_answer_has_a_bounded_path(
        stack: Stack, method: str, caplog: pytest.LogCaptureFixture) -> None:
    d = stack.d
    user = await d.user("Stranger", language_code="en")
    f = await _fixtures(stack, user)
    chat = user.id
    if method == "leaveChat":  # a group a staff member added the bot to (it waits there)
        codes = await stack.seed()
        await d.send(user, f"/start {codes.staff['manager']}")
        await stack.settle()
        group = await d.group("Somewhere", [user])
        await d.add_bot(group, by=user)
        await stack.settle()
        chat = group.id
    caplog.set_level(logging.WARNING)
    before = len([c for c in await d.calls(method) if c.chat_id in (chat, None)])
    await d.garble(method, count=3, mode="truncated")
    loop = asyncio.get_running_loop()
    started = loop.time()
    await _queue(stack, [(chat, method, _payload(method, chat, f), "t:probe"),
                         (chat, "sendMessage", {"chat_id": chat, "text": "next one"}, "t:next")])
    await stack.settle(timeout=30)
    took = loop.time() - started
    async with stack.db.reader() as s:
        row = (await s.execute(select(OutboxRow).where(OutboxRow.ref == "t:probe"))
               ).scalar_one()
        audit = (await s.execute(select(AuditRow).where(
            AuditRow.entity == "outbox", AuditRow.entity_id == str(row.id)))).scalars().all()
        nxt = await s.scalar(select(OutboxRow.status).where(OutboxRow.ref == "t:next"))
    calls = len([c for c in await d.calls(method) if c.chat_id in (chat, None)]) - before
    calls -= method == "sendMessage"  # the next row's
    status, expected_calls = EXPECTED[method]
    print(f"\nFIGURES {method}: calls {calls}, row {row.status} after {row.attempts} attempts "
          f"in {took:.1f} s, next row {nxt}")
    assert (row.status, calls, row.attempts) == (status, expected_calls, expected_calls)
    parked = row.error is not None and row.error.endswith("parked")
    assert parked == (expected_calls == 3)
    if parked:
        assert [a.action for a in audit] == ["send-parked"]
        assert audit[0].detail and audit[0].detail["method"] == method
        assert f"outbox row {row.id} ({method}) parked" in caplog.text
        line = f"outbox row {row.id} ({method}) parked: outcome unknown (not a resident's chat)"
        for _ in range(100):  # logged just after the row is recorded
            if any(r.levelno == logging.ERROR and r.getMessage() == line
                   for r in caplog.records):
                break
            await asyncio.sleep(0.05)
        else:
            raise AssertionError(f"no ERROR line {line!r}")
    if method != "leaveChat":  # (the bot has left that group)
        assert nxt == "sent"
        assert (await d.last(chat)).content == "next one"  # type: ignore[union-attr]


async def test_a_residents_album_with_an_unreadable_answer_is_parked_and_the_desk_told(
        stack: Stack) -> None:
    codes = await stack.seed()
    d = stack.d
    clerk = await d.user("Clerk")
    await d.send(clerk, f"/start {codes.staff['desk']}")
    await d.wait_for(clerk, contains="歡迎")
    desk = await d.group("Desk", [clerk])
    await d.add_bot(desk, by=clerk)
    await d.send(clerk, f"/link {codes.groups['desk']}", chat=desk)
    await d.wait_for(desk, contains=says("purpose-desk"))
    chan = await d.user("Chan")
    await d.send(chan, f"/start {codes.residents['A-12B']}")
    await d.wait_for(chan, contains="A-12B")
    await d.send_photo(chan, PNG)
    await stack.settle()
    photo = [m for m in await d.messages(chan, from_bot=False) if m.photo_file_id][-1]
    await d.garble("sendMediaGroup")  # every attempt: the album goes out, the answer is lost
    loop = asyncio.get_running_loop()
    started = loop.time()
    media = [{"type": "photo", "media": photo.photo_file_id}] * 2
    await _queue(stack, [(chan.id, "sendMediaGroup", {"chat_id": chan.id, "media": media},
                          "t:album"),
                         (chan.id, "sendMessage", {"chat_id": chan.id, "text": "after"}, None)])
    told = says("outbox-undelivered", name="陳大文", unit="A-12B")
    await d.wait_for(desk, contains=told, timeout=30)
    took = loop.time() - started
    await d.wait_for(chan, contains="after")
    await stack.settle()
    async with stack.db.reader() as s:
        row = (await s.execute(select(OutboxRow).where(OutboxRow.ref == "t:album"))).scalar_one()
        actions = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.entity == "outbox", AuditRow.entity_id == str(row.id))))
    albums = len([c for c in await d.calls("sendMediaGroup") if c.chat_id == chan.id])
    print(f"\nFIGURES resident album: {albums} attempts before parking, parked and desk told "
          f"in {took:.1f} s; the next row delivered")
    assert (row.status, row.attempts, albums) == ("failed", 3, 3)
    assert actions == ["send-parked", "desk-told-undelivered"]
    assert "after" not in told and "lost" not in told  # the desk is not shown the content


async def test_an_unreadable_answer_to_a_direct_call_changes_nothing(stack: Stack) -> None:
    """answerCallbackQuery and the busy notice are called directly, not through the outbox."""
    d = stack.d
    user = await d.user("Presser", language_code="en")
    await d.send(user, "/language")
    menu = await d.wait_for(user, contains=says("language-choose", Locale.EN))
    await stack.settle()
    await d.garble("answerCallbackQuery", "sendMessage")
    pressed = await d.press(user, menu, "lang1:en")
    # The press is committed and answered once; the unreadable answer is not an error.
    outcome = Outcome(callback_query_id=pressed.callback_query_id)
    await stack.runtime.processor._after_commit(outcome)
    update = Update.model_validate({"update_id": 1, "message": {
        "message_id": 1, "date": 1, "chat": {"id": user.id, "type": "private"},
        "from": {"id": user.id, "is_bot": False, "first_name": "P"}, "text": "x"}})
    assert await tell_busy(stack.runtime.bot, stack.runtime.tr, update) is False
    await d.garble()
    await stack.settle()
    await d.send(user, "/help")
    await d.wait_for(user, contains="assistant")


async def test_an_unreadable_answer_to_the_start_up_menus_does_not_stop_the_start(
        stack: Stack) -> None:
    await stack.d.garble("setMyCommands")
    await stack.runtime.prepare_telegram()  # warns, goes on
    await stack.d.garble()


async def test_an_unreadable_get_file_answer_holds_up_no_other_file(stack: Stack) -> None:
    from store.tables.tickets import FileRow

    user = await stack.d.user("Sender", language_code="en")
    for _ in range(2):
        await stack.d.send_photo(user, PNG)
    await stack.settle()
    ids = [m.photo_file_id for m in await stack.d.messages(user, from_bot=False)
           if m.photo_file_id]
    async with stack.db.writer() as s:
        for i, file_id in enumerate(ids):
            s.add(FileRow(file_id=file_id, unique_id=f"u{i}", mime="image/png", owner="test",
                          owner_id=i, role="report", created_at=stack.clock.now()))
        await s.commit()
    files = stack.runtime.files
    files.leads = lambda: False  # the background copier keeps out of it

    async def statuses() -> list[str]:
        async with stack.db.reader() as s:
            return list(await s.scalars(select(FileRow.status).order_by(FileRow.id)))

    await stack.d.garble("getFile", count=1)
    assert await files.fetch_some() == 2
    assert await statuses() == ["pending", "stored"]  # the first is left for later
    await files.fetch_some()
    assert await statuses() == ["stored", "stored"]
