"""The real `propdesk run` process against the sandbox Bot API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from bot.demo.data import DemoCodes, seed_demo
from domain.clock import FileClock
from sandbox.driver import Driver
from sandbox.server import SandboxServer
from store import inbox, outbox
from store.db import Database, create_database
from store.migrate import upgrade
from store.uow import SqlUnitOfWork
from tests.privacy import assert_log_private

TOKEN = "987654321:E2E-abcdefghijklmnopqrstuvwxyz0123456"
# Answers to sends and edits this many ms after the message is shown (a real round trip);
# `.ci/run` runs the suite a second time with 100.
ANSWER_DELAY_MS = int(os.environ.get("PROPDESK_SANDBOX_ANSWER_DELAY_MS") or 0)
PROPDESK = str(Path(sys.executable).parent / "propdesk")

pytestmark = pytest.mark.e2e


@dataclass
class BotProcess:
    """One `propdesk run` child process; its log goes to a file."""

    env: dict[str, str]
    log_path: Path
    proc: subprocess.Popen[bytes] | None = None
    starts: int = 0

    def start(self) -> None:
        self.starts += 1
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen([PROPDESK, "run"], env=self.env, stdout=log,
                                     stderr=subprocess.STDOUT, cwd=self.env["PROPDESK_CWD"])
        log.close()

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> int:
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else 0
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    async def wait_ready(self, driver: Driver, timeout: float = 30.0) -> None:
        """Ready once this start has logged that it runs."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            if self.log().count("propdesk is running") >= self.starts:
                return
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"propdesk exited with {self.proc.returncode}:\n{self.log()}")
            await asyncio.sleep(0.05)
        raise TimeoutError(f"propdesk did not start:\n{self.log()}")


@dataclass
class E2E:
    d: Driver
    server: SandboxServer
    bot: BotProcess
    db: Database
    db_url: str
    clock_file: Path
    extra: dict[str, Any] = field(default_factory=dict)

    async def seed(self, now: datetime | None = None) -> DemoCodes:
        async with SqlUnitOfWork(self.db.writer()) as uow:
            codes = await seed_demo(uow, now or self.extra["now"])
            await uow.commit()
        return codes

    async def settle(self, timeout: float = 20.0) -> None:
        """Every update confirmed and processed, every message sent."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            if not await self.d.pending_updates() and not await inbox.pending(self.db):
                counts = await outbox.counts(self.db)
                if not counts.get("pending") and not counts.get("sending"):
                    return
            await asyncio.sleep(0.05)
        raise TimeoutError(f"not settled; log:\n{self.bot.log()[-3000:]}")

    def freeze(self, at: datetime) -> None:
        """Set the bot's clock (it reads the file on every look at the time)."""
        self.extra["now"] = at
        FileClock.write(str(self.clock_file), at)


def bot_env(tmp: Path, api_base: str, db_url: str, clock_file: Path,
            **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROPDESK_")}
    env.update({
        "PROPDESK_TELEGRAM__TOKEN": TOKEN,
        "PROPDESK_TELEGRAM__API_BASE": api_base,
        "PROPDESK_TELEGRAM__POLLING_TIMEOUT": "1",
        "PROPDESK_DATABASE__URL": db_url,
        "PROPDESK_CLOCK__FILE": str(clock_file),
        "PROPDESK_FILES__ROOT": str(tmp / "files"),
        "PROPDESK_OUTBOX__GLOBAL_PER_S": "500",
        "PROPDESK_OUTBOX__PER_CHAT_PER_S": "100",
        "PROPDESK_OUTBOX__PER_CHAT_BURST": "50",
        "PROPDESK_OUTBOX__PER_GROUP_PER_MIN": "6000",
        "PROPDESK_SWEEPER__INTERVAL_S": "0.3",
        "PROPDESK_LOG_LEVEL": "DEBUG",
        # The clock is frozen: one person's whole story happens in one minute.
        "PROPDESK_QUOTA__UPDATES_PER_MIN": "0",
        "PROPDESK_QUOTA__REPLIES_PER_MIN": "0",
        "PROPDESK_CWD": str(tmp),
    })
    env.update(extra)
    return env


@asynccontextmanager
async def e2e_on(tmp_path: Path, db_url: str) -> AsyncIterator[E2E]:
    """The sandbox, a migrated database at `db_url` and a bot process ready to start."""
    server = SandboxServer(answer_delay_ms=ANSWER_DELAY_MS)
    base = await server.start()
    await asyncio.to_thread(upgrade, db_url)
    db = create_database(db_url)
    clock_file = tmp_path / "clock"
    proc = BotProcess(bot_env(tmp_path, base, db_url, clock_file), tmp_path / "bot.log")
    driver = Driver(base)
    await driver.__aenter__()
    env = E2E(driver, server, proc, db, db_url, clock_file)
    try:
        yield env
        await asyncio.to_thread(proc.stop)
        if proc.log_path.exists():
            assert_log_private(proc.log(), server, TOKEN)
    finally:
        # In a thread: the sandbox runs on this event loop and must still answer the calls the
        # bot makes while it stops (an answer held back by the answer delay, for one).
        await asyncio.to_thread(proc.stop)
        await driver.close()
        await db.dispose()
        await server.stop()


@pytest.fixture
async def e2e(tmp_path: Path) -> AsyncIterator[E2E]:
    async with e2e_on(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'e2e.db'}") as env:
        yield env


@pytest.fixture(params=["sqlite", "postgresql"])
def e2e_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'e2e.db'}"
    return str(request.getfixturevalue("pg_database"))


@pytest.fixture
async def e2e_both(e2e_url: str, tmp_path: Path) -> AsyncIterator[E2E]:
    """The same e2e run once on SQLite and once on PostgreSQL (CI always has both)."""
    async with e2e_on(tmp_path, e2e_url) as env:
        yield env
