"""A button counts from the moment the person can see it: with the Bot API's answers to sends
and edits arriving late (the sandbox holds them after the message is shown, as a real network
does), a press on a fresh card, before the bot has recorded the card's message id, counts."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from domain.model import Locale
from sandbox.driver import BotMessage
from store.tables.infra import OutboxRow
from tests.bot.conftest import says
from tests.bot.office import Cast, staffed_office
from tests.bot.test_complaint_flow import card_of, file_complaint, press_card
from tests.bot.test_repair_flow import private_answer, report_leak
from tests.e2e.conftest import E2E

EN = Locale.EN
FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # Friday 10:00 in Hong Kong
# Far longer than the bot takes to process a press, so every press below lands while the
# card's send is still waiting for its answer.
LATE_MS = 700


async def start(e2e: E2E) -> Cast:
    e2e.freeze(FRI_10)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await staffed_office(e2e)
    assert await e2e.d.answer_delay(LATE_MS) == LATE_MS
    return cast


async def recorded(e2e: E2E, message: BotMessage) -> bool:
    """Whether the bot has recorded this message's id (its send has had its answer)."""
    async with e2e.db.reader() as s:
        found = await s.scalar(select(OutboxRow.id).where(
            OutboxRow.chat_id == message.chat_id, OutboxRow.message_id == message.message_id))
    return found is not None


async def test_quick_presses_on_fresh_complaint_cards_count(e2e: E2E) -> None:
    cast = await start(e2e)
    d = e2e.d
    number = await file_complaint(e2e, cast)  # type: ignore[arg-type]
    card = await card_of(e2e, cast.desk_group, number)  # type: ignore[arg-type]
    pressed = await d.press(cast.desk, card, text=says("complaint-btn-take"))
    answer = await d.callback_answer(pressed)
    assert answer.text == says("complaint-yours", EN)
    # The resident's copy of the reply: "satisfied" at once, then the stars at once.
    card = await card_of(e2e, cast.desk_group, number, who="Clerk")  # type: ignore[arg-type]
    mark = (await d.last(cast.desk)).message_id  # type: ignore[union-attr]
    await press_card(e2e, cast.desk, card, "complaint-btn-reply")  # type: ignore[arg-type]
    await d.wait_for(cast.desk, contains=f"{number}: write the reply", after=mark)
    await d.send(cast.desk, "Cleaning removed the bags at 11:00.")
    reply = await d.wait_for(cast.resident, contains="removed the bags")
    pressed = await d.press(cast.resident, reply, text=says("complaint-btn-res-ok", EN))
    assert not await recorded(e2e, reply)  # its answer is still on its way to the bot
    assert (await d.callback_answer(pressed)).text == says("complaint-rate-ask", EN)
    stars = await d.wait_for(cast.resident, predicate=lambda m: m.message_id ==
                             reply.message_id and bool(m.buttons) and "⭐" in
                             m.buttons[0][0].text)
    await d.press(cast.resident, stars, text="⭐⭐⭐⭐")
    await d.wait_for(cast.resident, contains=f"{number}: closed. Thank you for your rating")
    await e2e.settle()
    assert (await d.stats())["given_429"] == 0
    assert e2e.bot.stop() == 0
    assert "Traceback" not in e2e.bot.log()


async def test_quick_presses_on_fresh_repair_cards_count(e2e: E2E) -> None:
    cast = await start(e2e)
    d = e2e.d
    number = await report_leak(e2e, cast)  # type: ignore[arg-type]
    card = await d.wait_for(cast.plumbing_group, contains=f"派工單 {number}")
    plumber = cast.plumbers[0]
    pressed = await d.press(plumber, card, text=says("btn-job-take"))
    assert (await d.callback_answer(pressed)).text == says("job-taken", EN)
    await d.wait_for(cast.resident, contains=f"accepted by {plumber.first_name}")
    taken = await d.wait_for(cast.plumbing_group, predicate=lambda m: m.message_id ==
                             card.message_id and says("status-accepted") in m.content)
    await d.press(plumber, taken, text=says("btn-job-done"))
    await private_answer(e2e, plumber, "photo of the finished work", photo=True)  # type: ignore[arg-type]
    done = await d.wait_for(cast.resident, contains="Is it fixed?")
    pressed = await d.press(cast.resident, done, text=says("btn-fixed-yes", EN))
    assert not await recorded(e2e, done)  # its answer is still on its way to the bot
    assert (await d.callback_answer(pressed)).text == says("rate-ask", EN)
    stars = await d.wait_for(cast.resident, predicate=lambda m: m.message_id ==
                             done.message_id and bool(m.buttons) and "⭐" in m.buttons[0][0].text)
    pressed = await d.press(cast.resident, stars, text="⭐⭐⭐")
    assert (await d.callback_answer(pressed)).text == says("rate-thanks", EN, stars="⭐⭐⭐")
    await e2e.settle()
    assert e2e.bot.stop() == 0
    assert "Traceback" not in e2e.bot.log()
