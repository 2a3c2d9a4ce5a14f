"""Repairs through the real process: the whole loop, an emergency at 3 a.m. on a Sunday, and a
normal request at 19:00 on a Friday, with the bot's clock frozen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from domain.model import Locale
from store.tables.infra import AuditRow
from store.tables.tickets import TicketRow
from tests.bot.conftest import says
from tests.bot.office import staffed_office
from tests.bot.test_repair_flow import JPEG, private_answer, report_leak
from tests.e2e.conftest import E2E

EN = Locale.EN
FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)       # Friday 10:00 in Hong Kong
FRI_19 = datetime(2026, 11, 27, 11, 0, tzinfo=UTC)      # Friday 19:00
SUN_03 = datetime(2026, 11, 28, 19, 0, tzinfo=UTC)      # Sunday 03:00


async def start(e2e: E2E, at: datetime):  # type: ignore[no-untyped-def]
    e2e.freeze(at)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    return await staffed_office(e2e)


async def test_whole_loop_with_photos_reopen_and_rework(e2e: E2E) -> None:
    cast = await start(e2e, FRI_10)
    d = e2e.d
    number = await report_leak(e2e, cast)  # type: ignore[arg-type]
    card = await d.wait_for(cast.plumbing_group, contains=f"派工單 {number}")
    plumber = cast.plumbers[0]
    await d.press(plumber, card, text=says("btn-job-take"))
    await d.wait_for(cast.resident, contains=f"accepted by {plumber.first_name}")
    taken = await d.wait_for(cast.plumbing_group, predicate=lambda m: m.message_id ==
                             card.message_id and says("status-accepted") in m.content)
    await d.press(plumber, taken, text=says("btn-job-done"))
    await private_answer(e2e, plumber, "photo of the finished work", photo=True)  # type: ignore[arg-type]
    done = await d.wait_for(cast.resident, contains="Is it fixed?")
    await d.press(cast.resident, done, text=says("btn-fixed-no", EN))
    await private_answer(e2e, cast.resident, "What is still wrong", "Still dripping")  # type: ignore[arg-type]
    card2 = await d.wait_for(cast.plumbing_group, contains="Still dripping")
    await d.press(plumber, card2, text=says("btn-job-take"))
    taken2 = await d.wait_for(cast.plumbing_group, predicate=lambda m: m.message_id ==
                              card2.message_id and says("status-accepted") in m.content)
    mark = (await d.last(plumber)).message_id  # type: ignore[union-attr]
    await d.press(plumber, taken2, text=says("btn-job-done"))
    await d.wait_for(plumber, contains="photo of the finished work", after=mark)
    await d.send_photo(plumber, JPEG)
    done2 = await d.wait_for(cast.resident, contains="Is it fixed?", after=done.message_id,
                             include_edits=False)
    await d.press(cast.resident, done2, text=says("btn-fixed-yes", EN))
    stars = await d.wait_for(cast.resident, predicate=lambda m: m.message_id ==
                             done2.message_id and bool(m.buttons) and "⭐" in m.buttons[0][0].text)
    await d.press(cast.resident, stars, text="⭐⭐⭐")
    task = await d.wait_for(cast.desk_group, contains=f"回訪 {number}")
    await d.press(cast.desk, task, text=says("btn-cb-problem"))
    await private_answer(e2e, cast.desk, "what problem", "Paint is peeling")  # type: ignore[arg-type]
    rework = await d.wait_for(cast.plumbing_group, contains="整改通知")
    await d.press(plumber, rework, text=says("btn-job-ack"))
    working = await d.wait_for(cast.plumbing_group, predicate=lambda m: m.message_id ==
                               rework.message_id and says("status-accepted") in m.content)
    mark = (await d.last(plumber)).message_id  # type: ignore[union-attr]
    await d.press(plumber, working, text=says("btn-job-done"))
    await d.wait_for(plumber, contains="photo of the finished work", after=mark)
    await d.send_photo(plumber, JPEG)
    done3 = await d.wait_for(cast.resident, contains="Is it fixed?", after=done2.message_id,
                             include_edits=False)
    await d.press(cast.resident, done3, text=says("btn-fixed-yes", EN))
    stars = await d.wait_for(cast.resident, predicate=lambda m: m.message_id ==
                             done3.message_id and bool(m.buttons) and "⭐" in m.buttons[0][0].text)
    await d.press(cast.resident, stars, text="⭐⭐⭐⭐⭐")
    task2 = await d.wait_for(cast.desk_group, contains=f"回訪 {number}", after=task.message_id,
                             include_edits=False)
    await d.press(cast.desk, task2, text=says("btn-cb-satisfied"))
    await d.wait_for(cast.resident, contains=f"{number}: closed")
    await e2e.settle()
    async with e2e.db.reader() as s:
        row = (await s.execute(select(TicketRow.status, TicketRow.reopen_count,
                                      TicketRow.rating))).one()
    assert tuple(row) == ("closed", 1, 5)


async def test_emergency_at_3am_sunday_pages_the_on_call_plumber(e2e: E2E) -> None:
    cast = await start(e2e, SUN_03)
    d = e2e.d
    on_call = cast.plumbers[1]
    await d.send(on_call, "/oncall")
    await d.wait_for(on_call, contains="You are on call")
    number = await report_leak(e2e, cast, urgency="Emergency", photos=0)  # type: ignore[arg-type]
    await d.wait_for(cast.resident, contains="Emergency")
    page = await d.wait_for(on_call, contains="You are on call: emergency repair")
    assert number in page.content
    await d.press(on_call, page, text=says("btn-job-take", EN))
    await d.wait_for(cast.resident, contains=f"accepted by {on_call.first_name}")
    await d.wait_for(cast.plumbing_group, contains=on_call.first_name)
    await e2e.settle()
    async with e2e.db.reader() as s:
        accept_due, accepted = (await s.execute(select(TicketRow.accept_due,
                                                       TicketRow.accepted_at))).one()
    # Never delayed: the acceptance clock ran at 3 a.m. (10 minutes, 24/7).
    assert accept_due == SUN_03 + timedelta(minutes=10)
    assert accepted == SUN_03


async def test_friday_evening_request_waits_for_saturday_and_climbs_the_ladder(e2e: E2E) -> None:
    cast = await start(e2e, FRI_19)
    d = e2e.d
    number = await report_leak(e2e, cast, photos=0)  # type: ignore[arg-type]
    reply = await d.wait_for(cast.resident, contains="office is closed now")
    assert "Sat 28 Nov 09:00" in reply.content
    await d.wait_for(cast.plumbing_group, contains=f"派工單 {number}")
    # Saturday 09:31: past the 30 office minutes -> a reminder in the crew group.
    e2e.freeze(datetime(2026, 11, 28, 1, 31, tzinfo=UTC))
    await d.wait_for(cast.plumbing_group, contains=f"⏰ {number}", timeout=15)
    # 10:01: the desk is alerted; two office hours later (12:01) the managers, each once.
    e2e.freeze(datetime(2026, 11, 28, 2, 1, tzinfo=UTC))
    await d.wait_for(cast.desk_group, contains=f"⚠️ {number}", timeout=15)
    await e2e.settle()
    assert not [m for m in await d.messages(cast.managers_group, from_bot=True)
                if m.content.startswith("⚠️")]
    e2e.freeze(datetime(2026, 11, 28, 4, 1, tzinfo=UTC))
    await d.wait_for(cast.managers_group, contains=f"⚠️ {number}", timeout=15)
    e2e.freeze(datetime(2026, 11, 28, 5, 0, tzinfo=UTC))
    await e2e.settle()
    for group in (cast.desk_group, cast.managers_group):
        alerts = [m for m in await d.messages(group, from_bot=True)
                  if m.content.startswith("⚠️")]
        assert len(alerts) == 1
    async with e2e.db.reader() as s:
        levels = list(await s.scalars(select(AuditRow.to_state).where(
            AuditRow.action == "deadline")))
    # The reminder repeated at 11:30 (two office hours after 09:30) was found beside the
    # managers' alert at 12:01 and dropped.
    assert sorted(levels) == ["accept-escalate", "accept-manager", "accept-remind"]
