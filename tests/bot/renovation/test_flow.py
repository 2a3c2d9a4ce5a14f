"""Renovation through the sandbox, bot in process: the whole life of an application (see
`renovation_loop.whole_loop`), and bad input at the form's steps."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from domain.model import Locale
from store.tables.infra import AuditRow
from store.tables.tickets import FileRow, TicketRow
from tests.bot.conftest import Stack, says
from tests.bot.renovation.loop import whole_loop
from tests.bot.renovation.steps import (
    JPEG,
    PDF,
    RenoCast,
    card,
    edited,
    fill_form,
    press_card,
    renovation_office,
    submit,
)

EN = Locale.EN
ZH = Locale.ZH_HANT


async def test_application_from_form_to_closed(stack: Stack) -> None:
    cast = await renovation_office(stack)

    async def at(when: datetime) -> None:
        stack.clock.set(when)
        await stack.sweep()

    assert await whole_loop(stack, cast, at) == "F-2026-000001"
    # The records go to the desk as a spreadsheet; a plumber may not have them.
    await stack.d.send(cast.desk, "/renovations")
    sheet = await stack.d.wait_for(cast.desk, contains="Renovation records of")
    assert sheet.document is not None and sheet.document.file_name.endswith(".xlsx")
    await stack.d.send(cast.plumbers[0], "/renovations")
    await stack.d.wait_for(cast.plumbers[0], contains=says("reno-export-office-only", EN))


async def test_bad_input_keeps_the_draft(stack: Stack) -> None:
    cast = await renovation_office(stack)
    d, me = stack.d, cast.resident
    await d.send(me, "/renovate")
    works = await d.wait_for(me, contains="What works will be done?")
    await d.press(me, works, text=says("btn-reno-next", EN))
    await d.wait_for(me, contains="Describe the works")
    await d.send(me, "Repaint all walls")
    start = await d.wait_for(me, contains="When do the works start?")
    # A photo where a date is expected: a clear answer, the same question, the draft kept.
    await d.send_photo(me, JPEG)
    hint = await d.wait_for(me, contains="I received a photo", after=start.message_id)
    assert "type the date like 1/12/2026" in hint.content
    await d.send(me, "next tuesday")
    await d.wait_for(me, contains="I cannot read that date", after=hint.message_id)
    await d.send(me, "2026-11-27")  # today: too soon
    await d.wait_for(me, contains="at the earliest", after=hint.message_id)
    await d.send(me, "1/12/2026")
    end = await d.wait_for(me, contains="When do they end? (start: Tue 1 Dec)")
    await d.send(me, "2026-11-30")
    await d.wait_for(me, contains="cannot be before the start", after=end.message_id)
    await d.send(me, "2026-12-05")
    await d.wait_for(me, contains="The contractor")
    await d.send(me, "x" * 10_000)
    await d.wait_for(me, contains="Too long")
    await d.send(me, "Lee Decoration Co.")
    await d.wait_for(me, contains="phone number")
    await d.send(me, "call me")
    await d.wait_for(me, contains="That is not a phone number")
    await d.send(me, "+852 2345 6789")
    ask = await d.wait_for(me, contains="Send the drawings")
    # A file too large and a file of the wrong type: refused with the reason, still asked.
    await d.send_document(me, PDF, "huge.pdf", "application/pdf", claimed_size=50 * 1024 * 1024)
    await d.wait_for(me, contains="That file is too big", after=ask.message_id)
    await d.send_document(me, b"PK\x03\x04" + bytes(100), "plan.docx",
                          "application/vnd.openxmlformats-officedocument.wordprocessingml"
                          ".document")
    await d.wait_for(me, contains="That kind of file is not accepted", after=ask.message_id)
    await d.send(me, "here it is")
    await d.wait_for(me, contains="Please send a drawing as a file", after=ask.message_id)
    await d.send_sticker(me)
    await d.wait_for(me, contains="I received a sticker", after=ask.message_id)
    await d.send_document(me, PDF, "plan.pdf", "application/pdf")
    count = await d.wait_for(me, contains="Received 1 drawing")
    await d.press(me, count, text=says("btn-reno-drawings-done", EN))
    crew = await d.wait_for(me, contains="Workers on site (0)")
    await d.press(me, crew, text=says("btn-reno-worker-add", EN))
    await d.wait_for(me, contains="full name")
    await d.send(me, "Ho Ka Ming")
    await d.wait_for(me, contains="ID card")
    await d.send(me, "I have no photo")
    await d.wait_for(me, contains=says("file-not-photo", EN))
    await d.send_photo(me, JPEG, claimed_size=30 * 1024 * 1024)
    await d.wait_for(me, contains="That file is too big")
    sent = await d.send_document(me, b"MZ\x90\x00" + bytes(300), "id.jpg", "image/jpeg")
    await d.wait_for(me, contains=says("file-not-photo", EN), after=sent.message_id)
    await d.send_photo(me, JPEG)
    face = await d.wait_for(me, contains="A photo of Ho Ka Ming (the face")
    await d.send(me, "no photo of him")  # text where a photo is wanted: asked again
    await d.wait_for(me, contains=says("file-not-photo", EN), after=face.message_id)
    await d.send_photo(me, JPEG + b"face")
    await d.wait_for(me, contains="Ho Ka Ming's phone number")
    await d.send(me, "61234567")
    crew = await d.wait_for(me, contains="Workers on site (1)")
    await d.press(me, crew, text=says("btn-reno-workers-done", EN))
    rules = await d.wait_for(me, contains="Renovation rules of")
    await d.press(me, rules, text=says("btn-reno-accept", EN))
    preview = await d.wait_for(me, contains="please check")
    # Everything typed before the mistakes is still there.
    for part in ("Repaint all walls", "Tue 1 Dec to Sat 5 Dec", "Lee Decoration Co.",
                 "+85223456789", "Drawings: 1", "Workers: Ho Ka Ming"):
        assert part in preview.content, part
    await stack.settle()
    async with stack.db.reader() as s:
        assert await s.scalar(select(func.count()).select_from(TicketRow)) == 0


async def approve_all(stack: Stack, cast: RenoCast, number: str) -> None:
    for group, who in ((cast.desk_group, cast.desk), (cast.supervisors_group, cast.supervisor),
                       (cast.managers_group, cast.manager)):
        await press_card(stack, who, await card(stack, group, number),
                            text=says("btn-reno-approve", ZH))


async def test_review_clock_reminds_then_escalates_once(stack: Stack) -> None:
    cast = await renovation_office(stack)
    number = await submit(stack, cast.resident, await fill_form(stack, cast.resident,
                                                                workers=0))
    desk_card = await card(stack, cast.desk_group, number)
    # Friday 10:00 + 1 open day (this estate opens at weekends): a reminder to the desk.
    stack.clock.set(datetime(2026, 11, 28, 2, 0, tzinfo=UTC))
    await stack.sweep()
    await stack.d.wait_for(cast.desk_group, contains=f"⏰ {number}")
    await press_card(stack, cast.desk, desk_card, text=says("btn-reno-approve", ZH))
    sup_card = await card(stack, cast.supervisors_group, number)
    # Sunday 10:00: overdue while with the supervisor; the managers are told once and the
    # supervisor's card says so.
    stack.clock.set(datetime(2026, 11, 29, 2, 0, tzinfo=UTC))
    await stack.sweep()
    alert = await stack.d.wait_for(cast.managers_group, contains=f"⚠️ {number}")
    assert says("status-tech_review", ZH) in alert.content
    await edited(stack, cast.supervisors_group, sup_card, "已逾期")
    stack.clock.set(datetime(2026, 11, 30, 2, 0, tzinfo=UTC))
    await stack.sweep()
    alerts = [m for m in await stack.d.messages(cast.managers_group, from_bot=True)
              if m.content.startswith("⚠️") and not m.document]  # not Monday's deck, late
    assert len(alerts) == 1


async def test_workers_added_and_removed_after_approval(stack: Stack) -> None:
    cast = await renovation_office(stack)
    d, me = stack.d, cast.resident
    number = await submit(stack, me, await fill_form(stack, me, workers=1))
    await approve_all(stack, cast, number)
    pay = await d.wait_for(cast.desk_group, contains="💰")
    await press_card(stack, cast.desk, pay, text=says("btn-reno-paid", ZH))
    await d.wait_for(me, contains=f"{number}-P01")
    await d.send(me, "/renovate")
    hub = await d.wait_for(me, contains="Your renovation applications")
    await d.press(me, hub, text=f"{number} ({says('status-works', EN)})")
    mine = await d.wait_for(me, contains=f"{number} (A-12B)", after=hub.message_id)
    await d.press(me, mine, text=says("btn-reno-add-worker", EN))
    await d.wait_for(me, contains="full name", after=mine.message_id)
    await d.send(me, "Wong Ah Sam")
    await d.wait_for(me, contains="ID card", after=mine.message_id)
    await d.send_photo(me, JPEG)
    face = await d.wait_for(me, contains="A photo of Wong Ah Sam (the face", after=mine.message_id)
    await d.press(me, face, text=says("btn-reno-face-skip", EN))
    await d.wait_for(me, contains="phone number", after=mine.message_id)
    await d.send(me, "6111 2222")
    await d.wait_for(me, contains="Wong Ah Sam was sent to the office")
    ask = await d.wait_for(cast.desk_group, contains="Wong Ah Sam")
    pressed = await press_card(stack, cast.desk, ask, text=says("btn-reno-ids", ZH))
    assert (await d.callback_answer(pressed)).text == says("reno-ids-sent", EN)
    await d.wait_for(cast.desk, contains="ID card of Wong Ah Sam")
    await press_card(stack, cast.desk, ask, text=says("btn-reno-approve", ZH))
    await d.wait_for(me, contains=f"{number}-P02")
    await d.wait_for(cast.security_group, contains=f"{number}-P02 Wong Ah Sam")
    # The first worker leaves: the desk confirms and security hears the pass came back.
    await d.press(me, mine, text=says("btn-reno-remove-worker", EN))
    pick = await d.wait_for(me, contains="Which worker leaves", after=mine.message_id)
    await d.press(me, pick, text="Ho Ka Ming")
    await d.wait_for(me, contains="The office will confirm that Ho Ka Ming leaves")
    leave = await d.wait_for(cast.desk_group, contains="Ho Ka Ming", after=ask.message_id,
                             include_edits=False)
    await press_card(stack, cast.desk, leave, text=says("btn-reno-approve", ZH))
    await d.wait_for(cast.security_group, contains="🔙")
    await d.wait_for(me, contains="Ho Ka Ming is off the job")


async def test_final_inspection_checks_each_open_notice(stack: Stack) -> None:
    """Issue 12 item 4: a pass with notice V1 still open is refused (naming V1) and tells the
    owner nothing; the card lists V1 with a button to confirm it rectified, then the pass
    goes through."""
    cast = await renovation_office(stack)
    d, me = stack.d, cast.resident
    number = await submit(stack, me, await fill_form(stack, me, workers=1))
    await approve_all(stack, cast, number)
    pay = await d.wait_for(cast.desk_group, contains="💰")
    await press_card(stack, cast.desk, pay, text=says("btn-reno-paid", ZH))
    await d.wait_for(me, contains=f"{number}-P01")
    stack.clock.set(datetime(2026, 12, 1, 2, 0, tzinfo=UTC))  # Tuesday 10:00: a round
    await stack.sweep()
    round1 = await d.wait_for(cast.supervisors_group, contains="12月1日（二） 10:00")
    await press_card(stack, cast.supervisor, round1, text=says("btn-reno-insp-bad", ZH))
    await d.wait_for(cast.supervisor, contains="what is wrong")
    await d.send(cast.supervisor, "Debris in the lift lobby")
    got = await d.wait_for(cast.supervisor, contains="Send photos of it")
    await press_card(stack, cast.supervisor, got, text=says("btn-no-photos", EN))
    await d.wait_for(me, contains=f"Rectification notice {number}-V1")
    # The owner reports completion the same afternoon, before the follow-up is due.
    stack.clock.set(datetime(2026, 12, 1, 6, 0, tzinfo=UTC))
    await d.send(me, "/renovate")
    hub = await d.wait_for(me, contains="Your renovation applications")
    await d.press(me, hub, text=f"{number} ({says('status-works', EN)})")
    mine = await d.wait_for(me, contains=f"{number} (A-12B)", after=hub.message_id)
    await d.press(me, mine, text=says("btn-reno-done", EN))
    final = await d.wait_for(cast.supervisors_group, include_edits=False,
                             contains=says("reno-final-card", ZH, number=number,
                                           unit="A-12B").splitlines()[0])
    assert "V1" in final.content and "Debris in the lift lobby" in final.content
    rectified = says("btn-reno-final-rectified", ZH, notice="V1")
    assert any(b.text == rectified for row in final.buttons for b in row)

    refused = await press_card(stack, cast.supervisor, final,
                               text=says("btn-reno-final-ok", ZH))
    answer = await d.callback_answer(refused)
    assert answer.show_alert and answer.text == says("reno-final-notices-open", EN,
                                                     notices=["V1"], first="V1")
    await stack.settle()
    assert not [m for m in await d.messages(me, from_bot=True) if "rectified" in m.content]
    assert not [m for m in await d.messages(cast.desk_group, from_bot=True) if "🏁" in m.content]

    await press_card(stack, cast.supervisor, final, text=rectified)
    await d.wait_for(me, contains=f"{number}-V1: rectified")
    final = await d.wait_for(cast.supervisors_group, predicate=lambda m: m.message_id
                             == final.message_id and "Debris" not in m.content)
    assert not any(b.text == rectified for row in final.buttons for b in row)
    await press_card(stack, cast.supervisor, final, text=says("btn-reno-final-ok", ZH))
    await d.wait_for(cast.desk_group, contains="🏁")
    async with stack.db.reader() as s:
        checked = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.action == "notice-rectified"))
    assert checked == 1


async def test_editing_drawings_keeps_those_sent(stack: Stack) -> None:
    """Issue 12 item 5: "Drawings" on the preview lists the drawings already sent, each with
    a remove button; the owner removes one and adds more; the others stay."""
    cast = await renovation_office(stack)
    d, me = stack.d, cast.resident
    preview = await fill_form(stack, me, workers=0)
    assert "Drawings: 1" in preview.content
    await d.press(me, preview, text=says("btn-reno-edit-drawings", EN))
    shown = await d.wait_for(me, contains="Send the drawings", after=preview.message_id)
    assert "Received 1 drawing" in shown.content and "1. floor-plan.pdf" in shown.content
    await d.send_document(me, PDF + b"electrical", "electrical.pdf", "application/pdf")
    await d.send_document(me, PDF + b"plumbing", "plumbing.pdf", "application/pdf")
    shown = await edited(stack, me, shown, "Received 3 drawing")
    assert "1. floor-plan.pdf\n2. electrical.pdf\n3. plumbing.pdf" in shown.content
    await d.press(me, shown, text="✖ 1. floor-plan.pdf")
    shown = await edited(stack, me, shown, "Received 2 drawing")
    assert "floor-plan" not in shown.content and "1. electrical.pdf" in shown.content
    assert [b.text for row in shown.buttons for b in row] == [
        "✖ 1. electrical.pdf", "✖ 2. plumbing.pdf", says("btn-reno-drawings-done", EN)]
    await d.press(me, shown, text=says("btn-reno-drawings-done", EN))
    again = await d.wait_for(me, contains="please check", after=shown.message_id,
                             include_edits=False)
    assert "Drawings: 2" in again.content
    await submit(stack, me, again)
    await stack.settle()
    async with stack.db.reader() as s:
        names = list(await s.scalars(select(FileRow.name).where(FileRow.role == "drawing")
                                     .order_by(FileRow.id)))
    assert names == ["electrical.pdf", "plumbing.pdf"]
