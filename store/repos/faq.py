"""Residents' questions on SQL: the estate's answers and the questions nobody answered."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.faq import Entry, Miss
from store.repos.once import insert_once
from store.tables.faq import FaqEntryRow, FaqMissRow


class SqlFaq:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def entries(self, estate_id: int) -> list[Entry]:
        rows = await self.s.scalars(select(FaqEntryRow).where(
            FaqEntryRow.estate_id == estate_id).order_by(FaqEntryRow.position, FaqEntryRow.id))
        return [Entry(r.key, tuple(r.questions), dict(r.answers)) for r in rows]

    async def replace(self, estate_id: int, entries: Sequence[Entry], now: datetime) -> None:
        await self.s.execute(delete(FaqEntryRow).where(FaqEntryRow.estate_id == estate_id))
        self.s.add_all(FaqEntryRow(estate_id=estate_id, key=e.key, position=n,
                                   questions=list(e.questions), answers=dict(e.answers),
                                   updated_at=now) for n, e in enumerate(entries))
        await self.s.flush()

    async def remove(self, estate_id: int, key: str) -> bool:
        gone = await self.s.execute(delete(FaqEntryRow).where(
            FaqEntryRow.estate_id == estate_id, FaqEntryRow.key == key))
        return bool(gone.rowcount)  # type: ignore[attr-defined]

    async def missed(self, estate_id: int, text: str, now: datetime) -> None:
        bumped = await self.s.execute(update(FaqMissRow).where(
            FaqMissRow.estate_id == estate_id, FaqMissRow.text == text).values(
            count=FaqMissRow.count + 1, last_at=now))
        if bumped.rowcount:  # type: ignore[attr-defined]
            return
        if not await insert_once(self.s, FaqMissRow(estate_id=estate_id, text=text, count=1,
                                                    first_at=now, last_at=now)):
            await self.s.execute(update(FaqMissRow).where(  # another update counted it first
                FaqMissRow.estate_id == estate_id, FaqMissRow.text == text).values(
                count=FaqMissRow.count + 1, last_at=now))

    async def misses(self, estate_id: int, limit: int = 20) -> list[Miss]:
        rows = await self.s.scalars(select(FaqMissRow).where(
            FaqMissRow.estate_id == estate_id).order_by(
            FaqMissRow.count.desc(), FaqMissRow.last_at.desc()).limit(limit))
        return [Miss(r.text, r.count) for r in rows]
