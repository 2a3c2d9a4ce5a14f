"""The Core paths that write and read tickets (add, get, due, by_number) agree with each other
and with a Ticket built field by field; an audit row written by Core keeps every column."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from domain.model import Locale
from domain.tickets import Kind, Status, Ticket, Urgency
from store.db import Database
from store.migrate import upgrade_async
from store.tables.infra import AuditRow
from store.uow import SqlUnitOfWork

NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


@pytest.fixture
async def estate_id(db: Database, db_url: str) -> int:
    await upgrade_async(db_url)
    async with SqlUnitOfWork(db.writer()) as uow:
        estate = await uow.estates.add("HV", "Harbour View", "Asia/Hong_Kong",
                                       "mon-fri 08:30-18:00", Locale.ZH_HANT, {})
        await uow.commit()
    return int(estate.id)


async def test_add_get_due_and_by_number_agree(db: Database, estate_id: int) -> None:
    draft = Ticket(id=0, number="R-2026-000001", kind=Kind.REPAIR, estate_id=estate_id,
                   status=Status.DISPATCHED, reporter_id=None, category="plumbing",
                   description="Water drips from the ceiling", created_at=NOW,
                   urgency=Urgency.EMERGENCY, trade="plumbing", next_due_at=NOW - timedelta(1),
                   extra={"policy": {"accept_minutes": 30}})
    async with SqlUnitOfWork(db.writer()) as uow:
        added = await uow.tickets.add(draft)
        await uow.audit.record(at=NOW, entity="ticket", entity_id=str(added.id),
                               action="created", actor_tg_id=7, to_state="dispatched",
                               update_id=11, detail={"n": 1})
        await uow.commit()
    assert added.id > 0 and dataclasses.replace(added, id=0) == draft
    async with SqlUnitOfWork(db.writer()) as uow:
        got = await uow.tickets.get(added.id)
        due = await uow.tickets.due(NOW, 10)
        by_number = await uow.tickets.by_number("r-2026-000001")
        audit = list(await uow.session.scalars(select(AuditRow)))
    assert got == added == by_number and due == [added]
    ticket = due[0]
    # A real frozen dataclass: equal to one built by __init__, still immutable.
    assert ticket == Ticket(**{f.name: getattr(ticket, f.name)
                               for f in dataclasses.fields(Ticket)})
    assert ticket.status is Status.DISPATCHED and ticket.urgency is Urgency.EMERGENCY
    assert ticket.extra == {"policy": {"accept_minutes": 30}}
    with pytest.raises(dataclasses.FrozenInstanceError):
        ticket.status = Status.CLOSED  # type: ignore[misc]
    assert [(a.entity, a.entity_id, a.action, a.actor_tg_id, a.to_state, a.update_id,
             a.detail, a.at) for a in audit] == [
        ("ticket", str(added.id), "created", 7, "dispatched", 11, {"n": 1}, NOW)]
