"""Schema migrations (alembic): upgrade, and the start-up check that refuses an old schema.

The check at start-up reads the migration files and the `alembic_version` table itself:
importing alembic would cost the running bot about 10 MB for nothing.
"""

from __future__ import annotations

import asyncio
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from store.db import Database, ensure_wal, normalise_url

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(None|['\"]([^'\"]+)['\"])", re.MULTILINE)


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the database to `revision` (creating it when new)."""
    from alembic import command

    ensure_wal(url)
    command.upgrade(alembic_config(url), revision)


@cache
def _graph() -> tuple[frozenset[str], frozenset[str]]:
    """(every revision in store/migrations/versions, every revision something revises)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        revisions.add(found.group(1))
        down = _DOWN.search(source)
        if down and down.group(2):
            parents.add(down.group(2))
    return frozenset(revisions), frozenset(parents)


def known_revisions() -> frozenset[str]:
    """Every schema revision this version can open or migrate from."""
    return _graph()[0]


def head_revision() -> str | None:
    """The newest revision (the one nothing revises)."""
    revisions, parents = _graph()
    heads = revisions - parents
    if len(heads) > 1:
        raise RuntimeError(f"migrations have several heads: {sorted(heads)}")
    return next(iter(heads), None)


async def current_revision(db: Database) -> str | None:
    async with db.write_engine.connect() as conn:
        try:
            value = (await conn.execute(text("SELECT version_num FROM alembic_version")))
        except DBAPIError:
            return None  # a new, empty database
        row = value.first()
        return str(row[0]) if row else None


async def schema_is_current(db: Database) -> tuple[bool, str | None, str | None]:
    """(ok, database revision, code's head revision)."""
    have = await current_revision(db)
    want = head_revision()
    return have == want, have, want


async def upgrade_async(url: str) -> None:
    await asyncio.to_thread(upgrade, url)
