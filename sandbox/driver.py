"""Driver: the test-side client of the control API (acts as residents/staff, reads the bot)."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable
from typing import Any

import aiohttp

from sandbox.records import (
    BotMessage,
    Button,
    Call,
    CallbackAnswer,
    Chat,
    Document,
    Pressed,
    SandboxError,
    Sent,
    User,
)

__all__ = [
    "BotMessage",
    "Button",
    "Call",
    "CallbackAnswer",
    "Chat",
    "Document",
    "Driver",
    "Pressed",
    "SandboxError",
    "Sent",
    "User",
]

ChatRef = Chat | User | int
MsgRef = BotMessage | Sent | tuple[int, int]
POLL_SLICE = 25.0


def chat_id_of(chat: ChatRef) -> int:
    """Chat id of a Chat, a User (private chat) or a plain id."""
    if isinstance(chat, (Chat, User)):
        return chat.id
    return int(chat)


def _msg_ref(message: MsgRef) -> tuple[int, int]:
    if isinstance(message, tuple):
        return int(message[0]), int(message[1])
    return message.chat_id, message.message_id


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _sent(d: dict[str, Any]) -> Sent:
    return Sent(d.get("update_id"), d["chat_id"], d["message_id"])


class Driver:
    """Async client of a SandboxServer's /sandbox API; use as an async context manager."""

    def __init__(self, base_url: str, *, timeout: float = 30.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Driver:
        self._ensure()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _ensure(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
        return self._session

    async def close(self) -> None:
        """Close the HTTP session."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _req(self, method: str, path: str, *, json: Any = None,
                   params: dict[str, Any] | None = None, wait: float = 0.0,
                   raw: bool = False) -> Any:
        session = self._ensure()
        query = {k: str(v).lower() if isinstance(v, bool) else str(v)
                 for k, v in (params or {}).items() if v is not None}
        timeout = aiohttp.ClientTimeout(total=self.timeout + wait)
        async with session.request(method, self.base_url + path, json=json, params=query,
                                   timeout=timeout) as resp:
            if raw and resp.status < 400:
                return await resp.read()
            try:
                data = await resp.json(content_type=None)
            except ValueError:
                data = {"error": (await resp.text())[:500]}
            if resp.status == 408:
                raise TimeoutError(data.get("error", "timeout"))
            if resp.status >= 400:
                raise SandboxError(f"{method} {path}: {data.get('error', data)}")
            return data

    async def _act(self, action: str, **body: Any) -> Any:
        return await self._req("POST", f"/sandbox/act/{action}",
                               json={k: v for k, v in body.items() if v is not None})

    # ----- world --------------------------------------------------------------------------

    async def reset(self) -> None:
        """Clear users, chats, updates, files, logs, faults and webhook (keeps the bot)."""
        await self._req("POST", "/sandbox/reset")

    async def state(self) -> dict[str, Any]:
        """Every user and chat at once, with the current event seq (what the page loads)."""
        result: dict[str, Any] = await self._req("GET", "/sandbox/state")
        return result

    async def bot(self) -> dict[str, Any]:
        """The bot's identity (id, username, first_name, token_seen)."""
        result: dict[str, Any] = await self._req("GET", "/sandbox/bot")
        return result

    async def user(self, first_name: str, *, last_name: str | None = None,
                   username: str | None = None, language_code: str | None = "zh-hant",
                   user_id: int | None = None, phone_number: str | None = None) -> User:
        """Create a user (phone_number: what their request_contact buttons share)."""
        d = await self._req("POST", "/sandbox/users", json={
            "first_name": first_name, "last_name": last_name, "username": username,
            "language_code": language_code, "user_id": user_id, "phone_number": phone_number})
        return User.from_json(d)

    async def group(self, title: str, members: list[User], *, supergroup: bool = False) -> Chat:
        """Create a group (first member is the creator); the bot is not in it yet."""
        d = await self._req("POST", "/sandbox/groups", json={
            "title": title, "member_ids": [m.id for m in members], "supergroup": supergroup})
        return Chat.from_json(d)

    async def add_bot(self, chat: ChatRef, by: User, *, admin: bool = False) -> int:
        """Add (or promote/demote) the bot; returns the my_chat_member update_id."""
        d = await self._act("add_bot", chat_id=chat_id_of(chat), by=by.id, admin=admin)
        return int(d["update_id"])

    async def remove_bot(self, chat: ChatRef, by: User) -> int:
        """Remove the bot from a group; returns the my_chat_member update_id."""
        d = await self._act("remove_bot", chat_id=chat_id_of(chat), by=by.id)
        return int(d["update_id"])

    async def add_member(self, chat: ChatRef, user: User) -> int | None:
        """A user joins; returns the update_id of the service message (if delivered)."""
        d = await self._act("add_member", chat_id=chat_id_of(chat), user_id=user.id)
        return None if d.get("update_id") is None else int(d["update_id"])

    async def remove_member(self, chat: ChatRef, user: User) -> int | None:
        """A user leaves; returns the update_id of the service message (if delivered)."""
        d = await self._act("remove_member", chat_id=chat_id_of(chat), user_id=user.id)
        return None if d.get("update_id") is None else int(d["update_id"])

    async def migrate(self, chat: ChatRef) -> Chat:
        """Upgrade a group to a supergroup; returns the new chat."""
        return Chat.from_json(await self._act("migrate", chat_id=chat_id_of(chat)))

    async def block(self, user: User) -> int:
        """The user blocks the bot; returns the my_chat_member update_id."""
        return int((await self._act("block", user_id=user.id))["update_id"])

    async def unblock(self, user: User) -> int:
        """The user unblocks the bot; returns the my_chat_member update_id."""
        return int((await self._act("unblock", user_id=user.id))["update_id"])

    # ----- user actions -------------------------------------------------------------------

    async def send(self, user: User, text: str, *, chat: ChatRef | None = None,
                   reply_to: int | MsgRef | None = None) -> Sent:
        """Send a text message (private chat by default)."""
        reply = reply_to if reply_to is None or isinstance(reply_to, int) else \
            _msg_ref(reply_to)[1]
        return _sent(await self._act("send", user_id=user.id, text=text, reply_to=reply,
                                     chat_id=chat_id_of(chat) if chat is not None else None))

    async def send_many(self, items: list[tuple[User, str]]) -> list[Sent]:
        """Send many texts, each in its user's private chat, in one request (in order).

        For load generation: all are checked first, then queued as updates back to back."""
        d = await self._act("send_many", items=[{"user_id": u.id, "text": t} for u, t in items])
        return [_sent(x) for x in d]

    async def tap_reply_button(self, user: User, text: str,
                               chat: ChatRef | None = None) -> Sent:
        """Tap a reply-keyboard button (sends its text)."""
        return await self.send(user, text, chat=chat)

    async def send_photo(self, user: User, data: bytes, *, chat: ChatRef | None = None,
                         caption: str | None = None, media_group_id: str | None = None,
                         claimed_size: int | None = None) -> Sent:
        """Send a photo (claimed_size fakes a bigger file_size)."""
        return _sent(await self._act(
            "send_photo", user_id=user.id, data_b64=_b64(data), caption=caption,
            media_group_id=media_group_id, claimed_size=claimed_size,
            chat_id=chat_id_of(chat) if chat is not None else None))

    async def send_album(self, user: User, photos: list[bytes], *,
                         chat: ChatRef | None = None, caption: str | None = None) -> list[Sent]:
        """Send 2-10 photos as one media group (one update each)."""
        items = await self._act("send_album", user_id=user.id,
                                photos_b64=[_b64(p) for p in photos], caption=caption,
                                chat_id=chat_id_of(chat) if chat is not None else None)
        return [_sent(d) for d in items]

    async def send_document(self, user: User, data: bytes, filename: str, mime_type: str, *,
                            chat: ChatRef | None = None, caption: str | None = None,
                            claimed_size: int | None = None) -> Sent:
        """Send a document."""
        return _sent(await self._act(
            "send_document", user_id=user.id, data_b64=_b64(data), filename=filename,
            mime_type=mime_type, caption=caption, claimed_size=claimed_size,
            chat_id=chat_id_of(chat) if chat is not None else None))

    async def send_sticker(self, user: User, *, chat: ChatRef | None = None) -> Sent:
        """Send a sticker."""
        return _sent(await self._act("send_sticker", user_id=user.id,
                                     chat_id=chat_id_of(chat) if chat is not None else None))

    async def send_contact(self, user: User, phone: str | None = None, *,
                           chat: ChatRef | None = None) -> Sent:
        """Share the user's own contact (their phone_number unless phone is given)."""
        return _sent(await self._act("send_contact", user_id=user.id, phone=phone,
                                     chat_id=chat_id_of(chat) if chat is not None else None))

    async def send_location(self, user: User, lat: float, lon: float, *,
                            chat: ChatRef | None = None) -> Sent:
        """Send a location."""
        return _sent(await self._act("send_location", user_id=user.id, lat=lat, lon=lon,
                                     chat_id=chat_id_of(chat) if chat is not None else None))

    async def open_link(self, user: User, url: str) -> Sent | None:
        """Open a t.me link to the bot: sends `/start <payload>` (None: nothing was sent, the
        chat was only opened)."""
        d = await self._act("open_link", user_id=user.id, url=url)
        return None if d.get("message_id") is None else _sent(d)

    async def edit(self, user: User, sent: MsgRef, new_text: str) -> Sent:
        """Edit the user's own text message (edited_message update)."""
        chat_id, message_id = _msg_ref(sent)
        return _sent(await self._act("edit", user_id=user.id, chat_id=chat_id,
                                     message_id=message_id, text=new_text))

    async def press(self, user: User, message: MsgRef, data: str | None = None, *,
                    text: str | None = None, forge: bool = False) -> Pressed:
        """Press an inline button by callback_data or label (forge=True skips the check)."""
        chat_id, message_id = _msg_ref(message)
        d = await self._act("press", user_id=user.id, chat_id=chat_id, message_id=message_id,
                            data=data, text=text, forge=forge)
        return Pressed(int(d["update_id"]), str(d["callback_query_id"]))

    async def callback_answer(self, callback_query_id: str | Pressed,
                              timeout: float = 10.0) -> CallbackAnswer:
        """Wait for the bot's answerCallbackQuery (TimeoutError if none)."""
        qid = callback_query_id.callback_query_id if isinstance(
            callback_query_id, Pressed) else callback_query_id
        d = await self._req("GET", f"/sandbox/callbacks/{qid}", params={"timeout": timeout},
                            wait=timeout)
        return CallbackAnswer(d["callback_query_id"], d.get("text"), bool(d.get("show_alert")),
                              d.get("url"), d.get("cache_time"))

    async def redeliver(self, update_id: int) -> None:
        """Queue an already delivered update again with the same update_id."""
        await self._act("redeliver", update_id=update_id)

    async def push_raw(self, update: dict[str, Any]) -> int:
        """Queue any raw update (update_id assigned if missing); returns its id."""
        return int((await self._act("push_raw", update=update))["update_id"])

    # ----- reading ------------------------------------------------------------------------

    async def messages(self, chat: ChatRef, *, from_bot: bool | None = None) -> list[BotMessage]:
        """A chat's history (including deleted messages, flagged)."""
        d = await self._req("GET", f"/sandbox/chats/{chat_id_of(chat)}/messages",
                            params={"from_bot": from_bot})
        return [BotMessage.from_json(m) for m in d["messages"]]

    async def last(self, chat: ChatRef, *, from_bot: bool | None = True) -> BotMessage | None:
        """The newest non-deleted message (by default the bot's)."""
        msgs = [m for m in await self.messages(chat, from_bot=from_bot) if not m.deleted]
        return msgs[-1] if msgs else None

    async def wait_for(self, chat: ChatRef, *, contains: str | None = None,
                       predicate: Callable[[BotMessage], bool] | None = None, after: int = 0,
                       timeout: float = 10.0, include_edits: bool = True) -> BotMessage:
        """Wait for a bot message (new with id > after, or edited) matching the filters."""
        chat_id = chat_id_of(chat)

        def ok(m: BotMessage, edited: bool) -> bool:
            if not m.from_bot or m.deleted:
                return False
            fresh = m.message_id > after
            if not (fresh or (edited and include_edits)):
                return False
            if contains is not None and contains not in m.content:
                return False
            return predicate is None or predicate(m)

        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        snap = await self._req("GET", f"/sandbox/chats/{chat_id}/messages",
                               params={"from_bot": True})
        for raw in snap["messages"]:
            m = BotMessage.from_json(raw)
            if ok(m, m.edit_count > 0):
                return m
        seq = int(snap["seq"])
        while True:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            wait = min(remaining, POLL_SLICE)
            d = await self._req("GET", "/sandbox/events", params={
                "after": seq, "timeout": wait, "chat_id": chat_id, "types": "message,edit"},
                wait=wait)
            for ev in d["events"]:
                m = BotMessage.from_json(ev["message"])
                if ok(m, ev["type"] == "edit"):
                    return m
            seq = int(d["last_seq"])
        recent = [m for m in await self.messages(chat_id, from_bot=True)][-5:]
        listing = "\n  ".join(m.describe() for m in recent) or "(none)"
        what = f"contains={contains!r}" if contains is not None else "predicate"
        raise TimeoutError(
            f"no bot message in chat {chat_id} with {what}, after={after}, within {timeout}s; "
            f"last bot messages:\n  {listing}"
        )

    async def menu(self, user: User, chat: ChatRef | None = None) -> dict[str, Any]:
        """The command menu the user sees in a chat: {commands, scope, language_code}."""
        result: dict[str, Any] = await self._req("GET", "/sandbox/menu", params={
            "chat_id": chat_id_of(chat if chat is not None else user), "user_id": user.id})
        return result

    async def reply_keyboard(self, chat: ChatRef) -> dict[str, Any] | None:
        """The ReplyKeyboardMarkup in force in a chat (None when there is none)."""
        d = await self._req("GET", f"/sandbox/chats/{chat_id_of(chat)}/keyboard")
        markup: dict[str, Any] | None = d["markup"]
        return markup

    async def file_bytes(self, file_id: str) -> bytes:
        """Stored bytes of a file."""
        data: bytes = await self._req("GET", f"/sandbox/files/{file_id}", raw=True)
        return data

    async def calls(self, method: str | None = None) -> list[Call]:
        """Bot API call log, optionally for one method."""
        return [Call.from_json(c) for c in
                await self._req("GET", "/sandbox/calls", params={"method": method})]

    async def stats(self) -> dict[str, Any]:
        """Calls per method, 429/5xx given, early_retry violations, queue sizes."""
        result: dict[str, Any] = await self._req("GET", "/sandbox/stats")
        return result

    async def commands(self) -> list[dict[str, Any]]:
        """All stored command sets: {scope, language_code, commands}."""
        result: list[dict[str, Any]] = await self._req("GET", "/sandbox/commands")
        return result

    async def webhook_log(self) -> list[dict[str, Any]]:
        """Webhook delivery attempts: {update_id, status, error, t, wall}."""
        return list((await self._req("GET", "/sandbox/webhook"))["log"])

    async def pending_updates(self) -> list[int]:
        """Queued, unconfirmed update ids."""
        return [int(u) for u in (await self._req("GET", "/sandbox/updates/pending"))
                ["update_ids"]]

    async def updates(self, after: int | None = None) -> list[dict[str, Any]]:
        """Every update created so far (as sent to the bot)."""
        result: list[dict[str, Any]] = await self._req("GET", "/sandbox/updates",
                                                       params={"after": after})
        return result

    async def bot_chats(self) -> list[Chat]:
        """Chats the bot is in (groups, and private chats of users who started it)."""
        return [Chat.from_json(c) for c in
                await self._req("GET", "/sandbox/chats", params={"bot": True})]

    async def events(self, after_seq: int = 0, timeout: float = 0, *,
                     chat: ChatRef | None = None,
                     types: list[str] | None = None) -> list[dict[str, Any]]:
        """Events with seq > after_seq, long-polling up to timeout seconds."""
        d = await self._req("GET", "/sandbox/events", params={
            "after": after_seq, "timeout": timeout,
            "chat_id": chat_id_of(chat) if chat is not None else None,
            "types": ",".join(types) if types else None}, wait=timeout)
        return list(d["events"])

    # ----- faults -------------------------------------------------------------------------

    async def faults(self, rate_429: float = 0.0, retry_after: int = 1, rate_5xx: float = 0.0,
                     delay_ms: int = 0, methods: list[str] | None = None,
                     seed: int | None = None) -> dict[str, Any]:
        """Inject random 429/5xx answers and delays."""
        result: dict[str, Any] = await self._req("POST", "/sandbox/faults", json={
            "rate_429": rate_429, "retry_after": retry_after, "rate_5xx": rate_5xx,
            "delay_ms": delay_ms, "methods": methods, "seed": seed})
        return result

    async def limits(self, per_chat_per_s: float | None = None,
                     per_group_per_min: float | None = None,
                     global_per_s: float | None = None, *, telegram: bool = False,
                     enforce: bool = True) -> dict[str, Any]:
        """Enable Telegram-like flood limits (None disables each; `telegram` sets Telegram's
        30/s, 1/s per chat, 20/min per group). Without `enforce` sends over a limit go through
        and are only counted (`stats()["violations"]`)."""
        result: dict[str, Any] = await self._req("POST", "/sandbox/limits", json={
            "per_chat_per_s": per_chat_per_s, "per_group_per_min": per_group_per_min,
            "global_per_s": global_per_s, "telegram": telegram, "enforce": enforce})
        return result

    async def answer_delay(self, ms: int) -> int:
        """Answer sends and edits `ms` late, after the message is shown."""
        result: dict[str, Any] = await self._req("POST", "/sandbox/answer_delay",
                                                 json={"ms": ms})
        return int(result["ms"])

    async def fail_chat(self, chat: ChatRef, kind: str) -> None:
        """kind: "blocked", "kicked" or "clear"."""
        await self._req("POST", "/sandbox/fail_chat",
                        json={"chat_id": chat_id_of(chat), "kind": kind})

    async def clear_faults(self) -> None:
        """Remove faults, limits, retry windows and chat failures (stats stay)."""
        await self._req("POST", "/sandbox/faults/clear")

    async def garble(self, *methods: str, count: int | None = None,
                     mode: str = "truncated") -> None:
        """Carry out calls of these methods but answer them unreadably ("truncated" JSON, an
        "html" error page or the wrong "shape"): the next `count` of each, or all. None: off."""
        await self._req("POST", "/sandbox/garble",
                        json={"methods": list(methods), "count": count, "mode": mode})
