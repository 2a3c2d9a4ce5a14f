"""Small shared helpers: API errors, UTF-16 lengths, wake-up notifier, ids."""

from __future__ import annotations

import asyncio
import secrets
import time
from typing import Any


class ApiError(Exception):
    """A Bot API error answered as {"ok": false, ...}."""

    def __init__(
        self,
        code: int,
        description: str,
        *,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after
        self.migrate_to_chat_id = migrate_to_chat_id

    def payload(self) -> dict[str, Any]:
        """Telegram-shaped error body."""
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        params: dict[str, Any] = {}
        if self.retry_after is not None:
            params["retry_after"] = self.retry_after
        if self.migrate_to_chat_id is not None:
            params["migrate_to_chat_id"] = self.migrate_to_chat_id
        if params:
            body["parameters"] = params
        return body


def bad_request(reason: str) -> ApiError:
    """A 400 error with the usual prefix."""
    return ApiError(400, f"Bad Request: {reason}")


def forbidden(reason: str) -> ApiError:
    """A 403 error with the usual prefix."""
    return ApiError(403, f"Forbidden: {reason}")


class ControlError(Exception):
    """A driver/control API misuse, answered as HTTP 400 with {"error": ...}."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def utf16_len(text: str) -> int:
    """Length of text in UTF-16 code units, as Telegram counts it."""
    return len(text.encode("utf-16-le")) // 2


def unix_now() -> int:
    """Current unix time as int."""
    return int(time.time())


def new_file_id(prefix: str) -> str:
    """A random url-safe file_id with a type prefix."""
    return prefix + secrets.token_urlsafe(24)


def new_unique_id() -> str:
    """A random short file_unique_id."""
    return "AQAD" + secrets.token_urlsafe(9)


def prune(value: Any) -> Any:
    """Drop None fields from nested dicts (Telegram omits absent fields)."""
    if isinstance(value, dict):
        return {k: prune(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [prune(v) for v in value]
    return value


class Notifier:
    """Wakes every waiter when notify() is called; waiters use a timeout."""

    def __init__(self) -> None:
        self._waiters: set[asyncio.Future[None]] = set()

    def notify(self) -> None:
        """Wake all current waiters."""
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(None)
        self._waiters.clear()

    async def wait(self, timeout: float | None) -> bool:
        """Wait for the next notify(); False on timeout."""
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.add(fut)
        try:
            await asyncio.wait_for(fut, timeout)
        except TimeoutError:
            return False
        finally:
            self._waiters.discard(fut)
        return True
