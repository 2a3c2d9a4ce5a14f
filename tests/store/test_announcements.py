"""Announcements on the real store (SQLite and PostgreSQL): recipients recorded once when it
starts, queued in batches within the backlog (each once, across passes), read once, one
reminder to the unread; counts per building."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.announcements import events as ev
from domain.announcements import service
from domain.announcements.model import Audience, Draft, Reach, Scope, Status
from domain.errors import Conflict, InvalidInput, NotAuthorized
from store.db import Database
from store.uow import SqlUnitOfWork
from tests.store.office import build_office
from tests.store.test_repair_usecases import run

MON_10 = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)


async def test_announcement_sent_in_batches_read_and_reminded_once(db: Database) -> None:
    office = await build_office(db, MON_10, plumbers=0)
    draft = Draft(office.estate.id, {"*": "Water cut tomorrow"},
                  Audience(Scope.BUILDINGS, Reach.BOTH, ("A",)), MON_10)
    with pytest.raises(NotAuthorized):
        await run(db, service.create, office.resident, draft, MON_10)
    with pytest.raises(InvalidInput, match="announce-when-past"):
        await run(db, service.create, office.desk,
                  Draft(draft.estate_id, draft.texts, draft.audience,
                        MON_10 - timedelta(hours=1)), MON_10)
    a = await run(db, service.create, office.desk, draft, MON_10)
    assert a.status is Status.SCHEDULED

    batches: list[ev.AnnouncementBatch] = []
    feed = service.Feed(batch=1, backlog=10)
    for _ in range(4):
        async with SqlUnitOfWork(db.writer()) as uow:
            await service.sweep(uow, MON_10, feed)
            batches += [e for e in uow.events if isinstance(e, ev.AnnouncementBatch)]
            await uow.commit()
    ids = [i for b in batches for i in b.recipient_ids]
    assert len(ids) == 2 and len(set(ids)) == 2  # each recipient queued once
    async with SqlUnitOfWork(db.writer()) as uow:
        got = await uow.announcements.get(a.id)
        assert got is not None and got.status is Status.SENT and got.total == 2
        counts = await uow.announcements.counts(a.id)
    assert [(c.building, c.recipients, c.read) for c in counts] == [("A", 2, 0)]

    with pytest.raises(NotAuthorized):
        await run(db, service.mark_read, office.desk, a.id, MON_10)
    assert await run(db, service.mark_read, office.resident, a.id, MON_10) is True
    assert await run(db, service.mark_read, office.resident, a.id, MON_10) is False

    await run(db, service.remind, office.desk, a.id, MON_10)
    with pytest.raises(Conflict, match="announce-already-reminded"):
        await run(db, service.remind, office.manager, a.id, MON_10)
    reminded: list[int] = []
    for _ in range(3):
        async with SqlUnitOfWork(db.writer()) as uow:
            await service.sweep(uow, MON_10, feed)
            reminded += [i for e in uow.events if isinstance(e, ev.AnnouncementBatch)
                         and e.reminder for i in e.recipient_ids]
            await uow.commit()
    assert len(reminded) == 1  # only the neighbour, who had not read it
    async with SqlUnitOfWork(db.writer()) as uow:
        got = await uow.announcements.get(a.id)
        assert got is not None and got.status is Status.REMINDED
        assert [(c.building, c.read) for c in await uow.announcements.counts(a.id)] == \
            [("A", 1)]
