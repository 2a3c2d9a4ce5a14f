"""Repairs through the sandbox: form, work order, race, progress, callback, rework, reopen."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from domain.model import Locale
from sandbox.driver import BotMessage, User
from store.tables.infra import AuditRow
from store.tables.tickets import FileRow, TicketRow
from tests.bot.conftest import Stack, says, tiny_jpeg
from tests.bot.office import Cast, staffed_office

EN = Locale.EN
JPEG = tiny_jpeg()  # a real image: photos are decoded and re-encoded before they count


async def report_leak(stack: Stack, cast: Cast, *, urgency: str = "Normal",
                      photos: int = 2) -> str:
    """The resident fills in the form; returns the ticket number."""
    d, me = stack.d, cast.resident
    last = await d.last(me)
    mark = last.message_id if last else 0

    async def step(contains: str):  # type: ignore[no-untyped-def]
        return await d.wait_for(me, contains=contains, after=mark, include_edits=False)

    await d.send(me, "/repair")
    menu = await step(says("repair-ask-category", EN))
    await d.press(me, menu, text=says("cat-leak", EN))
    await step("describe the problem")
    await d.send_sticker(me)
    await step("a sticker")
    await d.send(me, "Water drips from the bathroom ceiling since last night")
    ask = await step("Send up to 5 photos")
    if photos:
        await d.send_album(me, [JPEG] * photos)
        count = await d.wait_for(me, contains=f"Received {photos} of at most 5",
                                 after=ask.message_id)
        await d.press(me, count, text=says("btn-photos-done", EN))
    else:
        await d.press(me, ask, text=says("btn-no-photos", EN))
    urg = await step("Is it an emergency")
    await d.press(me, urg, text=says("urgency-emergency" if urgency == "Emergency"
                                     else "urgency-normal", EN))
    times = await step("When can the crew come")
    await d.press(me, times, text=says("time-morning", EN))
    preview = await step("please check")
    assert "A-12B" in preview.content and f"Photos: {photos}" in preview.content
    await d.press(me, preview, text=says("btn-confirm", EN))
    done = await d.wait_for(me, contains="R-2026-", after=preview.message_id,
                            include_edits=False)
    return done.content.split("R-2026-")[1][:6].join(["R-2026-", ""])


async def card_of(stack: Stack, cast: Cast, number: str, after: int = 0) -> BotMessage:
    return await stack.d.wait_for(cast.plumbing_group, contains=f"派工單 {number}",
                                  after=after, include_edits=False)


async def private_answer(stack: Stack, user: User, prompt: str, text: str | None = None,
                         photo: bool = False) -> None:
    await stack.d.wait_for(user, contains=prompt)
    if photo:
        await stack.d.send_photo(user, JPEG, caption="all dry now")
    else:
        assert text is not None
        await stack.d.send(user, text)


async def test_repair_from_report_to_closed_callback(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d = stack.d
    number = await report_leak(stack, cast)
    assert number == "R-2026-000001"
    card = await card_of(stack, cast, number)
    assert says("cat-leak") in card.content and "A-12B" in card.content
    # Both plumbers press Accept at the same moment: exactly one gets the job.
    p1, p2 = cast.plumbers
    presses = await asyncio.gather(d.press(p1, card, text=says("btn-job-take")),
                                   d.press(p2, card, text=says("btn-job-take")))
    answers = [await d.callback_answer(p) for p in presses]
    texts = sorted(a.text or "" for a in answers)
    assert texts[1] == says("job-taken", EN) and texts[0].startswith("Already taken by")
    winner = p1 if answers[0].text == says("job-taken", EN) else p2
    loser = p2 if winner is p1 else p1
    edited = await d.wait_for(cast.plumbing_group, predicate=lambda m: m.message_id ==
                              card.message_id and says("status-accepted") in m.content)
    assert winner.first_name in edited.content
    await d.wait_for(cast.resident, contains=f"accepted by {winner.first_name}")
    # The other plumber cannot work on it; the electrician cannot even contact.
    pressed = await d.press(loser, edited, text=says("btn-job-site"))
    assert (await d.callback_answer(pressed)).text == says("job-not-yours", EN)
    await d.press(winner, edited, text=says("btn-job-way"))
    await d.wait_for(cast.resident, contains="on the way")
    edited = await d.wait_for(cast.plumbing_group, predicate=lambda m: m.message_id ==
                              card.message_id and says("status-on_the_way") in m.content)
    await d.press(winner, edited, text=says("btn-job-parts"))
    await private_answer(stack, winner, "which parts", "A 15 mm compression valve")
    await d.wait_for(cast.resident, contains="waiting for parts (A 15 mm compression valve)")
    edited = await d.wait_for(cast.plumbing_group, predicate=lambda m: m.message_id ==
                              card.message_id and says("status-waiting_parts") in m.content)
    await d.press(winner, edited, text=says("btn-job-done"))
    await stack.d.wait_for(winner, contains="photo of the finished work")
    await d.send(winner, "done!")  # text where a photo is needed: asked again
    await d.wait_for(winner, contains=says("job-done-needs-photo", EN))
    await d.send_photo(winner, JPEG, caption="all dry now")
    done_msg = await d.wait_for(cast.resident, contains="Is it fixed?")
    assert done_msg.photo_file_id
    await d.press(cast.resident, done_msg, text=says("btn-fixed-yes", EN))
    stars = await d.wait_for(cast.resident, predicate=lambda m: m.message_id ==
                             done_msg.message_id and bool(m.buttons) and "⭐" in
                             m.buttons[0][0].text)
    await d.press(cast.resident, stars, text="⭐⭐⭐⭐")
    await d.wait_for(cast.resident, contains="Write a comment")
    await d.send(cast.resident, "Polite and quick")
    await d.wait_for(cast.resident, contains="Thank you for your feedback")

    task = await d.wait_for(cast.desk_group, contains=f"回訪 {number}")
    assert "+85291234567" in task.content and "⭐⭐⭐⭐" in task.content
    await d.press(cast.desk, task, text=says("btn-cb-problem"))
    await private_answer(stack, cast.desk, "what problem", "Ceiling still damp near the lamp")
    rework = await d.wait_for(cast.plumbing_group, contains="整改通知")
    await d.wait_for(winner, contains="Rework notice for")
    await d.press(winner, rework, text=says("btn-job-ack"))
    working = await d.wait_for(cast.plumbing_group, predicate=lambda m: m.message_id ==
                               rework.message_id and says("status-accepted") in m.content)
    await d.press(winner, working, text=says("btn-job-done"))
    await private_answer(stack, winner, "photo of the finished work", photo=True)
    again = await d.wait_for(cast.resident, contains="Is it fixed?", after=done_msg.message_id,
                             include_edits=False)
    await d.press(cast.resident, again, text=says("btn-fixed-yes", EN))
    stars = await d.wait_for(cast.resident, predicate=lambda m: m.message_id ==
                             again.message_id and bool(m.buttons) and "⭐" in
                             m.buttons[0][0].text)
    await d.press(cast.resident, stars, text="⭐⭐⭐⭐⭐")
    comment = await d.wait_for(cast.resident, contains="Write a comment",
                               after=again.message_id, include_edits=False)
    await d.press(cast.resident, comment, text=says("btn-skip", EN))
    task2 = await d.wait_for(cast.desk_group, contains=f"回訪 {number}",
                             after=task.message_id, include_edits=False)
    await d.press(cast.desk, task2, text=says("btn-cb-satisfied"))
    await d.wait_for(cast.resident, contains=f"{number}: closed")
    # An old button after close does nothing harmful.
    old = await d.press(winner, card, "job1:take:1", forge=True)
    assert (await d.callback_answer(old)).show_alert
    await stack.settle()
    async with stack.db.reader() as s:
        row = (await s.execute(select(TicketRow.status, TicketRow.rating))).one()
        stored = await s.scalar(select(func.count()).select_from(FileRow).where(
            FileRow.status == "stored"))
        transitions = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.entity == "ticket", AuditRow.to_state.is_not(None)))
    assert tuple(row) == ("closed", 5)
    assert stored == 4  # two report photos and two done photos copied into the file store
    assert transitions >= 12


async def test_reopen_sends_a_new_card_with_the_reason(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d = stack.d
    number = await report_leak(stack, cast, photos=0)
    card = await card_of(stack, cast, number)
    plumber = cast.plumbers[0]
    await d.press(plumber, card, text=says("btn-job-take"))
    taken = await d.wait_for(cast.plumbing_group, predicate=lambda m: m.message_id ==
                             card.message_id and says("status-accepted") in m.content)
    await d.press(plumber, taken, text=says("btn-job-done"))
    await private_answer(stack, plumber, "photo of the finished work", photo=True)
    done_msg = await d.wait_for(cast.resident, contains="Is it fixed?")
    await d.press(cast.resident, done_msg, text=says("btn-fixed-no", EN))
    await private_answer(stack, cast.resident, "What is still wrong", "Still dripping")
    new_card = await card_of(stack, cast, number, after=card.message_id)
    assert says("card-note-reopened", reason="Still dripping") in new_card.content
    assert new_card.buttons[0][0].text == says("btn-job-take")


async def test_only_own_units_and_trades(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d = stack.d
    number = await report_leak(stack, cast, photos=0)
    card = await card_of(stack, cast, number)
    await d.add_member(cast.plumbing_group, cast.electrician)
    pressed = await d.press(cast.electrician, card, text=says("btn-job-take"))
    assert (await d.callback_answer(pressed)).text == says("job-not-your-trade", EN)
    pressed = await d.press(cast.neighbour, (cast.neighbour.id, 1), "job1:contact:1", forge=True)
    assert (await d.callback_answer(pressed)).show_alert
    await d.send(cast.neighbour, f"/ticket {number}")
    await d.wait_for(cast.neighbour, contains=says("unknown-command", EN))
    await d.send(cast.neighbour, "/my")
    await d.wait_for(cast.neighbour, contains="no requests yet")
    await d.send(cast.desk, f"/ticket {number}")
    detail = await d.wait_for(cast.desk, contains="History")
    assert "reported" in detail.content or "waiting for a technician" in detail.content
    await stack.settle()
    async with stack.db.reader() as s:
        assert await s.scalar(select(TicketRow.status)) == "dispatched"
