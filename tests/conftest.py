"""Shared fixtures: databases on SQLite and PostgreSQL, a frozen clock."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from domain.clock import FrozenClock
from store.db import Database, create_database
from store.migrate import upgrade

# CI sets this; then the PostgreSQL half of the store suite must run (never skipped).
PG_URL = os.environ.get("PROPDESK_TEST_PG_URL")


def _pg_admin_dsn() -> str:
    assert PG_URL
    return PG_URL.replace("postgresql+asyncpg://", "postgresql://")


async def _pg_exec(sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(_pg_admin_dsn())
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture
def pg_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database; dropped afterwards."""
    if not PG_URL:
        pytest.skip("PostgreSQL tests need PROPDESK_TEST_PG_URL (CI sets it)")
    name = f"propdesk_test_{uuid.uuid4().hex[:12]}"
    asyncio.run(_pg_exec(f'CREATE DATABASE "{name}"'))
    base, _, _ = _pg_admin_dsn().rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        asyncio.run(_pg_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated database URL, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
    else:
        url = request.getfixturevalue("pg_database")
    upgrade(url)
    return url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
    upgrade(url)
    return url


@pytest.fixture
async def db(db_url: str) -> AsyncIterator[Database]:
    database = create_database(db_url)
    yield database
    await database.dispose()


@pytest.fixture
async def sqlite_db(sqlite_url: str) -> AsyncIterator[Database]:
    database = create_database(sqlite_url)
    yield database
    await database.dispose()


@pytest.fixture
def clock() -> FrozenClock:
    # A Friday, 10:00 in Hong Kong.
    return FrozenClock(datetime(2026, 11, 27, 2, 0, tzinfo=UTC))


REDIS_URL = os.environ.get("PROPDESK_TEST_REDIS_URL")


@pytest.fixture
def redis_url() -> str:
    """Redis for the several-processes tests (CI sets it; then they cannot be skipped)."""
    if not REDIS_URL:
        pytest.skip("Redis tests need PROPDESK_TEST_REDIS_URL (CI sets it)")
    return REDIS_URL
