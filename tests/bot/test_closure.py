"""`/closed typhoon` and `/reopen` in chat: only managers; the groups hear it; a resident who
reports meanwhile is told the office is closed and how to reach the on-call crew."""

from __future__ import annotations

from datetime import timedelta

from domain.model import Locale
from tests.bot.conftest import Stack, says
from tests.bot.office import staffed_office
from tests.bot.test_repair_flow import report_leak

EN = Locale.EN


async def test_typhoon_closure_in_chat(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d = stack.d
    await d.send(cast.desk, "/closed typhoon")
    await d.wait_for(cast.desk, contains=says("closure-managers-only", EN))
    await d.send(cast.manager, "/closed")
    await d.wait_for(cast.manager, contains="/closed typhoon")
    await d.send(cast.manager, "/closed T8")
    await d.wait_for(cast.manager, contains="typhoon signal No. 8")
    await d.wait_for(cast.desk_group, contains="🌀 管理處暫停辦公（八號或以上熱帶氣旋警告信號）")
    await d.wait_for(cast.plumbing_group, contains="🌀")
    number = await report_leak(stack, cast, photos=0)
    told = await d.wait_for(cast.resident, contains=number)
    assert "The office is closed because of the typhoon signal No. 8" in told.content
    assert "report it again as an emergency" in told.content
    stack.clock.advance(timedelta(hours=1))
    await d.send(cast.manager, "/reopen")
    reopened = await d.wait_for(cast.manager, contains="open again")
    assert "the deadlines of 1 ticket moved on" in reopened.content
    await d.wait_for(cast.desk_group, contains="✅ 管理處已重開辦公")
