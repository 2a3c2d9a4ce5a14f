"""The whole bot in process, talking HTTP to the sandbox, on a real SQLite database."""

from __future__ import annotations

import asyncio
import html
import logging
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.app import Runtime, create_bot
from bot.demo.data import DemoCodes, seed_demo
from bot.i18n import Translator
from bot.logs import RedactingFormatter, quiet_noisy_loggers
from bot.notices import make_publisher
from bot.settings import Settings
from domain.clock import FrozenClock
from domain.model import Locale
from sandbox.driver import Driver
from sandbox.server import SandboxServer
from store import inbox, outbox
from store.db import Database, create_database
from store.uow import SqlUnitOfWork
from tests.privacy import assert_log_private

TOKEN = "123456789:TEST-abcdefghijklmnopqrstuvwxyz012345"
TR = Translator()


def tiny_jpeg(size: tuple[int, int] = (8, 6), color: str = "teal", **save: Any) -> bytes:
    """A real JPEG (photos are decoded and re-encoded before they count)."""
    return _tiny_image("JPEG", size, color, **save)


def tiny_png(size: tuple[int, int] = (1, 1), color: str = "white") -> bytes:
    """A real PNG."""
    return _tiny_image("PNG", size, color)


def _tiny_image(fmt: str, size: tuple[int, int], color: str, **save: Any) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, fmt, **save)
    return out.getvalue()


def plain(text_html: str) -> str:
    """What Telegram shows for an HTML message."""
    return html.unescape(re.sub(r"<[^>]+>", "", text_html))


def says(key: str, locale: Locale = Locale.ZH_HANT, **args: Any) -> str:
    """The text a message id renders to, as the person sees it."""
    return plain(TR(locale, key, **args))


def fast_settings(db_url: str, api_base: str, files: Path, **over: Any) -> Settings:
    data: dict[str, Any] = {
        "telegram": {"token": TOKEN, "api_base": api_base, "polling_timeout": 1},
        "database": {"url": db_url},
        "outbox": {"global_per_s": 1000, "per_chat_per_s": 200, "per_chat_burst": 50,
                   "per_group_per_min": 12000, "group_burst": 50},
        "sweeper": {"interval_s": 3600},
        "processing": {"retry_delays_s": [0.2, 0.5]},
        # The clock is frozen: one person's whole story happens in one minute (quota tests
        # turn the per-person quotas on).
        "quota": {"updates_per_min": 0, "replies_per_min": 0},
        "files": {"root": str(files)},
    }
    for key, value in over.items():
        data.setdefault(key, {}).update(value)
    return Settings(**data)


@dataclass
class Stack:
    runtime: Runtime
    db: Database
    d: Driver
    clock: FrozenClock
    settings: Settings
    server: SandboxServer

    async def settle(self, timeout: float = 10.0) -> None:
        """Wait until every update is processed and every due message sent."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            pending_updates = await self.d.pending_updates()
            waiting = await inbox.pending(self.db)
            counts = await outbox.counts(self.db)
            if not pending_updates and not waiting and not counts.get("pending") \
                    and not counts.get("sending"):
                return
            await asyncio.sleep(0.02)
        raise TimeoutError("the bot did not settle")

    async def seed(self) -> DemoCodes:
        publisher = make_publisher(self.runtime.tr, self.settings, self.clock.now)
        async with SqlUnitOfWork(self.db.writer(), publisher=publisher) as uow:
            codes = await seed_demo(uow, self.clock.now())
            await uow.commit()
        return codes

    async def sweep(self) -> dict[str, int]:
        done = await self.runtime.sweeper.sweep_once()
        self.runtime.sender.wake()
        await self.settle()
        return done


class BotLog(logging.Handler):
    """Takes the root logger to DEBUG with the production formatter and quiet loggers."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(RedactingFormatter("%(levelname)s %(name)s: %(message)s", [TOKEN]))
        self.lines: list[str] = []
        self.root = logging.getLogger()
        self.level_before = self.root.level
        quiet_noisy_loggers()
        self.root.addHandler(self)
        self.root.setLevel(logging.DEBUG)

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    def close(self) -> None:
        self.root.removeHandler(self)
        self.root.setLevel(self.level_before)
        super().close()

    def text(self) -> str:
        return "\n".join(self.lines)


async def start_stack(db_url: str, files: Path, clock: FrozenClock,
                      **over: Any) -> tuple[Stack, Any]:
    server = SandboxServer()
    base = await server.start()
    log = BotLog()  # every line the bot logs, at DEBUG, as the running bot would write it
    settings = fast_settings(db_url, base, files, **over)
    db = create_database(db_url)
    runtime = Runtime(settings, db, create_bot(settings), clock)
    await runtime.prepare_telegram()
    await runtime.start()
    driver = Driver(base)
    await driver.__aenter__()
    stack = Stack(runtime, db, driver, clock, settings, server)

    async def stop() -> None:
        await driver.close()
        await runtime.shutdown()
        await db.dispose()
        log.close()
        try:
            assert_log_private(log.text(), server, TOKEN)
        finally:
            await server.stop()

    return stack, stop


@pytest.fixture
async def stack(sqlite_url: str, tmp_path: Path, clock: FrozenClock) -> AsyncIterator[Stack]:
    s, stop = await start_stack(sqlite_url, tmp_path / "files", clock)
    try:
        yield s
    finally:
        await stop()


@pytest.fixture
async def stack_both(db_url: str, tmp_path: Path, clock: FrozenClock) -> AsyncIterator[Stack]:
    """The stack once on SQLite and once on PostgreSQL (`db_url` is parametrized)."""
    s, stop = await start_stack(db_url, tmp_path / "files", clock)
    try:
        yield s
    finally:
        await stop()
