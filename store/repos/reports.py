"""What the monthly report and the exports read (`SqlReports`, reads only), and the report's
own row (`SqlMonthlyReports`: made, then marked sent by compare-and-set)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.model import Relation, Unit
from domain.ports import UnitAttrs
from domain.reports.kpis import Move
from domain.reports.ports import MonthlyState
from domain.reports.registry_lists import Holding
from domain.tickets import Kind, Ticket
from store.repos.once import insert_once
from store.repos.registry import _person
from store.repos.tickets import _FIELDS, _T, _ticket_row
from store.tables.infra import AuditRow
from store.tables.registry import BuildingRow, PersonRow, TenureRow, UnitRow
from store.tables.renovation import RenovationInspectionRow, RenovationRow
from store.tables.reports import MonthlyReportRow

_CHUNK = 500


class SqlReports:
    """Reads only: never adds, changes or deletes a row."""

    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def estate_since(self, estate_id: int) -> datetime | None:
        """When the estate's first ticket came or its first registry link began (the bot's
        clock; the estate row's own `created_at` is bookkeeping time)."""
        ticket = await self.s.scalar(select(func.min(_T.c.created_at)).where(
            _T.c.estate_id == estate_id))
        day = await self.s.scalar(
            select(func.min(TenureRow.since)).join(UnitRow, UnitRow.id == TenureRow.unit_id)
            .where(UnitRow.estate_id == estate_id))
        found = [ticket] if ticket is not None else []
        if day is not None:
            found.append(datetime.combine(day, time(0), UTC))
        return min(found) if found else None

    async def _tickets(self, *where: ColumnElement[bool]) -> list[Ticket]:
        rows = await self.s.execute(select(*(_T.c[n] for n in _FIELDS)).where(*where)
                                    .order_by(_T.c.created_at, _T.c.id))
        return [_ticket_row(r) for r in rows]

    async def tickets(self, estate_id: int, kind: Kind, start: datetime,
                      end: datetime) -> list[Ticket]:
        return await self._tickets(_T.c.estate_id == estate_id, _T.c.kind == kind.value,
                                   _T.c.created_at < end,
                                   or_(_T.c.closed_at.is_(None), _T.c.closed_at >= start,
                                       _T.c.satisfaction_at >= start))

    async def opened(self, estate_id: int, kind: Kind, start: datetime,
                     end: datetime) -> list[Ticket]:
        return await self._tickets(_T.c.estate_id == estate_id, _T.c.kind == kind.value,
                                   _T.c.created_at >= start, _T.c.created_at < end)

    async def moves(self, ticket_ids: Sequence[int]) -> dict[int, tuple[Move, ...]]:
        """Every recorded step of these tickets, oldest first."""
        out: dict[int, list[Move]] = {}
        ids = [str(i) for i in ticket_ids]
        for n in range(0, len(ids), _CHUNK):
            rows = await self.s.execute(
                select(AuditRow.entity_id, AuditRow.at, AuditRow.action, AuditRow.from_state,
                       AuditRow.to_state)
                .where(AuditRow.entity == "ticket", AuditRow.entity_id.in_(ids[n:n + _CHUNK]))
                .order_by(AuditRow.at, AuditRow.id))
            for entity_id, at, action, frm, to in rows:
                out.setdefault(int(entity_id), []).append(
                    Move(int(entity_id), at, action, frm, to))
        return {k: tuple(v) for k, v in out.items()}

    async def missed_rounds(self, estate_id: int, first: date, last: date) -> int:
        return int(await self.s.scalar(
            select(func.count()).select_from(RenovationInspectionRow)
            .join(RenovationRow, RenovationRow.ticket_id == RenovationInspectionRow.ticket_id)
            .where(RenovationRow.estate_id == estate_id,
                   RenovationInspectionRow.result == "missed",
                   RenovationInspectionRow.day >= first, RenovationInspectionRow.day <= last))
            or 0)

    async def units(self, estate_id: int) -> list[tuple[Unit, UnitAttrs]]:
        rows = await self.s.execute(
            select(UnitRow, BuildingRow.code).join(BuildingRow,
                                                   BuildingRow.id == UnitRow.building_id)
            .where(UnitRow.estate_id == estate_id).order_by(BuildingRow.code, UnitRow.number))
        return [(_unit(u, code), _attrs(u)) for u, code in rows]

    async def holdings(self, estate_id: int) -> list[Holding]:
        """Every link any unit of the estate ever had (current and ended)."""
        rows = await self.s.execute(
            select(TenureRow, PersonRow, UnitRow, BuildingRow.code)
            .join(PersonRow, PersonRow.id == TenureRow.person_id)
            .join(UnitRow, UnitRow.id == TenureRow.unit_id)
            .join(BuildingRow, BuildingRow.id == UnitRow.building_id)
            .where(UnitRow.estate_id == estate_id)
            .order_by(BuildingRow.code, UnitRow.number, TenureRow.since, TenureRow.id))
        return [Holding(_unit(u, code), _attrs(u), _person(p), Relation(t.relation), t.since,
                        t.ended_on, t.end_reason, t.lease_start, t.lease_end)
                for t, p, u, code in rows]


def _unit(row: UnitRow, code: str) -> Unit:
    return Unit(row.id, row.estate_id, row.building_id, code, row.number, row.occupied)


def _attrs(row: UnitRow) -> UnitAttrs:
    return UnitAttrs(row.floor, row.unit_type, row.usable_area, row.built_area, row.land_area,
                     row.use, row.facilities, row.parking, row.occupied)


class SqlMonthlyReports:
    """One row per estate and month; the reminders stop when `sent_at` is set."""

    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def add(self, estate_id: int, month: str, now: datetime) -> bool:
        """False when the month's row is there already."""
        return await insert_once(self.s, MonthlyReportRow(estate_id=estate_id, month=month,
                                                          made_at=now))

    async def get(self, estate_id: int, month: str) -> MonthlyState | None:
        row = await self.s.scalar(select(MonthlyReportRow).where(
            MonthlyReportRow.estate_id == estate_id, MonthlyReportRow.month == month))
        if row is None:
            return None
        return MonthlyState(row.estate_id, row.month, row.made_at, row.sent_at, row.sent_by)

    async def mark_sent(self, estate_id: int, month: str, person_id: int,
                        now: datetime) -> bool:
        result = await self.s.execute(
            update(MonthlyReportRow).where(and_(MonthlyReportRow.estate_id == estate_id,
                                                MonthlyReportRow.month == month,
                                                MonthlyReportRow.sent_at.is_(None)))
            .values(sent_at=now, sent_by=person_id).execution_options(synchronize_session=False))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]
