"""How long the first page of a household file (`/unit A-12B`) takes on a big database.

A scratch database gets the real schema (`store.migrate.upgrade`), one estate of `units`
units in 4 blocks, an owner each, and `tickets` tickets (repairs, complaints, renovations,
questions) spread over the units and ten years, with a note on every fourth and a photo on
every tenth. It is written with the driver directly (sqlite3 executemany in one transaction;
asyncpg COPY on PostgreSQL). Then `domain.household.open_page` (the use case the handler
calls, its audit row included; rolled back) runs for random units through the bot's own
engine and unit of work, and is timed: p50 and p99 over `--runs` looks. The SQLite file is
deleted; the PostgreSQL database (created on 127.0.0.1) is dropped.

    .venv/bin/python -m bench.unit_file --tickets 1000000 [--units 5000] [--runs 300]
        [--pg postgresql://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
KINDS = ["repair", "repair", "repair", "complaint", "renovation", "enquiry"]
BLOCKS = "ABCD"


def _units(n: int) -> list[tuple[int, int, str]]:
    """(unit id, building id, flat number)."""
    per = -(-n // len(BLOCKS))
    return [(i + 1, i // per + 1, f"{(i % per) // 8 + 1}{'ABCDEFGH'[i % 8]}") for i in range(n)]


def _tickets(n: int, units: int, seed: int = 7) -> Iterator[tuple[Any, ...]]:
    rnd = random.Random(seed)
    start = NOW - timedelta(days=3650)
    step = 3650 * 86400 / max(n, 1)
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        yield (i + 1, f"{kind[0].upper()}-{2016 + i // 200_000}-{i % 200_000 + 1:06d}", kind,
               1, "closed", rnd.randrange(units) + 1, "plumbing" if kind == "repair" else "other",
               f"Water drips from the ceiling of room {i % 7} since last night",
               start + timedelta(seconds=i * step))


def build_sqlite(path: Path, tickets: int, units: int) -> float:
    from store.migrate import upgrade

    t0 = time.monotonic()
    upgrade(f"sqlite:///{path}")

    def ts(dt: datetime) -> str:
        return dt.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("BEGIN")
        for sql, rows in _registry_rows(units, ts):
            conn.executemany(sql, rows)
        batch: list[tuple[Any, ...]] = []
        for row in _tickets(tickets, units):
            batch.append((*row[:8], ts(row[8])))
            if len(batch) == 50_000:
                _sqlite_tickets(conn, batch, ts)
                batch = []
        _sqlite_tickets(conn, batch, ts)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()
    return time.monotonic() - t0


def _sqlite_tickets(conn: sqlite3.Connection, batch: list[tuple[Any, ...]], ts: Any) -> None:
    conn.executemany(
        "INSERT INTO tickets (id, number, kind, estate_id, status, unit_id, category, "
        "description, created_at, urgency, cycle, reopen_count, version, extra) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'normal', 1, 0, 1, '{}')", batch)
    conn.executemany(
        "INSERT INTO ticket_notes (ticket_id, kind, text, at) VALUES (?, 'reply', ?, ?)",
        [(r[0], "We will come on Monday.", r[8]) for r in batch if r[0] % 4 == 0])
    conn.executemany(
        "INSERT INTO files (file_id, unique_id, mime, owner, owner_id, role, sensitive, "
        "status, created_at) VALUES (?, ?, 'image/jpeg', 'ticket', ?, 'report', 0, "
        "'stored', ?)", [(f"f{r[0]}", f"u{r[0]}", r[0], r[8]) for r in batch if r[0] % 10 == 0])


def _registry_rows(units: int, ts: Any) -> list[tuple[str, list[tuple[Any, ...]]]]:
    now = ts(NOW)
    return [
        ("INSERT INTO estates (id, code, name, tz, hours, locale, settings, created_at) "
         "VALUES (?, 'HV', 'Harbour View', 'Asia/Hong_Kong', 'mon-fri 08:30-18:00', "
         "'zh-Hant', '{}', ?)", [(1, now)]),
        ("INSERT INTO buildings (id, estate_id, code, name) VALUES (?, 1, ?, ?)",
         [(i + 1, b, f"Block {b}") for i, b in enumerate(BLOCKS)]),
        ("INSERT INTO units (id, estate_id, building_id, number, occupied) "
         "VALUES (?, 1, ?, ?, 1)", _units(units)),
        ("INSERT INTO people (id, name, locale, blocked, created_at) VALUES (?, ?, 'en', 0, ?)",
         [(i, f"Owner {i}", now) for i in range(1, units + 2)]),
        ("INSERT INTO tenures (person_id, unit_id, relation, since) VALUES (?, ?, 'owner', ?)",
         [(i, i, date(2020, 1, 1).isoformat()) for i in range(1, units + 1)]),
        ("INSERT INTO staff (person_id, estate_id, role, active, on_call, created_at) "
         "VALUES (?, 1, 'desk', 1, 0, ?)", [(units + 1, now)]),
    ]


async def build_pg(url: str, tickets: int, units: int) -> float:
    import asyncpg

    from store.migrate import upgrade

    t0 = time.monotonic()
    await asyncio.to_thread(upgrade, url)
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg", "postgresql"))
    try:
        def ident(dt: datetime) -> datetime:
            return dt

        async with conn.transaction():
            for sql, rows in _registry_rows(units, ident):
                n = sql.count("?")
                for k in range(n, 0, -1):
                    sql = sql.replace("?", f"${n - k + 1}", 1)
                sql = sql.replace("'desk', 1, 0,", "'desk', true, false,") \
                    .replace(", 0, ", ", false, ").replace(", 1)", ", true)")
                rows = [tuple(date(2020, 1, 1) if isinstance(v, str) and v == "2020-01-01"
                              else v for v in r) for r in rows]
                await conn.executemany(sql, rows)
            rows = list(_tickets(tickets, units))
            await conn.copy_records_to_table(
                "tickets", records=[(*r, "normal", 1, 0, 1, "{}") for r in rows],
                columns=["id", "number", "kind", "estate_id", "status", "unit_id", "category",
                         "description", "created_at", "urgency", "cycle", "reopen_count",
                         "version", "extra"])
            await conn.copy_records_to_table(
                "ticket_notes", records=[(r[0], "reply", "We will come on Monday.", r[8])
                                         for r in rows if r[0] % 4 == 0],
                columns=["ticket_id", "kind", "text", "at"])
            await conn.copy_records_to_table(
                "files", records=[(f"f{r[0]}", f"u{r[0]}", "image/jpeg", "ticket", r[0],
                                   "report", False, "stored", r[8])
                                  for r in rows if r[0] % 10 == 0],
                columns=["file_id", "unique_id", "mime", "owner", "owner_id", "role",
                         "sensitive", "status", "created_at"])
            for table in ("tickets", "ticket_notes", "files", "people", "tenures", "units"):
                await conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                   f"(SELECT max(id) FROM {table}))")
        await conn.execute("ANALYZE")
    finally:
        await conn.close()
    return time.monotonic() - t0


async def measure(url: str, units: int, runs: int) -> dict[str, float]:
    from domain import household
    from domain.model import Actor, Locale, Person, StaffAssignment, StaffRole
    from store.db import create_database
    from store.uow import SqlUnitOfWork

    db = create_database(url)
    desk_id = units + 1
    actor = Actor(1, Person(desk_id, 1, "Desk", Locale.EN),
                  (StaffAssignment(desk_id, 1, StaffRole.DESK),), ())
    rnd = random.Random(11)
    times = []
    entries = 0
    try:
        for n in range(runs + 10):
            unit_id = rnd.randrange(units) + 1
            async with SqlUnitOfWork(db.writer()) as uow:
                t0 = time.perf_counter()
                page = await household.open_page(uow, actor, unit_id, 0, NOW)
                took = time.perf_counter() - t0
                await uow.rollback()
            if n >= 10:  # the first looks warm the caches
                times.append(took)
                entries += page.total
    finally:
        await db.dispose()
    times.sort()
    return {"p50_ms": 1000 * statistics.median(times),
            "p99_ms": 1000 * times[min(len(times) - 1, int(len(times) * 0.99))],
            "entries_per_unit": entries / len(times)}


async def _pg_admin(url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tickets", type=int, default=1_000_000)
    ap.add_argument("--units", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=300)
    ap.add_argument("--pg", default="", help="admin URL of a PostgreSQL on 127.0.0.1")
    ap.add_argument("--skip-sqlite", action="store_true")
    args = ap.parse_args()
    if not args.skip_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "unit_file.db"
            built = await asyncio.to_thread(build_sqlite, path, args.tickets, args.units)
            res = await measure(f"sqlite+aiosqlite:///{path}", args.units, args.runs)
            print(f"sqlite: {args.tickets} tickets, {args.units} units, built in {built:.0f} s; "  # noqa: T201
                  f"first page p50 {res['p50_ms']:.2f} ms, p99 {res['p99_ms']:.2f} ms "
                  f"({res['entries_per_unit']:.0f} records a unit)")
    if args.pg:
        assert "127.0.0.1" in args.pg or "localhost" in args.pg, "benches talk to 127.0.0.1 only"
        name = f"propdesk_bench_{uuid.uuid4().hex[:10]}"
        await _pg_admin(args.pg, f'CREATE DATABASE "{name}"')
        url = f"{args.pg.rpartition('/')[0]}/{name}"
        try:
            built = await build_pg(url, args.tickets, args.units)
            res = await measure(url, args.units, args.runs)
            print(f"postgresql: {args.tickets} tickets, {args.units} units, built in "  # noqa: T201
                  f"{built:.0f} s; first page p50 {res['p50_ms']:.2f} ms, "
                  f"p99 {res['p99_ms']:.2f} ms ({res['entries_per_unit']:.0f} records a unit)")
        finally:
            await _pg_admin(args.pg, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
