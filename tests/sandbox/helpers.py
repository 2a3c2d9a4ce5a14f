"""Shared constants and a raw JSON Bot API client for the sandbox tests."""

from __future__ import annotations

from typing import Any

import aiohttp

TOKEN = "123456789:AAH-sandbox_test_token"


class RawApi:
    """Calls /bot{token}/{method} with a JSON body and returns (status, body)."""

    def __init__(self, session: aiohttp.ClientSession, base: str) -> None:
        self.session = session
        self.base = base

    async def __call__(self, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
        async with self.session.post(f"{self.base}/{method}", json=params) as resp:
            return resp.status, await resp.json()

    async def ok(self, method: str, **params: Any) -> Any:
        status, body = await self(method, **params)
        assert status == 200 and body["ok"], body
        return body["result"]
