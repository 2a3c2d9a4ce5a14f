"""A real aiogram Bot against the sandbox: happy paths and Telegram-shaped errors."""

from __future__ import annotations

import asyncio

import pytest
from aiogram import Bot, Dispatcher
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramRetryAfter,
)
from aiogram.filters import CommandStart
from aiogram.types import (
    BotCommand,
    BotCommandScopeChat,
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputMediaDocument,
    InputMediaPhoto,
    Message,
)

from sandbox.driver import Driver

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfab"
    "d40000000049454e44ae426082"
)


def kb(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=t, callback_data=d)] for t, d in pairs]
    )


async def started(driver: Driver, name: str = "Amy"):  # noqa: ANN201
    user = await driver.user(name)
    await driver.send(user, "/start")
    return user


async def test_html_message_with_keyboard_then_edits(bot: Bot, driver: Driver) -> None:
    amy = await started(driver)
    html = "<b>報修單 #12</b>\n狀態：<i>處理中</i> 🔧 <a href='https://x.example/t?id=12&amp;a=1'>詳情</a>"
    msg = await bot.send_message(amy.id, html, parse_mode="HTML",
                                 reply_markup=kb(("接受", "accept:12"), ("拒絕", "reject:12")))
    assert msg.text == "報修單 #12\n狀態：處理中 🔧 詳情"
    assert [e.type for e in msg.entities or []] == ["bold", "italic", "text_link"]
    link = (msg.entities or [])[2]
    assert link.url == "https://x.example/t?id=12&a=1"
    assert link.extract_from(msg.text) == "詳情"
    seen = await driver.wait_for(amy, contains="報修單")
    assert seen.html == html
    assert [[b.callback_data for b in row] for row in seen.buttons] == [["accept:12"],
                                                                        ["reject:12"]]

    edited = await bot.edit_message_text("已接受", chat_id=amy.id, message_id=msg.message_id,
                                         reply_markup=kb(("完成", "done:12")))
    assert edited.text == "已接受" and edited.edit_date is not None
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text("已接受", chat_id=amy.id, message_id=msg.message_id,
                                    reply_markup=kb(("完成", "done:12")))
    await bot.edit_message_reply_markup(chat_id=amy.id, message_id=msg.message_id,
                                        reply_markup=None)
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_reply_markup(chat_id=amy.id, message_id=msg.message_id)
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text("x", chat_id=amy.id, message_id=999)
    with pytest.raises(TelegramBadRequest, match="message can't be edited"):
        await bot.edit_message_text("x", chat_id=amy.id, message_id=1)  # the user's /start
    (final,) = [m for m in await driver.messages(amy, from_bot=True)]
    assert final.text == "已接受" and final.edit_count == 2 and final.buttons == []


async def test_photo_upload_get_file_and_download(bot: Bot, driver: Driver) -> None:
    amy = await started(driver)
    msg = await bot.send_photo(amy.id, BufferedInputFile(PNG, "p.png"), caption="<b>相片</b>",
                               parse_mode="HTML")
    assert msg.photo is not None and 2 <= len(msg.photo) <= 3
    assert msg.caption == "相片" and msg.caption_entities
    biggest = msg.photo[-1]
    assert len({p.file_id for p in msg.photo}) == len(msg.photo)
    file = await bot.get_file(biggest.file_id)
    assert file.file_path and file.file_path.startswith("photos/")
    data = await bot.download_file(file.file_path)
    assert data is not None and data.read() == PNG
    assert await driver.file_bytes(biggest.file_id) == PNG
    again = await bot.send_photo(amy.id, biggest.file_id)  # file_id re-use
    assert again.photo and again.photo[-1].file_id == biggest.file_id
    with pytest.raises(TelegramBadRequest, match="invalid file_id"):
        await bot.get_file("nope")


async def test_media_groups(bot: Bot, driver: Driver) -> None:
    amy = await started(driver)
    msgs = await bot.send_media_group(amy.id, [
        InputMediaPhoto(media=BufferedInputFile(PNG, "a.png"), caption="兩張"),
        InputMediaPhoto(media=BufferedInputFile(PNG, "b.png")),
    ])
    assert len(msgs) == 2 and msgs[0].media_group_id == msgs[1].media_group_id
    assert msgs[0].caption == "兩張" and msgs[1].caption is None
    docs = await bot.send_media_group(amy.id, [
        InputMediaDocument(media=BufferedInputFile(b"a,b\n1,2\n", "r.csv")),
        InputMediaDocument(media=BufferedInputFile(b"%PDF-1.4", "r.pdf")),
    ])
    assert [d.document.file_name for d in docs if d.document] == ["r.csv", "r.pdf"]
    with pytest.raises(TelegramBadRequest):
        await bot.send_media_group(amy.id, [InputMediaPhoto(media=BufferedInputFile(PNG, "a"))])
    stored = await driver.messages(amy, from_bot=True)
    assert len({m.media_group_id for m in stored}) == 2


async def test_documents_and_big_user_files(bot: Bot, driver: Driver) -> None:
    amy = await started(driver)
    doc = await bot.send_document(amy.id, BufferedInputFile(b"%PDF-1.4 x", "invoice.pdf"))
    assert doc.document and doc.document.file_name == "invoice.pdf"
    assert doc.document.mime_type == "application/pdf"
    big = await driver.send_document(amy, b"tiny", "huge.mp4", "video/mp4",
                                     claimed_size=25 * 1024 * 1024)
    small = await driver.send_photo(amy, PNG, caption="漏水")
    got = await bot.get_updates(offset=big.update_id)
    assert got[0].message and got[0].message.document
    with pytest.raises(TelegramBadRequest, match="file is too big"):
        await bot.get_file(got[0].message.document.file_id)
    photo_msg = got[1].message
    assert photo_msg and photo_msg.photo and photo_msg.caption == "漏水"
    assert small.update_id == got[1].update_id
    sizes = [p.width for p in photo_msg.photo]
    assert sizes == sorted(sizes) and len(sizes) >= 2
    file = await bot.get_file(photo_msg.photo[-1].file_id)
    assert (await bot.download_file(file.file_path or "")).read() == PNG  # type: ignore[union-attr]


async def test_commands_with_chat_scope(bot: Bot, driver: Driver) -> None:
    amy = await started(driver)
    staff = [BotCommand(command="queue", description="待處理工單")]
    scope = BotCommandScopeChat(chat_id=amy.id)
    assert await bot.set_my_commands(staff, scope=scope, language_code="zh")
    await bot.set_my_commands([BotCommand(command="start", description="開始")])
    got = await bot.get_my_commands(scope=scope, language_code="zh")
    assert [(c.command, c.description) for c in got] == [("queue", "待處理工單")]
    assert await bot.get_my_commands(scope=scope) == []
    stored = await driver.commands()
    assert {"scope": {"type": "chat", "chat_id": amy.id}, "language_code": "zh",
            "commands": [{"command": "queue", "description": "待處理工單"}]} in stored
    assert len(stored) == 2
    with pytest.raises(TelegramBadRequest, match="invalid language code"):
        await bot.set_my_commands(staff, language_code="zh-hant")
    with pytest.raises(TelegramBadRequest, match="BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand(command="Queue", description="x")])


async def test_callback_query_answer(bot: Bot, driver: Driver) -> None:
    amy = await started(driver)
    msg = await bot.send_message(amy.id, "確認?", reply_markup=kb(("是", "yes")))
    seen = await driver.wait_for(amy, contains="確認")
    pressed = await driver.press(amy, seen, text="是")
    updates = await bot.get_updates(offset=pressed.update_id)
    query = updates[0].callback_query
    assert query and query.data == "yes" and query.id == pressed.callback_query_id
    assert query.message and query.message.message_id == msg.message_id
    waiter = asyncio.create_task(driver.callback_answer(pressed, timeout=5))
    await asyncio.sleep(0.05)
    assert await bot.answer_callback_query(query.id, text="已確認", show_alert=True)
    answer = await waiter
    assert (answer.text, answer.show_alert) == ("已確認", True)
    with pytest.raises(TelegramBadRequest, match="query is too old"):
        await bot.answer_callback_query(query.id)


async def test_validation_errors(bot: Bot, driver: Driver) -> None:
    amy = await started(driver)
    await bot.send_message(amy.id, "字" * 4096)
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message(amy.id, "字" * 4097)
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message(amy.id, "😀" * 2049)  # 4098 UTF-16 code units
    with pytest.raises(TelegramBadRequest, match="message text is empty"):
        await bot.send_message(amy.id, "<b> </b>", parse_mode="HTML")
    for bad in ("<b>x", "a < b"):
        with pytest.raises(TelegramBadRequest, match="can't parse entities"):
            await bot.send_message(amy.id, bad, parse_mode="HTML")
    await bot.send_message(amy.id, "ok", reply_markup=kb(("x", "報" * 21)))  # 63 bytes
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await bot.send_message(amy.id, "x", reply_markup=kb(("x", "報" * 22)))  # 66 bytes
    with pytest.raises(TelegramBadRequest, match="message caption is too long"):
        await bot.send_photo(amy.id, BufferedInputFile(PNG, "p.png"), caption="c" * 1025)


async def test_retry_after_forbidden_and_migration(bot: Bot, driver: Driver) -> None:
    amy = await started(driver)
    bob = await started(driver, "Bob")
    await driver.faults(rate_429=1.0, retry_after=3, methods=["sendMessage"])
    with pytest.raises(TelegramRetryAfter) as info:
        await bot.send_message(amy.id, "hi")
    assert info.value.retry_after == 3
    await driver.clear_faults()

    await driver.block(bob)
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(bob.id, "hi")

    group = await driver.group("A座住戶", [amy, bob])
    await driver.add_bot(group, amy)
    await bot.send_message(group.id, "大家好")
    new = await driver.migrate(group)
    assert new.type == "supergroup" and new.id < -1000000000000
    with pytest.raises(TelegramMigrateToChat) as mig:
        await bot.send_message(group.id, "still there?")
    assert mig.value.migrate_to_chat_id == new.id
    assert (await bot.send_message(new.id, "搬家了")).chat.id == new.id


async def test_group_membership_leave_and_members(bot: Bot, driver: Driver) -> None:
    amy = await driver.user("Amy")
    group = await driver.group("管理處", [amy])
    with pytest.raises(TelegramForbiddenError, match="bot is not a member of the group chat"):
        await bot.send_message(group.id, "hi")
    uid = await driver.add_bot(group, amy, admin=True)
    updates = await bot.get_updates(offset=uid)
    change = updates[0].my_chat_member
    assert change and change.old_chat_member.status == "left"
    assert change.new_chat_member.status == "administrator"
    assert updates[1].message and updates[1].message.new_chat_members
    member = await bot.get_chat_member(group.id, amy.id)
    assert member.status == "creator"
    chat = await bot.get_chat(group.id)
    assert chat.title == "管理處" and chat.max_reaction_count == 11
    assert await bot.leave_chat(group.id)
    left = await bot.get_updates(offset=updates[-1].update_id + 1)
    assert left[0].my_chat_member and left[0].my_chat_member.new_chat_member.status == "left"
    with pytest.raises(TelegramForbiddenError):
        await bot.send_message(group.id, "hi")


async def test_dispatcher_polling_end_to_end(bot: Bot, driver: Driver) -> None:
    dp = Dispatcher()

    @dp.message(CommandStart())
    async def start(message: Message) -> None:
        await message.reply(f"<b>歡迎</b> {message.from_user.first_name}",  # type: ignore[union-attr]
                            parse_mode="HTML")

    task = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=1,
                                                close_bot_session=False))
    try:
        amy = await driver.user("Amy")
        sent = await driver.send(amy, "/start")
        reply = await driver.wait_for(amy, contains="歡迎", after=sent.message_id, timeout=5)
        assert reply.text == "歡迎 Amy" and reply.entities[0]["type"] == "bold"
        assert reply.reply_to_message_id == sent.message_id
    finally:
        await dp.stop_polling()
        await asyncio.wait_for(task, 5)


async def test_big_photo_delete_copy_and_forward(bot: Bot, driver: Driver) -> None:
    amy = await started(driver)
    with pytest.raises(TelegramBadRequest, match="file is too big"):
        await bot.send_photo(amy.id, BufferedInputFile(b"x" * (10 * 1024 * 1024 + 1), "b.jpg"))
    staff = await started(driver, "Staff")
    group = await driver.group("維修組", [staff])
    await driver.add_bot(group, staff)
    photo = await driver.send_photo(amy, PNG, caption="天花漏水")
    fwd = await bot.forward_message(group.id, amy.id, photo.message_id)
    assert fwd.forward_origin and fwd.photo and fwd.caption == "天花漏水"
    copied = await bot.copy_message(group.id, amy.id, photo.message_id, caption="#5 漏水")
    stored = {m.message_id: m for m in await driver.messages(group)}
    assert stored[copied.message_id].caption == "#5 漏水"
    assert stored[copied.message_id].photo_file_id == stored[fwd.message_id].photo_file_id
    assert await bot.delete_message(group.id, fwd.message_id)
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await bot.delete_message(group.id, fwd.message_id)
    joined = [m for m in await driver.messages(group) if not m.from_bot][0]
    with pytest.raises(TelegramBadRequest, match="message can't be deleted"):
        await bot.delete_message(group.id, joined.message_id)  # not an admin
    assert (await driver.messages(group))[1].deleted
