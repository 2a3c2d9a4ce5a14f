"""Plain data records of the sandbox world: users, chats, messages, files, queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PRIVATE = "private"
GROUP = "group"
SUPERGROUP = "supergroup"
IN_CHAT = ("creator", "administrator", "member")


@dataclass
class User:
    """A human (or the bot) known to the sandbox."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = "zh-hant"
    is_bot: bool = False
    started: bool = False
    blocked: bool = False
    phone_number: str | None = None  # the account's phone, shared by request_contact buttons

    def json(self) -> dict[str, Any]:
        """Telegram User object."""
        data: dict[str, Any] = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code and not self.is_bot:
            data["language_code"] = self.language_code
        return data

    def view(self) -> dict[str, Any]:
        """Control API view."""
        return {
            "id": self.id,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "username": self.username,
            "language_code": self.language_code,
            "is_bot": self.is_bot,
            "started": self.started,
            "blocked": self.blocked,
            "phone_number": self.phone_number,
        }


@dataclass
class Message:
    """One message in a chat's history (user's or bot's)."""

    chat_id: int
    message_id: int
    from_id: int | None
    from_bot: bool
    date: int
    text: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    html: str | None = None
    caption: str | None = None
    caption_entities: list[dict[str, Any]] = field(default_factory=list)
    photo: list[dict[str, Any]] | None = None
    document: dict[str, Any] | None = None
    sticker: dict[str, Any] | None = None
    contact: dict[str, Any] | None = None
    location: dict[str, Any] | None = None
    media_group_id: str | None = None
    reply_to_message_id: int | None = None
    reply_markup: dict[str, Any] | None = None
    edit_count: int = 0
    edit_date: int | None = None
    deleted: bool = False
    service: dict[str, Any] = field(default_factory=dict)
    forward_origin: dict[str, Any] | None = None
    raw: dict[str, Any] | None = None

    @property
    def has_media(self) -> bool:
        """True for photo/document/sticker messages."""
        return bool(self.photo or self.document or self.sticker)


@dataclass
class Chat:
    """A private chat, group or supergroup."""

    id: int
    type: str
    title: str | None = None
    user: User | None = None
    members: dict[int, str] = field(default_factory=dict)
    bot_status: str = "left"
    next_message_id: int = 1
    messages: dict[int, Message] = field(default_factory=dict)
    migrated_to: int | None = None
    migrated_from: int | None = None
    pinned: list[int] = field(default_factory=list)  # pinned message ids, newest last

    def json(self) -> dict[str, Any]:
        """Telegram Chat object."""
        if self.type == PRIVATE and self.user is not None:
            data: dict[str, Any] = {"id": self.id, "first_name": self.user.first_name}
            if self.user.last_name:
                data["last_name"] = self.user.last_name
            if self.user.username:
                data["username"] = self.user.username
            data["type"] = PRIVATE
            return data
        return {"id": self.id, "title": self.title or "", "type": self.type}

    @property
    def bot_in(self) -> bool:
        """True when the bot receives updates from (and may post in) this chat."""
        if self.type == PRIVATE:
            return self.user is not None and not self.user.blocked
        return self.bot_status in IN_CHAT and self.migrated_to is None

    def view(self) -> dict[str, Any]:
        """Control API view."""
        return {
            "id": self.id,
            "type": self.type,
            "title": self.title if self.type != PRIVATE else None,
            "user_id": self.user.id if self.user is not None else None,
            "members": {str(k): v for k, v in self.members.items()},
            "bot_status": self.bot_status,
            "migrated_to": self.migrated_to,
            "migrated_from": self.migrated_from,
            "message_count": len(self.messages),
        }


@dataclass
class FileRecord:
    """A stored file; data may be shorter than the claimed size."""

    file_id: str
    file_unique_id: str
    kind: str
    data: bytes
    size: int
    path: str
    file_name: str | None = None
    mime_type: str | None = None
    width: int | None = None
    height: int | None = None

    def json(self) -> dict[str, Any]:
        """Telegram File object."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.size,
            "file_path": self.path,
        }


@dataclass
class CallbackQuery:
    """A button press waiting for answerCallbackQuery."""

    id: str
    user_id: int
    chat_id: int
    message_id: int
    data: str | None
    created: float
    answered: bool = False
    answer: dict[str, Any] | None = None


@dataclass
class WebhookConfig:
    """Current webhook registration and delivery bookkeeping."""

    url: str = ""
    secret_token: str | None = None
    max_connections: int = 40
    allowed_updates: list[str] | None = None
    last_error_date: int | None = None
    last_error_message: str | None = None
    log: list[dict[str, Any]] = field(default_factory=list)
