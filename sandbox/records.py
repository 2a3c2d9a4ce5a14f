"""Small dataclasses returned by the driver."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class SandboxError(AssertionError):
    """The sandbox refused a driver request (bad action, unknown chat, button not found...)."""


@dataclass(frozen=True)
class User:
    """A simulated Telegram user."""

    id: int
    first_name: str
    username: str | None = None
    language_code: str | None = "zh-hant"
    last_name: str | None = None

    @property
    def chat_id(self) -> int:
        """The user's private chat id (== user id)."""
        return self.id

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> User:
        """From a control API user view."""
        return cls(d["id"], d["first_name"], d.get("username"), d.get("language_code"),
                   d.get("last_name"))


@dataclass(frozen=True)
class Chat:
    """A group, supergroup or private chat."""

    id: int
    title: str | None
    type: str

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Chat:
        """From a control API chat view."""
        return cls(d["id"], d.get("title"), d["type"])


@dataclass(frozen=True)
class Sent:
    """A message a user sent (update_id is None when the bot could not see it)."""

    update_id: int | None
    chat_id: int
    message_id: int


@dataclass(frozen=True)
class Pressed:
    """A button press."""

    update_id: int
    callback_query_id: str


@dataclass(frozen=True)
class Button:
    """An inline keyboard button."""

    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Document:
    """A document attached to a message."""

    file_id: str
    file_name: str | None = None
    mime_type: str | None = None
    file_size: int | None = None


@dataclass
class BotMessage:
    """A message in a chat's history as the sandbox stores it (bot's or user's)."""

    chat_id: int
    message_id: int
    from_bot: bool
    from_id: int | None
    text: str | None
    html: str | None
    entities: list[dict[str, Any]]
    caption: str | None
    photo_file_id: str | None
    document: Document | None
    buttons: list[list[Button]]
    reply_keyboard: list[list[str]] | None
    media_group_id: str | None
    edit_count: int
    deleted: bool
    date: int
    caption_entities: list[dict[str, Any]] = field(default_factory=list)
    reply_to_message_id: int | None = None
    remove_keyboard: bool = False
    reply_markup: dict[str, Any] | None = None
    photo: list[dict[str, Any]] | None = None
    sticker: dict[str, Any] | None = None
    contact: dict[str, Any] | None = None
    location: dict[str, Any] | None = None
    service: dict[str, Any] = field(default_factory=dict)
    forward_origin: dict[str, Any] | None = None

    @property
    def content(self) -> str:
        """Text or caption ("" if neither)."""
        return self.text or self.caption or ""

    @property
    def all_buttons(self) -> list[Button]:
        """Inline buttons, row by row."""
        return [b for row in self.buttons for b in row]

    def button(self, text: str) -> Button:
        """The inline button with this label (KeyError if none)."""
        for b in self.all_buttons:
            if b.text == text:
                return b
        raise KeyError(f"no button {text!r}; have {[b.text for b in self.all_buttons]}")

    def describe(self) -> str:
        """One-line summary for error messages."""
        who = "bot" if self.from_bot else f"user {self.from_id}"
        body = self.content.replace("\n", " ")
        if len(body) > 160:
            body = body[:157] + "..."
        extra = []
        if self.photo_file_id:
            extra.append("photo")
        if self.document:
            extra.append(f"document {self.document.file_name}")
        if self.buttons:
            extra.append("buttons " + str([b.text for b in self.all_buttons]))
        if self.edit_count:
            extra.append(f"edits={self.edit_count}")
        if self.deleted:
            extra.append("deleted")
        tail = f" [{', '.join(extra)}]" if extra else ""
        return f"#{self.message_id} {who}: {body!r}{tail}"

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> BotMessage:
        """From a control API message view."""
        doc = d.get("document")
        return cls(
            chat_id=d["chat_id"],
            message_id=d["message_id"],
            from_bot=d["from_bot"],
            from_id=d.get("from_id"),
            text=d.get("text"),
            html=d.get("html"),
            entities=list(d.get("entities") or []),
            caption=d.get("caption"),
            photo_file_id=d.get("photo_file_id"),
            document=Document(doc["file_id"], doc.get("file_name"), doc.get("mime_type"),
                              doc.get("file_size")) if doc else None,
            buttons=[[Button(b["text"], b.get("callback_data"), b.get("url")) for b in row]
                     for row in d.get("buttons") or []],
            reply_keyboard=d.get("reply_keyboard"),
            media_group_id=d.get("media_group_id"),
            edit_count=d.get("edit_count", 0),
            deleted=d.get("deleted", False),
            date=d.get("date", 0),
            caption_entities=list(d.get("caption_entities") or []),
            reply_to_message_id=d.get("reply_to_message_id"),
            remove_keyboard=bool(d.get("remove_keyboard")),
            reply_markup=d.get("reply_markup"),
            photo=d.get("photo"),
            sticker=d.get("sticker"),
            contact=d.get("contact"),
            location=d.get("location"),
            service=dict(d.get("service") or {}),
            forward_origin=d.get("forward_origin"),
        )


@dataclass(frozen=True)
class Call:
    """One logged Bot API call."""

    seq: int
    t: float
    wall: float
    method: str
    chat_id: int | None
    ok: bool
    error_code: int | None
    description: str | None
    retry_after: int | None
    params: dict[str, Any] = field(default_factory=dict)
    duration: float = 0.0

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Call:
        """From the control API call log."""
        return cls(d["seq"], d["t"], d["wall"], d["method"], d.get("chat_id"), d["ok"],
                   d.get("error_code"), d.get("description"), d.get("retry_after"),
                   dict(d.get("params") or {}), d.get("duration", 0.0))


@dataclass(frozen=True)
class CallbackAnswer:
    """The bot's answerCallbackQuery."""

    callback_query_id: str
    text: str | None
    show_alert: bool
    url: str | None = None
    cache_time: int | None = None
