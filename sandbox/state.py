"""The sandbox world: bot identity, users, chats, messages and their JSON shapes."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sandbox.faults import Faults
from sandbox.files import FileStore
from sandbox.models import (
    GROUP,
    PRIVATE,
    SUPERGROUP,
    CallbackQuery,
    Chat,
    Message,
    User,
    WebhookConfig,
)
from sandbox.updates import EventLog, UpdateQueue
from sandbox.util import ApiError, ControlError, bad_request, forbidden, unix_now

TOKEN_RE = re.compile(r"([0-9]{1,20}):[A-Za-z0-9_-]+")
PROVISIONAL_BOT_ID = 7000000001
FIRST_USER_ID = 100000001
ADMIN_RIGHTS = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
    "can_send_welcome_messages": False,
    "can_pin_messages": True,
}


def member_json(status: str, user: dict[str, Any]) -> dict[str, Any]:
    """Telegram ChatMember object for a status."""
    data: dict[str, Any] = {"status": status, "user": user}
    if status == "creator":
        data["is_anonymous"] = False
    elif status == "administrator":
        data.update(ADMIN_RIGHTS)
    elif status == "kicked":
        data["until_date"] = 0
    return data


def _rewrite_bot_id(value: Any, old: int, new: int) -> None:
    """Replace a provisional bot id inside queued update payloads."""
    if isinstance(value, dict):
        if value.get("is_bot") is True and value.get("id") == old:
            value["id"] = new
        for item in value.values():
            _rewrite_bot_id(item, old, new)
    elif isinstance(value, list):
        for item in value:
            _rewrite_bot_id(item, old, new)


class World:
    """Everything the sandbox knows; all mutation happens on one event loop."""

    def __init__(
        self,
        bot_username: str = "propdesk_bot",
        bot_name: str = "PropDesk",
        update_id_start: int = 1000,
        *,
        token: str | None = None,
        privacy_mode: bool = False,
        clock: Callable[[], datetime] | None = None,
        answer_delay_ms: int = 0,
    ) -> None:
        self.clock = clock
        self.bot = User(PROVISIONAL_BOT_ID, bot_name, None, bot_username, None, is_bot=True)
        self.token: str | None = None
        self.privacy_mode = privacy_mode
        self.updates = UpdateQueue(update_id_start)
        self.events = EventLog()
        self.files = FileStore()
        self.faults = Faults()
        self.faults.set_answer_delay(answer_delay_ms)
        self.webhook = WebhookConfig()
        self.on_webhook_change: Callable[[], None] | None = None
        self.users: dict[int, User] = {}
        self.chats: dict[int, Chat] = {}
        self.commands: dict[tuple[str, int | None, int | None, str], dict[str, Any]] = {}
        self.callbacks: dict[str, CallbackQuery] = {}
        self.calls: list[dict[str, Any]] = []
        self.call_seq = 0
        self.next_user_id = FIRST_USER_ID
        self.next_group = 1001
        self.next_supergroup = 1
        self.media_group_seq = 13000000000000000
        if token is not None and not self.check_token(token):
            raise ValueError("token must look like <digits>:<letters>")

    # ----- identity -------------------------------------------------------------------

    def check_token(self, token: str) -> bool:
        """Accept the first well-formed token; later only that one."""
        if self.token is not None:
            return token == self.token
        m = TOKEN_RE.fullmatch(token)
        if m is None:
            return False
        self.token = token
        new_id = int(m.group(1))
        if new_id != self.bot.id:
            old = self.bot.id
            self.bot.id = new_id
            for data in self.updates.history.values():
                _rewrite_bot_id(data, old, new_id)
            for pending in self.updates.pending:
                _rewrite_bot_id(pending.data, old, new_id)
        return True

    def unix_now(self) -> int:
        """The time messages are stamped with: the host's clock when it gave one (the demo's
        movable clock), else the real time."""
        return int(self.clock().timestamp()) if self.clock is not None else unix_now()

    def set_closing(self, closing: bool) -> None:
        """Make every long poll return at once (server stopping)."""
        self.updates.closing = self.events.closing = closing
        self.updates.notifier.notify()
        self.events.notifier.notify()

    def reset(self) -> None:
        """Forget users, chats, updates, files, logs, faults and webhook; keep the bot."""
        self.users.clear()
        self.chats.clear()
        self.commands.clear()
        self.callbacks.clear()
        self.calls.clear()
        self.call_seq = 0
        self.files.clear()
        self.updates.clear()
        self.faults.reset()
        self.webhook = WebhookConfig()
        self.next_user_id = FIRST_USER_ID
        self.next_group = 1001
        self.next_supergroup = 1
        self.events.clear()
        self.events.emit("reset")
        if self.on_webhook_change is not None:
            self.on_webhook_change()

    # ----- users and chats ------------------------------------------------------------

    def add_user(
        self,
        first_name: str,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "zh-hant",
        user_id: int | None = None,
        phone_number: str | None = None,
    ) -> User:
        """Create a user and their private chat."""
        if not first_name:
            raise ControlError("first_name is required")
        if user_id is None:
            while self.next_user_id in self.users:
                self.next_user_id += 1
            user_id = self.next_user_id
            self.next_user_id += 1
        if user_id <= 0 or user_id in self.users or user_id == self.bot.id:
            raise ControlError(f"user id {user_id} is taken or invalid")
        user = User(user_id, first_name, last_name or None, username or None, language_code,
                    phone_number=phone_number or None)
        self.users[user_id] = user
        self.chats[user_id] = Chat(user_id, PRIVATE, user=user, members={user_id: "member"},
                                   bot_status="member")
        self.events.emit("user", user=user.view())
        return user

    def user(self, user_id: Any) -> User:
        """A driver-given user id, or ControlError."""
        try:
            user = self.users.get(int(user_id))
        except (TypeError, ValueError):
            user = None
        if user is None:
            raise ControlError(f"unknown user {user_id!r}", 404)
        return user

    def add_group(self, title: str, member_ids: list[int], supergroup: bool = False) -> Chat:
        """Create a group (first member is the creator)."""
        if not title:
            raise ControlError("title is required")
        members: dict[int, str] = {}
        for i, uid in enumerate(member_ids):
            members[self.user(uid).id] = "creator" if i == 0 else "member"
        chat = Chat(self.new_group_id(supergroup), SUPERGROUP if supergroup else GROUP, title,
                    members=members)
        self.chats[chat.id] = chat
        self.events.emit("chat", chat_id=chat.id, chat=chat.view())
        return chat

    def new_group_id(self, supergroup: bool) -> int:
        """Next id for a group (-1001...) or supergroup (-1001000000001...)."""
        if supergroup:
            cid = -(1001000000000 + self.next_supergroup)
            self.next_supergroup += 1
        else:
            cid = -self.next_group
            self.next_group += 1
        return cid

    def chat(self, chat_id: Any) -> Chat:
        """A driver-given chat id, or ControlError."""
        try:
            chat = self.chats.get(int(chat_id))
        except (TypeError, ValueError):
            chat = None
        if chat is None:
            raise ControlError(f"unknown chat {chat_id!r}", 404)
        return chat

    def resolve_chat(self, raw: Any, *, send: bool = True) -> Chat:
        """Bot API chat_id → Chat, raising Telegram's errors."""
        chat_id: int | None = None
        if isinstance(raw, int) and not isinstance(raw, bool):
            chat_id = raw
        elif isinstance(raw, str) and re.fullmatch(r"-?[0-9]{1,20}", raw.strip()):
            chat_id = int(raw.strip())
        elif raw is None or raw == "":
            raise bad_request("chat_id is empty")
        chat = self.chats.get(chat_id) if chat_id is not None else None
        if chat is None:
            raise bad_request("chat not found")
        if chat.migrated_to is not None:
            raise ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat",
                           migrate_to_chat_id=chat.migrated_to)
        if chat.type == PRIVATE:
            assert chat.user is not None
            if not chat.user.started:
                if send:
                    raise forbidden("bot can't initiate conversation with a user")
                raise bad_request("chat not found")
            if chat.user.blocked and send:
                raise forbidden("bot was blocked by the user")
        elif chat.bot_status == "kicked":
            raise forbidden(f"bot was kicked from the {chat.type} chat")
        elif chat.bot_status not in ("creator", "administrator", "member"):
            raise forbidden(f"bot is not a member of the {chat.type} chat")
        return chat

    def status_of(self, chat: Chat, user_id: int) -> str:
        """Membership status of a user (or the bot) in a chat."""
        if user_id == self.bot.id:
            if chat.type == PRIVATE:
                return "kicked" if chat.user is not None and chat.user.blocked else "member"
            return chat.bot_status
        return chat.members.get(user_id, "left")

    def bot_member(self, status: str) -> dict[str, Any]:
        """ChatMember JSON for the bot."""
        return member_json(status, self.bot.json())

    # ----- messages -------------------------------------------------------------------

    def add_message(self, chat: Chat, *, from_bot: bool, from_id: int | None,
                    **fields: Any) -> Message:
        """Store a new message in a chat's history and emit a 'message' event."""
        msg = Message(chat.id, chat.next_message_id, from_id, from_bot, self.unix_now(),
                      **fields)
        chat.next_message_id += 1
        chat.messages[msg.message_id] = msg
        self.events.emit("message", chat_id=chat.id, message_id=msg.message_id,
                         from_bot=from_bot, message=self.view(msg))
        return msg

    def touch(self, msg: Message, kind: str) -> None:
        """Emit an 'edit' or 'delete' event for a message."""
        self.events.emit(kind, chat_id=msg.chat_id, message_id=msg.message_id,
                         from_bot=msg.from_bot, message=self.view(msg))

    def new_media_group_id(self) -> str:
        """A fresh media_group_id."""
        self.media_group_seq += 1
        return str(self.media_group_seq)

    def message_json(self, msg: Message, nested: bool = False) -> dict[str, Any]:
        """Telegram Message object."""
        if msg.raw is not None:
            return copy.deepcopy(msg.raw)
        chat = self.chats[msg.chat_id]
        data: dict[str, Any] = {"message_id": msg.message_id}
        if msg.from_bot:
            data["from"] = self.bot.json()
        elif msg.from_id is not None and msg.from_id in self.users:
            data["from"] = self.users[msg.from_id].json()
        data["chat"] = chat.json()
        data["date"] = msg.date
        if msg.forward_origin is not None:
            data["forward_origin"] = copy.deepcopy(msg.forward_origin)
        if msg.edit_date is not None:
            data["edit_date"] = msg.edit_date
        if msg.media_group_id:
            data["media_group_id"] = msg.media_group_id
        if not nested and msg.reply_to_message_id is not None:
            reply = chat.messages.get(msg.reply_to_message_id)
            if reply is not None and not reply.deleted:
                data["reply_to_message"] = self.message_json(reply, nested=True)
        if msg.text is not None:
            data["text"] = msg.text
            if msg.entities:
                data["entities"] = copy.deepcopy(msg.entities)
        for key in ("photo", "document", "sticker", "contact", "location"):
            value = getattr(msg, key)
            if value:
                data[key] = copy.deepcopy(value)
        if msg.caption:
            data["caption"] = msg.caption
            if msg.caption_entities:
                data["caption_entities"] = copy.deepcopy(msg.caption_entities)
        data.update(copy.deepcopy(msg.service))
        if msg.reply_markup and "inline_keyboard" in msg.reply_markup:
            data["reply_markup"] = copy.deepcopy(msg.reply_markup)
        return data

    def view(self, msg: Message) -> dict[str, Any]:
        """Control API view of a message (the driver's BotMessage)."""
        markup = msg.reply_markup or {}
        buttons = [
            [{"text": b.get("text", ""), "callback_data": b.get("callback_data"),
              "url": b.get("url")} for b in row]
            for row in markup.get("inline_keyboard", [])
        ]
        reply_keyboard = None
        if "keyboard" in markup:
            reply_keyboard = [[b.get("text", "") for b in row] for row in markup["keyboard"]]
        document = None
        if msg.document:
            document = {k: msg.document.get(k) for k in ("file_id", "file_name", "mime_type",
                                                         "file_size")}
        raw = msg.raw or {}
        return {
            "chat_id": msg.chat_id,
            "message_id": msg.message_id,
            "from_bot": msg.from_bot,
            "from_id": msg.from_id,
            "date": msg.date,
            "text": msg.text if msg.raw is None else raw.get("text"),
            "html": msg.html,
            "entities": copy.deepcopy(msg.entities),
            "caption": msg.caption,
            "caption_entities": copy.deepcopy(msg.caption_entities),
            "photo_file_id": msg.photo[-1]["file_id"] if msg.photo else None,
            "photo": copy.deepcopy(msg.photo),
            "document": document,
            "sticker": copy.deepcopy(msg.sticker),
            "contact": copy.deepcopy(msg.contact),
            "location": copy.deepcopy(msg.location),
            "buttons": buttons,
            "reply_keyboard": reply_keyboard,
            "remove_keyboard": bool(markup.get("remove_keyboard")),
            "reply_markup": copy.deepcopy(msg.reply_markup),
            "media_group_id": msg.media_group_id,
            "reply_to_message_id": msg.reply_to_message_id,
            "edit_count": msg.edit_count,
            "deleted": msg.deleted,
            "service": copy.deepcopy(msg.service),
            "forward_origin": copy.deepcopy(msg.forward_origin),
        }

    # ----- updates --------------------------------------------------------------------

    def enqueue(self, kind: str, payload: dict[str, Any]) -> int:
        """Queue an update and emit an 'update' event."""
        uid = self.updates.add(kind, payload)
        self.events.emit("update", update_id=uid, update_type=kind,
                         chat_id=(payload.get("chat") or {}).get("id"))
        return uid

    def log_call(self, entry: dict[str, Any]) -> None:
        """Append to the Bot API call log."""
        self.call_seq += 1
        entry["seq"] = self.call_seq
        self.calls.append(entry)

    def commands_view(self) -> list[dict[str, Any]]:
        """All stored command sets."""
        return [copy.deepcopy(v) for v in self.commands.values()]
