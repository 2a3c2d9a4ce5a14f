"""A routine inspection round nobody recorded before the next one (or midnight) is marked
missed once by the sweep, told to the desk, refused afterwards and counted in the records."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from bot.i18n import Translator
from bot.reports.renovation import workbook
from domain.errors import Conflict
from domain.model import Locale
from domain.renovation import events as rev
from domain.renovation import site as renovation_site
from domain.renovation import works as renovation_works
from domain.renovation.model import InspectionResult
from store.db import Database
from store.tables.infra import AuditRow
from store.uow import SqlUnitOfWork
from tests.store.renovation_office import build_reno_office, run
from tests.store.test_renovation_usecases import FRI_10, START, approved, hk


async def sweep(db: Database, at):  # type: ignore[no-untyped-def]
    async with SqlUnitOfWork(db.writer()) as uow:
        report = await renovation_site.sweep_site(uow, at)
        missed = [e for e in uow.events if isinstance(e, rev.InspectionMissed)]
        await uow.commit()
    assert [e.inspection_id for e in missed] == report.missed
    return report


async def test_unrecorded_rounds_are_missed_once_and_counted(db: Database) -> None:
    office = await build_reno_office(db, FRI_10)
    ticket_id = await approved(db, office)
    await run(db, renovation_works.record_payment, office.desk, ticket_id, True, FRI_10)
    morning = (await sweep(db, hk(START, 10, 5))).prompted[0]
    assert (await sweep(db, hk(START, 14, 59))).missed == []  # still the current round
    at_three = await sweep(db, hk(START, 15))
    assert at_three.missed == [morning] and len(at_three.prompted) == 1
    assert (await sweep(db, hk(START, 15, 30))).missed == []  # flagged once
    with pytest.raises(Conflict, match="reno-inspection-missed"):
        await run(db, renovation_site.record_inspection, office.supervisor, morning, True,
                  hk(START, 15, 40))
    await run(db, renovation_site.record_inspection, office.supervisor, at_three.prompted[0],
              True, hk(START, 16))
    assert (await sweep(db, hk(START + timedelta(days=1), 0, 1))).missed == []
    # Day two: nobody presses either card; the afternoon round is missed at midnight.
    day2 = START + timedelta(days=1)
    await sweep(db, hk(day2, 10))
    assert len((await sweep(db, hk(day2, 15))).missed) == 1
    assert len((await sweep(db, hk(day2 + timedelta(days=1), 0, 0))).missed) == 1
    async with SqlUnitOfWork(db.writer()) as uow:
        results = [i.result for i in await uow.renovations.inspections(ticket_id)]
        data, counts = await workbook(uow, office.estate, Translator(), Locale.EN)
    assert results.count(InspectionResult.MISSED) == 3
    async with db.reader() as s:
        flagged = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.action == "inspection-missed")))
    assert len(flagged) == 3
    book = load_workbook(io.BytesIO(data))
    apps, log = book.worksheets[0], book.worksheets[1]
    header = [c.value for c in apps[1]]
    assert header[-1] == "Missed rounds" and apps[2][len(header) - 1].value == 3
    assert header.index("Inspections recorded") and \
        apps[2][header.index("Inspections recorded")].value == 1
    assert [r[5].value for r in log.iter_rows(min_row=2)].count("missed (not recorded)") == 3
    assert counts["inspections"] == 4
