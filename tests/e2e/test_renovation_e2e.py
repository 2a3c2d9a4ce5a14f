"""Renovation through the real `propdesk run` process with its clock frozen in a file: the
whole life of an application, the sweeper running on its own every 0.3 s."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from store.tables.infra import AuditRow
from tests.bot.renovation.loop import whole_loop
from tests.bot.renovation.steps import renovation_office
from tests.e2e.conftest import E2E

FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # Friday 10:00 in Hong Kong


async def test_application_submitted_reviewed_inspected_and_closed(e2e: E2E) -> None:
    e2e.freeze(FRI_10)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await renovation_office(e2e)

    async def at(when: datetime) -> None:
        e2e.freeze(when)  # the bot's own sweeper picks the new time up

    number = await whole_loop(e2e, cast, at)
    assert number == "F-2026-000001"
    async with e2e.db.reader() as s:
        steps = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.entity == "ticket").order_by(AuditRow.id)))
    assert steps[:3] == ["created", "review-ok", "review-no"]
    assert {"resubmitted", "paid", "inspection-ok", "inspection-violation", "notice-issued",
            "completion-reported", "final-passed", "passes-returned", "deposit-settled",
            "closed"} <= set(steps)
    assert "Traceback" not in e2e.bot.log()
