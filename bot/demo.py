"""`propdesk demo`: the bot, a local Telegram sandbox and a demo estate in one process.

The sandbox keeps its chats in memory, so each demo starts from a fresh database and sets up
the same cast: residents of three units, crews of two trades, the desk, a supervisor, a
manager and security, each in their chats and staff groups.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bot.app import Runtime, create_bot
from bot.demo_data import DemoCodes, seed_demo
from bot.notices import make_publisher
from bot.settings import Settings
from domain.clock import OffsetClock
from sandbox.driver import Chat, Driver, User
from sandbox.server import SandboxServer
from store.db import create_database
from store.migrate import upgrade
from store.uow import SqlUnitOfWork

DEMO_TOKEN = "1000000001:DEMO-not-a-real-token-0123456789ab"  # noqa: S105 - sandbox only
log = logging.getLogger("propdesk.demo")

STAFF = [  # (name, language, code key)
    ("周經理 Manager Chow", "zh-hant", "manager"),
    ("林小姐 Desk Lam", "zh-hant", "desk"),
    ("何主管 Supervisor Ho", "zh-hant", "supervisor"),
    ("陳保安 Guard Chan", "zh-hant", "security"),
    ("張師傅 Plumber Cheung", "zh-hant", "crew:plumbing"),
    ("黃師傅 Plumber Wong", "zh-hant", "crew:plumbing+"),
    ("Raj Electrician", "en", "crew:electrical"),
]
RESIDENTS = [("陳大文 Chan Tai Man", "zh-hant", "A-12B"), ("Mary Wong", "en", "A-3A"),
             ("李小明 Lee Siu Ming", "zh-hans", "B-1C")]
GROUPS = [  # (title, group code key, members by staff index)
    ("客戶服務 Desk", "desk", [0, 1]),
    ("經理 Managers", "managers", [0]),
    ("水喉維修組 Plumbing crew", "crew:plumbing", [0, 1, 4, 5]),
    ("電力維修組 Electrical crew", "crew:electrical", [0, 1, 6]),
    ("綜合維修組 General crew", "crew:general", [0, 1, 4, 6]),
    ("設備主管 Supervisors", "supervisors", [0, 2]),
    ("保安 Security", "security", [0, 3]),
]


@dataclass
class Cast:
    staff: list[User] = field(default_factory=list)
    residents: list[User] = field(default_factory=list)
    groups: list[Chat] = field(default_factory=list)


async def set_up_cast(d: Driver, codes: DemoCodes) -> Cast:
    """Everyone joins through the bot, exactly as a real office would."""
    cast = Cast()
    for name, lang, key in STAFF:
        user = await d.user(name, language_code=lang)
        await d.send(user, f"/start {codes.staff[key]}")
        await d.wait_for(user, contains=codes.estate.name.split()[0], timeout=30)
        cast.staff.append(user)
    manager = cast.staff[0]
    for title, key, members in GROUPS:
        group = await d.group(title, [cast.staff[i] for i in members])
        await d.add_bot(group, by=manager)
        await d.send(manager, f"/link {codes.groups[key]}", chat=group)
        await d.wait_for(group, contains=codes.estate.name.split()[0], timeout=30)
        cast.groups.append(group)
    for name, lang, unit in RESIDENTS:
        user = await d.user(name, language_code=lang)
        await d.send(user, f"/start {codes.residents[unit]}")
        await d.wait_for(user, contains=unit, timeout=30)
        cast.residents.append(user)
    return cast


def demo_settings(base: Settings, api_base: str, db_url: str, var: Path) -> Settings:
    data = base.model_dump()
    data["telegram"].update(token=DEMO_TOKEN, api_base=api_base, mode="polling",
                            polling_timeout=10, bot_username="propdesk_bot")
    data["database"]["url"] = db_url
    data["files"]["root"] = str(var / "demo-files")
    data["sweeper"]["interval_s"] = 5.0
    data["clock"]["file"] = None
    return Settings(**data)


async def run_demo(args: argparse.Namespace, settings: Settings) -> int:
    var = Path("var")
    var.mkdir(exist_ok=True)
    db_path = var / "demo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db_url = f"sqlite+aiosqlite:///{db_path}"
    await asyncio.to_thread(upgrade, db_url)
    host = "0.0.0.0" if args.public else "127.0.0.1"  # noqa: S104 - only with --public
    server = SandboxServer(token=DEMO_TOKEN)
    try:
        base = await server.start(host, args.port)
    except OSError as exc:
        sys.stderr.write(f"propdesk: cannot listen on port {args.port} ({exc.strerror}); "
                         "try `propdesk demo --port 8090`\n")
        return 2
    api_base = base.replace("0.0.0.0", "127.0.0.1")  # noqa: S104
    cfg = demo_settings(settings, api_base, db_url, var)
    db = create_database(db_url)
    clock = OffsetClock()
    runtime = Runtime(cfg, db, create_bot(cfg), clock)
    server.app["propdesk_clock"] = clock
    async with SqlUnitOfWork(db.writer(), publisher=make_publisher(
            runtime.tr, cfg, clock.now)) as uow:
        codes = await seed_demo(uow, clock.now())
        await uow.commit()
    await runtime.prepare_telegram()
    await runtime.start()
    async with Driver(api_base) as d:
        cast = await set_up_cast(d, codes)
    shown = f"http://{'<this machine>' if args.public else '127.0.0.1'}:{args.port}"
    lines = [
        "", "propdesk demo is running (Ctrl-C stops it).",
        f"  Open {shown}/ in a browser to chat as any of these people:",
        *(f"    {u.first_name}" for u in cast.staff + cast.residents),
        f"  The sandbox's control API is at {shown}/sandbox (see docs/sandbox.md).",
        f"  Database: {db_path} (recreated at every start). Estate: {codes.estate.name}.", "",
    ]
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await runtime.shutdown()
    await db.dispose()
    await server.stop()
    return 0
