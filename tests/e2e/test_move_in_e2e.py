"""Move-in (入伙) through the real `propdesk run` process: a tenant refused, a day outside
the slots answered with the draft kept, an owner's booking reaching the desk group, the
documents sent one by one (a wrong file type refused), the agreements confirmed, the fee
receipt, the inspection with two defects (two repair tickets to the crew), the re-inspection,
the keys, and the records as PDF and XLSX."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from openpyxl import load_workbook
from sqlalchemy import select

from conversations.renovation.callbacks import DateCb
from domain.model import Locale
from domain.move_in.model import Meter, Reading
from sandbox.driver import BotMessage
from store.tables.infra import AuditRow
from store.tables.move_in import MeterReadingRow, MoveInCheckRow, MoveInRow
from store.tables.tickets import TicketRow
from store.uow import SqlUnitOfWork
from tests.bot.conftest import says
from tests.bot.office import Cast, staffed_office
from tests.bot.test_repair_flow import JPEG
from tests.documents import pdf_text
from tests.e2e.conftest import E2E

PDF = b"%PDF-1.4\n" + bytes(300)
MON_10 = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # Monday 10:00 in Hong Kong
EN = Locale.EN
MOVE_IN = {"times": ["10:00", "14:30"],
           "collective": [{"from": "2026-12-12", "to": "2026-12-13", "times": ["16:00"]}],
           "fees": [{"item": "管理費按金", "amount": 3000}]}


async def test_booking_refusals_and_a_booked_slot(e2e: E2E) -> None:
    e2e.freeze(MON_10)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await staffed_office(e2e)
    async with SqlUnitOfWork(e2e.db.writer()) as uow:
        estate = cast.codes.estate
        await uow.estates.update(estate.id, settings={**estate.settings, "move_in": MOVE_IN})
        await uow.commit()
    d, me = e2e.d, cast.resident

    # A tenant is told that the owner books.
    tenant = await d.user("Lee", language_code="en")
    await d.send(tenant, f"/start {cast.codes.residents['B-1C']}")
    await d.wait_for(tenant, contains="B-1C")
    await d.send(tenant, "/movein")
    await d.wait_for(tenant, contains="Moving in is arranged by the unit's owner")

    # A Sunday outside the collective period has no slots: said, and the day asked again.
    await d.send(me, "/movein")
    ask = await d.wait_for(me, contains="which day would you like")
    await d.send(me, "20/12/2026")
    no = await d.wait_for(me, contains="There are no move-in slots on Sun 20 Dec",
                          after=ask.message_id)
    assert "which day would you like" in no.content and no.buttons  # the picker again
    # A Sunday in the collective period has the extra slot, for the move-in team.
    await d.send(me, "13/12/2026")
    times = await d.wait_for(me, contains="The slots on Sun 13 Dec", after=no.message_id)
    assert [b.text for row in times.buttons for b in row] == ["16:00"]
    # Back to an ordinary Tuesday through the preview's change button later; first book it.
    await d.press(me, times, text="16:00")
    who = await d.wait_for(me, contains="Who will come", after=times.message_id)
    await d.press(me, who, text=says("movein-applicant-self", EN))
    preview = await d.wait_for(me, contains="Move-in booking — please check",
                               after=who.message_id)
    assert "Sun 13 Dec" in preview.content and "the purchase contract" in preview.content
    await d.press(me, preview, text=says("btn-movein-book", EN))
    booked = await d.wait_for(me, contains="M-2026-000001", after=preview.message_id)
    assert "move-in team" in booked.content
    card = await d.wait_for(cast.desk_group, contains="入伙 M-2026-000001")
    assert "入伙工作組" in card.content and "A-12B" in card.content
    # The documents one by one: a Word file is refused (the item asked again), PDFs taken;
    # each reaches the desk group as its own card.
    await d.press(me, booked, text=says("btn-movein-docs", EN))
    first = await d.wait_for(me, contains="Please send the move-in notice", after=booked.message_id)
    await d.send_document(me, b"PK\x03\x04" + bytes(200), "notice.docx",
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    refused = await d.wait_for(me, contains="That kind of file is not accepted",
                               after=first.message_id)
    assert "the move-in notice" in refused.content
    for n, item in enumerate(["the move-in procedure form", "the owner's identity document",
                              "the purchase contract"]):
        await d.send_document(me, PDF + bytes([n]), f"doc{n}.pdf", "application/pdf")
        await d.wait_for(me, contains=f"Please send {item}", after=refused.message_id)
    await d.send_document(me, PDF + b"last", "contract.pdf", "application/pdf")
    agree = await d.wait_for(me, contains="please read and confirm", after=refused.message_id)
    cards = [m for m in await d.messages(cast.desk_group, from_bot=True)
             if "📄 入伙 M-2026-000001" in m.content]
    assert len(cards) == 4 and all(m.buttons for m in cards)
    agree_id = agree.message_id
    for left in (3, 2, 1):  # each press takes its button off the message
        agree = await d.wait_for(me, predicate=lambda m, n=left: m.message_id == agree_id
                                 and sum(len(r) for r in m.buttons) == n)
        await d.press(me, agree, text=agree.buttons[0][0].text)
        await e2e.settle()
    # The desk returns the notice (unreadable) and accepts the rest; the owner sends it again.
    await e2e.settle()
    zh = Locale.ZH_HANT
    await d.press(cast.desk, cards[0], text=says("btn-movein-doc-return", zh,
                                                 reason=says("movein-reason-unreadable", zh)))
    back = await d.wait_for(me, contains="was returned (cannot be read)")
    for card in cards[1:]:
        await d.press(cast.desk, card, text=says("btn-movein-doc-ok", zh))
        await e2e.settle()
    await d.press(me, back, text=says("btn-movein-docs", EN))
    await d.wait_for(me, contains="Please send the move-in notice", after=back.message_id)
    await d.send_document(me, PDF + b"again", "notice.pdf", "application/pdf")
    await e2e.settle()
    again = [m for m in await d.messages(cast.desk_group, from_bot=True)
             if "📄 入伙 M-2026-000001" in m.content][-1]
    await d.press(cast.desk, again, text=says("btn-movein-doc-ok", zh))
    fees = await d.wait_for(cast.desk_group, contains="💰 入伙 M-2026-000001")
    assert "HK$3,000" in fees.content
    await d.wait_for(me, contains="The move-in fees")
    # A second booking for the same unit shows the one under way.
    await d.send(me, "/movein")
    await d.wait_for(me, contains="the move-in fees are due", after=booked.message_id)
    await e2e.settle()
    async with e2e.db.reader() as s:
        row = (await s.execute(select(MoveInRow.status, MoveInRow.collective))).one()
        booked_audit = await s.scalar(select(AuditRow.action).where(
            AuditRow.entity == "move_in"))
        confirmed = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.action == "agreement-confirmed")))
    assert tuple(row) == ("fees", True) and booked_audit == "booked"
    assert len(confirmed) == 3

    # The desk records the receipt, asked in private; the owner is told, the inspection
    # card reaches the desk group.
    await d.press(cast.desk, fees, text=says("btn-movein-receipt", zh))
    ask_receipt = await d.wait_for(cast.desk, contains="number of the fee receipt")
    await d.send(cast.desk, "R-0042")
    receipt_preview = await d.wait_for(cast.desk, contains="record receipt R-0042",
                                       after=ask_receipt.message_id)
    await d.press(cast.desk, receipt_preview, text=says("btn-movein-receipt-save", EN))
    await d.wait_for(me, contains="(receipt R-0042)")
    insp = await d.wait_for(cast.desk_group, contains="🔍 入伙 M-2026-000001")
    await d.wait_for(cast.desk_group, predicate=lambda m: m.message_id == fees.message_id
                     and not m.buttons)  # the fee card's button is gone
    await inspection_with_two_defects(e2e, cast, insp)


async def test_an_errand_entrusted_to_the_office_is_done_and_in_the_records(e2e: E2E) -> None:
    """委託代辦: the owner asks the office to open the water account (with a note), the desk
    group's card gets "Done" with a short note (asked in private, a photo refused there), the
    owner is told in English, a forged second "Done" is refused and audited, and the records
    PDF and XLSX carry the 委託代辦服務記錄 when the keys are signed for."""
    from conversations.move_in.callbacks import MoveInDeskCb
    from domain.move_in.model import Applicant, MoveIn, Status
    from store.tables.move_in import MoveInErrandRow
    from store.tables.registry import BuildingRow, PersonRow, TenureRow, UnitRow

    e2e.freeze(MON_10)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await staffed_office(e2e)
    d, me, zh = e2e.d, cast.resident, Locale.ZH_HANT
    async with SqlUnitOfWork(e2e.db.writer()) as uow:  # a move-in whose keys are ready
        s = uow.session
        owner = await s.scalar(select(PersonRow.id).where(PersonRow.tg_user_id == me.id))
        unit, estate = (await s.execute(
            select(UnitRow.id, UnitRow.estate_id).join(BuildingRow,
                                                       BuildingRow.id == UnitRow.building_id)
            .join(TenureRow, TenureRow.unit_id == UnitRow.id)
            .where(TenureRow.person_id == owner, BuildingRow.code == "A",
                   UnitRow.number == "12B"))).one()
        await uow.move_ins.add(MoveIn(
            id=0, number="M-2026-000007", estate_id=estate, unit_id=unit, owner_id=owner,
            applicant=Applicant.SELF, slot_at=MON_10, collective=False, status=Status.KEYS,
            created_at=MON_10, receipt="R-9", paid_at=MON_10, accepted_at=MON_10))
        await uow.commit()

    await d.send(me, "/movein")
    status = await d.wait_for(me, contains="M-2026-000007")
    await d.press(me, status, text=says("btn-movein-errand", EN))
    pick = await d.wait_for(me, contains="what would you like the management office to handle",
                            after=status.message_id)
    assert says("movein-errand-cleaning", EN) in str(pick.buttons)
    await d.press(me, pick, text=says("movein-errand-water", EN))
    note = await d.wait_for(me, contains="Type a note", after=pick.message_id)
    await d.send(me, "Please call me after 6pm")
    preview = await d.wait_for(me, contains="Office errand — please check",
                               after=note.message_id)
    assert "Please call me after 6pm" in preview.content
    await d.press(me, preview, text=says("btn-movein-errand-send", EN))
    await d.wait_for(me, contains="Sent to the management office: Open the water account",
                     after=preview.message_id)
    card = await d.wait_for(cast.desk_group, contains="🧾 委託代辦 M-2026-000007")
    assert "開通水費戶口" in card.content and "Please call me after 6pm" in card.content
    # The same item again while it is open is not offered.
    await d.send(me, "/movein")
    status = await d.wait_for(me, contains="Errand: Open the water account — in hand",
                              after=preview.message_id)
    await d.press(me, status, text=says("btn-movein-errand", EN))
    pick = await d.wait_for(me, contains="what would you like", after=status.message_id)
    assert says("movein-errand-water", EN) not in str(pick.buttons)
    await d.send(me, "/cancel")
    await e2e.settle()

    # The open errand is under the desk group's /queue.
    await d.send(cast.desk, "/queue", chat=cast.desk_group)
    queue = await d.wait_for(cast.desk_group, contains="委託代辦未辦妥（1 項）",
                             after=card.message_id)
    assert "M-2026-000007 開通水費戶口" in queue.content

    # The desk's "Done": a short note asked in private; a photo there is refused, the
    # draft kept; then the note, the preview, saved.
    await d.press(cast.desk, card, text=says("btn-movein-errand-done", zh))
    ask = await d.wait_for(cast.desk, contains="please type a short note")
    await d.send_photo(cast.desk, JPEG)
    again = await d.wait_for(cast.desk, contains="please type a short note",
                             after=ask.message_id)
    await d.send(cast.desk, "Account WSD-12345 opened, first bill in January")
    done = await d.wait_for(cast.desk, contains="record it as done?", after=again.message_id)
    await d.press(cast.desk, done, text=says("btn-movein-errand-save", EN))
    await d.wait_for(cast.desk, contains="the owner is told", after=done.message_id)
    told = await d.wait_for(me, contains='has handled "Open the water account" for you')
    assert "WSD-12345" in told.content
    closed = await d.wait_for(cast.desk_group, predicate=lambda m: m.message_id
                              == card.message_id and "✅" in m.content and not m.buttons)
    assert "已辦妥" in closed.content and "WSD-12345" in closed.content
    # A forged "Done" on the finished card changes nothing and is audited.
    forged = await d.press(cast.desk, card, data=MoveInDeskCb(op="errand", id=1).pack(),
                           forge=True)
    await d.callback_answer(forged)
    await e2e.settle()
    async with e2e.db.reader() as s:
        row = (await s.execute(select(MoveInErrandRow.status, MoveInErrandRow.done_note))).one()
        actions = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.entity == "move_in_errand").order_by(AuditRow.id)))
        refused = await s.scalar(select(AuditRow.id).where(AuditRow.entity == "security"))
    assert tuple(row) == ("done", "Account WSD-12345 opened, first bill in January")
    mark = (await d.last(cast.desk_group)).message_id  # type: ignore[union-attr]
    await d.send(cast.desk, "/queue", chat=cast.desk_group)
    queue = await d.wait_for(cast.desk_group, contains="沒有未完成的工作", after=mark,
                             include_edits=False)
    assert "委託代辦" not in queue.content
    assert actions == ["errand-asked", "errand-done"] and refused is not None

    # The keys signed for: the records carry the errand, in the desk group's language.
    await d.send(me, "/movein")
    status = await d.wait_for(me, contains="Errand: Open the water account — done",
                              after=told.message_id)
    await d.press(me, status, text=says("btn-movein-keys", EN))
    last = await d.wait_for(cast.desk_group, contains="🔑 入伙 M-2026-000007")
    await d.wait_for(cast.desk_group, predicate=lambda m: bool(
        m.document and (m.document.file_name or "").endswith(".xlsx")))
    files = {m.document.file_name: m.document.file_id
             for m in await d.messages(cast.desk_group, from_bot=True)
             if m.document and m.message_id > last.message_id}
    pdf = pdf_text(await d.file_bytes(files["move-in-M-2026-000007.pdf"]))
    for words in ("委託代辦服務記錄", "開通水費戶口", "Pleasecallmeafter6pm", "已辦妥",
                  "AccountWSD-12345opened"):
        assert words in pdf, words
    book = load_workbook(io.BytesIO(await d.file_bytes(files["move-in-M-2026-000007.xlsx"])))
    (errand,) = list(book["6 委託代辦服務記錄"].iter_rows(min_row=2, values_only=True))
    assert errand[0] == "開通水費戶口" and errand[1] == "Please call me after 6pm"
    assert errand[3] == "已辦妥" and errand[5].startswith("Account WSD-12345")
    assert "Traceback" not in e2e.bot.log()

async def inspection_with_two_defects(e2e: E2E, cast: Cast, insp: BotMessage) -> None:
    """Readings (a lower one and a word refused), two defects as two repair tickets to the
    plumbing crew, a re-inspection day; the tickets closed; re-inspected; keys signed for."""
    d, me, zh = e2e.d, cast.resident, Locale.ZH_HANT
    async with SqlUnitOfWork(e2e.db.writer()) as uow:  # the meter was read before
        unit_id = await uow.session.scalar(select(MoveInRow.unit_id))
        await uow.move_ins.add_reading(Reading(unit_id, Meter.WATER, 9000,
                                               datetime(2026, 11, 1, tzinfo=UTC)))
        await uow.commit()
    await d.press(cast.desk, insp, text=says("btn-movein-inspect", zh))
    water = await d.wait_for(cast.desk, contains="the water meter reading")
    await d.send(cast.desk, "eighty")
    bad = await d.wait_for(cast.desk, contains="as a number", after=water.message_id)
    assert "the water meter reading" in bad.content
    await d.send(cast.desk, "80")
    low = await d.wait_for(cast.desk, contains="lower than the last one (90",
                           after=bad.message_id)
    assert "the water meter reading" in low.content  # asked again
    await d.send(cast.desk, "95")
    photo = await d.wait_for(cast.desk, contains="photo of the water meter",
                             after=low.message_id)
    await d.send(cast.desk, "done")  # text where a photo is wanted: asked again
    again = await d.wait_for(cast.desk, contains="photo of the water meter",
                             after=photo.message_id)
    await d.send_photo(cast.desk, JPEG)
    elec = await d.wait_for(cast.desk, contains="the electricity meter reading",
                            after=again.message_id)
    # The inspection started again (the card's button once more): the water reading taken
    # is replaced, not added to.
    await d.press(cast.desk, insp, text=says("btn-movein-inspect", zh))
    last = elec.message_id
    for meter, value in (("water", "95.5"), ("electricity", "1200"), ("gas", "30")):
        ask = await d.wait_for(cast.desk, contains=f"the {meter} meter reading", after=last)
        await d.send(cast.desk, value)
        shot = await d.wait_for(cast.desk, contains=f"photo of the {meter} meter",
                                after=ask.message_id)
        await d.send_photo(cast.desk, JPEG)
        last = shot.message_id
    room = await d.wait_for(cast.desk, contains="the readings are recorded", after=last)
    assert "Living room (room 1 of 5)" in room.content
    await d.send(cast.desk, "all fine")  # words where the room's buttons are wanted
    room = await d.wait_for(cast.desk, contains="Living room (room 1 of 5)",
                            after=room.message_id, include_edits=False)
    assert says("btn-movein-room-ok", EN) in str(room.buttons)
    defects = {"Kitchen": ("movein-check-taps", "cat-plumbing", "Tap drips under sink"),
               "Bathroom": ("movein-check-toilet", "cat-leak", "Toilet base leaks")}
    menu = room
    for name in ("Living room", "Bedroom", "Kitchen", "Bathroom", "Balcony"):
        assert f"{name} (room" in room.content, room.content
        if name in defects:
            item, category, text = defects[name]
            await d.press(cast.desk, room, text=says("btn-movein-check-defect", EN,
                                                      item=says(item, EN)))
            kind = await d.wait_for(cast.desk, contains="what kind of defect",
                                    after=room.message_id)
            await d.press(cast.desk, kind, text=says(category, EN))
            await d.wait_for(cast.desk, contains="describe the defect", after=kind.message_id)
            await d.send(cast.desk, text)
            await d.wait_for(cast.desk, contains="photo of the defect", after=kind.message_id)
            await d.send_photo(cast.desk, JPEG)
            room = menu = await d.wait_for(cast.desk, contains="is made and sent to the crew",
                                           after=kind.message_id, include_edits=False)
            assert f"{name} (room" in room.content  # the same room again, the item gone
            assert says(item, EN) not in str(room.buttons)
        await d.press(cast.desk, room, text=says("btn-movein-room-ok", EN))
        if name != "Balcony":
            room = await d.wait_for(cast.desk, contains="(room", after=room.message_id,
                                    include_edits=False)
    assert "(2 defects so far)" in menu.content
    await e2e.settle()
    async with e2e.db.reader() as s:
        numbers = list(await s.scalars(select(TicketRow.number).order_by(TicketRow.id)))
    assert len(numbers) == 2
    for number in numbers:  # each reaches the plumbing crew as any repair
        await d.wait_for(cast.plumbing_group, contains=number)
    day = await d.wait_for(cast.desk, contains="Which day is the re-inspection",
                           after=menu.message_id)
    async with e2e.db.reader() as s:
        readings = list(await s.execute(select(MeterReadingRow.meter, MeterReadingRow.value)
                                        .where(MeterReadingRow.move_in_id.is_not(None))))
        checks = list(await s.execute(select(MoveInCheckRow.room, MoveInCheckRow.item,
                                             MoveInCheckRow.result)))
    assert sorted(readings) == [("electricity", 120000), ("gas", 3000), ("water", 9550)]
    assert len(checks) == 25 and {(r, i) for r, i, res in checks if res == "defect"} == {
        ("kitchen", "taps"), ("bathroom", "toilet")}
    await d.press(cast.desk, day, data=DateCb(op="day", value="2026-12-10").pack())
    await d.wait_for(cast.desk, contains="the inspection is recorded", after=day.message_id)
    await d.wait_for(me, contains="The re-inspection is on Thu 10 Dec")
    re = await d.wait_for(cast.desk_group, contains="🛠 入伙 M-2026-000001")
    await d.wait_for(cast.desk_group, predicate=lambda m: m.message_id == insp.message_id
                     and not m.buttons)
    # Re-inspected too early: the open repairs are said, nothing changes.
    early = await d.press(cast.desk, re, text=says("btn-movein-reinspected", zh))
    assert "2" in ((await d.callback_answer(early)).text or "")
    # The crew take and finish both repairs; after the second the desk group is told, once,
    # that the unit is ready for re-inspection.
    plumber = cast.plumbers[0]
    for n, number in enumerate(numbers):
        card = await d.wait_for(cast.plumbing_group, contains=f"派工單 {number}")
        await d.press(plumber, card, text=says("btn-job-take"))
        taken = await d.wait_for(cast.plumbing_group, predicate=lambda m, c=card: m.message_id
                                 == c.message_id and says("status-accepted") in m.content)
        mark = (await d.last(plumber)).message_id  # type: ignore[union-attr]
        await d.press(plumber, taken, text=says("btn-job-done"))
        await d.wait_for(plumber, contains="photo of the finished work", after=mark)
        await d.send_photo(plumber, JPEG)
        await e2e.settle()
        ready = [m for m in await d.messages(cast.desk_group, from_bot=True)
                 if "驗房執修已全部完成" in m.content]
        assert len(ready) == n  # none after the first, one after the second
    assert "2 項" in ready[0].content and "M-2026-000001" in ready[0].content
    await d.press(cast.desk, re, text=says("btn-movein-reinspected", zh))
    keys = await d.wait_for(me, contains="is accepted. Tap")
    signed = await d.press(me, keys, text=says("btn-movein-keys", EN))
    assert "the keys are signed for" in ((await d.callback_answer(signed)).text or "")
    await d.wait_for(me, contains="the move-in of A-12B is complete")
    done = await d.wait_for(cast.desk_group, contains="🔑 入伙 M-2026-000001")
    await records_sent(e2e, cast, done)
    await e2e.settle()
    async with e2e.db.reader() as s:
        status = await s.scalar(select(MoveInRow.status))
        actions = set(await s.scalars(select(AuditRow.action).where(
            AuditRow.entity == "move_in")))
    assert status == "done"
    assert {"fees-paid", "meter-read", "defect-found", "rectifying", "reinspected",
            "keys-received"} <= actions
    assert "Traceback" not in e2e.bot.log()


async def records_sent(e2e: E2E, cast: Cast, done: BotMessage) -> None:
    """The record set reaches the desk group as a PDF and a spreadsheet, in its language."""
    d = e2e.d
    await d.wait_for(cast.desk_group, predicate=lambda m: bool(
        m.document and (m.document.file_name or "").endswith(".xlsx")))
    files = {m.document.file_name: m.document.file_id
             for m in await d.messages(cast.desk_group, from_bot=True)
             if m.document and m.message_id > done.message_id}
    pdf = pdf_text(await d.file_bytes(files["move-in-M-2026-000001.pdf"]))
    for words in ("業主登記表", "入伙資料簽收記錄", "入伙收費記錄", "驗房簽收記錄",
                  "領取鑰匙簽收記錄", "委託代辦服務記錄", "R-0042", "95.50", "Tapdripsundersink",
                  "已確認", "廚房·水喉及水龍頭有問題"):
        assert words in pdf, words
    book = load_workbook(io.BytesIO(await d.file_bytes(files["move-in-M-2026-000001.xlsx"])))
    assert [s.title for s in book.worksheets] == ["1 業主登記表", "2 入伙資料簽收記錄",
                                                   "3 入伙收費記錄", "4 驗房簽收記錄",
                                                   "5 領取鑰匙簽收記錄", "6 委託代辦服務記錄"]
    fees = {r[0]: r[1] for r in book["3 入伙收費記錄"].iter_rows(min_row=2, values_only=True)}
    assert fees["管理費按金"] == "HK$3,000" and fees["收據編號"] == "R-0042"
    inspection = [r for r in book["4 驗房簽收記錄"].iter_rows(min_row=2, values_only=True)]
    assert sum(1 for r in inspection if str(r[2]).startswith("R")) == 2  # two repair tickets


async def test_a_spot_checked_move_in_record_goes_back_to_the_desk(e2e: E2E) -> None:
    """The manager's monthly check of a move-in record (『陸』一(四)8) fails: the desk gets it
    in writing with the estate's deadline, is escalated when it passes, and marks it
    corrected; the managers see it corrected."""
    from domain.move_in.model import Applicant, MoveIn
    from domain.move_in.model import Status as MoveInStatus
    from tests.bot.renovation.steps import press_card

    nov_30, nov_10 = datetime(2026, 11, 30, 2, 0, tzinfo=UTC), datetime(2026, 11, 10, 2, 0,
                                                                        tzinfo=UTC)
    e2e.freeze(nov_30)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await staffed_office(e2e)
    d, manager, desk = e2e.d, cast.manager, cast.desk
    async with SqlUnitOfWork(e2e.db.writer()) as uow:
        estate = cast.codes.estate
        await uow.estates.update(estate.id, settings={
            **estate.settings, "spot_checks": {"callbacks": 0, "renovations": 0,
                                               "rectify_days": 2}})
        unit = await uow.units.find(estate.id, "A", "12B")
        owner = await uow.people.by_tg(cast.resident.id)
        assert unit is not None and owner is not None
        await uow.move_ins.add(MoveIn(
            id=0, number="M-2026-000077", estate_id=estate.id, unit_id=unit.id,
            owner_id=owner.id, applicant=Applicant.SELF, slot_at=nov_10, collective=False,
            status=MoveInStatus.DONE, created_at=nov_10))
        await uow.commit()
    await e2e.settle()

    # The 1st: one move-in record to check (an ordinary month).
    e2e.freeze(datetime(2026, 12, 1, 1, 0, tzinfo=UTC))
    card = await d.wait_for(cast.managers_group, contains="抽查 1/1", timeout=20,
                            predicate=lambda m: bool(m.buttons))
    assert "入伙記錄" in card.content and "M-2026-000077" in card.content
    before = await d.last(manager)
    await press_card(e2e, manager, card, text=says("spot-btn-fail"))
    ask = await d.wait_for(manager, contains="failed: what is wrong?",
                           after=before.message_id if before else 0)
    await d.send(manager, "Key receipt not signed by the owner")
    ask = await d.wait_for(manager, contains="Any photos of it?", after=ask.message_id)
    await d.send_photo(manager, JPEG)
    count = await d.wait_for(manager, contains="1", after=ask.message_id,
                             predicate=lambda m: bool(m.buttons))
    await d.press(manager, count, text=says("btn-photos-done", EN))
    preview = await d.wait_for(manager, contains="Failed check — please check",
                               after=ask.message_id, include_edits=False)
    assert "Photos: 1" in preview.content
    await d.press(manager, preview, text=says("spot-btn-record-fail", EN))

    # In writing to the desk, with the deadline and the Corrected button.
    notice = await d.wait_for(cast.desk_group, contains="入伙記錄整改通知",
                              predicate=lambda m: bool(m.buttons))
    assert "Key receipt not signed" in notice.content and "M-2026-000077" in notice.content
    assert "12月3日" in notice.content
    # Not corrected by the deadline: the desk reminded, the managers told the day after.
    e2e.freeze(datetime(2026, 12, 4, 1, 1, tzinfo=UTC))
    await d.wait_for(cast.desk_group, contains="未能於", timeout=20)
    await d.wait_for(cast.managers_group, contains="未能於")
    await press_card(e2e, desk, notice, text="已更正 / Corrected")
    await d.wait_for(cast.desk_group, contains="✅ 已更正 — Clerk",
                     predicate=lambda m: m.message_id == notice.message_id and not m.buttons)
    await d.wait_for(cast.managers_group, contains="已由 Clerk 更正")
    # Pressed again: refused, nothing changes.
    again = await d.press(desk, notice, notice.buttons[0][0].callback_data, forge=True)
    assert (await d.callback_answer(again)).show_alert
    await e2e.settle()
    async with e2e.db.reader() as s:
        steps = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.entity == "spot-check").order_by(AuditRow.id)))
    assert steps == ["failed", "deadline-dropped", "deadline", "corrected"] \
        or steps == ["failed", "deadline", "corrected"]
    assert "Traceback" not in e2e.bot.log()
