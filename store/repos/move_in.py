"""Move-in records on SQL: the record (compare-and-set on its version), documents,
confirmations, meter readings, defects, the checklist by room and the errands (compare-and-set
on their status)."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.move_in.model import (
    Applicant,
    Check,
    Confirmation,
    Defect,
    DocStatus,
    Document,
    Errand,
    ErrandStatus,
    Meter,
    MoveIn,
    Reading,
    Result,
    Status,
)
from store.repos.once import insert_once
from store.tables.move_in import (
    MeterReadingRow,
    MoveInCheckRow,
    MoveInConfirmationRow,
    MoveInDefectRow,
    MoveInDocumentRow,
    MoveInErrandRow,
    MoveInRow,
)

_FIELDS = {f.name for f in fields(MoveIn)}
_OPEN = [s.value for s in Status if s is not Status.DONE]


def _record(row: MoveInRow) -> MoveIn:
    values = {name: getattr(row, name) for name in _FIELDS}
    values.update(applicant=Applicant(row.applicant), status=Status(row.status),
                  extra=dict(row.extra or {}))
    return MoveIn(**values)


def _doc(row: MoveInDocumentRow) -> Document:
    return Document(row.id, row.move_in_id, row.item, row.file_id, row.name,
                    DocStatus(row.status), row.sent_at, row.reason, row.decided_by,
                    row.decided_at)


def _reading(row: MeterReadingRow) -> Reading:
    return Reading(row.unit_id, Meter(row.meter), row.value, row.at, row.move_in_id,
                   row.photo_file_id)


def errand_from_row(row: MoveInErrandRow) -> Errand:
    return Errand(row.id, row.move_in_id, row.item, row.note, ErrandStatus(row.status),
                  row.asked_at, row.asked_by, row.done_at, row.done_by, row.done_note)


class SqlMoveIns:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def add(self, record: MoveIn) -> MoveIn:
        values = {name: getattr(record, name) for name in _FIELDS if name != "id"}
        values.update(applicant=record.applicant.value, status=record.status.value)
        row = MoveInRow(**values)
        self.s.add(row)
        await self.s.flush()
        return _record(row)

    async def get(self, move_in_id: int) -> MoveIn | None:
        row = await self.s.get(MoveInRow, move_in_id, populate_existing=True)
        return _record(row) if row else None

    async def open_for_unit(self, unit_id: int) -> MoveIn | None:
        row = await self.s.scalar(select(MoveInRow).where(
            MoveInRow.unit_id == unit_id, MoveInRow.status.in_(_OPEN)).limit(1))
        return _record(row) if row else None

    async def for_owner(self, person_id: int) -> list[MoveIn]:
        rows = await self.s.scalars(select(MoveInRow).where(MoveInRow.owner_id == person_id)
                                    .order_by(MoveInRow.id))
        return [_record(r) for r in rows]

    async def in_estate(self, estate_id: int) -> list[MoveIn]:
        rows = await self.s.scalars(select(MoveInRow).where(MoveInRow.estate_id == estate_id)
                                    .order_by(MoveInRow.id))
        return [_record(r) for r in rows]

    async def move(self, move_in_id: int, version: int, status: Status,
                   **values: Any) -> bool:
        unknown = set(values) - _FIELDS
        assert not unknown, unknown
        result = await self.s.execute(
            update(MoveInRow).where(MoveInRow.id == move_in_id, MoveInRow.version == version)
            .values(status=status.value, version=version + 1, **values)
            .execution_options(synchronize_session=False))
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def add_document(self, move_in_id: int, item: str, file_id: int, name: str | None,
                           now: datetime) -> Document:
        row = MoveInDocumentRow(move_in_id=move_in_id, item=item, file_id=file_id, name=name,
                                status=DocStatus.SENT.value, sent_at=now)
        self.s.add(row)
        await self.s.flush()
        return _doc(row)

    async def document(self, doc_id: int) -> Document | None:
        row = await self.s.get(MoveInDocumentRow, doc_id, populate_existing=True)
        return _doc(row) if row else None

    async def documents(self, move_in_id: int) -> list[Document]:
        rows = await self.s.scalars(select(MoveInDocumentRow).where(
            MoveInDocumentRow.move_in_id == move_in_id).order_by(MoveInDocumentRow.id)
            .execution_options(populate_existing=True))
        return [_doc(r) for r in rows]

    async def decide_document(self, doc_id: int, to: DocStatus, person_id: int,
                              reason: str | None, now: datetime) -> bool:
        result = await self.s.execute(
            update(MoveInDocumentRow).where(MoveInDocumentRow.id == doc_id,
                                            MoveInDocumentRow.status == DocStatus.SENT.value)
            .values(status=to.value, decided_by=person_id, reason=reason, decided_at=now)
            .execution_options(synchronize_session=False))
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def confirm(self, c: Confirmation) -> bool:
        """Recorded once; a second press keeps the first time."""
        if await self.s.get(MoveInConfirmationRow, (c.move_in_id, c.item)) is not None:
            return False
        return await insert_once(self.s, MoveInConfirmationRow(
            move_in_id=c.move_in_id, item=c.item, person_id=c.person_id,
            tg_user_id=c.tg_user_id, at=c.at))

    async def confirmations(self, move_in_id: int) -> list[Confirmation]:
        rows = await self.s.scalars(select(MoveInConfirmationRow).where(
            MoveInConfirmationRow.move_in_id == move_in_id).order_by(MoveInConfirmationRow.at))
        return [Confirmation(r.move_in_id, r.item, r.person_id, r.tg_user_id, r.at)
                for r in rows]

    async def last_reading(self, unit_id: int, meter: Meter) -> Reading | None:
        row = await self.s.scalar(select(MeterReadingRow).where(
            MeterReadingRow.unit_id == unit_id, MeterReadingRow.meter == meter.value)
            .order_by(MeterReadingRow.at.desc(), MeterReadingRow.id.desc()).limit(1))
        return _reading(row) if row else None

    async def add_reading(self, r: Reading) -> None:
        self.s.add(MeterReadingRow(unit_id=r.unit_id, meter=r.meter.value, value=r.value,
                                   at=r.at, move_in_id=r.move_in_id,
                                   photo_file_id=r.photo_file_id))
        await self.s.flush()

    async def readings(self, move_in_id: int) -> list[Reading]:
        rows = await self.s.scalars(select(MeterReadingRow).where(
            MeterReadingRow.move_in_id == move_in_id).order_by(MeterReadingRow.id))
        return [_reading(r) for r in rows]

    async def add_defect(self, move_in_id: int, room: str, ticket_id: int,
                         description: str) -> Defect:
        row = MoveInDefectRow(move_in_id=move_in_id, room=room, ticket_id=ticket_id,
                              description=description)
        self.s.add(row)
        await self.s.flush()
        return Defect(row.id, move_in_id, room, ticket_id, description)

    async def defects(self, move_in_id: int) -> list[Defect]:
        rows = await self.s.scalars(select(MoveInDefectRow).where(
            MoveInDefectRow.move_in_id == move_in_id).order_by(MoveInDefectRow.id))
        return [Defect(r.id, r.move_in_id, r.room, r.ticket_id, r.description) for r in rows]

    async def clear_inspection(self, move_in_id: int) -> int:
        """A restarted inspection: this move-in's readings and checklist rows go (the defects
        found stay, as their repair tickets do). Returns how many readings went."""
        gone = await self.s.execute(delete(MeterReadingRow).where(
            MeterReadingRow.move_in_id == move_in_id)
            .execution_options(synchronize_session=False))
        await self.s.execute(delete(MoveInCheckRow).where(
            MoveInCheckRow.move_in_id == move_in_id)
            .execution_options(synchronize_session=False))
        return int(gone.rowcount or 0)  # type: ignore[attr-defined]

    async def set_check(self, c: Check) -> None:
        """One room item's result; the same item again replaces it."""
        row = await self.s.get(MoveInCheckRow, (c.move_in_id, c.room, c.item),
                               populate_existing=True)
        if row is None:
            self.s.add(MoveInCheckRow(move_in_id=c.move_in_id, room=c.room, item=c.item,
                                      result=c.result.value, at=c.at, ticket_id=c.ticket_id))
        else:
            row.result, row.at, row.ticket_id = c.result.value, c.at, c.ticket_id
        await self.s.flush()

    async def checks(self, move_in_id: int) -> list[Check]:
        rows = await self.s.scalars(select(MoveInCheckRow).where(
            MoveInCheckRow.move_in_id == move_in_id)
            .order_by(MoveInCheckRow.at, MoveInCheckRow.room, MoveInCheckRow.item)
            .execution_options(populate_existing=True))
        return [Check(r.move_in_id, r.room, r.item, Result(r.result), r.at, r.ticket_id)
                for r in rows]

    async def add_errand(self, move_in_id: int, item: str, note: str, person_id: int,
                         now: datetime) -> Errand:
        row = MoveInErrandRow(move_in_id=move_in_id, item=item, note=note,
                              status=ErrandStatus.OPEN.value, asked_at=now, asked_by=person_id)
        self.s.add(row)
        await self.s.flush()
        return errand_from_row(row)

    async def errand(self, errand_id: int) -> Errand | None:
        row = await self.s.get(MoveInErrandRow, errand_id, populate_existing=True)
        return errand_from_row(row) if row else None

    async def errands(self, move_in_id: int) -> list[Errand]:
        rows = await self.s.scalars(select(MoveInErrandRow).where(
            MoveInErrandRow.move_in_id == move_in_id).order_by(MoveInErrandRow.id)
            .execution_options(populate_existing=True))
        return [errand_from_row(r) for r in rows]

    async def finish_errand(self, errand_id: int, person_id: int, note: str,
                            now: datetime) -> bool:
        """open → done, once: the first "Done" wins."""
        result = await self.s.execute(
            update(MoveInErrandRow).where(MoveInErrandRow.id == errand_id,
                                          MoveInErrandRow.status == ErrandStatus.OPEN.value)
            .values(status=ErrandStatus.DONE.value, done_by=person_id, done_note=note,
                    done_at=now)
            .execution_options(synchronize_session=False))
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def open_errands(self, estate_id: int) -> list[tuple[str, Errand]]:
        """The estate's errands not done yet, oldest first, with their move-in's number (the
        desk's /queue footer; `ix_move_in_errands_status`)."""
        rows = await self.s.execute(
            select(MoveInRow.number, MoveInErrandRow)
            .join(MoveInRow, MoveInRow.id == MoveInErrandRow.move_in_id)
            .where(MoveInErrandRow.status == ErrandStatus.OPEN.value,
                   MoveInRow.estate_id == estate_id)
            .order_by(MoveInErrandRow.asked_at, MoveInErrandRow.id))
        return [(number, errand_from_row(row)) for number, row in rows]
