"""Hand-over to a person: text the bot does not understand from a linked resident offers a
repair, a complaint or the desk; "Ask the office" relays the conversation both ways through the
desk group (the desk answers by replying to the card, the resident sees the desk's registered
name), recorded as ticket notes and audit rows. An unlinked /repair is told to link first."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from domain.model import Locale
from store.tables.infra import AuditRow
from store.tables.registry import GroupRow, PersonRow
from store.tables.tickets import TicketNoteRow, TicketRow
from tests.bot.conftest import Stack, says
from tests.bot.office import Cast, staffed_office

EN = Locale.EN


async def test_ask_the_desk_relayed_both_ways(stack: Stack) -> None:
    await relay_both_ways(stack)


async def relay_both_ways(stack: Any) -> Cast:
    """Works with the in-process Stack and with the e2e harness; returns the office's cast."""
    cast = await staffed_office(stack)
    d, me = stack.d, cast.resident
    await d.send(me, "請問管理處幾點開門？")
    offer = await d.wait_for(me, contains=says("handover-offer", EN))
    labels = [b.text for row in offer.buttons for b in row]
    assert labels == [says("btn-handover-repair", EN), says("btn-handover-complaint", EN),
                      says("btn-handover-ask", EN)]
    await d.press(me, offer, text=says("btn-handover-ask", EN))
    opened = await d.wait_for(me, contains="Passed to the management office")
    assert "Q-2026-000001" in opened.content
    card = await d.wait_for(cast.desk_group, contains="💬 Q-2026-000001 · A-12B")
    assert "請問管理處幾點開門？" in card.content

    await d.send(cast.desk, "星期一至五 08:30 至 18:00。", chat=cast.desk_group, reply_to=card)
    answer = await d.wait_for(me, contains="Management office (")
    async with stack.db.reader() as s:
        desk_name = await s.scalar(select(PersonRow.name).where(
            PersonRow.tg_user_id == cast.desk.id))
    assert answer.content == f"💬 Management office ({desk_name}): 星期一至五 08:30 至 18:00。"
    assert str(cast.desk.id) not in answer.content
    await d.wait_for(cast.desk_group, contains=f"✅ Q-2026-000001：已由 {desk_name} 答覆住戶")

    await d.send(me, "Thanks! And on Sundays?")
    await d.wait_for(me, contains=says("handover-relayed", EN))
    more = await d.wait_for(cast.desk_group, contains="Thanks! And on Sundays?")
    assert more.content.startswith("💬 Q-2026-000001")
    # A plain message in the desk group, not a reply, is not sent to anyone.
    await d.send(cast.desk, "internal note", chat=cast.desk_group)
    await d.send(cast.desk, "週日 09:00 至 17:00。", chat=cast.desk_group, reply_to=more)
    await d.wait_for(me, contains="週日 09:00 至 17:00。")
    await d.press(me, answer, text=says("btn-handover-end", EN))
    await d.wait_for(me, contains=says("handover-ended", EN))
    await d.wait_for(cast.desk_group, contains="住戶已結束對話")
    await stack.settle()
    assert not [m for m in await d.messages(me, from_bot=True) if "internal note" in m.content]
    async with stack.db.reader() as s:
        status, kind = (await s.execute(select(TicketRow.status, TicketRow.kind))).one()
        notes = list(await s.scalars(select(TicketNoteRow.kind).order_by(TicketNoteRow.id)))
        actions = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.entity == "ticket").order_by(AuditRow.id)))
    assert (status, kind) == ("closed", "enquiry")
    assert notes == ["ask", "answer", "ask", "answer"]
    assert actions == ["created", "desk-answered", "resident-wrote", "desk-answered",
                       "enquiry-closed"]
    return cast


async def test_the_other_buttons_and_who_is_offered_them(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d, me = stack.d, cast.resident
    await d.send(me, "hello?")
    offer = await d.wait_for(me, contains=says("handover-offer", EN))
    await d.press(me, offer, text=says("btn-handover-repair", EN))
    await d.wait_for(me, contains=says("repair-ask-category", EN))
    await d.send(me, "/cancel")
    await d.wait_for(me, contains="ancel")
    # Staff who are not residents get the plain answer; someone unlinked asking for /repair
    # is told how to link first.
    await d.send(cast.desk, "hello?")
    await d.wait_for(cast.desk, contains=says("unknown-text", EN))
    stranger = await d.user("Stranger", language_code="en")
    await d.send(stranger, "/repair")
    told = await d.wait_for(stranger, contains=says("repair-link-first", EN))
    assert [b.text for row in told.buttons for b in row] == [
        says("btn-have-code", EN), says("btn-request-link", EN)]


async def test_without_a_desk_group_the_managers_group_takes_the_question(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d, me = stack.d, cast.resident
    async with stack.db.writer() as s:
        await s.execute(update(GroupRow).where(GroupRow.chat_id == cast.desk_group.id)
                        .values(status="left"))
        await s.commit()
    await d.send(me, "Who do I ask about parking?")
    offer = await d.wait_for(me, contains=says("handover-offer", EN))
    await d.press(me, offer, text=says("btn-handover-ask", EN))
    card = await d.wait_for(cast.managers_group, contains="💬 Q-2026-000001")
    await d.send(cast.manager, "The car park office, G/F.", chat=cast.managers_group,
                 reply_to=card)
    await d.wait_for(me, contains="The car park office, G/F.")
