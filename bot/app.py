"""Composition root: the bot, the dispatcher and the running parts, built fresh on demand."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.methods import DeleteWebhook, SetMyCommands, SetWebhook
from aiogram.types import BotCommandScopeDefault

from bot.filestore import FileFetcher
from bot.i18n import Translator
from bot.middlewares import ContextMiddleware
from bot.notices import make_publisher
from bot.pydantic_pins import pin_response_models
from bot.runtime.health import Health
from bot.runtime.ingest import ALLOWED_UPDATES, Poller, WebhookServer
from bot.runtime.inline_filters import inline_sync_filters
from bot.runtime.leader import Leadership
from bot.runtime.processor import Processor
from bot.runtime.sender import Sender
from bot.runtime.supervisor import supervise
from bot.runtime.sweeper import Sweeper, weather_checks
from bot.runtime.weather import WeatherWatch
from bot.settings import Settings
from bot.ui import menus
from domain import delivery, onboarding
from domain.announcements import service as announcements
from domain.clock import Clock, FileClock, SystemClock
from domain.model import Locale
from handlers import build_routers
from store import outbox
from store.db import Database
from store.fsm import SqlStorage
from store.uow import Publisher, SqlUnitOfWork

log = logging.getLogger(__name__)


def create_bot(settings: Settings) -> Bot:
    assert settings.telegram.token is not None
    pin_response_models()
    session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram.api_base))
    return Bot(settings.telegram.token.get_secret_value(), session=session)


def create_clock(settings: Settings) -> Clock:
    return FileClock(settings.clock.file) if settings.clock.file else SystemClock()


def create_dispatcher(*, db: Database, tr: Translator, settings: Settings,
                      clock: Clock) -> Dispatcher:
    """A new dispatcher with the SQL FSM storage, the context middleware and all routers."""
    dp = Dispatcher(storage=SqlStorage(db))
    dp.update.outer_middleware(ContextMiddleware(tr, settings, clock))
    dp.include_routers(*build_routers())
    inline_sync_filters(dp)
    return dp


@dataclass
class Runtime:
    """The running bot: ingest, processor, outbox sender and sweeper around one database."""

    settings: Settings
    db: Database
    bot: Bot
    clock: Clock
    tr: Translator = field(default_factory=Translator)
    tasks: list[asyncio.Task[Any]] = field(default_factory=list)
    ingest: bool = True  # False: a worker that only processes what others stored

    def __post_init__(self) -> None:
        self.stop = asyncio.Event()
        self.publisher: Publisher = make_publisher(self.tr, self.settings, self.clock.now)
        self.dp = create_dispatcher(db=self.db, tr=self.tr, settings=self.settings,
                                    clock=self.clock)
        self.leadership = Leadership(self.settings.redis.url)
        leads = lambda: self.leadership.is_leader  # noqa: E731
        self.sender = Sender(self.db, self.bot, self.settings, on_chat_event=self.chat_event,
                             files_root=self.settings.files.root, leads=leads,
                             on_parked=self.parked)
        self.processor = Processor(self.db, self.dp, self.bot, publisher=self.publisher,
                                   tr=self.tr, clock=self.clock, settings=self.settings,
                                   on_commit=self.committed)
        self.sweeper = Sweeper(self.db, self.clock, self.publisher,
                               interval_s=self.settings.sweeper.interval_s,
                               on_commit=self.sender.wake, leads=leads,
                               context={"files_root": self.settings.files.root,
                                        "announce_feed": announcements.Feed(
                                            self.settings.sweeper.announce_batch,
                                            self.settings.sweeper.announce_backlog)})
        self.weather: WeatherWatch | None = None
        if self.settings.weather.url:
            self.weather = WeatherWatch(self.settings.weather.url,
                                        interval_s=self.settings.weather.interval_s,
                                        timeout_s=self.settings.weather.timeout_s,
                                        on_change=self.sweeper.kick.set, leads=leads)
            self.sweeper.context["weather"] = self.weather
            self.sweeper.jobs = [*self.sweeper.jobs, ("weather-checks", weather_checks)]
        self.files = FileFetcher(self.db, self.bot, self.settings.files.root,
                                 self.settings.files.max_document_bytes,
                                 leads=leads)
        self.webhook: WebhookServer | None = None
        self.poller: Poller | None = None
        self.health = Health(self, max_backlog=self.settings.health.max_backlog)

    def task_states(self) -> dict[str, str]:
        """Each background part: "ok" while it runs, else how it ended."""
        states: dict[str, str] = {}
        for task in self.tasks:
            if not task.done():
                states[task.get_name()] = "ok"
            elif task.cancelled():
                states[task.get_name()] = "cancelled"
            else:
                exc = task.exception()
                states[task.get_name()] = f"stopped ({type(exc).__name__})" if exc else "stopped"
        return states

    def committed(self, uow: SqlUnitOfWork | None = None) -> None:
        """An update committed: there may be messages to send and files to copy."""
        if uow is None or uow.outbox.added:
            self.sender.wake()
        if uow is None or uow.files.added:
            self.files.wake()

    async def chat_event(self, chat_id: int, kind: str, migrate_to: int | None) -> None:
        """The sender learned that a chat moved or is closed to the bot."""
        async with SqlUnitOfWork(self.db.writer(), publisher=self.publisher) as uow:
            now = self.clock.now()
            if kind == "migrated" and migrate_to is not None:
                await onboarding.group_migrated(uow, chat_id, migrate_to, now)
            elif chat_id > 0:
                await uow.people.set_blocked(chat_id, True)
            else:
                await onboarding.bot_removed_from_group(uow, chat_id, now)
            await uow.commit()
        self.sender.wake()

    async def parked(self, job: outbox.Job) -> None:
        """A send was parked after unknown outcomes: a resident's desk is told; for any
        other chat the log says which row (never its content)."""
        async with SqlUnitOfWork(self.db.writer(), publisher=self.publisher) as uow:
            told = await delivery.message_parked(uow, job.chat_id, job.id, job.method,
                                                 self.clock.now())
            await uow.commit()
        if told:
            self.sender.wake()
        else:
            log.error("outbox row %s (%s) parked: outcome unknown (not a resident's chat)",
                      job.id, job.method)

    async def prepare_telegram(self) -> None:
        """Default command menus, and webhook or polling mode."""
        for locale, code in ((Locale.ZH_HANT, None), (Locale.EN, "en")):
            try:
                await self.bot(SetMyCommands(commands=menus.default(self.tr, locale),
                                             scope=BotCommandScopeDefault(), language_code=code))
            except Exception as exc:  # refused, unreachable, or an unreadable answer
                log.warning("default commands not set: %s", type(exc).__name__)
        tg = self.settings.telegram
        if tg.mode == "webhook":
            hook = self.settings.webhook
            if hook.url:
                assert hook.secret is not None
                await self.bot(SetWebhook(url=hook.url, secret_token=hook.secret.get_secret_value(),
                                          allowed_updates=ALLOWED_UPDATES))
        else:
            await self.bot(DeleteWebhook(drop_pending_updates=False))

    async def start(self) -> None:
        tg = self.settings.telegram
        if not self.ingest:
            pass
        elif tg.mode == "webhook":
            hook = self.settings.webhook
            assert hook.secret is not None
            self.webhook = WebhookServer(self.db, self.bot, self.clock,
                                         secret=hook.secret.get_secret_value(), path=hook.path,
                                         max_body=hook.max_body_bytes,
                                         on_stored=self.processor.notify)
            self.webhook.add_routes = self.health.add_routes
            await self.webhook.start(hook.host, hook.port)
        else:
            self.poller = Poller(self.db, self.bot, self.clock, timeout=tg.polling_timeout,
                                 on_stored=self.processor.notify, tr=self.tr)
            self._background("ingest", self.poller.run)
        if self.settings.health.port and self.webhook is None:
            await self.health.start(self.settings.health.host, self.settings.health.port)
        self._background("leader", self.leadership.run)
        self._background("processor", self.processor.run)
        self._background("sender", self.sender.run)
        self._background("sweeper", self.sweeper.run)
        self._background("files", self.files.run)
        if self.weather is not None:
            self._background("weather", self.weather.run)

    def _background(self, name: str, run: Callable[[asyncio.Event], Awaitable[None]]) -> None:
        """A task that is restarted (with an ERROR line and a back-off) if it dies."""
        self.tasks.append(asyncio.create_task(
            supervise(name, lambda: run(self.stop), self.stop), name=name))

    async def shutdown(self) -> None:
        """Stop taking updates, let started ones finish, flush what is due, close."""
        self.stop.set()
        for task in self.tasks:
            if task.get_name() == "ingest":
                task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        if self.webhook is not None:
            await self.webhook.stop()
        await self.health.stop()
        await self.bot.session.close()
