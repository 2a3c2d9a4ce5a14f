"""How long the sweeper's due query takes on a big database (no bot involved), on SQLite and
on PostgreSQL (`--database postgresql`: a scratch database on 127.0.0.1, created and dropped).

A SQLite file gets the real schema (`store.migrate.upgrade`) and `rows` tickets, written with
sqlite3 directly in one transaction: about 95% closed (next_due_at NULL), the rest open with
next_due_at spread over the next four weeks, `due` of them already due. Then the exact query
of the sweeper, `SqlTickets.due(now, limit=200)`, runs through SQLAlchemy on the bot's own
engine (`store.db.create_database`, a writer session as in bot/sweeper.py), and is timed.
The statement SQLAlchemy sends is captured, timed again on a bare sqlite3 connection (SQLite
alone, without the ORM) and shown with EXPLAIN QUERY PLAN. The file is deleted afterwards.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

LIMIT = 200
BATCH = 50_000
OPEN_STATUSES = ["dispatched", "accepted", "on_the_way", "on_site", "waiting_parts", "done"]
CATEGORIES = ["plumbing", "electrical", "safety", "leak", "locks", "lift", "common", "other"]


def _ts(dt: datetime) -> str:
    """How SQLAlchemy stores a UTCDateTime on SQLite: naive UTC, "YYYY-MM-DD HH:MM:SS.ffffff"."""
    return dt.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def build(path: Path, rows: int, due: int, now: datetime, seed: int = 3) -> dict[str, Any]:
    """Create the database with `rows` tickets; returns what was written and how long it took."""
    from store.migrate import upgrade

    t0 = time.monotonic()
    upgrade(f"sqlite:///{path}")
    rnd = random.Random(seed)
    open_n = rows // 20
    extra = json.dumps({"escalate_at": _ts(now), "policy": {
        "accept_minutes": 30, "complete_days": 3, "emergency_accept_minutes": 10,
        "emergency_complete_hours": 4, "escalate_minutes": 30, "emergency_escalate_minutes": 10,
        "auto_confirm_days": 7, "callback_after_hours": 24}}, separators=(",", ":"))
    # Which rows are open, and which of those are due already: spread over the whole table.
    open_ids = set(rnd.sample(range(rows), open_n))
    due_ids = set(rnd.sample(sorted(open_ids), due))
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("BEGIN")
        conn.execute("INSERT INTO estates (code, name, tz, hours, locale, settings, created_at) "
                     "VALUES ('HV', 'Harbour View', 'Asia/Hong_Kong', "
                     "'mon-fri 08:30-18:00', 'zh-Hant', '{}', ?)", (_ts(now),))
        sql = ("INSERT INTO tickets (number, kind, estate_id, status, category, trade, "
               "description, urgency, preferred_time, cycle, created_at, closed_at, "
               "next_due_at, reopen_count, version, extra) "
               "VALUES (?, 'repair', 1, ?, ?, 'plumbing', ?, 'normal', 'morning', 1, ?, ?, ?, "
               "0, ?, ?)")
        base = now.astimezone(UTC).replace(tzinfo=None)  # naive UTC, as stored
        start, closing = base - timedelta(days=3650), timedelta(days=2)
        for lo in range(0, rows, BATCH):
            batch = []
            for i in range(lo, min(rows, lo + BATCH)):
                created = start + timedelta(seconds=i * 315)  # ten years of tickets
                if i in due_ids:
                    status, closed = rnd.choice(OPEN_STATUSES), None
                    next_due = base - timedelta(seconds=rnd.randrange(1, 3 * 3600))
                elif i in open_ids:
                    status, closed = rnd.choice(OPEN_STATUSES), None
                    next_due = base + timedelta(seconds=rnd.randrange(60, 28 * 86400))
                else:
                    status, closed, next_due = "closed", created + closing, None
                batch.append((f"R-{2016 + i // 100_000}-{i % 100_000 + 1:06d}", status,
                              CATEGORIES[i % len(CATEGORIES)],
                              f"Water drips from the ceiling of room {i % 7} since last night",
                              created.isoformat(" ", "microseconds"),
                              closed and closed.isoformat(" ", "microseconds"),
                              next_due and next_due.isoformat(" ", "microseconds"),
                              1 if closed is None else 6, extra))
            conn.executemany(sql, batch)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")  # what a long-running database would have (PRAGMA optimize)
    finally:
        conn.close()
    return {"rows": rows, "open": open_n, "due": due, "build_s": round(time.monotonic() - t0, 1),
            "file_mb": round(path.stat().st_size / 2**20, 1)}


async def time_due(url: str, now: datetime, runs: int, warmup: int = 3) -> dict[str, Any]:
    """Time `SqlTickets.due(now, 200)` on the bot's engine; capture the statement it sends."""
    from sqlalchemy import event

    from store.db import create_database
    from store.repos.tickets import SqlTickets

    db = create_database(url)
    sent: list[tuple[str, Any]] = []

    @event.listens_for(db.write_engine.sync_engine, "before_cursor_execute")
    def _capture(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "tickets" in statement:
            sent.append((statement, parameters))

    query_ms: list[float] = []
    session_ms: list[float] = []
    found = 0
    try:
        for n in range(warmup + runs):
            t0 = time.perf_counter()
            async with db.writer() as s:  # as the sweeper: a writer session per job
                await s.connection()  # BEGIN IMMEDIATE
                t1 = time.perf_counter()
                tickets = await SqlTickets(s).due(now, LIMIT)
                t2 = time.perf_counter()
                await s.rollback()
            t3 = time.perf_counter()
            if n >= warmup:
                query_ms.append((t2 - t1) * 1000)
                session_ms.append((t3 - t0) * 1000)
            found = len(tickets)
            assert all(t.next_due_at is not None and t.next_due_at <= now for t in tickets)
    finally:
        await db.dispose()
    return {"query_ms": query_ms, "session_ms": session_ms, "returned": found,
            "statement": sent[-1] if sent else None}


PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def _pg_scratch(admin_url: str) -> tuple[str, str]:
    """(name, URL) of a scratch database next to `admin_url`'s, unique to this process."""
    from sqlalchemy.engine import make_url

    name = f"propdesk_bench_sweeper_{os.getpid()}"
    return name, make_url(admin_url).set(database=name).render_as_string(hide_password=False)


async def _pg_admin(admin_url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(admin_url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def build_pg(url: str, rows: int, due: int, now: datetime, seed: int = 3
                   ) -> dict[str, Any]:
    """The same tickets as `build` (95% closed, 5% open, `due` of them due), written by the
    server itself (INSERT ... SELECT over generate_series), then ANALYZE."""
    import asyncpg

    from store.migrate import upgrade

    t0 = time.monotonic()
    await asyncio.to_thread(upgrade, url)
    rnd = random.Random(seed)
    open_n = rows // 20
    open_ids = sorted(rnd.sample(range(rows), open_n))
    due_ids = sorted(rnd.sample(open_ids, due))
    extra = json.dumps({"escalate_at": _ts(now), "policy": {
        "accept_minutes": 30, "complete_days": 3}}, separators=(",", ":"))
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        async with conn.transaction():
            await conn.execute("INSERT INTO estates (code, name, tz, hours, locale, settings, "
                               "created_at) VALUES ('HV', 'Harbour View', 'Asia/Hong_Kong', "
                               "'mon-fri 08:30-18:00', 'zh-Hant', '{}', $1)", now)
            await conn.execute("CREATE TEMP TABLE open_ids (i int PRIMARY KEY, due bool)")
            due_set = set(due_ids)
            await conn.copy_records_to_table(
                "open_ids", records=[(i, i in due_set) for i in open_ids])
            await conn.execute(f"""
                INSERT INTO tickets (number, kind, estate_id, status, category, trade,
                    description, urgency, preferred_time, cycle, created_at, closed_at,
                    next_due_at, reopen_count, version, extra)
                SELECT 'R-' || (2016 + g / 100000) || '-' || lpad((g % 100000 + 1)::text, 6, '0'),
                    'repair', (SELECT id FROM estates LIMIT 1),
                    CASE WHEN o.i IS NULL THEN 'closed'
                         ELSE (ARRAY{OPEN_STATUSES!r})[1 + g % {len(OPEN_STATUSES)}] END,
                    (ARRAY{CATEGORIES!r})[1 + g % {len(CATEGORIES)}], 'plumbing',
                    'Water drips from the ceiling of room ' || (g % 7) || ' since last night',
                    'normal', 'morning', 1,
                    $1::timestamptz - interval '3650 days' + g * interval '315 seconds',
                    CASE WHEN o.i IS NULL THEN $1::timestamptz - interval '3648 days'
                         + g * interval '315 seconds' END,
                    CASE WHEN o.due THEN $1::timestamptz - (1 + g % 10800) * interval '1 second'
                         WHEN o.i IS NOT NULL
                         THEN $1::timestamptz
                              + (60 + (g::bigint * 7919) % 2419140) * interval '1 second'
                    END,
                    0, CASE WHEN o.i IS NULL THEN 6 ELSE 1 END, $2
                FROM generate_series(0, {rows - 1}) AS g LEFT JOIN open_ids o ON o.i = g
                ORDER BY g""", now, extra)
        await conn.execute("ANALYZE tickets")
        size = await conn.fetchval("SELECT pg_database_size(current_database())")
    finally:
        await conn.close()
    return {"rows": rows, "open": open_n, "due": due, "build_s": round(time.monotonic() - t0, 1),
            "file_mb": round(size / 2**20, 1)}


async def pg_alone(url: str, statement: str, params: Any, runs: int
                   ) -> tuple[list[float], list[str]]:
    """The captured statement on a bare asyncpg connection: times, and its plan."""
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        plan = [r[0] for r in await conn.fetch("EXPLAIN " + statement, *params)]
        stmt = await conn.prepare(statement)
        times = []
        for _ in range(runs + 3):
            t0 = time.perf_counter()
            await stmt.fetch(*params)
            times.append((time.perf_counter() - t0) * 1000)
    finally:
        await conn.close()
    return times[3:], plan


def sqlite_alone(path: Path, statement: str, params: Any, runs: int) -> tuple[list[float],
                                                                              list[str]]:
    """The captured statement on a bare sqlite3 connection: times, and its query plan."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        plan = [" ".join(str(c) for c in row[1:]) for row in
                conn.execute("EXPLAIN QUERY PLAN " + statement, params)]
        times = []
        for _ in range(runs + 3):
            t0 = time.perf_counter()
            conn.execute(statement, params).fetchall()
            times.append((time.perf_counter() - t0) * 1000)
    return times[3:], plan


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[max(1, min(len(ordered), -(-int(q * len(ordered)) // 100))) - 1], 3)


async def measure_pg(rows: int = 1_000_000, due: int = 300, runs: int = 50,
                     keep: bool = False, admin_url: str = PG_ADMIN_URL) -> dict[str, Any]:
    """The same on PostgreSQL: a scratch database, created here and dropped at the end."""
    now = datetime.now(UTC).replace(microsecond=0)
    name, url = _pg_scratch(admin_url)
    await _pg_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}"')
    await _pg_admin(admin_url, f'CREATE DATABASE "{name}"')
    try:
        built = await build_pg(url, rows, due, now)
        timed = await time_due(url, now, runs)
        out: dict[str, Any] = {"scenario": "sweeper-query", "bot": "propdesk",
                               "database": "postgresql", **built, "runs": runs,
                               "limit": LIMIT, "returned": timed["returned"]}
        for key in ("query_ms", "session_ms"):
            v = timed[key]
            out[key] = {"median": round(statistics.median(v), 3), "p99": _pct(v, 99),
                        "max": round(max(v), 3)}
        if timed["statement"] is not None:
            statement, params = timed["statement"]
            raw, plan = await pg_alone(url, statement, params, runs)
            out["alone_ms"] = {"median": round(statistics.median(raw), 3),
                               "p99": _pct(raw, 99), "max": round(max(raw), 3)}
            out["statement"] = " ".join(statement.split())
            out["params"] = [str(p) for p in params]
            out["plan"] = plan
            out["uses_ix_tickets_due"] = any("ix_tickets_due" in line for line in plan)
        if keep:
            out["kept"] = url
        return out
    finally:
        if not keep:
            await _pg_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}"')


async def measure(rows: int = 1_000_000, due: int = 300, runs: int = 50,
                  keep: bool = False) -> dict[str, Any]:
    """Build, time, delete; one result row for the report."""
    now = datetime.now(UTC).replace(microsecond=0)
    tmp = Path(tempfile.mkdtemp(prefix="bench-sweeper-"))
    path = tmp / "tickets.db"
    try:
        built = await asyncio.to_thread(build, path, rows, due, now)
        timed = await time_due(f"sqlite+aiosqlite:///{path}", now, runs)
        out: dict[str, Any] = {"scenario": "sweeper-query", "bot": "propdesk",
                               "database": "sqlite", **built,
                               "runs": runs, "limit": LIMIT, "returned": timed["returned"]}
        for key in ("query_ms", "session_ms"):
            v = timed[key]
            out[key] = {"median": round(statistics.median(v), 3), "p99": _pct(v, 99),
                        "max": round(max(v), 3)}
        if timed["statement"] is not None:
            statement, params = timed["statement"]
            raw, plan = await asyncio.to_thread(sqlite_alone, path, statement, params, runs)
            out["alone_ms"] = out["sqlite_ms"] = {"median": round(statistics.median(raw), 3),
                                "p99": _pct(raw, 99), "max": round(max(raw), 3)}
            out["statement"] = " ".join(statement.split())
            out["params"] = [str(p) for p in params]
            out["plan"] = plan
            out["uses_ix_tickets_due"] = any("ix_tickets_due" in line for line in plan)
        if keep:
            out["kept"] = str(path)
        return out
    finally:
        if not keep:
            for f in tmp.iterdir():
                f.unlink()
            tmp.rmdir()


def main(argv: list[str] | None = None) -> int:
    """`python -m bench.sweeper_query`: one measurement, as JSON on stdout. The bench runs it
    as a child process with the bot's garbage-collector settings (bot.cli.tune_gc), so the
    timings are not disturbed by the bench's own heap."""
    import argparse
    import sys

    from bot.cli import tune_gc

    p = argparse.ArgumentParser(prog="python -m bench.sweeper_query")
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--due", type=int, default=300)
    p.add_argument("--runs", type=int, default=50)
    p.add_argument("--keep", action="store_true", help="keep the database (path in the JSON)")
    p.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    p.add_argument("--pg-url", default=PG_ADMIN_URL,
                   help="postgresql: a server to create the scratch database on (127.0.0.1)")
    args = p.parse_args(argv)
    tune_gc()
    if args.database == "postgresql":
        result = asyncio.run(measure_pg(args.rows, args.due, args.runs, args.keep, args.pg_url))
    else:
        result = asyncio.run(measure(args.rows, args.due, args.runs, args.keep))
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
