"""Browser tests: the sandbox's chat page in headless Chromium (Debian's, through Playwright).

Locally they skip when Playwright or Chromium is missing; with PROPDESK_REQUIRE_BROWSER=1
(CI sets it) they fail instead. Screenshots go to test-artifacts/browser/.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.demo.runner import Demo, start_demo
from bot.settings import Settings
from domain.clock import FrozenClock

CHROMIUM = os.environ.get("PROPDESK_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
REQUIRED = os.environ.get("PROPDESK_REQUIRE_BROWSER") == "1"


try:
    import playwright.async_api  # noqa: F401

    NO_PLAYWRIGHT = False
except ImportError:
    NO_PLAYWRIGHT = True
if NO_PLAYWRIGHT and not REQUIRED:
    # The page tests import Playwright; test_chromium.py reports the skip with its reason.
    collect_ignore_glob = ["test_page_*.py", "test_demo_*.py"]


def _missing() -> str | None:
    if NO_PLAYWRIGHT:
        return "Playwright for Python is not installed (pip install -e '.[dev]')"
    if not os.access(CHROMIUM, os.X_OK):
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    return None


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    """Headless Chromium from the system; never a downloaded browser."""
    reason = _missing()
    if reason is not None:
        if REQUIRED:
            pytest.fail(f"browser tests are required here (PROPDESK_REQUIRE_BROWSER=1): {reason}")
        pytest.skip(f"browser tests skipped: {reason}")
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        b = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            await b.close()


@pytest.fixture
def artifacts(request: pytest.FixtureRequest) -> Path:
    """Where this test's screenshots go."""
    folder = ARTIFACTS / request.node.name
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    return folder


@pytest.fixture
def demo_clock() -> FrozenClock:
    # Friday 27 November 2026, 10:00 in Hong Kong: the office is open.
    return FrozenClock(datetime(2026, 11, 27, 2, 0, tzinfo=UTC))


@pytest.fixture
async def demo(tmp_path: Path, demo_clock: FrozenClock) -> AsyncIterator[Demo]:
    """`propdesk demo` in process, on a free port, with a frozen clock the page can move."""
    settings = Settings(**{
        "outbox": {"global_per_s": 1000, "per_chat_per_s": 200, "per_chat_burst": 50,
                   "per_group_per_min": 12000, "group_burst": 50},
        "processing": {"retry_delays_s": [0.2, 0.5]},
    })
    running = await start_demo(settings, var=tmp_path, clock=demo_clock)
    try:
        yield running
    finally:
        await running.stop()
