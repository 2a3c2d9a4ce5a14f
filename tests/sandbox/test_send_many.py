"""send_many: a bulk push of private texts for load generation (the benchmark uses it)."""

from __future__ import annotations

import aiohttp
import pytest

from sandbox.driver import Driver, SandboxError, User
from sandbox.server import SandboxServer
from tests.sandbox.helpers import RawApi


async def test_send_many_queues_every_text_in_order(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    bob = await driver.user("Bob")
    sent = await driver.send_many([(amy, "/help"), (bob, "hello"), (amy, "second")])
    assert [s.chat_id for s in sent] == [amy.id, bob.id, amy.id]
    ids = [s.update_id for s in sent]
    assert None not in ids and ids == sorted(ids) and len(set(ids)) == 3
    assert [s.message_id for s in sent if s.chat_id == amy.id] == [1, 2]
    updates = await api.ok("getUpdates")
    assert [u["update_id"] for u in updates] == ids
    assert [u["message"]["text"] for u in updates] == ["/help", "hello", "second"]
    assert [u["message"]["from"]["id"] for u in updates] == [amy.id, bob.id, amy.id]
    assert updates[0]["message"]["entities"] == [{"type": "bot_command", "offset": 0,
                                                  "length": 5}]
    history = await driver.messages(amy, from_bot=False)
    assert [m.text for m in history] == ["/help", "second"]
    # Like single sends: the users have now started the bot, so it can answer them.
    await api.ok("sendMessage", chat_id=bob.id, text="hi Bob")


async def test_a_refused_batch_sends_nothing(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    ghost = User(999, "Ghost")
    with pytest.raises(SandboxError, match="unknown user"):
        await driver.send_many([(amy, "first"), (ghost, "boo")])
    with pytest.raises(SandboxError, match="text is empty"):
        await driver.send_many([(amy, "first"), (amy, "")])
    with pytest.raises(SandboxError, match="items must be a list"):
        await driver.send_many([])
    assert await driver.pending_updates() == []
    assert await driver.messages(amy) == []
    assert (await api("sendMessage", chat_id=amy.id, text="x"))[0] == 403


async def test_send_many_over_http_takes_a_chat_per_item(sandbox: SandboxServer,
                                                         driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    group = await driver.group("Block A", [amy])
    await driver.add_bot(group, amy)
    await api.ok("getUpdates")  # confirm the join updates
    async with aiohttp.ClientSession() as http, http.post(
            f"{sandbox.base_url}/sandbox/act/send_many",
            json={"items": [{"user_id": amy.id, "text": "in the group", "chat_id": group.id},
                            {"user_id": amy.id, "text": "in private"}]}) as resp:
        assert resp.status == 200
        body = await resp.json()
    assert [s["chat_id"] for s in body] == [group.id, amy.id]
    updates = await api.ok("getUpdates", offset=body[0]["update_id"])
    assert [(u["message"]["chat"]["id"], u["message"]["text"]) for u in updates] == [
        (group.id, "in the group"), (amy.id, "in private")]
