"""The bot is down for three simulated days with 50 open tickets: on start every due
escalation fires once, none fires twice, and a reminder whose moment has passed is dropped.
A report due meanwhile goes out late, once, saying so; its chart is drawn outside the
sweeper's write transaction."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.app import Runtime, create_bot
from bot.middlewares import load_actor
from bot.reports import complaints as complaint_report
from domain import repair
from domain.ports import FileRef
from domain.repair import RepairDraft
from domain.tickets import due_now
from store.db import sqlite_path
from store.tables.infra import AuditRow, FiredRow
from store.uow import SqlUnitOfWork
from tests.bot.conftest import Stack
from tests.bot.office import staffed_office
from tests.bot.test_complaint_flow import PNG, file_complaint

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
    alerts_before = len(await _alerts(d, cast.managers_group))
    reminders_before = len([m for m in await d.messages(cast.plumbing_group, from_bot=True)
                            if "⏰" in m.content])
    for _ in range(2):  # start twice over the same database: the second start fires nothing
        runtime = Runtime(stack.settings, stack.db, create_bot(stack.settings), stack.clock)
        stack.runtime = runtime
        await runtime.start()
        await runtime.sweeper.sweep_once()
        runtime.sender.wake()
        await stack.settle(timeout=60)
        await runtime.shutdown()
    async with stack.db.reader() as s:
        # Tickets' levels (the daily lists and the weekly deck fire per group and estate).
        fired = Counter(_level(key) for key in await s.scalars(select(FiredRow.level).where(
            FiredRow.entity == "ticket")))
        duplicates = await s.scalar(select(func.count()).select_from(
            select(FiredRow.entity_id, FiredRow.level).group_by(FiredRow.entity_id,
                                                                FiredRow.level)
            .having(func.count() > 1).subquery()))
    # Every level is claimed once; the crew's accept reminders, found after the escalation
    # was due, were dropped rather than sent, and so was each repeated reminder (claimed once:
    # the levels fired beside it say it all).
    assert fired == expected and duplicates == 0
    assert expected["accept-repeat"] == expected["accept-manager"] > 0
    reminders = [m for m in await d.messages(cast.plumbing_group, from_bot=True)
                 if "⏰" in m.content]
    assert len(reminders) == reminders_before
    alerts = len(await _alerts(d, cast.managers_group)) - alerts_before
    assert alerts == expected["accept-manager"] + expected["complete-overdue"] + \
        expected["callback-overdue"]
    async with stack.db.reader() as s:
        sent_repeats = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.action == "deadline", AuditRow.to_state.like("%-repeat")))
    assert sent_repeats == 0
    # The stack fixture stops the last runtime again; give it a fresh one to stop.
    stack.runtime = Runtime(stack.settings, stack.db, create_bot(stack.settings), stack.clock)


async def _alerts(d, chat):  # type: ignore[no-untyped-def]
    """The group's alerts: not its daily list nor the weekly deck and its charts."""
    return [m for m in await d.messages(chat, from_bot=True)
            if not (m.document or m.photo_file_id or "今日工作" in m.content)]


def _level(key: str) -> str:
    """`accept-repeat-7#1` -> `accept-repeat`; `accept-escalate#1` -> `accept-escalate`."""
    level = key.split("#")[0]
    head, _, tail = level.rpartition("-")
    return head if tail.isdigit() else level


async def _user(tg_id: int):  # type: ignore[no-untyped-def]
    from aiogram.types import User

    return User(id=tg_id, is_bot=False, first_name="x")


async def test_down_over_the_deadline_and_the_monday_report(stack: Stack,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    """Filed Friday 10:00, the bot down until Wednesday 10:00: the desk gets no "24 / 6
    hours left" reminders beside the overdue alert, and Monday's statistics arrive late,
    once, saying so, with the chart drawn while no write transaction is open."""
    cast = await staffed_office(stack)
    d = stack.d
    number = await file_complaint(stack, cast)
    path = sqlite_path(stack.settings.database.url)
    assert path is not None
    lock_free: list[bool] = []
    draw = complaint_report.week_chart

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        # The write lock can be taken while drawing: no write transaction waits for the
        # chart (other tasks' short transactions end within the probe's 2 s).
        probe = sqlite3.connect(path, timeout=2)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
            lock_free.append(True)
        except sqlite3.OperationalError:
            lock_free.append(False)
        finally:
            probe.close()
        return draw(*args, **kwargs)

    monkeypatch.setattr(complaint_report, "week_chart", watched)
    await stack.runtime.shutdown()
    stack.clock.advance(timedelta(days=5))  # Wednesday 10:00
    for _ in range(2):  # start twice: the second start sends nothing again
        stack.runtime = Runtime(stack.settings, stack.db, create_bot(stack.settings),
                                stack.clock)
        await stack.runtime.start()
        await stack.sweep()
        await stack.sweep()
        await stack.runtime.shutdown()
    stack.runtime = Runtime(stack.settings, stack.db, create_bot(stack.settings), stack.clock)
    desk = [m.content for m in await d.messages(cast.desk_group, from_bot=True)]
    assert not [m for m in desk if m.startswith("⏰")]
    managers = await d.messages(cast.managers_group, from_bot=True)
    assert len([m for m in managers if m.content.startswith(f"⚠️ {number}")]) == 1
    reports = [m for m in managers if "投訴每週統計" in m.content]
    assert len(reports) == 1
    assert reports[0].content.startswith("⚠️ 此報告遲了發出：原定於 11月30日（一）09:00 發出。")
    charts = [m for m in managers if m.photo_file_id and "投訴類別統計" in m.content]
    assert len(charts) == 1 and charts[0].message_id > reports[0].message_id
    assert (await d.file_bytes(charts[0].photo_file_id or "")).startswith(PNG)
    assert lock_free == [True]
