"""SQLite for SQLAlchemy's async engine, run in the event loop instead of a thread per call.

aiosqlite hands every call to a worker thread and back: measured here, a one-row SELECT
through SQLAlchemy + aiosqlite costs about 0.6 ms of CPU, the same SELECT through sqlite3
about 4 µs. This module offers aiosqlite's interface (what SQLAlchemy's aiosqlite dialect
uses) over a plain sqlite3 connection, so a statement costs microseconds.

Blocking the loop is only acceptable because nothing here waits: in WAL mode readers never
wait for writers, and writers within the process queue on the single-connection write pool
(asynchronously). The one wait SQLite can impose, a write lock held by another process, is
taken at `BEGIN IMMEDIATE`; that statement is retried with `asyncio.sleep` for up to the
same 5 s busy timeout instead of blocking the loop.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Generator, Iterable, Sequence
from typing import Any

# Names SQLAlchemy's adapter copies from the aiosqlite module.
DatabaseError = sqlite3.DatabaseError
Error = sqlite3.Error
IntegrityError = sqlite3.IntegrityError
NotSupportedError = sqlite3.NotSupportedError
OperationalError = sqlite3.OperationalError
ProgrammingError = sqlite3.ProgrammingError
sqlite_version = sqlite3.sqlite_version
sqlite_version_info = sqlite3.sqlite_version_info

BUSY_TIMEOUT_S = 5.0


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


async def _begin_write(conn: sqlite3.Connection, sql: str) -> None:
    """BEGIN IMMEDIATE without blocking the loop: poll for the write lock up to 5 s."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    delay = 0.002
    conn.execute("PRAGMA busy_timeout=0")
    try:
        while True:
            try:
                conn.execute(sql)
                return
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or time.monotonic() >= deadline:
                    raise
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.1)
    finally:
        conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")


class Cursor:
    """aiosqlite's Cursor over a sqlite3 cursor."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._c = cursor

    async def __aenter__(self) -> Cursor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._c.close()

    @property
    def description(self) -> Any:
        return self._c.description

    @property
    def rowcount(self) -> int:
        return self._c.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._c.lastrowid

    @property
    def arraysize(self) -> int:
        return self._c.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._c.arraysize = value

    async def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> Cursor:
        if sql.lstrip()[:15].upper() == "BEGIN IMMEDIATE":
            await _begin_write(self._c.connection, sql)
        else:
            self._c.execute(sql, parameters if parameters is not None else ())
        return self

    async def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> Cursor:
        self._c.executemany(sql, seq)
        return self

    async def fetchone(self) -> Any:
        return self._c.fetchone()

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        return self._c.fetchmany(size) if size is not None else self._c.fetchmany()

    async def fetchall(self) -> list[Any]:
        return self._c.fetchall()

    async def close(self) -> None:
        self._c.close()

    async def setinputsizes(self, *sizes: Any) -> None:
        return None

    async def nextset(self) -> None:
        return None


class _NoThread:
    """SQLAlchemy marks aiosqlite's worker thread as a daemon; there is none here."""

    daemon = True


class Connection:
    """aiosqlite's Connection over a sqlite3 connection in autocommit mode."""

    def __init__(self, database: str, **kw: Any) -> None:
        kw.pop("isolation_level", None)
        kw.pop("check_same_thread", None)
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            database, isolation_level=None, check_same_thread=False, **kw)
        self._conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        self._thread = _NoThread()

    def __await__(self) -> Generator[Any, None, Connection]:
        return self._ready().__await__()

    async def _ready(self) -> Connection:
        return self

    @property
    def _connection(self) -> sqlite3.Connection | None:
        return self._conn

    def _live(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ValueError("no active connection")
        return self._conn

    @property
    def isolation_level(self) -> str | None:
        return self._live().isolation_level

    @isolation_level.setter
    def isolation_level(self, value: str | None) -> None:
        self._live().isolation_level = value  # type: ignore[assignment]

    def cursor(self) -> Cursor:
        return Cursor(self._live().cursor())

    async def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> Cursor:
        return await self.cursor().execute(sql, parameters)

    async def commit(self) -> None:
        self._live().commit()

    async def rollback(self) -> None:
        self._live().rollback()

    async def create_function(self, *args: Any, **kw: Any) -> None:
        self._live().create_function(*args, **kw)

    async def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def connect(database: str, **kw: Any) -> Connection:
    return Connection(database, **kw)
