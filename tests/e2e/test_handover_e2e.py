"""The hand-over relay through the real process: a resident's question to the desk group and
the desk's answer back, both ways, recorded (see tests/bot/test_handover.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.bot.test_handover import relay_both_ways
from tests.e2e.conftest import E2E

FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # Friday 10:00 in Hong Kong


async def test_ask_the_desk_through_the_real_process(e2e: E2E) -> None:
    e2e.freeze(FRI_10)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    await relay_both_ways(e2e)
