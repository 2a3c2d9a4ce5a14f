"""getUpdates semantics, long polling, allowed_updates, redelivery, raw updates, auth."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import aiohttp

from sandbox.driver import Driver
from sandbox.server import SandboxServer
from tests.sandbox.helpers import TOKEN, RawApi


def _ids(updates: list[dict[str, Any]]) -> list[int]:
    return [u["update_id"] for u in updates]


def _has_no_nulls(value: Any) -> bool:
    if isinstance(value, dict):
        return all(v is not None and _has_no_nulls(v) for v in value.values())
    if isinstance(value, list):
        return all(_has_no_nulls(v) for v in value)
    return True


async def test_offset_confirms_and_forgets(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy", username="amy")
    for text in ("/start", "one", "two"):
        await driver.send(amy, text)
    first = await api.ok("getUpdates")
    assert _ids(first) == [1000, 1001, 1002]
    assert _ids(await api.ok("getUpdates")) == [1000, 1001, 1002]  # not confirmed yet
    assert _ids(await api.ok("getUpdates", offset=1002, limit=1)) == [1002]
    assert await driver.pending_updates() == [1002]
    assert await api.ok("getUpdates", offset=1003) == []
    assert await driver.pending_updates() == []


async def test_message_update_shape(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy", last_name="Chan", username="amy")
    await driver.send(amy, "/start@propdesk_bot hi")
    (update,) = await api.ok("getUpdates")
    msg = update["message"]
    assert _has_no_nulls(update)
    assert msg["message_id"] == 1
    assert isinstance(msg["date"], int)
    assert msg["chat"] == {"id": amy.id, "first_name": "Amy", "last_name": "Chan",
                           "username": "amy", "type": "private"}
    assert msg["from"] == {"id": amy.id, "is_bot": False, "first_name": "Amy",
                           "last_name": "Chan", "username": "amy", "language_code": "zh-hant"}
    assert msg["entities"] == [{"type": "bot_command", "offset": 0, "length": 19}]


async def test_long_poll_wakes_on_new_update(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    poll = asyncio.create_task(api.ok("getUpdates", timeout=5))
    await asyncio.sleep(0.2)
    assert not poll.done()
    start = time.monotonic()
    await driver.send(amy, "hello")
    result = await asyncio.wait_for(poll, 2)
    assert time.monotonic() - start < 1.0
    assert [u["message"]["text"] for u in result] == ["hello"]


async def test_long_poll_times_out_empty(api: RawApi) -> None:
    start = time.monotonic()
    assert await api.ok("getUpdates", timeout=0.3) == []
    assert 0.25 <= time.monotonic() - start < 2.0


async def test_newer_poll_terminates_older(api: RawApi) -> None:
    older = asyncio.create_task(api("getUpdates", timeout=5))
    await asyncio.sleep(0.1)
    assert await api.ok("getUpdates") == []
    status, body = await asyncio.wait_for(older, 2)
    assert status == 409
    assert body["description"].startswith("Conflict: terminated by other getUpdates request")


async def test_allowed_updates_filter_is_remembered(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    await driver.send(amy, "hi")
    assert await api.ok("getUpdates", allowed_updates=["callback_query"]) == []
    await driver.send(amy, "dropped too")
    assert await api.ok("getUpdates") == []  # the filter is remembered
    await api.ok("getUpdates", allowed_updates=[])  # back to the default set
    sent = await driver.send(amy, "kept")
    assert _ids(await api.ok("getUpdates")) == [sent.update_id]


async def test_redeliver_uses_same_update_id(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    s1 = await driver.send(amy, "first")
    s2 = await driver.send(amy, "second")
    original = await api.ok("getUpdates")
    assert await api.ok("getUpdates", offset=s2.update_id + 1) == []
    await driver.redeliver(s1.update_id)
    again = await api.ok("getUpdates", offset=s2.update_id + 1)
    assert again == [original[0]]
    assert await api.ok("getUpdates", offset=s2.update_id + 1) == []


async def test_push_raw_assigns_or_keeps_ids(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    await driver.send(amy, "hi")
    await api.ok("getUpdates", offset=1001)
    anon = {
        "message": {
            "message_id": 77, "date": 1700000000,
            "chat": {"id": -1001000000099, "title": "Block A", "type": "supergroup"},
            "sender_chat": {"id": -1001000000099, "title": "Block A", "type": "supergroup"},
            "text": "anonymous admin",
        }
    }
    uid = await driver.push_raw(anon)
    assert uid == 1001
    old = await driver.push_raw({"update_id": 5, "message": anon["message"]})
    assert old == 5
    got = await api.ok("getUpdates", offset=1001)
    assert _ids(got) == [5, 1001]
    assert got[1]["message"]["sender_chat"]["id"] == -1001000000099


async def test_negative_offset_keeps_last(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    for i in range(4):
        await driver.send(amy, f"m{i}")
    assert _ids(await api.ok("getUpdates", offset=-1)) == [1003]
    assert await driver.pending_updates() == [1003]


async def test_get_updates_conflicts_with_webhook(api: RawApi) -> None:
    await api.ok("setWebhook", url="http://127.0.0.1:9/hook")
    status, body = await api("getUpdates")
    assert status == 409
    assert body == {
        "ok": False,
        "error_code": 409,
        "description": "Conflict: can't use getUpdates method while webhook is active; "
        "use deleteWebhook to delete the webhook first",
    }
    await api.ok("deleteWebhook")
    assert await api.ok("getUpdates") == []


async def test_token_rules_and_unknown_method(sandbox: SandboxServer, api: RawApi) -> None:
    me = await api.ok("getMe")
    assert me["id"] == 123456789 and me["is_bot"] and me["username"] == "propdesk_bot"
    async with aiohttp.ClientSession() as s:
        async with s.get(f"{sandbox.base_url}/bot999:other/getMe") as resp:
            assert resp.status == 401
            assert await resp.json() == {"ok": False, "error_code": 401,
                                         "description": "Unauthorized"}
        async with s.get(f"{sandbox.base_url}/bot{TOKEN}/getMe") as resp:
            assert resp.status == 200
    status, body = await api("fooBar")
    assert (status, body["description"]) == (404, "Not Found: method not found")
    calls = [c for c in sandbox.world.calls]
    assert all(TOKEN not in repr(c) for c in calls)


async def test_cannot_initiate_and_unknown_chat(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    status, body = await api("sendMessage", chat_id=amy.id, text="hi")
    assert (status, body["description"]) == (
        403, "Forbidden: bot can't initiate conversation with a user")
    status, body = await api("sendMessage", chat_id=42, text="hi")
    assert (status, body["description"]) == (400, "Bad Request: chat not found")
    await driver.send(amy, "/start")
    msg = await api.ok("sendMessage", chat_id=amy.id, text="welcome")
    assert msg["message_id"] == 2 and msg["from"]["is_bot"] is True
