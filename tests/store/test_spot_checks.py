"""Spot checks and corrective actions on the real store (SQLite and PostgreSQL): the monthly
draw reproducible from its seed and never made twice, checks one at a time, a failed
move-in record rectified with its deadline, an action opened and closed, the monthly
report's figures."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from domain.errors import Conflict, InvalidInput, NotAuthorized
from domain.move_in.model import Applicant, MoveIn
from domain.move_in.model import Status as MoveInStatus
from domain.spotchecks import actions, checks
from domain.spotchecks import events as ev
from domain.spotchecks.draw import draw
from domain.spotchecks.model import (
    ActionSource,
    ActionStatus,
    Cause,
    CheckKind,
    CheckStatus,
    RectifyStatus,
)
from domain.tickets import Kind, Status, Ticket, ticket_number
from store.db import Database
from store.uow import SqlUnitOfWork
from tests.store.office import Office, build_office
from tests.store.test_repair_usecases import run

DEC_1 = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # 09:00 in Hong Kong, the 1st
NOV_10 = datetime(2026, 11, 10, 2, 0, tzinfo=UTC)


async def seed_records(db: Database, office: Office, repairs: int = 6) -> dict[str, list[int]]:
    ids: dict[str, list[int]] = {"callback": [], "renovation": [], "move_in": []}
    async with SqlUnitOfWork(db.writer()) as uow:
        for i in range(repairs):
            t = await uow.tickets.add(Ticket(
                id=0, number=ticket_number(Kind.REPAIR, 2026, 500 + i), kind=Kind.REPAIR,
                estate_id=office.estate.id, status=Status.CLOSED,
                reporter_id=office.resident.person_id, category="plumbing",
                description=f"Tap leaking ({i})", created_at=NOV_10 - timedelta(days=3),
                unit_id=office.unit.id, trade="plumbing", confirmed_at=NOV_10,
                closed_at=NOV_10 + timedelta(days=i)))
            ids["callback"].append(t.id)
        # Closed in October: not November's.
        await uow.tickets.add(Ticket(
            id=0, number=ticket_number(Kind.REPAIR, 2026, 600), kind=Kind.REPAIR,
            estate_id=office.estate.id, status=Status.CLOSED, reporter_id=None,
            category="plumbing", description="old", created_at=NOV_10 - timedelta(days=40),
            unit_id=office.unit.id, closed_at=NOV_10 - timedelta(days=30)))
        for i, status in enumerate((Status.WORKS, Status.SETTLING)):
            t = await uow.tickets.add(Ticket(
                id=0, number=ticket_number(Kind.RENOVATION, 2026, 10 + i), kind=Kind.RENOVATION,
                estate_id=office.estate.id, status=status,
                reporter_id=office.neighbour.person_id, category="renovation",
                description="Kitchen", created_at=NOV_10 - timedelta(days=20),
                unit_id=office.other_unit.id))
            ids["renovation"].append(t.id)
        assert office.resident.person_id is not None
        record = await uow.move_ins.add(MoveIn(
            id=0, number="M-2026-000001", estate_id=office.estate.id, unit_id=office.unit.id,
            owner_id=office.resident.person_id, applicant=Applicant.SELF, slot_at=NOV_10,
            collective=False, status=MoveInStatus.DONE, created_at=NOV_10))
        ids["move_in"].append(record.id)
        await uow.commit()
    return ids


async def test_draw_checks_rectify_and_actions(db: Database) -> None:
    office = await build_office(db, NOV_10, plumbers=1)
    ids = await seed_records(db, office)
    events: list[object] = []

    async def sweep(now: datetime, seed: int = 4242) -> int:
        async with SqlUnitOfWork(db.writer()) as uow:
            made = await checks.sweep_month(uow, now, lambda: seed)
            events.extend(uow.events)
            await uow.commit()
            return made

    assert await sweep(DEC_1) == 4 + 2 + 1  # 4 callbacks, all 2 renovations, 1 move-in
    assert await sweep(DEC_1 + timedelta(hours=1), seed=1) == 0  # never twice
    async with SqlUnitOfWork(db.reader()) as uow:
        made = await uow.spot_checks.draw_of(office.estate.id, "2026-12")
        assert made is not None and made.seed == 4242 and made.source_month == "2026-11"
        assert made.shortfall == {"renovation": 2} and made.found["callback"] == 6
        found = await uow.spot_checks.of_draw(made.id)
    # The draw is reproduced from what was recorded.
    again = draw({CheckKind(k): v for k, v in ids.items()},
                 {CheckKind.CALLBACK: 4, CheckKind.RENOVATION: 4, CheckKind.MOVE_IN: 1}, 4242)
    assert [(c.kind, c.target_id) for c in found] == again.checks()
    assert [c.status for c in found] == [CheckStatus.SENT] + [CheckStatus.PENDING] * 6
    assert sum(isinstance(e, ev.CheckShown) for e in events) == 1

    first = found[0]
    with pytest.raises(NotAuthorized):
        await run(db, checks.decide, office.desk, first.id, True, DEC_1)
    with pytest.raises(Conflict):  # not shown yet
        await run(db, checks.decide, office.manager, found[1].id, True, DEC_1)
    await run(db, checks.decide, office.manager, first.id, True, DEC_1)
    with pytest.raises(Conflict):
        await run(db, checks.decide, office.manager, first.id, False, DEC_1, reason="late")
    with pytest.raises(InvalidInput):
        await run(db, checks.decide, office.manager, found[1].id, False, DEC_1, reason="")
    failed = await run(db, checks.decide, office.manager, found[1].id, False, DEC_1,
                       reason="Owner says nobody called")
    assert failed.status is CheckStatus.FAILED and failed.rectify_by is None
    for c in found[2:6]:
        await run(db, checks.decide, office.manager, c.id, True, DEC_1)
    move_in = await run(db, checks.decide, office.manager, found[6].id, False, DEC_1,
                        reason="Key receipt not signed")
    assert move_in.rectify_by == date(2026, 12, 4)
    assert move_in.rectify_status is RectifyStatus.OPEN
    async with SqlUnitOfWork(db.reader()) as uow:
        assert await uow.spot_checks.month_summary(office.estate.id, "2026-12") == \
            {"required": 7, "done": 7, "failed": 2}

    # The deadline: the desk reminded on the day, the managers the day after (once each).
    async with SqlUnitOfWork(db.writer()) as uow:
        assert await checks.sweep_deadlines(uow, datetime(2026, 12, 5, 2, tzinfo=UTC)) == 1
        assert [e.level for e in uow.events if isinstance(e, ev.RectifyDue)] == ["overdue"]
        await uow.commit()
    async with SqlUnitOfWork(db.writer()) as uow:
        assert await checks.sweep_deadlines(uow, datetime(2026, 12, 5, 3, tzinfo=UTC)) == 0
    with pytest.raises(NotAuthorized):
        await run(db, checks.correct, office.resident, move_in.id, DEC_1)
    fixed = await run(db, checks.correct, office.desk, move_in.id, DEC_1)
    assert fixed.rectify_status is RectifyStatus.CORRECTED
    with pytest.raises(Conflict):
        await run(db, checks.correct, office.desk, move_in.id, DEC_1)

    # A corrective action from the failed callback check, followed to closed.
    assert office.desk.person_id is not None
    draft = actions.ActionDraft(office.estate.id, ActionSource.CHECK, Cause.METHOD,
                                office.desk.person_id, date(2026, 12, 15),
                                "Callbacks logged the same day", check_id=failed.id)
    with pytest.raises(NotAuthorized):
        await run(db, actions.open_action, office.desk, draft, DEC_1)
    with pytest.raises(InvalidInput, match="action-date-past"):
        await run(db, actions.open_action, office.manager,
                  actions.ActionDraft(**{**draft.__dict__, "due_on": date(2026, 11, 1)}), DEC_1)
    action = await run(db, actions.open_action, office.manager, draft, DEC_1)
    assert action.number.startswith("CA-2026-") and action.status is ActionStatus.OPEN
    with pytest.raises(Conflict, match="action-exists"):
        await run(db, actions.open_action, office.manager, draft, DEC_1)
    async with SqlUnitOfWork(db.reader()) as uow:
        assert await uow.actions.open_count(office.estate.id) == 1
    async with SqlUnitOfWork(db.writer()) as uow:
        assert await checks.sweep_deadlines(uow, datetime(2026, 12, 14, 2, tzinfo=UTC)) == 1
        assert [e.level for e in uow.events if isinstance(e, ev.ActionReminder)] == ["soon"]
        await uow.commit()
    with pytest.raises(NotAuthorized):
        await run(db, actions.close_action, office.resident, action.id, "done", DEC_1)
    closed = await run(db, actions.close_action, office.desk, action.id,
                       "Logged at once from now on", DEC_1)
    assert closed.status is ActionStatus.CLOSED and closed.close_note
    with pytest.raises(Conflict):
        await run(db, actions.close_action, office.manager, action.id, "again", DEC_1)
    async with SqlUnitOfWork(db.reader()) as uow:
        assert await uow.actions.open_count(office.estate.id) == 0
        steps = [r.action for r in await uow.audit.history("spot-check", str(first.id))]
        assert steps == ["passed"]


async def test_a_month_short_is_flagged_with_the_next_draw(db: Database) -> None:
    office = await build_office(db, NOV_10, plumbers=0)
    await seed_records(db, office, repairs=4)
    async with SqlUnitOfWork(db.writer()) as uow:
        assert await checks.sweep_month(uow, DEC_1, lambda: 7) == 7
        await uow.commit()
    async with SqlUnitOfWork(db.writer()) as uow:
        # The renovations still in works are drawn again; November had no checks done.
        assert await checks.sweep_month(uow, DEC_1 + timedelta(days=31), lambda: 8) == 2
        short = [e for e in uow.events if isinstance(e, ev.MonthShort)]
        assert len(short) == 1 and (short[0].required, short[0].done) == (7, 0)
        await uow.commit()


async def test_open_actions_come_five_a_page(db: Database) -> None:
    office = await build_office(db, NOV_10, plumbers=0)
    assert office.desk.person_id is not None
    for n in range(6):
        await run(db, actions.open_action, office.manager, actions.ActionDraft(
            office.estate.id, ActionSource.PARETO, Cause.PEOPLE, office.desk.person_id,
            date(2026, 12, 10 + n), f"Training round {n}"), DEC_1)
    async with SqlUnitOfWork(db.reader()) as uow:
        first, pages = await actions.open_page(uow, office.manager, 0)
        second, _ = await actions.open_page(uow, office.manager, 1)
        beyond, _ = await actions.open_page(uow, office.manager, 99)
        assert pages == 2 and len(first) == 5 and len(second) == 1
        assert [a.due_on for a in first] == sorted(a.due_on for a in first)
        assert beyond == second
        with pytest.raises(NotAuthorized):
            await actions.open_page(uow, office.desk, 0)
