"""The escalation ladder through the real process, on the frozen clock: an unaccepted emergency
with nobody on call climbs crew → desk → managers → head office, each level once, and the
crew is reminded every 30 minutes until someone accepts; after three days of downtime each
level is sent once and no stale reminder goes out."""

from __future__ import annotations

import asyncio
import subprocess
from collections import Counter
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from domain.model import Locale
from sandbox.driver import Chat, User
from store.tables.infra import AuditRow
from tests.bot.conftest import says
from tests.bot.office import Cast, staffed_office
from tests.bot.test_repair_flow import report_leak
from tests.e2e.conftest import E2E, PROPDESK

EN = Locale.EN
SUN_03 = datetime(2026, 11, 28, 19, 0, tzinfo=UTC)      # Sunday 03:00 in Hong Kong


async def _start(e2e: E2E) -> tuple[Cast, User]:
    e2e.freeze(SUN_03)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await staffed_office(e2e)
    head_office = await e2e.d.user("HQ Lee", language_code="en")
    await e2e.d.send(head_office, "/start")
    await e2e.settle()
    # The estate's head-office contact, set the way the office sets it.
    done = await asyncio.to_thread(subprocess.run, [
        PROPDESK, "admin", "estate", "set", "--estate", "HV", "repair.head_office_chat",
        str(head_office.id)], env=e2e.bot.env, cwd=e2e.bot.env["PROPDESK_CWD"],
        capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return cast, head_office


async def _bot_texts(e2e: E2E, chat: Chat | User, after: int = 0) -> list[str]:
    return [m.content for m in await e2e.d.messages(chat, from_bot=True)
            if m.message_id > after]


async def _levels(e2e: E2E, action: str = "deadline") -> Counter[str]:
    async with e2e.db.reader() as s:
        return Counter(await s.scalars(select(AuditRow.to_state).where(
            AuditRow.action == action)))


async def test_unaccepted_emergency_climbs_every_level_once(e2e: E2E) -> None:
    cast, head_office = await _start(e2e)
    d = e2e.d
    number = await report_leak(e2e, cast, urgency="Emergency", photos=0)  # type: ignore[arg-type]
    # Nobody is on call: the resident is not told a technician was paged; the desk is told
    # at once that nobody was.
    told = await d.wait_for(cast.resident, contains=number)
    assert "management office" in told.content and "on-call" not in told.content
    await d.wait_for(cast.desk_group, contains=f"🚨 緊急報修 {number}")
    card = await d.wait_for(cast.plumbing_group, contains=f"派工單 {number}")

    steps: list[tuple[int, Chat | User, str]] = [  # minutes after the report: who hears what
        (10, cast.plumbing_group, f"⏰ {number} 仍未有人接單"),
        (20, cast.desk_group, f"⚠️ {number}"),
        (40, cast.plumbing_group, "第 1 次提醒"),
        (50, cast.managers_group, f"⚠️ {number}"),
        (70, cast.plumbing_group, "第 2 次提醒"),
        (80, head_office, f"⚠️ Harbour View 海景花園：{number}"),
        (100, cast.plumbing_group, "第 3 次提醒"),
    ]
    for minute, chat, text in steps:
        e2e.freeze(SUN_03 + timedelta(minutes=minute))
        await d.wait_for(chat, contains=text, timeout=15)
        await e2e.settle()
    # The desk hears the repeats too.
    desk = await _bot_texts(e2e, cast.desk_group)
    assert len([t for t in desk if "次提醒" in t]) == 3
    plumber = cast.plumbers[0]
    await d.press(plumber, card, text=says("btn-job-take"))
    await d.wait_for(cast.resident, contains=f"accepted by {plumber.first_name}")
    await e2e.settle()
    marks = {c.id: (await d.last(c)).message_id  # type: ignore[union-attr]
             for c in (cast.plumbing_group, cast.desk_group, cast.managers_group, head_office)}
    # Accepted: the ladder stops (the next repeat would have been at 130 minutes).
    e2e.freeze(SUN_03 + timedelta(minutes=200))
    await asyncio.sleep(1.5)  # five sweeper rounds on the new clock
    await e2e.settle()
    for chat in (cast.plumbing_group, cast.desk_group, cast.managers_group, head_office):
        assert not [t for t in await _bot_texts(e2e, chat, marks[chat.id])
                    if t.startswith(("⏰", "⚠️"))]
    assert await _levels(e2e) == Counter({
        "accept-remind": 1, "accept-escalate": 1, "accept-manager": 1,
        "accept-head-office": 1, "accept-repeat": 3})
    managers = [t for t in await _bot_texts(e2e, cast.managers_group) if t.startswith("⚠️")]
    assert len(managers) == 1
    assert len([t for t in await _bot_texts(e2e, head_office) if t.startswith("⚠️")]) == 1


async def test_three_days_down_each_level_once_and_no_stale_reminder(e2e: E2E) -> None:
    cast, head_office = await _start(e2e)
    d = e2e.d
    number = await report_leak(e2e, cast, urgency="Emergency", photos=0)  # type: ignore[arg-type]
    await d.wait_for(cast.plumbing_group, contains=f"派工單 {number}")
    await e2e.settle()
    assert e2e.bot.stop() == 0
    crew_before = len(await _bot_texts(e2e, cast.plumbing_group))
    e2e.freeze(SUN_03 + timedelta(days=3))
    e2e.bot.start()
    await e2e.bot.wait_ready(d)
    await d.wait_for(head_office, contains=f"⚠️ Harbour View 海景花園：{number}", timeout=15)
    await d.wait_for(cast.managers_group, contains=f"⚠️ {number}", timeout=15)
    await d.wait_for(cast.desk_group, contains=f"⚠️ {number}", timeout=15)
    await asyncio.sleep(1.5)
    await e2e.settle()
    # No "still waiting (due …)" reminder and no repeat beside the alerts.
    assert [t for t in (await _bot_texts(e2e, cast.plumbing_group))[crew_before:]
            if t.startswith("⏰")] == []
    assert await _levels(e2e) == Counter({
        "accept-escalate": 1, "accept-manager": 1, "accept-head-office": 1})
    dropped = await _levels(e2e, "deadline-dropped")
    assert dropped == Counter({"accept-remind": 1, "accept-repeat": 1})
    # The ladder has reached its top; the reminders go on every 30 minutes until accepted.
    e2e.freeze(SUN_03 + timedelta(days=3, minutes=30))
    await d.wait_for(cast.plumbing_group, contains=f"⏰ {number}", timeout=15)
    await e2e.settle()
    assert (await _levels(e2e))["accept-repeat"] == 1
