"""The outbox queue, as the sender sees it: claim, mark sent, retry later, drop, migrate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from store.db import Database
from store.repos.infra import REF
from store.tables.base import table
from store.tables.infra import AuditRow, MessageRefRow, OutboxRow
from store.types import UTCDateTime

# Statuses: pending -> sending -> sent | failed | dropped; a crash leaves `sending`.
PENDING, SENDING, SENT, FAILED, DROPPED = "pending", "sending", "sent", "failed", "dropped"


@dataclass(frozen=True)
class Job:
    id: int
    chat_id: int
    method: str
    payload: dict[str, Any]
    ref: str | None
    attempts: int
    error: str | None = None  # the last attempt's error ("outcome unknown N: ..." counts)
    lane: int = 0  # 1: bulk (announcements), after lane 0 and below the ceiling


TABLE = table(OutboxRow)
# Built once: SQLAlchemy then reuses their compiled form instead of rebuilding cache keys.
# Each chat's queued rows numbered in order: row 1 is the chat's head (pending, or `sending`
# while its call is in flight, which holds the rest of the chat back).
_RANKED = (select(TABLE.c.id, TABLE.c.chat_id, TABLE.c.method, TABLE.c.payload, TABLE.c.ref,
                  TABLE.c.attempts, TABLE.c.status, TABLE.c.not_before, TABLE.c.error,
                  TABLE.c.lane, func.row_number().over(partition_by=TABLE.c.chat_id,
                                         order_by=TABLE.c.id).label("n"))
           .where(TABLE.c.status.in_([PENDING, SENDING])).subquery())
# Replies and notices (lane 0) before bulk rows (lane 1): a reply is never behind a broadcast.
_HEADS = (select(_RANKED).where(_RANKED.c.n <= bindparam("per_chat"))
          .order_by(_RANKED.c.lane, _RANKED.c.id).limit(500))
_NEXT_DUE = select(func.min(TABLE.c.not_before)).where(TABLE.c.status == PENDING,
                                                         TABLE.c.not_before.is_not(None))
_MARK_SENDING = (update(TABLE).where(TABLE.c.id.in_(bindparam("ids", expanding=True)),
                                     TABLE.c.status == PENDING)
                 .values(status=SENDING, attempts=TABLE.c.attempts + 1)
                 .returning(TABLE.c.id))
_SENT = (update(TABLE).where(TABLE.c.id == bindparam("row_id"))
         .values(status=SENT, error=None, sent_at=bindparam("at"), message_id=bindparam("mid")))


async def heads(db: Database, now: datetime, *, exclude_chats: set[int],
                limit: int = 200, per_chat: int = 1) -> list[Job]:
    """The oldest due pending row of each chat, and up to `per_chat - 1` rows after it that are
    due too (a chat's messages go out in order: none passes a row in flight or deferred)."""
    async with db.read_engine.connect() as conn:
        rows = (await conn.execute(_HEADS, {"per_chat": per_chat})).all()
    jobs: list[Job] = []
    stopped = set(exclude_chats)
    for r in rows:
        if r.chat_id in stopped:
            continue
        due = r.not_before is None or r.not_before <= now
        if r.status != PENDING or not due:
            stopped.add(r.chat_id)
            continue
        jobs.append(Job(r.id, r.chat_id, r.method, dict(r.payload), r.ref, r.attempts,
                        r.error, int(r.lane or 0)))
    return jobs[:limit]


async def next_due(db: Database) -> datetime | None:
    """When the earliest deferred pending row becomes due."""
    async with db.read_engine.connect() as conn:
        value = (await conn.execute(_NEXT_DUE)).scalar()
    return UTCDateTime().process_result_value(value, db.read_engine.dialect) \
        if isinstance(value, datetime) else None


async def mark_sending(db: Database, ids: list[int]) -> set[int]:
    """Claim rows for sending (a crash after this is the ambiguous window); returns the ids
    this sender got, so two senders never send the same row."""
    async with db.write_engine.begin() as conn:
        result = await conn.execute(_MARK_SENDING, {"ids": ids})
        return {int(row[0]) for row in result.fetchall()}


@dataclass(frozen=True)
class Outcome:
    """What happened to one row after its API call."""

    job: Job
    status: str  # sent | pending (retry) | failed | dropped
    message_id: int | None = None
    not_before: datetime | None = None
    error: str | None = None
    migrate_to: int | None = None
    blocked_chat: bool = False
    untried: bool = False  # claimed with the chat's earlier row, which did not go out
    parked: bool = False  # failed because its outcome stayed unknown: audited, people told


UNKNOWN = "outcome unknown"


def unknown_count(error: str | None) -> int:
    """How many attempts of a row ended with an unknown outcome (kept in its error text)."""
    if not error or not error.startswith(UNKNOWN + " "):
        return 0
    head = error[len(UNKNOWN) + 1:].split(":", 1)[0]
    return int(head) if head.isdigit() else 0


async def record(db: Database, outcomes: list[Outcome], now: datetime) -> None:
    """Write the results of a batch of sends in one transaction."""
    # Bulk rows (lane 1) keep their reference in the outbox row only (it counts deliveries),
    # not as a message reference: nothing edits a broadcast copy later.
    plain = [o for o in outcomes if o.status == SENT and (not o.job.ref or o.job.lane == 1)]
    rest = [o for o in outcomes if not (o.status == SENT and (not o.job.ref or o.job.lane == 1))]
    if plain and not rest:
        # The common case, in one executemany on a plain connection: sent, nothing to remember.
        async with db.write_engine.begin() as conn:
            await conn.execute(_SENT, [{"row_id": o.job.id, "mid": o.message_id, "at": now}
                                       for o in plain])
        return
    async with db.writer() as session:
        if plain:
            await session.execute(_SENT, [{"row_id": o.job.id, "mid": o.message_id, "at": now}
                                          for o in plain])
        for o in rest:
            values: dict[str, Any] = {"status": o.status, "error": o.error}
            if o.status == SENT:
                values.update(sent_at=now, message_id=o.message_id)
                if o.job.ref and o.message_id is not None:
                    await upsert_ref(session, o.job.ref, o.job.chat_id, o.message_id, now)
            if o.status == PENDING:
                values["not_before"] = o.not_before
            if o.untried:
                values["attempts"] = OutboxRow.attempts - 1  # its claim was no attempt
            await session.execute(update(OutboxRow).where(OutboxRow.id == o.job.id).values(values))
            if o.migrate_to is not None:
                await session.execute(update(OutboxRow).where(
                    OutboxRow.chat_id == o.job.chat_id,
                    OutboxRow.status.in_([PENDING, SENDING])).values(chat_id=o.migrate_to))
            if o.parked:
                session.add(AuditRow(at=now, entity="outbox", entity_id=str(o.job.id),
                                     action="send-parked", from_state=SENDING, to_state=FAILED,
                                     detail={"method": o.job.method, "chat_id": o.job.chat_id,
                                             "attempts": o.job.attempts + 1,
                                             "error": o.error}))
            if o.blocked_chat:
                await session.execute(update(OutboxRow).where(
                    OutboxRow.chat_id == o.job.chat_id, OutboxRow.status == PENDING)
                    .values(status=DROPPED, error="chat unavailable"))
        await session.commit()


async def upsert_ref(session: AsyncSession, ref: str, chat_id: int, message_id: int,
                     now: datetime) -> None:
    row = await session.get(MessageRefRow, ref)
    if row is None:
        session.add(MessageRefRow(ref=ref, chat_id=chat_id, message_id=message_id,
                                  updated_at=now))
    else:
        row.chat_id, row.message_id, row.updated_at = chat_id, message_id, now
    await session.flush()


async def resolve_ref(db: Database, ref: str) -> tuple[int, int] | None:
    async with db.read_engine.connect() as conn:
        row = (await conn.execute(REF, {"ref": ref})).first()
        return (int(row.chat_id), int(row.message_id)) if row else None


async def recover(db: Database, now: datetime) -> int:
    """After a crash: rows left `sending` may or may not have gone out; send them again.

    They are the only messages that can arrive twice; the audit log records how many."""
    async with db.writer() as session:
        ids = list(await session.scalars(select(OutboxRow.id).where(
            OutboxRow.status == SENDING)))
        if ids:
            await session.execute(update(OutboxRow).where(OutboxRow.id.in_(ids))
                                  .values(status=PENDING, error="in flight at restart"))
            session.add(AuditRow(at=now, entity="outbox", entity_id="restart",
                                 action="resend-in-flight", to_state=str(len(ids)),
                                 detail={"rows": ids}))
        await session.commit()
        return len(ids)


async def bulk_backlog(session: AsyncSession) -> int:
    """Bulk rows (lane 1) waiting or in flight: how far the announcements' feed is ahead."""
    return int(await session.scalar(select(func.count()).select_from(TABLE).where(
        TABLE.c.lane == 1, TABLE.c.status.in_([PENDING, SENDING]))) or 0)


async def counts(db: Database) -> dict[str, int]:
    async with db.reader() as session:
        rows = await session.execute(select(OutboxRow.status, func.count()).group_by(
            OutboxRow.status))
        return {status: int(n) for status, n in rows}


async def wake_condition(db: Database, now: datetime) -> bool:
    """True when some row is due now."""
    async with db.reader() as session:
        found = await session.scalar(select(OutboxRow.id).where(
            OutboxRow.status == PENDING,
            or_(OutboxRow.not_before.is_(None), and_(OutboxRow.not_before <= now))).limit(1))
        return found is not None
