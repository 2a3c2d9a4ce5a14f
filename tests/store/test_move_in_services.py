"""The move-in's errands (委託代辦) and the inspection checklist by room on the real store
(SQLite and PostgreSQL): an errand asked, refused twice while open, done once (the second
"Done" told it is done), audited; a restarted inspection replacing its readings; the rooms'
items OK or defective; the desk's "ready for re-inspection" claimed once; the household
file's move-in entry with its errands."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.i18n import Translator
from bot.reports.household import household_pdf
from domain import household
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Locale
from domain.move_in import errands, inspection
from domain.move_in.model import ErrandStatus, Meter, Result, Status
from domain.ports import FileRef
from domain.tickets import Status as TicketStatus
from store.db import Database
from store.tables.infra import AuditRow
from store.tables.move_in import MeterReadingRow
from store.uow import SqlUnitOfWork
from tests.documents import pdf_text
from tests.store.test_move_in_usecases import MON_10, TUE, run, to_inspection

PHOTO = FileRef("meter", "meter-u", "image/jpeg", 100)


async def test_an_errand_is_asked_once_and_done_once(db: Database) -> None:
    office, mid = await to_inspection(db)
    with pytest.raises(InvalidInput):  # not on the estate's list
        await run(db, errands.ask, office.resident, mid, "painting", "", MON_10)
    with pytest.raises(NotFound):  # someone else's move-in
        await run(db, errands.ask, office.neighbour, mid, "water", "", MON_10)
    _, errand = await run(db, errands.ask, office.resident, mid, "water",
                          "  Call after\u200b 6pm ", MON_10)
    assert (errand.status, errand.note) == (ErrandStatus.OPEN, "Call after 6pm")
    with pytest.raises(Conflict):  # the same item while it is open
        await run(db, errands.ask, office.resident, mid, "water", "", MON_10)
    async with SqlUnitOfWork(db.writer()) as uow:
        record = await uow.move_ins.get(mid)
        assert record is not None
        assert "water" not in await errands.offered(uow, record)
    with pytest.raises(NotAuthorized):  # the owner cannot mark it done
        await run(db, errands.finish, office.resident, errand.id, "done", MON_10)
    with pytest.raises(InvalidInput):  # a note is needed
        await run(db, errands.finish, office.desk, errand.id, "   ", MON_10)
    later = MON_10 + timedelta(hours=3)
    _, done = await run(db, errands.finish, office.desk, errand.id, "Account opened", later)
    assert (done.status, done.done_note, done.done_at) == (ErrandStatus.DONE,
                                                           "Account opened", later)
    assert done.done_by == office.desk.person_id
    with pytest.raises(Conflict):  # a colleague's second "Done"
        await run(db, errands.finish, office.manager, errand.id, "again", later)
    async with db.reader() as s:
        audit = list(await s.execute(select(AuditRow.action, AuditRow.from_state,
                                            AuditRow.to_state).where(
            AuditRow.entity == "move_in_errand").order_by(AuditRow.id)))
    assert [tuple(a) for a in audit] == [("errand-asked", None, "open"),
                                         ("errand-done", "open", "done")]
    # Done, the item may be asked again.
    _, second = await run(db, errands.ask, office.resident, mid, "water", "", MON_10)
    assert second.id != errand.id

    async with SqlUnitOfWork(db.writer()) as uow:
        page = await household.open_page(uow, office.desk, office.unit.id, 0, MON_10)
        await uow.commit()
    (entry,) = [e for e in page.entries if e.source == "move_in"]
    assert entry.status == Status.INSPECTION.value
    assert [(e.item, e.status) for e in entry.errands] == [("water", ErrandStatus.DONE),
                                                           ("water", ErrandStatus.OPEN)]
    assert page.total == len(page.entries)
    text = pdf_text(household_pdf(page, Translator(), Locale.ZH_HANT, "Asia/Hong_Kong",
                                  "/nonexistent", by="desk"))
    assert "入伙—等候驗房" in text
    assert "委託代辦：開通水費戶口—12月7日（一）已辦妥：Accountopened" in text, text
    assert "委託代辦：開通水費戶口—處理中" in text


async def test_a_restart_replaces_the_readings_and_the_rooms_are_checked(db: Database) -> None:
    office, mid = await to_inspection(db)
    for meter in Meter:
        await run(db, inspection.record_reading, office.desk, mid, meter, 5000, PHOTO, MON_10)
    await run(db, inspection.add_defect, office.desk, mid, "kitchen", "plumbing", "Tap drips",
              (PHOTO,), MON_10, item="taps")
    # Started again: the first readings go, a lower one than before is now fine.
    await run(db, inspection.begin, office.desk, mid, MON_10)
    await run(db, inspection.record_reading, office.desk, mid, Meter.WATER, 4000, PHOTO,
              MON_10)
    async with db.reader() as s:
        kept = list(await s.scalars(select(MeterReadingRow.value).where(
            MeterReadingRow.move_in_id == mid)))
    assert kept == [4000]
    for meter in (Meter.ELECTRICITY, Meter.GAS):
        await run(db, inspection.record_reading, office.desk, mid, meter, 5000, PHOTO, MON_10)
    with pytest.raises(InvalidInput):  # not an item of that room
        await run(db, inspection.add_defect, office.desk, mid, "bedroom", "plumbing",
                  "Toilet", (), MON_10, item="toilet")
    _, t1 = await run(db, inspection.add_defect, office.desk, mid, "kitchen", "plumbing",
                      "Tap drips", (PHOTO,), MON_10, item="taps")
    _, t2 = await run(db, inspection.add_defect, office.desk, mid, "bathroom", "leak",
                      "Toilet base leaks", (PHOTO,), MON_10, item="toilet")
    for room in ("living", "bedroom", "kitchen", "bathroom", "balcony"):
        checks = await run(db, inspection.room_checked, office.desk, mid, room, MON_10)
    assert {(c.item, c.result) for c in checks} == {("drains", Result.OK),
                                                     ("railings", Result.OK),
                                                     ("windows", Result.OK)}
    async with SqlUnitOfWork(db.writer()) as uow:
        every = await uow.move_ins.checks(mid)
    assert len(every) == 25
    assert {(c.room, c.item, c.ticket_id) for c in every if c.result is Result.DEFECT} == {
        ("kitchen", "taps", t1.id), ("bathroom", "toilet", t2.id)}
    await run(db, inspection.finish_inspection, office.desk, mid, TUE, MON_10)

    # The desk is told once, when the last defect's repair is done.
    async def repaired(ticket_id: int) -> object:
        async with SqlUnitOfWork(db.writer()) as uow:
            fresh = await uow.tickets.get(ticket_id)
            assert fresh is not None
            await uow.tickets.transition(fresh.id, [fresh.status], TicketStatus.DONE,
                                         version=fresh.version)
            found = await inspection.repairs_fixed(uow, ticket_id, MON_10)
            await uow.commit()
            return found

    first_defect = (await run(db, _defects, mid))[0]
    assert await repaired(first_defect) is None  # one still open
    # Three earlier defects: the first start's kitchen tap, and the two of this start.
    rest = (await run(db, _defects, mid))[1:]
    results = [await repaired(t) for t in rest]
    assert results[:-1] == [None] * (len(rest) - 1) and results[-1] is not None
    async with SqlUnitOfWork(db.writer()) as uow:
        assert await inspection.repairs_fixed(uow, rest[-1], MON_10) is None  # once only
    async with db.reader() as s:
        told = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.action == "defects-fixed"))
    assert told == 1


async def _defects(uow: SqlUnitOfWork, mid: int) -> list[int]:
    return [d.ticket_id for d in await uow.move_ins.defects(mid)]

