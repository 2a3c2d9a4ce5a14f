"""aiogram FSM storage on SQL: conversation state survives restarts.

Inside update processing the state is read and written in the update's own transaction (the
processor puts that session in `current_session`), so a draft, the business change and the
inbox mark commit together or not at all. Within one transaction each key is read once.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey
from sqlalchemy import bindparam, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from store.db import Database
from store.tables.base import table
from store.tables.infra import FsmRow

current_session: ContextVar[AsyncSession | None] = ContextVar("current_session", default=None)
TABLE = table(FsmRow)
# Built once (every update reads its state and most write it): compiled form reused.
_READ = select(TABLE.c.state, TABLE.c.data).where(TABLE.c.key == bindparam("k"))
_DELETE = delete(TABLE).where(TABLE.c.key == bindparam("k"))


def _upsert(insert: Any) -> Any:
    stmt = insert(TABLE)
    return stmt.on_conflict_do_update(
        index_elements=[TABLE.c.key],
        set_={"state": stmt.excluded.state, "data": stmt.excluded.data,
              "updated_at": stmt.excluded.updated_at})


_UPSERT = {"sqlite": _upsert(sqlite.insert), "postgresql": _upsert(postgresql.insert)}


def storage_key(key: StorageKey) -> str:
    parts = [str(key.bot_id), str(key.chat_id), str(key.user_id)]
    if key.thread_id:
        parts.append(f"t{key.thread_id}")
    if key.destiny != "default":
        parts.append(key.destiny)
    return ":".join(parts)


async def _write(session: AsyncSession, k: str, entry: dict[str, Any]) -> None:
    if entry["state"] is None and not entry["data"]:
        await session.execute(_DELETE, {"k": k})
        return
    dialect = session.bind.dialect.name if session.bind else "sqlite"
    await session.execute(_UPSERT["sqlite" if dialect == "sqlite" else "postgresql"],
                          {"key": k, "state": entry["state"], "data": entry["data"],
                           "updated_at": datetime.now(UTC)})


async def flush(session: AsyncSession) -> None:
    """Write the conversation states this transaction changed (one statement per key)."""
    dirty: set[str] = session.info.pop("fsm_dirty", set())
    cache: dict[str, dict[str, Any]] = session.info.get("fsm", {})
    for k in sorted(dirty):
        await _write(session, k, cache[k])


class SqlStorage(BaseStorage):
    """FSM state and data in the `fsm_state` table."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def _entry(self, session: AsyncSession, k: str) -> dict[str, Any]:
        cache: dict[str, dict[str, Any]] = session.info.setdefault("fsm", {})
        if k not in cache:
            row = (await session.execute(_READ, {"k": k})).first()
            cache[k] = {"state": row[0], "data": dict(row[1] or {})} if row else \
                {"state": None, "data": {}}
        return cache[k]

    async def _run(self, key: StorageKey, change: dict[str, Any] | None) -> dict[str, Any]:
        session = current_session.get()
        if session is not None:
            # In an update's transaction: changes are written once, when it commits.
            return await self._apply(session, key, change)
        async with self.db.writer() as own:
            entry = await self._apply(own, key, change)
            await flush(own)
            await own.commit()
            return entry

    async def _apply(self, session: AsyncSession, key: StorageKey,
                     change: dict[str, Any] | None) -> dict[str, Any]:
        k = storage_key(key)
        entry = await self._entry(session, k)
        if change:
            entry.update(change)
            session.info.setdefault("fsm_dirty", set()).add(k)
        return entry

    async def in_conversation(self, key: StorageKey) -> bool:
        """Whether this person has a conversation open (read outside any transaction)."""
        async with self.db.reader() as session:
            row = (await session.execute(_READ, {"k": storage_key(key)})).first()
        return bool(row and row[0])

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        await self._run(key, {"state": state.state if isinstance(state, State) else state})

    async def get_state(self, key: StorageKey) -> str | None:
        state = (await self._run(key, None))["state"]
        return str(state) if state is not None else None

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        await self._run(key, {"data": dict(data)})

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        return dict((await self._run(key, None))["data"])

    async def close(self) -> None:
        return None


async def close_private(session: AsyncSession, tg_user_id: int,
                        unit_id: int | None = None) -> int:
    """Close a person's open conversations in their private chat (every one, or only those
    about `unit_id`), in the current transaction; returns how many were closed."""
    like = f"%:{tg_user_id}:{tg_user_id}"
    rows = (await session.execute(select(TABLE.c.key, TABLE.c.data).where(
        TABLE.c.key.like(like) | TABLE.c.key.like(like + ":%")))).all()
    cache: dict[str, dict[str, Any]] = session.info.setdefault("fsm", {})
    closed = 0
    for key, data in rows:
        if unit_id is not None and (data or {}).get("unit_id") != unit_id:
            continue
        await session.execute(_DELETE, {"k": key})
        cache[key] = {"state": None, "data": {}}
        closed += 1
    return closed
