"""Spot checks (抽查) and corrective actions through the real `propdesk run` process, its
clock frozen in a file: on the 1st the sweeper draws November's records with a recorded seed
(the draw reproduced from it), the checks reach the managers' group one by one, passes and a
failure with its reason are recorded, the failed check opens a corrective action whose owner
is reminded and closes it with a note; forged and replayed presses are refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from domain.model import Locale
from domain.move_in.model import Applicant, MoveIn
from domain.move_in.model import Status as MoveInStatus
from domain.spotchecks.draw import draw
from domain.spotchecks.model import CheckKind, CheckStatus
from domain.tickets import Kind, Status, Ticket, ticket_number
from sandbox.driver import BotMessage, Chat, User
from store.tables.infra import AuditRow
from store.uow import SqlUnitOfWork
from tests.bot.conftest import says
from tests.bot.office import Cast, staffed_office
from tests.bot.renovation.steps import press_card
from tests.e2e.conftest import E2E

EN = Locale.EN
NOV_30 = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # Monday 10:00 in Hong Kong
DEC_1 = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)    # the 1st, 09:00 in Hong Kong
NOV_10 = datetime(2026, 11, 10, 2, 0, tzinfo=UTC)


async def november(e2e: E2E, cast: Cast) -> dict[CheckKind, list[int]]:
    """Six repairs closed by their callback, a renovation in works, a move-in."""
    out: dict[CheckKind, list[int]] = {k: [] for k in CheckKind}
    async with SqlUnitOfWork(e2e.db.writer()) as uow:
        estate = cast.codes.estate
        unit = await uow.units.find(estate.id, "A", "12B")
        owner = await uow.people.by_tg(cast.resident.id)
        assert unit is not None and owner is not None
        for i in range(6):
            t = await uow.tickets.add(Ticket(
                id=0, number=ticket_number(Kind.REPAIR, 2026, 300 + i), kind=Kind.REPAIR,
                estate_id=estate.id, status=Status.CLOSED, reporter_id=owner.id,
                category="plumbing", description=f"Tap leaking ({i})",
                created_at=NOV_10 - timedelta(days=2), unit_id=unit.id, trade="plumbing",
                confirmed_at=NOV_10, closed_at=NOV_10 + timedelta(days=i)))
            out[CheckKind.CALLBACK].append(t.id)
        t = await uow.tickets.add(Ticket(
            id=0, number=ticket_number(Kind.RENOVATION, 2026, 40), kind=Kind.RENOVATION,
            estate_id=estate.id, status=Status.WORKS, reporter_id=owner.id,
            category="renovation", description="Kitchen", created_at=NOV_10, unit_id=unit.id))
        out[CheckKind.RENOVATION].append(t.id)
        record = await uow.move_ins.add(MoveIn(
            id=0, number="M-2026-000900", estate_id=estate.id, unit_id=unit.id,
            owner_id=owner.id, applicant=Applicant.SELF, slot_at=NOV_10, collective=False,
            status=MoveInStatus.DONE, created_at=NOV_10))
        out[CheckKind.MOVE_IN].append(record.id)
        await uow.commit()
    return out


def _has(text: str) -> object:
    return lambda m: any(b.text == text for row in m.buttons for b in row)


async def next_card(e2e: E2E, group: Chat, n: int, total: int) -> BotMessage:
    return await e2e.d.wait_for(group, contains=f"抽查 {n}/{total}", include_edits=False,
                                predicate=_has(says("spot-btn-pass")), timeout=20)


async def fail_in_private(e2e: E2E, manager: User, card: BotMessage, reason: str) -> None:
    d = e2e.d
    before = await d.last(manager)
    await press_card(e2e, manager, card, text=says("spot-btn-fail"))
    ask = await d.wait_for(manager, contains="failed: what is wrong?",
                           after=before.message_id if before else 0)
    await d.send(manager, "x")  # too short: asked again, nothing lost
    ask = await d.wait_for(manager, contains="failed: what is wrong?", after=ask.message_id)
    await d.send(manager, reason)
    ask = await d.wait_for(manager, contains="Any photos of it?", after=ask.message_id)
    await d.press(manager, ask, text=says("btn-no-photos", EN))
    preview = await d.wait_for(manager, contains="Failed check — please check",
                               after=ask.message_id, include_edits=False)
    await d.press(manager, preview, text=says("spot-btn-record-fail", EN))
    await d.wait_for(manager, contains="recorded as failed", after=preview.message_id)


async def test_monthly_draw_checks_and_an_action_to_closed(e2e_both: E2E) -> None:
    e2e = e2e_both
    e2e.freeze(NOV_30)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await staffed_office(e2e)
    d, manager, desk, group = e2e.d, cast.manager, cast.desk, cast.managers_group
    pool = await november(e2e, cast)
    await e2e.settle()

    # The 1st: the draw, announced with its seed, and the first check.
    e2e.freeze(DEC_1)
    summary = await d.wait_for(group, contains="2026-12 抽查", timeout=20)
    assert "隨機抽出 6 項" in summary.content and "裝修管理：只有 1 項可抽，不足 3 項" \
        in summary.content
    first = await next_card(e2e, group, 1, 6)
    assert "維修回訪" in first.content and "/t_R2026000" in first.content
    assert "業主：陳大文 · +852" in first.content and "A-12B" in first.content
    async with SqlUnitOfWork(e2e.db.reader()) as uow:
        made = await uow.spot_checks.draw_of(cast.codes.estate.id, "2026-12")
        assert made is not None and f"種子 {made.seed}" in summary.content
        drawn = await uow.spot_checks.of_draw(made.id)
    # Reproduced from the recorded seed; at least four callbacks.
    again = draw(pool, {CheckKind.CALLBACK: 4, CheckKind.RENOVATION: 4,
                        CheckKind.MOVE_IN: 1}, made.seed)
    assert [(c.kind, c.target_id) for c in drawn] == again.checks()
    assert sum(c.kind is CheckKind.CALLBACK for c in drawn) == 4

    # One by one: three passes, each bringing the next card.
    card = first
    for n in (1, 2, 3):
        await press_card(e2e, manager, card, text=says("spot-btn-pass"))
        card = await next_card(e2e, group, n + 1, 6)
    # The replayed Pass of a decided card and made-up presses: refused with an alert.
    data = first.buttons[0][0].callback_data
    assert data is not None
    for forged in (data, "sp1:zap:1", "sp1:pass:99999999999999999999", "ca1:close:424242"):
        answer = await d.callback_answer(await d.press(manager, first, forged, forge=True))
        assert answer.show_alert and answer.text, forged
    # A resident pressing a real check's button in their own chat: refused too.
    answer = await d.callback_answer(await d.press(cast.resident, (cast.resident.id, 1),
                                                   card.buttons[0][0].callback_data,
                                                   forge=True))
    assert answer.show_alert

    # The fourth callback fails: the reason asked in private; the card shows it.
    await fail_in_private(e2e, manager, card, "The owner says nobody called back")
    failed = await d.wait_for(group, contains="❌ 不合格", predicate=_has(
        says("spot-btn-open-action")))
    assert "The owner says nobody called back" in failed.content
    await next_card(e2e, group, 5, 6)  # the renovation check follows

    # Open action on the failed check: cause, owner, deadline, description.
    before = await d.last(manager)
    await press_card(e2e, manager, failed, text=says("spot-btn-open-action"))
    ask = await d.wait_for(manager, contains="What is the cause?",
                           after=before.message_id if before else 0)
    await d.press(manager, ask, text=says("action-cause", EN, cause="method"))
    ask = await d.wait_for(manager, contains="Who owns the action?", after=ask.message_id)
    await d.press(manager, ask, text="Clerk")
    ask = await d.wait_for(manager, contains="By which day", after=ask.message_id)
    await d.send(manager, "1/11/2026")
    ask = await d.wait_for(manager, contains="That date has passed", after=ask.message_id)
    await d.send(manager, "15/12/2026")
    ask = await d.wait_for(manager, contains="What is to be done?", after=ask.message_id)
    await d.send(manager, "Callbacks recorded the same day, checked weekly by the supervisor")
    preview = await d.wait_for(manager, contains="Corrective action — please check",
                               after=ask.message_id, include_edits=False)
    assert "A failed spot check" in preview.content and "Method" in preview.content
    await d.press(manager, preview, text=says("spot-btn-open-action", EN))
    await d.wait_for(manager, contains="Action CA-2026-000001 opened", after=preview.message_id)
    told = await d.wait_for(desk, contains="You own a corrective action")
    assert "15 Dec" in told.content or "2026-12-15" in told.content

    # /actions lists it; the day before the deadline the owner is reminded.
    ask = await d.send(manager, "/actions")
    listed = await d.wait_for(manager, contains="Open corrective actions", after=ask.message_id)
    assert "CA-2026-000001" in listed.content and listed.buttons
    e2e.freeze(datetime(2026, 12, 14, 1, 1, tzinfo=UTC))
    await d.wait_for(desk, contains="Action CA-2026-000001 is due tomorrow", timeout=20)

    # The owner closes it with a note; the managers are told.
    before = await d.last(desk)
    await press_card(e2e, desk, told, text=says("spot-btn-close", EN,
                                                number="CA-2026-000001"))
    ask = await d.wait_for(desk, contains="what was done?",
                           after=before.message_id if before else 0)
    await d.send(desk, "Log book changed; supervisor signs it every Friday")
    preview = await d.wait_for(desk, contains="Close action CA-2026-000001",
                               after=ask.message_id, include_edits=False)
    await d.press(desk, preview, text=says("spot-btn-close-action", EN))
    await d.wait_for(desk, contains="Action CA-2026-000001 closed.", after=preview.message_id)
    await d.wait_for(group, contains="措施 CA-2026-000001 已由 Clerk 結束")
    # Closed once: the owner's old Close button is refused.
    answer = await d.callback_answer(await d.press(desk, told, listed.buttons[0][0]
                                                   .callback_data, forge=True))
    assert answer.show_alert

    await e2e.settle()
    async with SqlUnitOfWork(e2e.db.reader()) as uow:
        assert await uow.spot_checks.month_summary(cast.codes.estate.id, "2026-12") == \
            {"required": 6, "done": 4, "failed": 1}
        assert await uow.actions.open_count(cast.codes.estate.id) == 0
        statuses = [c.status for c in await uow.spot_checks.of_draw(made.id)]
        assert statuses[:5] == [CheckStatus.PASSED] * 3 + [CheckStatus.FAILED, CheckStatus.SENT]
    async with e2e.db.reader() as s:
        steps = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.entity.in_(["spot-draw", "spot-check", "action"])).order_by(AuditRow.id)))
        refused = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.entity == "security")))
    assert steps[0] == "drawn" and steps.count("passed") == 3
    assert {"failed", "opened", "deadline", "closed"} <= set(steps)
    assert len(refused) >= 5
    assert "Traceback" not in e2e.bot.log()
