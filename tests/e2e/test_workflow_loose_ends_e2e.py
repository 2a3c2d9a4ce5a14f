"""The loose ends of the workflows through the real `propdesk run` process (clock frozen in a
file): a complaint routed to security reaches the security group and its reply reaches the
resident within the 72-hour clock; security checks a valid, a returned and an expired pass; an
inspection round nobody recorded is flagged to the desk once; the contractor, linked with the
code the owner forwarded, is told of the approval, the passes and a violation; a manager
rewords a survey question in chat and the next campaign uses it while the running one keeps
the old text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.reports.passes import pass_png
from domain.model import Locale
from sandbox.driver import Chat, User
from store.tables.infra import AuditRow
from store.tables.tickets import TicketRow
from store.uow import SqlUnitOfWork
from tests.bot.conftest import says
from tests.bot.office import Cast, staffed_office
from tests.bot.renovation.loop import DEC1_10, DEC1_15, review_to_approval
from tests.bot.renovation.steps import (
    JPEG,
    RenoCast,
    fill_form,
    private_answer,
    renovation_office,
    submit,
)
from tests.bot.renovation.steps import press_card as press_reno
from tests.bot.test_complaint_flow import card_of, file_complaint, press_card
from tests.e2e.conftest import E2E

EN = Locale.EN
FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # Friday 10:00 in Hong Kong


async def start(e2e: E2E, at: datetime) -> Cast:
    e2e.freeze(at)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    return await staffed_office(e2e)


async def security_team(e2e: E2E, cast: Cast) -> tuple[User, Chat]:
    """A guard joins with the security code; the security group is linked."""
    d = e2e.d
    guard = await d.user("Guard Lee", language_code="en")
    await d.send(guard, f"/start {cast.codes.staff['security']}")
    await d.wait_for(guard, contains="You are now")
    group = await d.group("Security", [cast.manager, guard])
    await d.add_bot(group, by=cast.manager)
    await d.send(cast.manager, f"/link {cast.codes.groups['security']}", chat=group)
    await d.wait_for(group, contains="海景花園")
    return guard, group


async def test_complaint_routed_to_security_is_answered_by_security(e2e: E2E) -> None:
    cast = await start(e2e, FRI_10)
    d = e2e.d
    guard, security = await security_team(e2e, cast)
    number = await file_complaint(e2e, cast, category="security",  # type: ignore[arg-type]
                                  text="A stranger tried the lobby door at 2 am")
    card = await card_of(e2e, cast.desk_group, number)  # type: ignore[arg-type]
    await d.press(cast.desk, card, text=says("complaint-btn-depts"))
    picker = await d.wait_for(cast.desk_group, predicate=lambda m: m.message_id ==
                              card.message_id and says("dept-security") in str(m.buttons))
    await d.press(cast.desk, picker, text=says("dept-security"))
    # The security group gets the card with its own buttons; the resident is told.
    dept_card = await d.wait_for(security, contains=f"投訴 {number}")
    assert says("complaint-dept-card-head", department=says("dept-security")) in \
        dept_card.content and "lobby door" in dept_card.content
    await d.wait_for(cast.resident, contains="passed to the Security department")
    # Security asks the desk; the question lands under the desk's card.
    assert await press_card(e2e, guard, dept_card,  # type: ignore[arg-type]
                            "complaint-btn-dask") == says("check-private-chat", EN)
    await d.wait_for(guard, contains=f"{number}: what do you need from the desk")
    await d.send(guard, "Which entrance, Block A or B?")
    asked = await d.wait_for(cast.desk_group, contains="Which entrance")
    assert asked.reply_to_message_id == card.message_id and "Guard Lee" in asked.content
    # The desk answers the department under its card.
    e2e.freeze(FRI_10 + timedelta(hours=1))
    card = await card_of(e2e, cast.desk_group, number)  # type: ignore[arg-type]
    await press_card(e2e, cast.desk, card, "complaint-btn-tell")  # type: ignore[arg-type]
    await d.wait_for(cast.desk, contains=f"{number}: write your message to the department")
    await d.send(cast.desk, "Block A, the resident says")
    told = await d.wait_for(security, contains="Block A, the resident says")
    assert told.reply_to_message_id == dept_card.message_id
    # Security replies; the reply reaches the resident and stops the clock.
    e2e.freeze(FRI_10 + timedelta(hours=5))
    await press_card(e2e, guard, dept_card, "complaint-btn-dreply")  # type: ignore[arg-type]
    await d.wait_for(guard, contains=f"{number}: write the reply to the resident")
    await d.send(guard, "CCTV shows a courier; the Block A door lock was fixed.")
    reply = await d.wait_for(cast.resident, contains="the Block A door lock was fixed")
    assert "Guard Lee" not in reply.content and reply.buttons
    await d.wait_for(security, contains="你的回覆已發送給住戶")
    await d.wait_for(cast.desk_group, contains="CCTV shows a courier")
    await e2e.settle()
    async with e2e.db.reader() as s:
        row = (await s.execute(select(TicketRow.status, TicketRow.department,
                                      TicketRow.replied_at, TicketRow.reply_due))).one()
        actions = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.entity == "ticket").order_by(AuditRow.id)))
    assert tuple(row[:3]) == ("replied", "security", FRI_10 + timedelta(hours=5))
    assert row.replied_at < row.reply_due  # within the 72 hours
    assert actions == ["created", "department", "department-asked", "department-told",
                       "replied"]
    assert e2e.bot.stop() == 0
    assert "Traceback" not in e2e.bot.log()


ZH = Locale.ZH_HANT


async def works_running(e2e: E2E, *, contractor: User | None = None,
                        ) -> tuple[RenoCast, str]:
    """An application with two workers, approved and paid: passes P01 and P02 issued. With
    `contractor`, the owner invites them right after submitting and they link."""
    e2e.freeze(FRI_10)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await renovation_office(e2e)
    d = e2e.d
    number = await submit(e2e, cast.resident, await fill_form(e2e, cast.resident, workers=2))
    if contractor is not None:
        await invite_contractor(e2e, cast, number, contractor)
    await review_to_approval(e2e, cast, number)
    pay = await d.wait_for(cast.desk_group, contains="💰")
    await press_reno(e2e, cast.desk, pay, text=says("btn-reno-paid", ZH))
    await d.wait_for(cast.security_group, contains=f"{number}-P02")
    return cast, number


async def test_security_checks_a_valid_a_returned_and_an_expired_pass(e2e: E2E) -> None:
    cast, number = await works_running(e2e)
    d, guard = e2e.d, cast.guard
    async with SqlUnitOfWork(e2e.db.writer()) as uow:
        ticket = await uow.tickets.by_number(number)
        assert ticket is not None
        first, second = await uow.renovations.passes(ticket.id)
    # The pass image the owner got is the QR of the link that opens the check.
    image = await d.wait_for(cast.resident, contains=f"{number}-P01")
    assert await d.file_bytes(image.photo_file_id or "") == pass_png(first)
    # The first works day: the guard scans P01 (the link carries its check code).
    e2e.freeze(DEC1_10)
    await d.send(guard, f"/start pass_{first.number}_{first.code}")
    valid = await d.wait_for(guard, contains=f"Pass {first.number} is valid today")
    assert valid.photo_file_id  # the worker's own photo, sent with the ID copy
    for expected in ("(Tue 1 Dec)", "Ho Ka Ming", "unit A-12B", says("work-floor", EN),
                     "Tue 1 Dec to Thu 10 Dec"):
        assert expected in valid.content, expected
    # A pass number typed in the security group (the group reads Chinese).
    await d.send(guard, "/pass P02", chat=cast.security_group)
    typed = await d.wait_for(cast.security_group, contains=f"出入證 {second.number} 今日有效")
    assert not typed.photo_file_id  # Lam Siu Fung's photo was skipped
    # Lam Siu Fung leaves: the desk confirms, the pass is returned and refused from then on.
    me = cast.resident
    await d.send(me, "/renovate")
    hub = await d.wait_for(me, contains="Your renovation applications")
    await d.press(me, hub, text=f"{number} ({says('status-works', EN)})")
    mine = await d.wait_for(me, contains=f"{number} (A-12B)", after=hub.message_id)
    await d.press(me, mine, text=says("btn-reno-remove-worker", EN))
    pick = await d.wait_for(me, contains="Which worker leaves", after=mine.message_id)
    await d.press(me, pick, text="Lam Siu Fung")
    leave = await d.wait_for(cast.desk_group, contains="Lam Siu Fung", include_edits=False,
                             predicate=lambda m: bool(m.buttons))
    await press_reno(e2e, cast.desk, leave, text=says("btn-reno-approve", ZH))
    await d.wait_for(cast.security_group, contains="🔙")
    await d.send(guard, "/pass P02")
    await d.wait_for(guard, contains=f"Pass {second.number} was returned")
    # After the approved dates P01 has expired.
    e2e.freeze(datetime(2026, 12, 11, 1, 0, tzinfo=UTC))
    await d.send(guard, "/pass P01")
    await d.wait_for(guard, contains=f"Pass {first.number} has expired")
    # A forged QR code (wrong check code) is refused.
    await d.send(guard, f"/start pass_{first.number}_DEADBEEF")
    await d.wait_for(guard, contains="no such pass in this estate")
    # A resident cannot check passes.
    await d.send(me, "/pass P01")
    await d.wait_for(me, contains="Only security, the desk and managers can check passes")
    await e2e.settle()
    async with e2e.db.reader() as s:
        checks = list(await s.execute(select(AuditRow.entity_id, AuditRow.to_state).where(
            AuditRow.action == "pass-checked").order_by(AuditRow.id)))
    assert [tuple(c) for c in checks] == [
        (first.number, "valid"), (second.number, "valid"), (second.number, "returned"),
        (first.number, "expired"), (first.number, "unknown")]
    assert e2e.bot.stop() == 0
    assert "Traceback" not in e2e.bot.log()


async def test_a_round_nobody_recorded_is_flagged_to_the_desk_once(e2e: E2E) -> None:
    cast, number = await works_running(e2e)
    d = e2e.d
    e2e.freeze(DEC1_10)
    morning = await d.wait_for(cast.supervisors_group, contains="12月1日（二） 10:00")
    assert morning.buttons
    # Nobody presses it; at 15:00 the next round comes and the morning one is flagged.
    e2e.freeze(DEC1_15)
    await d.wait_for(cast.supervisors_group, contains="12月1日（二） 15:00")
    flag = await d.wait_for(cast.desk_group, contains=f"⏭ {number}")
    assert "10:00" in flag.content and "12月1日" in flag.content
    stale = await d.wait_for(cast.supervisors_group, predicate=lambda m: m.message_id ==
                             morning.message_id and not m.buttons)
    assert "⏭" in stale.content
    e2e.freeze(DEC1_15 + timedelta(minutes=30))
    await e2e.settle()
    e2e.freeze(DEC1_15 + timedelta(minutes=60))
    await e2e.settle()
    flags = [m for m in await d.messages(cast.desk_group, from_bot=True)
             if m.content.startswith(f"⏭ {number}")]
    assert len(flags) == 1
    async with e2e.db.reader() as s:
        missed = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.action == "inspection-missed")))
    assert missed == ["inspection-missed"]
    assert e2e.bot.stop() == 0
    assert "Traceback" not in e2e.bot.log()


async def invite_contractor(e2e: E2E, cast: RenoCast, number: str, contractor: User) -> None:
    """The owner asks for a code on their application and forwards it; the contractor opens
    the bot with it."""
    d, me = e2e.d, cast.resident
    await d.send(me, "/renovate")
    hub = await d.wait_for(me, contains="Your renovation applications")
    await d.press(me, hub, text=f"{number} ({says('status-desk_check', EN)})")
    mine = await d.wait_for(me, contains=f"{number} (A-12B)", after=hub.message_id)
    await d.press(me, mine, text=says("btn-reno-contractor", EN))
    invite = await d.wait_for(me, contains="Forward this to your contractor",
                              after=mine.message_id)
    code = invite.content.split("/start ")[1].split(" ")[0].rstrip(")")
    await d.send(contractor, f"/start {code}")
    await d.wait_for(contractor, contains=f"You are now the contractor contact of {number}")
    await d.wait_for(me, contains=f"{number}: Lee Builder is now linked as your contractor")
    # The code works once.
    other = await d.user("Someone Else", language_code="en")
    await d.send(other, f"/start {code}")
    await d.wait_for(other, contains=says("code-used", EN))


async def test_the_contractor_is_told_of_approval_passes_and_a_violation(e2e: E2E) -> None:
    contractor = await e2e.d.user("Lee Builder", language_code="en")
    cast, number = await works_running(e2e, contractor=contractor)
    d = e2e.d
    approved = await d.wait_for(contractor, contains="is approved for Tue 1 Dec to Thu 10 Dec")
    assert f"For the contractor of {number}" in approved.content
    passes = [await d.wait_for(contractor, contains=f"{number}-P0{i}") for i in (1, 2)]
    assert all(p.photo_file_id for p in passes)
    # The 10:00 round finds a violation: the contractor gets the notice and its photo.
    e2e.freeze(DEC1_10)
    round1 = await d.wait_for(cast.supervisors_group, contains="12月1日（二） 10:00")
    await press_reno(e2e, cast.supervisor, round1, text=says("btn-reno-insp-bad", ZH))
    await private_answer(e2e, cast.supervisor, "what is wrong", "Debris in the lift lobby")
    await d.wait_for(cast.supervisor, contains="Send photos of it")
    await d.send_photo(cast.supervisor, JPEG)
    got = await d.wait_for(cast.supervisor, contains="Received 1 photo")
    await press_reno(e2e, cast.supervisor, got, text=says("btn-photos-done", EN))
    notice = await d.wait_for(contractor, contains=f"Rectification notice {number}-V1")
    assert f"For the contractor of {number}" in notice.content
    assert "Debris in the lift lobby" in notice.content
    assert any(m.photo_file_id for m in await d.messages(contractor, from_bot=True)
               if m.caption == f"{number}-V1")
    await d.wait_for(cast.resident, contains=f"Rectification notice {number}-V1")
    await e2e.settle()
    async with e2e.db.reader() as s:
        actions = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.action.like("contractor-%")).order_by(AuditRow.id)))
    assert actions == ["contractor-invited", "contractor-linked"]
    assert e2e.bot.stop() == 0
    assert "Traceback" not in e2e.bot.log()


async def test_a_reworded_question_is_for_the_next_campaign_only(e2e: E2E) -> None:
    from store.tables.surveys import SurveyCampaignRow
    from tests.bot.survey.helpers import survey_buttons

    cast = await start(e2e, FRI_10)
    d = e2e.d
    await d.send(cast.manager, "/survey new 2026Q4 100% 2026-11-27", chat=cast.managers_group)
    invite = await d.wait_for(cast.resident, contains="owner satisfaction survey", timeout=20)
    # While this campaign runs, a manager rewords the first question (in English).
    await d.send(cast.manager, "/questions", chat=cast.managers_group)
    listing = await d.wait_for(cast.managers_group, contains="下一次評議的問題")
    assert "1. [" in listing.content
    await d.send(cast.manager, "/questions reword 1 en How do you rate our front desk?",
                 chat=cast.managers_group)
    saved = await d.wait_for(cast.managers_group, contains="已儲存")
    # The group reads Chinese: its words are kept, only the English ones change.
    assert "How do you rate our front desk?" not in saved.content
    assert "1. [客戶服務] " + says("survey-q-desk") in saved.content
    # The desk (not a manager) cannot edit them.
    await d.send(cast.desk, "/questions retire 1")
    await d.wait_for(cast.desk, contains="Only the estate's managers")
    # The running campaign keeps the old words.
    go = next(cb for cb in survey_buttons(invite) if cb.op == "go")
    await d.press(cast.resident, invite, go.pack())
    first = await d.wait_for(cast.resident, contains="1/", predicate=lambda m: bool(
        survey_buttons(m)) and m.message_id > invite.message_id)
    assert "customer service" in first.content and "front desk" not in first.content
    # A reason of the office's own for a low rating of the first question.
    await d.send(cast.manager, "/questions reason 1 add method 電話無人接聽",
                 chat=cast.managers_group)
    reasons = await d.wait_for(cast.managers_group, contains="own1 · ")
    assert "電話無人接聽" in reasons.content
    # The next campaign asks the new words.
    await d.send(cast.manager, "/survey new 2027Q1", chat=cast.managers_group)
    await e2e.settle()
    async with e2e.db.reader() as s:
        rows = list(await s.execute(select(SurveyCampaignRow.quarter,
                                           SurveyCampaignRow.definition)
                                    .order_by(SurveyCampaignRow.id)))
        edits = list(await s.scalars(select(AuditRow.to_state).where(
            AuditRow.action == "survey-questions")))
    assert [r[0] for r in rows] == ["2026Q4", "2027Q1"]
    assert "text" not in rows[0][1]["questions"][0]
    assert rows[1][1]["questions"][0]["text"] == {
        "en": "How do you rate our front desk?", "zh-Hant": says("survey-q-desk"),
        "zh-Hans": says("survey-q-desk", Locale.ZH_HANS)}
    assert rows[1][1]["questions"][0]["reasons"][-1] == {
        "key": "own1", "cause": "method", "text": {"zh-Hant": "電話無人接聽"}}
    assert "reasons" not in rows[0][1]["questions"][0]
    assert edits == ["reword", "reason-add"]
    assert e2e.bot.stop() == 0
    assert "Traceback" not in e2e.bot.log()
