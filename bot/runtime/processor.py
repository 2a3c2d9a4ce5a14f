"""Processing the inbox: each update once, in order per user, in one transaction each."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.fsm.storage.base import StorageKey
from aiogram.methods import AnswerCallbackQuery
from aiogram.types import Update
from sqlalchemy.exc import DBAPIError, OperationalError

from bot.context import Outcome
from bot.i18n import Translator
from bot.media import Checked, check_update, discard, private_image
from bot.middlewares import ANONYMOUS_IDS
from bot.runtime.busy import tell_busy
from bot.runtime.postman import Postman
from bot.runtime.quota import Quotas, Verdict
from bot.settings import Settings
from domain.clock import Clock
from domain.errors import DomainError
from domain.model import Locale
from store import inbox
from store.db import Database
from store.fsm import SqlStorage, current_session
from store.uow import Publisher, SqlUnitOfWork

log = logging.getLogger(__name__)


@dataclass
class ProcessorStats:
    processed: int = 0
    failed: int = 0
    domain_errors: int = 0
    transient_retries: int = 0
    skipped_done: int = 0
    over_quota: dict[str, int] = field(default_factory=dict)  # by update type
    latencies_ms: list[float] = field(default_factory=list)


class Unprocessable(Exception):
    """An update stored as failed at ingest (its reason is the row's error)."""


def is_transient(exc: BaseException) -> bool:
    """Errors that go away by themselves: a locked SQLite file, a PostgreSQL serialization or
    deadlock failure, a dropped connection."""
    if isinstance(exc, OperationalError):
        return True
    if isinstance(exc, DBAPIError):
        text = str(exc.orig).lower() if exc.orig else ""
        return any(s in text for s in ("deadlock", "could not serialize", "connection"))
    return False


def key_of(update: Update) -> int:
    """Updates of one user (or one chat, when there is no user) are handled in order."""
    event = update.event
    user = getattr(event, "from_user", None)
    if user is not None:
        return int(user.id)
    chat = getattr(event, "chat", None)
    if chat is not None:
        return int(chat.id)
    message = getattr(event, "message", None)
    return int(message.chat.id) if message is not None else 0


class Processor:
    """Reads pending inbox rows and feeds them to the dispatcher, one user at a time."""

    def __init__(self, db: Database, dp: Dispatcher, bot: Bot, *, publisher: Publisher,
                 tr: Translator, clock: Clock, settings: Settings,
                 on_commit: Callable[[SqlUnitOfWork | None], None]) -> None:
        self.db, self.dp, self.bot = db, dp, bot
        self.publisher, self.tr, self.clock, self.settings = publisher, tr, clock, settings
        self.on_commit = on_commit
        self.stats = ProcessorStats()
        self.quotas = Quotas(settings.quota.updates_per_min, settings.quota.replies_per_min)
        self._quota_marks: list[tuple[int, str, str | None]] = []
        self._queues: dict[int, deque[inbox.Pending]] = {}
        self._active: dict[int, asyncio.Task[None]] = {}
        self._last_id = 0
        self._queued: set[int] = set()
        self._rescan_at = 0.0
        self._wake = asyncio.Event()
        self._slots = asyncio.Semaphore(settings.processing.concurrency)
        self.idle = asyncio.Event()

    def notify(self, rows: list[inbox.Pending] | None = None) -> None:
        """New rows were stored: queue the ones handed over in memory, look for the rest."""
        for row in rows or []:
            self._last_id = max(self._last_id, row.id)
            self._queue(row)
        self._wake.set()

    def _queue(self, row: inbox.Pending) -> None:
        if row.id in self._queued:
            return
        self._queued.add(row.id)
        self._queues.setdefault(row.key, deque()).append(row)
        if row.key not in self._active:
            self._active[row.key] = asyncio.create_task(self._drain(row.key))
            self.idle.clear()

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self._round(stop)
            except Exception as exc:
                log.warning("inbox round failed (%s); retrying", type(exc).__name__)
                await asyncio.sleep(1.0)
        await self.drain_all()
        await self._flush_quota_marks()

    async def _round(self, stop: asyncio.Event) -> None:
        """Queue new inbox rows per user; wait for more when there are none."""
        self._wake.clear()
        loop_time = asyncio.get_running_loop().time()
        if loop_time >= self._rescan_at:
            # Now and then look again from the start: rows left pending by an outage.
            self._rescan_at, self._last_id = loop_time + 30.0, 0
        found = await inbox.pending(self.db, after_id=self._last_id)
        if found:
            self._last_id = max(self._last_id, found[-1].id)
        for row in found:
            self._queue(row)
        self.idle.clear() if self._active else self.idle.set()
        if found:
            return
        waiter = asyncio.create_task(self._wake.wait())
        stopper = asyncio.create_task(stop.wait())
        await asyncio.wait({waiter, stopper}, timeout=1.0,
                           return_when=asyncio.FIRST_COMPLETED)
        waiter.cancel()
        stopper.cancel()

    async def drain_all(self) -> None:
        """Let updates already started finish (a stop waits for them)."""
        if self._active:
            await asyncio.gather(*self._active.values(), return_exceptions=True)

    async def _drain(self, key: int) -> None:
        try:
            queue = self._queues[key]
            while queue:
                row = queue.popleft()
                try:
                    async with self._slots:
                        await self.process(row)
                finally:
                    self._queued.discard(row.id)
            await self._flush_quota_marks()
        finally:
            self._queues.pop(key, None)
            self._active.pop(key, None)
            if not self._active:
                self.idle.set()

    async def process(self, row: inbox.Pending) -> None:
        """Run one stored update to completion; retries transient database errors."""
        started = asyncio.get_running_loop().time()
        update = await self._parse(row)
        if update is None:
            return
        if row.rejected is not None:
            # Stored as failed at ingest (it cannot be processed): only apologise.
            outcome = Outcome(callback_query_id=update.callback_query.id
                              if update.callback_query else None)
            await self._fail(row, update, Unprocessable(row.rejected), outcome)
            await self._after_commit(outcome)
            return
        if await self._over_quota(row, update):
            return
        delays = list(self.settings.processing.retry_delays_s)
        attempt = 0
        copies = await self._check_images(update)
        unused = copies  # checked copies no committed change refers to: removed at the end
        while True:
            outcome = Outcome(callback_query_id=update.callback_query.id
                              if update.callback_query else None)
            checked = dict(copies)  # a photo step takes (pops) the copy it keeps
            try:
                done = await self._run_once(row, update, outcome, checked)
                unused = checked if done else copies
            except DomainError as exc:
                self.stats.domain_errors += 1
                await self._refuse(row, update, exc, outcome)
                done = True
            except Exception as exc:
                if is_transient(exc) and attempt < len(delays):
                    self.stats.transient_retries += 1
                    log.warning("update %s: database busy (%s); retry %d in %.0f s",
                                row.update_id, type(exc).__name__, attempt + 1, delays[attempt])
                    if attempt == 0:
                        await self._busy_notice(update, outcome)
                    await asyncio.sleep(delays[attempt])
                    attempt += 1
                    continue
                log.error("update %s failed: %s", row.update_id, type(exc).__name__,
                          exc_info=not is_transient(exc))
                await self._fail(row, update, exc, outcome)
                done = True
            if done:
                self.stats.processed += 1
            break
        for leftover in unused.values():
            if leftover.ref is not None:
                discard(leftover.ref, self.settings.files)
        await self._after_commit(outcome)
        self.stats.latencies_ms.append((asyncio.get_running_loop().time() - started) * 1000)

    async def _parse(self, row: inbox.Pending) -> Update | None:
        """The stored update; one that cannot be read back is marked failed (by type)."""
        if isinstance(row.parsed, Update):
            return row.parsed
        try:
            return Update.model_validate_json(row.payload, context={"bot": self.bot})
        except ValueError as exc:
            log.error("update %s cannot be read back (%s); marked failed", row.update_id,
                      type(exc).__name__)
        try:
            async with self.db.writer() as session:
                await inbox.mark_done(session, row.id, self.clock.now(), status="failed",
                                      error="unreadable payload")
                await session.commit()
        except Exception as exc:
            log.warning("update %s: failure not recorded (%s)", row.update_id,
                        type(exc).__name__)
        self.stats.failed += 1
        return None

    async def _run_once(self, row: inbox.Pending, update: Update, outcome: Outcome,
                        checked: dict[str, Checked]) -> bool:
        async with SqlUnitOfWork(self.db.writer(), publisher=self.publisher,
                                 update_id=row.update_id) as uow:
            token = current_session.set(uow.session)
            try:
                if not await inbox.mark_done(uow.session, row.id, self.clock.now()):
                    self.stats.skipped_done += 1
                    return False
                await self.dp.feed_update(self.bot, update, uow=uow, outcome=outcome,
                                          checked=checked)
                await uow.commit()
            finally:
                current_session.reset(token)
        self.quotas.replied(row.key, uow.outbox.to_chat.get(row.key, 0), self.clock.now())
        self.on_commit(uow)
        return True

    async def _flush_quota_marks(self) -> None:
        marks, self._quota_marks = self._quota_marks, []
        try:
            await inbox.mark_many(self.db, marks, self.clock.now())
        except Exception as exc:  # left pending: they are handled (with the quota) again
            log.warning("quota marks not written (%s)", type(exc).__name__)

    async def _check_images(self, update: Update) -> dict[str, Checked]:
        """Images are fetched and checked before the transaction (no download holds it), for
        people with a conversation open (a stray photo is never downloaded)."""
        message = private_image(update)
        storage = self.dp.storage
        if message is None or message.from_user is None or not isinstance(storage, SqlStorage):
            return {}
        key = StorageKey(bot_id=self.bot.id, chat_id=message.chat.id,
                         user_id=message.from_user.id)
        if not await storage.in_conversation(key):
            return {}
        return await check_update(self.bot, update, self.settings.files)

    async def _over_quota(self, row: inbox.Pending, update: Update) -> bool:
        """A person past their quota: the update is handled with it (marked, counted, logged
        by type, the handlers not run); the first time in a minute they are told to slow
        down, in a private chat or on the pressed button."""
        key = row.key
        if not self.quotas.enabled or key <= 0 or key in ANONYMOUS_IDS:
            return False
        now = self.clock.now()
        verdict = self.quotas.take(key, now)
        if verdict is Verdict.OK:
            return False
        kind = update.event_type
        self.stats.over_quota[kind] = self.stats.over_quota.get(kind, 0) + 1
        log.info("update %s (%s) over the per-person quota", row.update_id, kind)
        if verdict is Verdict.DROP and update.callback_query is None:
            # Nothing to say or answer: marked with others in one statement, so a flood costs
            # one write a batch instead of one a message (a crash before that: handled again).
            self._quota_marks.append((row.id, "quota", f"quota:{kind}"[:200]))
            if len(self._quota_marks) >= 100:
                await self._flush_quota_marks()
            return True
        outcome = Outcome(callback_query_id=update.callback_query.id
                          if update.callback_query else None)
        async with SqlUnitOfWork(self.db.writer(), update_id=row.update_id) as uow:
            if not await inbox.mark_done(uow.session, row.id, now, status="quota",
                                         error=f"quota:{kind}"[:200]):
                return True
            if verdict is Verdict.NOTICE:
                locale, chat_id = await self._locale_of(uow, update)
                text = self.tr(locale, "slow-down")
                if outcome.callback_query_id:
                    outcome.answer_text, outcome.answer_alert = text[:200], True
                elif chat_id == key:  # their private chat
                    await Postman(uow, self.tr, now).send(chat_id, text)
            await uow.commit()
        self.on_commit(None)
        await self._after_commit(outcome)
        return True

    async def _locale_of(self, uow: SqlUnitOfWork, update: Update) -> tuple[Locale, int | None]:
        user = getattr(update.event, "from_user", None)
        person = await uow.people.by_tg(user.id) if user is not None else None
        locale = person.locale if person else Locale.guess(user.language_code if user else None)
        chat = getattr(update.event, "chat", None) or getattr(
            getattr(update.event, "message", None), "chat", None)
        return locale, (chat.id if chat is not None else None)

    async def _refuse(self, row: inbox.Pending, update: Update, exc: DomainError,
                      outcome: Outcome) -> None:
        """A rule said no: nothing the update did is kept; the person is told why."""
        now = self.clock.now()
        async with SqlUnitOfWork(self.db.writer(), publisher=self.publisher,
                                 update_id=row.update_id) as uow:
            await inbox.mark_done(uow.session, row.id, now, status="refused", error=exc.key[:200])
            locale, chat_id = await self._locale_of(uow, update)
            user = getattr(update.event, "from_user", None)
            entity, action = exc.audit_entity, exc.audit_action
            if update.callback_query is not None and not (entity and action):
                # A refused press is a security event: forged, replayed or stale.
                entity, action = "security", "refused-button"
            if entity and action:
                await uow.audit.record(at=now, entity=entity, entity_id=exc.key[:64],
                                       action=action, update_id=row.update_id,
                                       actor_tg_id=user.id if user else None)
            text = self.tr(locale, exc.key, **exc.args_map)
            if outcome.callback_query_id:
                outcome.answer_text, outcome.answer_alert = text[:200], True
            elif chat_id is not None:
                await Postman(uow, self.tr, now).send(chat_id, text)
            await uow.commit()
        self.on_commit(None)

    async def _fail(self, row: inbox.Pending, update: Update, exc: Exception,
                    outcome: Outcome) -> None:
        """A bug or a lasting outage: record it, apologise, move on to the next update."""
        self.stats.failed += 1
        try:
            async with SqlUnitOfWork(self.db.writer(), update_id=row.update_id) as uow:
                await inbox.mark_done(uow.session, row.id, self.clock.now(), status="failed",
                                      error=type(exc).__name__[:200])
                locale, chat_id = await self._locale_of(uow, update)
                if outcome.callback_query_id:
                    outcome.answer_text = self.tr(locale, "error-failed")
                elif chat_id is not None and chat_id > 0:
                    await Postman(uow, self.tr, self.clock.now()).send(
                        chat_id, self.tr(locale, "error-failed"))
                await uow.commit()
            self.on_commit(None)
        except Exception as again:  # the database is gone; the row stays pending for later
            log.error("update %s: could not record the failure (%s)", row.update_id,
                      type(again).__name__)

    async def _busy_notice(self, update: Update, outcome: Outcome) -> None:
        """The database is locked: say so at once; a pressed button is answered here."""
        if outcome.busy_notice_sent:
            return
        outcome.busy_notice_sent = await tell_busy(self.bot, self.tr, update)
        if outcome.busy_notice_sent and update.callback_query is not None:
            outcome.callback_query_id = None

    async def _after_commit(self, outcome: Outcome) -> None:
        """Answer the pressed button (every callback query is answered)."""
        if not outcome.callback_query_id:
            return
        kwargs: dict[str, Any] = {"callback_query_id": outcome.callback_query_id}
        if outcome.answer_text:
            kwargs.update(text=outcome.answer_text[:200], show_alert=outcome.answer_alert)
        try:
            await self.bot(AnswerCallbackQuery(**kwargs))
        except Exception as exc:
            # A late answer fails with "query is too old"; an unreadable reply or a network
            # error changes nothing either: the change itself is committed.
            log.info("callback answer not delivered: %s", type(exc).__name__)
