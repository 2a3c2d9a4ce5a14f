"""The `propdesk` command: run, demo, migrate, check, admin."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import logging
import signal
import sys
from typing import TYPE_CHECKING

from bot.admin import args as admin_args
from bot.logs import setup_logging
from bot.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from store.db import Database
# The rest is imported when needed: a bad setting is reported before aiogram even loads.

log = logging.getLogger("propdesk")


def tune_gc() -> None:
    """Everything loaded at start lives as long as the process: keep it out of the garbage
    collector's scans, and collect the young generation less often (each update allocates
    thousands of short-lived objects). Measured: fewer and shorter collection pauses."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


def _fail(message: str, code: int = 2) -> int:
    sys.stderr.write(f"propdesk: {message}\n")
    return code


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="propdesk", description="Property office desk bot")
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("run", help="run the bot (real Telegram or any Bot API server)")
    demo = sub.add_parser("demo", help="bot + local sandbox + demo estate, nothing to set up "
                                       "(a new database at every start)")
    demo.add_argument("--port", type=int, default=8080)
    demo.add_argument("--public", action="store_true",
                      help="listen on all interfaces (the demo has no login)")
    sub.add_parser("migrate", help="bring the database schema up to date")
    sub.add_parser("check", help="check settings and database, then exit")
    backup = sub.add_parser("backup", help="copy the database and the file store to one archive "
                                           "(safe while the bot runs)")
    backup.add_argument("archive", help="the .tar.gz to write")
    restore = sub.add_parser("restore", help="put a backup in place (stop the bot first)")
    restore.add_argument("archive", help="a .tar.gz written by `propdesk backup`")
    restore.add_argument("--force", action="store_true",
                         help="replace a database that already holds data")
    admin_args.add_parser(sub)
    return p


async def _open_db(settings: Settings) -> tuple[Database | None, str | None]:
    from store.db import create_database
    from store.migrate import schema_is_current

    db = create_database(settings.database.url, pool_size=settings.database.pool_size)
    try:
        ok, have, want = await schema_is_current(db)
    except ModuleNotFoundError as exc:
        await db.dispose()
        return None, (f"the database driver {exc.name} is not installed: "
                      "pip install 'propdesk[postgres]'")
    except Exception as exc:
        await db.dispose()
        return None, (f"cannot open the database ({type(exc).__name__}): "
                      "check PROPDESK_DATABASE__URL")
    if not ok:
        await db.dispose()
        return None, (f"the database schema is at {have or 'nothing'}, this version needs {want}; "
                      "run `propdesk migrate` first")
    return db, None


def _ensure_sqlite_dir(url: str) -> None:
    from pathlib import Path

    if url.startswith("sqlite") and ":///" in url:
        path = url.split(":///", 1)[1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)


async def _run(settings: Settings) -> int:
    from bot.app import Runtime, create_bot, create_clock

    if settings.telegram.token is None:
        return _fail("no bot token: set PROPDESK_TELEGRAM__TOKEN")
    db, error = await _open_db(settings)
    if db is None:
        return _fail(error or "database error", 3)
    bot = create_bot(settings)
    try:
        me = await bot.get_me()
    except Exception as exc:
        await bot.session.close()
        await db.dispose()
        return _fail(f"cannot reach the Bot API at {settings.telegram.api_base} "
                     f"({type(exc).__name__})", 4)
    runtime = Runtime(settings, db, bot, create_clock(settings))
    await runtime.prepare_telegram()
    tune_gc()
    await runtime.start()
    log.info("propdesk is running as @%s (%s mode)", me.username, settings.telegram.mode)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    stopper = asyncio.create_task(stop.wait())
    internal = asyncio.create_task(runtime.stop.wait())
    await asyncio.wait({stopper, internal}, return_when=asyncio.FIRST_COMPLETED)
    log.info("stopping")
    await runtime.shutdown()
    await db.dispose()
    return 0


async def _check(settings: Settings) -> int:
    db, error = await _open_db(settings)
    if db is None:
        return _fail(error or "database error", 3)
    await db.dispose()
    sys.stdout.write("settings and database are fine\n")
    return 0


def _backup(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from store import backup

    files = Path(settings.files.root)
    try:
        if args.cmd == "backup":
            done = backup.backup(settings.database.url, files, Path(args.archive))
            verb = "backed up"
        else:
            done = backup.restore(Path(args.archive), settings.database.url, files,
                                  force=args.force)
            verb = "restored"
    except backup.BackupError as exc:
        return _fail(str(exc), 3)
    sys.stdout.write(f"{verb}: {done.database} database at schema {done.schema}, "
                     f"{done.tickets} tickets, {done.files} files\n")
    if args.cmd == "restore":
        from store.migrate import head_revision

        if done.schema != head_revision():
            sys.stdout.write("the schema is older than this version's: run `propdesk migrate`\n")
    return 0


async def _admin(args: argparse.Namespace, settings: Settings) -> int:
    db, error = await _open_db(settings)
    if db is None:
        return _fail(error or "database error", 3)
    from bot.admin import commands as admin
    from bot.app import create_clock

    try:
        return await admin.run(args, settings, db, create_clock(settings))
    finally:
        await db.dispose()


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        return _fail(str(exc))
    secrets = [s.get_secret_value() for s in (settings.telegram.token, settings.webhook.secret)
               if s is not None]
    setup_logging(settings.log_level if args.cmd in {"run", "demo"} else "WARNING", secrets,
                  settings.log_format)
    _ensure_sqlite_dir(settings.database.url)
    if args.cmd == "migrate":
        from store.migrate import upgrade

        upgrade(settings.database.url)
        sys.stdout.write("database schema is up to date\n")
        return 0
    if args.cmd in {"backup", "restore"}:
        return _backup(args, settings)
    if args.cmd == "demo":
        from bot.demo.runner import run_demo

        return int(asyncio.run(run_demo(args, settings)))
    with contextlib.suppress(KeyboardInterrupt):
        if args.cmd == "run":
            return asyncio.run(_run(settings))
        if args.cmd == "check":
            return asyncio.run(_check(settings))
        if args.cmd == "admin":
            return asyncio.run(_admin(args, settings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
