"""Paper forms through the real `propdesk run` process: a repair's work order (派工單),
callback record (回訪記錄) and rework notice (整改通知書), and repair QR posters for a unit and
a lift, each a PDF read back; the number on a form opens the same ticket in the bot again;
only the office prints, and every print is audited."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from bot.ui.callbacks import SurveyCb
from domain.model import Locale
from sandbox.driver import BotMessage, User
from store.tables.infra import AuditRow
from store.uow import SqlUnitOfWork
from tests.bot.conftest import says
from tests.bot.survey.helpers import Plan, fill, next_question, step_of, survey_buttons
from tests.bot.test_repair_flow import private_answer, report_leak
from tests.documents import pdf_images, pdf_text
from tests.e2e.conftest import E2E
from tests.e2e.test_repair_e2e import FRI_10, start
from tests.e2e.test_workflow_loose_ends_e2e import works_running

EN = Locale.EN


async def _print(e2e: E2E, who: User, command: str, caption: str, qr: bool = True) -> str:
    ask = await e2e.d.send(who, command)
    sent: BotMessage = await e2e.d.wait_for(
        who, contains=caption, after=ask.message_id,
        predicate=lambda m: m.document is not None)
    assert sent.document is not None and sent.document.file_name.endswith(".pdf")
    data = await e2e.d.file_bytes(sent.document.file_id)
    assert pdf_images(data) >= int(qr)  # the QR code
    return pdf_text(data)


async def test_a_repairs_forms_and_qr_posters_printed_and_read_back(e2e: E2E) -> None:
    cast = await start(e2e, FRI_10)
    d, desk = e2e.d, cast.desk
    number = await report_leak(e2e, cast)  # type: ignore[arg-type]

    # Before anyone takes it: the work order prints without the resident's name and phone.
    text = await _print(e2e, desk, f"/print {number}", f"Work order {number}")
    for part in ("派工單Workorder", number, "A-12B", "Waterdripsfromthebathroomceiling",
                 "海景花園", "接單限期Acceptby", "住戶簽名Resident'ssignature"):
        assert part in text, part
    assert "陳大文" not in text and "91234567" not in text
    ask = await d.send(desk, f"/print callback {number}")
    await d.wait_for(desk, contains=f"{number} is not finished yet", after=ask.message_id)

    card = await d.wait_for(cast.plumbing_group, contains=f"派工單 {number}")
    plumber = cast.plumbers[0]
    await d.press(plumber, card, text=says("btn-job-take"))
    taken = await d.wait_for(cast.plumbing_group, predicate=lambda m: m.message_id ==
                             card.message_id and says("status-accepted") in m.content)
    text = await _print(e2e, desk, f"/print {number}", f"Work order {number}")
    assert "陳大文" in text and plumber.first_name.replace(" ", "") in text

    await d.press(plumber, taken, text=says("btn-job-done"))
    await private_answer(e2e, plumber, "photo of the finished work", photo=True)  # type: ignore[arg-type]
    done = await d.wait_for(cast.resident, contains="Is it fixed?")
    await d.press(cast.resident, done, text=says("btn-fixed-yes", EN))
    stars = await d.wait_for(cast.resident, predicate=lambda m: m.message_id ==
                             done.message_id and bool(m.buttons) and "⭐" in m.buttons[0][0].text)
    await d.press(cast.resident, stars, text="⭐⭐⭐⭐")
    task = await d.wait_for(cast.desk_group, contains=f"回訪 {number}")
    ask = await d.send(desk, f"/print rework {number}")
    await d.wait_for(desk, contains=f"{number} has no rework notice", after=ask.message_id)
    await d.press(desk, task, text=says("btn-cb-problem"))
    await private_answer(e2e, desk, "what problem", "Paint is peeling")  # type: ignore[arg-type]
    await d.wait_for(cast.plumbing_group, contains="整改通知")

    text = await _print(e2e, desk, f"/print callback {number}", f"Callback record {number}")
    for part in ("回訪記錄Callbackrecord", "住戶評分Rating★★★★", "整改次數Reworknotices1",
                 "回訪人簽名Caller'ssignature"):
        assert part in text, part
    text = await _print(e2e, desk, f"/print rework {number}", f"Rework notice {number}")
    assert "整改通知書Reworknotice" in text and "Paintispeeling" in text

    # The number on the form opens the ticket again (what its QR code holds); not for residents.
    compact = number.replace("-", "")
    ask = await d.send(desk, f"/start t_{compact}")
    shown = await d.wait_for(desk, contains=number, after=ask.message_id)
    assert "Paint is peeling" in shown.content
    ask = await d.send(cast.resident, f"/start t_{compact}")
    reply = await d.wait_for(cast.resident, after=ask.message_id)
    assert "Paint is peeling" not in reply.content

    # Repair QR posters for a unit and for a lift; scanning the lift's opens the repair form
    # for any resident (a unit's opens it only for that unit's people).
    text = await _print(e2e, desk, "/print poster A-12B", "Repair QR code A-12B")
    assert "報修二維碼RepairQRcode" in text and "A-12B：有嘢壞咗" in text
    text = await _print(e2e, cast.manager, "/print poster A座1號升降機", "A座1號升降機")
    assert "A座1號升降機" in text and "Scanthiscode" in text
    async with e2e.db.reader() as s:
        token = await s.scalar(select(AuditRow.entity_id).where(
            AuditRow.entity == "link", AuditRow.action == "printed").order_by(AuditRow.id.desc()))
    ask = await d.send(cast.neighbour, f"/start repair_{token}")
    await d.wait_for(cast.neighbour, contains=says("repair-ask-category", EN),
                     after=ask.message_id)

    # Crew and residents cannot print; a bad command explains itself.
    for who in (plumber, cast.resident):
        ask = await d.send(who, f"/print {number}")
        answer = await d.wait_for(who, after=ask.message_id)
        assert answer.document is None
    ask = await d.send(desk, "/print nonsense words here")
    await d.wait_for(desk, contains="/print callback", after=ask.message_id)
    await e2e.settle()
    async with e2e.db.reader() as s:
        printed = list(await s.scalars(select(AuditRow.detail).where(
            AuditRow.action == "printed")))
    assert sorted(p["form"] for p in printed) == sorted(
        ["work", "work", "callback", "rework", "poster", "poster"])
    assert "Traceback" not in e2e.bot.log()




async def test_paper_survey_forms_printed_entered_and_counted(e2e: E2E) -> None:
    """Four of the six sampled households have nobody on Telegram: the desk prints their
    forms, enters one that came back, and the summary counts it (2 of 6 answered, 33.3%)."""
    cast = await start(e2e, NOV_27)
    d, desk = e2e.d, cast.desk
    await d.send(cast.manager, "/survey new 2026Q4 100%", chat=cast.managers_group)
    await d.wait_for(cast.managers_group, contains="2026年第4季業主評議表")
    e2e.freeze(SEND)
    await d.wait_for(cast.managers_group, contains="已發給 2 戶")
    invite = await d.wait_for(cast.resident, contains="satisfaction survey")

    text = await _print(e2e, desk, "/print survey", "Owner survey", qr=False)
    for unit in ("A-15C", "B-8A", "B-20D"):
        assert f"/paper{unit}" in text, unit
    assert "業主評議表Ownersurvey" in text and "Owner'ssignature" in text
    assert "Othercomments" in text
    assert "/paperA-12B" not in text  # asked in chat, not on paper

    # The desk types in A-15C's form; a unit not on paper, and a resident, are refused.
    ask = await d.send(desk, "/paper A-12B")
    await d.wait_for(desk, contains="not on this survey's paper list", after=ask.message_id)
    ask = await d.send(cast.resident, "/paper A-15C")
    refused = await d.wait_for(cast.resident, after=ask.message_id)
    assert step_of(refused) is None
    ask = await d.send(desk, "/paper A-15C")
    first = await d.wait_for(desk, after=ask.message_id, predicate=lambda m: step_of(m) is not None)
    assert "A-15C" in first.content
    msg = first  # as the form says: desk 2 (with its first reason), the rest 4
    while (step := step_of(msg)) is not None:
        kind, q = step
        h = survey_buttons(msg)[0].h
        if kind == "r":
            await d.press(desk, msg, SurveyCb(op="a", h=h, k=kind, q=q,
                                              v=2 if q == 0 else 4).pack())
        elif kind == "c":
            await d.press(desk, msg, SurveyCb(op="a", h=h, k=kind, q=q, v=0).pack())
        else:
            await d.press(desk, msg, SurveyCb(op="skip", h=h, k=kind, q=q).pack())
        msg = await next_question(d, desk, msg, step, False)
    done = msg
    assert says("survey-thanks", EN) in done.content
    ask = await d.send(desk, "/paper A-15C")
    await d.wait_for(desk, contains=says("survey-already-answered", EN), after=ask.message_id)
    # One chat answer too; the rest never answer.
    await fill(d, cast.resident, invite, Plan())

    e2e.freeze(CLOSE)
    report = await d.wait_for(cast.managers_group, contains="業主評議表匯總分析")
    assert "紙本 4 戶（客服已錄入 1 份）" in report.content
    assert "已回覆 2 戶，回收率 33.3%" in report.content
    async with e2e.db.reader() as s:
        actions = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.entity == "survey-household")))
    assert actions.count("paper-started") == 1
    assert "Traceback" not in e2e.bot.log()


NOV_27 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
SEND = datetime(2026, 12, 15, 2, 0, tzinfo=UTC)
CLOSE = datetime(2026, 12, 29, 16, 0, tzinfo=UTC)


async def test_a_workers_pass_card_printed_and_scanned_back(e2e: E2E) -> None:
    """The desk prints a worker's temporary pass (臨時出入證): the worker's name, the unit, the
    approved dates and the application; its QR is the link security scans."""
    cast, number = await works_running(e2e)
    d, desk = e2e.d, cast.desk
    async with SqlUnitOfWork(e2e.db.reader()) as uow:
        ticket = await uow.tickets.by_number(number)
        assert ticket is not None
        first, _ = await uow.renovations.passes(ticket.id)
    text = await _print(e2e, desk, f"/print pass {first.number}", first.number)
    for part in ("臨時出入證Temporaryworkpass", first.number, "HoKaMing", "A-12B", number,
                 "有效日期Valid"):
        assert part in text, part
    ask = await d.send(desk, "/print pass P99")
    await d.wait_for(desk, contains="P99", after=ask.message_id)
    # Security scans the card's code: the same link as the image the owner got.
    await d.send(cast.guard, f"/start pass_{first.number}_{first.code}")
    await d.wait_for(cast.guard, contains=f"Pass {first.number}")
    async with e2e.db.reader() as s:
        printed = list(await s.scalars(select(AuditRow.entity_id).where(
            AuditRow.action == "printed", AuditRow.entity == "pass")))
        checked = list(await s.scalars(select(AuditRow.entity_id).where(
            AuditRow.action == "pass-checked")))
    assert printed == [first.number] and checked == [first.number]  # printing is no check
