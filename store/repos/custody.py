"""House custody on SQL: agreements, meter readings, outside checks."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.custody.model import (
    Check,
    CheckKind,
    CheckResult,
    Custody,
    CustodyStatus,
    Reading,
    ReadingKind,
)
from store.tables.custody import CustodyCheckRow, CustodyReadingRow, CustodyRow

_CUSTODY = {f.name for f in fields(Custody)}
_MOVABLE = _CUSTODY - {"id", "number", "estate_id", "unit_id", "owner_id", "status", "version"}


def _custody(row: CustodyRow) -> Custody:
    values = {name: getattr(row, name) for name in _CUSTODY}
    values["status"] = CustodyStatus(row.status)
    return Custody(**values)


def _reading(row: CustodyReadingRow) -> Reading:
    return Reading(row.id, row.custody_id, ReadingKind(row.kind), row.water, row.electricity,
                   row.read_at, row.by_person_id, row.water_used, row.electricity_used,
                   row.flagged)


def _check(row: CustodyCheckRow) -> Check:
    return Check(row.id, row.custody_id, CheckKind(row.kind), row.due_at,
                 CheckResult(row.result), row.items, row.note, row.by_person_id,
                 row.recorded_at)


class SqlCustody:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def add(self, *, estate_id: int, unit_id: int, owner_id: int, start_date: date,
                  end_date: date, contact: str, keys_held: bool, fee_rate: int,
                  now: datetime) -> Custody:
        row = CustodyRow(estate_id=estate_id, unit_id=unit_id, owner_id=owner_id,
                         status=CustodyStatus.REQUESTED.value, start_date=start_date,
                         end_date=end_date, contact=contact, keys_held=keys_held,
                         fee_rate=fee_rate, requested_at=now, checks_due=0, version=1)
        self.s.add(row)
        await self.s.flush()
        row.number = f"T-{now.year}-{row.id:06d}"
        await self.s.flush()
        return _custody(row)

    async def get(self, custody_id: int) -> Custody | None:
        row = await self.s.get(CustodyRow, custody_id, populate_existing=True)
        return _custody(row) if row else None

    async def for_unit(self, unit_id: int) -> list[Custody]:
        """Every custody agreement of a unit, newest first (for the household file)."""
        rows = await self.s.scalars(select(CustodyRow).where(CustodyRow.unit_id == unit_id)
                                    .order_by(CustodyRow.id.desc()))
        return [_custody(r) for r in rows]

    async def in_status(self, statuses: list[CustodyStatus],
                        estate_id: int | None = None) -> list[Custody]:
        q = select(CustodyRow).where(CustodyRow.status.in_([s.value for s in statuses]))
        if estate_id is not None:
            q = q.where(CustodyRow.estate_id == estate_id)
        return [_custody(r) for r in await self.s.scalars(q.order_by(CustodyRow.id))]

    async def move(self, custody: Custody, to: CustodyStatus, **values: Any) -> bool:
        unknown = set(values) - _MOVABLE
        if unknown:
            raise ValueError(f"not a custody field: {sorted(unknown)}")
        result = await self.s.execute(
            update(CustodyRow).where(CustodyRow.id == custody.id,
                                     CustodyRow.status == custody.status.value,
                                     CustodyRow.version == custody.version)
            .values(status=to.value, version=custody.version + 1, **values)
            .execution_options(synchronize_session=False))
        return bool(getattr(result, "rowcount", 0))

    async def add_reading(self, custody_id: int, kind: ReadingKind, water: float,
                          electricity: float, now: datetime, by_person_id: int | None,
                          water_used: float | None, electricity_used: float | None,
                          flagged: bool) -> Reading:
        row = CustodyReadingRow(custody_id=custody_id, kind=kind.value, water=water,
                                electricity=electricity, read_at=now, by_person_id=by_person_id,
                                water_used=water_used, electricity_used=electricity_used,
                                flagged=flagged)
        self.s.add(row)
        await self.s.flush()
        return _reading(row)

    async def readings(self, custody_id: int) -> list[Reading]:
        rows = await self.s.scalars(select(CustodyReadingRow)
                                    .where(CustodyReadingRow.custody_id == custody_id)
                                    .order_by(CustodyReadingRow.id))
        return [_reading(r) for r in rows]

    async def reading(self, reading_id: int) -> Reading | None:
        row = await self.s.get(CustodyReadingRow, reading_id)
        return _reading(row) if row else None

    async def add_check(self, custody_id: int, kind: CheckKind, due_at: datetime) -> Check:
        row = CustodyCheckRow(custody_id=custody_id, kind=kind.value, due_at=due_at,
                              result=CheckResult.PENDING.value)
        self.s.add(row)
        await self.s.flush()
        return _check(row)

    async def check(self, check_id: int) -> Check | None:
        row = await self.s.get(CustodyCheckRow, check_id, populate_existing=True)
        return _check(row) if row else None

    async def checks(self, custody_id: int) -> list[Check]:
        rows = await self.s.scalars(select(CustodyCheckRow)
                                    .where(CustodyCheckRow.custody_id == custody_id)
                                    .order_by(CustodyCheckRow.id))
        return [_check(r) for r in rows]

    async def record_check(self, check_id: int, result: CheckResult, items: dict[str, bool],
                           note: str | None, by_person_id: int | None,
                           now: datetime) -> bool:
        done = await self.s.execute(
            update(CustodyCheckRow).where(CustodyCheckRow.id == check_id,
                                          CustodyCheckRow.result == CheckResult.PENDING.value)
            .values(result=result.value, items=items, note=note, by_person_id=by_person_id,
                    recorded_at=now)
            .execution_options(synchronize_session=False))
        return bool(getattr(done, "rowcount", 0))
