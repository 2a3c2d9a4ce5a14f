"""Each class of send error, and the path the outbox sender gives it (all bounded)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest
from aiogram import Bot
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramBadRequest,
    TelegramConflictError,
    TelegramEntityTooLarge,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import SendMessage

from bot.runtime.sender import Sender
from store import outbox
from store.db import Database
from tests.bot.conftest import fast_settings

M = SendMessage(chat_id=7, text="x")


class FailingBot:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    async def __call__(self, method: Any, request_timeout: int | None = None) -> Any:
        raise self.exc


def sender(exc: BaseException, tmp_path: Path) -> Sender:
    settings = fast_settings("sqlite+aiosqlite:///unused.db", "http://127.0.0.1:9", tmp_path)
    return Sender(cast(Database, None), cast(Bot, FailingBot(exc)), settings)


def job(attempts: int = 0, error: str | None = None) -> outbox.Job:
    return outbox.Job(1, 7, "sendMessage", {"chat_id": 7, "text": "x"}, None, attempts, error)


TRANSIENT = [TelegramNetworkError(M, "ClientConnectorError: Cannot connect to host"),
             TelegramServerError(M, "Bad Gateway"), TelegramRetryAfter(M, "flood", 3),
             OSError("network is unreachable")]
UNKNOWN = [ClientDecodeError("Failed to decode object", ValueError("x"), "<html>"),
           TelegramNetworkError(M, "Request timeout error"),
           TelegramNetworkError(M, "ServerDisconnectedError: Server disconnected")]
REFUSED = [TelegramBadRequest(M, "Bad Request: chat not found"),
           TelegramNotFound(M, "Not Found"), TelegramConflictError(M, "Conflict"),
           TelegramEntityTooLarge(M, "Request Entity Too Large")]


@pytest.mark.parametrize("exc", TRANSIENT, ids=lambda e: type(e).__name__)
async def test_transient_errors_retry_until_max_attempts(exc: BaseException,
                                                         tmp_path: Path) -> None:
    s = sender(exc, tmp_path)
    first = await s._send(job(0), {})
    assert first.status == outbox.PENDING and first.not_before is not None
    last = await s._send(job(s.settings.outbox.max_attempts - 1), {})
    assert last.status == outbox.FAILED and not last.parked


@pytest.mark.parametrize("exc", UNKNOWN, ids=lambda e: str(e)[:30])
async def test_unknown_outcomes_are_retried_twice_then_parked(exc: BaseException,
                                                              tmp_path: Path) -> None:
    s = sender(exc, tmp_path)
    error: str | None = None
    statuses = []
    for attempt in range(5):
        o = await s._send(job(attempt, error), {})
        statuses.append(o.status)
        error = o.error
        if o.status != outbox.PENDING:
            break
    assert statuses == [outbox.PENDING, outbox.PENDING, outbox.FAILED]
    assert o.parked and error is not None and error.endswith("parked")


async def test_unknowns_are_still_counted_across_a_transient_error(tmp_path: Path) -> None:
    s = sender(UNKNOWN[0], tmp_path)
    o = await s._send(job(0), {})
    t = await sender(TRANSIENT[1], tmp_path)._send(job(1, o.error), {})
    assert outbox.unknown_count(t.error) == 1
    o = await s._send(job(2, t.error), {})
    assert o.status == outbox.PENDING and outbox.unknown_count(o.error) == 2
    o = await s._send(job(3, o.error), {})
    assert o.status == outbox.FAILED and o.parked


@pytest.mark.parametrize("exc", REFUSED, ids=lambda e: type(e).__name__)
async def test_refusals_fail_at_once(exc: BaseException, tmp_path: Path) -> None:
    o = await sender(exc, tmp_path)._send(job(0), {})
    assert o.status == outbox.FAILED and not o.parked


async def test_an_unexpected_error_is_bounded_too(tmp_path: Path) -> None:
    s = sender(RuntimeError("a bug"), tmp_path)
    assert (await s._send_chain([job(0)]))[0].status == outbox.PENDING
    last = await s._send_chain([job(s.settings.outbox.max_attempts - 1)])
    assert last[0].status == outbox.FAILED
