"""Bot API methods other than message sending: identity, updates, webhook, commands, chats."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from sandbox.files import DOWNLOAD_MAX
from sandbox.models import PRIVATE, Chat
from sandbox.params import Params
from sandbox.state import World, member_json
from sandbox.util import ApiError, bad_request

SCOPES = {
    "default",
    "all_private_chats",
    "all_group_chats",
    "all_chat_administrators",
    "chat",
    "chat_administrators",
    "chat_member",
}
CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}
_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


def get_me(w: World, p: Params) -> Any:
    """getMe."""
    data = w.bot.json()
    data.update(
        {
            "can_join_groups": True,
            "can_read_all_group_messages": not w.privacy_mode,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
    )
    return data


def log_out(w: World, p: Params) -> Any:
    """logOut / close: accepted and ignored."""
    return True


def _allowed(w: World, p: Params) -> None:
    allowed = p.get_json("allowed_updates", "allowed updates")
    if allowed is None:
        return
    if not isinstance(allowed, list) or not all(isinstance(a, str) for a in allowed):
        raise bad_request("can't parse allowed updates JSON object")
    w.updates.allowed = set(allowed) or None


async def get_updates(w: World, p: Params) -> Any:
    """getUpdates with long polling."""
    if w.webhook.url:
        raise ApiError(
            409,
            "Conflict: can't use getUpdates method while webhook is active; "
            "use deleteWebhook to delete the webhook first",
        )
    limit = max(1, min(100, p.get_int("limit", 100) or 100))
    _allowed(w, p)
    return await w.updates.get_updates(p.get_int("offset"), limit,
                                       p.get_float("timeout", 0.0) or 0.0)


def set_webhook(w: World, p: Params) -> Any:
    """setWebhook (http:// is accepted since everything is local)."""
    url = (p.get_str("url") or "").strip()
    if url and not re.match(r"https?://[^/\s]+", url):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    secret = p.get_str("secret_token")
    if secret and not _SECRET.fullmatch(secret):
        raise bad_request("bad webhook: Secret token contains unallowed characters")
    max_conn = p.get_int("max_connections", 40) or 40
    if not 1 <= max_conn <= 100:
        raise bad_request("bad webhook: Wrong max_connections specified")
    _allowed(w, p)
    if p.get_bool("drop_pending_updates"):
        w.updates.drop_pending()
    hook = w.webhook
    if hook.url != url:
        hook.last_error_date = hook.last_error_message = None
    hook.url = url
    hook.secret_token = secret or None
    hook.max_connections = max_conn
    hook.allowed_updates = sorted(w.updates.allowed) if w.updates.allowed else None
    w.events.emit("webhook", url=url)
    if w.on_webhook_change is not None:
        w.on_webhook_change()
    return True


def delete_webhook(w: World, p: Params) -> Any:
    """deleteWebhook."""
    if p.get_bool("drop_pending_updates"):
        w.updates.drop_pending()
    w.webhook.url = ""
    w.webhook.secret_token = None
    w.events.emit("webhook", url="")
    if w.on_webhook_change is not None:
        w.on_webhook_change()
    return True


def get_webhook_info(w: World, p: Params) -> Any:
    """getWebhookInfo."""
    hook = w.webhook
    info: dict[str, Any] = {
        "url": hook.url,
        "has_custom_certificate": False,
        "pending_update_count": len(w.updates.pending),
    }
    if hook.url:
        info["ip_address"] = "127.0.0.1"
        if hook.last_error_date is not None:
            info["last_error_date"] = hook.last_error_date
            info["last_error_message"] = hook.last_error_message
        info["max_connections"] = hook.max_connections
        if hook.allowed_updates:
            info["allowed_updates"] = list(hook.allowed_updates)
    return info


def _scope(w: World, p: Params) -> tuple[tuple[str, int | None, int | None, str], dict[str, Any]]:
    scope = p.get_json("scope", "BotCommandScope") or {"type": "default"}
    if not isinstance(scope, dict) or scope.get("type") not in SCOPES:
        raise bad_request("can't parse BotCommandScope JSON object")
    kind = str(scope["type"])
    chat_id: int | None = None
    user_id: int | None = None
    if kind in ("chat", "chat_administrators", "chat_member"):
        chat = w.resolve_chat(scope.get("chat_id"), send=False)
        chat_id = chat.id
        if kind != "chat" and chat.type == PRIVATE:
            raise bad_request("can't change commands in private chats")
    if kind == "chat_member":
        try:
            user_id = int(scope["user_id"])
        except (KeyError, TypeError, ValueError):
            raise bad_request("invalid user_id specified") from None
        if user_id not in w.users:
            raise bad_request("user not found")
    lang = p.get_str("language_code") or ""
    if lang and not re.fullmatch(r"[a-z]{2}", lang):
        raise bad_request("invalid language code specified")
    clean: dict[str, Any] = {"type": kind}
    if chat_id is not None:
        clean["chat_id"] = chat_id
    if user_id is not None:
        clean["user_id"] = user_id
    return (kind, chat_id, user_id, lang), clean


def set_my_commands(w: World, p: Params) -> Any:
    """setMyCommands (an empty list deletes the set)."""
    commands = p.get_json("commands", "commands")
    if commands is None:
        commands = []
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > 100:
        raise bad_request("too many commands specified")
    clean = []
    for cmd in commands:
        if not isinstance(cmd, dict):
            raise bad_request("can't parse BotCommand JSON object")
        name, desc = cmd.get("command"), cmd.get("description")
        if not isinstance(name, str) or not _COMMAND_NAME.fullmatch(name):
            raise bad_request("BOT_COMMAND_INVALID")
        if not isinstance(desc, str) or not 1 <= len(desc) <= 256:
            raise bad_request("command description is empty" if not desc else
                              "BOT_COMMAND_DESCRIPTION_INVALID")
        clean.append({"command": name, "description": desc})
    key, scope = _scope(w, p)
    if clean:
        w.commands[key] = {"scope": scope, "language_code": key[3], "commands": clean}
    else:
        w.commands.pop(key, None)
    w.events.emit("commands", chat_id=key[1], scope=scope, language_code=key[3],
                  commands=copy.deepcopy(clean))
    return True


def get_my_commands(w: World, p: Params) -> Any:
    """getMyCommands for exactly that scope and language."""
    key, _scope_json = _scope(w, p)
    entry = w.commands.get(key)
    return copy.deepcopy(entry["commands"]) if entry else []


def delete_my_commands(w: World, p: Params) -> Any:
    """deleteMyCommands."""
    key, scope = _scope(w, p)
    w.commands.pop(key, None)
    w.events.emit("commands", chat_id=key[1], scope=scope, language_code=key[3], commands=[])
    return True


def leave_chat(w: World, p: Params) -> Any:
    """leaveChat: the bot leaves and gets a my_chat_member update."""
    chat = w.resolve_chat(p.raw("chat_id"), send=False)
    if chat.type == PRIVATE:
        raise bad_request("chat member status can't be changed in private chats")
    old = chat.bot_status
    chat.bot_status = "left"
    w.enqueue("my_chat_member", {
        "chat": chat.json(),
        "from": w.bot.json(),
        "date": w.unix_now(),
        "old_chat_member": w.bot_member(old),
        "new_chat_member": w.bot_member("left"),
    })
    w.events.emit("leave", chat_id=chat.id)
    return True


def get_chat_member(w: World, p: Params) -> Any:
    """getChatMember."""
    chat = w.resolve_chat(p.raw("chat_id"), send=False)
    user_id = p.get_int("user_id")
    if user_id is None:
        raise bad_request("invalid user_id specified")
    if user_id == w.bot.id:
        return w.bot_member(w.status_of(chat, user_id))
    user = w.users.get(user_id)
    if user is None:
        raise bad_request("user not found")
    if chat.type == PRIVATE and user_id != chat.id:
        raise bad_request("user not found")
    return _member(w, chat, user_id)


def _member(w: World, chat: Chat, user_id: int) -> dict[str, Any]:
    return member_json(w.status_of(chat, user_id), w.users[user_id].json())


def get_chat(w: World, p: Params) -> Any:
    """getChat: a ChatFullInfo."""
    chat = w.resolve_chat(p.raw("chat_id"), send=False)
    data = chat.json()
    data.update(
        {
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }
    )
    return data


def send_chat_action(w: World, p: Params) -> Any:
    """sendChatAction."""
    chat = w.resolve_chat(p.raw("chat_id"))
    action = p.get_str("action") or ""
    if action not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    w.events.emit("chat_action", chat_id=chat.id, action=action)
    return True


def get_file(w: World, p: Params) -> Any:
    """getFile."""
    rec = w.files.get(p.get_str("file_id") or "")
    if rec is None:
        raise bad_request("invalid file_id")
    if rec.size > DOWNLOAD_MAX:
        raise bad_request("file is too big")
    return rec.json()


HANDLERS: dict[str, Callable[[World, Params], Any]] = {
    "getMe": get_me,
    "logOut": log_out,
    "close": log_out,
    "getUpdates": get_updates,
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
    "setMyCommands": set_my_commands,
    "getMyCommands": get_my_commands,
    "deleteMyCommands": delete_my_commands,
    "leaveChat": leave_chat,
    "getChatMember": get_chat_member,
    "getChat": get_chat,
    "sendChatAction": send_chat_action,
    "getFile": get_file,
}
