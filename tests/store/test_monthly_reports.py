"""The monthly report on the real store (SQLite and PostgreSQL): a repair's life through the
use cases read back as KPIs, the report made once on the 1st, reminders from the 3rd, the
compare-and-set of 已呈交, the registry lists after a sale, the export's rows; the reports
repository writes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from domain import repair, tenancy
from domain.errors import InvalidInput, NotAuthorized
from domain.repair import CallbackResult
from domain.reports import events as rev
from domain.reports import exports, monthly
from domain.reports.period import Month
from domain.tickets import Kind
from store.db import Database
from store.tables.infra import AuditRow
from store.uow import SqlUnitOfWork
from tests.store.office import build_office
from tests.store.test_repair_usecases import PHOTO, draft, run

FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # Friday 10:00 in Hong Kong
DEC_1_0900 = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
NOV = Month(2026, 11)


async def _sweep(db: Database, now: datetime) -> tuple[int, list[object]]:
    async with SqlUnitOfWork(db.writer()) as uow:
        count = await monthly.sweep_monthly(uow, now)
        events = list(uow.events)
        await uow.commit()
    return count, events


async def test_kpis_from_a_repair_made_through_the_use_cases(db: Database) -> None:
    office = await build_office(db, FRI_10)
    sub = await run(db, repair.submit_repair, office.resident, draft(office, photos=(PHOTO,)),
                    FRI_10)
    plumber = office.plumbers[0]
    t = await run(db, repair.accept_job, plumber, sub.ticket.id, FRI_10 + timedelta(minutes=5))
    t = await run(db, repair.complete_job, plumber, t.id, PHOTO, FRI_10 + timedelta(hours=4))
    t = await run(db, repair.confirm_fix, office.resident, t.id, FRI_10 + timedelta(hours=5),
                  rating=4)
    t = await run(db, repair.record_callback, office.desk, t.id, CallbackResult.PROBLEM,
                  FRI_10 + timedelta(days=1), problem="Still damp")
    t = await run(db, repair.acknowledge_rework, plumber, t.id,
                  FRI_10 + timedelta(days=1, hours=1))
    pack = await run(db, monthly.on_demand, office.manager, office.estate.id, "2026-11",
                     DEC_1_0900)
    rows = {r.this.key: r for r in pack.rows}
    assert (rows["repair-accept"].this.ok, rows["repair-accept"].this.total) == (1, 1)
    assert (rows["callback"].this.ok, rows["callback"].this.total) == (1, 1)
    assert (rows["callback-3d"].this.ok, rows["callback-3d"].this.total) == (1, 1)
    assert (rows["rework"].this.ok, rows["rework"].this.total) == (1, 1)
    assert rows["satisfaction"].this.value == 4
    assert rows["repair-accept"].last is not None and rows["repair-accept"].trend == "—"
    # Read from the spot checks and corrective actions: none drawn in November, none open.
    assert (rows["spot-checks"].this.ok, rows["spot-checks"].this.total) == (0, 0)
    assert rows["open-actions"].this.value == 0
    # The desk may ask too; a resident may not; a month not begun is refused.
    await run(db, monthly.on_demand, office.desk, office.estate.id, None, DEC_1_0900)
    with pytest.raises(NotAuthorized):
        await run(db, monthly.on_demand, office.resident, office.estate.id, None, DEC_1_0900)
    with pytest.raises(InvalidInput, match="report-month-future"):
        await run(db, monthly.on_demand, office.desk, office.estate.id, "2027-01", DEC_1_0900)
    # The export holds the same repair with its deadlines.
    found = await run(db, exports.export, office.desk, office.estate.id, Kind.REPAIR,
                      date(2026, 11, 1), date(2026, 11, 30), DEC_1_0900)
    assert [r.ticket.number for r in found.rows] == [t.number]
    assert found.rows[0].met[0] is True and found.units[t.unit_id or 0] == "A-12B"
    with pytest.raises(InvalidInput, match="export-dates-inverted"):
        await run(db, exports.export, office.desk, office.estate.id, Kind.REPAIR,
                  date(2026, 11, 30), date(2026, 11, 1), DEC_1_0900)
    # Reading wrote nothing.
    async with db.reader() as s:
        audit = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.action.like("monthly%")))
    assert audit == 0


async def test_made_once_reminded_from_the_3rd_marked_sent_once(db: Database) -> None:
    office = await build_office(db, FRI_10)
    await run(db, repair.submit_repair, office.resident, draft(office), FRI_10)
    assert await _sweep(db, DEC_1_0900 - timedelta(minutes=1)) == (0, [])
    count, events = await _sweep(db, DEC_1_0900)
    assert count == 1 and isinstance(events[0], rev.MonthlyReportMade)
    assert events[0].pack.month == NOV and events[0].due_day == date(2026, 12, 5)
    assert events[0].late_since is None
    assert (await _sweep(db, DEC_1_0900 + timedelta(hours=1)))[0] == 0  # never twice
    assert (await _sweep(db, DEC_1_0900 + timedelta(days=1)))[0] == 0   # no reminder on the 2nd
    thu_0830 = datetime(2026, 12, 3, 0, 30, tzinfo=UTC)
    assert (await _sweep(db, thu_0830 - timedelta(minutes=1)))[0] == 0  # before opening
    count, events = await _sweep(db, thu_0830)
    assert count == 1 and isinstance(events[0], rev.MonthlyReportReminder)
    assert not events[0].overdue
    assert (await _sweep(db, thu_0830 + timedelta(hours=6)))[0] == 0  # once a day
    # Down until Monday the 7th: one reminder, overdue.
    count, events = await _sweep(db, datetime(2026, 12, 7, 3, 0, tzinfo=UTC))
    assert count == 1 and isinstance(events[0], rev.MonthlyReportReminder)
    assert events[0].overdue
    # The desk may not mark it; a manager may, once.
    with pytest.raises(NotAuthorized):
        await run(db, monthly.mark_sent, office.desk, office.estate.id, NOV.label, FRI_10)
    assert await run(db, monthly.mark_sent, office.manager, office.estate.id, NOV.label,
                     datetime(2026, 12, 7, 4, 0, tzinfo=UTC)) is True
    assert await run(db, monthly.mark_sent, office.manager, office.estate.id, NOV.label,
                     datetime(2026, 12, 7, 5, 0, tzinfo=UTC)) is False
    assert (await _sweep(db, datetime(2026, 12, 8, 3, 0, tzinfo=UTC)))[0] == 0
    async with SqlUnitOfWork(db.writer()) as uow:
        state = await uow.monthly_reports.get(office.estate.id, NOV.label)
        assert not await uow.monthly_reports.add(office.estate.id, NOV.label, FRI_10)
    assert state is not None and state.sent_by == office.manager.person_id
    async with db.reader() as s:
        actions = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.action.like("monthly%"))))
    assert sorted(actions) == ["monthly-remind", "monthly-remind", "monthly-report",
                               "monthly-sent"]


async def test_a_late_report_says_so_and_an_estate_new_this_month_waits(db: Database) -> None:
    office = await build_office(db, FRI_10)
    # Set up on 27 November: October's report is not made for it.
    count, _ = await _sweep(db, datetime(2026, 11, 28, 2, 0, tzinfo=UTC))
    assert count == 0
    count, events = await _sweep(db, datetime(2026, 12, 4, 2, 0, tzinfo=UTC))
    assert count == 1 and isinstance(events[0], rev.MonthlyReportMade)
    assert events[0].late_since == DEC_1_0900
    # Made late today: no reminder beside it the same day.
    assert (await _sweep(db, datetime(2026, 12, 4, 3, 0, tzinfo=UTC)))[0] == 0
    assert office.estate.id


async def test_registry_lists_after_a_sale(db: Database) -> None:
    office = await build_office(db, FRI_10)
    await run(db, tenancy.record_sale, office.desk, office.estate, "A-12B", "Wong Tai", FRI_10,
              pepper="", created_by="test", on=date(2026, 11, 27))
    lists = await run(db, monthly.registry_on_demand, office.desk, office.estate.id, "2026-11",
                      DEC_1_0900)
    owners = {p.unit.label: [h.person.name for h in p.owners] for p in lists.properties}
    assert owners["A-12B"] == ["Wong Tai"]
    kinds = {(c.unit.label, c.kind, c.holding.person.name) for c in lists.changes}
    assert ("A-12B", "start-owner", "Wong Tai") in kinds
    assert any(k[:2] == ("A-12B", "end-sold") for k in kinds)
    with pytest.raises(NotAuthorized):
        await run(db, monthly.registry_on_demand, office.resident, office.estate.id, None,
                  DEC_1_0900)
