"""Driver behaviour: ids, press checks, wait_for, events, groups, blocking, reset."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from sandbox.driver import Driver, SandboxError
from sandbox.server import SandboxServer
from tests.sandbox.helpers import TOKEN, RawApi

KB = {"inline_keyboard": [[{"text": "接受", "callback_data": "accept:7"},
                           {"text": "網站", "url": "https://example.com"}]]}


async def test_ids_and_chat_types(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    bob = await driver.user("Bob", user_id=555)
    assert (amy.id, amy.chat_id, amy.language_code, bob.id) == (100000001, 100000001,
                                                                "zh-hant", 555)
    g1 = await driver.group("G1", [amy])
    g2 = await driver.group("G2", [amy, bob])
    sg = await driver.group("SG", [amy], supergroup=True)
    assert (g1.id, g2.id, sg.id) == (-1001, -1002, -1001000000001)
    assert (g1.type, sg.type) == ("group", "supergroup")
    with pytest.raises(SandboxError, match="not a member"):
        await driver.send(bob, "hi", chat=g1)
    assert (await driver.send(amy, "nobody listens", chat=g1)).update_id is None
    uid = await driver.add_bot(g1, amy)
    assert uid == 1000
    assert [c.id for c in await driver.bot_chats()] == [g1.id]
    await driver.send(amy, "/start")
    assert {c.id for c in await driver.bot_chats()} == {g1.id, amy.id}


async def test_press_checks_keyboard_unless_forged(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    await driver.send(amy, "/start")
    sent = await api.ok("sendMessage", chat_id=amy.id, text="工單 7", reply_markup=KB)
    msg = await driver.wait_for(amy, contains="工單")
    with pytest.raises(SandboxError, match="not on the keyboard"):
        await driver.press(amy, msg, "accept:8")
    with pytest.raises(SandboxError, match="no button labelled"):
        await driver.press(amy, msg, text="拒絕")
    with pytest.raises(SandboxError, match="has no callback_data"):
        await driver.press(amy, msg, text="網站")
    by_text = await driver.press(amy, msg, text="接受")
    forged = await driver.press(amy, (amy.id, sent["message_id"]), "accept:8", forge=True)
    updates = await api.ok("getUpdates", offset=by_text.update_id)
    assert [u["callback_query"]["data"] for u in updates] == ["accept:7", "accept:8"]
    query = updates[0]["callback_query"]
    assert query["message"] == sent  # the full message, like Telegram
    assert query["id"] == by_text.callback_query_id and query["from"]["id"] == amy.id
    assert forged.update_id == by_text.update_id + 1
    await api.ok("editMessageReplyMarkup", chat_id=amy.id, message_id=msg.message_id)
    with pytest.raises(SandboxError, match="not on the keyboard"):
        await driver.press(amy, msg, "accept:7")
    with pytest.raises(TimeoutError):
        await driver.callback_answer(by_text, timeout=0.1)


async def test_wait_for_new_edited_and_timeout(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    await driver.send(amy, "/start")

    async def later() -> None:
        await asyncio.sleep(0.2)
        await api.ok("sendMessage", chat_id=amy.id, text="第一則")
        await asyncio.sleep(0.1)
        await api.ok("sendMessage", chat_id=amy.id, text="第二則 done")

    task = asyncio.create_task(later())
    got = await driver.wait_for(amy, contains="done", timeout=3)
    await task
    assert got.message_id == 3 and got.from_bot
    first = await driver.wait_for(amy, predicate=lambda m: m.text == "第一則")
    assert first.message_id == 2

    async def edit_later() -> None:
        await asyncio.sleep(0.1)
        await api.ok("editMessageText", chat_id=amy.id, message_id=2, text="第一則 已更新")

    task = asyncio.create_task(edit_later())
    edited = await driver.wait_for(amy, contains="已更新", after=3, timeout=3)
    await task
    assert edited.message_id == 2 and edited.edit_count == 1
    with pytest.raises(TimeoutError) as info:
        await driver.wait_for(amy, contains="已更新", after=3, include_edits=False, timeout=0.3)
    assert "第二則 done" in str(info.value) and "#2" in str(info.value)


async def test_user_message_kinds(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy", last_name="Chan")
    first = await driver.send(amy, "hello")
    album = await driver.send_album(amy, [b"a", b"b", b"c"], caption="三張相")
    contact = await driver.send_contact(amy, "+85291234567")
    sticker = await driver.send_sticker(amy)
    loc = await driver.send_location(amy, 22.3, 114.2)
    reply = await driver.send(amy, "補充", reply_to=first.message_id)
    edit = await driver.edit(amy, first, "hello (edited)")
    ups = await api.ok("getUpdates", offset=album[0].update_id)
    msgs = [u.get("message") or u.get("edited_message") for u in ups]
    groups = {m.get("media_group_id") for m in msgs[:3]}
    assert len(groups) == 1 and None not in groups
    assert msgs[0]["caption"] == "三張相" and "caption" not in msgs[1]
    assert all(2 <= len(m["photo"]) <= 3 for m in msgs[:3])
    assert msgs[3]["contact"] == {"phone_number": "+85291234567", "first_name": "Amy",
                                  "last_name": "Chan", "user_id": amy.id}
    assert msgs[4]["sticker"]["type"] == "regular"
    assert msgs[5]["location"] == {"latitude": 22.3, "longitude": 114.2}
    assert msgs[6]["reply_to_message"]["text"] == "hello"
    assert "edited_message" in ups[-1] and msgs[7]["text"] == "hello (edited)"
    assert msgs[7]["edit_date"] >= msgs[7]["date"]
    assert [u["update_id"] for u in ups] == [album[0].update_id + i for i in range(8)]
    assert (contact.message_id, sticker.message_id, loc.message_id, reply.message_id,
            edit.message_id) == (5, 6, 7, 8, 1)


async def test_events_long_poll(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    base = (await driver.events())[-1]["seq"]
    waiter = asyncio.create_task(driver.events(base, timeout=3, types=["message"]))
    await asyncio.sleep(0.1)
    assert not waiter.done()
    await driver.send(amy, "/start")
    (event,) = await asyncio.wait_for(waiter, 2)
    assert event["type"] == "message" and event["message"]["text"] == "/start"
    await api.ok("setMyCommands", commands=[{"command": "help", "description": "說明"}])
    kinds = [e["type"] for e in await driver.events(event["seq"])]
    assert "commands" in kinds and "update" in kinds


async def test_block_unblock_and_restart(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    await driver.send(amy, "/start")
    uid = await driver.block(amy)
    status, body = await api("sendMessage", chat_id=amy.id, text="x")
    assert (status, body["description"]) == (403, "Forbidden: bot was blocked by the user")
    sent = await driver.send(amy, "/start")  # "restart" unblocks first
    ups = await api.ok("getUpdates", offset=uid)
    kinds = [(u.get("my_chat_member") or {}).get("new_chat_member", {}).get("status")
             for u in ups]
    assert kinds == ["kicked", "member", None]
    assert ups[-1]["update_id"] == sent.update_id
    assert (await api("sendMessage", chat_id=amy.id, text="x"))[0] == 200


async def test_migration_updates(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    group = await driver.group("C座", [amy])
    first = await driver.add_bot(group, amy)
    new = await driver.migrate(group)
    ups = await api.ok("getUpdates", offset=first)
    assert ups[-2]["message"]["migrate_to_chat_id"] == new.id
    assert ups[-2]["message"]["chat"]["id"] == group.id
    assert ups[-1]["message"]["migrate_from_chat_id"] == group.id
    assert ups[-1]["message"]["chat"] == {"id": new.id, "title": "C座", "type": "supergroup"}
    status, body = await api("getChat", chat_id=group.id)
    assert body == {"ok": False, "error_code": 400,
                    "description": "Bad Request: group chat was upgraded to a supergroup chat",
                    "parameters": {"migrate_to_chat_id": new.id}}
    with pytest.raises(SandboxError, match="migrated"):
        await driver.send(amy, "hi", chat=group)


async def test_reply_keyboard_and_reset(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    await driver.send(amy, "/start")
    markup = {"keyboard": [[{"text": "分享電話", "request_contact": True}], ["取消"]],
              "resize_keyboard": True, "one_time_keyboard": True}
    result = await api.ok("sendMessage", chat_id=amy.id, text="請分享電話", reply_markup=markup)
    assert "reply_markup" not in result  # reply keyboards are not echoed in Message
    msg = await driver.wait_for(amy, contains="電話")
    assert msg.reply_keyboard == [["分享電話"], ["取消"]]
    await api.ok("sendMessage", chat_id=amy.id, text="好",
                 reply_markup={"remove_keyboard": True})
    assert (await driver.last(amy)).remove_keyboard  # type: ignore[union-attr]
    me = await api.ok("getMe")
    await driver.reset()
    assert await driver.pending_updates() == []
    assert await driver.calls() == []
    again = await driver.user("Again")
    assert again.id == 100000001
    assert await api.ok("getMe") == me
    sent = await driver.send(again, "/start")
    assert sent.update_id == 1001  # ids keep counting so a running bot's offset stays valid
    assert [u["update_id"] for u in await api.ok("getUpdates", offset=1001)] == [1001]


async def test_bot_id_from_first_token_rewrites_queued_updates() -> None:
    async with SandboxServer(update_id_start=1) as srv, Driver(srv.base_url) as d:
        amy = await d.user("Amy")
        group = await d.group("D座", [amy])
        await d.add_bot(group, amy)  # before the bot ever connected
        async with aiohttp.ClientSession() as s:
            url = f"{srv.base_url}/bot{TOKEN}/getUpdates"
            async with s.post(url, json={}) as resp:
                ups = (await resp.json())["result"]
        bot_id = int(TOKEN.split(":")[0])
        assert ups[0]["update_id"] == 1
        assert ups[0]["my_chat_member"]["new_chat_member"]["user"]["id"] == bot_id
        assert ups[1]["message"]["new_chat_members"][0]["id"] == bot_id
        assert (await d.bot())["id"] == bot_id
