"""aiogram FSM storage on SQL: conversation state survives restarts.

Inside update processing the state is read and written in the update's own transaction (the
processor puts that session in `current_session`), so a draft, the business change and the
inbox mark commit together or not at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey
from sqlalchemy.ext.asyncio import AsyncSession

from store.db import Database
from store.tables.infra import FsmRow

current_session: ContextVar[AsyncSession | None] = ContextVar("current_session", default=None)


def storage_key(key: StorageKey) -> str:
    parts = [str(key.bot_id), str(key.chat_id), str(key.user_id)]
    if key.thread_id:
        parts.append(f"t{key.thread_id}")
    if key.destiny != "default":
        parts.append(key.destiny)
    return ":".join(parts)


class SqlStorage(BaseStorage):
    """FSM state and data in the `fsm_state` table."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def _with_session(self, key: StorageKey, write: bool,
                            state: StateType = None, data: Mapping[str, Any] | None = None,
                            set_state: bool = False) -> FsmRow | None:
        session = current_session.get()
        if session is not None:
            return await self._apply(session, key, write, state, data, set_state)
        async with self.db.writer() as own:
            row = await self._apply(own, key, write, state, data, set_state)
            await own.commit()
            return row

    async def _apply(self, session: AsyncSession, key: StorageKey, write: bool,
                     state: StateType, data: Mapping[str, Any] | None,
                     set_state: bool) -> FsmRow | None:
        k = storage_key(key)
        row = await session.get(FsmRow, k)
        if not write:
            return row
        if row is None:
            row = FsmRow(key=k, state=None, data={}, updated_at=datetime.now(UTC))
            session.add(row)
        if set_state:
            row.state = state.state if isinstance(state, State) else state
        if data is not None:
            row.data = dict(data)
        row.updated_at = datetime.now(UTC)
        if row.state is None and not row.data:
            if row in session.new:
                session.expunge(row)
            else:
                await session.delete(row)
        await session.flush()
        return row

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        await self._with_session(key, True, state=state, set_state=True)

    async def get_state(self, key: StorageKey) -> str | None:
        row = await self._with_session(key, False)
        return row.state if row else None

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        await self._with_session(key, True, data=data)

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        row = await self._with_session(key, False)
        return dict(row.data) if row and row.data else {}

    async def close(self) -> None:
        return None
