"""Engines and sessions: SQLite (WAL, busy_timeout, BEGIN IMMEDIATE writes) or PostgreSQL."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

SQLITE_BUSY_TIMEOUT_MS = 5000


def normalise_url(url: str) -> str:
    """Pick the async driver for a plain URL (`sqlite:///x.db`, `postgresql://...`)."""
    parsed = make_url(url)
    if parsed.drivername in {"sqlite", "sqlite+pysqlite"}:
        parsed = parsed.set(drivername="sqlite+aiosqlite")
    elif parsed.drivername in {"postgresql", "postgres", "postgresql+psycopg2"}:
        parsed = parsed.set(drivername="postgresql+asyncpg")
    return parsed.render_as_string(hide_password=False)


def sqlite_path(url: str) -> str | None:
    """The file of a SQLite URL (None for in-memory or other databases)."""
    parsed = make_url(normalise_url(url))
    if not parsed.drivername.startswith("sqlite") or parsed.database in (None, "", ":memory:"):
        return None
    return parsed.database


def ensure_wal(url: str) -> None:
    """Put a SQLite file in WAL mode once, before any pool opens it.

    Switching the journal mode needs the file to itself; doing it in every new pooled
    connection races with the others and can fail at connect time."""
    path = sqlite_path(url)
    if path is None:
        return
    conn = sqlite3.connect(path, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()


def _sqlite_pragmas(engine: AsyncEngine, *, immediate: bool) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # We emit BEGIN ourselves (SQLAlchemy's documented recipe for SQLite transactions).
        if dbapi_conn.isolation_level is not None:
            dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A write transaction takes the write lock up front: a deferred BEGIN that later
        # upgrades to a writer fails with SQLITE_BUSY without waiting (notes/reliability.md).
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@dataclass
class Database:
    """A write engine and a read engine (the same engine on PostgreSQL)."""

    url: str
    write_engine: AsyncEngine
    read_engine: AsyncEngine
    is_sqlite: bool

    def __post_init__(self) -> None:
        self.write_sessions = async_sessionmaker(self.write_engine, expire_on_commit=False,
                                                 autoflush=False)
        self.read_sessions = async_sessionmaker(self.read_engine, expire_on_commit=False,
                                                autoflush=False)

    def writer(self) -> AsyncSession:
        return self.write_sessions()

    def reader(self) -> AsyncSession:
        return self.read_sessions()

    async def dispose(self) -> None:
        await self.write_engine.dispose()
        if self.read_engine is not self.write_engine:
            await self.read_engine.dispose()


def _inloop_dbapi() -> Any:
    """SQLAlchemy's aiosqlite adapter over our in-loop sqlite3 shim (store/sqlite_inloop.py)."""
    from sqlalchemy.dialects.sqlite.aiosqlite import AsyncAdapt_aiosqlite_dbapi

    from store import sqlite_inloop

    return AsyncAdapt_aiosqlite_dbapi(sqlite_inloop, sqlite3)


def create_database(url: str, *, pool_size: int = 10, inloop: bool = True) -> Database:
    """Open the database at `url`. On SQLite writes go through one connection, in order."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        ensure_wal(url)
        extra: dict[str, Any] = {"module": _inloop_dbapi()} if inloop else {}
        # One writer connection: writers queue in-process instead of spinning on the busy lock.
        write = create_async_engine(url, pool_size=1, max_overflow=0, pool_timeout=60, **extra)
        _sqlite_pragmas(write, immediate=True)
        read = create_async_engine(url, pool_size=4, max_overflow=4, **extra)
        _sqlite_pragmas(read, immediate=False)
        return Database(url, write, read, True)
    engine = create_async_engine(url, pool_size=pool_size, max_overflow=pool_size,
                                 pool_pre_ping=True)
    return Database(url, engine, engine, False)
