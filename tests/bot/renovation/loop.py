"""The whole life of a renovation application through the sandbox, shared by the in-process
test and the end-to-end test (the real process): `at` moves the bot's clock and lets the
sweeper run."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from domain.model import Locale
from store.tables.infra import AuditRow
from store.tables.renovation import RenovationPassRow, RenovationRow
from store.tables.tickets import TicketRow
from tests.bot.conftest import says
from tests.bot.renovation.steps import (
    JPEG,
    PDF,
    RenoCast,
    card,
    edited,
    fill_form,
    press_card,
    private_answer,
    submit,
)

MoveClock = Callable[[datetime], Awaitable[None]]

EN = Locale.EN
ZH = Locale.ZH_HANT
DEC1_10 = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)    # Tuesday 10:00 in Hong Kong
DEC1_15 = datetime(2026, 12, 1, 7, 5, tzinfo=UTC)    # 15:05
DEC2_16 = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)    # Wednesday 16:00
DEC10_17 = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)  # Thursday 17:00


async def review_to_approval(stack: Any, cast: RenoCast, number: str) -> None:
    """Desk, supervisor and manager approve in turn; the owner hears of each step."""
    d = stack.d
    desk_card = await card(stack, cast.desk_group, number)
    await press_card(stack, cast.desk, desk_card, text=says("btn-reno-approve", ZH))
    await edited(stack, cast.desk_group, desk_card, says("reno-decision-ok", ZH))
    await d.wait_for(cast.resident, contains=f"{number}: passed the desk check")
    sup_card = await card(stack, cast.supervisors_group, number)
    await press_card(stack, cast.supervisor, sup_card, text=says("btn-reno-approve", ZH))
    mgr_card = await card(stack, cast.managers_group, number)
    assert "⏱" in sup_card.content and "⏱" in mgr_card.content  # the clock on every card
    await press_card(stack, cast.manager, mgr_card, text=says("btn-reno-approve", ZH))
    await d.wait_for(cast.resident, contains=f"{number} is approved for Tue 1 Dec to Thu 10 Dec")


async def whole_loop(stack: Any, cast: RenoCast, at: MoveClock) -> str:
    """Form with drawings and two workers, desk approval, the supervisor's rejection and the
    owner's fix, the three approvals, payment and passes, two inspection rounds (one
    violation), the follow-up, completion, final inspection, pass return and deposit."""
    d, me = stack.d, cast.resident
    preview = await fill_form(stack, me, workers=2)
    assert "Dates: Tue 1 Dec to Thu 10 Dec (10 days)" in preview.content
    assert "Workers: Ho Ka Ming, Lam Siu Fung" in preview.content
    number = await submit(stack, me, preview)
    assert number == "F-2026-000001"

    # Desk approves; the supervisor rejects with a reason, asked privately.
    desk_card = await card(stack, cast.desk_group, number)
    assert "11月29日（日）10:00" in desk_card.content  # Friday 10:00 + 2 open days (weekends open)
    await press_card(stack, cast.desk, desk_card, text=says("btn-reno-approve", ZH))
    sup_card = await card(stack, cast.supervisors_group, number)
    assert not any(b.text == says("btn-reno-ids", ZH) for row in sup_card.buttons for b in row)
    await press_card(stack, cast.supervisor, sup_card, text=says("btn-reno-reject", ZH))
    await private_answer(stack, cast.supervisor, "why is it not approved",
                         "No electrical layout on the drawing")
    back = await d.wait_for(me, contains="No electrical layout on the drawing")
    assert "was not approved at the technical review" in back.content
    # The owner fixes only the drawings and resubmits; nothing else is retyped.
    await d.press(me, back, text=says("btn-reno-fix", EN))
    fixing = await d.wait_for(me, contains="The office said", after=back.message_id)
    assert "Ho Ka Ming, Lam Siu Fung" in fixing.content
    await d.press(me, fixing, text=says("btn-reno-edit-drawings", EN))
    await d.wait_for(me, contains="Send the drawings", after=fixing.message_id)
    await d.send_document(me, PDF + b"electrical", "electrical.pdf", "application/pdf")
    count = await d.wait_for(me, contains="Received 2 drawing", after=fixing.message_id)
    assert "1. floor-plan.pdf\n2. electrical.pdf" in count.content  # the first one kept
    await d.press(me, count, text=says("btn-reno-drawings-done", EN))
    again = await d.wait_for(me, contains="please check", after=count.message_id,
                             include_edits=False)
    await d.press(me, again, text=says("btn-reno-submit", EN))
    await d.wait_for(me, contains=f"Your corrected application {number}")
    # The card of the first round lost its buttons; a forged press on it changes nothing.
    assert not (await edited(stack, cast.supervisors_group, sup_card, "❌")).buttons
    stale = await press_card(stack, cast.supervisor, sup_card, "rn1:ok:1:tech_review",
                             forge=True)
    assert (await d.callback_answer(stale)).show_alert
    await review_to_approval(stack, cast, number)

    # Fees: the desk records the payment; passes (QR images) to the owner, security told.
    pay = await d.wait_for(cast.desk_group, contains="💰")
    assert "HK$2,000" in pay.content and "HK$10,000" in pay.content
    await press_card(stack, cast.desk, pay, text=says("btn-reno-paid", ZH))
    await d.wait_for(me, contains="The works may start on Tue 1 Dec")
    passes = [await d.wait_for(me, contains=f"{number}-P0{i}") for i in (1, 2)]
    assert all(p.photo_file_id for p in passes)
    issued = await d.wait_for(cast.security_group, contains=f"{number}-P02")
    assert "Lam Siu Fung" in issued.content and "12月10日（四）" in issued.content
    assert "6123" not in issued.content  # security gets names and passes, not phone numbers

    # Two inspection rounds on the first works day: OK, then a violation with a photo.
    await at(DEC1_10)
    round1 = await d.wait_for(cast.supervisors_group, contains="12月1日（二） 10:00")
    await press_card(stack, cast.supervisor, round1, text=says("btn-reno-insp-ok", ZH))
    await edited(stack, cast.supervisors_group, round1, "Sam Supervisor")
    await at(DEC1_15)
    round2 = await d.wait_for(cast.supervisors_group, contains="12月1日（二） 15:00")
    await press_card(stack, cast.supervisor, round2, text=says("btn-reno-insp-bad", ZH))
    await private_answer(stack, cast.supervisor, "what is wrong", "Debris in the lift lobby")
    await d.wait_for(cast.supervisor, contains="Send photos of it")
    await d.send_photo(cast.supervisor, JPEG)
    got = await d.wait_for(cast.supervisor, contains="Received 1 photo")
    await press_card(stack, cast.supervisor, got, text=says("btn-photos-done", EN))
    notice = await d.wait_for(me, contains=f"Rectification notice {number}-V1")
    assert "Debris in the lift lobby" in notice.content and "Wed 2 Dec 15:05" in notice.content
    assert any(m.photo_file_id for m in await d.messages(me, from_bot=True)
               if m.caption == f"{number}-V1")
    # The follow-up inspection at the deadline: rectified.
    await at(DEC2_16)
    follow = await d.wait_for(cast.supervisors_group, contains=f"整改跟進檢查 {number}-V1",
                              include_edits=False)
    await press_card(stack, cast.supervisor, follow,
                     text=says("btn-reno-followup-ok", ZH))
    await d.wait_for(me, contains=f"{number}-V1: rectified")

    # Completion, final inspection, passes returned (security told), deposit settled.
    await at(DEC10_17)
    await d.send(me, "/renovate")
    hub = await d.wait_for(me, contains="Your renovation applications")
    await d.press(me, hub, text=f"{number} ({says('status-works', EN)})")
    mine = await d.wait_for(me, contains=f"{number}-P01", after=hub.message_id)
    await d.press(me, mine, text=says("btn-reno-done", EN))
    await d.wait_for(me, contains="final inspection")
    final = await d.wait_for(cast.supervisors_group, contains=says("reno-final-card", ZH,
                                                                   number=number, unit="A-12B")
                             .splitlines()[0])
    await press_card(stack, cast.supervisor, final, text=says("btn-reno-final-ok", ZH))
    settle = await d.wait_for(cast.desk_group, contains="🏁")
    await press_card(stack, cast.desk, settle, text=says("btn-reno-returned", ZH))
    returned = await d.wait_for(cast.security_group, contains="🔙")
    assert f"{number}-P01" in returned.content and f"{number}-P02" in returned.content
    settle = await edited(stack, cast.desk_group, settle, says("reno-settle-done", ZH))
    await press_card(stack, cast.desk, settle, text=says("btn-reno-settled", ZH))
    await d.wait_for(me, contains=f"{number}: closed")
    await stack.settle()
    async with stack.db.reader() as s:
        status, cycle = (await s.execute(select(TicketRow.status, TicketRow.cycle))).one()
        open_passes = await s.scalar(select(func.count()).select_from(RenovationPassRow)
                                     .where(RenovationPassRow.returned_at.is_(None)))
        app = (await s.execute(select(RenovationRow.submissions, RenovationRow.violations))).one()
        looks = await s.scalar(select(func.count()).select_from(AuditRow)
                               .where(AuditRow.action == "resubmitted"))
    assert (status, cycle, open_passes) == ("closed", 2, 0)
    assert tuple(app) == (2, 1) and looks == 1
    return number
