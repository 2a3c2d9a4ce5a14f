"""The inbox: updates stored before they are acknowledged, processed once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from store.db import Database
from store.tables.base import table
from store.tables.infra import InboxRow

KEEP_DONE = timedelta(hours=48)  # Telegram keeps an update 24 h; dedupe must outlive that.


_T = table(InboxRow)
_INSERT_SQLITE = (sqlite.insert(_T).on_conflict_do_nothing(index_elements=["update_id"])
                  .returning(_T.c.id, _T.c.update_id))
_INSERT_PG = (postgresql.insert(_T).on_conflict_do_nothing(index_elements=["update_id"])
              .returning(_T.c.id, _T.c.update_id))
_MARK_DONE = (update(_T).where(_T.c.id == bindparam("row_id"), _T.c.status == "pending")
              .values(status=bindparam("status"), processed_at=bindparam("at"),
                      error=bindparam("error")))


@dataclass(frozen=True)
class Incoming:
    update_id: int
    key: int
    payload: str
    status: str = "pending"  # "failed": kept as received, never processed
    error: str | None = None


@dataclass(frozen=True)
class Pending:
    id: int
    update_id: int
    key: int
    payload: str
    attempts: int
    parsed: object | None = None  # the update as received, when handed over in memory
    rejected: str | None = None  # stored as failed at ingest: only the apology is left to do


async def store_updates(db: Database, updates: list[Incoming],
                        now: datetime) -> dict[int, int]:
    """Insert the updates, ignoring ids already stored; returns {update_id: inbox id} of the
    new ones."""
    if not updates:
        return {}
    values = [{"update_id": u.update_id, "key": u.key, "payload": u.payload, "status": u.status,
               "error": u.error, "attempts": 0, "received_at": now,
               "processed_at": now if u.status != "pending" else None} for u in updates]
    stmt = _INSERT_SQLITE if db.is_sqlite else _INSERT_PG
    async with db.write_engine.begin() as conn:
        result = await conn.execute(stmt, values)
        return {int(u): int(i) for i, u in result.fetchall()}


async def pending(db: Database, *, after_id: int = 0, limit: int = 500) -> list[Pending]:
    """Updates waiting to be processed, in arrival order."""
    async with db.reader() as session:
        rows = await session.execute(
            select(InboxRow.id, InboxRow.update_id, InboxRow.key, InboxRow.payload,
                   InboxRow.attempts)
            .where(InboxRow.status == "pending", InboxRow.id > after_id)
            .order_by(InboxRow.id).limit(limit))
        return [Pending(*r) for r in rows]


async def mark_done(session: AsyncSession, inbox_id: int, now: datetime,
                    status: str = "done", error: str | None = None) -> bool:
    """Mark processed, in the caller's transaction; False if someone else already did."""
    result = await session.execute(_MARK_DONE, {"row_id": inbox_id, "status": status,
                                                "at": now, "error": error})
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


async def mark_many(db: Database, marks: list[tuple[int, str, str | None]],
                    now: datetime) -> None:
    """Mark many rows at once (id, status, error): updates handled without their handlers."""
    if not marks:
        return
    async with db.writer() as session:
        await session.execute(_MARK_DONE, [{"row_id": i, "status": status, "at": now,
                                            "error": error} for i, status, error in marks])
        await session.commit()


async def bump_attempts(db: Database, inbox_id: int) -> None:
    async with db.writer() as session:
        await session.execute(update(InboxRow).where(InboxRow.id == inbox_id)
                              .values(attempts=InboxRow.attempts + 1))
        await session.commit()


async def purge(db: Database, now: datetime) -> int:
    """Forget processed updates older than KEEP_DONE."""
    async with db.writer() as session:
        result = await session.execute(delete(InboxRow).where(
            InboxRow.status != "pending", InboxRow.received_at < now - KEEP_DONE))
        await session.commit()
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def counts(db: Database) -> dict[str, int]:
    async with db.reader() as session:
        rows = await session.execute(select(InboxRow.status, InboxRow.id))
        out: dict[str, int] = {}
        for status, _ in rows:
            out[status] = out.get(status, 0) + 1
        return out
