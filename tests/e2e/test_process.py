"""Starting the process: webhook mode with its secret, bad settings, an old schema."""

from __future__ import annotations

import asyncio
import socket
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import aiohttp

from store.migrate import upgrade
from tests.e2e.conftest import E2E, PROPDESK, bot_env

NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
SECRET = "s3cret-webhook-token-0123456789"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def start_webhook(e2e: E2E) -> str:
    """The seeded estate, and the bot in webhook mode on a free port; returns its URL."""
    e2e.freeze(NOW)
    await e2e.seed(NOW)
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    e2e.bot.env.update({"PROPDESK_TELEGRAM__MODE": "webhook", "PROPDESK_WEBHOOK__SECRET": SECRET,
                        "PROPDESK_WEBHOOK__URL": url, "PROPDESK_WEBHOOK__PORT": str(port)})
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    return url


async def test_webhook_mode_needs_the_secret_and_stores_before_answering(e2e: E2E) -> None:
    url = await start_webhook(e2e)
    user = await e2e.d.user("Web", language_code="en")
    sent = await e2e.d.send(user, "/help")
    await e2e.d.wait_for(user, contains="assistant")
    log = await e2e.d.webhook_log()
    assert any(entry["status"] == 200 for entry in log)
    # Without the secret, or with a wrong one, nothing is accepted.
    async with aiohttp.ClientSession() as http:
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
            async with http.post(url, json={"update_id": 1, "message": {}},
                                 headers=headers) as resp:
                assert resp.status == 401
    # A duplicate POST of the same update is acknowledged and ignored.
    assert sent.update_id is not None
    await e2e.d.redeliver(sent.update_id)
    await e2e.settle()
    assert len(await e2e.d.messages(user, from_bot=True)) == 1
    assert SECRET not in e2e.bot.log()


def run_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PROPDESK, *args], env=env, capture_output=True, text=True,
                          timeout=60, cwd=env["PROPDESK_CWD"], check=False)


def test_bad_settings_stop_the_start_with_one_line(tmp_path: Path) -> None:
    env = bot_env(tmp_path, "http://127.0.0.1:9", f"sqlite:///{tmp_path}/x.db",
                  tmp_path / "clock")
    cases = {
        "PROPDESK_TELEGRAM__TOKEN": ("not-a-token", "telegram.token"),
        "PROPDESK_TELEGRAM__API_BASE": ("ftp://x", "telegram.api_base"),
        "PROPDESK_DATABASE__URL": ("mysql://x", "database.url"),
        "PROPDESK_TELEGRAM__MODE": ("webhook", "PROPDESK_WEBHOOK__SECRET"),
        "PROPDESK_OUTBOX__GLOBAL_PER_S": ("fast", "outbox.global_per_s"),
    }
    for key, (value, expected) in cases.items():
        result = run_cli({**env, key: value}, "run")
        assert result.returncode == 2, (key, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and expected in lines[0], (key, result.stderr)
        assert "Traceback" not in result.stderr + result.stdout


def test_a_webhook_url_telegram_would_not_call_stops_the_start(tmp_path: Path) -> None:
    env = {**bot_env(tmp_path, "https://api.telegram.org", f"sqlite:///{tmp_path}/x.db",
                     tmp_path / "clock"),
           "PROPDESK_TELEGRAM__MODE": "webhook", "PROPDESK_WEBHOOK__SECRET": SECRET}
    for url in ("http://bot.example.org/telegram", "https://bot.example.org:8080/telegram",
                "http://bot.example.org:8443/telegram"):
        result = run_cli({**env, "PROPDESK_WEBHOOK__URL": url}, "run")
        assert result.returncode == 2, (url, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "443, 80, 88 or 8443" in lines[0], (url, result.stderr)
        assert "Traceback" not in result.stderr + result.stdout
    # Telegram's ports with https pass the check (the start then goes on to the database).
    result = run_cli({**env, "PROPDESK_WEBHOOK__URL": "https://bot.example.org:88/t"}, "check")
    assert "8443" not in result.stderr


def test_old_schema_is_refused_with_the_command_to_run(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    env = bot_env(tmp_path, "http://127.0.0.1:9", f"sqlite:///{db}", tmp_path / "clock")
    result = run_cli(env, "run")
    assert result.returncode == 3
    assert "propdesk migrate" in result.stderr and "Traceback" not in result.stderr
    assert run_cli(env, "migrate").returncode == 0
    assert run_cli(env, "check").returncode == 0


async def test_unreachable_api_is_one_line(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path}/x.db"
    await asyncio.to_thread(upgrade, db_url)
    env = bot_env(tmp_path, f"http://127.0.0.1:{free_port()}", db_url, tmp_path / "clock")
    result = await asyncio.to_thread(run_cli, env, "run")
    assert result.returncode == 4 and "cannot reach the Bot API" in result.stderr
    assert "Traceback" not in result.stderr
