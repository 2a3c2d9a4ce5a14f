"""Starting `propdesk demo`: the port, the database of a demo that is running, the clock."""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest

from bot.cli import parser
from bot.demo.runner import Demo, DemoRunning, run_demo, start_demo
from bot.settings import Settings
from domain.clock import FrozenClock
from domain.renovation.model import RenovationPolicy
from sandbox.driver import Driver
from store.uow import SqlUnitOfWork
from tests.bot.conftest import says
from tests.bot.test_demo_web import hk

ROOT = Path(__file__).resolve().parents[2]


async def _answers(demo: Demo) -> None:
    """The demo's bot still answers (its database is the one it opened)."""
    async with Driver(demo.url) as d:
        chan = demo.cast.residents[0]
        await d.send(chan, "/my")
        await d.wait_for(chan, contains=says("my-none"))


async def test_a_second_demo_never_touches_the_running_demos_database(tmp_path: Path) -> None:
    first = await start_demo(Settings(), var=tmp_path, clock=FrozenClock(hk(27, 10)))
    try:
        db = tmp_path / "demo.db"
        inode = db.stat().st_ino
        port = int(first.url.rsplit(":", 1)[1])
        # Same port: refused because the port is taken, before anything is deleted.
        with pytest.raises(OSError) as taken:
            await start_demo(Settings(), var=tmp_path, port=port,
                             clock=FrozenClock(hk(27, 10)))
        assert not isinstance(taken.value, DemoRunning)
        assert db.stat().st_ino == inode
        # Another port, the same folder: refused, the database is in use.
        with pytest.raises(DemoRunning):
            await start_demo(Settings(), var=tmp_path, clock=FrozenClock(hk(27, 10)))
        assert db.stat().st_ino == inode
        await _answers(first)
    finally:
        await first.stop()
    # Once it has stopped, the next demo starts afresh in the same folder.
    again = await start_demo(Settings(), var=tmp_path, clock=FrozenClock(hk(27, 10)))
    try:
        await _answers(again)
    finally:
        await again.stop()


async def test_cli_says_the_port_is_taken_and_leaves_the_database(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    var = tmp_path / "var"
    var.mkdir()
    (var / "demo.db").write_bytes(b"in use")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        args = argparse.Namespace(port=port, public=False)
        assert await run_demo(args, Settings()) == 2
    assert f"cannot listen on port {port}" in capsys.readouterr().err
    assert (var / "demo.db").read_bytes() == b"in use"


async def test_demo_starts_at_the_next_opening_when_the_office_is_closed(
        tmp_path: Path) -> None:
    clock = FrozenClock(hk(27, 7, 31))  # Friday 07:31; the office opens at 08:30
    demo = await start_demo(Settings(), var=tmp_path, clock=clock)
    try:
        assert clock.now() == hk(27, 8, 30)
        async with aiohttp.ClientSession() as http, \
                http.get(f"{demo.url}/demo/info?lang=en") as resp:
            info = await resp.json()
        assert info["open"] and info["local"] == "2026-11-27 Fri 08:30"
        # The cast joined on the demo's clock, and the bot's messages say so.
        async with Driver(demo.url) as d:
            chan = demo.cast.residents[0]
            msgs = await d.messages(chan)
            assert msgs and {m.date for m in msgs} == {int(hk(27, 8, 30).timestamp())}
    finally:
        await demo.stop()


async def test_messages_are_stamped_with_the_demo_clock(tmp_path: Path) -> None:
    clock = FrozenClock(hk(27, 10))
    demo = await start_demo(Settings(), var=tmp_path, clock=clock)
    try:
        async with Driver(demo.url) as d, aiohttp.ClientSession() as http:
            chan = demo.cast.residents[0]
            async with http.post(f"{demo.url}/demo/clock", json={"hours": 30}) as resp:
                assert resp.status == 200
            later = int((hk(27, 10) + timedelta(hours=30)).timestamp())
            sent = await d.send(chan, "/my")
            answer = await d.wait_for(chan, contains=says("my-none"))
            mine = [m for m in await d.messages(chan, from_bot=False)
                    if m.message_id == sent.message_id]
            assert mine[0].date == later and answer.date == later
            clock.advance(timedelta(minutes=5))
            await d.edit(chan, sent, "/my")
            mine = [m for m in await d.messages(chan, from_bot=False)
                    if m.message_id == sent.message_id]
            assert mine[0].date == later
            stamp = await d.updates()
            edits = [u["edited_message"] for u in stamp if "edited_message" in u]
            assert edits[-1]["edit_date"] == later + 300
    finally:
        await demo.stop()


def test_fresh_is_gone_because_every_demo_starts_fresh() -> None:
    # The sandbox keeps its chats in memory, so a demo cannot go on from an old database:
    # every demo starts from a new one, and there is no --fresh to pretend otherwise.
    with pytest.raises(SystemExit):
        parser().parse_args(["demo", "--fresh"])
    assert parser().parse_args(["demo", "--port", "8090"]).port == 8090


@pytest.mark.parametrize(("extra", "expected"), [
    ([], "propdesk demo\n"),
    (["PORT=8090"], "propdesk demo --port 8090\n"),
    (["PORT=8090", "PUBLIC=1"], "propdesk demo --port 8090 --public\n"),
])
def test_make_demo_takes_a_port(extra: list[str], expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAKE", "PORT", "PUBLIC"))}
    out = subprocess.run(["make", "-n", "-s", "demo", *extra], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] + "\n" == f".venv/bin/{expected}"


async def test_demo_estate_charges_a_renovation_fee_and_deposit(tmp_path: Path) -> None:
    demo = await start_demo(Settings(), var=tmp_path, clock=FrozenClock(hk(27, 10)))
    try:
        async with SqlUnitOfWork(demo.db.writer()) as uow:
            stored = await uow.estates.get(demo.codes.estate.id)
        assert stored is not None
        for estate in (stored, demo.codes.estate):  # in the database and in the demo's codes
            policy = RenovationPolicy.of(estate)
            assert (policy.currency, policy.fee, policy.deposit) == ("HK$", 2000, 10000)
    finally:
        await demo.stop()
