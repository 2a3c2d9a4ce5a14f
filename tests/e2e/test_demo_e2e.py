"""`propdesk demo` as `make demo` runs it: one address, the page, loopback only, Ctrl-C."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
from pathlib import Path

import aiohttp
import pytest

from tests.e2e.conftest import PROPDESK
from tests.e2e.test_process import free_port

pytestmark = pytest.mark.e2e


def _other_address() -> str | None:
    """A non-loopback address of this machine, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 1))
            addr = str(s.getsockname()[0])
        except OSError:
            return None
    return None if addr.startswith("127.") else addr


async def test_demo_prints_one_address_and_serves_the_page(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROPDESK_")}
    proc = subprocess.Popen([PROPDESK, "demo", "--port", str(port)], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        lines: list[str] = []
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 60
        while loop.time() < deadline:
            line = await asyncio.to_thread(proc.stdout.readline)
            if not line:
                break
            lines.append(line)
            if "Ctrl-C" in line:
                break
        out = "".join(lines)
        assert re.findall(r"https?://\S+", out) == [f"http://127.0.0.1:{port}"], out
        base = f"http://127.0.0.1:{port}"
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{base}/") as resp:
                assert resp.status == 200
                assert "/web/app.js" in await resp.text()
            async with http.get(f"{base}/demo/info") as resp:
                info = await resp.json()
                assert info["demo"] and info["ready"] and info["estate"].startswith("Harbour")
            async with http.get(f"{base}/sandbox/state") as resp:
                assert len((await resp.json())["users"]) == 11  # 7 staff, 4 residents
        # A second `propdesk demo` on the same port says so and leaves this one's database.
        db = tmp_path / "var" / "demo.db"
        inode = db.stat().st_ino
        second = await asyncio.to_thread(
            subprocess.run, [PROPDESK, "demo", "--port", str(port)], cwd=tmp_path, env=env,
            capture_output=True, text=True, timeout=60)
        assert second.returncode == 2 and f"cannot listen on port {port}" in second.stderr
        assert db.stat().st_ino == inode
        async with aiohttp.ClientSession() as http, http.get(f"{base}/demo/info") as resp:
            assert (await resp.json())["ready"]
        other = _other_address()
        if other is not None:  # bound to 127.0.0.1 only, without --public
            with pytest.raises(OSError), socket.create_connection((other, port), timeout=2):
                pass
        proc.send_signal(signal.SIGINT)
        assert await asyncio.to_thread(proc.wait, 30) == 0
        assert (tmp_path / "var" / "demo.db").exists()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
