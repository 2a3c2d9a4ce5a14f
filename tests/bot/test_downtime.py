"""The bot is down for three simulated days with 50 open tickets: on start every due
reminder and escalation fires once, and none fires twice."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from sqlalchemy import func, select

from bot.app import Runtime, create_bot
from bot.middlewares import load_actor
from domain import repair
from domain.ports import FileRef
from domain.repair import RepairDraft
from domain.tickets import due_now
from store.tables.infra import FiredRow
from store.uow import SqlUnitOfWork
from tests.bot.conftest import Stack
from tests.bot.office import staffed_office

PHOTO = FileRef("p", "u", "image/jpeg", 10)


async def test_three_days_down_then_every_escalation_once(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d = stack.d
    now = stack.clock.now()
    categories = ["leak", "safety", "plumbing", "electrical", "other"]
    async with SqlUnitOfWork(stack.db.writer(), publisher=stack.runtime.publisher) as uow:
        resident = await load_actor(uow, await _user(cast.resident.id), False)
        plumber = await load_actor(uow, await _user(cast.plumbers[0].id), False)
        ids = []
        for i in range(50):
            draft = RepairDraft(categories[i % 5], f"Problem number {i}", "normal",
                                unit_id=resident.tenures[0].unit.id)
            t = (await repair.submit_repair(uow, resident, draft, now)).ticket
            ids.append(t.id)
            if i % 3 and t.trade == "plumbing":
                t = await repair.accept_job(uow, plumber, t.id, now)
                if i % 3 == 2:
                    t = await repair.complete_job(uow, plumber, t.id, PHOTO, now)
                    t = await repair.confirm_fix(uow, resident, t.id, now, rating=5)
        await uow.commit()
    await stack.settle(timeout=60)
    await stack.runtime.shutdown()

    later = now + timedelta(days=3)
    async with SqlUnitOfWork(stack.db.reader()) as uow:
        expected = Counter()
        for ticket_id in ids:
            t = await uow.tickets.get(ticket_id)
            assert t is not None
            for level in due_now(t, set(), later):
                expected[level.level] += 1
    assert expected["accept-escalate"] > 0 and expected["complete-overdue"] > 0
    assert expected["callback-overdue"] > 0

    stack.clock.set(later)
    alerts_before = len(await d.messages(cast.managers_group, from_bot=True))
    for _ in range(2):  # start twice over the same database: the second start fires nothing
        runtime = Runtime(stack.settings, stack.db, create_bot(stack.settings), stack.clock)
        stack.runtime = runtime
        await runtime.start()
        await runtime.sweeper.sweep_once()
        runtime.sender.wake()
        await stack.settle(timeout=60)
        await runtime.shutdown()
    async with stack.db.reader() as s:
        fired = Counter(level.split("#")[0] for level in await s.scalars(select(FiredRow.level)))
        duplicates = await s.scalar(select(func.count()).select_from(
            select(FiredRow.entity_id, FiredRow.level).group_by(FiredRow.entity_id,
                                                                FiredRow.level)
            .having(func.count() > 1).subquery()))
    assert fired == expected and duplicates == 0
    alerts = len(await d.messages(cast.managers_group, from_bot=True)) - alerts_before
    assert alerts == expected["accept-escalate"] + expected["complete-overdue"] + \
        expected["callback-overdue"]
    # The stack fixture stops the last runtime again; give it a fresh one to stop.
    stack.runtime = Runtime(stack.settings, stack.db, create_bot(stack.settings), stack.clock)


async def _user(tg_id: int):  # type: ignore[no-untyped-def]
    from aiogram.types import User

    return User(id=tg_id, is_bot=False, first_name="x")
