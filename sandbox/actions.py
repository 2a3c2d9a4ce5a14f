"""What residents and staff do (driver actions), turned into history and updates."""

from __future__ import annotations

import secrets
import time
from typing import Any

from sandbox.client import parse_link
from sandbox.entities import command_entities
from sandbox.models import GROUP, IN_CHAT, PRIVATE, SUPERGROUP, CallbackQuery, Chat, Message, User
from sandbox.state import World, member_json
from sandbox.util import ControlError


def _check_member(w: World, user: User, chat: Chat) -> None:
    if chat.migrated_to is not None:
        raise ControlError(f"chat {chat.id} was migrated to {chat.migrated_to}")
    if chat.type == PRIVATE:
        if chat.id != user.id:
            raise ControlError(f"user {user.id} cannot write in the private chat of {chat.id}")
        return
    if chat.members.get(user.id) not in IN_CHAT:
        raise ControlError(f"user {user.id} is not a member of chat {chat.id}")


def _set_block(w: World, user: User, blocked: bool) -> int:
    old, new = ("member", "kicked") if blocked else ("kicked", "member")
    user.blocked = blocked
    chat = w.chats[user.id]
    w.events.emit("block" if blocked else "unblock", chat_id=user.id, user_id=user.id)
    return w.enqueue("my_chat_member", {
        "chat": chat.json(),
        "from": user.json(),
        "date": w.unix_now(),
        "old_chat_member": w.bot_member(old),
        "new_chat_member": w.bot_member(new),
    })


def block(w: World, user: User) -> int:
    """The user blocks the bot."""
    return _set_block(w, user, True)


def unblock(w: World, user: User) -> int:
    """The user unblocks (restarts) the bot."""
    return _set_block(w, user, False)


def _wants(w: World, chat: Chat, msg: Message) -> bool:
    """Privacy mode: which group messages a non-admin bot receives."""
    if not w.privacy_mode or chat.type == PRIVATE or chat.bot_status == "administrator":
        return True
    text = msg.text or msg.caption or ""
    if msg.service or text.startswith("/") or f"@{w.bot.username}" in text:
        return True
    reply = chat.messages.get(msg.reply_to_message_id or 0)
    return reply is not None and reply.from_bot


def deliver(w: World, chat: Chat, msg: Message, kind: str = "message") -> int | None:
    """Queue an update for a user's message if the bot can see it."""
    if not chat.bot_in or not _wants(w, chat, msg):
        return None
    return w.enqueue(kind, w.message_json(msg))


def user_message(w: World, user: User, chat: Chat, **fields: Any) -> Message:
    """Store a message written by a user (a private write also 'starts' the bot)."""
    _check_member(w, user, chat)
    reply = fields.get("reply_to_message_id")
    if reply is not None:
        target = chat.messages.get(int(reply))
        if target is None or target.deleted:
            raise ControlError(f"message {reply} not found in chat {chat.id}")
    if chat.type == PRIVATE:
        if user.blocked:
            unblock(w, user)
        user.started = True
    return w.add_message(chat, from_bot=False, from_id=user.id, **fields)


def sent(chat: Chat, msg: Message, update_id: int | None) -> dict[str, Any]:
    """The driver's Sent record."""
    return {"update_id": update_id, "chat_id": chat.id, "message_id": msg.message_id}


def send_text(w: World, user: User, chat: Chat, text: str,
              reply_to: int | None = None) -> dict[str, Any]:
    """A text message (with a bot_command entity for /commands)."""
    if not text:
        raise ControlError("text is empty")
    msg = user_message(w, user, chat, text=text, entities=command_entities(text),
                       reply_to_message_id=reply_to)
    return sent(chat, msg, deliver(w, chat, msg))


def send_many(w: World, items: list[tuple[User, Chat, str]]) -> list[dict[str, Any]]:
    """Several text messages in one go, in order (a load generator's bulk push).

    Every item is checked before any is sent, so a refused batch sends nothing."""
    for user, chat, text in items:
        if not text:
            raise ControlError("text is empty")
        _check_member(w, user, chat)
    return [send_text(w, user, chat, text) for user, chat, text in items]


def send_photo(w: World, user: User, chat: Chat, data: bytes, caption: str | None = None,
               media_group_id: str | None = None,
               claimed_size: int | None = None) -> dict[str, Any]:
    """A photo (2-3 PhotoSize entries)."""
    if not data:
        raise ControlError("photo data is empty")
    sizes = w.files.add_photo(data, claimed_size)
    msg = user_message(w, user, chat, photo=sizes, caption=caption or None,
                       media_group_id=media_group_id)
    return sent(chat, msg, deliver(w, chat, msg))


def send_album(w: World, user: User, chat: Chat, photos: list[bytes],
               caption: str | None = None) -> list[dict[str, Any]]:
    """Several photos sharing a media_group_id (caption on the first)."""
    if not 2 <= len(photos) <= 10:
        raise ControlError("an album needs 2-10 photos")
    group_id = w.new_media_group_id()
    return [
        send_photo(w, user, chat, data, caption if i == 0 else None, group_id)
        for i, data in enumerate(photos)
    ]


def send_document(w: World, user: User, chat: Chat, data: bytes, filename: str,
                  mime_type: str, caption: str | None = None,
                  claimed_size: int | None = None) -> dict[str, Any]:
    """A document."""
    doc = w.files.add_document(data, filename, mime_type, claimed_size)
    msg = user_message(w, user, chat, document=doc, caption=caption or None)
    return sent(chat, msg, deliver(w, chat, msg))


def send_sticker(w: World, user: User, chat: Chat) -> dict[str, Any]:
    """A sticker."""
    msg = user_message(w, user, chat, sticker=w.files.add_sticker())
    return sent(chat, msg, deliver(w, chat, msg))


def send_contact(w: World, user: User, chat: Chat, phone: str | None = None) -> dict[str, Any]:
    """The user's own contact (as from a request_contact button); their own phone by default."""
    phone = phone or user.phone_number
    if not phone:
        raise ControlError(f"user {user.id} has no phone_number; pass phone")
    contact: dict[str, Any] = {"phone_number": phone, "first_name": user.first_name}
    if user.last_name:
        contact["last_name"] = user.last_name
    contact["user_id"] = user.id
    msg = user_message(w, user, chat, contact=contact)
    return sent(chat, msg, deliver(w, chat, msg))


def send_location(w: World, user: User, chat: Chat, lat: float, lon: float) -> dict[str, Any]:
    """A location."""
    msg = user_message(w, user, chat, location={"latitude": lat, "longitude": lon})
    return sent(chat, msg, deliver(w, chat, msg))


def open_link(w: World, user: User, url: str) -> dict[str, Any]:
    """The user opens a t.me link to the bot: `/start <payload>` (or `/start` the first time)."""
    payload = parse_link(w, url)
    chat = w.chats[user.id]
    if payload is None and user.started and not user.blocked:
        return {"update_id": None, "chat_id": chat.id, "message_id": None}
    return send_text(w, user, chat, f"/start {payload}" if payload else "/start")


def edit(w: World, user: User, chat: Chat, message_id: int, text: str) -> dict[str, Any]:
    """The user edits their text message (edited_message update)."""
    msg = chat.messages.get(message_id)
    if msg is None or msg.deleted or msg.from_bot or msg.from_id != user.id or msg.text is None:
        raise ControlError(f"user {user.id} has no text message {message_id} in chat {chat.id}")
    if not text:
        raise ControlError("text is empty")
    msg.text, msg.entities = text, command_entities(text)
    msg.edit_count += 1
    msg.edit_date = w.unix_now()
    w.touch(msg, "edit")
    return sent(chat, msg, deliver(w, chat, msg, "edited_message"))


def press(w: World, user: User, chat: Chat, message_id: int, data: str | None,
          text: str | None, forge: bool = False) -> dict[str, Any]:
    """Press an inline button (by callback_data or label) → callback_query update."""
    msg = chat.messages.get(message_id)
    if msg is None or msg.deleted:
        raise ControlError(f"message {message_id} not found in chat {chat.id}")
    _check_member(w, user, chat)
    buttons = [b for row in (msg.reply_markup or {}).get("inline_keyboard", []) for b in row]
    labels = [f"{b.get('text')!r}={b.get('callback_data')!r}" for b in buttons]
    if text is not None:
        match = [b for b in buttons if b.get("text") == text]
        if match:
            if "callback_data" not in match[0]:
                raise ControlError(f"button {text!r} has no callback_data")
            if data is None:
                data = match[0]["callback_data"]
            elif data != match[0]["callback_data"] and not forge:
                raise ControlError(f"button {text!r} carries {match[0]['callback_data']!r}, "
                                   f"not {data!r}")
        elif not forge:
            raise ControlError(f"no button labelled {text!r} on message {message_id}; "
                               f"buttons: {labels}")
        elif data is None:
            raise ControlError("a forged press by label needs data")
    elif data is None:
        raise ControlError("press needs data or text")
    elif not forge and data not in [b.get("callback_data") for b in buttons]:
        raise ControlError(f"callback_data {data!r} is not on the keyboard of message "
                           f"{message_id}; buttons: {labels}")
    qid = str(secrets.randbelow(9 * 10**18) + 10**18)
    payload = {
        "id": qid,
        "from": user.json(),
        "message": w.message_json(msg),
        "chat_instance": str(abs(chat.id * 2654435761 + w.bot.id) % 10**19),
        "data": data,
    }
    w.callbacks[qid] = CallbackQuery(qid, user.id, chat.id, message_id, data, time.monotonic())
    w.events.emit("press", chat_id=chat.id, message_id=message_id, user_id=user.id,
                  callback_query_id=qid, data=data)
    return {"update_id": w.enqueue("callback_query", payload), "callback_query_id": qid}


def _bot_change(w: World, chat: Chat, by: User, old: str, new: str) -> int:
    chat.bot_status = new
    w.events.emit("chat", chat_id=chat.id, chat=chat.view())
    return w.enqueue("my_chat_member", {
        "chat": chat.json(),
        "from": by.json(),
        "date": w.unix_now(),
        "old_chat_member": w.bot_member(old),
        "new_chat_member": w.bot_member(new),
    })


def _group(w: World, chat: Chat) -> None:
    if chat.type not in (GROUP, SUPERGROUP):
        raise ControlError(f"chat {chat.id} is not a group")
    if chat.migrated_to is not None:
        raise ControlError(f"chat {chat.id} was migrated to {chat.migrated_to}")


def add_bot(w: World, chat: Chat, by: User, admin: bool = False) -> int:
    """Someone adds (or promotes/demotes) the bot; returns the my_chat_member update_id."""
    _group(w, chat)
    _check_member(w, by, chat)
    old, new = chat.bot_status, "administrator" if admin else "member"
    if old == new:
        raise ControlError(f"bot is already {new} in chat {chat.id}")
    uid = _bot_change(w, chat, by, old, new)
    if old not in IN_CHAT:
        msg = w.add_message(chat, from_bot=False, from_id=by.id,
                            service={"new_chat_members": [w.bot.json()]})
        w.enqueue("message", w.message_json(msg))
    return uid


def remove_bot(w: World, chat: Chat, by: User) -> int:
    """Someone removes the bot (left in groups, kicked in supergroups)."""
    _group(w, chat)
    if chat.bot_status not in IN_CHAT:
        raise ControlError(f"bot is not in chat {chat.id}")
    uid = _bot_change(w, chat, by, chat.bot_status, "left" if chat.type == GROUP else "kicked")
    w.add_message(chat, from_bot=False, from_id=by.id,
                  service={"left_chat_member": w.bot.json()})
    return uid


def add_member(w: World, chat: Chat, user: User) -> int | None:
    """A user joins a group."""
    _group(w, chat)
    old = chat.members.get(user.id, "left")
    if old in IN_CHAT:
        raise ControlError(f"user {user.id} is already in chat {chat.id}")
    chat.members[user.id] = "member"
    _member_update(w, chat, user, old, "member")
    msg = w.add_message(chat, from_bot=False, from_id=user.id,
                        service={"new_chat_members": [user.json()]})
    return deliver(w, chat, msg)


def remove_member(w: World, chat: Chat, user: User) -> int | None:
    """A user leaves a group."""
    _group(w, chat)
    old = chat.members.get(user.id, "left")
    if old not in IN_CHAT:
        raise ControlError(f"user {user.id} is not in chat {chat.id}")
    chat.members[user.id] = "left"
    _member_update(w, chat, user, old, "left")
    msg = w.add_message(chat, from_bot=False, from_id=user.id,
                        service={"left_chat_member": user.json()})
    return deliver(w, chat, msg)


def _member_update(w: World, chat: Chat, user: User, old: str, new: str) -> None:
    """chat_member update (only admins get these, and only when asked for)."""
    w.events.emit("chat", chat_id=chat.id, chat=chat.view())
    if chat.bot_status != "administrator":
        return
    w.enqueue("chat_member", {
        "chat": chat.json(),
        "from": user.json(),
        "date": w.unix_now(),
        "old_chat_member": member_json(old, user.json()),
        "new_chat_member": member_json(new, user.json()),
    })


def migrate(w: World, chat: Chat) -> Chat:
    """Upgrade a group to a supergroup with a new id."""
    if chat.type != GROUP or chat.migrated_to is not None:
        raise ControlError(f"chat {chat.id} is not a (non-migrated) basic group")
    new = Chat(w.new_group_id(True), SUPERGROUP, chat.title, members=dict(chat.members),
               bot_status=chat.bot_status, migrated_from=chat.id)
    w.chats[new.id] = new
    owner = next((uid for uid, s in chat.members.items() if s == "creator"), None)
    if owner is None:
        owner = next(iter(chat.members), None)
    old_msg = w.add_message(chat, from_bot=False, from_id=owner,
                            service={"migrate_to_chat_id": new.id})
    if chat.bot_in:
        w.enqueue("message", w.message_json(old_msg))
    chat.migrated_to = new.id
    new_msg = w.add_message(new, from_bot=False, from_id=owner,
                            service={"migrate_from_chat_id": chat.id})
    if new.bot_in:
        w.enqueue("message", w.message_json(new_msg))
    w.events.emit("chat", chat_id=chat.id, chat=chat.view())
    w.events.emit("chat", chat_id=new.id, chat=new.view())
    return new


def push_raw(w: World, update: dict[str, Any]) -> int:
    """Queue a raw update; a message in a known chat is also put into its history."""
    if not isinstance(update, dict):
        raise ControlError("update must be a JSON object")
    body = update.get("message")
    if isinstance(body, dict):
        _ingest(w, body)
    return w.updates.push_raw(update)


def _ingest(w: World, body: dict[str, Any]) -> None:
    chat_ref = (body.get("chat") or {}).get("id")
    chat = w.chats.get(chat_ref) if isinstance(chat_ref, int) else None
    mid = body.get("message_id")
    if chat is None or not isinstance(mid, int) or mid in chat.messages:
        return
    sender = (body.get("from") or {}).get("id")
    msg = Message(chat.id, mid, sender, False, int(body.get("date") or w.unix_now()),
                  text=body.get("text"), entities=list(body.get("entities") or []),
                  raw=dict(body))
    chat.messages[mid] = msg
    chat.next_message_id = max(chat.next_message_id, mid + 1)
    w.events.emit("message", chat_id=chat.id, message_id=mid, from_bot=False,
                  message=w.view(msg))
