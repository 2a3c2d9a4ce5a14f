"""The page shows the bot's HTML the way Telegram does, and people's text exactly as typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import expect

from tests.browser.fakebot import fake_bot
from tests.browser.pages import ChatPage

BOT_HTML = (
    '<b>Bold</b> <i>italic</i> <u>under</u> <s>gone</s> '
    '<a href="https://example.org/a?b=1&amp;c=2">a link</a> <code>x = 1</code>\n'
    '<pre><code class="language-python">print("hi")</code></pre>\n'
    '<tg-spoiler>secret</tg-spoiler> <b>bold <i>and italic</i></b>\n'
    "<blockquote>quoted</blockquote>\n"
    "Reported by &lt;b&gt;x&lt;/b&gt; &amp; co\n"
    '<a href="https://t.me/propdesk_bot?start=hello">open the form</a> /help '
    "https://example.com/plain"
)
pytestmark = pytest.mark.browser
USER_TEXT = '<i>not italic</i> & <script>alert("x")</script> <img src=x onerror=alert(1)>'


async def test_bot_html_renders_like_telegram(browser: Any, artifacts: Path) -> None:
    async with fake_bot() as (server, d, bot):
        odd = await d.user("<b>x</b>", language_code="en")
        amy = await d.user("Amy", language_code="en")
        await d.send(odd, "/start")
        await bot("sendMessage", chat_id=odd.id, text=BOT_HTML, parse_mode="HTML")
        await bot("sendMessage", chat_id=odd.id, text="click me",
                  entities=[{"type": "text_link", "offset": 0, "length": 5,
                             "url": "javascript:alert(1)"}])
        tab = await ChatPage.open(browser, server.base_url, odd.id, odd.id, artifacts)
        text = (await tab.see("Bold")).locator(".text")
        for tag, inner in (("b >> nth=0", "Bold"), ("i >> nth=0", "italic"), ("u", "under"),
                           ("s", "gone"), ("code >> nth=0", "x = 1"), ("blockquote", "quoted"),
                           ("b >> nth=1", "bold and italic"), ("b i", "and italic")):
            assert await text.locator(tag).inner_text() == inner, tag
        link = text.locator("a", has_text="a link")
        assert await link.get_attribute("href") == "https://example.org/a?b=1&c=2"
        assert await link.get_attribute("target") == "_blank"
        assert await text.locator("pre code.language-python").inner_text() == 'print("hi")'
        # Telegram links bare URLs and /commands by itself.
        assert await text.locator("a", has_text="https://example.com/plain").count() == 1
        assert await text.locator("a.command").inner_text() == "/help"
        # Escaped text from the bot stays literal: no <b> element holds "x".
        assert "Reported by <b>x</b> & co" in await text.inner_text()
        assert await text.locator("b", has_text="x").filter(has_text="co").count() == 0
        spoiler = text.locator(".spoiler")
        assert await spoiler.evaluate("e => getComputedStyle(e).color") == "rgba(0, 0, 0, 0)"
        await spoiler.click()
        await expect(spoiler).to_have_class("spoiler revealed")
        # A link that is not http(s)/tg/mailto is never a link.
        bad = (await tab.see("click me")).locator(".text")
        assert await bad.locator("a").count() == 0
        assert await bad.locator(".bad-link").inner_text() == "click"
        await tab.shot("1-bot-html")

        # A deep link opens the bot as Telegram does: /start <payload> from this person.
        await text.locator("a", has_text="open the form").click()
        await tab.see("/start hello")
        assert (await d.messages(odd, from_bot=False))[-1].text == "/start hello"
        # Tapping a /command in a message sends it.
        await text.locator("a.command").click()
        await tab.see("/help")

        # What people type is shown as typed, in their names and group titles too.
        group = await d.group("Lobby <i>B</i>", [odd, amy])
        await d.add_bot(group, by=odd)
        await d.send(amy, USER_TEXT, chat=group)
        await tab.open_chat("Lobby <i>B</i>")
        bubble = await tab.see('<script>alert("x")</script>')
        assert await bubble.locator(".text").inner_text() == USER_TEXT
        assert await bubble.locator(".sender").inner_text() == "Amy"
        await tab.type("hello from <b>x</b>")
        mine = await tab.see("hello from <b>x</b>")
        assert await mine.get_attribute("class") == "msg out"
        assert await tab.page.locator("#messages script, #messages img[onerror]").count() == 0
        assert await tab.page.locator("#me-name").inner_text() == "<b>x</b>"
        await tab.shot("2-user-text")
        await tab.close()


async def test_entity_renderer_units(browser: Any) -> None:
    """renderText itself: nesting, UTF-16 offsets, crossing entities, unsafe links."""
    async with fake_bot() as (server, _d, _bot):
        tab = await ChatPage.open(browser, server.base_url)
        cases = await tab.page.evaluate("""async () => {
            const { renderText } = await import("/web/render.js");
            const html = (text, ents) => {
                const div = document.createElement("div");
                div.append(renderText(text, ents));
                return div.innerHTML;
            };
            return [
                html("bold italic", [{type: "bold", offset: 0, length: 11},
                                     {type: "italic", offset: 5, length: 6}]),
                html("😀 ok", [{type: "bold", offset: 3, length: 2}]),
                html("abcdef", [{type: "bold", offset: 0, length: 4},
                                {type: "italic", offset: 2, length: 4}]),
                html("<b>", []),
                html("go", [{type: "text_link", offset: 0, length: 2,
                             url: "javascript:alert(1)"}]),
                html("x", [{type: "pre", offset: 0, length: 1, language: "a\\"b"}]),
                html("see /repair now", []),
            ];
        }""")
        assert cases == [
            "<b>bold <i>italic</i></b>",
            "😀 <b>ok</b>",
            "<b>ab<i>cd</i></b><i>ef</i>",
            "&lt;b&gt;",
            '<span class="bad-link">go</span>',
            "<pre><code>x</code></pre>",
            'see <a class="command" href="#" data-command="/repair">/repair</a> now',
        ]
        await tab.close()
