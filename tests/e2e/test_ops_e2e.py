"""Running it as a service: health and readiness, metrics, JSON logs, backup and restore,
all against the real `propdesk` process."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import subprocess
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.bot.office import staffed_office
from tests.bot.test_repair_flow import report_leak
from tests.conftest import _pg_exec
from tests.e2e.conftest import E2E, PROPDESK, TOKEN, BotProcess, bot_env
from tests.e2e.test_process import free_port

NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # Friday 10:00 in Hong Kong


async def get(port: int, path: str) -> tuple[int, Any]:
    async with aiohttp.ClientSession() as http, \
            http.get(f"http://127.0.0.1:{port}{path}") as resp:
        body = await resp.text()
        return resp.status, json.loads(body) if path != "/metrics" else body


def metric(text: str, name: str, labels: str = "") -> float:
    found = re.search(rf"^{re.escape(name + labels)} (\S+)$", text, re.MULTILINE)
    assert found, f"{name}{labels} not in metrics"
    return float(found.group(1))


async def start_with_health(e2e: E2E, **env: str) -> int:
    port = free_port()
    e2e.freeze(NOW)
    e2e.bot.env.update({"PROPDESK_HEALTH__PORT": str(port), **env})
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    return port


async def test_health_readiness_and_metrics_count_an_update(e2e: E2E) -> None:
    await e2e.seed(NOW)
    port = await start_with_health(e2e)
    assert await get(port, "/healthz") == (200, {"alive": True})
    status, ready = await get(port, "/readyz")
    assert status == 200, ready
    assert set(ready["checks"]) >= {"database", "schema", "processor", "sender", "sweeper",
                                    "inbox"}
    _, before = await get(port, "/metrics")
    user = await e2e.d.user("Metric", language_code="en")
    await e2e.d.send(user, "/help")
    await e2e.d.wait_for(user, contains="assistant")
    await e2e.settle()
    _, after = await get(port, "/metrics")
    assert metric(after, "propdesk_updates_processed_total") == \
        metric(before, "propdesk_updates_processed_total") + 1
    assert metric(after, "propdesk_outbox_send_seconds_count") >= 1
    assert metric(after, "propdesk_inbox_backlog") == 0
    assert metric(after, "propdesk_outbox_queue") == 0
    assert metric(after, "propdesk_telegram_429_total") == 0
    assert "propdesk_sweeper_duration_seconds" in after
    # A schema that is not the code's: not ready, and says why.
    with closing(sqlite3.connect(e2e.db_url.split(":///", 1)[1])) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
        con.commit()
    status, ready = await get(port, "/readyz")
    assert status == 503
    assert ready["checks"]["schema"].startswith("at 9999_future")
    assert await get(port, "/healthz") == (200, {"alive": True})


async def test_deadlines_overdue_are_counted_by_kind(e2e: E2E) -> None:
    port = await start_with_health(e2e)
    cast = await staffed_office(e2e)
    await report_leak(e2e, cast)  # type: ignore[arg-type]
    await e2e.settle()
    _, fresh = await get(port, "/metrics")
    assert 'propdesk_deadlines_overdue{kind="repair"}' not in fresh
    e2e.freeze(datetime(2026, 11, 30, 2, 0, tzinfo=UTC))  # nobody accepted it for 3 days
    _, late = await get(port, "/metrics")
    assert metric(late, "propdesk_deadlines_overdue", '{kind="repair"}') == 1


@pytest.mark.pg
async def test_readiness_fails_when_the_database_is_gone(tmp_path: Path,
                                                         pg_database: str) -> None:
    from sandbox.driver import Driver
    from sandbox.server import SandboxServer
    from store.migrate import upgrade

    await asyncio.to_thread(upgrade, pg_database)
    server = SandboxServer()
    base = await server.start()
    port = free_port()
    proc = BotProcess(bot_env(tmp_path, base, pg_database, tmp_path / "clock",
                              PROPDESK_HEALTH__PORT=str(port)), tmp_path / "bot.log")
    driver = Driver(base)
    await driver.__aenter__()
    try:
        proc.start()
        await proc.wait_ready(driver)
        assert (await get(port, "/readyz"))[0] == 200
        name = pg_database.rsplit("/", 1)[1]
        await _pg_exec(f'DROP DATABASE "{name}" WITH (FORCE)')
        status, ready = await get(port, "/readyz")
        assert status == 503
        assert ready["checks"]["database"].startswith("unreachable")
        assert (await get(port, "/healthz"))[0] == 200
    finally:
        proc.stop()
        await driver.close()
        await server.stop()


async def test_json_logs_parse_line_by_line_without_personal_data(e2e: E2E) -> None:
    e2e.freeze(NOW)
    e2e.bot.env["PROPDESK_LOG_FORMAT"] = "json"
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await staffed_office(e2e)
    await report_leak(e2e, cast)  # type: ignore[arg-type]
    await e2e.settle()
    lines = [line for line in e2e.bot.log().splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]  # every line is one JSON object
    assert {"time", "level", "logger", "message"} <= set(entries[0])
    assert any("propdesk is running" in e["message"] for e in entries)
    text = e2e.bot.log()
    for private in (TOKEN, "Chan", "Water drips", "Pat Plumber"):
        assert private not in text, private


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PROPDESK, *args], env=env, capture_output=True, text=True,
                          timeout=120, cwd=env["PROPDESK_CWD"], check=False)


def tickets_and_files(db_path: Path) -> tuple[set[str], int]:
    with closing(sqlite3.connect(db_path)) as con:
        numbers = {r[0] for r in con.execute("SELECT number FROM tickets")}
        files = con.execute("SELECT count(*) FROM files WHERE path IS NOT NULL").fetchone()[0]
    return numbers, int(files)


async def test_backup_under_load_restores_every_ticket_and_file(e2e: E2E, tmp_path: Path) -> None:
    e2e.freeze(NOW)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await staffed_office(e2e)
    first = await report_leak(e2e, cast)  # type: ignore[arg-type]
    await e2e.settle()
    archive = tmp_path / "backups" / "propdesk.tar.gz"
    # Another resident keeps writing while the backup is taken.
    writer = asyncio.create_task(report_leak(e2e, cast))  # type: ignore[arg-type]
    await asyncio.sleep(0.2)
    made = await asyncio.to_thread(cli, e2e.bot.env, "backup", str(archive))
    second = await writer
    assert made.returncode == 0, made.stderr
    assert "backed up: sqlite database" in made.stdout
    await e2e.settle()
    source_db = Path(e2e.db_url.split(":///", 1)[1])
    numbers, files = tickets_and_files(source_db)
    assert {first, second} <= numbers and files >= 4

    fresh = tmp_path / "restored"
    fresh.mkdir()
    env = bot_env(fresh, "http://127.0.0.1:9", f"sqlite+aiosqlite:///{fresh / 'new.db'}",
                  fresh / "clock")
    restored = await asyncio.to_thread(cli, env, "restore", str(archive))
    assert restored.returncode == 0, restored.stderr
    got, got_files = tickets_and_files(fresh / "new.db")
    assert first in got  # everything committed before the backup started
    assert got <= numbers
    with closing(sqlite3.connect(fresh / "new.db")) as con:
        paths = [r[0] for r in con.execute("SELECT path FROM files WHERE path IS NOT NULL")]
    assert len(paths) == got_files >= 2
    for path in paths:  # every file the restored database names is there, byte for byte
        copy, original = fresh / "files" / path, tmp_path / "files" / path
        assert copy.read_bytes() == original.read_bytes()
    # A second restore over a database with data is refused unless forced.
    again = await asyncio.to_thread(cli, env, "restore", str(archive))
    assert again.returncode == 3 and "already holds data" in again.stderr
    assert (await asyncio.to_thread(cli, env, "restore", "--force", str(archive))).returncode == 0


async def test_restore_refuses_a_newer_schema(tmp_path: Path) -> None:
    import tarfile

    archive = tmp_path / "future.tar.gz"
    manifest = json.dumps({"format": 1, "schema": "9999_future", "database": "sqlite",
                           "tickets": 0, "files": 0}).encode()
    (tmp_path / "manifest.json").write_bytes(manifest)
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(tmp_path / "manifest.json", arcname="manifest.json")
    env = bot_env(tmp_path, "http://127.0.0.1:9", f"sqlite+aiosqlite:///{tmp_path / 'x.db'}",
                  tmp_path / "clock")
    result = await asyncio.to_thread(cli, env, "restore", str(archive))
    assert result.returncode == 3
    assert "newer than this version" in result.stderr
    assert not (tmp_path / "x.db").exists()


@pytest.mark.pg
async def test_postgres_backup_restores_into_a_fresh_database(tmp_path: Path,
                                                              pg_database: str) -> None:
    import uuid

    from bot.demo.data import seed_demo
    from store.db import create_database
    from store.migrate import upgrade
    from store.uow import SqlUnitOfWork

    await asyncio.to_thread(upgrade, pg_database)
    db = create_database(pg_database)
    try:
        async with SqlUnitOfWork(db.writer()) as uow:
            await seed_demo(uow, NOW)
            await uow.commit()
    finally:
        await db.dispose()
    env = bot_env(tmp_path, "http://127.0.0.1:9", pg_database, tmp_path / "clock")
    archive = tmp_path / "pg.tar.gz"
    made = await asyncio.to_thread(cli, env, "backup", str(archive))
    assert made.returncode == 0, made.stderr
    assert "postgresql database" in made.stdout
    name = f"propdesk_restore_{uuid.uuid4().hex[:10]}"
    await _pg_exec(f'CREATE DATABASE "{name}"')
    target = pg_database.rsplit("/", 1)[0] + f"/{name}"
    try:
        restored = await asyncio.to_thread(cli, {**env, "PROPDESK_DATABASE__URL": target},
                                           "restore", str(archive))
        assert restored.returncode == 0, restored.stderr
        import asyncpg

        def plain(url: str) -> str:
            return url.replace("postgresql+asyncpg://", "postgresql://")

        counts = []
        for url in (pg_database, target):
            conn = await asyncpg.connect(plain(url))
            try:
                counts.append((await conn.fetchval("SELECT count(*) FROM people"),
                               await conn.fetchval("SELECT count(*) FROM units"),
                               await conn.fetchval("SELECT version_num FROM alembic_version")))
            finally:
                await conn.close()
        assert counts[0] == counts[1] and counts[0][1] > 0
    finally:
        await _pg_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
