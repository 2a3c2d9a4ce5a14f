"""The office closed now (typhoon signal No. 8): office-hours clocks stand still and move on
at reopening; emergencies still run and page; a resident who reports meanwhile is told."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain import closure, public_days, repair
from domain.errors import Conflict, NotAuthorized
from store.db import Database
from store.uow import SqlUnitOfWork
from tests.store.office import build_office
from tests.store.test_repair_usecases import FRI_10, draft, run


async def test_closed_pauses_office_clocks_and_reopen_moves_them_on(sqlite_db: Database) -> None:
    office = await build_office(sqlite_db, FRI_10)
    db, eid = sqlite_db, office.estate.id
    first = (await run(db, repair.submit_repair, office.resident, draft(office), FRI_10)).ticket
    with pytest.raises(NotAuthorized):
        await run(db, closure.close_office, office.desk, eid, "typhoon", FRI_10)
    await run(db, closure.close_office, office.manager, eid, "typhoon",
              FRI_10 + timedelta(minutes=10))
    with pytest.raises(Conflict):
        await run(db, closure.close_office, office.manager, eid, "rainstorm", FRI_10)
    during = await run(db, repair.submit_repair, office.resident, draft(office),
                       FRI_10 + timedelta(minutes=20))
    assert during.closed == "typhoon" and during.after_hours and during.reopens_at is None
    emergency = await run(db, repair.submit_repair, office.resident,
                          draft(office, urgency="emergency"), FRI_10 + timedelta(minutes=20))
    assert emergency.closed is None
    swept = await run(db, repair.sweep_deadlines, FRI_10 + timedelta(hours=3))
    # Only the emergency's clock ran (10 minutes to accept, then its ladder).
    assert {tid for tid, _ in swept.fired} == {emergency.ticket.id}
    assert {tid for tid, _ in swept.dropped} <= {emergency.ticket.id}
    again = await run(db, repair.sweep_deadlines, FRI_10 + timedelta(hours=3, minutes=1))
    assert first.id not in {tid for tid, _ in again.fired}

    moved = await run(db, closure.reopen_office, office.manager, eid, FRI_10 + timedelta(hours=4))
    assert moved == 2
    async with SqlUnitOfWork(db.reader()) as uow:
        t = await uow.tickets.get(first.id)
        estate = await uow.estates.get(eid)
    assert t is not None and estate is not None and closure.closure_of(estate) is None
    # 20 office minutes were left at 10:10: due 14:20, and the sweeper looks then.
    assert t.accept_due == FRI_10 + timedelta(hours=4, minutes=20)
    assert t.next_due_at == t.accept_due
    remind = await run(db, repair.sweep_deadlines, FRI_10 + timedelta(hours=4, minutes=21))
    assert (first.id, "accept-remind") in remind.fired
    with pytest.raises(Conflict):
        await run(db, closure.reopen_office, office.manager, eid, FRI_10 + timedelta(hours=5))


async def test_public_holidays_are_edited_like_the_estates_own(sqlite_db: Database) -> None:
    office = await build_office(sqlite_db, FRI_10)
    christmas, eve = date(2026, 12, 25), date(2026, 12, 24)

    async def edit(add: bool, day: date) -> bool:
        async with SqlUnitOfWork(sqlite_db.writer()) as uow:
            estate = await uow.estates.get(office.estate.id)
            assert estate is not None
            done = await public_days.add_day(uow, estate, day, "Christmas Eve", FRI_10) if add \
                else await public_days.remove_day(uow, estate, day, FRI_10)
            await uow.commit()
            return done

    async def days() -> dict[date, str]:
        async with SqlUnitOfWork(sqlite_db.reader()) as uow:
            estate = await uow.estates.get(office.estate.id)
            assert estate is not None
            return {d: src for d, _, src in await public_days.days_off(uow, estate,
                                                                      range(2026, 2027))}

    assert (await days())[christmas] == "public"
    assert await edit(False, christmas)
    assert christmas not in await days()
    assert await edit(True, christmas)
    assert (await days())[christmas] == "public"
    assert await edit(True, eve)
    assert (await days())[eve] == "estate"
    assert await edit(False, eve)
    assert eve not in await days()
