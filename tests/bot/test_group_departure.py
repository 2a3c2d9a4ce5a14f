"""A staff member who leaves a staff group loses their power in it (until added back)."""

from __future__ import annotations

from sqlalchemy import select

from bot.ui.callbacks import JobCb
from store.tables.infra import AuditRow
from store.tables.tickets import TicketRow
from tests.bot.conftest import Stack, says
from tests.bot.office import staffed_office
from tests.bot.test_repair_flow import card_of, report_leak


async def test_leaving_a_crew_group_ends_power_in_it(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d = stack.d
    number = await report_leak(stack, cast, photos=0)
    card = await card_of(stack, cast, number)
    pat = cast.plumbers[0]
    group = cast.plumbing_group
    await d.remove_member(group, pat)
    await stack.settle()
    async with stack.db.reader() as s:
        ticket_id = (await s.execute(select(TicketRow.id))).scalar_one()
    # A press that still arrives from Pat (a client that kept the card) changes nothing.
    await d.push_raw({"callback_query": {
        "id": "late-press", "chat_instance": "1", "data": JobCb(op="take", id=ticket_id).pack(),
        "from": {"id": pat.id, "is_bot": False, "first_name": pat.first_name},
        "message": {"message_id": card.message_id, "date": 0,
                    "chat": {"id": group.id, "type": group.type, "title": "Plumbing"}}}})
    await stack.settle()
    async with stack.db.reader() as s:
        status = (await s.execute(select(TicketRow.status))).scalar_one()
        left = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.action == "member-left")))
    assert status == "dispatched" and left == ["member-left"]
    # Added back, Pat can take the job again.
    await d.add_member(group, pat)
    await stack.settle()
    await d.press(pat, card, text=says("btn-job-take"))
    await d.wait_for(cast.resident, contains=f"accepted by {pat.first_name}")
