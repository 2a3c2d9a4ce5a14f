"""`propdesk demo` in a browser: a repair from the report to the callback, in four tabs.

A resident reports a leak with a photo; two plumbers race for the work order from two tabs;
the winner finishes with a photo; the clock panel moves time three days on, and the desk
group gets the callback (回訪). Screenshots: test-artifacts/browser/<test>/.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import expect

from bot.demo.runner import Demo
from bot.demo.tour import plain
from bot.i18n import Translator
from domain.model import Locale
from tests.bot.conftest import says
from tests.browser.pages import ChatPage, png

pytestmark = pytest.mark.browser
EN = Locale.EN
NUMBER = "R-2026-000001"


async def test_repair_from_report_to_callback(browser: Any, demo: Demo,
                                              artifacts: Path) -> None:
    cast, url = demo.cast, demo.url
    mary = cast.residents[1]
    cheung, wong = cast.staff_by_key("crew:plumbing"), cast.staff_by_key("crew:plumbing+")
    crew, desk_group = cast.group_by_key("crew:plumbing"), cast.group_by_key("desk")
    assert mary.first_name == "Mary Wong"

    # The visitor opens the page; the tour says whom to play first.
    resident = await ChatPage.open(browser, url, shots=artifacts)
    tour = resident.page.locator("#tour")
    await expect(tour).to_have_attribute("data-step", "1")
    await resident.page.locator("#tour-next").click()
    await expect(tour).to_contain_text("/repair")
    await resident.page.locator("#tour-go").click()
    await expect(resident.page.locator("#me-name")).to_have_text("Mary Wong")
    await expect(resident.page.locator("#chat-title")).to_have_text("PropDesk")

    # The resident reports a leak, with a photo, through the command menu and buttons.
    await resident.menu("repair")
    await resident.see(says("repair-ask-category", EN))
    await expect(tour).to_have_attribute("data-step", "3")  # the tour saw it and moved on
    await resident.press(says("cat-leak", EN))
    await resident.see("describe the problem")
    await resident.type("Water drips from the bathroom ceiling <b>since</b> last night & more")
    await resident.see("Send up to 5 photos")
    await resident.upload_photos(png(240, 180, (30, 90, 160)))
    await resident.see("Received 1 of at most 5")
    await resident.press(says("btn-photos-done", EN))
    await resident.press(says("urgency-normal", EN))
    await resident.press(says("time-morning", EN))
    preview = await resident.see("please check")
    assert "<b>since</b> last night & more" in await preview.inner_text()
    await resident.press(says("btn-confirm", EN))
    await resident.see(NUMBER)
    await resident.shot("1-resident-reported")

    # Two plumbers, two tabs, one work order: both press Accept at once, one gets it.
    tabs = [await ChatPage.open(browser, url, p.id, crew.id, artifacts) for p in (cheung, wong)]
    cards = [await tab.see(f"派工單 {NUMBER}") for tab in tabs]
    assert await cards[0].get_attribute("data-mid") == await cards[1].get_attribute("data-mid")
    mid = await cards[0].get_attribute("data-mid")
    take = says("btn-job-take")
    await asyncio.gather(*(tab.press(take, card) for tab, card in zip(tabs, cards,
                                                                      strict=True)))
    answers = [await tab.answer() for tab in tabs]
    won = 0 if answers[0] == (says("job-taken"), False) else 1
    winner, plumber = tabs[won], (cheung, wong)[won]
    assert answers[won] == (says("job-taken"), False), answers
    # The loser is told who took it; on a slow machine the winner's edit can reach the other
    # tab before its click lands, and then the Accept button is simply gone (the sandbox
    # refuses a press on a button no longer shown). Presses landing together are checked in
    # tests/bot/test_repair_flow.py (one winner, the other told).
    lost = answers[1 - won]
    assert lost == (says("job-already-taken", name=plumber.first_name), True) or (
        "is not on the keyboard" in lost[0] and not lost[1]), lost
    for tab in tabs:  # the card is edited in place, live, in both tabs
        same = tab.page.locator(f'#messages .msg[data-mid="{mid}"]')
        await expect(same).to_contain_text(says("status-accepted"))
        await expect(same).to_contain_text(plumber.first_name)
    await resident.see(says("repair-accepted", EN, number=NUMBER, name=plumber.first_name))
    await winner.shot("2-crew-race-won")
    await tabs[1 - won].shot("2-crew-race-lost")
    await tabs[1 - won].close()

    # The winner finishes: Done on the card, then a photo in the private chat.
    await winner.press(says("btn-job-done"), winner.bubble(f"派工單 {NUMBER}"))
    await expect(winner.page.locator("#chats .chat .unread")).to_have_text("1")
    await winner.open_chat("PropDesk")
    await winner.see(says("ask-done", number=NUMBER))
    await winner.upload_photos(png(240, 180, (60, 160, 60)))
    fixed = await resident.see(says("repair-done", EN, number=NUMBER))
    await expect(fixed.locator(".photo img")).to_be_visible()

    # Nobody answers for three days: the clock panel moves time, the desk gets the callback.
    clock = winner.page.locator("#clock")
    await expect(clock).to_contain_text("2026-11-27")
    day = clock.get_by_role("button", name="+1 day")
    for _ in range(3):
        await day.click()
        await expect(day).to_be_enabled()
    for tab in (winner, resident):  # every open tab follows the clock
        await expect(tab.page.locator("#clock-now")).to_have_text("2026-11-30 Mon 10:00")
    await resident.see(says("repair-auto-confirmed", EN, number=NUMBER))
    await winner.as_person("林小姐 Desk Lam", desk_group.title)
    callback = await winner.see(f"回訪 {NUMBER}")
    assert mary.first_name in await callback.inner_text()
    assert await callback.get_by_role("button", name=says("btn-cb-satisfied")).is_visible()
    await winner.shot("3-desk-callback")
    # The resident's tab followed the whole loop, and its tour with it.
    await expect(tour).to_have_attribute("data-step", "7")
    await resident.shot("4-resident-tour")

    # The QR poster on Mary's door opens the repair form for her unit.
    page = resident.page
    await page.locator("#attach-btn").click()
    await page.locator('[data-attach="qr"]').click()
    await page.locator("#posters .poster", has_text="A-3A").click()
    asked = await resident.see(says("repair-ask-category", EN))
    assert await asked.get_by_role("button", name=says("cat-leak", EN)).is_visible()
    # The page speaks the visitor's language: labels and the tour follow the switch.
    await page.locator('#lang [data-lang="zh-Hant"]').click()
    await expect(page.locator("#me-role")).to_have_text(f"A-3A · {says('relation-owner')}")
    await expect(page.locator("#tour-title")).to_have_text(
        plain(Translator()(Locale.ZH_HANT, "demo-tour-7-title")))
    await expect(page.locator("#clock-now")).to_contain_text("週一")
    await winner.close()
    await resident.close()
