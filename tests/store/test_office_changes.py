"""Staff changes on the real store: roles end with an audit row, jobs go back to the crew,
on-call duty ends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from domain import repair, team
from domain.errors import NotAuthorized
from domain.model import Trade
from domain.tickets import Status
from store.db import Database
from store.tables.infra import AuditRow
from store.uow import SqlUnitOfWork
from tests.store.office import build_office
from tests.store.test_repair_usecases import draft, run

FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


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
