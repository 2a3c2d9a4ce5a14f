"""Complaints through the sandbox, bot in process: the form and its bad input, the desk's
card, who may see and act, names hidden from residents, the reply clock, the satisfaction
question, /complaints."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from domain.model import Locale
from sandbox.driver import BotMessage, Chat, User
from store.tables.infra import AuditRow
from store.tables.tickets import TicketRow
from store.uow import SqlUnitOfWork
from tests.bot.conftest import Stack, says
from tests.bot.office import Cast, staffed_office

EN = Locale.EN
PNG = b"\x89PNG\r\n\x1a\n"


async def file_complaint(stack: Stack, cast: Cast, *, bad_input: bool = False,
                         callback: bool = False, who: User | None = None,
                         text: str = "Rubbish bags left next to lift 2 since Monday",
                         category: str = "cleaning") -> str:
    """The resident fills in the form; returns the complaint number."""
    d, me = stack.d, who or cast.resident

    async def wait(contains: str, after: int) -> BotMessage:
        """A new message (an old one edited meanwhile does not count)."""
        return await d.wait_for(me, contains=contains, after=after, include_edits=False)

    sent = await d.send(me, "/complaint")
    menu = await wait(contains="What is the complaint about", after=sent.message_id)
    assert "open 24 hours" in menu.content and "within 72 hours" in menu.content
    await d.press(me, menu, text=says(f"complaint-cat-{category}", EN))
    ask = await wait(contains="Please tell us what happened", after=menu.message_id)
    last = ask.message_id
    if bad_input:
        for bad, answer in ((None, "a sticker"), (" \u3000 ", "Please fill in the description"),
                            ("x" * 10_000, "Too long: the description has 10000 characters")):
            sent = await (d.send_sticker(me) if bad is None else d.send(me, bad))
            again = await wait(contains=answer, after=sent.message_id)
            assert "Please tell us what happened" in again.content
            last = again.message_id
    sent = await d.send(me, text)
    photos = await wait(contains="You may send up to 5 photos", after=last)
    if bad_input:
        sent = await d.send(me, "no photos, sorry")
        photos = await wait(contains=says("repair-photo-or-done", EN), after=sent.message_id)
    await d.press(me, photos, text=says("btn-no-photos", EN))
    ask_cb = await wait(contains="call you back", after=photos.message_id)
    if bad_input:
        sent = await d.send_sticker(me)
        ask_cb = await wait(contains="a sticker", after=sent.message_id)
    if callback:
        await d.press(me, ask_cb, text=says("complaint-btn-callback-yes", EN))
        times = await wait(contains="good time to call", after=ask_cb.message_id)
        await d.press(me, times, text=says("time-evening", EN))
    else:
        await d.press(me, ask_cb, text=says("complaint-btn-callback-no", EN))
    preview = await wait(contains="Complaint — please check", after=ask_cb.message_id)
    # The draft survived every bad answer.
    assert f"Category: {says(f'complaint-cat-{category}', EN)}" in preview.content
    assert text in preview.content
    await d.press(me, preview, text=says("btn-confirm", EN))
    done = await wait(contains="Your complaint is", after=preview.message_id)
    assert "within 72 hours" in done.content
    return "C-2026-" + done.content.split("C-2026-")[1][:6]


async def card_of(stack: Stack, chat: Chat, number: str, **match: object) -> BotMessage:
    def ok(m: BotMessage) -> bool:
        return f"投訴 {number}" in m.content and all(
            str(v) in m.content for v in match.values())
    return await stack.d.wait_for(chat, predicate=ok)


async def press_card(stack: Stack, user: User, card: BotMessage, key: str) -> str | None:
    pressed = await stack.d.press(user, card, text=says(key))
    answer = await stack.d.callback_answer(pressed)
    return answer.text


async def test_bad_input_is_asked_again_and_the_draft_is_kept(stack: Stack) -> None:
    cast = await staffed_office(stack)
    number = await file_complaint(stack, cast, bad_input=True, callback=True)
    assert number == "C-2026-000001"
    card = await card_of(stack, cast.desk_group, number)
    # Asked for a call back: the desk sees the full number and the window.
    assert "+85291234567" in card.content and says("time-evening") in card.content
    await stack.settle()
    async with stack.db.reader() as s:
        rows = (await s.execute(select(TicketRow.kind, TicketRow.status, TicketRow.category,
                                       TicketRow.preferred_time))).all()
    assert [tuple(r) for r in rows] == [("complaint", "received", "cleaning", "evening")]


async def test_desk_handles_it_and_residents_never_see_staff_names(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d = stack.d
    number = await file_complaint(stack, cast)
    card = await card_of(stack, cast.desk_group, number)
    assert "91234567" not in card.content  # no call back asked: the phone is masked
    # Nothing assigned or linked yet: those lines are left out, never "負責部門：—".
    assert "負責部門" not in card.content and "關聯維修" not in card.content
    assert "—\n" not in card.content and not card.content.endswith("—")
    # A crew member who happens to be in the desk group cannot take it.
    await d.add_member(cast.desk_group, cast.plumbers[0])
    assert await press_card(stack, cast.plumbers[0], card, "complaint-btn-take") == \
        says("complaint-office-only", EN)
    assert await press_card(stack, cast.desk, card, "complaint-btn-take") == \
        says("complaint-yours", EN)
    await d.wait_for(cast.resident, contains=f"{number}: the office is handling")
    card = await card_of(stack, cast.desk_group, number, who="Clerk")
    await d.press(cast.desk, card, text=says("complaint-btn-depts"))
    picker = await d.wait_for(cast.desk_group, predicate=lambda m: m.message_id ==
                              card.message_id and says("dept-cleaning") in str(m.buttons))
    await d.press(cast.desk, picker, text=says("dept-cleaning"))
    await d.wait_for(cast.resident, contains="passed to the Cleaning department")
    card = await card_of(stack, cast.desk_group, number, dept="負責部門：清潔部")
    assert await press_card(stack, cast.desk, card, "complaint-btn-reply") == \
        says("check-private-chat", EN)
    ask = await d.wait_for(cast.desk, contains=f"{number}: write the reply")
    sent = await d.send_sticker(cast.desk)
    await d.wait_for(cast.desk, contains="Please send the reply as text", after=sent.message_id)
    await d.send(cast.desk, "The cleaners removed the bags this morning. Sorry!")
    await d.wait_for(cast.desk, contains="the reply was sent", after=ask.message_id)
    reply = await d.wait_for(cast.resident, contains="Reply on your complaint")
    assert "removed the bags" in reply.content and "Management office" in reply.content
    assert [b.text for b in reply.all_buttons] == [says(f"complaint-btn-res-{op}", EN)
                                                   for op in ("answer", "ok", "no")]
    thread = await d.wait_for(cast.desk_group, contains="已回覆住戶")
    assert thread.reply_to_message_id == card.message_id
    # Nothing the resident received names the staff member.
    for m in await d.messages(cast.resident, from_bot=True):
        assert "Clerk" not in m.content
    # The neighbour cannot see or press anything of it.
    forged = await d.press(cast.neighbour, (cast.neighbour.id, 1), "cr1:ok:1", forge=True)
    assert (await d.callback_answer(forged)).show_alert
    sent = await d.send(cast.neighbour, "/my")
    mine = await d.wait_for(cast.neighbour, contains="no requests yet", after=sent.message_id)
    assert number not in mine.content
    sent = await d.send(cast.resident, "/my")
    mine = await d.wait_for(cast.resident, contains=number, after=sent.message_id)
    assert "Cleaning" in mine.content and "replied" in mine.content
    # Crew cannot open it by number; the desk can.
    sent = await d.send(cast.plumbers[0], f"/ticket {number}")
    await d.wait_for(cast.plumbers[0], contains=says("ticket-not-found", EN),
                     after=sent.message_id)
    sent = await d.send(cast.desk, f"/ticket {number}")
    detail = await d.wait_for(cast.desk, contains="History", after=sent.message_id)
    assert "replied" in detail.content and "removed the bags" in detail.content


async def test_staff_names_shown_when_the_office_enables_it(stack: Stack) -> None:
    cast = await staffed_office(stack)
    async with SqlUnitOfWork(stack.db.writer()) as uow:
        await uow.estates.update(cast.codes.estate.id, settings={
            "locale": "zh-Hant", "complaints": {"show_staff_names": True}})
        await uow.commit()
    number = await file_complaint(stack, cast)
    card = await card_of(stack, cast.desk_group, number)
    await press_card(stack, cast.manager, card, "complaint-btn-take")
    await stack.d.wait_for(cast.resident, contains=f"{number}: Boss of the office is handling")
    card = await card_of(stack, cast.desk_group, number, who="Boss")
    await press_card(stack, cast.manager, card, "complaint-btn-reply")
    await stack.d.wait_for(cast.manager, contains="write the reply")
    await stack.d.send(cast.manager, "Done.")
    reply = await stack.d.wait_for(cast.resident, contains="Reply on your complaint")
    assert "Boss, management office" in reply.content


async def test_desk_closes_with_reason_and_the_resident_rates_once(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d = stack.d
    number = await file_complaint(stack, cast)
    card = await card_of(stack, cast.desk_group, number)
    await press_card(stack, cast.desk, card, "complaint-btn-close")
    await d.wait_for(cast.desk, contains="why is the complaint closed")
    await d.send(cast.desk, "Building contractor's rubbish; removed by the contractor")
    await d.wait_for(cast.resident, contains="the office closed your complaint: Building")
    question = await d.wait_for(cast.resident, contains=f"{number} is closed. How satisfied")
    closed = await card_of(stack, cast.desk_group, number, status=says("status-closed"))
    assert not closed.buttons
    assert (await d.wait_for(cast.desk_group, contains=f"☑️ {number}")).reply_to_message_id == \
        card.message_id
    forged = await d.press(cast.neighbour, (cast.neighbour.id, 1), "sat1:1:5", forge=True)
    assert (await d.callback_answer(forged)).show_alert
    await d.press(cast.resident, question, text="3 ⭐⭐⭐")
    await d.wait_for(cast.resident, predicate=lambda m: m.message_id == question.message_id
                     and "your answer: 3 of 5" in m.content)
    again = await d.press(cast.resident, question, "sat1:1:5", forge=True)
    assert (await d.callback_answer(again)).show_alert
    await stack.settle()
    async with stack.db.reader() as s:
        row = (await s.execute(select(TicketRow.status, TicketRow.satisfaction))).one()
        audited = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.action == "satisfaction"))
    assert tuple(row) == ("closed", 3) and audited == 1


async def test_reply_clock_reminds_the_desk_and_escalates_once(stack: Stack) -> None:
    cast = await staffed_office(stack)
    number = await file_complaint(stack, cast)  # Friday 10:00; reply due Monday 10:00
    card = await card_of(stack, cast.desk_group, number)
    stack.clock.advance(timedelta(hours=48, minutes=1))  # Sunday 10:01
    await stack.sweep()
    remind = await stack.d.wait_for(cast.desk_group, contains=f"⏰ {number}")
    assert remind.reply_to_message_id == card.message_id and "24" in remind.content
    # Monday 10:01: the 6-hour reminder's moment (until 10:00) has passed; only the alert.
    stack.clock.advance(timedelta(hours=24))
    await stack.sweep()
    await stack.sweep()
    await stack.d.wait_for(cast.managers_group, contains=f"⚠️ {number}")
    alerts = [m for m in await stack.d.messages(cast.managers_group, from_bot=True)
              if m.content.startswith(f"⚠️ {number}")]
    reminders = [m for m in await stack.d.messages(cast.desk_group, from_bot=True)
                 if m.content.startswith("⏰")]
    assert len(alerts) == 1 and len(reminders) == 1


async def test_complaints_week_on_demand_in_the_managers_group(stack: Stack) -> None:
    cast = await staffed_office(stack)
    number = await file_complaint(stack, cast)
    sent = await stack.d.send(cast.manager, "/complaints", chat=cast.managers_group)
    listing = await stack.d.wait_for(cast.managers_group, contains="未完成投訴",
                                     after=sent.message_id)
    assert number in listing.content
    sent = await stack.d.send(cast.manager, "/complaints week", chat=cast.managers_group)
    text = await stack.d.wait_for(cast.managers_group,
                                  contains="投訴每週統計：第48週（11月23日至29日）",
                                  after=sent.message_id)
    assert "接獲投訴：1 宗" in text.content and "· 清潔：1" in text.content
    chart = await stack.d.wait_for(cast.managers_group, predicate=lambda m: bool(
        m.photo_file_id), after=sent.message_id)
    assert "第48週（11月23日至29日）" in chart.content
    assert (await stack.d.file_bytes(chart.photo_file_id or "")).startswith(PNG)
    # Crew may not ask for it.
    sent = await stack.d.send(cast.plumbers[0], "/complaints week")
    await stack.d.wait_for(cast.plumbers[0], contains=says("complaint-office-only", EN),
                           after=sent.message_id)


async def test_linked_repair_closes_then_the_satisfaction_question(stack: Stack) -> None:
    """The department's work is a repair: linking it, and closing the repair through the
    callback asks the reporter the one satisfaction question and tells the desk thread."""
    from tests.bot.test_repair_flow import JPEG, report_leak

    cast = await staffed_office(stack)
    d = stack.d
    repair_no = await report_leak(stack, cast, photos=0)
    number = await file_complaint(stack, cast, text="The lobby ceiling leaks onto the floor")
    card = await card_of(stack, cast.desk_group, number)
    await press_card(stack, cast.desk, card, "complaint-btn-link")
    ask = await d.wait_for(cast.desk, contains="which repair carries the work")
    sent = await d.send(cast.desk, "R-2026-000099")
    await d.wait_for(cast.desk, contains="There is no repair R-2026-000099",
                     after=sent.message_id)
    await d.send(cast.desk, repair_no)
    await d.wait_for(cast.desk, contains="the repair is linked", after=ask.message_id)
    await d.wait_for(cast.resident, contains=f"a repair job ({repair_no}) carries the work")
    await card_of(stack, cast.desk_group, number, linked=f"關聯維修：{repair_no}")
    # The repair runs its own course and closes through the desk's callback.
    plumber = cast.plumbers[0]
    job = await d.wait_for(cast.plumbing_group, contains=f"派工單 {repair_no}")
    await d.press(plumber, job, text=says("btn-job-take"))
    taken = await d.wait_for(cast.plumbing_group, predicate=lambda m: m.message_id ==
                             job.message_id and says("status-accepted") in m.content)
    await d.press(plumber, taken, text=says("btn-job-done"))
    await d.wait_for(plumber, contains="photo of the finished work")
    await d.send_photo(plumber, JPEG)
    fixed = await d.wait_for(cast.resident, contains="Is it fixed?")
    await d.press(cast.resident, fixed, text=says("btn-fixed-yes", EN))
    stars = await d.wait_for(cast.resident, predicate=lambda m: m.message_id ==
                             fixed.message_id and bool(m.buttons) and "⭐" in
                             m.buttons[0][0].text)
    await d.press(cast.resident, stars, text="⭐⭐⭐⭐")
    task = await d.wait_for(cast.desk_group, contains=f"回訪 {repair_no}")
    await d.press(cast.desk, task, text=says("btn-cb-satisfied"))
    await d.wait_for(cast.resident, contains=f"{repair_no}: closed")
    question = await d.wait_for(cast.resident, contains=f"{repair_no} is closed. How satisfied")
    note = await d.wait_for(cast.desk_group, contains=f"🔧 {number}")
    assert repair_no in note.content and note.reply_to_message_id == card.message_id
    await d.press(cast.resident, question, text="5 ⭐⭐⭐⭐⭐")
    await d.wait_for(cast.resident, predicate=lambda m: m.message_id == question.message_id
                     and "your answer: 5 of 5" in m.content)
    await stack.settle()
    async with stack.db.reader() as s:
        rows = dict((await s.execute(select(TicketRow.number, TicketRow.satisfaction))).all())
    assert rows == {repair_no: 5, number: None}
