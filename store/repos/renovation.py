"""Renovation applications on SQL: the application, workers, passes, inspections, notices."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.ports import FileRef
from domain.renovation.model import (
    Inspection,
    InspectionKind,
    InspectionResult,
    Notice,
    NoticeStatus,
    Renovation,
    Worker,
    WorkerStatus,
    WorkPass,
)
from domain.tickets import Status
from store.repos.search import index_ticket
from store.tables.renovation import (
    RenovationInspectionRow,
    RenovationNoticeRow,
    RenovationPassRow,
    RenovationRow,
    RenovationWorkerRow,
)
from store.tables.tickets import FileRow, TicketRow

_APP = {f.name for f in fields(Renovation)}
_MARKS = {"paid_at", "passes_returned_at", "deposit_settled_at", "ids_purged_at"}


def _app(row: RenovationRow) -> Renovation:
    values = {name: getattr(row, name) for name in _APP}
    values["works"] = tuple(row.works or ())
    return Renovation(**values)


def _worker(row: RenovationWorkerRow) -> Worker:
    return Worker(row.id, row.ticket_id, row.name, row.phone, WorkerStatus(row.status),
                  row.added_at, has_id_photo=row.id_file_id is not None)


def _pass(row: RenovationPassRow) -> WorkPass:
    return WorkPass(row.id, row.ticket_id, row.worker_id, row.number, row.code, row.valid_from,
                    row.valid_to, row.issued_at, row.returned_at)


def _inspection(row: RenovationInspectionRow) -> Inspection:
    return Inspection(row.id, row.ticket_id, InspectionKind(row.kind), row.day, row.slot,
                      row.prompted_at, InspectionResult(row.result), row.notice_id,
                      row.inspector_id, row.recorded_at, row.note)


def _notice(row: RenovationNoticeRow) -> Notice:
    return Notice(row.id, row.ticket_id, row.number, row.description, row.due, row.issued_at,
                  NoticeStatus(row.status), row.inspection_id, row.followup_id,
                  row.resolved_at)


class SqlRenovations:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    # ------------------------------------------------------------ the application

    async def add(self, app: Renovation) -> None:
        values = {name: getattr(app, name) for name in _APP}
        values["works"] = list(app.works)
        self.s.add(RenovationRow(**values))
        await self.s.flush()
        await index_ticket(self.s, app.ticket_id)

    async def get(self, ticket_id: int) -> Renovation | None:
        row = await self.s.scalar(select(RenovationRow).where(RenovationRow.ticket_id ==
                                                              ticket_id)
                                  .execution_options(populate_existing=True))
        return _app(row) if row else None

    async def update(self, ticket_id: int, **values: Any) -> None:
        unknown = set(values) - _APP
        if unknown:
            raise ValueError(f"unknown renovation field {sorted(unknown)}")
        if "works" in values:
            values["works"] = list(values["works"])
        await self.s.execute(update(RenovationRow).where(RenovationRow.ticket_id == ticket_id)
                             .values(**values).execution_options(synchronize_session=False))
        if "works_text" in values:
            await index_ticket(self.s, ticket_id)

    async def mark(self, ticket_id: int, column: str, now: datetime) -> bool:
        """Set a one-time moment (paid, passes returned, ...) unless it is already set."""
        if column not in _MARKS:
            raise ValueError(f"not a one-time column: {column}")
        col = getattr(RenovationRow, column)
        result = await self.s.execute(
            update(RenovationRow).where(RenovationRow.ticket_id == ticket_id, col.is_(None))
            .values({column: now}).execution_options(synchronize_session=False))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]

    async def _apps(self, query: Any) -> list[Renovation]:
        return [_app(r) for r in await self.s.scalars(query)]

    async def for_owner(self, person_id: int) -> list[Renovation]:
        return await self._apps(select(RenovationRow).where(RenovationRow.owner_id == person_id)
                                .order_by(RenovationRow.ticket_id.desc()).limit(20))

    async def in_estate(self, estate_id: int) -> list[Renovation]:
        return await self._apps(select(RenovationRow).where(RenovationRow.estate_id ==
                                                            estate_id)
                                .order_by(RenovationRow.ticket_id))

    async def in_status(self, statuses: Sequence[Status], limit: int = 500) -> list[Renovation]:
        return await self._apps(
            select(RenovationRow).join(TicketRow, TicketRow.id == RenovationRow.ticket_id)
            .where(TicketRow.status.in_([s.value for s in statuses]))
            .order_by(RenovationRow.ticket_id).limit(limit))

    async def ended_unpurged(self, limit: int = 200) -> list[Renovation]:
        return await self._apps(
            select(RenovationRow).where(RenovationRow.works_ended_at.is_not(None),
                                        RenovationRow.ids_purged_at.is_(None))
            .order_by(RenovationRow.works_ended_at).limit(limit))

    async def drop_files(self, ticket_id: int, role: str, keep: set[str]) -> int:
        """Files of the application no longer in it (a resubmission replaced them)."""
        result = await self.s.execute(
            update(FileRow).where(FileRow.owner == "renovation", FileRow.owner_id == ticket_id,
                                  FileRow.role == role, FileRow.unique_id.not_in(keep or {""}),
                                  FileRow.status != "deleted")
            .values(status="deleted").execution_options(synchronize_session=False))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    # ------------------------------------------------------------ workers

    async def add_worker(self, ticket_id: int, name: str, phone: str, status: WorkerStatus,
                         id_file_id: int | None, now: datetime) -> int:
        row = RenovationWorkerRow(ticket_id=ticket_id, name=name, phone=phone,
                                  status=status.value, id_file_id=id_file_id, added_at=now)
        self.s.add(row)
        await self.s.flush()
        return row.id

    async def worker(self, worker_id: int) -> Worker | None:
        row = await self.s.scalar(select(RenovationWorkerRow).where(
            RenovationWorkerRow.id == worker_id).execution_options(populate_existing=True))
        return _worker(row) if row else None

    async def workers(self, ticket_id: int) -> list[Worker]:
        rows = await self.s.scalars(select(RenovationWorkerRow).where(
            RenovationWorkerRow.ticket_id == ticket_id).order_by(RenovationWorkerRow.id)
            .execution_options(populate_existing=True))
        return [_worker(r) for r in rows]

    async def set_worker_status(self, worker_id: int, expected: Sequence[WorkerStatus],
                                to: WorkerStatus, now: datetime) -> bool:
        result = await self.s.execute(
            update(RenovationWorkerRow).where(RenovationWorkerRow.id == worker_id,
                                              RenovationWorkerRow.status.in_(
                                                  [e.value for e in expected]))
            .values(status=to.value, changed_at=now)
            .execution_options(synchronize_session=False))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]

    async def id_photos(self, ticket_id: int) -> list[tuple[int, FileRef, str | None]]:
        """(worker id, the file as Telegram knows it, file store path when copied) of every
        ID-card image still kept."""
        rows = await self.s.execute(
            select(RenovationWorkerRow.id, FileRow)
            .join(FileRow, FileRow.id == RenovationWorkerRow.id_file_id)
            .where(RenovationWorkerRow.ticket_id == ticket_id)
            .order_by(RenovationWorkerRow.id))
        return [(wid, FileRef(f.file_id, f.unique_id, f.mime, f.size, f.name),
                 f.path if f.status == "stored" else None) for wid, f in rows]

    async def purge_id_photos(self, ticket_id: int) -> list[str | None]:
        """Delete the rows of every ID-card image of the application; returns their paths in
        the file store (the caller deletes those files)."""
        rows = list(await self.s.execute(select(FileRow.id, FileRow.path).where(
            FileRow.owner == "renovation", FileRow.owner_id == ticket_id,
            FileRow.sensitive.is_(True))))
        ids = [r[0] for r in rows]
        if ids:
            await self.s.execute(update(RenovationWorkerRow)
                                 .where(RenovationWorkerRow.id_file_id.in_(ids))
                                 .values(id_file_id=None)
                                 .execution_options(synchronize_session=False))
            await self.s.execute(delete(FileRow).where(FileRow.id.in_(ids))
                                 .execution_options(synchronize_session=False))
        return [r[1] for r in rows]

    # ------------------------------------------------------------ passes

    async def add_pass(self, ticket_id: int, worker_id: int, number: str, code: str,
                       valid_from: date, valid_to: date, now: datetime) -> WorkPass:
        row = RenovationPassRow(ticket_id=ticket_id, worker_id=worker_id, number=number,
                                code=code, valid_from=valid_from, valid_to=valid_to,
                                issued_at=now)
        self.s.add(row)
        await self.s.flush()
        return _pass(row)

    async def passes(self, ticket_id: int) -> list[WorkPass]:
        rows = await self.s.scalars(select(RenovationPassRow).where(
            RenovationPassRow.ticket_id == ticket_id).order_by(RenovationPassRow.id)
            .execution_options(populate_existing=True))
        return [_pass(r) for r in rows]

    async def find_passes(self, estate_ids: Sequence[int], number: str) -> list[WorkPass]:
        """Passes of these estates numbered `number`, or ending in `-number` (`P01`)."""
        wanted = number.upper()
        rows = await self.s.scalars(
            select(RenovationPassRow).join(TicketRow, TicketRow.id == RenovationPassRow.ticket_id)
            .where(TicketRow.estate_id.in_(list(estate_ids)),
                   (RenovationPassRow.number == wanted)
                   | RenovationPassRow.number.endswith(f"-{wanted}", autoescape=True))
            .order_by(RenovationPassRow.id.desc()).limit(50))
        return [_pass(r) for r in rows]

    async def return_pass(self, pass_id: int, now: datetime) -> bool:
        result = await self.s.execute(
            update(RenovationPassRow).where(RenovationPassRow.id == pass_id,
                                            RenovationPassRow.returned_at.is_(None))
            .values(returned_at=now).execution_options(synchronize_session=False))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]

    # ------------------------------------------------------------ inspections

    async def add_inspection(self, ticket_id: int, kind: InspectionKind, day: date, slot: str,
                             now: datetime, notice_id: int | None = None) -> Inspection:
        row = RenovationInspectionRow(ticket_id=ticket_id, kind=kind.value, day=day, slot=slot,
                                      notice_id=notice_id, result="pending", prompted_at=now)
        self.s.add(row)
        await self.s.flush()
        return _inspection(row)

    async def inspection(self, inspection_id: int) -> Inspection | None:
        row = await self.s.scalar(select(RenovationInspectionRow).where(
            RenovationInspectionRow.id == inspection_id)
            .execution_options(populate_existing=True))
        return _inspection(row) if row else None

    async def inspections(self, ticket_id: int) -> list[Inspection]:
        rows = await self.s.scalars(select(RenovationInspectionRow).where(
            RenovationInspectionRow.ticket_id == ticket_id).order_by(RenovationInspectionRow.id)
            .execution_options(populate_existing=True))
        return [_inspection(r) for r in rows]

    async def record_inspection(self, inspection_id: int, result: InspectionResult,
                                inspector_id: int | None, now: datetime,
                                note: str | None) -> bool:
        """Compare-and-set: only a pending inspection takes a result."""
        done = await self.s.execute(
            update(RenovationInspectionRow).where(RenovationInspectionRow.id == inspection_id,
                                                  RenovationInspectionRow.result == "pending")
            .values(result=result.value, inspector_id=inspector_id, recorded_at=now, note=note)
            .execution_options(synchronize_session=False))
        return bool(done.rowcount == 1)  # type: ignore[attr-defined]

    # ------------------------------------------------------------ notices

    async def add_notice(self, ticket_id: int, number: str, description: str, due: datetime,
                         now: datetime, inspection_id: int | None) -> Notice:
        row = RenovationNoticeRow(ticket_id=ticket_id, number=number, description=description,
                                  due=due, issued_at=now, status="open",
                                  inspection_id=inspection_id)
        self.s.add(row)
        await self.s.flush()
        return _notice(row)

    async def notice(self, notice_id: int) -> Notice | None:
        row = await self.s.scalar(select(RenovationNoticeRow).where(
            RenovationNoticeRow.id == notice_id).execution_options(populate_existing=True))
        return _notice(row) if row else None

    async def notices(self, ticket_id: int) -> list[Notice]:
        rows = await self.s.scalars(select(RenovationNoticeRow).where(
            RenovationNoticeRow.ticket_id == ticket_id).order_by(RenovationNoticeRow.id)
            .execution_options(populate_existing=True))
        return [_notice(r) for r in rows]

    async def notices_due(self, now: datetime, limit: int = 200) -> list[Notice]:
        rows = await self.s.scalars(select(RenovationNoticeRow).where(
            RenovationNoticeRow.status == "open", RenovationNoticeRow.due <= now,
            RenovationNoticeRow.followup_id.is_(None))
            .order_by(RenovationNoticeRow.due).limit(limit))
        return [_notice(r) for r in rows]

    async def set_notice_status(self, notice_id: int, expected: NoticeStatus, to: NoticeStatus,
                                now: datetime) -> bool:
        result = await self.s.execute(
            update(RenovationNoticeRow).where(RenovationNoticeRow.id == notice_id,
                                              RenovationNoticeRow.status == expected.value)
            .values(status=to.value, resolved_at=now)
            .execution_options(synchronize_session=False))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]

    async def link_followup(self, notice_id: int, inspection_id: int) -> bool:
        result = await self.s.execute(
            update(RenovationNoticeRow).where(RenovationNoticeRow.id == notice_id,
                                              RenovationNoticeRow.followup_id.is_(None))
            .values(followup_id=inspection_id).execution_options(synchronize_session=False))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]
