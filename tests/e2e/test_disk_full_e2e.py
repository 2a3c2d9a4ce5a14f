"""The disk under the database fills up: the person is told, nothing is lost, nothing is
half-written, and the draft goes on once there is room again (the real process, a real full
filesystem: a small tmpfs)."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from domain.model import Locale
from store.tables.infra import FsmRow, InboxRow
from tests.bot.conftest import says
from tests.bot.test_resilience import link_form_to_the_name
from tests.e2e.conftest import e2e_on

NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 48 MB filesystem of its own (tmpfs), so filling it touches nothing else."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", str(mnt)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        message = f"cannot mount a tmpfs here ({done.stderr.strip()})"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI runs as root and must run this check
        pytest.skip(message)
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def fill(disk: Path) -> Path:
    """Write a file until the filesystem has no byte left."""
    filler = disk / "filler"
    chunk = b"\0" * (1 << 20)
    with filler.open("wb", buffering=0) as f:
        while True:
            try:
                f.write(chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
                break
        for size in (1 << 16, 1 << 12, 512, 1):  # the last few blocks too
            with contextlib.suppress(OSError):
                while True:
                    f.write(b"\0" * size)
    return filler


async def test_a_full_disk_tells_the_person_and_loses_nothing(tmp_path: Path,
                                                              small_disk: Path) -> None:
    async with e2e_on(tmp_path, f"sqlite+aiosqlite:///{small_disk / 'e2e.db'}") as e2e:
        e2e.freeze(NOW)
        await e2e.seed(NOW)
        e2e.bot.start()
        await e2e.bot.wait_ready(e2e.d)
        d = e2e.d
        user = await d.user("Disk Full", language_code="en")
        asked = await link_form_to_the_name(d, user)
        await e2e.settle()

        # Empty the write-ahead log into the database file, then take every free byte: the
        # next write has to grow a file and cannot.
        with contextlib.closing(sqlite3.connect(small_disk / "e2e.db", timeout=10)) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        filler = await asyncio.to_thread(fill, small_disk)

        await d.send(user, "Ho Ka Yan")
        busy = await d.wait_for(user, contains=says("error-busy", Locale.EN)[:30],
                                after=asked.message_id, timeout=30)
        assert "phone number" not in (busy.text or "")
        assert "inbox busy (OperationalError)" in e2e.bot.log()  # it was the full disk
        filler.unlink()  # room again

        await d.wait_for(user, contains="phone number", after=asked.message_id, timeout=60)
        await e2e.settle(timeout=60)
        async with e2e.db.reader() as s:
            row = (await s.execute(select(FsmRow.state, FsmRow.data))).one()
            statuses = list(await s.scalars(select(InboxRow.status)))
            texts = await s.scalar(select(func.count()).select_from(InboxRow))
        assert row.state == "LinkForm:waiting_phone"
        assert row.data["name"] == "Ho Ka Yan" and row.data["unit"] == "A-15C"
        assert set(statuses) == {"done"} and texts == len(statuses)
        replies = [m for m in await d.messages(user, from_bot=True)
                   if "phone number" in (m.text or "")]
        assert len(replies) == 1  # the name was handled once
