"""Schema migrations (alembic): upgrade, and the start-up check that refuses an old schema."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from store.db import Database, ensure_wal, normalise_url

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the database to `revision` (creating it when new)."""
    ensure_wal(url)
    command.upgrade(alembic_config(url), revision)


def head_revision(url: str) -> str | None:
    return ScriptDirectory.from_config(alembic_config(url)).get_current_head()


def _current(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


async def current_revision(db: Database) -> str | None:
    async with db.write_engine.connect() as conn:
        return await conn.run_sync(_current)


async def schema_is_current(db: Database) -> tuple[bool, str | None, str | None]:
    """(ok, database revision, code's head revision)."""
    have = await current_revision(db)
    want = head_revision(db.url)
    return have == want, have, want


async def upgrade_async(url: str) -> None:
    await asyncio.to_thread(upgrade, url)
