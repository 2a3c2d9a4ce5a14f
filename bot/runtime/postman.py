"""Writes outgoing Bot API calls into the outbox, rendered in each recipient's language."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiogram.types import (
    BotCommand,
    InlineKeyboardMarkup,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from bot.i18n import Translator
from bot.ui.render import CAPTION_LIMIT, clip, split_html
from domain.model import Group, Locale, Person
from domain.ports import FileRef
from store.uow import SqlUnitOfWork

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove


def dump_markup(markup: Markup | None) -> dict[str, Any] | None:
    return markup.model_dump(mode="json", exclude_none=True) if markup is not None else None


class Postman:
    """Outbox writer for one unit of work."""

    def __init__(self, uow: SqlUnitOfWork, tr: Translator, now: datetime, *,
                 lane: int = 0) -> None:
        self.uow = uow
        self.tr = tr
        self.now = now
        self.lane = lane  # 1: bulk (announcements), sent after replies and notices

    async def _add(self, chat_id: int, method: str, payload: dict[str, Any],
                   ref: str | None = None) -> None:
        await self.uow.outbox.add(chat_id, method, payload, now=self.now, ref=ref,
                                  update_id=self.uow.update_id, lane=self.lane)

    async def send(self, chat_id: int, text: str, *, markup: Markup | None = None,
                   ref: str | None = None, reply_to: int | None = None) -> None:
        """A text message; long text is split, the keyboard goes on the last part."""
        parts = split_html(text)
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            payload: dict[str, Any] = {"chat_id": chat_id, "text": part, "parse_mode": "HTML",
                                       "link_preview_options": {"is_disabled": True}}
            if last and markup is not None:
                payload["reply_markup"] = dump_markup(markup)
            if i == 0 and reply_to is not None:
                payload["reply_parameters"] = {"message_id": reply_to,
                                               "allow_sending_without_reply": True}
            await self._add(chat_id, "sendMessage", payload, ref if last else None)

    async def photo(self, chat_id: int, photo: str, *, caption: str = "",
                    markup: Markup | None = None, ref: str | None = None,
                    path: str | None = None) -> None:
        """A photo by Telegram file_id, or a file of ours (`path`) uploaded by the sender."""
        payload: dict[str, Any] = {"chat_id": chat_id, "caption": clip(caption, CAPTION_LIMIT),
                                   "parse_mode": "HTML"}
        if path is not None:
            payload["photo"] = {"path": path}
        else:
            payload["photo"] = photo
        if markup is not None:
            payload["reply_markup"] = dump_markup(markup)
        await self._add(chat_id, "sendPhoto", payload, ref)

    async def document(self, chat_id: int, *, path: str, filename: str, caption: str = "",
                       file_id: str | None = None) -> None:
        payload: dict[str, Any] = {"chat_id": chat_id, "caption": clip(caption, CAPTION_LIMIT),
                                   "parse_mode": "HTML"}
        payload["document"] = file_id if file_id else {"path": path, "filename": filename}
        await self._add(chat_id, "sendDocument", payload)

    async def album(self, chat_id: int, file_ids: list[str], caption: str = "") -> None:
        """Up to 10 photos as one album (Telegram's limit); more become several albums."""
        for start in range(0, len(file_ids), 10):
            chunk = file_ids[start:start + 10]
            if len(chunk) == 1:
                await self.photo(chat_id, chunk[0], caption=caption if start == 0 else "")
                continue
            media = [{"type": "photo", "media": fid} for fid in chunk]
            if caption and start == 0:
                media[0].update(caption=clip(caption, CAPTION_LIMIT), parse_mode="HTML")
            await self._add(chat_id, "sendMediaGroup", {"chat_id": chat_id, "media": media})

    async def charts(self, chat_id: int, charts: list[tuple[str, str]]) -> None:
        """Charts of ours (file store paths, each with its caption) as one album, uploaded by
        the sender; ten at most per album (Telegram's limit), one alone as a photo."""
        for start in range(0, len(charts), 10):
            chunk = charts[start:start + 10]
            if len(chunk) == 1:
                await self.photo(chat_id, "", caption=chunk[0][1], path=chunk[0][0])
                continue
            media = [{"type": "photo", "media": {"path": path},
                      "caption": clip(caption, CAPTION_LIMIT), "parse_mode": "HTML"}
                     for path, caption in chunk]
            await self._add(chat_id, "sendMediaGroup", {"chat_id": chat_id, "media": media})

    async def action(self, chat_id: int, action: str) -> None:
        """"Sending a file…" (or "a photo…") shown in the chat while a report is made; it
        lasts five seconds or until the next message."""
        await self._add(chat_id, "sendChatAction", {"chat_id": chat_id, "action": action})

    async def images(self, chat_id: int, refs: list[FileRef], caption: str = "") -> None:
        """People's images: photos as albums by Telegram's id; an image sent as a file cannot
        join a photo album, so its cleaned copy goes as a photo of its own (or, not stored
        yet, the file itself as a document)."""
        photos = [r.file_id for r in refs if r.name is None]
        if photos:
            await self.album(chat_id, photos, caption)
            caption = ""
        for ref in (r for r in refs if r.name is not None):
            if ref.path is not None:
                await self.photo(chat_id, "", caption=caption, path=ref.path)
            else:
                await self.document(chat_id, path="", filename="", caption=caption,
                                    file_id=ref.file_id)
            caption = ""

    async def edit(self, *, text: str, markup: InlineKeyboardMarkup | None = None,
                   ref: str | None = None, chat_id: int | None = None,
                   message_id: int | None = None) -> None:
        """Edit a message we sent, by its reference (resolved when sending) or by id."""
        target = await self._target(ref, chat_id, message_id)
        if target is None:
            return
        payload: dict[str, Any] = {"text": split_html(text)[0], "parse_mode": "HTML",
                                   "link_preview_options": {"is_disabled": True},
                                   **target[1]}
        payload["reply_markup"] = dump_markup(markup) or {"inline_keyboard": []}
        await self._add(target[0], "editMessageText", payload)

    async def edit_markup(self, *, markup: InlineKeyboardMarkup | None, ref: str | None = None,
                          chat_id: int | None = None, message_id: int | None = None) -> None:
        target = await self._target(ref, chat_id, message_id)
        if target is None:
            return
        payload = {**target[1], "reply_markup": dump_markup(markup) or {"inline_keyboard": []}}
        await self._add(target[0], "editMessageReplyMarkup", payload)

    async def _target(self, ref: str | None, chat_id: int | None,
                      message_id: int | None) -> tuple[int, dict[str, Any]] | None:
        if chat_id is not None and message_id is not None:
            return chat_id, {"chat_id": chat_id, "message_id": message_id}
        if ref is None:
            return None
        queued = await self.uow.outbox.queued(ref)
        if queued is not None:
            # A newer message with this card is queued or in flight (it may already be shown
            # and pressed): the sender fills in its id, recorded by the time the edit goes.
            return queued, {"chat_id": queued, "message_ref": ref}
        known = await self.uow.outbox.ref(ref)
        if known is not None:
            return known[0], {"chat_id": known[0], "message_id": known[1]}
        if chat_id is not None:
            # The card is still queued: the sender fills in its message id when it gets there.
            return chat_id, {"chat_id": chat_id, "message_ref": ref}
        return None

    async def pin(self, chat_id: int, ref: str) -> None:
        """Pin a message we sent (by its reference, filled in when the pin goes out)."""
        await self._add(chat_id, "pinChatMessage", {"chat_id": chat_id, "message_ref": ref,
                                                     "disable_notification": False})

    async def leave(self, chat_id: int) -> None:
        await self._add(chat_id, "leaveChat", {"chat_id": chat_id})

    async def commands(self, chat_id: int, commands: list[BotCommand]) -> None:
        await self._add(chat_id, "setMyCommands", {
            "commands": [c.model_dump(mode="json") for c in commands],
            "scope": {"type": "chat", "chat_id": chat_id}})

    # ------------------------------------------------------------ recipients

    async def person(self, person_id: int) -> Person | None:
        """The person, if they can be messaged (linked to Telegram and not blocked)."""
        person = await self.uow.people.get(person_id)
        if person is None or person.tg_user_id is None or person.blocked:
            return None
        return person

    async def group_locale(self, group: Group) -> Locale:
        if group.estate_id is None:
            return Locale.ZH_HANT
        estate = await self.uow.estates.get(group.estate_id)
        return Locale(estate.settings.get("locale", "zh-Hant")) if estate else Locale.ZH_HANT
