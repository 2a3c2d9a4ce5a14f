"""Complaint queries (weekly statistics, linked repairs) and the after-close satisfaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.tickets import FINAL, Kind, Status, Ticket
from store.repos.tickets import _ticket
from store.tables.tickets import TicketRow

_OPEN = [s.value for s in Status if s not in FINAL]


class SqlComplaints:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def for_period(self, estate_id: int, start: datetime, end: datetime) -> list[Ticket]:
        rows = await self.s.scalars(select(TicketRow).where(
            TicketRow.estate_id == estate_id, TicketRow.kind == Kind.COMPLAINT.value,
            TicketRow.created_at < end,
            or_(TicketRow.created_at >= start, TicketRow.closed_at >= start,
                TicketRow.status.in_(_OPEN))).order_by(TicketRow.id))
        return [_ticket(r) for r in rows]

    async def count(self, estate_id: int, *, before: datetime | None = None) -> int:
        query = select(func.count()).select_from(TicketRow).where(
            TicketRow.estate_id == estate_id, TicketRow.kind == Kind.COMPLAINT.value)
        if before is not None:
            query = query.where(TicketRow.created_at < before)
        return int(await self.s.scalar(query) or 0)

    async def linked_to(self, ticket_id: int) -> list[Ticket]:
        rows = await self.s.scalars(select(TicketRow).where(
            TicketRow.linked_ticket_id == ticket_id, TicketRow.kind == Kind.COMPLAINT.value)
            .order_by(TicketRow.id))
        return [_ticket(r) for r in rows]


class SqlSatisfaction:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def record(self, ticket_id: int, score: int, at: datetime) -> bool:
        """Compare-and-set: only a closed ticket without an answer yet takes one."""
        result = await self.s.execute(
            update(TicketRow).where(TicketRow.id == ticket_id,
                                    TicketRow.status == Status.CLOSED.value,
                                    TicketRow.satisfaction.is_(None))
            .values(satisfaction=score, satisfaction_at=at)
            .execution_options(synchronize_session=False))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]
