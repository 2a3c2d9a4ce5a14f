"""/find through the real process, run by tests/e2e/test_household_file_e2e.py: a desk member
finds traditional Chinese text with a simplified query and no spaces, English words, a
person's unit by name, pages with the buttons; a resident is refused in their language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.tickets import Kind, Status, Ticket, ticket_number
from store.uow import SqlUnitOfWork
from tests.bot.office import staffed_office
from tests.e2e.conftest import E2E

FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # Friday 10:00 in Hong Kong


async def _tickets(e2e: E2E, estate_id: int, unit_id: int) -> None:
    texts = ["廚房水喉漏水，地板濕晒"] * 12 + ["Kitchen light flickers", "浴室去水渠塞"]
    async with SqlUnitOfWork(e2e.db.writer()) as uow:
        for i, text in enumerate(texts, start=1):
            await uow.tickets.add(Ticket(
                id=0, number=ticket_number(Kind.REPAIR, 2026, 100 + i), kind=Kind.REPAIR,
                estate_id=estate_id, status=Status.CLOSED, reporter_id=None,
                category="plumbing", description=f"{text} ({i})",
                created_at=FRI_10 - timedelta(days=30 - i), unit_id=unit_id,
                trade="plumbing"))
        await uow.commit()


async def find_in_chinese_and_english_with_pages(e2e: E2E) -> None:
    e2e.freeze(FRI_10)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await staffed_office(e2e)
    async with SqlUnitOfWork(e2e.db.reader()) as uow:
        unit = await uow.units.find(cast.codes.estate.id, "A", "12B")
    assert unit is not None
    await _tickets(e2e, cast.codes.estate.id, unit.id)
    d, desk = e2e.d, cast.desk

    # Simplified, no spaces, finds the traditional text; newest first; 10 a page.
    sent = await d.send(desk, "/find 厨房水喉")
    first = await d.wait_for(desk, contains="Found for “厨房水喉” (page 1)",
                             after=sent.message_id, include_edits=False)
    assert first.content.count("/t_R2026") == 10
    assert first.content.index("R-2026-000112") < first.content.index("R-2026-000111")
    assert "廚房水喉漏水" in first.content and "A-12B" in first.content
    await d.press(desk, first, text="Next »")
    second = await d.wait_for(desk, contains="(page 2)")
    assert second.content.count("/t_R2026") == 2 and "R-2026-000101" in second.content
    await d.press(desk, second, text="« Previous")
    await d.wait_for(desk, contains="(page 1)", predicate=lambda m: "R-2026-000112" in m.content)

    sent = await d.send(desk, "/find kitchen FLICKERS")
    hit = await d.wait_for(desk, contains="Found for", after=sent.message_id, include_edits=False)
    assert "R-2026-000113" in hit.content and hit.content.count("/t_R2026") == 1

    # A name (written in simplified) finds the owner's unit and its household file command.
    sent = await d.send(desk, "/find 陈大文")
    unit_hit = await d.wait_for(desk, contains="/unit A-12B", after=sent.message_id,
                                include_edits=False)
    assert "Unit A-12B" in unit_hit.content

    sent = await d.send(desk, "/find 火星")
    await d.wait_for(desk, contains="Nothing found for “火星”", after=sent.message_id,
                     include_edits=False)

    # Residents are refused, in their language.
    sent = await d.send(cast.resident, "/find 漏水")
    await d.wait_for(cast.resident, contains="Search is for management office staff",
                     after=sent.message_id, include_edits=False)
    await e2e.settle()
