"""A bot without a framework: plain Bot API calls to the sandbox, for page tests."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp

from sandbox.driver import Driver
from sandbox.server import SandboxServer

TOKEN = "123456789:AAH-browser_page_test"


class FakeBot:
    """Calls /bot<token>/<method> with JSON; answers button presses on request."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str, driver: Driver) -> None:
        self.session, self.base = session, f"{base_url}/bot{TOKEN}"
        self.d = driver
        self.seen = 0

    async def __call__(self, method: str, **params: Any) -> Any:
        async with self.session.post(f"{self.base}/{method}", json=params) as resp:
            body = await resp.json()
        assert body.get("ok"), body
        return body["result"]

    async def upload(self, method: str, field: str, data: bytes, filename: str, mime: str,
                     **params: Any) -> Any:
        form = aiohttp.FormData()
        for key, value in params.items():
            form.add_field(key, value if isinstance(value, str) else json.dumps(value))
        form.add_field(field, data, filename=filename, content_type=mime)
        async with self.session.post(f"{self.base}/{method}", data=form) as resp:
            body = await resp.json()
        assert body.get("ok"), body
        return body["result"]

    async def answer_press(self, text: str | None = None, *, alert: bool = False) -> str:
        """Wait for the next button press and answer it; returns its callback data."""
        events = await self.d.events(self.seen, timeout=15, types=["press"])
        assert events, "nobody pressed a button"
        press = events[0]
        self.seen = press["seq"]
        await self("answerCallbackQuery", callback_query_id=press["callback_query_id"],
                   text=text, show_alert=alert)
        return str(press["data"])


@asynccontextmanager
async def fake_bot() -> AsyncIterator[tuple[SandboxServer, Driver, FakeBot]]:
    """A bare sandbox (no propdesk), a driver and a scripted bot."""
    server = SandboxServer(token=TOKEN)
    base = await server.start()
    async with Driver(base) as d, aiohttp.ClientSession() as session:
        bot = FakeBot(session, base, d)
        await bot("getMe")
        try:
            yield server, d, bot
        finally:
            await server.stop()
