"""The demo page on a phone: 390 px wide (an iPhone 12-15), nothing cut off, the composer there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import expect

from bot.demo.runner import Demo
from domain.model import Locale
from tests.bot.conftest import says
from tests.browser.pages import ChatPage

pytestmark = pytest.mark.browser
PHONE = (390, 844)

# Every visible element that is not inside a box that clips or scrolls sideways must lie
# within the window; and the page itself must not scroll sideways.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  const clipped = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const x = getComputedStyle(p).overflowX;
      if (x !== "visible") return true;
    }
    return false;
  };
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
    if ((r.left < -1 || r.right > width + 1) && !clipped(el)) {
      out.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className} ${r.left}..${r.right}`);
    }
  }
  const page = document.scrollingElement;
  if (page.scrollWidth > page.clientWidth) out.push(`page scrolls: ${page.scrollWidth}`);
  return out;
}"""


async def _fits(tab: ChatPage) -> None:
    assert await tab.page.evaluate(OVERFLOW) == []
    for part in ("#input", "#send-btn", "#attach-btn", "#chat-title"):
        await expect(tab.page.locator(part)).to_be_in_viewport(ratio=1)


async def test_the_demo_page_fits_a_phone(browser: Any, demo: Demo, artifacts: Path) -> None:
    assert demo.cast.residents[1].first_name == "Mary Wong"
    # A visitor abroad: the browser is on UTC, the estate in Hong Kong.
    tab = await ChatPage.open(browser, demo.url, shots=artifacts, viewport=PHONE, mobile=True,
                              timezone="UTC")
    await tab.shot("1-opened")
    await _fits(tab)
    # Pick a person and their chat with the bot, as a visitor would on the phone.
    await tab.as_person("Mary Wong", "PropDesk")
    await tab.type("/my")
    answer = await tab.see(says("my-none", Locale.EN))
    # Messages are dated by the demo's clock and shown in the estate's time, as the clock is.
    await expect(tab.page.locator("#clock-now")).to_have_text("2026-11-27 Fri 10:00")
    await expect(answer.locator(".meta .time")).to_have_text("10:00")
    await tab.shot("2-chat")
    await _fits(tab)
    # A staff group with the clock panel and a wide card still fits.
    desk = demo.cast.group_by_key("desk")
    await tab.as_person("林小姐 Desk Lam", desk.title)
    await tab.shot("3-group")
    await _fits(tab)
    await tab.close()
