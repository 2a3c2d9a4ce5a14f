"""What a Telegram app works out for itself: the command menu, the reply keyboard, deep links.

The driver and the browser page both ask the sandbox for these, so they cannot disagree.
"""

from __future__ import annotations

import copy
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sandbox.models import PRIVATE, Chat, User
from sandbox.state import World
from sandbox.util import ControlError

ADMINS = ("creator", "administrator")
_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")
_USERNAME = re.compile(r"[A-Za-z0-9_]{3,32}")
_HOSTS = ("t.me", "telegram.me", "www.t.me", "telegram.dog")


def language_of(user: User) -> str:
    """The two-letter code Telegram matches command sets against ("" when unknown)."""
    code = (user.language_code or "").lower()[:2]
    return code if re.fullmatch(r"[a-z]{2}", code) else ""


def menu_scopes(chat: Chat, user: User) -> list[tuple[str, int | None, int | None]]:
    """Command scopes in the order Telegram tries them for this user in this chat."""
    if chat.type == PRIVATE:
        return [("chat", chat.id, None), ("all_private_chats", None, None),
                ("default", None, None)]
    admin = chat.members.get(user.id) in ADMINS
    order: list[tuple[str, int | None, int | None]] = [("chat_member", chat.id, user.id)]
    if admin:
        order.append(("chat_administrators", chat.id, None))
    order.append(("chat", chat.id, None))
    if admin:
        order.append(("all_chat_administrators", None, None))
    order += [("all_group_chats", None, None), ("default", None, None)]
    return order


def menu(w: World, chat: Chat, user: User) -> dict[str, Any]:
    """The command menu this user sees in this chat: the first stored set that applies."""
    lang = language_of(user)
    for kind, chat_id, user_id in menu_scopes(chat, user):
        for code in dict.fromkeys((lang, "")):
            entry = w.commands.get((kind, chat_id, user_id, code))
            if entry is not None:
                return {"commands": copy.deepcopy(entry["commands"]),
                        "scope": copy.deepcopy(entry["scope"]), "language_code": code}
    return {"commands": [], "scope": None, "language_code": lang}


def reply_keyboard(chat: Chat) -> dict[str, Any]:
    """The reply keyboard in force: the newest bot message that set or removed one."""
    for msg in sorted(chat.messages.values(), key=lambda m: m.message_id, reverse=True):
        markup = msg.reply_markup or {}
        if msg.deleted or not msg.from_bot or not ("keyboard" in markup or
                                                   markup.get("remove_keyboard")):
            continue
        if "keyboard" in markup:
            return {"message_id": msg.message_id, "markup": copy.deepcopy(markup)}
        return {"message_id": msg.message_id, "markup": None}
    return {"message_id": None, "markup": None}


def parse_link(w: World, url: str) -> str | None:
    """The start payload of a link to this bot (None: no payload); ControlError otherwise.

    Accepts https://t.me/<bot>?start=<payload>, t.me/<bot>, and tg://resolve?domain=<bot>.
    A payload Telegram would not pass on (not 1-64 of A-Z a-z 0-9 _ -) is dropped, as the app
    does: the chat opens without it."""
    raw = url.strip()
    if not raw:
        raise ControlError("url is empty")
    if "://" not in raw:
        raw = "https://" + raw
    parts = urlsplit(raw)
    query = parse_qs(parts.query)
    if parts.scheme == "tg" and parts.netloc == "resolve":
        name = (query.get("domain") or [""])[0]
    elif parts.scheme in ("http", "https") and parts.netloc.lower() in _HOSTS:
        name = parts.path.strip("/").split("/")[0]
    else:
        raise ControlError(f"not a Telegram link: {url[:200]!r}")
    if not _USERNAME.fullmatch(name) or name.lower() != (w.bot.username or "").lower():
        raise ControlError(f"the link is not for @{w.bot.username}: {name[:40]!r}", 404)
    if "startgroup" in query or "startapp" in query:
        raise ControlError("only start links to the bot's private chat are supported")
    payload = (query.get("start") or [""])[0]
    return payload if _PAYLOAD.fullmatch(payload) else None

