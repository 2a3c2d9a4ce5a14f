"""The routine's read-only queries on the real store (SQLite and PostgreSQL): a week's tickets
and their audited moves, the figures made of them, the daily-list sweep firing once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain import repair
from domain.complaints.stats import week_bounds
from domain.model import GroupPurpose, GroupStatus, Trade
from domain.routine import daily, weekly
from domain.routine import events as rev
from domain.tickets import Kind, Status
from store.db import Database
from store.uow import SqlUnitOfWork
from tests.store.office import build_office
from tests.store.test_repair_usecases import PHOTO, draft, run

TUE_10 = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday 10:00 in Hong Kong, week 48
START, END, _ = week_bounds("Asia/Hong_Kong", TUE_10.date())


async def test_week_tickets_moves_and_figures(db: Database) -> None:
    office = await build_office(db, TUE_10, plumbers=1)
    done = (await run(db, repair.submit_repair, office.resident, draft(office), TUE_10)).ticket
    waiting = (await run(db, repair.submit_repair, office.resident, draft(office),
                         TUE_10)).ticket
    p = office.plumbers[0]
    await run(db, repair.accept_job, p, done.id, TUE_10 + timedelta(minutes=5))
    await run(db, repair.complete_job, p, done.id, PHOTO, TUE_10 + timedelta(hours=1))
    async with SqlUnitOfWork(db.writer()) as uow:
        tickets = await uow.routine.tickets(office.estate.id, [Kind.REPAIR], START, END)
        moves = await uow.routine.moves([t.id for t in tickets], START, END)
        assert [t.id for t in tickets] == [done.id, waiting.id]
        assert [m.to_state for m in moves if m.ticket_id == done.id][-1] == Status.DONE.value
        assert await uow.routine.any_before(office.estate.id, END)
        assert not await uow.routine.any_before(office.estate.id, START)
        assert await uow.routine.open_notices(office.estate.id) == []
        assert await uow.routine.move_ins(office.estate.id, START, END) == []
        f = await weekly.figures_of(uow, office.estate, TUE_10.date(), END)
    assert (f.repairs.opened, f.repairs.done, f.repairs.done_in_time) == (2, 1, 1)
    assert f.repairs.by_trade == (("plumbing", 2, 1),)
    assert [i.number for i in f.risks] == [waiting.number]  # never accepted


async def test_daily_list_sweep_fires_once_per_group_and_day(db: Database) -> None:
    office = await build_office(db, TUE_10, plumbers=1)
    await run(db, repair.submit_repair, office.resident, draft(office), TUE_10)
    async with SqlUnitOfWork(db.writer()) as uow:
        for chat_id, purpose, trade in ((-1001, GroupPurpose.DESK, None),
                                        (-1002, GroupPurpose.CREW, Trade.PLUMBING),
                                        (-1003, GroupPurpose.SECURITY, None)):
            await uow.groups.upsert_pending(chat_id, "g", 1, TUE_10)
            assert await uow.groups.transition(chat_id, [GroupStatus.PENDING],
                                               GroupStatus.ACTIVE, estate_id=office.estate.id,
                                               purpose=purpose, trade=trade, now=TUE_10)
        await uow.commit()
    # Before Tuesday's opening nothing; from it the desk and the plumbers, once (not security).
    early = TUE_10 - timedelta(hours=2)
    # Wednesday after closing time (18:00): the office is shut, nothing until Thursday 08:30.
    wed_late = TUE_10 + timedelta(days=1, hours=9)
    for at, expected in ((early, 0), (TUE_10, 2), (TUE_10 + timedelta(hours=1), 0),
                         (wed_late, 0), (wed_late + timedelta(hours=13, minutes=30), 2)):
        async with SqlUnitOfWork(db.writer()) as uow:
            assert await daily.sweep_daily_lists(uow, at) == expected, at
            assert len([e for e in uow.events if isinstance(e, rev.DailyListDue)]) == expected
            await uow.commit()
