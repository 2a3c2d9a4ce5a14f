"""The browser the page tests use is there and starts (skips, or fails in CI, when not)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser


async def test_system_chromium_starts(browser: Any) -> None:
    page = await browser.new_page()
    await page.set_content("<p id=x>香港 ok</p>")
    assert await page.inner_text("#x") == "香港 ok"
    assert browser.version.split(".")[0].isdigit()
    await page.close()
