"""The chat page as a test sees it: open it as someone, type, press, upload, look."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

from playwright.async_api import Locator, Page, expect

TIMEOUT = 15_000


def png(width: int = 160, height: int = 120, tint: tuple[int, int, int] = (40, 120, 200)) -> bytes:
    """A small real PNG (a gradient), so the page shows an actual picture."""
    r0, g0, b0 = tint
    rows = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in (
            (r0 + x) % 256, (g0 + y) % 256, (b0 + (x + y) // 2) % 256))
        for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
            chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


class ChatPage:
    """One browser tab of the sandbox page."""

    def __init__(self, page: Page, base_url: str, shots: Path | None = None) -> None:
        self.page, self.base_url, self.shots = page, base_url.rstrip("/"), shots
        self.errors: list[str] = []
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))

    @classmethod
    async def open(cls, browser: Any, base_url: str, user_id: int | None = None,
                   chat_id: int | None = None, shots: Path | None = None, *,
                   viewport: tuple[int, int] = (1360, 860), mobile: bool = False,
                   timezone: str | None = None) -> ChatPage:
        width, height = viewport
        context = await browser.new_context(viewport={"width": width, "height": height},
                                            locale="en-US", is_mobile=mobile,
                                            has_touch=mobile, timezone_id=timezone)
        page = await context.new_page()
        page.set_default_timeout(TIMEOUT)
        tab = cls(page, base_url, shots)
        where = "" if user_id is None else f"#as={user_id}&chat={chat_id or ''}"
        await page.goto(f"{tab.base_url}/{where}")
        await expect(page.locator("body")).to_have_attribute("data-ready", "1")
        return tab

    @property
    def messages(self) -> Locator:
        return self.page.locator("#messages .msg")

    def bubble(self, text: str) -> Locator:
        """The newest message showing this text."""
        return self.messages.filter(has_text=text).last

    async def see(self, text: str) -> Locator:
        found = self.bubble(text)
        await expect(found).to_be_visible(timeout=TIMEOUT)
        return found

    async def as_person(self, name: str, chat: str | None = None) -> None:
        await self.page.locator("#people .person", has_text=name).first.click()
        await expect(self.page.locator("#me-name")).to_have_text(name)
        if chat is not None:
            await self.open_chat(chat)

    async def open_chat(self, title: str) -> None:
        await self.page.locator("#chats .chat", has_text=title).first.click()
        await expect(self.page.locator("#chat-title")).to_have_text(title)

    async def type(self, text: str) -> None:
        box = self.page.locator("#input")
        await box.fill(text)
        await box.press("Enter")

    async def press(self, label: str, within: Locator | None = None) -> None:
        """Click the newest inline button with exactly this label."""
        scope = within if within is not None else self.page.locator("#messages")
        await scope.get_by_role("button", name=label, exact=True).last.click()

    async def menu(self, command: str) -> None:
        await self.page.locator("#menu-btn").click()
        await self.page.locator(f'#menu-pop [data-command="{command}"]').click()

    async def upload_photos(self, *images: bytes) -> None:
        await self.page.locator("#photo-input").set_input_files([
            {"name": f"photo{i}.png", "mimeType": "image/png", "buffer": data}
            for i, data in enumerate(images)])

    async def upload_file(self, name: str, mime: str, data: bytes) -> None:
        await self.page.locator("#file-input").set_input_files(
            [{"name": name, "mimeType": mime, "buffer": data}])

    async def answer(self) -> tuple[str, bool]:
        """The bot's answer to a button press: (text, shown as an alert)."""
        either = self.page.locator("#toast:visible, #alert-dlg[open]")
        await expect(either.first).to_be_visible()
        alert = await self.page.locator("#alert-dlg[open]").count() > 0
        box = self.page.locator("#alert-text" if alert else "#toast")
        return await box.inner_text(), alert

    async def toast(self, text: str) -> None:
        await expect(self.page.locator("#toast")).to_contain_text(text)

    async def shot(self, name: str) -> None:
        if self.shots is not None:
            await self.page.screenshot(path=str(self.shots / f"{name}.png"))

    async def close(self) -> None:
        assert not self.errors, self.errors
        await self.page.context.close()
