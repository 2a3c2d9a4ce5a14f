"""Announcements on SQL: the announcement, its recipients, their counts per building."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.announcements.model import (
    Announcement,
    Audience,
    BuildingCounts,
    Draft,
    Member,
    Recipient,
    Status,
    recipient_ref,
)
from domain.model import Person, Relation
from store import outbox
from store.repos.registry import _person
from store.tables.announcements import AnnouncementRecipientRow, AnnouncementRow
from store.tables.infra import OutboxRow
from store.tables.registry import BuildingRow, PersonRow, TenureRow, UnitRow

R = AnnouncementRecipientRow


def _announcement(row: AnnouncementRow) -> Announcement:
    return Announcement(row.id, row.estate_id, row.author_id, dict(row.texts),
                        dict(row.files or {}), Audience.of(row.audience), row.urgent,
                        Status(row.status), row.send_at, row.created_at, row.total,
                        row.reminded_at)


def _recipient(row: AnnouncementRecipientRow) -> Recipient:
    return Recipient(row.id, row.announcement_id, row.person_id, row.unit_id, row.building,
                     row.ref, row.read_at)


class SqlAnnouncements:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def add(self, draft: Draft, author_id: int | None, now: datetime) -> Announcement:
        row = AnnouncementRow(estate_id=draft.estate_id, author_id=author_id,
                              texts=dict(draft.texts), files=dict(draft.files),
                              audience=draft.audience.to_json(), urgent=draft.urgent,
                              status=Status.SCHEDULED.value, send_at=draft.send_at,
                              created_at=now, total=0)
        self.s.add(row)
        await self.s.flush()
        return _announcement(row)

    async def get(self, announcement_id: int) -> Announcement | None:
        row = await self.s.get(AnnouncementRow, announcement_id, populate_existing=True)
        return _announcement(row) if row else None

    async def recent(self, estate_id: int, limit: int = 5) -> list[Announcement]:
        rows = await self.s.scalars(select(AnnouncementRow).where(
            AnnouncementRow.estate_id == estate_id).order_by(AnnouncementRow.id.desc())
            .limit(limit))
        return [_announcement(r) for r in rows]

    async def with_status(self, statuses: Sequence[Status], *, due_by: datetime | None = None,
                          limit: int = 20) -> list[Announcement]:
        q = select(AnnouncementRow).where(AnnouncementRow.status.in_([s.value for s in statuses]))
        if due_by is not None:
            q = q.where(AnnouncementRow.send_at <= due_by)
        rows = await self.s.scalars(q.order_by(AnnouncementRow.id).limit(limit))
        return [_announcement(r) for r in rows]

    async def move(self, announcement_id: int, expected: Status, to: Status,
                   **values: Any) -> bool:
        result = await self.s.execute(update(AnnouncementRow).where(
            AnnouncementRow.id == announcement_id, AnnouncementRow.status == expected.value)
            .values(status=to.value, **values).returning(AnnouncementRow.id))
        return result.first() is not None

    async def members(self, estate_id: int) -> list[Member]:
        rows = await self.s.execute(
            select(TenureRow.person_id, UnitRow.id, BuildingRow.code, UnitRow.floor,
                   UnitRow.number, TenureRow.relation, PersonRow.tg_user_id, PersonRow.blocked)
            .join(UnitRow, UnitRow.id == TenureRow.unit_id)
            .join(BuildingRow, BuildingRow.id == UnitRow.building_id)
            .join(PersonRow, PersonRow.id == TenureRow.person_id)
            .where(UnitRow.estate_id == estate_id, TenureRow.ended_on.is_(None)))
        return [Member(int(p), int(u), str(b), str(f or _floor_of(n)), Relation(rel),
                       tg is not None and not blocked)
                for p, u, b, f, n, rel, tg, blocked in rows]

    async def add_recipients(self, announcement_id: int, members: Sequence[Member]) -> int:
        rows = [{"announcement_id": announcement_id, "person_id": m.person_id,
                 "unit_id": m.unit_id, "building": m.building,
                 "ref": recipient_ref(announcement_id, m.person_id)} for m in members]
        for start in range(0, len(rows), 1000):
            await self.s.execute(insert(R), rows[start:start + 1000])
        return len(rows)

    async def next_batch(self, announcement_id: int, now: datetime, limit: int, *,
                         reminder: bool = False) -> list[int]:
        """Claim the next recipients to queue (to send, or to remind): marked in this
        transaction, so a restart never queues one twice."""
        if reminder:
            where = and_(R.announcement_id == announcement_id, R.queued_at.is_not(None),
                         R.read_at.is_(None), R.reminded_at.is_(None))
            mark = R.reminded_at
        else:
            where = and_(R.announcement_id == announcement_id, R.queued_at.is_(None))
            mark = R.queued_at
        ids = list(await self.s.scalars(select(R.id).where(where).order_by(R.id).limit(limit)))
        if not ids:
            return []
        result = await self.s.execute(update(R).where(R.id.in_(ids), mark.is_(None))
                                      .values({mark: now}).returning(R.id))
        return sorted(int(i) for i in result.scalars())

    async def recipients(self, ids: Sequence[int]) -> list[Recipient]:
        rows = await self.s.scalars(select(R).where(R.id.in_(list(ids))).order_by(R.id))
        return [_recipient(r) for r in rows]

    async def reachable(self, ids: Sequence[int]) -> list[tuple[Recipient, Person]]:
        """Recipients with their person, for those the bot may still write to."""
        rows = await self.s.execute(select(R, PersonRow).join(
            PersonRow, PersonRow.id == R.person_id).where(
            R.id.in_(list(ids)), PersonRow.tg_user_id.is_not(None),
            PersonRow.blocked.is_(False)).order_by(R.id))
        return [(_recipient(r), _person(p)) for r, p in rows.tuples()]

    async def recipient(self, announcement_id: int, person_id: int) -> Recipient | None:
        row = await self.s.scalar(select(R).where(R.announcement_id == announcement_id,
                                                  R.person_id == person_id))
        return _recipient(row) if row else None

    async def mark_read(self, recipient_id: int, now: datetime) -> bool:
        result = await self.s.execute(update(R).where(R.id == recipient_id, R.read_at.is_(None))
                                      .values(read_at=now).returning(R.id))
        return result.first() is not None

    async def counts(self, announcement_id: int) -> list[BuildingCounts]:
        """Per building: recipients, delivered (the message went out), read, blocked (the
        bot may not write to them: 403, or known blocked before)."""
        sent = func.sum(case((OutboxRow.status == outbox.SENT, 1), else_=0))
        blocked = func.sum(case((OutboxRow.status == outbox.DROPPED, 1),
                                (PersonRow.blocked.is_(True) & OutboxRow.id.is_(None), 1),
                                else_=0))
        read = func.sum(case((R.read_at.is_not(None), 1), else_=0))
        rows = await self.s.execute(
            select(R.building, func.count(R.id), sent, read, blocked)
            .join(PersonRow, PersonRow.id == R.person_id)
            .outerjoin(OutboxRow, and_(OutboxRow.ref == R.ref, OutboxRow.lane == 1))
            .where(R.announcement_id == announcement_id)
            .group_by(R.building).order_by(R.building))
        return [BuildingCounts(str(b), int(n), int(s or 0), int(r or 0), int(k or 0))
                for b, n, s, r, k in rows]

    async def backlog(self) -> int:
        return await outbox.bulk_backlog(self.s)


def _floor_of(number: str) -> str:
    digits = ""
    for ch in number:
        if not ch.isdigit():
            break
        digits += ch
    return digits
