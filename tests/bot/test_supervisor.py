"""A background task that dies is restarted, with an ERROR line that quotes no content."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.runtime.supervisor import supervise


async def test_a_task_that_raises_is_restarted_with_an_error_line(
        caplog: pytest.LogCaptureFixture) -> None:
    stop = asyncio.Event()
    runs = 0
    secret = "resident " + "text"

    async def task() -> None:
        nonlocal runs
        runs += 1
        if runs <= 3:
            raise ValueError(secret)
        await stop.wait()  # the fourth run lives until the bot stops

    caplog.set_level(logging.INFO, logger="bot.runtime.supervisor")
    running = asyncio.create_task(supervise("ingest", task, stop, first_delay=0.01))
    while runs < 4:
        await asyncio.sleep(0.01)
    stop.set()
    assert await asyncio.wait_for(running, 5) == 3
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 3
    text = errors[0].getMessage()
    assert "ingest" in text and "ValueError" in text and "test_supervisor.py" in text
    assert all(secret not in r.getMessage() for r in caplog.records)
    # The back-off doubles: 0.01, 0.02, 0.04 s.
    assert [m.getMessage().split("restarting in ")[1][:4] for m in errors] == [
        "0.01", "0.02", "0.04"]


async def test_back_off_is_bounded_and_stop_ends_the_wait(
        caplog: pytest.LogCaptureFixture) -> None:
    stop = asyncio.Event()
    runs = 0

    async def crashing() -> None:
        nonlocal runs
        runs += 1
        raise RuntimeError("boom")

    caplog.set_level(logging.ERROR, logger="bot.runtime.supervisor")
    running = asyncio.create_task(supervise("sender", crashing, stop, first_delay=0.01,
                                            max_delay=0.04))
    await asyncio.sleep(0.3)
    stop.set()
    restarts = await asyncio.wait_for(running, 5)
    # 0.01 + 0.02 + 0.04 + 0.04 ... in 0.3 s: a handful of restarts, not a spin.
    assert 3 <= runs <= 10 and restarts == runs
    delays = {r.getMessage().split("restarting in ")[1].split(" s")[0] for r in caplog.records}
    assert delays == {"0.01", "0.02", "0.04"}


async def test_a_task_that_returns_is_not_restarted() -> None:
    stop = asyncio.Event()
    runs = 0

    async def once() -> None:
        nonlocal runs
        runs += 1

    assert await supervise("leader", once, stop) == 0 and runs == 1
