"""How long `/find` takes on a big database, SQLite and PostgreSQL (no bot involved).

`python -m bench.find --tickets 1000000 [--db sqlite|pg|both]` builds the real schema
(`store.migrate.upgrade`), one estate of 4 blocks x 1,250 units, 10,000 people with names and
phones (owners and tenants), and N tickets whose texts mix Chinese (traditional and
simplified) and English, with their search rows folded by `domain.search` as the bot writes
them. Loading is bulk: sqlite3 executemany in one transaction (FTS5 rebuilt once afterwards),
PostgreSQL COPY into a scratch database (`propdesk_bench_find`, created and dropped) with the
trigram indexes built after the load. Then `domain.search.find` runs through the bot's own
store (`SqlUnitOfWork`, SQLAlchemy) for each query, as a desk member, and p50/p99 are printed.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from domain import search
from domain.model import Actor, Person, StaffAssignment, StaffRole
from domain.model import Locale as Loc

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
PG_DB = "propdesk_bench_find"
BLOCKS, FLOORS, FLATS = "ABCD", 50, "ABCDEFGHIJKLMNOPQRSTUVWXY"
PEOPLE = 10_000
NOW = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)
SURNAMES = "陳李張黃何林羅梁宋鄭謝韓唐馮于董蕭程曹袁鄧許傅沈曾彭呂蘇盧蔣蔡賈丁魏薛葉閻"
GIVEN = "大小文明華偉強志家俊嘉敏美玲麗芳慧欣詠思雅婷安怡子健"
PLACES = ["廚房", "浴室", "客廳", "睡房", "露台", "厨房", "卫生间", "kitchen", "bathroom", "lobby"]
THINGS = ["水喉漏水", "天花滲水", "去水渠塞", "電燈閃", "插蘇冇電", "门锁坏了", "冷氣機滴水",
          "water leak", "light flickers", "door lock broken", "lift noise", "窗框鬆脫"]
EXTRA = ["請盡快處理", "晚上七點後在家", "已影響樓下", "please call before coming", "", "",
         "急", "周末方便"]


def _units() -> list[tuple[str, str]]:
    return [(b, f"{f}{x}") for b in BLOCKS for f in range(1, FLOORS + 1) for x in FLATS[:25]]


def _people(rng: random.Random) -> list[tuple[str, str]]:
    people = [(rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
               f"+852{rng.randint(5, 9)}{rng.randint(0, 9_999_999):07d}") for _ in range(PEOPLE)]
    people[4321] = ("陳大文", "+85291234567")
    return people


def _tickets(n: int, units: int, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    """(id, number, kind, unit index, trade, description, created) for n tickets."""
    kinds = ["repair"] * 8 + ["complaint", "renovation"]
    prefix = {"repair": "R", "complaint": "C", "renovation": "F"}
    for i in range(1, n + 1):
        kind = rng.choice(kinds)
        text = f"{rng.choice(PLACES)}{rng.choice(THINGS)} {rng.choice(EXTRA)}".strip()
        yield (i, f"{prefix[kind]}-2026-{i:06d}" if i < 1_000_000 else f"{prefix[kind]}-2027-"
               f"{i - 999_999:06d}", kind, rng.randrange(units),
               "plumbing" if kind == "repair" else None, text,
               NOW - timedelta(minutes=n - i))


def _ts(dt: datetime) -> str:
    return dt.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _rows(n: int) -> dict[str, Any]:
    rng = random.Random(13)
    units, people = _units(), _people(rng)
    tenures = [(p + 1, p % len(units) + 1, "owner" if p < len(units) else "tenant")
               for p in range(PEOPLE)]
    return {"units": units, "people": people, "tenures": tenures,
            "tickets": _tickets(n, len(units), rng)}


def _label(units: list[tuple[str, str]], i: int) -> str:
    return f"{units[i][0]}-{units[i][1]}"


def load_sqlite(path: Path, n: int) -> float:
    from store.migrate import upgrade

    upgrade(f"sqlite:///{path}")
    t0 = time.perf_counter()
    data = _rows(n)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    for name in ("ticket_search", "person_search"):
        for suffix in ("ai", "ad", "au"):
            con.execute(f"DROP TRIGGER {name}_{suffix}")
    ts = _ts(NOW)
    con.execute("BEGIN")
    con.execute("INSERT INTO estates (id, code, name, tz, hours, locale, settings, created_at) "
                "VALUES (1, 'HV', 'Harbour View', 'Asia/Hong_Kong', "
                "'mon-fri 08:30-18:00', 'zh-Hant', '{}', ?)", (ts,))
    con.executemany("INSERT INTO buildings (id, estate_id, code, name) VALUES (?, 1, ?, ?)",
                    [(i + 1, b, b) for i, b in enumerate(BLOCKS)])
    con.executemany("INSERT INTO units (id, estate_id, building_id, number, occupied) "
                    "VALUES (?, 1, ?, ?, 1)",
                    [(i + 1, BLOCKS.index(b) + 1, u) for i, (b, u) in enumerate(data["units"])])
    con.executemany("INSERT INTO people (id, name, phone, locale, blocked, created_at) "
                    "VALUES (?, ?, ?, 'zh-Hant', 0, ?)",
                    [(i + 1, nm, ph, ts) for i, (nm, ph) in enumerate(data["people"])])
    con.execute("INSERT INTO people (id, name, locale, blocked, created_at, tg_user_id) "
                "VALUES (?, 'Desk', 'en', 0, ?, 1)", (PEOPLE + 1, ts))
    con.executemany("INSERT INTO person_search (person_id, body) VALUES (?, ?)",
                    [(i + 1, search.person_body(nm, ph))
                     for i, (nm, ph) in enumerate(data["people"])])
    con.executemany("INSERT INTO tenures (person_id, unit_id, relation, since) "
                    "VALUES (?, ?, ?, '2026-01-01')", data["tenures"])
    units = data["units"]
    batch_t: list[tuple[Any, ...]] = []
    batch_s: list[tuple[Any, ...]] = []

    def flush() -> None:
        con.executemany(
            "INSERT INTO tickets (id, number, kind, estate_id, status, unit_id, category, "
            "trade, description, urgency, cycle, created_at, reopen_count, version, extra) "
            "VALUES (?, ?, ?, 1, 'closed', ?, 'other', ?, ?, 'normal', 1, ?, 0, 1, '{}')",
            batch_t)
        con.executemany("INSERT INTO ticket_search (ticket_id, estate_id, kind, trade, "
                        "unit_id, body) VALUES (?, 1, ?, ?, ?, ?)", batch_s)
        batch_t.clear()
        batch_s.clear()

    for i, number, kind, u, trade, text, created in data["tickets"]:
        batch_t.append((i, number, kind, u + 1, trade, text, _ts(created)))
        batch_s.append((i, kind, trade, u + 1,
                        search.ticket_body(number, text, unit=_label(units, u))))
        if len(batch_t) >= 50_000:
            flush()
    flush()
    for name in ("ticket_search", "person_search"):
        con.execute(f"INSERT INTO {name}_fts({name}_fts) VALUES ('rebuild')")
    con.commit()
    con.close()
    return time.perf_counter() - t0


async def load_pg(url: str, n: int) -> float:
    import asyncpg

    from store.migrate import upgrade_async

    await upgrade_async(url)
    t0 = time.perf_counter()
    data = _rows(n)
    con = await asyncpg.connect(url.replace("postgresql+asyncpg", "postgresql"))
    try:
        for name in ("ticket_search", "person_search"):
            await con.execute(f"DROP INDEX ix_{name}_trgm")
        await con.execute("INSERT INTO estates (id, code, name, tz, hours, locale, settings, "
                          "created_at) VALUES (1, 'HV', 'Harbour View', 'Asia/Hong_Kong', "
                          "'mon-fri 08:30-18:00', 'zh-Hant', '{}', $1)", NOW)
        await con.executemany("INSERT INTO buildings (id, estate_id, code, name) "
                              "VALUES ($1, 1, $2, $2)",
                              [(i + 1, b) for i, b in enumerate(BLOCKS)])
        units = data["units"]
        await con.copy_records_to_table(
            "units", columns=["id", "estate_id", "building_id", "number", "occupied"],
            records=[(i + 1, 1, BLOCKS.index(b) + 1, u, True) for i, (b, u) in enumerate(units)])
        await con.copy_records_to_table(
            "people", columns=["id", "name", "phone", "locale", "blocked", "created_at"],
            records=[(i + 1, nm, ph, "zh-Hant", False, NOW)
                     for i, (nm, ph) in enumerate(data["people"])])
        await con.execute("INSERT INTO people (id, name, locale, blocked, created_at, "
                          "tg_user_id) VALUES ($1, 'Desk', 'en', false, $2, 1)", PEOPLE + 1, NOW)
        await con.copy_records_to_table(
            "person_search", columns=["person_id", "body"],
            records=[(i + 1, search.person_body(nm, ph))
                     for i, (nm, ph) in enumerate(data["people"])])
        await con.copy_records_to_table(
            "tenures", columns=["person_id", "unit_id", "relation", "since"],
            records=[(p, u, r, NOW.date()) for p, u, r in data["tenures"]])
        cols_t = ["id", "number", "kind", "estate_id", "status", "unit_id", "category", "trade",
                  "description", "urgency", "cycle", "created_at", "reopen_count", "version",
                  "extra"]
        batch_t: list[tuple[Any, ...]] = []
        batch_s: list[tuple[Any, ...]] = []

        async def flush() -> None:
            await con.copy_records_to_table("tickets", columns=cols_t, records=batch_t)
            await con.copy_records_to_table(
                "ticket_search", columns=["ticket_id", "estate_id", "kind", "trade", "unit_id",
                                          "body"], records=batch_s)
            batch_t.clear()
            batch_s.clear()

        for i, number, kind, u, trade, text, created in data["tickets"]:
            batch_t.append((i, number, kind, 1, "closed", u + 1, "other", trade, text, "normal",
                            1, created, 0, 1, "{}"))
            batch_s.append((i, 1, kind, trade, u + 1,
                            search.ticket_body(number, text, unit=_label(units, u))))
            if len(batch_t) >= 50_000:
                await flush()
        await flush()
        for name in ("ticket_search", "person_search"):
            await con.execute(f"CREATE INDEX ix_{name}_trgm ON {name} "
                              "USING gin (body gin_trgm_ops)")
        await con.execute("SELECT setval(pg_get_serial_sequence('people', 'id'), $1)",
                          PEOPLE + 1)
        await con.execute("ANALYZE")
    finally:
        await con.close()
    return time.perf_counter() - t0


QUERIES = {
    "number": "R2026000777", "number, partial": "000777", "unit": "B座23樓K室",
    "name": "陈大文", "phone": "91234567", "CJK 2 chars": "漏水", "CJK 2 chars, other": "窗框",
    "CJK 2 chars, none": "火星", "CJK 4 chars, none": "火星探險",
    "CJK 4 chars": "天花渗水", "English word": "flickers", "two words": "厨房 漏水",
}


async def time_queries(url: str, repeat: int) -> dict[str, tuple[float, float, int]]:
    from store.db import create_database
    from store.uow import SqlUnitOfWork

    db = create_database(url)
    desk = Actor(1, Person(PEOPLE + 1, 1, "Desk", Loc.EN),
                 (StaffAssignment(PEOPLE + 1, 1, StaffRole.DESK),), ())
    out = {}
    try:
        for label, q in QUERIES.items():
            times = []
            hits = 0
            for _ in range(repeat):
                async with SqlUnitOfWork(db.reader()) as uow:
                    t0 = time.perf_counter()
                    r = await search.find(uow, desk, q)
                    times.append((time.perf_counter() - t0) * 1000)
                    hits = len(r.hits) + len(r.units)
            times.sort()
            out[label] = (statistics.median(times), times[max(0, int(len(times) * .99) - 1)],
                          hits)
    finally:
        await db.dispose()
    return out


def _print(name: str, n: int, load_s: float, res: dict[str, tuple[float, float, int]]) -> None:
    print(f"\n{name}: {n:,} tickets, loaded and indexed in {load_s:.0f} s")  # noqa: T201
    print(f"{'query':<20} {'text':<14} {'p50 ms':>8} {'p99 ms':>8} {'shown':>6}")  # noqa: T201
    for label, (p50, p99, hits) in res.items():
        print(f"{label:<20} {QUERIES[label]:<14} {p50:8.1f} {p99:8.1f} {hits:6}")  # noqa: T201


async def _pg_admin(sql: str) -> None:
    import asyncpg

    con = await asyncpg.connect(PG_ADMIN)
    try:
        await con.execute(sql)
    finally:
        await con.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--db", choices=["sqlite", "pg", "both"], default="both")
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    if args.db in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "find.db"
            load_s = await asyncio.to_thread(load_sqlite, path, args.tickets)
            res = await time_queries(f"sqlite+aiosqlite:///{path}", args.repeat)
            _print("SQLite (FTS5 trigram)", args.tickets, load_s, res)
    if args.db in ("pg", "both"):
        await _pg_admin(f"DROP DATABASE IF EXISTS {PG_DB}")
        await _pg_admin(f"CREATE DATABASE {PG_DB}")
        try:
            url = f"postgresql+asyncpg://postgres@127.0.0.1:5432/{PG_DB}"
            load_s = await load_pg(url, args.tickets)
            res = await time_queries(url, args.repeat)
            _print("PostgreSQL (pg_trgm GIN)", args.tickets, load_s, res)
        finally:
            await _pg_admin(f"DROP DATABASE IF EXISTS {PG_DB}")


if __name__ == "__main__":
    asyncio.run(main())
