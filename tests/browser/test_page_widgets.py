"""The page behaves like Telegram for what the bot uses: menus, keyboards, answers, files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import expect

from tests.browser.fakebot import fake_bot
from tests.browser.pages import ChatPage, png

pytestmark = pytest.mark.browser
PDF = b"%PDF-1.4\n% a tiny test file\n"


async def test_menus_keyboards_answers_and_edits(browser: Any, artifacts: Path) -> None:
    async with fake_bot() as (server, d, bot):
        amy = await d.user("Amy", language_code="en", phone_number="+85290001234")
        await d.send(amy, "/start")
        await bot("setMyCommands", commands=[{"command": "help", "description": "Help"}])
        await bot("setMyCommands", commands=[{"command": "repair", "description": "Report"},
                                             {"command": "my", "description": "Mine"}],
                  scope={"type": "chat", "chat_id": amy.id})
        tab = await ChatPage.open(browser, server.base_url, amy.id, amy.id, artifacts)
        # The command menu is the set for this chat, not the default one.
        await tab.page.locator("#menu-btn").click()
        items = tab.page.locator("#menu-pop .menu-item .cmd")
        await expect(items).to_have_text(["/repair", "/my"])
        await tab.page.locator('#menu-pop [data-command="repair"]').click()
        await tab.see("/repair")
        assert (await d.messages(amy, from_bot=False))[-1].text == "/repair"
        # Typing "/" offers the same commands.
        await tab.page.locator("#input").fill("/m")
        await expect(items).to_have_text(["/my"])
        await tab.page.locator("#input").fill("")

        # A reply keyboard with a contact button shares the account's own phone number.
        await bot("sendMessage", chat_id=amy.id, text="Your phone, please", reply_markup={
            "keyboard": [[{"text": "Share my phone", "request_contact": True}], ["Cancel"]],
            "one_time_keyboard": True, "resize_keyboard": True,
            "input_field_placeholder": "Phone number"})
        key = tab.page.locator("#reply-keyboard .reply-key", has_text="Share my phone")
        await expect(key).to_be_visible()
        assert await tab.page.locator("#input").get_attribute("placeholder") == "Phone number"
        await tab.shot("1-reply-keyboard")
        await key.click()
        await expect(tab.page.locator("#reply-keyboard")).to_be_hidden()  # one-time
        await expect(tab.page.locator("#kbd-btn")).to_be_visible()
        await tab.see("+85290001234")
        contact = (await d.messages(amy, from_bot=False))[-1].contact
        assert contact is not None and contact["phone_number"] == "+85290001234"
        assert contact["user_id"] == amy.id
        await bot("sendMessage", chat_id=amy.id, text="Thanks",
                  reply_markup={"remove_keyboard": True})
        await tab.see("Thanks")
        await expect(tab.page.locator("#kbd-btn")).to_be_hidden()

        # Inline buttons are callback queries; the answer is a toast or an alert.
        sent = await bot("sendMessage", chat_id=amy.id, text="Is it <b>fixed</b>?",
                         parse_mode="HTML", reply_markup={"inline_keyboard": [
                             [{"text": "Yes", "callback_data": "yes"},
                              {"text": "No", "callback_data": "no"}],
                             [{"text": "Website", "url": "https://example.org/"},
                              {"text": "Open the form",
                               "url": "https://t.me/propdesk_bot?start=from_button"}]]})
        card = await tab.see("Is it fixed?")
        await tab.press("Yes", card)
        assert await bot.answer_press("Noted, thank you") == "yes"
        await tab.toast("Noted, thank you")
        await tab.press("No", card)
        assert await bot.answer_press("Please call the office", alert=True) == "no"
        dialog = tab.page.locator("#alert-dlg")
        await expect(dialog).to_be_visible()
        await expect(dialog).to_contain_text("Please call the office")
        await tab.shot("2-alert")
        await dialog.get_by_role("button").click()
        await expect(dialog).to_be_hidden()
        # A URL button to this bot is a deep link, opened in the same chat.
        await card.locator(".kbd-btn.url", has_text="Open the form").click()
        await tab.see("/start from_button")
        # The bot edits the message: the same bubble changes, marked edited, buttons gone.
        await bot("editMessageText", chat_id=amy.id, message_id=sent["message_id"],
                  text="Marked as <i>fixed</i>", parse_mode="HTML")
        same = tab.page.locator(f'#messages .msg[data-mid="{sent["message_id"]}"]')
        await expect(same).to_contain_text("Marked as fixed")
        await expect(same.locator(".edited")).to_be_visible()
        assert await same.locator("i").inner_text() == "fixed"
        assert await same.locator(".kbd-btn").count() == 0
        await tab.close()


async def test_files_both_ways_albums_links_and_new_people(browser: Any,
                                                           artifacts: Path) -> None:
    async with fake_bot() as (server, d, bot):
        amy = await d.user("Amy", language_code="en")
        await d.send(amy, "/start")
        photo = png(200, 150)
        sent = await bot.upload("sendPhoto", "photo", photo, "site.png", "image/png",
                                chat_id=str(amy.id), caption="Before the repair")
        again = sent["photo"][-1]["file_id"]
        await bot("sendMediaGroup", chat_id=amy.id, media=[
            {"type": "photo", "media": again, "caption": "Two views"},
            {"type": "photo", "media": again}])
        await bot.upload("sendDocument", "document", PDF, "report.pdf", "application/pdf",
                         chat_id=str(amy.id), caption="The report")
        tab = await ChatPage.open(browser, server.base_url, amy.id, amy.id, artifacts)
        shown = (await tab.see("Before the repair")).locator(".photo img")
        await expect(shown).to_be_visible()
        await tab.page.wait_for_function("img => img.complete && img.naturalWidth === 200",
                                         arg=await shown.element_handle())
        from_bot = (await tab.see("Two views")).locator(".album img")
        await expect(from_bot).to_have_count(2)
        doc = (await tab.see("The report")).locator("a.doc")
        assert await doc.get_attribute("download") == "report.pdf"
        async with tab.page.expect_download() as waiting:
            await doc.click()
        download = await waiting.value
        assert download.suggested_filename == "report.pdf"
        assert Path(await download.path()).read_bytes() == PDF

        # From the page: one photo with a caption, an album, a document.
        await tab.page.locator("#input").fill("Kitchen tap")
        await tab.upload_photos(png(120, 90, (200, 60, 40)))
        await tab.see("Kitchen tap")
        await tab.upload_photos(png(tint=(10, 200, 90)), png(tint=(220, 200, 20)),
                                png(tint=(90, 30, 220)))
        album = tab.messages.locator(".album").last
        await expect(album.locator("img")).to_have_count(3)
        await tab.upload_file("notes.txt", "text/plain", b"two taps leaking")
        await tab.see("notes.txt")
        mine = await d.messages(amy, from_bot=False)
        assert mine[-5].caption == "Kitchen tap" and mine[-5].photo_file_id
        groups = {m.media_group_id for m in mine[-4:-1]}
        assert len(groups) == 1 and None not in groups
        assert mine[-1].document is not None and mine[-1].document.file_name == "notes.txt"
        assert await d.file_bytes(mine[-1].document.file_id) == b"two taps leaking"
        await tab.shot("1-files")

        # A t.me link typed into the QR dialog opens the bot with its start parameter.
        await tab.page.locator("#attach-btn").click()
        await tab.page.locator('[data-attach="qr"]').click()
        await tab.page.locator("#link-input").fill("https://t.me/propdesk_bot?start=unit_A-12B")
        await tab.page.locator("#link-open").click()
        await tab.see("/start unit_A-12B")

        # A new person has not started the bot yet: Telegram shows START.
        tab.page.once("dialog", lambda dialog: dialog.accept("Zoe <New>"))
        await tab.page.locator("#new-person").click()
        await expect(tab.page.locator("#me-name")).to_have_text("Zoe <New>")
        start = tab.page.locator("#start-btn")
        await expect(start).to_be_visible()
        await expect(tab.page.locator("#input")).to_be_hidden()
        await start.click()
        await tab.see("/start")
        await expect(start).to_be_hidden()
        zoe = next(u for u in (await d.state())["users"] if u["first_name"] == "Zoe <New>")
        assert zoe["started"] and zoe["language_code"] == "en"
        await tab.close()
