"""The household file on SQLite and PostgreSQL: one unit's tickets of every kind and the surveys
it was in, newest first and paged; never another unit's, never a survey's answers; ID-card
files withheld from anyone but the desk and managers; every look audited; a flat alone
resolves when one block has it and asks otherwise; residents and crew are refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from domain import household, registry
from domain.errors import InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, Locale, StaffRole
from domain.ports import FileRef
from domain.renovation.model import InspectionKind
from domain.tickets import Kind, Status, Ticket
from store.db import Database
from store.tables.infra import AuditRow
from store.tables.surveys import SurveyCampaignRow, SurveyHouseholdRow, SurveyResponseRow
from store.uow import SqlUnitOfWork
from tests.store.office import build_office

NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
KINDS = [Kind.REPAIR, Kind.COMPLAINT, Kind.RENOVATION, Kind.ENQUIRY]


async def _ticket(uow: SqlUnitOfWork, n: int, kind: Kind, unit_id: int, estate_id: int,
                  at: datetime) -> Ticket:
    status = {Kind.REPAIR: Status.CLOSED, Kind.RENOVATION: Status.CLOSED}.get(
        kind, Status.RECEIVED)
    return await uow.tickets.add(Ticket(
        id=0, number=f"X-2026-{n:06d}", kind=kind, estate_id=estate_id, status=status,
        reporter_id=None, category="plumbing" if kind is Kind.REPAIR else "other",
        description=f"record {n}", created_at=at, unit_id=unit_id))


async def _seed(db: Database) -> tuple[object, Actor]:
    office = await build_office(db, NOW, plumbers=1)
    async with SqlUnitOfWork(db.writer()) as uow:
        for n in range(20):
            t = await _ticket(uow, n, KINDS[n % 4], office.unit.id, office.estate.id,
                              NOW - timedelta(days=40 - n))
            if t.kind is Kind.RENOVATION:
                await uow.files.add(FileRef("id", f"u{n}", "image/jpeg", 10), owner="renovation",
                                    owner_id=t.id, role="id-card", sensitive=True, now=NOW)
                await uow.files.add(FileRef("dr", f"d{n}", "application/pdf", 10, "plan.pdf"),
                                    owner="renovation", owner_id=t.id, role="drawing", now=NOW)
                inspection = await uow.renovations.add_inspection(
                    t.id, InspectionKind.ROUTINE, NOW.date(), "10:00", NOW)
                await uow.files.add(FileRef("v", f"v{n}", "image/jpeg", 10),
                                    owner="renovation_insp", owner_id=inspection.id,
                                    role="photo", now=NOW)
            if t.kind is Kind.ENQUIRY:
                await uow.tickets.add_note(t.id, "ask", None, "幾點開門？", t.created_at)
        await _ticket(uow, 99, Kind.REPAIR, office.other_unit.id, office.estate.id, NOW)
        campaign = SurveyCampaignRow(
            estate_id=office.estate.id, quarter="2026Q3", status="closed", share=0.2,
            send_on=NOW.date(), send_at=NOW - timedelta(days=5), closes_at=NOW,
            report_due_at=NOW, definition={}, created_at=NOW - timedelta(days=10))
        uow.session.add(campaign)
        await uow.session.flush()
        answer = SurveyResponseRow(campaign_id=campaign.id, answers={"desk": 1},
                                   completed=True, unit_label=None)
        uow.session.add(answer)
        uow.session.add(SurveyHouseholdRow(
            campaign_id=campaign.id, unit_id=office.unit.id, status="answered",
            asked_at=NOW - timedelta(days=5), answered_at=NOW - timedelta(days=4)))
        await uow.commit()
    return office, office.desk


async def test_pages_newest_first_and_only_this_unit(db: Database) -> None:
    office, desk = await _seed(db)
    async with SqlUnitOfWork(db.writer()) as uow:
        first = await household.open_page(uow, desk, office.unit.id, 0, NOW, size=8)
        last = await household.open_page(uow, desk, office.unit.id, 2, NOW, size=8)
        with pytest.raises(InvalidInput):
            await household.open_page(uow, desk, office.unit.id, 3, NOW, size=8)
        await uow.commit()
    assert (first.total, first.pages) == (21, 3)
    refs = [e.ref for e in first.entries]
    assert refs[0] == "2026Q3" and first.entries[0].status == "answered"
    assert refs[1:] == [f"X-2026-{n:06d}" for n in range(19, 12, -1)]
    assert [e.ref for e in last.entries] == [f"X-2026-{n:06d}" for n in range(4, -1, -1)]
    assert "X-2026-000099" not in {e.ref for e in first.entries + last.entries}
    # The survey entry says only that the household answered.
    assert first.entries[0].text == "" and not first.entries[0].notes
    assert [h.person.name for h in first.holders] == ["Chan"]
    async with db.reader() as s:
        looks = list(await s.execute(select(AuditRow.action, AuditRow.detail).where(
            AuditRow.entity == "unit")))
    assert looks == [("file-viewed", {"page": 1}), ("file-viewed", {"page": 3})]


async def test_id_cards_only_for_desk_and_managers(db: Database) -> None:
    office, desk = await _seed(db)
    async with SqlUnitOfWork(db.writer()) as uow:
        p = await uow.people.add("Sup", Locale.EN, tg_user_id=6000)
        a = await uow.staff.add(p.id, office.estate.id, StaffRole.SUPERVISOR, None)
        supervisor = Actor(6000, p, (a,), ())
        full = await household.export(uow, desk, office.unit.id, NOW)
        seen = await household.export(uow, supervisor, office.unit.id, NOW)
        for who in (office.resident, office.plumbers[0]):
            with pytest.raises(NotAuthorized):
                await household.export(uow, who, office.unit.id, NOW)
            with pytest.raises(NotAuthorized):
                await household.find_unit(uow, who, "A-12B")
        await uow.commit()
    ids = [f for e in full.entries for f in e.files if f.role == "id-card"]
    assert len(ids) == 5 and not any(f.withheld for f in ids)
    hidden = [f for e in seen.entries for f in e.files if f.role == "id-card"]
    assert len(hidden) == 5 and all(f.withheld and f.path is None for f in hidden)
    assert seen.withheld == 5 and full.withheld == 0
    drawings = [f for e in seen.entries for f in e.files if f.role == "drawing"]
    assert drawings and not any(f.withheld for f in drawings)
    site = [f for e in seen.entries for f in e.files if f.role == "photo"]
    assert len(site) == 5 and {e.kind for e in seen.entries if any(
        f.role == "photo" for f in e.files)} == {"renovation"}
    assert len(full.entries) == 21


async def test_a_flat_alone_resolves_or_asks(db: Database) -> None:
    office, desk = await _seed(db)
    async with SqlUnitOfWork(db.writer()) as uow:
        for label in ("A-12B", "A座12樓B室", "12B, Block A", "Block A 12/F Flat B", "ａ－１２ｂ"):
            found = await household.find_unit(uow, desk, label)
            assert isinstance(found, type(office.unit)) and found.id == office.unit.id, label
        assert (await household.find_unit(uow, desk, "3A")).id == office.other_unit.id  # type: ignore[union-attr]
        await registry.import_units(uow, office.estate, [(2, {"building": "B", "unit": "12B"})])
        choice = await household.find_unit(uow, desk, "12B")
        assert isinstance(choice, household.Choice)
        assert [u.label for u in choice.units] == ["A-12B", "B-12B"]
        with pytest.raises(NotFound):
            await household.find_unit(uow, desk, "C-99Z")
        with pytest.raises(InvalidInput):
            await household.find_unit(uow, desk, "hello there")


async def test_custody_is_in_the_file_with_its_readings_and_photos(db: Database) -> None:
    from domain.custody import agreement, meters
    from domain.custody.agreement import CustodyDraft
    from domain.custody.model import CustodyStatus
    from tests.store.test_repair_usecases import run

    mon = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
    office = await build_office(db, mon, plumbers=0)
    draft = CustodyDraft(office.unit.id, mon.date() + timedelta(days=1),
                         mon.date() + timedelta(days=90), "+44 20 7946 0000", True)
    c = await run(db, agreement.request_custody, office.resident, draft, mon)
    await run(db, agreement.decide, office.desk, c.id, True, mon)
    await run(db, agreement.sign, office.resident, c.id, mon)
    photos = (FileRef("w", "uw", "image/jpeg", 10), FileRef("e", "ue", "image/jpeg", 10))
    await run(db, meters.record_reading, office.desk, c.id, water=100, electricity=2000,
              photos=photos, now=mon)
    await run(db, meters.record_reading, office.desk, c.id, water=109, electricity=2001,
              photos=photos, now=mon + timedelta(days=7))
    async with SqlUnitOfWork(db.writer()) as uow:
        page = await household.open_page(uow, office.desk, office.unit.id, 0, mon)
        other = await household.open_page(uow, office.desk, office.other_unit.id, 0, mon)
        await uow.commit()
    (entry,) = [e for e in page.entries if e.source == "custody"]
    assert (entry.ref, entry.status) == (c.number, CustodyStatus.ACTIVE.value)
    assert entry.period == (draft.start, draft.end)
    assert entry.counts == (2, 0, 1)  # two readings, no check yet, 9 units of water flagged
    assert len(entry.files) == 4 and all(f.is_image for f in entry.files)
    assert page.total == len(page.entries)
    assert not [e for e in other.entries if e.source == "custody"]
    from bot.i18n import Translator
    from bot.reports.household import household_pdf
    from tests.documents import pdf_text

    text = pdf_text(household_pdf(page, Translator(), Locale.ZH_HANT, "Asia/Hong_Kong",
                                  "/nonexistent", by="desk"))
    assert f"{c.number}·託管—託管中" in text and "錶讀數2次、巡查0次、超出用量1次" in text
