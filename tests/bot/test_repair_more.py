"""More of the repair loop: QR links, contact, hand back, /queue, /my, 8 crew racing."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from bot.ui.callbacks import JobCb
from domain import registry
from domain.model import Locale
from sandbox.driver import User
from store.tables.infra import AuditRow
from store.tables.tickets import TicketRow
from store.uow import SqlUnitOfWork
from tests.bot.conftest import Stack, says
from tests.bot.office import staffed_office
from tests.bot.test_repair_flow import card_of, private_answer, report_leak

EN = Locale.EN


async def test_qr_link_binds_the_form_to_equipment(stack: Stack) -> None:
    cast = await staffed_office(stack)
    async with SqlUnitOfWork(stack.db.writer()) as uow:
        estate = await uow.estates.by_code("HV")
        assert estate is not None
        lift = await registry.create_repair_link(uow, estate, now=stack.clock.now(),
                                                 token="lift2tokenAB", equipment="Lift 2, Block A")
        unit = await registry.create_repair_link(uow, estate, now=stack.clock.now(),
                                                 token="unitA3Atoken", unit_label="A-3A")
        await uow.commit()
    d, me = stack.d, cast.resident
    await d.send(me, f"/start repair_{unit}")
    await d.wait_for(me, contains=says("qr-not-your-unit", EN))
    await d.send(me, f"/start repair_{lift}")
    menu = await d.wait_for(me, contains=says("repair-ask-category", EN))
    await d.press(me, menu, text=says("cat-lift", EN))
    await d.wait_for(me, contains="describe the problem")  # no place question
    await d.send(me, "The lift door does not close")
    ask = await d.wait_for(me, contains="Send up to 5 photos")
    await d.press(me, ask, text=says("btn-no-photos", EN))
    urg = await d.wait_for(me, contains="Is it an emergency")
    await d.press(me, urg, text=says("urgency-normal", EN))
    times = await d.wait_for(me, contains="When can the crew come")
    await d.send(me, "after 8 pm please")
    preview = await d.wait_for(me, contains="please check")
    assert "Common area: Lift 2, Block A" in preview.content
    assert "after 8 pm please" in preview.content
    await d.press(me, preview, text=says("btn-confirm", EN))
    await d.wait_for(me, contains="R-2026-000001")
    await stack.settle()
    async with stack.db.reader() as s:
        row = (await s.execute(select(TicketRow.location, TicketRow.unit_id,
                                      TicketRow.trade))).one()
    # No lift crew and no general crew group here: the work order goes to the desk group.
    assert tuple(row) == ("Lift 2, Block A", None, "lift")
    card = await d.wait_for(cast.desk_group, contains="派工單 R-2026-000001")
    assert "after 8 pm please" in card.content and "time-" not in card.content
    assert times.buttons  # the window buttons were offered


async def test_contact_hand_back_queue_and_my(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d = stack.d
    number = await report_leak(stack, cast, photos=0)
    card = await card_of(stack, cast, number)
    p1, p2 = cast.plumbers
    await d.press(p1, card, text=says("btn-job-take"))
    taken = await d.wait_for(cast.plumbing_group, predicate=lambda m: m.message_id ==
                             card.message_id and says("status-accepted") in m.content)
    pressed = await d.press(p1, taken, text=says("btn-job-contact"))
    assert (await d.callback_answer(pressed)).text == says("contact-sent", EN)
    contact = await d.wait_for(p1, contains=f"{number} — resident")
    assert "+85291234567" in contact.content
    await d.send(cast.manager, "/queue", chat=cast.plumbing_group)
    queue = await d.wait_for(cast.plumbing_group, contains=number, after=taken.message_id,
                             include_edits=False)
    assert f"/t_{number.replace('-', '')}" in queue.content
    await d.press(p1, taken, text=says("btn-job-back"))
    await private_answer(stack, p1, "why are you handing", "Wrong tools with me")
    new_card = await card_of(stack, cast, number, after=queue.message_id)
    assert "Wrong tools with me" in new_card.content and p1.first_name in new_card.content
    old = await d.wait_for(cast.plumbing_group, predicate=lambda m: m.message_id ==
                           card.message_id and "Wrong tools" in m.content)
    assert not old.buttons
    await d.wait_for(cast.resident, contains="another technician")
    await d.press(p2, new_card, text=says("btn-job-take"))
    await d.wait_for(cast.resident, contains=f"accepted by {p2.first_name}")
    await d.send(cast.resident, "/my")
    mine = await d.wait_for(cast.resident, contains="Open")
    assert number in mine.content and says("status-accepted", EN) in mine.content


async def test_eight_crew_press_accept_at_once_on_ten_cards(stack_both: Stack) -> None:
    stack = stack_both  # on SQLite and on PostgreSQL
    cast = await staffed_office(stack)
    d = stack.d
    crew: list[User] = list(cast.plumbers)
    codes = cast.codes
    for i in range(6):  # six more plumbers join with fresh codes
        async with SqlUnitOfWork(stack.db.writer()) as uow:
            estate = await uow.estates.by_code("HV")
            assert estate is not None
            from domain.model import CodeKind, StaffRole, Trade
            code = await registry.issue_code(uow, kind=CodeKind.STAFF, estate=estate,
                                             now=stack.clock.now(), created_by="t", pepper="",
                                             role=StaffRole.CREW, trade=Trade.PLUMBING)
            await uow.commit()
        user = await d.user(f"Extra {i}", language_code="en")
        await d.send(user, f"/start {code}")
        await d.wait_for(user, contains="You are now")
        await d.add_member(cast.plumbing_group, user)
        crew.append(user)
    assert len(crew) == 8 and codes
    winners = []
    for _ in range(10):
        number = await report_leak(stack, cast, photos=0)
        card = await card_of(stack, cast, number)
        ticket_id = int(number.rsplit("-", 1)[1])
        data = JobCb(op="take", id=ticket_id).pack()
        presses = await asyncio.gather(*(d.press(c, card, data) for c in crew))
        answers = await asyncio.gather(*(d.callback_answer(p) for p in presses))
        ok = [a for a in answers if a.text == says("job-taken", EN)]
        assert len(ok) == 1 and len(answers) == 8
        assert all(a.text and (a is ok[0] or a.text.startswith("Already taken by"))  # noqa
                   for a in answers), [a.text for a in answers]
        assert all(a.text and (a is ok[0] or a.text.startswith("Already taken by"))
                   for a in answers)
        winners.append(ok[0])
    await stack.settle()
    async with stack.db.reader() as s:
        assignees = list(await s.scalars(select(TicketRow.assignee_id)))
    assert len(assignees) == 10 and all(assignees)


async def test_photo_step_refuses_big_and_wrong_files_and_keeps_the_draft(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d, me = stack.d, cast.resident
    await d.send(me, "/repair")
    menu = await d.wait_for(me, contains=says("repair-ask-category", EN))
    await d.press(me, menu, text=says("cat-electrical", EN))
    await d.wait_for(me, contains="describe the problem")
    await d.send(me, "x" * 10_000)
    await d.wait_for(me, contains="10000 characters")
    await d.send(me, "Socket sparks when plugging in")
    await d.wait_for(me, contains="Send up to 5 photos")
    await d.send_photo(me, b"\xff\xd8\xff" + bytes(100), claimed_size=15 * 1024 * 1024)
    await d.wait_for(me, contains="too big (15.0 MB; at most 10.0 MB)")
    await d.send_document(me, b"PK\x03\x04", "plans.zip", "application/zip")
    await d.wait_for(me, contains=says("file-not-photo", EN))
    await d.send(me, "here is the photo")
    await d.wait_for(me, contains=says("repair-photo-or-done", EN))
    await stack.settle()
    async with stack.db.reader() as s:
        from store.tables.infra import FsmRow

        row = (await s.execute(select(FsmRow.state, FsmRow.data))).first()
    assert row is not None and row.state == "RepairForm:waiting_photos"
    assert row.data["description"] == "Socket sparks when plugging in"
    assert row.data["photos"] == []
    # No file was fetched from Telegram for the refused ones.
    assert not [c for c in await d.calls("getFile")]


async def test_second_report_gets_its_own_photo_count(stack: Stack) -> None:
    """The photo count message of a second report is a new message, edited as photos come."""
    from tests.bot.test_repair_flow import report_leak

    cast = await staffed_office(stack)
    await report_leak(stack, cast, photos=2)
    first_count = [m for m in await stack.d.messages(cast.resident, from_bot=True)
                   if "Received" in m.content]
    await report_leak(stack, cast, photos=3)  # waits for "Received 3 of at most 5"
    counts = [m for m in await stack.d.messages(cast.resident, from_bot=True)
              if "Received" in m.content]
    assert len(counts) == len(first_count) + 1
    assert "Received 2 of" in counts[0].content and "Received 3 of" in counts[-1].content


async def test_rating_comment_reaches_the_desk(stack: Stack) -> None:
    """Issue 12 item 6: the comment the resident writes after the stars shows on the desk's
    callback task (edited in) and in /ticket. Issue 18: the resident is asked with the
    finished work's photo; the desk gets the photos before and after as one album."""
    cast = await staffed_office(stack)
    d = stack.d
    number = await report_leak(stack, cast, photos=2)
    card = await card_of(stack, cast, number)
    p1 = cast.plumbers[0]
    await d.press(p1, card, text=says("btn-job-take"))
    taken = await d.wait_for(cast.plumbing_group, predicate=lambda m: m.message_id ==
                             card.message_id and says("status-accepted") in m.content)
    await d.press(p1, taken, text=says("btn-job-done"))
    await private_answer(stack, p1, "photo of the finished work", photo=True)
    asked = await d.wait_for(cast.resident, contains="Is it fixed?")
    assert asked.photo_file_id and [b.text for b in asked.all_buttons] == [
        says("btn-fixed-yes", EN), says("btn-fixed-no", EN)]
    await d.press(cast.resident, asked, text=says("btn-fixed-yes", EN))
    stars = await d.wait_for(cast.resident, predicate=lambda m: m.message_id ==
                             asked.message_id and bool(m.buttons) and "⭐" in
                             m.buttons[0][0].text)
    await d.press(cast.resident, stars, text="⭐⭐⭐")
    await private_answer(stack, cast.resident, "Write a comment", "Polite, but <b>late</b>")
    task = await d.wait_for(cast.desk_group, contains=f"回訪 {number}")
    album = [m for m in await d.messages(cast.desk_group, from_bot=True)
             if m.photo_file_id and m.message_id < task.message_id]
    assert len(album) == 3 and len({m.media_group_id for m in album}) == 1
    assert album[0].media_group_id is not None
    assert album[0].caption == says("callback-photos", number=number, before=2, after=1)
    task = await d.wait_for(cast.desk_group, predicate=lambda m: m.message_id ==
                            task.message_id and "Polite, but <b>late</b>" in m.content)
    assert "評分：⭐⭐⭐，意見：Polite" in task.content
    assert [b.text for row in task.buttons for b in row]  # still waiting for the callback
    await d.send(cast.desk, f"/ticket {number}")
    shown = await d.wait_for(cast.desk, contains=number)
    assert says("ticket-detail-comment", EN, comment="Polite, but <b>late</b>") in shown.content


async def test_only_the_assignee_and_the_office_see_the_residents_phone(stack: Stack) -> None:
    """Issue 12 item 8: before anyone accepts, a plumber pressing Contact is refused (in
    their language, audited); the desk may; after the accept only the assignee of the crew."""
    cast = await staffed_office(stack)
    d = stack.d
    number = await report_leak(stack, cast, photos=0)
    card = await card_of(stack, cast, number)
    p1, p2 = cast.plumbers
    early = await d.press(p1, card, text=says("btn-job-contact"))
    answer = await d.callback_answer(early)
    assert answer.show_alert and answer.text == says("job-contact-after-accept", EN)
    pressed = await d.press(cast.desk, card, text=says("btn-job-contact"))
    assert (await d.callback_answer(pressed)).text == says("contact-sent", EN)
    assert "+85291234567" in (await d.wait_for(cast.desk, contains=f"{number} — resident")
                              ).content
    await d.press(p1, card, text=says("btn-job-take"))
    taken = await d.wait_for(cast.plumbing_group, predicate=lambda m: m.message_id ==
                             card.message_id and says("status-accepted") in m.content)
    other = await d.press(p2, taken, text=says("btn-job-contact"))
    assert (await d.callback_answer(other)).text == says("job-not-yours", EN)
    mine = await d.press(p1, taken, text=says("btn-job-contact"))
    assert (await d.callback_answer(mine)).text == says("contact-sent", EN)
    await d.wait_for(p1, contains=f"{number} — resident")
    await stack.settle()
    for plumber in (p1, p2):
        shown = [m for m in await d.messages(plumber, from_bot=True) if "+852912" in m.content]
        assert len(shown) == (1 if plumber is p1 else 0)
    async with stack.db.reader() as s:
        denied = list(await s.scalars(select(AuditRow.entity_id).where(
            AuditRow.entity == "security", AuditRow.action == "denied").order_by(AuditRow.id)))
        shown_to = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.action == "contact-shown"))
    assert denied == ["job-contact-after-accept", "job-not-yours"] and shown_to == 2
