"""`propdesk demo`: the bot, a local Telegram sandbox with a browser chat, and a demo estate.

The sandbox keeps its chats in memory, so each demo starts from a fresh database and sets up
the same cast (bot/demo_cast.py): residents of three units, crews of two trades, the desk, a
supervisor, a manager and security, each in their chats and staff groups. The page at / lets
a visitor play any of them; /demo/... adds the estate clock, QR posters and a guided tour.

A second demo never harms a running one: the port is taken before anything else is done, and
var/demo.lock (an flock held while a demo runs) keeps another demo from deleting its database.
The demo's clock starts at the estate's next opening when the office is closed, and the
sandbox dates every message by that clock.
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import logging
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

from bot.app import Runtime, create_bot
from bot.demo.cast import Cast, make_posters, set_up_cast
from bot.demo.data import (
    DemoCodes,
    seed_custody,
    seed_demo,
    seed_faq,
    seed_new_owner,
    seed_past_quarter,
)
from bot.demo.web import WARNINGS_PATH, DemoWeb, MovableClock, Scene, open_office
from bot.i18n import Translator
from bot.notices import make_publisher
from bot.settings import Settings
from domain import registry
from domain.clock import OffsetClock
from sandbox.driver import Driver
from sandbox.server import SandboxServer
from store.db import Database, create_database
from store.migrate import upgrade
from store.uow import SqlUnitOfWork

DEMO_TOKEN = "1000000001:DEMO-not-a-real-token-0123456789ab"  # noqa: S105 - sandbox only
BOT_USERNAME = "propdesk_bot"
log = logging.getLogger("propdesk.demo")


class DemoRunning(RuntimeError):
    """Another demo is running on the same folder (its database is in use)."""


def hold_lock(var: Path) -> int:
    """Take var/demo.lock for as long as the returned descriptor is open; DemoRunning if another
    demo holds it. The kernel lets go when the process ends, so a killed demo leaves no lock."""
    fd = os.open(var / "demo.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise DemoRunning(f"another propdesk demo is running on {var / 'demo.db'}") from None
    return fd


def demo_settings(base: Settings, api_base: str, db_url: str, var: Path) -> Settings:
    data = base.model_dump()
    data["telegram"].update(token=DEMO_TOKEN, api_base=api_base, mode="polling",
                            polling_timeout=10, bot_username=BOT_USERNAME)
    data["database"]["url"] = db_url
    data["files"]["root"] = str(var / "demo-files")
    data["sweeper"]["interval_s"] = 5.0
    data["clock"]["file"] = None
    # The Observatory's warnings come from the demo page's weather button, never the real feed.
    data["weather"].update(url=f"{api_base}{WARNINGS_PATH}", interval_s=60.0)
    # One presenter plays every part, fast, on a clock that can be frozen: no quotas.
    data["quota"].update(updates_per_min=0, replies_per_min=0)
    return Settings(**data)


@dataclass
class Demo:
    """A running demo: stop() ends it."""

    url: str
    server: SandboxServer
    runtime: Runtime
    db: Database
    codes: DemoCodes
    cast: Cast
    web: DemoWeb
    db_path: Path
    lock: int

    async def stop(self) -> None:
        try:
            await self.runtime.shutdown()
            await self.db.dispose()
            await self.server.stop()
        finally:
            os.close(self.lock)


async def start_demo(settings: Settings, *, var: Path, host: str = "127.0.0.1", port: int = 0,
                     clock: MovableClock | None = None) -> Demo:
    """Start the sandbox, the bot and the demo estate. OSError if the port is taken and
    DemoRunning if another demo runs on `var`; either way before any file is touched."""
    var.mkdir(parents=True, exist_ok=True)
    db_path = var / "demo.db"
    db_url = f"sqlite+aiosqlite:///{db_path}"
    clock = clock if clock is not None else OffsetClock()
    tr = Translator()
    server = SandboxServer(bot_username=BOT_USERNAME, token=DEMO_TOKEN, clock=clock.now)
    web = DemoWeb(clock, tr, BOT_USERNAME, server.announce)
    server.app.router.add_routes(web.routes())
    try:
        base = await server.start(host, port)
        lock = hold_lock(var)
    except BaseException:
        await server.stop()
        raise
    try:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        await asyncio.to_thread(upgrade, db_url)
    except BaseException:
        os.close(lock)
        await server.stop()
        raise
    api_base = base.replace("0.0.0.0", "127.0.0.1")  # noqa: S104
    cfg = demo_settings(settings, api_base, db_url, var)
    db = create_database(db_url)
    runtime = Runtime(cfg, db, create_bot(cfg), clock, tr)
    try:
        async with SqlUnitOfWork(db.writer(), publisher=make_publisher(
                runtime.tr, cfg, clock.now)) as uow:
            codes = await seed_demo(uow, clock.now())
            await seed_past_quarter(uow, codes.estate, clock.now())
            await seed_custody(uow, codes.estate, clock.now())
            await seed_faq(uow, codes.estate, clock.now())
            await seed_new_owner(uow, codes, clock.now())
            # At 07:31 the first repair would be told the office has closed: start at opening.
            open_office(clock, registry.calendar_of(codes.estate))
            posters = await make_posters(uow, codes.estate, clock.now())
            await uow.commit()
        await runtime.prepare_telegram()
        await runtime.start()
        async with Driver(api_base) as d:
            cast = await set_up_cast(d, codes)
    except BaseException:
        await runtime.shutdown()
        await db.dispose()
        await server.stop()
        os.close(lock)
        raise
    web.scene = Scene(runtime, codes, cast, posters)
    return Demo(api_base, server, runtime, db, codes, cast, web, db_path, lock)


async def run_demo(args: argparse.Namespace, settings: Settings) -> int:
    host = "0.0.0.0" if args.public else "127.0.0.1"  # noqa: S104 - only with --public
    try:
        demo = await start_demo(settings, var=Path("var"), host=host, port=args.port)
    except DemoRunning as exc:
        sys.stderr.write(f"propdesk: {exc}; stop it first, or run this one from another "
                         "folder\n")
        return 2
    except OSError as exc:
        sys.stderr.write(f"propdesk: cannot listen on port {args.port} ({exc.strerror}); "
                         "try `propdesk demo --port 8090`\n")
        return 2
    port = demo.url.rsplit(":", 1)[1]
    shown = f"http://{'<this machine>' if args.public else '127.0.0.1'}:{port}"
    lines = [
        "", f"propdesk demo: {shown}", "",
        "  Open it in a browser and play any resident, crew member or office role; a guided",
        "  tour walks through one repair. Ctrl-C stops the demo.",
        f"  Estate {demo.codes.estate.name}; database {demo.db_path} (new at every start).",
    ]
    if args.public:
        lines.append("  --public: anyone who can reach this machine can use the demo (no login).")
    sys.stdout.write("\n".join(lines) + "\n\n")
    sys.stdout.flush()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await demo.stop()
    return 0
