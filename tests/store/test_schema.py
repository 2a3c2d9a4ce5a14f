"""A fresh database built by `alembic upgrade head` matches the models, on both dialects."""

from __future__ import annotations

import asyncio

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from store.db import Database, create_database
from store.migrate import alembic_config, schema_is_current
from store.tables import Base


def _modelled(name, type_, parent_names):  # type: ignore[no-untyped-def]
    """The search lookups are not models (migration 0008): SQLite's FTS5 tables and their
    shadow tables, PostgreSQL's pg_trgm indexes."""
    return not (name or "").endswith(("_fts", "_fts_data", "_fts_idx", "_fts_docsize",
                                      "_fts_config", "_trgm"))


def _diff(sync_conn):  # type: ignore[no-untyped-def]
    ctx = MigrationContext.configure(sync_conn, opts={"compare_type": True,
                                                      "include_name": _modelled})
    return compare_metadata(ctx, Base.metadata)


async def test_upgrade_head_matches_models(db: Database) -> None:
    async with db.write_engine.connect() as conn:
        diff = await conn.run_sync(_diff)
    assert diff == []
    ok, have, want = await schema_is_current(db)
    assert ok and have == want


async def test_migrations_downgrade_and_upgrade_again(db_url: str) -> None:
    cfg = alembic_config(db_url)
    await asyncio.to_thread(command.downgrade, cfg, "base")
    database = create_database(db_url)
    ok, have, _ = await schema_is_current(database)
    assert not ok and have is None
    await database.dispose()
    await asyncio.to_thread(command.upgrade, cfg, "head")
    database = create_database(db_url)
    assert (await schema_is_current(database))[0]
    await database.dispose()


async def test_audit_rows_cannot_be_changed(db: Database) -> None:
    async with db.writer() as s:
        await s.execute(text("INSERT INTO audit (at, entity, entity_id, action) "
                             "VALUES (CURRENT_TIMESTAMP, 'x', '1', 'made')"))
        await s.commit()
    for statement in ("UPDATE audit SET action = 'changed'", "DELETE FROM audit"):
        async with db.writer() as s:
            try:
                await s.execute(text(statement))
                await s.commit()
                raise AssertionError(f"{statement} was allowed")
            except DBAPIError as exc:
                assert "append-only" in str(exc)
    async with db.reader() as s:
        assert (await s.execute(text("SELECT action FROM audit"))).scalar_one() == "made"


async def test_sqlite_pragmas(sqlite_db: Database) -> None:
    async with sqlite_db.writer() as s:
        mode = (await s.execute(text("PRAGMA journal_mode"))).scalar_one()
        timeout = (await s.execute(text("PRAGMA busy_timeout"))).scalar_one()
        fks = (await s.execute(text("PRAGMA foreign_keys"))).scalar_one()
    assert (mode, fks) == ("wal", 1)
    assert timeout >= 5000


def test_head_revision_read_from_files_matches_alembic() -> None:
    from alembic.script import ScriptDirectory

    from store.migrate import head_revision

    scripts = ScriptDirectory.from_config(alembic_config("sqlite:///unused.db"))
    assert head_revision() == scripts.get_current_head()
