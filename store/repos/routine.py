"""Read-only queries of the routine (daily lists, the weekly deck): tickets of a period, their
audited moves, open rectification notices, the day's move-ins."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.move_in.model import MoveIn
from domain.renovation.model import Notice
from domain.routine.figures import Move
from domain.tickets import FINAL, Kind, Status, Ticket
from store.repos.move_in import _record
from store.repos.renovation import _notice
from store.repos.tickets import _ticket
from store.tables.infra import AuditRow
from store.tables.move_in import MoveInRow
from store.tables.renovation import RenovationNoticeRow
from store.tables.tickets import TicketRow

_OPEN = [s.value for s in Status if s not in FINAL]
_CHUNK = 500  # ids per IN (...) list


class SqlRoutine:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def tickets(self, estate_id: int, kinds: Sequence[Kind], start: datetime,
                      end: datetime) -> list[Ticket]:
        """Tickets of these kinds made before `end` that were made or closed from `start` on,
        or are still open (what a period's figures and today's lists are made of)."""
        rows = await self.s.scalars(select(TicketRow).where(
            TicketRow.estate_id == estate_id, TicketRow.kind.in_([k.value for k in kinds]),
            TicketRow.created_at < end,
            or_(TicketRow.created_at >= start, TicketRow.closed_at >= start,
                TicketRow.status.in_(_OPEN))).order_by(TicketRow.id))
        return [_ticket(r) for r in rows]

    async def moves(self, ticket_ids: Sequence[int], start: datetime,
                    end: datetime) -> list[Move]:
        """The audited moves of these tickets in [start, end), oldest first."""
        out: list[Move] = []
        ids = [str(i) for i in ticket_ids]
        for i in range(0, len(ids), _CHUNK):
            rows = await self.s.execute(select(
                AuditRow.entity_id, AuditRow.at, AuditRow.action, AuditRow.from_state,
                AuditRow.to_state).where(
                AuditRow.entity == "ticket", AuditRow.entity_id.in_(ids[i:i + _CHUNK]),
                AuditRow.at >= start, AuditRow.at < end).order_by(AuditRow.id))
            out += [Move(int(r.entity_id), r.at, r.action, r.from_state, r.to_state)
                    for r in rows]
        return sorted(out, key=lambda m: m.at)

    async def open_notices(self, estate_id: int) -> list[Notice]:
        rows = await self.s.scalars(select(RenovationNoticeRow).join(
            TicketRow, TicketRow.id == RenovationNoticeRow.ticket_id).where(
            TicketRow.estate_id == estate_id, RenovationNoticeRow.status == "open")
            .order_by(RenovationNoticeRow.due))
        return [_notice(r) for r in rows]

    async def move_ins(self, estate_id: int, start: datetime, end: datetime) -> list[MoveIn]:
        rows = await self.s.scalars(select(MoveInRow).where(
            MoveInRow.estate_id == estate_id, MoveInRow.slot_at >= start,
            MoveInRow.slot_at < end).order_by(MoveInRow.slot_at))
        return [_record(r) for r in rows]

    async def any_before(self, estate_id: int, before: datetime) -> bool:
        """Whether the estate had any ticket before `before` (no deck for an unused estate)."""
        found = await self.s.scalar(select(TicketRow.id).where(
            TicketRow.estate_id == estate_id, TicketRow.created_at < before).limit(1))
        return found is not None
