"""Complaints through the real process with the bot's clock frozen: the whole loop from filing
to the resident's rating, and the Monday 09:00 weekly statistics (text and chart)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from domain.model import Locale
from sandbox.driver import BotMessage
from store.tables.infra import AuditRow
from store.tables.tickets import TicketRow
from tests.bot.conftest import says
from tests.bot.office import Cast, staffed_office
from tests.bot.test_complaint_flow import PNG, card_of, file_complaint, press_card
from tests.e2e.conftest import E2E

EN = Locale.EN
FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)   # Friday 10:00 in Hong Kong
TUE_10 = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)   # Tuesday 10:00, week 2026-W48
MON_0900 = datetime(2026, 11, 30, 1, 0, 30, tzinfo=UTC)  # Monday 09:00:30, week W49


async def start(e2e: E2E, at: datetime) -> Cast:
    e2e.freeze(at)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    return await staffed_office(e2e)


async def desk_replies(e2e: E2E, cast: Cast, number: str, text: str) -> BotMessage:
    """The desk presses Reply on the card and writes privately; returns the resident's copy."""
    d = e2e.d
    card = await card_of(e2e, cast.desk_group, number)  # type: ignore[arg-type]
    mark = (await d.last(cast.desk)).message_id  # type: ignore[union-attr]
    await press_card(e2e, cast.desk, card, "complaint-btn-reply")  # type: ignore[arg-type]
    await d.wait_for(cast.desk, contains=f"{number}: write the reply", after=mark)
    await d.send(cast.desk, text)
    return await d.wait_for(cast.resident, contains=text)


async def test_file_take_assign_reply_answer_reopen_rate_close(e2e: E2E) -> None:
    cast = await start(e2e, FRI_10)
    d = e2e.d
    number = await file_complaint(e2e, cast, bad_input=True)  # type: ignore[arg-type]
    card = await card_of(e2e, cast.desk_group, number)  # type: ignore[arg-type]
    assert says("complaint-cat-cleaning") in card.content and "A-12B" in card.content
    assert await press_card(e2e, cast.desk, card, "complaint-btn-take") == \
        says("complaint-yours", EN)  # type: ignore[arg-type]
    await d.wait_for(cast.resident, contains=f"{number}: the office is handling")
    card = await card_of(e2e, cast.desk_group, number, who="Clerk")  # type: ignore[arg-type]
    await d.press(cast.desk, card, text=says("complaint-btn-depts"))
    picker = await d.wait_for(cast.desk_group, predicate=lambda m: m.message_id ==
                              card.message_id and says("dept-cleaning") in str(m.buttons))
    await d.press(cast.desk, picker, text=says("dept-cleaning"))
    await d.wait_for(cast.resident, contains="passed to the Cleaning department")
    # The cleaning department's answer reaches the resident, unsigned by name.
    first = await desk_replies(e2e, cast, number, "Cleaning removed the bags at 11:00.")
    assert "Clerk" not in first.content
    # The resident writes back: it appears under the card in the desk group.
    await d.press(cast.resident, first, text=says("complaint-btn-res-answer", EN))
    await d.wait_for(cast.resident, contains="write your answer to the office")
    await d.send(cast.resident, "Thanks, but they are back tonight.")
    answer = await d.wait_for(cast.desk_group, contains="they are back tonight")
    assert answer.reply_to_message_id == card.message_id
    # Saturday, not satisfied: reopened with a new 72-hour clock.
    e2e.freeze(FRI_10 + timedelta(days=1))
    await d.press(cast.resident, first, text=says("complaint-btn-res-no", EN))
    await d.wait_for(cast.resident, contains="What is still not right")
    await d.send(cast.resident, "Bags again next to lift 2")
    reopened = await d.wait_for(cast.desk_group, contains=f"↩️ {number}")
    assert "Bags again" in reopened.content and "12月1日（二）10:00" in reopened.content
    await d.wait_for(cast.desk_group, predicate=lambda m: m.message_id == card.message_id
                     and says("status-in_progress") in m.content)
    second = await desk_replies(e2e, cast, number, "A notice went to every floor; extra "
                                                   "rounds at 22:00.")
    # The first reply lost its buttons; the newest carries them.
    old = await d.wait_for(cast.resident, predicate=lambda m: m.message_id ==
                           first.message_id and not m.buttons)
    assert old.edit_count >= 1
    await d.press(cast.resident, second, text=says("complaint-btn-res-ok", EN))
    stars = await d.wait_for(cast.resident, predicate=lambda m: m.message_id ==
                             second.message_id and bool(m.buttons) and "⭐" in
                             m.buttons[0][0].text)
    await d.press(cast.resident, stars, text="⭐⭐⭐⭐")
    await d.wait_for(cast.resident, contains=f"{number}: closed. Thank you for your rating")
    closed = await d.wait_for(cast.desk_group, predicate=lambda m: m.message_id ==
                              card.message_id and says("status-closed") in m.content)
    assert not closed.buttons
    await d.wait_for(cast.desk_group, contains=f"✅ {number}")
    await e2e.settle()
    # The rating answered the satisfaction question: it is not asked again.
    assert not [m for m in await d.messages(cast.resident, from_bot=True)
                if "How satisfied" in m.content]
    async with e2e.db.reader() as s:
        row = (await s.execute(select(
            TicketRow.status, TicketRow.department, TicketRow.rating, TicketRow.satisfaction,
            TicketRow.reopen_count, TicketRow.replied_at))).one()
        actions = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.entity == "ticket").order_by(AuditRow.id)))
    assert tuple(row) == ("closed", "cleaning", 4, 4, 1, FRI_10)
    assert actions == ["created", "taken", "department", "replied", "answered", "reopened",
                       "replied", "satisfied", "satisfaction"]
    assert e2e.bot.stop() == 0
    assert "Traceback" not in e2e.bot.log()


async def test_monday_0900_weekly_statistics_with_chart(e2e: E2E) -> None:
    cast = await start(e2e, TUE_10)
    d = e2e.d
    answered = await file_complaint(e2e, cast)  # type: ignore[arg-type]
    overdue = await file_complaint(e2e, cast, category="noise",  # type: ignore[arg-type]
                                   text="Drilling upstairs every morning at 7")
    reply = await desk_replies(e2e, cast, answered, "The bags are gone.")
    await d.press(cast.resident, reply, text=says("complaint-btn-res-ok", EN))
    stars = await d.wait_for(cast.resident, predicate=lambda m: m.message_id ==
                             reply.message_id and bool(m.buttons) and "⭐" in
                             m.buttons[0][0].text)
    await d.press(cast.resident, stars, text="⭐⭐⭐⭐⭐")
    await d.wait_for(cast.resident, contains=f"{answered}: closed")
    await e2e.settle()
    # Monday 09:00:30 of the next week: the sweeper sends last week's statistics, once.
    e2e.freeze(MON_0900)
    text = await d.wait_for(cast.managers_group, contains="投訴每週統計：第48週（11月23日至29日）",
                              timeout=20)
    chart = await d.wait_for(cast.managers_group, predicate=lambda m: bool(m.photo_file_id)
                             and "投訴類別統計" in m.content and "第48週" in m.content,
                             timeout=20)
    body = text.content
    for expected in ("截至 11月30日（一）09:00", "接獲投訴：2 宗", "· 清潔：1", "· 噪音：1",
                     "· 已結案：1", "· 已收到：1",
                     "72 小時內回覆（按每輪回覆計，重開的投訴另計一輪）：50%（2 輪中 1 輪）",
                     "現時逾期未覆（1 宗）", overdue, "本週結案：1 宗",
                     "平均評分：5 ⭐（1 個評分）"):
        assert expected in body, expected
    assert answered not in body  # answered in time and closed: not in the overdue list
    png = await d.file_bytes(chart.photo_file_id or "")
    assert png.startswith(PNG) and len(png) > 5000
    # The overdue complaint was escalated to the managers once on the way.
    await d.wait_for(cast.managers_group, contains=f"⚠️ {overdue}")
    e2e.freeze(MON_0900 + timedelta(hours=1))
    await e2e.settle()
    e2e.freeze(MON_0900 + timedelta(hours=2))
    await e2e.settle()
    messages = await d.messages(cast.managers_group, from_bot=True)
    assert len([m for m in messages if "投訴每週統計" in m.content]) == 1
    # One complaint chart (the Monday status deck's album of charts goes there too).
    assert len([m for m in messages if m.photo_file_id and "投訴類別統計" in m.content]) == 1
    assert len([m for m in messages if m.content.startswith(f"⚠️ {overdue}")]) == 1
