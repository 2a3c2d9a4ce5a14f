"""The outbox sender: drains queued Bot API calls within Telegram's limits.

It obeys retry_after on 429, marks a chat unavailable on 403, follows a group to its new
supergroup id, and survives restarts: a row is marked `sending` before its call, so after a
crash the only rows that may go out twice are those that were in flight, and they are counted.
"""

from __future__ import annotations

import asyncio
import heapq
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aiogram import Bot
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import (
    DeleteMessage,
    EditMessageCaption,
    EditMessageReplyMarkup,
    EditMessageText,
    LeaveChat,
    PinChatMessage,
    SendChatAction,
    SendDocument,
    SendMediaGroup,
    SendMessage,
    SendPhoto,
    SetMyCommands,
    TelegramMethod,
)
from aiogram.types import FSInputFile, InputMediaPhoto, Message
from prometheus_client import Histogram

from bot.runtime.limiter import Limiter
from bot.settings import Settings
from store import outbox
from store.db import Database

log = logging.getLogger(__name__)

METHODS: dict[str, type[TelegramMethod[Any]]] = {
    "sendMessage": SendMessage, "sendPhoto": SendPhoto, "sendDocument": SendDocument,
    "sendMediaGroup": SendMediaGroup, "editMessageText": EditMessageText,
    "editMessageReplyMarkup": EditMessageReplyMarkup, "editMessageCaption": EditMessageCaption,
    "deleteMessage": DeleteMessage, "leaveChat": LeaveChat, "setMyCommands": SetMyCommands,
    "pinChatMessage": PinChatMessage,
    "sendChatAction": SendChatAction,
}
# Calls that are not messages in a chat: they count against the overall rate only.
NOT_MESSAGES = {"leaveChat", "setMyCommands", "deleteMessage", "sendChatAction"}

# Seconds; a send normally takes tens of milliseconds, an upload can take many seconds.
SEND_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
ChatHook = Callable[[int, str, int | None], Awaitable[None]]
ParkHook = Callable[[outbox.Job], Awaitable[None]]
# aiogram's words for network errors after which the request may have been carried out.
MAYBE_DONE = ("Request timeout error", "ServerDisconnectedError", "ClientPayloadError",
              "ClientOSError", "ClientResponseError", "ServerTimeoutError")


@dataclass
class SenderStats:
    sent: int = 0
    retried_429: int = 0
    retried_other: int = 0
    failed: int = 0
    dropped: int = 0
    in_flight_at_start: int = 0
    unknown: int = 0  # attempts whose outcome could not be known
    parked: int = 0  # rows given up after unknown outcomes
    rounds: int = 0  # batches sent (one claim, the calls, one record)


class Sender:
    """One sender per bot drains the outbox."""

    def __init__(self, db: Database, bot: Bot, settings: Settings, *,
                 on_chat_event: ChatHook | None = None, files_root: str = "var/files",
                 leads: Callable[[], bool] = lambda: True,
                 on_parked: ParkHook | None = None) -> None:
        self.db, self.bot, self.settings = db, bot, settings
        cfg = settings.outbox
        self.limiter = Limiter(cfg.global_per_s, cfg.per_chat_per_s, cfg.per_chat_burst,
                               cfg.per_group_per_min, cfg.group_burst, cfg.window_margin_s,
                               cfg.bulk_reserve_per_s)
        self.on_chat_event = on_chat_event
        self.on_parked = on_parked
        self.leads = leads
        self.files_root = Path(files_root)
        self.stats = SenderStats()
        # How long each Bot API call took (not registered: bot/runtime/health.py collects it).
        self.send_seconds = Histogram("propdesk_outbox_send_seconds",
                                      "Duration of one Bot API call made from the outbox",
                                      registry=None, buckets=SEND_BUCKETS)
        self._wake = asyncio.Event()
        self.idle = asyncio.Event()
        self._retry_at: list[float] = []  # loop times when deferred rows come due (a heap)

    def _defer_until(self, at: datetime) -> None:
        seconds = max(0.0, (at - datetime.now(UTC)).total_seconds())
        heapq.heappush(self._retry_at, asyncio.get_running_loop().time() + seconds)

    def wake(self) -> None:
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        recovered = await outbox.recover(self.db, datetime.now(UTC))
        due = await outbox.next_due(self.db)
        if due is not None:
            self._defer_until(due)
        self.stats.in_flight_at_start = recovered
        if recovered:
            log.warning("outbox: %d message(s) were being sent when the bot last stopped; "
                        "sending them again, so they may arrive twice", recovered)
        while not stop.is_set():
            if not self.leads():
                await self._sleep(stop, 1.0)  # another process sends
                continue
            try:
                await self._round(stop)
            except Exception as exc:
                # e.g. the database is locked for a moment: nothing is lost, try again soon.
                log.warning("outbox round failed (%s); retrying", type(exc).__name__)
                await self._sleep(stop, 1.0)

    async def _round(self, stop: asyncio.Event) -> None:
        """Send what is due now, or sleep until something is."""
        loop = asyncio.get_running_loop()
        self._wake.clear()
        mono = loop.time()
        while self._retry_at and self._retry_at[0] <= mono:
            heapq.heappop(self._retry_at)
        paused = {c for c, t in self.limiter.paused_until.items() if t > mono}
        jobs = await outbox.heads(self.db, datetime.now(UTC), exclude_chats=paused,
                                  limit=self.settings.outbox.batch * 4,
                                  per_chat=self.settings.outbox.per_chat_round)
        batch, soonest = self._pick(jobs, loop.time())  # stamped as late as can be
        if batch:
            # A chat's next message is only visible once its head has gone: ask again at once.
            self.idle.clear()
            await self._send_batch(batch)
            return
        if not jobs:
            self.idle.set()
        waits = [w for w in (soonest, (self._retry_at[0] - mono) if self._retry_at else 0.0,
                             *(t - mono for t in self.limiter.paused_until.values() if t > mono))
                 if w > 0]
        await self._sleep(stop, min([1.0, *waits]))
        self.limiter.forget_idle(loop.time())

    def _pick(self, jobs: list[outbox.Job], mono: float) -> tuple[list[outbox.Job], float]:
        batch: list[outbox.Job] = []
        soonest = 0.0
        held: set[int] = set()  # chats whose earlier row waits: their later rows wait too
        for job in jobs:
            if job.chat_id in held:
                continue
            counts = job.method not in NOT_MESSAGES
            bulk = job.lane == 1
            wait = self.limiter.wait(job.chat_id, mono, counts=counts, bulk=bulk)
            if wait == 0 and len(batch) < self.settings.outbox.batch:
                self.limiter.take(job.chat_id, mono, counts=counts, bulk=bulk)
                batch.append(job)
                continue
            held.add(job.chat_id)
            if wait > 0:
                soonest = min(soonest, wait) if soonest else wait
        return batch, soonest

    async def _sleep(self, stop: asyncio.Event, seconds: float) -> None:
        waiters = [asyncio.create_task(self._wake.wait()), asyncio.create_task(stop.wait())]
        await asyncio.wait(waiters, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
        for w in waiters:
            w.cancel()

    async def _send_batch(self, batch: list[outbox.Job]) -> None:
        claimed = await outbox.mark_sending(self.db, [j.id for j in batch])
        self.stats.rounds += 1
        chains: dict[int, list[outbox.Job]] = {}
        behind: list[outbox.Outcome] = []  # after a row someone else claimed: not this round
        cut: set[int] = set()
        for job in batch:
            if job.id not in claimed or job.chat_id in cut:
                cut.add(job.chat_id)
                if job.id in claimed:
                    behind.append(outbox.Outcome(job, outbox.PENDING, untried=True))
                continue
            chains.setdefault(job.chat_id, []).append(job)
        # Chats in parallel; each chat's rows one after another, in order.
        outcomes = [o for chain in await asyncio.gather(
            *(self._send_chain(c) for c in chains.values())) for o in chain] + behind
        self.limiter.landed(asyncio.get_running_loop().time())  # Telegram has had them all
        delay = 0.5
        while True:
            try:
                await outbox.record(self.db, list(outcomes), datetime.now(UTC))
                break
            except Exception as exc:
                # The calls were made: keep trying to record them, or a restart resends them.
                log.warning("outbox: results not recorded yet (%s)", type(exc).__name__)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10.0)
        for o in outcomes:
            if o.status == outbox.PENDING and o.not_before is not None:
                self._defer_until(o.not_before)
            if o.status == outbox.SENT:
                self.stats.sent += 1
            elif o.status == outbox.FAILED:
                self.stats.failed += 1
            elif o.status == outbox.DROPPED:
                self.stats.dropped += 1
            if o.parked and self.on_parked is not None:
                try:
                    await self.on_parked(o.job)
                except Exception as exc:  # the row is parked and audited; this is telling
                    log.error("outbox row %s (%s) parked; nobody told (%s)", o.job.id,
                              o.job.method, type(exc).__name__)
            if self.on_chat_event is not None and (o.blocked_chat or o.migrate_to):
                kind = "migrated" if o.migrate_to else "unavailable"
                try:
                    await self.on_chat_event(o.job.chat_id, kind, o.migrate_to)
                except Exception:  # the send itself is recorded; this is bookkeeping
                    log.exception("outbox: chat event %s not recorded", kind)

    def _prepare(self, job: outbox.Job, message_id: int | None) -> TelegramMethod[Any]:
        payload = dict(job.payload)
        if "chat_id" in payload:
            payload["chat_id"] = job.chat_id  # the column follows migrations
        if "message_ref" in payload:
            payload.pop("message_ref")
            payload["message_id"] = message_id
        for key in ("photo", "document"):
            value = payload.get(key)
            if isinstance(value, dict) and "path" in value:
                payload[key] = FSInputFile(self._file(value["path"]),
                                           filename=value.get("filename"))
        if job.method == "sendMediaGroup" and any(
                isinstance(item.get("media"), dict) for item in payload.get("media", ())):
            # Our own charts: each one uploaded as an attachment of the one call.
            payload["media"] = [InputMediaPhoto(**{
                **item, "media": FSInputFile(self._file(item["media"]["path"]))})
                if isinstance(item.get("media"), dict) else item
                for item in payload["media"]]
        return METHODS[job.method](**payload)

    def _file(self, path: str) -> Path:
        full = (self.files_root / path).resolve()
        if self.files_root.resolve() not in full.parents:
            raise ValueError("file outside the file store")
        return full

    async def _send_chain(self, chain: list[outbox.Job]) -> list[outbox.Outcome]:
        """Send one chat's rows in order. A row that must be tried again holds back the rest
        (they stay queued, untried); a chat that is gone (403) takes the rest with it."""
        outcomes: list[outbox.Outcome] = []
        sent_refs: dict[str, int] = {}  # refs sent earlier in the chain: not recorded yet
        held: str | None = None
        for job in chain:
            if held is not None:
                outcomes.append(outbox.Outcome(job, held, untried=True, error=(
                    "chat unavailable" if held == outbox.DROPPED else None)))
                continue
            started = time.perf_counter()
            try:
                outcome = await self._send(job, sent_refs)
            except Exception as exc:  # e.g. the database was busy looking up a reference
                log.warning("outbox row %s (%s) not sent: %s", job.id, job.method,
                            type(exc).__name__)
                outcome = self._retry(job, type(exc).__name__)
            self.send_seconds.observe(time.perf_counter() - started)
            if outcome.status == outbox.SENT and job.ref and outcome.message_id is not None:
                sent_refs[job.ref] = outcome.message_id
            if outcome.status in (outbox.PENDING, outbox.DROPPED):
                held = outcome.status
            outcomes.append(outcome)
        return outcomes

    async def _send(self, job: outbox.Job, sent_refs: dict[str, int]) -> outbox.Outcome:
        message_id = None
        if "message_ref" in job.payload:
            ref = job.payload["message_ref"]
            where = (job.chat_id, sent_refs[ref]) if ref in sent_refs else \
                await outbox.resolve_ref(self.db, ref)
            if where is None:
                return outbox.Outcome(job, outbox.FAILED, error="message reference unknown")
            message_id = where[1]
        try:
            method = self._prepare(job, message_id)
            result = await self.bot(method, request_timeout=60)
        except TelegramRetryAfter as exc:
            self.stats.retried_429 += 1
            wait = max(1, int(exc.retry_after))
            self.limiter.pause(job.chat_id, asyncio.get_running_loop().time() + wait)
            return self._retry(job, "429", wait)
        except TelegramMigrateToChat as exc:
            return outbox.Outcome(job, outbox.PENDING, migrate_to=exc.migrate_to_chat_id,
                                  error="migrated")
        except TelegramForbiddenError as exc:
            if job.method == "leaveChat":
                return outbox.Outcome(job, outbox.SENT)
            return outbox.Outcome(job, outbox.DROPPED, blocked_chat=True,
                                  error=exc.message[:200])
        except TelegramBadRequest as exc:
            text = exc.message.lower()
            if "message is not modified" in text or job.method == "leaveChat":
                return outbox.Outcome(job, outbox.SENT, message_id=message_id)
            if job.method == "deleteMessage" and "not found" in text and \
                    outbox.unknown_count(job.error):
                return outbox.Outcome(job, outbox.SENT)  # the unconfirmed try did delete it
            log.error("outbox row %s (%s) rejected: %s", job.id, job.method, exc.message[:200])
            return outbox.Outcome(job, outbox.FAILED, error=exc.message[:200])
        except ClientDecodeError:
            # The call was answered but the answer cannot be read: it may have been done.
            return self._unknown(job, "unreadable answer")
        except TelegramEntityTooLarge:
            log.error("outbox row %s (%s) refused: too large", job.id, job.method)
            return outbox.Outcome(job, outbox.FAILED, error="413 too large")
        except TelegramNetworkError as exc:
            if exc.message.startswith(MAYBE_DONE):
                return self._unknown(job, exc.message.split(":", 1)[0][:40])
            self.stats.retried_other += 1
            return self._retry(job, type(exc).__name__)
        except (TimeoutError, TelegramServerError, TelegramUnauthorizedError, OSError) as exc:
            self.stats.retried_other += 1
            return self._retry(job, type(exc).__name__)
        except TelegramAPIError as exc:  # 404, 409, 413 and the rest: refused, not retried
            log.error("outbox row %s (%s) refused: %s", job.id, job.method, type(exc).__name__)
            return outbox.Outcome(job, outbox.FAILED, error=exc.message[:200])
        except (ValueError, TypeError) as exc:
            log.error("outbox row %s (%s) is malformed: %s", job.id, job.method,
                      type(exc).__name__)
            return outbox.Outcome(job, outbox.FAILED, error=type(exc).__name__)
        return outbox.Outcome(job, outbox.SENT, message_id=_message_id(result, message_id))

    def _retry(self, job: outbox.Job, error: str, wait: float | None = None) -> outbox.Outcome:
        """A transient failure (network, 5xx, 429, a busy database): again later with a
        growing delay (or Telegram's `retry_after`), at most `outbox.max_attempts` times."""
        seen = outbox.unknown_count(job.error)
        text = f"{outbox.UNKNOWN} {seen}: {error}" if seen else error
        if job.attempts + 1 >= self.settings.outbox.max_attempts:
            log.error("outbox row %s (%s) gave up after %d attempts: %s", job.id,
                      job.method, job.attempts + 1, error)
            return outbox.Outcome(job, outbox.FAILED, error=text[:200], parked=seen > 0)
        delay = wait if wait is not None else min(300, 2 ** job.attempts)
        return outbox.Outcome(job, outbox.PENDING, error=text[:200],
                              not_before=datetime.now(UTC) + timedelta(seconds=delay))

    def _unknown(self, job: outbox.Job, error: str) -> outbox.Outcome:
        """The request may have been carried out: a retry may deliver it twice, so only
        `outbox.unknown_retries` of them; then the row is parked (failed, audited, and the
        desk told for a resident's chat) and the chat's next rows go on."""
        self.stats.unknown += 1
        seen = outbox.unknown_count(job.error) + 1
        if seen <= self.settings.outbox.unknown_retries and \
                job.attempts + 1 < self.settings.outbox.max_attempts:
            log.warning("outbox row %s (%s): outcome unknown (%s); retry %d of %d", job.id,
                        job.method, error, seen, self.settings.outbox.unknown_retries)
            return outbox.Outcome(job, outbox.PENDING, error=f"{outbox.UNKNOWN} {seen}: {error}",
                                  not_before=datetime.now(UTC) + timedelta(
                                      seconds=min(300, 2 ** job.attempts)))
        self.stats.parked += 1
        log.warning("outbox row %s (%s) parked as failed after %d attempts: outcome unknown "
                    "(%s)", job.id, job.method, job.attempts + 1, error)
        return outbox.Outcome(job, outbox.FAILED, parked=True,
                              error=f"{outbox.UNKNOWN} {seen}: {error}; parked"[:200])


def _message_id(result: Any, fallback: int | None) -> int | None:
    if isinstance(result, Message):
        return result.message_id
    if isinstance(result, list) and result and isinstance(result[0], Message):
        return result[0].message_id
    return fallback
