"""Staff changes and reassignment on the real store: compare-and-set on the version the card
showed, audit rows, jobs back with the crew, on-call duty ended, office roles taking any job."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from domain import repair, team
from domain.errors import Conflict, NotAuthorized
from domain.model import Trade
from domain.repair import assign as moves
from domain.tickets import Status
from store.db import Database
from store.tables.infra import AuditRow
from store.uow import SqlUnitOfWork
from tests.store.office import build_office
from tests.store.test_repair_usecases import draft, run

FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


async def test_assign_trade_change_and_take_over_are_compare_and_set(db: Database) -> None:
    office = await build_office(db, FRI_10, plumbers=2)
    t = (await run(db, repair.submit_repair, office.resident, draft(office), FRI_10)).ticket
    # Crew may not move jobs; a card showing an older version changes nothing.
    with pytest.raises(NotAuthorized):
        await run(db, moves.assign, office.plumbers[0], t.id, office.electrician.person_id,
                  version=t.version, now=FRI_10)
    t2 = await run(db, moves.assign, office.desk, t.id, office.plumbers[1].person_id,
                   version=t.version, now=FRI_10)
    assert t2.status is Status.ACCEPTED and t2.assignee_id == office.plumbers[1].person_id
    with pytest.raises(Conflict, match="ticket-changed"):
        await run(db, moves.assign, office.manager, t.id, office.manager.person_id,
                  version=t.version, now=FRI_10)
    t3 = await run(db, moves.assign, office.manager, t.id, office.manager.person_id,
                   version=t2.version, now=FRI_10 + timedelta(minutes=5))
    assert t3.status is Status.ACCEPTED and t3.assignee_id == office.manager.person_id
    t4 = await run(db, moves.change_trade, office.desk, t.id, Trade.ELECTRICAL,
                   version=t3.version, now=FRI_10 + timedelta(minutes=9))
    assert (t4.status, t4.trade, t4.assignee_id, t4.cycle) == (
        Status.DISPATCHED, "electrical", None, t3.cycle + 1)
    # Office roles accept any job (the General crew's too).
    t5 = await run(db, repair.accept_job, office.desk, t.id, FRI_10 + timedelta(minutes=10))
    assert t5.assignee_id == office.desk.person_id
    async with db.reader() as s:
        rows = (await s.execute(select(AuditRow.action, AuditRow.from_state, AuditRow.to_state)
                                .where(AuditRow.entity == "ticket").order_by(AuditRow.id))).all()
    assert [tuple(r) for r in rows][1:] == [
        ("assigned", "dispatched", "accepted"), ("assigned", "accepted", "accepted"),
        ("trade-changed", "accepted", "dispatched"), ("accepted", "dispatched", "accepted")]


async def test_deactivation_returns_jobs_and_ends_on_call(db: Database) -> None:
    office = await build_office(db, FRI_10, plumbers=2)
    pat = office.plumbers[0]
    t = (await run(db, repair.submit_repair, office.resident, draft(office), FRI_10)).ticket
    await run(db, repair.accept_job, pat, t.id, FRI_10)
    await run(db, repair.take_on_call, pat, FRI_10)
    with pytest.raises(NotAuthorized):
        await run(db, team.deactivate, office.desk, office.estate, pat.person_id, FRI_10)
    returned = await run(db, team.deactivate, office.manager, office.estate, pat.person_id,
                         FRI_10 + timedelta(hours=1))
    assert [(r.id, r.status, r.assignee_id) for r in returned] == [
        (t.id, Status.DISPATCHED, None)]
    async with SqlUnitOfWork(db.reader()) as uow:
        assert await uow.staff.for_person(pat.person_id) == []
        assert await uow.staff.on_call(office.estate.id, Trade.PLUMBING) is None
        ended = list(await uow.session.scalars(select(AuditRow.from_state).where(
            AuditRow.action == "staff-ended")))
    assert ended == ["crew"]
    with pytest.raises(Exception, match="staff-not-active"):
        await run(db, team.deactivate, office.manager, office.estate, pat.person_id, FRI_10)
