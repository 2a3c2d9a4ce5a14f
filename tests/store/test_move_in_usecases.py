"""Move-in use cases on the real store (SQLite and PostgreSQL): booking, documents, the
agreements, fees, readings, defects as repair tickets, re-inspection, keys."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import func, select

from domain.errors import Conflict, InvalidInput, NotAuthorized
from domain.model import Actor, Relation
from domain.move_in import booking, inspection
from domain.move_in.model import AGREEMENTS, Applicant, Meter, Status, checklist
from domain.ports import FileRef
from domain.tickets import Kind
from domain.tickets import Status as TicketStatus
from store.db import Database
from store.tables.infra import AuditRow
from store.uow import SqlUnitOfWork
from tests.store.office import Office, build_office

MON_10 = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # Monday 10:00 in Hong Kong
TUE = date(2026, 12, 8)
SETTINGS = {"move_in": {"fees": [{"item": "管理費按金", "amount": 3000}]}}


def ref(n: int) -> FileRef:
    return FileRef(f"file-{n}", f"uniq-{n}", "application/pdf", 1000, f"doc{n}.pdf")


async def run(db: Database, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    async with SqlUnitOfWork(db.writer()) as uow:
        result = await fn(uow, *args, **kwargs)
        await uow.commit()
        return result


async def booked(db: Database) -> tuple[Office, int]:
    office = await build_office(db, MON_10, plumbers=1, settings=SETTINGS)
    record = await run(db, booking.book, office.resident, office.unit.id, TUE, time(10),
                       Applicant.SELF, MON_10)
    return office, record.id


async def to_inspection(db: Database) -> tuple[Office, int]:
    office, mid = await booked(db)
    for n, item in enumerate(checklist(Applicant.SELF)):
        doc = await run(db, booking.send_document, office.resident, mid, item, ref(n), MON_10)
        await run(db, booking.decide_document, office.desk, doc.id, True, None, MON_10)
    for item in AGREEMENTS:
        await run(db, booking.confirm, office.resident, mid, item, MON_10)
    await run(db, booking.record_receipt, office.desk, mid, "R-0001", MON_10)
    return office, mid


async def test_a_tenant_is_refused_and_a_day_outside_the_slots_too(db: Database) -> None:
    office = await build_office(db, MON_10)
    async with SqlUnitOfWork(db.writer()) as uow:
        p = await uow.people.add("Tenant", office.resident.person.locale, tg_user_id=7777)  # type: ignore[union-attr]
        tenure = await uow.tenures.add(p.id, office.other_unit.id, Relation.TENANT, MON_10.date())
        await uow.commit()
    with pytest.raises(NotAuthorized) as exc:
        await run(db, booking.book, Actor(7777, p, (), (tenure,)), office.other_unit.id, TUE,
                  time(10), Applicant.SELF, MON_10)
    assert exc.value.key == "movein-tenant"
    with pytest.raises(InvalidInput) as bad:
        await run(db, booking.book, office.resident, office.unit.id, date(2026, 12, 13),
                  time(10), Applicant.SELF, MON_10)  # a Sunday
    assert bad.value.key == "movein-no-slot"


async def test_documents_one_by_one_then_fees_then_inspection(db: Database) -> None:
    office, mid = await booked(db)
    with pytest.raises(Conflict):
        await run(db, booking.book, office.resident, office.unit.id, TUE, time(10),
                  Applicant.SELF, MON_10)
    doc = await run(db, booking.send_document, office.resident, mid, "notice", ref(1), MON_10)
    with pytest.raises(NotAuthorized):
        await run(db, booking.decide_document, office.resident, doc.id, True, None, MON_10)
    await run(db, booking.decide_document, office.desk, doc.id, False, "unreadable", MON_10)
    with pytest.raises(Conflict):  # the first decision wins
        await run(db, booking.decide_document, office.desk, doc.id, True, None, MON_10)
    await rest_of_flow(db, office, mid)


async def rest_of_flow(db: Database, office: Office, mid: int) -> None:
    for n, item in enumerate(checklist(Applicant.SELF)):
        doc = await run(db, booking.send_document, office.resident, mid, item, ref(10 + n),
                        MON_10)
        record, _ = await run(db, booking.decide_document, office.desk, doc.id, True, None,
                              MON_10)
    assert record.status is Status.BOOKED  # the agreements are not confirmed yet
    for item in AGREEMENTS:
        record = await run(db, booking.confirm, office.resident, mid, item, MON_10)
    assert record.status is Status.FEES
    record = await run(db, booking.record_receipt, office.desk, mid, "R-0001", MON_10)
    assert (record.status, record.receipt) == (Status.INSPECTION, "R-0001")
    async with db.reader() as s:
        confirmed = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.action == "agreement-confirmed"))
    assert confirmed == 3


async def test_readings_defects_reinspection_and_keys(db: Database) -> None:
    office, mid = await to_inspection(db)
    photo = FileRef("meter", "meter-u", "image/jpeg", 100)
    await run(db, inspection.record_reading, office.desk, mid, Meter.WATER, 1200, photo, MON_10)
    with pytest.raises(InvalidInput) as low:
        await run(db, inspection.record_reading, office.desk, mid, Meter.WATER, 1100, photo,
                  MON_10)
    assert low.value.key == "movein-reading-lower"
    with pytest.raises(InvalidInput):  # gas and electricity not read yet
        await run(db, inspection.finish_inspection, office.desk, mid, TUE, MON_10)
    for meter in (Meter.ELECTRICITY, Meter.GAS):
        await run(db, inspection.record_reading, office.desk, mid, meter, 500, photo, MON_10)
    _, t1 = await run(db, inspection.add_defect, office.desk, mid, "kitchen", "plumbing",
                      "Tap drips", (photo,), MON_10)
    _, t2 = await run(db, inspection.add_defect, office.desk, mid, "bedroom", "electrical",
                      "Socket loose", (), MON_10)
    assert t1.kind is Kind.REPAIR and t1.extra["move_in"] == mid and t2.trade == "electrical"
    record = await run(db, inspection.finish_inspection, office.desk, mid, TUE, MON_10)
    assert record.status is Status.RECTIFYING
    with pytest.raises(Conflict):  # the repairs are not done yet
        await run(db, inspection.reinspect, office.desk, mid, None, MON_10)
    async with SqlUnitOfWork(db.writer()) as uow:
        for t in (t1, t2):
            fresh = await uow.tickets.get(t.id)
            assert fresh is not None
            await uow.tickets.transition(fresh.id, [fresh.status], TicketStatus.DONE,
                                         version=fresh.version)
        await uow.commit()
    record = await run(db, inspection.reinspect, office.desk, mid, None, MON_10)
    assert record.status is Status.KEYS
    record = await run(db, inspection.acknowledge_keys, office.resident, mid, MON_10)
    assert record.status is Status.DONE and record.keys_at is not None


async def test_accepted_with_a_deadline_for_the_rest(db: Database) -> None:
    office, mid = await to_inspection(db)
    photo = FileRef("meter", "meter-u", "image/jpeg", 100)
    for meter in Meter:
        await run(db, inspection.record_reading, office.desk, mid, meter, 10, photo, MON_10)
    await run(db, inspection.add_defect, office.desk, mid, "kitchen", "plumbing", "Tap drips",
              (), MON_10)
    await run(db, inspection.finish_inspection, office.desk, mid, TUE, MON_10)
    record = await run(db, inspection.reinspect, office.desk, mid, date(2026, 12, 21), MON_10)
    assert (record.status, record.rectify_by) == (Status.KEYS, date(2026, 12, 21))
