"""Repositories of the plumbing: audit log, outbox writes, message references, fired deadlines."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from store.repos.once import insert_once
from store.tables.base import table
from store.tables.infra import AuditRow, FiredRow, MessageRefRow, OutboxRow
from store.tables.registry import GroupRow

_OUTBOX, _REFS = table(OutboxRow), table(MessageRefRow)
# Audit rows are only ever inserted: a Core insert, not the ORM's unit-of-work flush.
_INSERT_AUDIT = insert(table(AuditRow))
# Built once: every update writes outbox rows, and forms look up the message they edit.
_INSERT_OUTBOX = insert(_OUTBOX)
REF = select(_REFS.c.chat_id, _REFS.c.message_id).where(_REFS.c.ref == bindparam("ref"))
_IN_FLIGHT = select(_OUTBOX.c.chat_id).where(
    _OUTBOX.c.ref == bindparam("ref"), _OUTBOX.c.status == "sending").limit(1)
# A send with this reference not recorded yet (queued or in flight): its chat, newest first.
_QUEUED = select(_OUTBOX.c.chat_id).where(
    _OUTBOX.c.ref == bindparam("ref"), _OUTBOX.c.status.in_(["pending", "sending"]),
).order_by(_OUTBOX.c.id.desc()).limit(1)
# The newest message id recorded in a chat (message ids only grow within a chat).
_LAST_RECORDED = select(func.max(_OUTBOX.c.message_id)).where(
    _OUTBOX.c.status == "sent", _OUTBOX.c.chat_id == bindparam("chat_id"))
NOT_THERE = "bot not in the chat"


class SqlAudit:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def record(self, *, at: datetime, entity: str, entity_id: str, action: str,
                     actor_person_id: int | None = None, actor_tg_id: int | None = None,
                     from_state: str | None = None, to_state: str | None = None,
                     update_id: int | None = None, detail: dict[str, Any] | None = None,
                     ) -> None:
        if self.s.new or self.s.dirty:  # as before: ORM changes made so far go first
            await self.s.flush()
        await self.s.execute(_INSERT_AUDIT, {
            "at": at, "entity": entity, "entity_id": entity_id, "action": action,
            "actor_person_id": actor_person_id, "actor_tg_id": actor_tg_id,
            "from_state": from_state, "to_state": to_state, "update_id": update_id,
            "detail": detail})

    async def count(self, *, entity: str, action: str, since: datetime,
                    actor_tg_id: int | None = None) -> int:
        query = select(func.count()).select_from(AuditRow).where(
            AuditRow.entity == entity, AuditRow.action == action, AuditRow.at >= since)
        if actor_tg_id is not None:
            query = query.where(AuditRow.actor_tg_id == actor_tg_id)
        return int(await self.s.scalar(query) or 0)

    async def history(self, entity: str, entity_id: str) -> list[AuditRow]:
        rows = await self.s.scalars(select(AuditRow).where(
            AuditRow.entity == entity, AuditRow.entity_id == entity_id).order_by(AuditRow.id))
        return list(rows)


class SqlOutbox:
    """Writes Bot API calls to make; the sender drains them."""

    def __init__(self, session: AsyncSession) -> None:
        self.s = session
        self.rows: list[dict[str, Any]] = []
        self.added = 0
        self.to_chat: dict[int, int] = {}  # rows queued per chat (per-person reply quotas)

    async def add(self, chat_id: int, method: str, payload: dict[str, Any], *, now: datetime,
                  ref: str | None = None, update_id: int | None = None,
                  lane: int = 0) -> None:
        """Queue a call; the rows are inserted together, in order, just before the commit."""
        self.rows.append({"chat_id": chat_id, "method": method, "payload": payload, "ref": ref,
                          "status": "pending", "attempts": 0, "created_at": now,
                          "update_id": update_id, "lane": lane})
        self.added += 1
        self.to_chat[chat_id] = self.to_chat.get(chat_id, 0) + 1

    async def flush(self) -> None:
        if self.rows:
            rows, self.rows = self.rows, []
            await self._drop_where_gone(rows)
            await self.s.execute(_INSERT_OUTBOX, rows)

    async def _drop_where_gone(self, rows: list[dict[str, Any]]) -> None:
        """Nothing goes to a group the bot has left or was removed from (kept as dropped)."""
        groups = {r["chat_id"] for r in rows if r["chat_id"] < 0 and r["method"] != "leaveChat"}
        if not groups:
            return
        gone = set((await self.s.execute(select(GroupRow.chat_id).where(
            GroupRow.chat_id.in_(groups), GroupRow.status == "left"))).scalars())
        for r in rows:
            if r["chat_id"] in gone and r["method"] != "leaveChat":
                r.update(status="dropped", error=NOT_THERE)

    async def drop_chat(self, chat_id: int) -> None:
        """The bot left the chat: rows still waiting for it will never go."""
        await self.s.execute(update(OutboxRow).where(
            OutboxRow.chat_id == chat_id, OutboxRow.status == "pending",
            OutboxRow.method != "leaveChat").values(status="dropped", error=NOT_THERE))

    async def ref(self, ref: str) -> tuple[int, int] | None:
        row = (await self.s.execute(REF, {"ref": ref})).first()
        return (int(row.chat_id), int(row.message_id)) if row else None

    async def in_flight(self, ref: str) -> int | None:
        """The chat a message with this reference is being sent to right now (its id is not
        recorded until the sender's batch is written), if any."""
        return await self.s.scalar(_IN_FLIGHT, {"ref": ref})

    async def queued(self, ref: str) -> int | None:
        """The chat a send with this reference is queued for or being sent to, if any."""
        return await self.s.scalar(_QUEUED, {"ref": ref})

    async def last_recorded(self, chat_id: int) -> int:
        """The newest message id recorded as sent in this chat (0 when none)."""
        return int(await self.s.scalar(_LAST_RECORDED, {"chat_id": chat_id}) or 0)


class SqlFired:
    """Marks that a reminder/escalation level fired; the unique key makes it at most once."""

    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def claim(self, entity: str, entity_id: int, level: str, now: datetime) -> bool:
        """True if this call is the first to fire (entity, id, level)."""
        return await insert_once(self.s, FiredRow(entity=entity, entity_id=entity_id,
                                                  level=level, at=now))

    async def fired(self, entity: str, entity_id: int) -> set[str]:
        rows = await self.s.scalars(select(FiredRow.level).where(
            FiredRow.entity == entity, FiredRow.entity_id == entity_id))
        return set(rows)
