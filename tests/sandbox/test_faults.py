"""Fault injection, retry windows (early_retry), flood limits, fail_chat and the call log."""

from __future__ import annotations

import asyncio
import time

from sandbox.driver import Driver, User
from tests.sandbox.helpers import TOKEN, RawApi


async def _users(driver: Driver, n: int) -> list[User]:
    users = []
    for i in range(n):
        u = await driver.user(f"U{i}")
        await driver.send(u, "/start")
        users.append(u)
    return users


async def test_429_window_counts_early_retries(driver: Driver, api: RawApi) -> None:
    amy, bob = await _users(driver, 2)
    await driver.faults(rate_429=1.0, retry_after=2, methods=["sendMessage"])
    status, body = await api("sendMessage", chat_id=amy.id, text="x")
    assert status == 429
    assert body == {"ok": False, "error_code": 429,
                    "description": "Too Many Requests: retry after 2",
                    "parameters": {"retry_after": 2}}
    await driver.faults()  # random faults off; the open window stays
    status, body = await api("sendMessage", chat_id=amy.id, text="too early")
    assert status == 429 and body["parameters"]["retry_after"] == 2  # ceil(~1.99)
    assert (await api("sendMessage", chat_id=bob.id, text="other chat is fine"))[0] == 200
    stats = await driver.stats()
    assert stats["early_retry_count"] == 1
    (violation,) = stats["early_retry"]
    assert violation["chat_id"] == amy.id and 1.5 < violation["seconds_early"] <= 2.0
    assert stats["given_429"] == 2
    assert stats["calls"]["sendMessage"] >= 3


async def test_waiting_out_the_window_is_not_a_violation(driver: Driver, api: RawApi) -> None:
    (amy,) = await _users(driver, 1)
    await driver.faults(rate_429=1.0, retry_after=1, methods=["sendMessage"])
    assert (await api("sendMessage", chat_id=amy.id, text="x"))[0] == 429
    await driver.faults()
    await asyncio.sleep(1.05)
    assert (await api("sendMessage", chat_id=amy.id, text="x"))[0] == 200
    assert (await driver.stats())["early_retry_count"] == 0


async def test_chatless_methods_share_a_global_window(driver: Driver, api: RawApi) -> None:
    await driver.faults(rate_429=1.0, retry_after=5, methods=["answerCallbackQuery"])
    status, _ = await api("answerCallbackQuery", callback_query_id="1")
    assert status == 429
    await driver.faults()
    status, body = await api("setMyCommands", commands=[])
    assert status == 429 and body["parameters"]["retry_after"] == 5
    assert (await driver.stats())["early_retry"][0]["chat_id"] is None
    assert (await api("getMe"))[0] == 200  # plumbing is never faulted


async def test_5xx_delay_and_seed(driver: Driver, api: RawApi) -> None:
    users = await _users(driver, 12)
    await driver.faults(rate_5xx=1.0, methods=["sendMessage"])
    assert await api("sendMessage", chat_id=users[0].id, text="x") == (
        502, {"ok": False, "error_code": 502, "description": "Bad Gateway"})
    await driver.faults(delay_ms=200)
    start = time.monotonic()
    assert (await api("sendMessage", chat_id=users[0].id, text="slow"))[0] == 200
    assert time.monotonic() - start >= 0.2

    async def run() -> list[int]:
        await driver.clear_faults()
        await driver.faults(rate_429=0.3, rate_5xx=0.2, seed=1)
        return [(await api("sendMessage", chat_id=u.id, text="s"))[0] for u in users]

    first, second = await run(), await run()
    assert first == second and {200, 429, 502} <= set(first)
    assert (await driver.stats())["given_5xx"] >= 1


async def test_flood_limits(driver: Driver, api: RawApi) -> None:
    amy, bob = await _users(driver, 2)
    await driver.limits(per_chat_per_s=1)
    assert (await api("sendMessage", chat_id=amy.id, text="1"))[0] == 200
    status, body = await api("sendMessage", chat_id=amy.id, text="2")
    assert status == 429 and body["parameters"]["retry_after"] == 1
    assert (await api("sendMessage", chat_id=bob.id, text="1"))[0] == 200
    await driver.clear_faults()
    await driver.limits(global_per_s=2)
    results = [(await api("sendMessage", chat_id=u.id, text="g"))[0] for u in (amy, bob, amy)]
    assert results == [200, 200, 429]
    assert (await driver.stats())["limited"] == 2


async def test_fail_chat_kinds(driver: Driver, api: RawApi) -> None:
    amy, bob = await _users(driver, 2)
    group = await driver.group("B座", [amy, bob])
    await driver.add_bot(group, amy)
    await driver.fail_chat(amy, "blocked")
    status, body = await api("sendMessage", chat_id=amy.id, text="x")
    assert (status, body["description"]) == (403, "Forbidden: bot was blocked by the user")
    await driver.fail_chat(group, "kicked")
    status, body = await api("sendMessage", chat_id=group.id, text="x")
    assert (status, body["description"]) == (403, "Forbidden: bot was kicked from the group chat")
    await driver.fail_chat(group, "clear")
    assert (await api("sendMessage", chat_id=group.id, text="x"))[0] == 200


async def test_call_log(driver: Driver, api: RawApi) -> None:
    (amy,) = await _users(driver, 1)
    await api("sendMessage", chat_id=amy.id, text="<b>x", parse_mode="HTML")
    await api("sendMessage", chat_id=amy.id, text="fine")
    calls = await driver.calls("sendMessage")
    assert [(c.ok, c.error_code, c.chat_id) for c in calls] == [(False, 400, amy.id),
                                                                (True, None, amy.id)]
    assert calls[0].description and calls[0].description.startswith("Bad Request: can't parse")
    assert calls[0].seq < calls[1].seq and calls[0].t <= calls[1].t
    assert all(TOKEN not in repr(c) for c in await driver.calls())


async def test_garbled_answers_are_carried_out_but_unreadable(driver: Driver, api: RawApi) -> None:
    (amy,) = await _users(driver, 1)
    await driver.garble("sendMessage", count=2)
    for _ in range(2):
        async with api.session.post(f"{api.base}/sendMessage",
                                    json={"chat_id": amy.id, "text": "x"}) as resp:
            assert resp.status == 200
            assert (await resp.text()) == '{"ok":true,"result":{"message_id":'
    assert (await api("sendMessage", chat_id=amy.id, text="readable"))[0] == 200
    # Both garbled calls were carried out: the messages are in the chat.
    assert [m.content for m in await driver.messages(amy, from_bot=True)][-3:] == [
        "x", "x", "readable"]
    await driver.garble("sendMessage", mode="shape")
    async with api.session.post(f"{api.base}/sendMessage",
                                json={"chat_id": amy.id, "text": "y"}) as resp:
        assert (await resp.text()) == '{"ok":true,"result":"?"}'
    await driver.garble()
    assert (await api("sendMessage", chat_id=amy.id, text="off"))[0] == 200


async def test_telegram_limits_count_violations_and_peaks(driver: Driver, api: RawApi) -> None:
    amy, bob = await _users(driver, 2)
    group = await driver.group("C座", [amy, bob])
    await driver.add_bot(group, amy)
    # Measuring only: the calls go through and each one over a limit is counted.
    assert (await driver.limits(telegram=True, enforce=False))["enforce"] is False
    results = [(await api("sendMessage", chat_id=amy.id, text=str(i)))[0] for i in range(3)]
    assert results == [200, 200, 200]
    stats = await driver.stats()
    assert stats["limits"]["per_chat_per_s"] == 1 and stats["limits"]["global_per_s"] == 30
    assert stats["violations"] == {"chat": 2, "group": 0, "global": 0}
    assert stats["peak"]["chat"] == 3 and stats["given_429"] == 0
    # Enforced: the call over the limit gets 429 with retry_after, and is a violation too.
    await driver.limits(telegram=True)
    assert (await api("sendMessage", chat_id=group.id, text="1"))[0] == 200
    status, body = await api("sendMessage", chat_id=group.id, text="2")
    assert status == 429 and body["parameters"]["retry_after"] == 1
    stats = await driver.stats()
    assert stats["violations_total"] == 1 and stats["violations"]["chat"] == 1
    assert stats["peak"] == {"chat": 1, "group": 1, "global": 1}


async def test_answer_delay_shows_the_message_before_answering(driver: Driver,
                                                               api: RawApi) -> None:
    (amy,) = await _users(driver, 1)
    assert await driver.answer_delay(300) == 300
    await driver.clear_faults()  # a setting of the network, not a fault: it stays
    seen: list[float] = []

    async def watch() -> None:
        await driver.wait_for(amy, contains="late answer", timeout=5)
        seen.append(time.monotonic())

    watcher = asyncio.create_task(watch())
    await asyncio.sleep(0.05)
    start = time.monotonic()
    status, body = await api("sendMessage", chat_id=amy.id, text="late answer")
    answered = time.monotonic()
    await watcher
    assert status == 200 and body["ok"]
    assert answered - start >= 0.3
    assert seen[0] < answered  # the person saw it before the bot heard back
    assert (await driver.stats())["answer_delay_ms"] == 300
    assert (await api("getMe"))[0] == 200
    await driver.answer_delay(0)
