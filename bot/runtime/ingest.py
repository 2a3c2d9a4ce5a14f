"""Durable ingest: every update is in the inbox before Telegram is told it arrived."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Awaitable, Callable

from aiogram import Bot
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramConflictError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import GetUpdates
from aiogram.types import Update
from aiohttp import web
from pydantic import ValidationError

from bot.i18n import Translator
from bot.runtime.busy import tell_busy
from bot.runtime.processor import is_transient, key_of
from domain.clock import Clock
from store import inbox
from store.db import Database

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member",
                   "chat_member"]


def kind_of(update: Update) -> str:
    """The update's type (`message`, `callback_query`, ...), for log lines without content."""
    try:
        return update.event_type
    except Exception:
        return "unknown"


def to_incoming(update: Update, raw: str | None = None) -> inbox.Incoming:
    """The inbox row for an update. One that cannot be written as UTF-8 JSON (a lone UTF-16
    surrogate in its text) is kept losslessly (`raw` as received, else with JSON escapes)
    and stored as failed: it can never be processed, and it must not stop ingest."""
    try:
        return inbox.Incoming(update.update_id, key_of(update),
                              update.model_dump_json(exclude_unset=True))
    except Exception as exc:
        reason = type(exc).__name__
    try:
        payload = raw or json.dumps(update.model_dump(mode="json", exclude_unset=True))
        key = key_of(update)
    except Exception:
        payload, key = json.dumps({"update_id": update.update_id}), 0
    log.warning("update %s (%s) cannot be processed (%s); stored as failed",
                update.update_id, kind_of(update), reason)
    return inbox.Incoming(update.update_id, key, payload, status="failed",
                          error=f"unencodable: {reason}"[:200])


def unreadable(raw: object) -> inbox.Incoming | None:
    """An update the Bot API client could not read at all: kept as received, as failed."""
    if not isinstance(raw, dict) or not isinstance(raw.get("update_id"), int):
        return None
    kind = next((k for k in raw if k != "update_id"), "unknown")
    log.warning("update %s (%s) cannot be read; stored as failed", raw["update_id"],
                str(kind)[:40])
    return inbox.Incoming(int(raw["update_id"]), 0, json.dumps(raw), status="failed",
                          error="unreadable")


async def store(db: Database, updates: list[Update], clock: Clock,
                on_busy: Callable[[list[Update]], Awaitable[None]] | None = None, *,
                raw: str | None = None, extra: list[inbox.Incoming] | None = None,
                ) -> list[inbox.Pending]:
    """Write a batch to the inbox, waiting out a briefly locked database (and saying so).

    `extra` rows (updates that could not be read) are stored as they are."""
    rows = [to_incoming(u, raw) for u in updates]
    failed = {r.update_id: r.error for r in rows if r.status != "pending"}
    rows += extra or []
    delay = 0.5
    told = False
    while True:
        try:
            new = await inbox.store_updates(db, rows, clock.now())
            return [inbox.Pending(new[u.update_id], u.update_id, key_of(u), "", 0, u,
                                  rejected=failed.get(u.update_id))
                    for u in updates if u.update_id in new]
        except Exception as exc:
            if not is_transient(exc) or delay > 30:
                raise
            log.warning("inbox busy (%s); retrying in %.1f s", type(exc).__name__, delay)
            if on_busy is not None and not told:
                told = True
                await on_busy(updates)
            await asyncio.sleep(delay)
            delay *= 2


def _text(body: bytes) -> str | None:
    try:
        return body.decode()
    except UnicodeDecodeError:
        return None


class Poller:
    """getUpdates long polling; the offset moves only after the batch is committed."""

    def __init__(self, db: Database, bot: Bot, clock: Clock, *, timeout: int,
                 on_stored: Callable[[list[inbox.Pending]], None], tr: Translator) -> None:
        self.db, self.bot, self.clock, self.tr = db, bot, clock, tr
        self.timeout = timeout
        self.on_stored = on_stored
        self.offset: int | None = None
        self.received = 0
        self.duplicates = 0

    async def run(self, stop: asyncio.Event) -> None:
        backoff = 0.5
        while not stop.is_set():
            try:
                updates = await self.bot(GetUpdates(offset=self.offset, timeout=self.timeout,
                                                    allowed_updates=ALLOWED_UPDATES),
                                         request_timeout=self.timeout + 15)
                backoff = 0.5
            except TelegramRetryAfter as exc:
                await asyncio.sleep(exc.retry_after)
                continue
            except TelegramConflictError:
                log.error("another process is polling this bot (409 Conflict); retrying")
                await asyncio.sleep(5)
                continue
            except TelegramUnauthorizedError:
                log.error("the bot token was rejected (401); stopping")
                stop.set()
                return
            except ClientDecodeError as exc:
                # An update the client cannot read: keep the batch as received, move on.
                if not await self._unreadable_batch(exc.data):
                    log.warning("getUpdates answer unreadable; retrying in %.1f s", backoff)
                    await asyncio.sleep(backoff)
                    backoff = min(backoff * 2, 30.0)
                continue
            except (TimeoutError, TelegramNetworkError, TelegramServerError, OSError) as exc:
                log.warning("getUpdates failed (%s); retrying in %.1f s", type(exc).__name__,
                            backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 30.0)
                continue
            if not updates:
                continue
            new = await store(self.db, updates, self.clock, self._tell_busy)
            self.received += len(updates)
            self.duplicates += len(updates) - len(new)
            # Only now is Telegram told: the next getUpdates carries this offset.
            self.offset = max(u.update_id for u in updates) + 1
            self.on_stored(new)

    async def _unreadable_batch(self, data: object) -> bool:
        """Store a batch the client could not read: each update it can read goes on as
        usual, the others are stored as failed. False if there was no batch to read."""
        result = data.get("result") if isinstance(data, dict) else None
        if not isinstance(result, list) or not result:
            return False
        updates: list[Update] = []
        extra: list[inbox.Incoming] = []
        for raw in result:
            try:
                updates.append(Update.model_validate(raw, context={"bot": self.bot}))
            except (ValueError, TypeError):
                row = unreadable(raw)
                if row is None:
                    return False
                extra.append(row)
        new = await store(self.db, updates, self.clock, self._tell_busy, extra=extra)
        self.received += len(result)
        self.offset = max(u.update_id for u in updates + extra) + 1
        self.on_stored(new)
        return True

    async def _tell_busy(self, updates: list[Update]) -> None:
        for update in updates:
            await tell_busy(self.bot, self.tr, update)


class WebhookServer:
    """Receives webhook POSTs: checks the secret first, stores, then answers 200."""

    def __init__(self, db: Database, bot: Bot, clock: Clock, *, secret: str, path: str,
                 max_body: int, on_stored: Callable[[list[inbox.Pending]], None]) -> None:
        self.db, self.bot, self.clock = db, bot, clock
        self.secret = secret.encode()
        self.path = path
        self.max_body = max_body
        self.on_stored = on_stored
        self.runner: web.AppRunner | None = None
        # Other routes served beside the webhook (health and metrics).
        self.add_routes: Callable[[web.Application], None] | None = None

    def app(self) -> web.Application:
        app = web.Application(client_max_size=self.max_body)
        app.router.add_post(self.path, self.handle)
        if self.add_routes is not None:
            self.add_routes(app)
        return app

    async def handle(self, request: web.Request) -> web.Response:
        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "").encode()
        if not hmac.compare_digest(given, self.secret):
            return web.Response(status=401)
        if (request.content_length or 0) > self.max_body:
            return web.Response(status=413)
        try:
            body = await request.read()
            data = json.loads(body)
        except ValueError:
            return web.Response(status=400)
        updates: list[Update] = []
        extra: list[inbox.Incoming] = []
        try:
            updates.append(Update.model_validate(data, context={"bot": self.bot}))
        except (ValueError, TypeError, ValidationError):
            row = unreadable(data)
            if row is None:
                return web.Response(status=400)
            extra.append(row)  # an update_id but unreadable: kept as failed, answered 200
        try:
            new = await store(self.db, updates, self.clock, raw=_text(body), extra=extra)
        except Exception as exc:
            # Not stored: Telegram must retry later, so do not say 200.
            log.error("webhook update not stored (%s)", type(exc).__name__)
            return web.Response(status=503)
        self.on_stored(new)
        return web.Response(status=200)

    async def start(self, host: str, port: int) -> None:
        self.runner = web.AppRunner(self.app(), access_log=None)
        await self.runner.setup()
        await web.TCPSite(self.runner, host, port).start()

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
