"""The two bots under test as child processes: how each is started, and what /proc says."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sandbox.driver import Driver

ROOT = Path(__file__).resolve().parent.parent
PROPDESK = str(Path(sys.executable).parent / "propdesk")
# One token per sandbox server: each bot gets its own server, and its own token.
PROPDESK_TOKEN = "555000111:BENCH-propdesk-abcdefghijklmnopqrstuvwx"
BARE_TOKEN = "555000222:BENCH-bare-abcdefghijklmnopqrstuvwxyz01"
CLK_TCK = os.sysconf("SC_CLK_TCK")

# The sandbox enforces no Telegram flood limits and the bare bot has no limiter, so propdesk's
# outbox limiter is opened up (otherwise it correctly holds replies to ~30 messages/s), and
# its per-person quotas are off.
OPEN_LIMITS = {
    "PROPDESK_OUTBOX__GLOBAL_PER_S": "100000",
    "PROPDESK_OUTBOX__PER_CHAT_PER_S": "1000",
    "PROPDESK_OUTBOX__PER_CHAT_BURST": "1000",
    "PROPDESK_OUTBOX__PER_GROUP_PER_MIN": "100000",
    # A benchmark user sends far more than a person may in a minute; the bare bot has no
    # quotas either.
    "PROPDESK_QUOTA__UPDATES_PER_MIN": "0",
    "PROPDESK_QUOTA__REPLIES_PER_MIN": "0",
}


@dataclass
class BotProcess:
    """One bot child process; stdout and stderr go to a log file."""

    name: str
    argv: list[str]
    env: dict[str, str]
    cwd: Path
    log_path: Path
    proc: subprocess.Popen[bytes] | None = None
    spawned_at: float = 0.0
    settings: dict[str, str] = field(default_factory=dict)

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def start(self) -> None:
        with self.log_path.open("ab") as log:
            self.spawned_at = time.monotonic()
            self.proc = subprocess.Popen(self.argv, env=self.env, cwd=self.cwd, stdout=log,
                                         stderr=subprocess.STDOUT)

    async def wait_ready(self, driver: Driver, timeout: float = 60.0) -> float:
        """Seconds from spawn to the bot's first getUpdates call reaching the sandbox.

        The sandbox logs a call when it returns, stamped with the time it arrived (`Call.t`,
        time.monotonic()), so this waits at most one long-poll timeout after the fact."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            # Only calls made after the spawn: a stopped bot's last long poll may still end.
            calls = [c for c in await driver.calls("getUpdates") if c.t >= self.spawned_at]
            if calls:
                return min(c.t for c in calls) - self.spawned_at
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}:\n"
                                   f"{self.log_tail()}")
            await asyncio.sleep(0.02)
        raise TimeoutError(f"{self.name} did not start polling:\n{self.log_tail()}")

    def status_mb(self, key: str) -> float:
        """A memory line of /proc/<pid>/status (VmHWM = peak RSS, VmRSS = now), in MB."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024  # kB
        return 0.0

    def cpu_s(self) -> float:
        """User + system CPU seconds the process has used so far."""
        stat = Path(f"/proc/{self.pid}/stat").read_text()
        fields = stat.rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime, stime

    def thread_cpu_s(self) -> dict[int, float]:
        """CPU seconds per thread (the main thread, which runs the event loop, has tid == pid)."""
        out: dict[int, float] = {}
        for task in Path(f"/proc/{self.pid}/task").iterdir():
            try:
                fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:  # the thread just ended
                continue
            out[int(task.name)] = (int(fields[11]) + int(fields[12])) / CLK_TCK
        return out

    def stop(self) -> int | None:
        """SIGTERM, then SIGKILL if it does not stop within 20 s; returns the exit code."""
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else None
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(10)

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-chars:]
        except OSError:
            return ""


def _base_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items()
            if not k.startswith(("PROPDESK_", "BENCH_"))}


async def prepare_propdesk(tmp: Path, api_base: str, *, concurrency: int,
                           polling_timeout: int, token: str = PROPDESK_TOKEN,
                           seed: Callable[[Any, Any, datetime], Awaitable[None]] | None = None
                           ) -> BotProcess:
    """A fresh migrated SQLite database with the demo estate (and what `seed` adds: people,
    groups, tickets of a scenario), and `propdesk run` set up on it."""
    from bot.demo.data import seed_demo
    from store.db import create_database
    from store.migrate import upgrade
    from store.uow import SqlUnitOfWork

    db_url = f"sqlite+aiosqlite:///{tmp / 'propdesk.db'}"
    await asyncio.to_thread(upgrade, db_url)
    db = create_database(db_url)
    now = datetime.now(UTC)
    try:
        async with SqlUnitOfWork(db.writer()) as uow:
            codes = await seed_demo(uow, now)
            await uow.commit()
        if seed is not None:
            await seed(db, codes, now)
    finally:
        await db.dispose()
    settings = {
        "PROPDESK_TELEGRAM__TOKEN": token,
        "PROPDESK_TELEGRAM__API_BASE": api_base,
        "PROPDESK_TELEGRAM__POLLING_TIMEOUT": str(polling_timeout),
        "PROPDESK_DATABASE__URL": db_url,
        "PROPDESK_FILES__ROOT": str(tmp / "files"),
        "PROPDESK_LOG_LEVEL": "WARNING",
        "PROPDESK_PROCESSING__CONCURRENCY": str(concurrency),
        **OPEN_LIMITS,
    }
    env = {**_base_env(), **settings}
    shown = {k: v for k, v in settings.items() if k != "PROPDESK_TELEGRAM__TOKEN"}
    return BotProcess("propdesk", [PROPDESK, "run"], env, tmp, tmp / "propdesk.log",
                      settings=shown)


def prepare_bare(tmp: Path, api_base: str, *, polling_timeout: int,
                 token: str = BARE_TOKEN) -> BotProcess:
    """`python -m bench.bare_bot` against its own sandbox server."""
    settings = {"BENCH_BARE_API_BASE": api_base,
                "BENCH_BARE_POLLING_TIMEOUT": str(polling_timeout)}
    env = {**_base_env(), **settings, "BENCH_BARE_TOKEN": token,
           "PYTHONPATH": str(ROOT)}
    return BotProcess("bare", [sys.executable, "-m", "bench.bare_bot"], env, ROOT,
                      tmp / "bare.log", settings=settings)
