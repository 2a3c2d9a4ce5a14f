"""/queue: each row's own deadline or how long it is overdue, overdue first, pages of 25
with buttons, filters, and links by ticket number (old id links still open the ticket)."""

from __future__ import annotations

import re
from datetime import timedelta

from aiogram.types import User as TgUser

from bot.middlewares import load_actor
from domain import repair
from domain.model import Locale
from domain.repair import RepairDraft
from store.uow import SqlUnitOfWork
from tests.bot.conftest import Stack, says
from tests.bot.office import staffed_office

EN = Locale.EN
ROW = re.compile(r"^(🚨 )?R-2026-\d{6} · ")


async def test_queue_pages_filters_and_overdue_first(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d = stack.d
    start = stack.clock.now()
    async with SqlUnitOfWork(stack.db.writer(), publisher=stack.runtime.publisher) as uow:
        resident = await load_actor(uow, TgUser(id=cast.resident.id, is_bot=False,
                                                first_name="x"), False)
        plumber = await load_actor(uow, TgUser(id=cast.plumbers[0].id, is_bot=False,
                                               first_name="x"), False)
        unit = resident.tenures[0].unit.id
        numbers = []
        for i in range(30):  # the first five are filed two days earlier: overdue now
            at = start - timedelta(days=2) if i < 5 else start
            t = (await repair.submit_repair(uow, resident, RepairDraft(
                "electrical" if i % 2 else "plumbing", f"Problem {i}", "normal",
                unit_id=unit), at)).ticket
            numbers.append(t.number)
            if i == 6:  # a plumbing job the plumber took
                await repair.accept_job(uow, plumber, t.id, start)
        await uow.commit()
    await stack.settle(timeout=60)
    mark = (await d.last(cast.desk_group)).message_id  # type: ignore[union-attr]
    await d.send(cast.manager, "/queue", chat=cast.desk_group)
    first = await d.wait_for(cast.desk_group, contains="未完成工作", after=mark)
    rows = [line for line in first.content.splitlines() if ROW.match(line)]
    assert len(rows) == 25 and "（第 1/2 頁）" in first.content
    # The five overdue first, each saying by how long; the rest show their own deadline.
    assert all("逾時 1 日" in line for line in rows[:5]), rows[:6]
    assert [line.split(" · ")[0] for line in rows[:5]] == numbers[:5]
    assert all("限期 " in line and "逾時" not in line for line in rows[5:])
    assert "—" not in "".join(rows)
    assert f"/t_{numbers[0].replace('-', '')}" in rows[0]
    labels = [b.text for row in first.buttons for b in row]
    assert says("queue-btn-next") in labels and says("queue-btn-overdue") in labels

    await d.press(cast.manager, first, text=says("queue-btn-next"))
    second = await d.wait_for(cast.desk_group, predicate=lambda m: m.message_id ==
                              first.message_id and "（第 2/2 頁）" in m.content)
    assert len([line for line in second.content.splitlines() if ROW.match(line)]) == 5
    await d.press(cast.manager, second, text=says("queue-btn-overdue"))
    overdue = await d.wait_for(cast.desk_group, predicate=lambda m: m.message_id ==
                               first.message_id and "（第 1/1 頁）" in m.content)
    assert len([line for line in overdue.content.splitlines() if ROW.match(line)]) == 5
    await d.press(cast.manager, overdue, text="• " + says("queue-btn-overdue"))  # still on
    # The plumber's own jobs in private.
    await d.send(cast.plumbers[0], "/queue")
    mine_list = await d.wait_for(cast.plumbers[0], contains="R-2026-")
    await d.press(cast.plumbers[0], mine_list, text=says("queue-btn-mine", EN))
    on = "• " + says("queue-btn-mine", EN)
    mine = await d.wait_for(cast.plumbers[0], predicate=lambda m: m.message_id ==
                            mine_list.message_id and any(b.text == on for r in m.buttons
                                                         for b in r))
    mine_rows = [line for line in mine.content.splitlines() if ROW.match(line)]
    assert [line.split(" · ")[0] for line in mine_rows] == [numbers[6]]

    # The number link opens the ticket; the old id link still does.
    await d.send(cast.manager, f"/t_{numbers[0].replace('-', '')}", chat=cast.desk_group)
    opened = await d.wait_for(cast.desk_group, contains=f"{numbers[0]}",
                              after=first.message_id, include_edits=False)
    assert "Problem 0" in opened.content
    mark = (await d.last(cast.desk_group)).message_id  # type: ignore[union-attr]
    await d.send(cast.manager, "/ticket_1", chat=cast.desk_group)
    shown = await d.wait_for(cast.desk_group, contains="R-2026-000001", after=mark,
                             include_edits=False)
    assert "Problem 0" in shown.content

