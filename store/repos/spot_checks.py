"""Spot checks and corrective actions on SQL."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.spotchecks.model import (
    DECIDED,
    Action,
    ActionSource,
    ActionStatus,
    Cause,
    CheckKind,
    CheckStatus,
    Draw,
    RectifyStatus,
    SpotCheck,
)
from domain.tickets import Kind, Status
from store.repos.once import insert_once
from store.tables.move_in import MoveInRow
from store.tables.spot_checks import ActionRow, SpotCheckRow, SpotDrawRow
from store.tables.tickets import TicketRow

_CHECK = {f.name for f in fields(SpotCheck)}
_MOVABLE = _CHECK - {"id", "draw_id", "estate_id", "month", "kind", "target_id", "position",
                     "status", "version"}
_ACTION = {f.name for f in fields(Action)}
RENOVATION_RUNNING = (Status.WORKS.value, Status.FINAL_CHECK.value, Status.SETTLING.value)


def _draw(row: SpotDrawRow) -> Draw:
    return Draw(row.id, row.estate_id, row.month, row.source_month, row.seed, row.drawn_at,
                dict(row.wanted or {}), dict(row.found or {}), dict(row.shortfall or {}))


def _check(row: SpotCheckRow) -> SpotCheck:
    values = {name: getattr(row, name) for name in _CHECK}
    values["kind"] = CheckKind(row.kind)
    values["status"] = CheckStatus(row.status)
    values["rectify_status"] = RectifyStatus(row.rectify_status) if row.rectify_status \
        else None
    return SpotCheck(**values)


def _action(row: ActionRow) -> Action:
    values = {name: getattr(row, name) for name in _ACTION}
    values["source"] = ActionSource(row.source)
    values["cause"] = Cause(row.cause)
    values["status"] = ActionStatus(row.status)
    return Action(**values)


class SqlSpotChecks:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def candidates(self, estate_id: int, kind: CheckKind, since: datetime,
                         until: datetime) -> list[int]:
        if kind is CheckKind.CALLBACK:
            # A repair is closed only by its callback (回訪), from confirmed.
            q = select(TicketRow.id).where(
                TicketRow.estate_id == estate_id, TicketRow.kind == Kind.REPAIR.value,
                TicketRow.status == Status.CLOSED.value, TicketRow.closed_at >= since,
                TicketRow.closed_at < until)
        elif kind is CheckKind.RENOVATION:
            q = select(TicketRow.id).where(
                TicketRow.estate_id == estate_id, TicketRow.kind == Kind.RENOVATION.value,
                TicketRow.created_at < until,
                or_(TicketRow.status.in_(RENOVATION_RUNNING),
                    (TicketRow.status == Status.CLOSED.value) & (TicketRow.closed_at >= since)))
        else:
            q = select(MoveInRow.id).where(MoveInRow.estate_id == estate_id,
                                           MoveInRow.slot_at >= since, MoveInRow.slot_at < until)
        return sorted((await self.s.scalars(q)).all())

    async def add_draw(self, *, estate_id: int, month: str, source_month: str, seed: int,
                       now: datetime, wanted: dict[str, int], found: dict[str, int],
                       shortfall: dict[str, int]) -> Draw | None:
        row = SpotDrawRow(estate_id=estate_id, month=month, source_month=source_month,
                          seed=seed, drawn_at=now, wanted=wanted, found=found,
                          shortfall=shortfall)
        return _draw(row) if await insert_once(self.s, row) else None

    async def draw(self, draw_id: int) -> Draw | None:
        row = await self.s.get(SpotDrawRow, draw_id)
        return _draw(row) if row else None

    async def draw_of(self, estate_id: int, month: str) -> Draw | None:
        row = await self.s.scalar(select(SpotDrawRow).where(SpotDrawRow.estate_id == estate_id,
                                                            SpotDrawRow.month == month))
        return _draw(row) if row else None

    async def add_check(self, draw: Draw, kind: CheckKind, target_id: int,
                        position: int) -> SpotCheck:
        row = SpotCheckRow(draw_id=draw.id, estate_id=draw.estate_id, month=draw.month,
                           kind=kind.value, target_id=target_id, position=position,
                           status=CheckStatus.PENDING.value, version=1)
        self.s.add(row)
        await self.s.flush()
        return _check(row)

    async def get(self, check_id: int) -> SpotCheck | None:
        row = await self.s.get(SpotCheckRow, check_id, populate_existing=True)
        return _check(row) if row else None

    async def of_draw(self, draw_id: int) -> list[SpotCheck]:
        rows = await self.s.scalars(select(SpotCheckRow).where(SpotCheckRow.draw_id == draw_id)
                                    .order_by(SpotCheckRow.position)
                                    .execution_options(populate_existing=True))
        return [_check(r) for r in rows]

    async def move(self, check: SpotCheck, to: CheckStatus, **values: Any) -> bool:
        unknown = set(values) - _MOVABLE
        if unknown:
            raise ValueError(f"not a spot check field: {sorted(unknown)}")
        if isinstance(values.get("rectify_status"), RectifyStatus):
            values["rectify_status"] = values["rectify_status"].value
        result = await self.s.execute(
            update(SpotCheckRow).where(SpotCheckRow.id == check.id,
                                       SpotCheckRow.status == check.status.value,
                                       SpotCheckRow.version == check.version)
            .values(status=to.value, version=check.version + 1, **values)
            .execution_options(synchronize_session=False))
        return bool(getattr(result, "rowcount", 0))

    async def set_corrected(self, check: SpotCheck, person_id: int | None,
                            now: datetime) -> bool:
        result = await self.s.execute(
            update(SpotCheckRow).where(SpotCheckRow.id == check.id,
                                       SpotCheckRow.rectify_status == RectifyStatus.OPEN.value,
                                       SpotCheckRow.version == check.version)
            .values(rectify_status=RectifyStatus.CORRECTED.value, corrected_at=now,
                    corrected_by=person_id, version=check.version + 1)
            .execution_options(synchronize_session=False))
        return bool(getattr(result, "rowcount", 0))

    async def open_rectifications(self) -> list[SpotCheck]:
        rows = await self.s.scalars(select(SpotCheckRow).where(
            SpotCheckRow.rectify_status == RectifyStatus.OPEN.value).order_by(SpotCheckRow.id))
        return [_check(r) for r in rows]

    async def month_summary(self, estate_id: int, month: str) -> dict[str, int]:
        """For the monthly report: the checks drawn for `month` (required), how many were
        decided (done) and how many failed."""
        rows = (await self.s.execute(
            select(SpotCheckRow.status, func.count()).where(SpotCheckRow.estate_id == estate_id,
                                                            SpotCheckRow.month == month)
            .group_by(SpotCheckRow.status))).all()
        counts = {str(status): int(n) for status, n in rows}
        return {"required": sum(counts.values()),
                "done": sum(counts.get(s.value, 0) for s in DECIDED),
                "failed": counts.get(CheckStatus.FAILED.value, 0)}


class SqlActions:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def add(self, *, estate_id: int, source: ActionSource, cause: Cause, owner_id: int,
                  due_on: date, description: str, opened_by: int, now: datetime,
                  check_id: int | None) -> Action:
        row = ActionRow(estate_id=estate_id, source=source.value, cause=cause.value,
                        owner_id=owner_id, due_on=due_on, description=description,
                        opened_by=opened_by, opened_at=now, status=ActionStatus.OPEN.value,
                        check_id=check_id, version=1)
        self.s.add(row)
        await self.s.flush()
        row.number = f"CA-{now.year}-{row.id:06d}"
        await self.s.flush()
        return _action(row)

    async def get(self, action_id: int) -> Action | None:
        row = await self.s.get(ActionRow, action_id, populate_existing=True)
        return _action(row) if row else None

    async def for_check(self, check_id: int) -> Action | None:
        row = await self.s.scalar(select(ActionRow).where(ActionRow.check_id == check_id)
                                  .order_by(ActionRow.id).limit(1))
        return _action(row) if row else None

    def _open(self, estate_ids: list[int]) -> Any:
        return (ActionRow.estate_id.in_(estate_ids),
                ActionRow.status == ActionStatus.OPEN.value)

    async def open_in(self, estate_ids: list[int], offset: int, limit: int) -> list[Action]:
        rows = await self.s.scalars(select(ActionRow).where(*self._open(estate_ids))
                                    .order_by(ActionRow.due_on, ActionRow.id)
                                    .offset(offset).limit(limit))
        return [_action(r) for r in rows]

    async def count_open_in(self, estate_ids: list[int]) -> int:
        return int(await self.s.scalar(select(func.count()).select_from(ActionRow)
                                       .where(*self._open(estate_ids))) or 0)

    async def open_all(self) -> list[Action]:
        rows = await self.s.scalars(select(ActionRow).where(
            ActionRow.status == ActionStatus.OPEN.value).order_by(ActionRow.id))
        return [_action(r) for r in rows]

    async def open_count(self, estate_id: int) -> int:
        """For the monthly report: the estate's actions not closed yet."""
        return await self.count_open_in([estate_id])

    async def close(self, action: Action, person_id: int, note: str, now: datetime) -> bool:
        result = await self.s.execute(
            update(ActionRow).where(ActionRow.id == action.id,
                                    ActionRow.status == ActionStatus.OPEN.value,
                                    ActionRow.version == action.version)
            .values(status=ActionStatus.CLOSED.value, closed_by=person_id, closed_at=now,
                    close_note=note, version=action.version + 1)
            .execution_options(synchronize_session=False))
        return bool(getattr(result, "rowcount", 0))
