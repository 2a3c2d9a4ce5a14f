"""Registry changes on the real store: who may make them, once only, no future dates, and
a former resident's open tickets stay with the unit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain import repair, tenancy
from domain.errors import Conflict, InvalidInput, NotAuthorized
from domain.tickets import Status
from store.db import Database
from store.uow import SqlUnitOfWork
from tests.store.office import build_office
from tests.store.test_repair_usecases import draft, run

FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


async def test_ending_a_link_rules_and_tickets_staying_with_the_unit(db: Database) -> None:
    office = await build_office(db, FRI_10, plumbers=1)
    t = (await run(db, repair.submit_repair, office.resident, draft(office), FRI_10)).ticket
    tenure_id = office.resident.tenures[0].id
    with pytest.raises(NotAuthorized):
        await run(db, tenancy.end_link, office.plumbers[0], tenure_id, FRI_10)
    with pytest.raises(InvalidInput, match="registry-date-future"):
        await run(db, tenancy.end_link, office.desk, tenure_id, FRI_10,
                  on=FRI_10.date() + timedelta(days=1))
    await run(db, tenancy.end_link, office.desk, tenure_id, FRI_10 + timedelta(hours=1))
    with pytest.raises(Conflict, match="registry-link-ended"):
        await run(db, tenancy.end_link, office.manager, tenure_id, FRI_10 + timedelta(hours=2))
    async with SqlUnitOfWork(db.reader()) as uow:
        assert await uow.tenures.active_for_person(office.resident.person_id or 0) == []
        ticket = await uow.tickets.get(t.id)
        record = await uow.tenures.get(tenure_id)
    assert ticket is not None and ticket.status is Status.DISPATCHED
    assert ticket.unit_id == office.unit.id
    assert record is not None and record.ended_by == office.desk.person_id
    assert record.end_reason == "moved-out"
    # The desk still sees and acts on the ticket.
    seen = await run(db, repair.visible_ticket, office.desk, t.id)
    assert seen.id == t.id
