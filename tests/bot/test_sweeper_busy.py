"""A locked database: the sweeper warns once per pass (no traceback per job) and carries on."""

from __future__ import annotations

import logging
import sqlite3

import pytest

import store.db
import store.sqlite_inloop
from bot.runtime.sweeper import JOBS, Sweeper
from domain.clock import FrozenClock
from store.db import create_database, sqlite_path


async def test_locked_database_gives_one_warning_per_pass(
        sqlite_url: str, clock: FrozenClock, caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store.db, "SQLITE_BUSY_TIMEOUT_MS", 20)
    monkeypatch.setattr(store.sqlite_inloop, "BUSY_TIMEOUT_S", 0.02)
    db = create_database(sqlite_url)

    async def publish(uow: object, event: object) -> None:
        return None

    sweeper = Sweeper(db, clock, publish, interval_s=3600, on_commit=lambda: None)
    path = sqlite_path(sqlite_url)
    assert path is not None
    holder = sqlite3.connect(path, timeout=1, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        caplog.set_level(logging.DEBUG, logger="bot.runtime.sweeper")
        for _ in range(2):
            assert await sweeper.sweep_once() == {}
        records = [r for r in caplog.records if r.name == "bot.runtime.sweeper"]
        assert [r.levelno for r in records] == [logging.WARNING, logging.WARNING]
        assert all(r.exc_info is None for r in records)
        assert all(name in records[0].getMessage() for name, _ in JOBS)
        holder.execute("ROLLBACK")
        # The lock is gone: the next pass runs every job, quietly.
        caplog.clear()
        assert set(await sweeper.sweep_once()) == {name for name, _ in JOBS}
        assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
        assert sweeper.runs == 3
    finally:
        holder.close()
        await db.dispose()
