"""The household file's reads: one page of a unit's timeline (tickets of every kind, the
surveys it was in, custody agreements and move-ins, newest first) in one statement on
`ix_tickets_unit` and `ix_survey_households_unit`, then the page's notes, callbacks and files
by id."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import func, literal, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from domain.household import Entry, FileDoc, Note
from domain.model import Unit
from domain.ports import UnitAttrs
from store.repos.move_in import errand_from_row
from store.tables.custody import CustodyCheckRow, CustodyReadingRow, CustodyRow
from store.tables.infra import AuditRow
from store.tables.move_in import MoveInErrandRow, MoveInRow
from store.tables.registry import BuildingRow, PersonRow, UnitRow
from store.tables.renovation import RenovationInspectionRow
from store.tables.surveys import SurveyCampaignRow, SurveyHouseholdRow
from store.tables.tickets import FileRow, TicketNoteRow, TicketRow

_ASKED = SurveyHouseholdRow.asked_at.is_not(None) | SurveyHouseholdRow.answered_at.is_not(None)
_FILE_OWNERS = ("ticket", "renovation")


class SqlHousehold:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def units_numbered(self, estate_id: int, number: str) -> list[Unit]:
        rows = await self.s.execute(
            select(UnitRow, BuildingRow.code).join(BuildingRow,
                                                   BuildingRow.id == UnitRow.building_id)
            .where(UnitRow.estate_id == estate_id, UnitRow.number == number)
            .order_by(BuildingRow.code))
        return [Unit(u.id, u.estate_id, u.building_id, code, u.number, u.occupied)
                for u, code in rows]

    async def facts(self, unit_id: int) -> UnitAttrs:
        row = await self.s.get(UnitRow, unit_id)
        if row is None:
            return UnitAttrs()
        return UnitAttrs(row.floor, row.unit_type, row.usable_area, row.built_area,
                         row.land_area, row.use, row.facilities, row.parking, row.occupied)

    async def count(self, unit_id: int) -> int:
        tickets = select(func.count()).select_from(TicketRow).where(
            TicketRow.unit_id == unit_id).scalar_subquery()
        surveys = select(func.count()).select_from(SurveyHouseholdRow).where(
            SurveyHouseholdRow.unit_id == unit_id, _ASKED).scalar_subquery()
        custody = select(func.count()).select_from(CustodyRow).where(
            CustodyRow.unit_id == unit_id).scalar_subquery()
        move_ins = select(func.count()).select_from(MoveInRow).where(
            MoveInRow.unit_id == unit_id).scalar_subquery()
        return int(await self.s.scalar(select(tickets + surveys + custody + move_ins)) or 0)

    async def entries(self, unit_id: int, offset: int, limit: int) -> list[Entry]:
        at = func.coalesce(SurveyHouseholdRow.answered_at, SurveyHouseholdRow.asked_at)
        timeline = union_all(
            select(literal("t").label("src"), TicketRow.id.label("id"),
                   TicketRow.created_at.label("at")).where(TicketRow.unit_id == unit_id),
            select(literal("s").label("src"), SurveyHouseholdRow.id.label("id"),
                   at.label("at")).where(SurveyHouseholdRow.unit_id == unit_id, _ASKED),
            select(literal("c").label("src"), CustodyRow.id.label("id"),
                   CustodyRow.requested_at.label("at")).where(CustodyRow.unit_id == unit_id),
            select(literal("m").label("src"), MoveInRow.id.label("id"),
                   MoveInRow.created_at.label("at")).where(MoveInRow.unit_id == unit_id),
        ).subquery()
        page = list(await self.s.execute(
            select(timeline.c.src, timeline.c.id)
            .order_by(timeline.c.at.desc(), timeline.c.id.desc()).offset(offset).limit(limit)))
        ticket_ids = [i for src, i in page if src == "t"]
        survey_ids = [i for src, i in page if src == "s"]
        custody_ids = [i for src, i in page if src == "c"]
        move_in_ids = [i for src, i in page if src == "m"]
        found = {**await self._tickets(ticket_ids), **await self._surveys(survey_ids),
                 **await self._custody(custody_ids), **await self._move_ins(move_in_ids)}
        return [found[(src, i)] for src, i in page if (src, i) in found]

    async def _tickets(self, ids: list[int]) -> dict[tuple[str, int], Entry]:
        if not ids:
            return {}
        rows = list(await self.s.execute(
            select(TicketRow, PersonRow.name).outerjoin(
                PersonRow, PersonRow.id == TicketRow.reporter_id).where(TicketRow.id.in_(ids))))
        notes: dict[int, list[Note]] = defaultdict(list)
        author = PersonRow.name.label("author")
        for n, name in await self.s.execute(
                select(TicketNoteRow, author).outerjoin(
                    PersonRow, PersonRow.id == TicketNoteRow.author_id)
                .where(TicketNoteRow.ticket_id.in_(ids)).order_by(TicketNoteRow.id)):
            notes[n.ticket_id].append(Note(n.at, n.kind, name, n.text))
        files: dict[int, list[FileDoc]] = defaultdict(list)
        for f in await self.s.scalars(
                select(FileRow).where(FileRow.owner.in_(_FILE_OWNERS), FileRow.owner_id.in_(ids),
                                      FileRow.status != "deleted").order_by(FileRow.id)):
            files[f.owner_id].append(FileDoc(f.role, f.mime, f.name, f.path, f.sensitive))
        # Site inspections' photos (violations) belong to their renovation application.
        for ticket_id, f in await self.s.execute(
                select(RenovationInspectionRow.ticket_id, FileRow).join(
                    FileRow, (FileRow.owner == "renovation_insp")
                    & (FileRow.owner_id == RenovationInspectionRow.id))
                .where(RenovationInspectionRow.ticket_id.in_(ids),
                       FileRow.status != "deleted").order_by(FileRow.id)):
            files[ticket_id].append(FileDoc(f.role, f.mime, f.name, f.path, f.sensitive))
        callbacks: dict[int, str] = {}
        for entity_id, detail in await self.s.execute(
                select(AuditRow.entity_id, AuditRow.detail).where(
                    AuditRow.entity == "ticket", AuditRow.entity_id.in_([str(i) for i in ids]),
                    AuditRow.action == "callback").order_by(AuditRow.id)):
            callbacks[int(entity_id)] = _result(detail)
        out = {}
        for t, reporter in rows:
            out[("t", t.id)] = Entry(
                at=t.created_at, source="ticket", kind=t.kind, ref=t.number, status=t.status,
                category=t.category, text=t.description, reporter=reporter,
                callback=callbacks.get(t.id), rating=t.rating, notes=tuple(notes[t.id]),
                files=tuple(files[t.id]))
        return out

    async def _surveys(self, ids: list[int]) -> dict[tuple[str, int], Entry]:
        if not ids:
            return {}
        rows = await self.s.execute(
            select(SurveyHouseholdRow.id, SurveyHouseholdRow.status,
                   SurveyHouseholdRow.asked_at, SurveyHouseholdRow.answered_at,
                   SurveyCampaignRow.quarter)
            .join(SurveyCampaignRow, SurveyCampaignRow.id == SurveyHouseholdRow.campaign_id)
            .where(SurveyHouseholdRow.id.in_(ids)))
        # Only whether the household was asked and answered: never the answers.
        out = {}
        for i, status, asked, answered, quarter in rows:
            at = answered or asked
            if at is not None:
                out[("s", i)] = Entry(at=at, source="survey", kind="survey", ref=quarter,
                                      status=status)
        return out

    async def _custody(self, ids: list[int]) -> dict[tuple[str, int], Entry]:
        """A custody agreement (託管) with its meter readings and checks, their photos."""
        if not ids:
            return {}
        readings = list(await self.s.scalars(select(CustodyReadingRow).where(
            CustodyReadingRow.custody_id.in_(ids)).order_by(CustodyReadingRow.id)))
        checks = list(await self.s.scalars(select(CustodyCheckRow).where(
            CustodyCheckRow.custody_id.in_(ids)).order_by(CustodyCheckRow.id)))
        reading_files = await _custody_files(self.s, "custody_reading", [r.id for r in readings])
        check_files = await _custody_files(self.s, "custody_check", [c.id for c in checks])
        files: dict[int, list[FileDoc]] = defaultdict(list)
        counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
        for r in readings:
            counts[r.custody_id][0] += 1
            counts[r.custody_id][2] += int(r.flagged)
            files[r.custody_id] += reading_files[r.id]
        for c in checks:
            counts[c.custody_id][1] += 1
            files[c.custody_id] += check_files[c.id]
        out = {}
        for row in await self.s.scalars(select(CustodyRow).where(CustodyRow.id.in_(ids))):
            out[("c", row.id)] = Entry(
                at=row.requested_at, source="custody", kind="custody", ref=row.number,
                status=row.status, period=(row.start_date, row.end_date),
                counts=tuple(counts[row.id]), files=tuple(files[row.id]))
        return out


    async def _move_ins(self, ids: list[int]) -> dict[tuple[str, int], Entry]:
        """A move-in (入伙) with the errands the owner entrusted to the office."""
        if not ids:
            return {}
        errands = defaultdict(list)
        for row in await self.s.scalars(select(MoveInErrandRow).where(
                MoveInErrandRow.move_in_id.in_(ids)).order_by(MoveInErrandRow.id)):
            errands[row.move_in_id].append(errand_from_row(row))
        return {("m", row.id): Entry(at=row.created_at, source="move_in", kind="move_in",
                                     ref=row.number, status=row.status,
                                     errands=tuple(errands[row.id]))
                for row in await self.s.scalars(select(MoveInRow).where(MoveInRow.id.in_(ids)))}


async def _custody_files(s: AsyncSession, owner: str, ids: list[int]
                         ) -> dict[int, list[FileDoc]]:
    files: dict[int, list[FileDoc]] = defaultdict(list)
    for f in await s.scalars(select(FileRow).where(
            FileRow.owner == owner, FileRow.owner_id.in_(ids),
            FileRow.status != "deleted").order_by(FileRow.id)):
        files[f.owner_id].append(FileDoc(f.role, f.mime, f.name, f.path, f.sensitive))
    return files


def _result(detail: Any) -> str:
    return str((detail or {}).get("result") or "") if isinstance(detail, dict) else ""

