"""Webhook delivery: secret header, retry with backoff until 2xx, order, redelivery."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

from sandbox.driver import Driver
from tests.sandbox.helpers import RawApi


@dataclass
class Receiver:
    """A tiny webhook endpoint whose answers the test scripts."""

    url: str = ""
    hits: list[tuple[dict[str, Any], str | None]] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)
    reply: Callable[[dict[str, Any]], dict[str, Any] | None] | None = None
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle(self, request: web.Request) -> web.Response:
        update = await request.json()
        self.hits.append((update, request.headers.get("X-Telegram-Bot-Api-Secret-Token")))
        self.arrived.set()
        status = self.answers.pop(0) if self.answers else 200
        body = self.reply(update) if self.reply and status == 200 else None
        return web.Response(status=status, text=json.dumps(body or {}),
                            content_type="application/json")

    async def wait_hits(self, n: int, timeout: float = 5.0) -> None:
        async def loop() -> None:
            while len(self.hits) < n:
                self.arrived.clear()
                await self.arrived.wait()

        await asyncio.wait_for(loop(), timeout)


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    rec = Receiver()
    app = web.Application()
    app.router.add_post("/hook", rec.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    rec.url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    yield rec
    await runner.cleanup()


async def test_secret_header_and_retry_until_2xx(driver: Driver, api: RawApi,
                                                 receiver: Receiver) -> None:
    amy = await driver.user("Amy")
    receiver.answers = [500, 503]
    assert await api.ok("setWebhook", url=receiver.url, secret_token="s3cr3t-Token_1") is True
    sent = await driver.send(amy, "/start")
    await receiver.wait_hits(3)
    assert [h[0]["update_id"] for h in receiver.hits] == [sent.update_id] * 3
    assert {h[1] for h in receiver.hits} == {"s3cr3t-Token_1"}
    assert receiver.hits[0][0]["message"]["text"] == "/start"
    log = await driver.webhook_log()
    assert [(e["update_id"], e["status"]) for e in log] == [
        (sent.update_id, 500), (sent.update_id, 503), (sent.update_id, 200)]
    assert log[1]["t"] - log[0]["t"] >= 0.18  # backoff 0.2 s, then 0.4 s
    assert log[2]["t"] - log[1]["t"] >= 0.35
    info = await api.ok("getWebhookInfo")
    assert info["url"] == receiver.url
    assert info["pending_update_count"] == 0
    assert info["last_error_message"] == "Wrong response from the webhook: 503 Service Unavailable"
    assert isinstance(info["last_error_date"], int)


async def test_order_and_redelivery(driver: Driver, api: RawApi, receiver: Receiver) -> None:
    amy = await driver.user("Amy")
    await api.ok("setWebhook", url=receiver.url)
    sent = [await driver.send(amy, f"m{i}") for i in range(4)]
    await receiver.wait_hits(4)
    assert [h[0]["update_id"] for h in receiver.hits] == [s.update_id for s in sent]
    assert receiver.hits[0][1] is None  # no secret configured
    await driver.redeliver(sent[1].update_id)
    await receiver.wait_hits(5)
    assert receiver.hits[4][0] == receiver.hits[1][0]
    assert await driver.pending_updates() == []


async def test_connection_refused_keeps_update_queued(driver: Driver, api: RawApi) -> None:
    amy = await driver.user("Amy")
    await api.ok("setWebhook", url="http://127.0.0.1:9/hook")
    await driver.send(amy, "hello?")
    for _ in range(50):
        info = await api.ok("getWebhookInfo")
        if "last_error_message" in info:
            break
        await asyncio.sleep(0.05)
    assert info["last_error_message"] == "Connection refused"
    assert info["pending_update_count"] == 1
    await api.ok("deleteWebhook", drop_pending_updates=True)
    assert (await api.ok("getWebhookInfo")) == {"url": "", "has_custom_certificate": False,
                                                "pending_update_count": 0}


async def test_method_in_webhook_reply_is_executed(driver: Driver, api: RawApi,
                                                   receiver: Receiver) -> None:
    amy = await driver.user("Amy")
    receiver.reply = lambda u: {"method": "sendMessage",
                                "chat_id": u["message"]["chat"]["id"], "text": "pong"}
    await api.ok("setWebhook", url=receiver.url)
    await driver.send(amy, "ping")
    reply = await driver.wait_for(amy, contains="pong", timeout=5)
    assert reply.from_bot and reply.message_id == 2
