"""The office's day-one changes through the real process: a tenant moves out mid-form, a
unit is sold, a plumber leaves with a job in hand, the desk and a manager move jobs."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from sqlalchemy import select

from domain.model import Locale
from sandbox.driver import User
from store.tables.infra import AuditRow, FsmRow
from store.tables.registry import PersonRow, StaffRow, TenureRow, UnitRow
from store.tables.tickets import TicketRow
from tests.bot.conftest import says
from tests.bot.office import Cast, staffed_office
from tests.bot.test_repair_flow import report_leak
from tests.e2e.conftest import E2E

EN = Locale.EN
FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # Friday 10:00 in Hong Kong
CODE = re.compile(r"\b[A-Z0-9]{5}-[A-Z0-9]{5}\b")


async def start(e2e: E2E) -> Cast:
    e2e.freeze(FRI_10)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    return await staffed_office(e2e)


async def code_from(e2e: E2E, user: User, contains: str) -> str:
    reply = await e2e.d.wait_for(user, contains=contains)
    found = CODE.search(reply.content)
    assert found, reply.content
    return found.group(0)


async def join_with(e2e: E2E, name: str, code: str, unit: str) -> User:
    user = await e2e.d.user(name, language_code="en")
    await e2e.d.send(user, f"/start {code}")
    await e2e.d.wait_for(user, contains=unit)
    return user


async def report(e2e: E2E, me: User, category_key: str) -> str:
    """A repair without photos in the given category; returns its number."""
    d = e2e.d
    last = await d.last(me)
    mark = last.message_id if last else 0

    async def step(contains: str):  # type: ignore[no-untyped-def]
        return await d.wait_for(me, contains=contains, after=mark, include_edits=False)

    await d.send(me, "/repair")
    menu = await step(says("repair-ask-category", EN))
    await d.press(me, menu, text=says(category_key, EN))
    await step("describe the problem")
    await d.send(me, "The front door lock is stuck")
    ask = await step("Send up to 5 photos")
    await d.press(me, ask, text=says("btn-no-photos", EN))
    urg = await step("Is it an emergency")
    await d.press(me, urg, text=says("urgency-normal", EN))
    times = await step("When can the crew come")
    await d.press(me, times, text=says("time-morning", EN))
    preview = await step("please check")
    await d.press(me, preview, text=says("btn-confirm", EN))
    done = await d.wait_for(me, contains="R-2026-", after=preview.message_id,
                            include_edits=False)
    return "R-2026-" + done.content.split("R-2026-")[1][:6]


async def test_tenant_moves_out_mid_form_and_loses_access(e2e: E2E) -> None:
    cast = await start(e2e)
    d = e2e.d
    await d.send(cast.desk, "/tenant A-12B Tom Tenant")
    tom = await join_with(e2e, "Tom", await code_from(e2e, cast.desk, "Tom Tenant"), "A-12B")
    # The owner is told who was linked to the unit.
    await d.wait_for(cast.resident, contains="Tom Tenant is now registered as tenant")
    await d.send(tom, "/repair")
    menu = await d.wait_for(tom, contains=says("repair-ask-category", EN))
    await d.press(tom, menu, text=says("cat-leak", EN))
    await d.wait_for(tom, contains="describe the problem")
    # Mid-form, the desk ends the tenancy (asked, then confirmed).
    await d.send(cast.desk, "/moveout A-12B")
    card = await d.wait_for(cast.desk, contains="A-12B: registry")
    await d.press(cast.desk, card, text=says("btn-end-link", EN, name="Tom Tenant",
                                             relation="tenant"))
    ask = await d.wait_for(cast.desk, predicate=lambda m: m.message_id == card.message_id
                           and "today?" in m.content)
    await d.press(cast.desk, ask, text=says("btn-confirm", EN))
    await d.wait_for(tom, contains="ended your tenancy of A-12B")
    # The draft is closed: the next text, press or command is refused in Tom's language.
    mark = (await d.last(tom)).message_id  # type: ignore[union-attr]
    await d.send(tom, "Water drips from the ceiling")
    await d.wait_for(tom, contains="Your link to A-12B has ended", after=mark)
    answer = await d.callback_answer(await d.press(tom, menu, text=says("cat-leak", EN)))
    assert answer.text and "Your link to A-12B has ended" in answer.text
    mark = (await d.last(tom)).message_id  # type: ignore[union-attr]
    await d.send(tom, "/repair")
    await d.wait_for(tom, contains="Your link to A-12B has ended", after=mark)
    history = await d.wait_for(cast.desk, predicate=lambda m: m.message_id == card.message_id
                               and "moved out" in m.content)
    assert "Tom Tenant" in history.content and "陳大文" in history.content
    await e2e.settle()
    async with e2e.db.reader() as s:
        ended = (await s.execute(select(TenureRow.ended_on, TenureRow.end_reason,
                                        TenureRow.ended_by)
                                 .join(PersonRow, PersonRow.id == TenureRow.person_id)
                                 .where(PersonRow.name == "Tom Tenant"))).all()
        audit = list(await s.scalars(select(AuditRow.action).where(AuditRow.entity == "tenure")))
        drafts = list(await s.scalars(select(FsmRow.key).where(
            FsmRow.key.like(f"%:{tom.id}:{tom.id}"))))
    assert [(r[0].isoformat(), r[1]) for r in ended] == [("2026-11-27", "moved-out")]
    assert ended[0][2] is not None and "ended" in audit and "added" in audit
    assert drafts == []


async def test_sale_moves_the_unit_to_a_new_owner(e2e: E2E) -> None:
    cast = await start(e2e)
    d = e2e.d
    await d.send(cast.desk, "/sale A-12B 2026-11-27 Wong Tai")
    ask = await d.wait_for(cast.desk, contains="A-12B sold")
    assert "陳大文" in ask.content
    await d.press(cast.desk, ask, text=says("btn-confirm", EN))
    code = await code_from(e2e, cast.desk, "belongs to Wong Tai from 2026-11-27")
    await d.wait_for(cast.resident, contains="A-12B has been sold")
    wong = await join_with(e2e, "Wong", code, "A-12B")
    mark = (await d.last(cast.resident)).message_id  # type: ignore[union-attr]
    await d.send(cast.resident, "/my")
    await d.wait_for(cast.resident, contains="Your link to A-12B has ended", after=mark)
    await d.send(wong, "/repair")
    await d.wait_for(wong, contains=says("repair-ask-category", EN))
    await d.send(cast.desk, "/holders A-12B")
    card = await d.wait_for(cast.desk, contains="Wong Tai (owner) since 2026-11-27")
    assert "unit sold" in card.content
    await e2e.settle()
    async with e2e.db.reader() as s:
        rows = (await s.execute(select(TenureRow.relation, TenureRow.since, TenureRow.ended_on,
                                       TenureRow.end_reason)
                                .join(UnitRow, UnitRow.id == TenureRow.unit_id)
                                .where(UnitRow.number == "12B").order_by(TenureRow.id))).all()
        sold = list(await s.scalars(select(AuditRow.detail).where(AuditRow.action == "sold")))
    assert [(r[0], r[2].isoformat() if r[2] else None, r[3]) for r in rows] == [
        ("owner", "2026-11-27", "sold"), ("owner", None, None)]
    assert sold and sold[0]["on"] == "2026-11-27"


async def test_a_deactivated_plumbers_job_returns_to_the_crew(e2e: E2E) -> None:
    cast = await start(e2e)
    d = e2e.d
    number = await report_leak(e2e, cast, photos=0)  # type: ignore[arg-type]
    card = await d.wait_for(cast.plumbing_group, contains=f"派工單 {number}")
    pat = cast.plumbers[0]
    await d.press(pat, card, text=says("btn-job-take"))
    await d.wait_for(cast.resident, contains=f"accepted by {pat.first_name}")
    await d.send(pat, "/oncall")
    await d.wait_for(pat, contains="You are on call")
    await d.send(cast.manager, "/staff")
    listing = await d.wait_for(cast.manager, contains="staff (")
    assert "Pat Plumber" in listing.content and "📟" in listing.content
    await d.press(cast.manager, listing, text=says("btn-staff-off", EN, name="Pat Plumber"))
    ask = await d.wait_for(cast.manager, predicate=lambda m: m.message_id ==
                           listing.message_id and "Deactivate" in m.content and "?" in m.content)
    await d.press(cast.manager, ask, text=says("btn-confirm", EN))
    fresh = await d.wait_for(cast.plumbing_group, contains=says(
        "card-note-returned", name="Pat Plumber"), after=card.message_id, include_edits=False)
    assert number in fresh.content and "Pat Plumber" in fresh.content
    await d.wait_for(pat, contains="ended your staff access")
    await d.wait_for(cast.resident, contains=f"{number}: ")
    # Pat's press is refused (no longer staff); Wai takes the new card.
    refused = await d.callback_answer(await d.press(pat, fresh, text=says("btn-job-take")))
    assert refused.text and refused.show_alert
    wai = cast.plumbers[1]
    await d.press(wai, fresh, text=says("btn-job-take"))
    await d.wait_for(cast.resident, contains=f"accepted by {wai.first_name}")
    await e2e.settle()
    async with e2e.db.reader() as s:
        staff = (await s.execute(select(StaffRow.active, StaffRow.on_call, StaffRow.ended_at)
                                 .where(StaffRow.trade == "plumbing").order_by(StaffRow.id))
                 ).all()
        actions = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.entity == "ticket").order_by(AuditRow.id)))
    assert staff[0][0] is False and staff[0][1] is False and staff[0][2] is not None
    assert staff[1][0] is True
    assert actions[-2:] == ["returned", "accepted"]


async def test_desk_assigns_a_general_job_and_a_manager_takes_one_over(e2e: E2E) -> None:
    cast = await start(e2e)
    d = e2e.d
    number = await report(e2e, cast.resident, "cat-locks")
    # Nobody of the General crew works here: the desk sees the job.
    card = await d.wait_for(cast.desk_group, contains=f"派工單 {number}")
    assert "/assign" in card.content
    await d.send(cast.desk, f"/assign {number}", chat=cast.desk_group)
    offer = await d.wait_for(cast.desk_group, contains=f"分派 {number}")
    await d.press(cast.desk, offer, text=says("btn-assign-person", name="Sparky",
                                              trade=says("trade-electrical")))
    await d.wait_for(cast.electrician, contains="assigned you this job")
    await d.wait_for(cast.resident, contains="accepted by Sparky")
    await d.wait_for(cast.desk_group, predicate=lambda m: m.message_id == card.message_id
                     and "Sparky" in m.content)
    # A manager takes it over from Sparky.
    await d.send(cast.manager, f"/assign {number}")
    mine = await d.wait_for(cast.manager, contains=f"Assign {number}")
    await d.press(cast.manager, mine, text=says("btn-assign-me", EN))
    await d.wait_for(cast.resident, contains="accepted by Boss")
    # The desk also takes a General job straight from its card.
    second = await report(e2e, cast.resident, "cat-other")
    card2 = await d.wait_for(cast.desk_group, contains=f"派工單 {second}")
    await d.press(cast.desk, card2, text=says("btn-job-take"))
    await d.wait_for(cast.resident, contains=f"{second}: accepted by Clerk")
    await e2e.settle()
    async with e2e.db.reader() as s:
        rows = (await s.execute(select(AuditRow.action, AuditRow.detail).where(
            AuditRow.entity == "ticket", AuditRow.action == "assigned")
            .order_by(AuditRow.id))).all()
        status = (await s.execute(select(TicketRow.status, TicketRow.version).where(
            TicketRow.number == number))).one()
    assert len(rows) == 2 and rows[0][1]["to"] != rows[1][1]["to"]
    assert status[0] == "accepted"
