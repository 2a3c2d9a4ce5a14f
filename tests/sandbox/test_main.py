"""Standalone `python -m sandbox`, the SSE stream and the control index."""

from __future__ import annotations

import asyncio
import json
import signal
import sys

import aiohttp

from sandbox.driver import Driver
from sandbox.server import SandboxServer


async def test_python_m_sandbox_prints_url_and_stops_on_sigterm() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "sandbox", "--port", "0",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        line = (await asyncio.wait_for(proc.stdout.readline(), 15)).decode().strip()
        assert line.startswith("sandbox listening on http://127.0.0.1:")
        url = line.rsplit(" ", 1)[1]
        async with Driver(url) as d:
            assert (await d.bot())["username"] == "propdesk_bot"
            assert (await d.user("Amy")).id == 100000001
    finally:
        proc.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(proc.wait(), 10)
    assert code == 0


async def test_sse_stream_and_index(sandbox: SandboxServer, driver: Driver) -> None:
    amy = await driver.user("Amy")
    async with aiohttp.ClientSession() as s:
        async with s.get(f"{sandbox.base_url}/sandbox") as resp:
            index = await resp.json()
        assert "GET /sandbox/events/stream" in index["endpoints"]
        assert "press" in index["actions"]
        url = f"{sandbox.base_url}/sandbox/events/stream?types=message&chat_id={amy.id}"
        async with s.get(url) as resp:
            assert resp.headers["Content-Type"].startswith("text/event-stream")
            await driver.send(amy, "/start")
            lines = []
            while len(lines) < 3:
                raw = await asyncio.wait_for(resp.content.readline(), 5)
                if raw.strip():
                    lines.append(raw.decode().strip())
    assert lines[0].startswith("id: ") and lines[1] == "event: message"
    event = json.loads(lines[2].removeprefix("data: "))
    assert event["message"]["text"] == "/start" and event["chat_id"] == amy.id


async def test_privacy_mode_filters_group_chatter() -> None:
    async with SandboxServer(privacy_mode=True) as srv, Driver(srv.base_url) as d:
        amy = await d.user("Amy")
        group = await d.group("E座", [amy])
        await d.add_bot(group, amy)
        assert (await d.send(amy, "just chatting", chat=group)).update_id is None
        assert (await d.send(amy, "/help", chat=group)).update_id is not None
        assert (await d.send(amy, "hey @propdesk_bot", chat=group)).update_id is not None
