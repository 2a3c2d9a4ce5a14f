"""Control HTTP API under /sandbox/...: JSON endpoints used by the driver (and a web UI)."""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
from collections.abc import Awaitable, Callable
from functools import wraps
from typing import Any
from urllib.parse import quote

from aiohttp import web

from sandbox import actions as A
from sandbox import client
from sandbox.files import content_type
from sandbox.models import Chat, User
from sandbox.state import World
from sandbox.util import ApiError, ControlError

Body = dict[str, Any]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
MAX_WAIT = 120.0
MAX_BATCH = 10_000
INLINE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp"}


def endpoint(fn: Callable[[Any, web.Request], Awaitable[Any]]) -> Callable[..., Any]:
    """Wrap a handler: JSON result, ControlError → {"error": ...}."""

    @wraps(fn)
    async def wrapper(self: Any, request: web.Request) -> web.StreamResponse:
        try:
            result = await fn(self, request)
        except ControlError as exc:
            return web.json_response({"error": str(exc)}, status=exc.status)
        except ApiError as exc:
            return web.json_response({"error": exc.description, "api_error": exc.payload()},
                                     status=400)
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            return web.json_response({"error": f"bad request: {exc!r}"}, status=400)
        if isinstance(result, web.StreamResponse):
            return result
        return web.json_response(result)

    return wrapper


async def _body(request: web.Request) -> Body:
    if not request.can_read_body:
        return {}
    try:
        data = await request.json()
    except ValueError:
        raise ControlError("body must be JSON") from None
    if not isinstance(data, dict):
        raise ControlError("body must be a JSON object")
    return data


def _b64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise ControlError("expected base64 data")
    return base64.b64decode(value, validate=True)


def _opt_float(request: web.Request, key: str, default: float) -> float:
    return min(MAX_WAIT, max(0.0, float(request.query.get(key, default))))


class Control:
    """All /sandbox endpoints; stateless apart from the World."""

    def __init__(self, world: World) -> None:
        self.w = world
        self.actions: dict[str, Callable[[Body], Any]] = {
            "send": self._send,
            "send_many": self._send_many,
            "send_photo": self._send_photo,
            "send_album": self._send_album,
            "send_document": self._send_document,
            "send_sticker": lambda b: A.send_sticker(self.w, *self._who(b)),
            "send_contact": lambda b: A.send_contact(self.w, *self._who(b),
                                                     str(b.get("phone") or "") or None),
            "send_location": lambda b: A.send_location(self.w, *self._who(b), float(b["lat"]),
                                                       float(b["lon"])),
            "edit": lambda b: A.edit(self.w, *self._who(b), int(b["message_id"]), b["text"]),
            "press": self._press,
            "open_link": lambda b: A.open_link(self.w, self.w.user(b["user_id"]), str(b["url"])),
            "add_bot": lambda b: {"update_id": A.add_bot(
                self.w, self.w.chat(b["chat_id"]), self.w.user(b["by"]), bool(b.get("admin")))},
            "remove_bot": lambda b: {"update_id": A.remove_bot(
                self.w, self.w.chat(b["chat_id"]), self.w.user(b["by"]))},
            "add_member": lambda b: {"update_id": A.add_member(
                self.w, self.w.chat(b["chat_id"]), self.w.user(b["user_id"]))},
            "remove_member": lambda b: {"update_id": A.remove_member(
                self.w, self.w.chat(b["chat_id"]), self.w.user(b["user_id"]))},
            "migrate": lambda b: A.migrate(self.w, self.w.chat(b["chat_id"])).view(),
            "block": lambda b: {"update_id": A.block(self.w, self.w.user(b["user_id"]))},
            "unblock": lambda b: {"update_id": A.unblock(self.w, self.w.user(b["user_id"]))},
            "redeliver": self._redeliver,
            "push_raw": lambda b: {"update_id": A.push_raw(self.w, b["update"])},
        }

    def routes(self) -> list[web.RouteDef]:
        """aiohttp route table."""
        r = web
        return [
            r.get("/sandbox", self.index),
            r.get("/sandbox/bot", self.bot),
            r.get("/sandbox/state", self.state),
            r.post("/sandbox/reset", self.reset),
            r.get("/sandbox/users", self.users),
            r.post("/sandbox/users", self.create_user),
            r.post("/sandbox/groups", self.create_group),
            r.get("/sandbox/chats", self.chats),
            r.get("/sandbox/chats/{chat_id}", self.chat),
            r.get("/sandbox/chats/{chat_id}/messages", self.messages),
            r.get("/sandbox/chats/{chat_id}/keyboard", self.keyboard),
            r.get("/sandbox/menu", self.menu),
            r.post("/sandbox/act/{action}", self.act),
            r.get("/sandbox/callbacks/{query_id}", self.callback_answer),
            r.get("/sandbox/files/{file_id}", self.file),
            r.get("/sandbox/calls", self.calls),
            r.get("/sandbox/stats", self.stats),
            r.get("/sandbox/commands", self.commands),
            r.get("/sandbox/webhook", self.webhook),
            r.get("/sandbox/updates", self.updates),
            r.get("/sandbox/updates/pending", self.pending),
            r.get("/sandbox/events", self.events),
            r.get("/sandbox/events/stream", self.stream),
            r.post("/sandbox/faults", self.faults),
            r.post("/sandbox/faults/clear", self.clear_faults),
            r.post("/sandbox/limits", self.limits),
            r.post("/sandbox/answer_delay", self.answer_delay),
            r.post("/sandbox/fail_chat", self.fail_chat),
            r.post("/sandbox/garble", self.garble),
        ]

    # ----- helpers ----------------------------------------------------------------------

    def _who(self, b: Body) -> tuple[User, Chat]:
        user = self.w.user(b["user_id"])
        chat_id = b.get("chat_id")
        return user, self.w.chat(chat_id if chat_id is not None else user.id)

    def _send(self, b: Body) -> Any:
        reply = b.get("reply_to")
        return A.send_text(self.w, *self._who(b), str(b["text"]),
                           int(reply) if reply is not None else None)

    def _send_many(self, b: Body) -> Any:
        items = b.get("items")
        if not isinstance(items, list) or not items or len(items) > MAX_BATCH:
            raise ControlError(f"items must be a list of 1..{MAX_BATCH} messages")
        return A.send_many(self.w, [(*self._who(item), str(item["text"])) for item in items])

    def _send_photo(self, b: Body) -> Any:
        claimed = b.get("claimed_size")
        return A.send_photo(self.w, *self._who(b), _b64(b["data_b64"]), b.get("caption"),
                            b.get("media_group_id"), int(claimed) if claimed else None)

    def _send_album(self, b: Body) -> Any:
        photos = [_b64(p) for p in b["photos_b64"]]
        return A.send_album(self.w, *self._who(b), photos, b.get("caption"))

    def _send_document(self, b: Body) -> Any:
        claimed = b.get("claimed_size")
        return A.send_document(self.w, *self._who(b), _b64(b["data_b64"]), str(b["filename"]),
                               str(b.get("mime_type") or "application/octet-stream"),
                               b.get("caption"), int(claimed) if claimed else None)

    def _press(self, b: Body) -> Any:
        return A.press(self.w, *self._who(b), int(b["message_id"]), b.get("data"),
                       b.get("text"), bool(b.get("forge")))

    def _redeliver(self, b: Body) -> Any:
        self.w.updates.redeliver(int(b["update_id"]))
        return {"update_id": int(b["update_id"])}

    # ----- endpoints --------------------------------------------------------------------

    @endpoint
    async def index(self, request: web.Request) -> Any:
        """List the control endpoints."""
        routes = [f"{r.method} {r.path}" for r in self.routes()]
        return {"endpoints": routes, "actions": sorted(self.actions)}

    @endpoint
    async def bot(self, request: web.Request) -> Any:
        """The bot identity."""
        return {**self.w.bot.json(), "token_seen": self.w.token is not None,
                "privacy_mode": self.w.privacy_mode}

    @endpoint
    async def state(self, request: web.Request) -> Any:
        """Users and chats in one go (for a UI)."""
        return {
            "bot": self.w.bot.json(),
            "users": [u.view() for u in self.w.users.values()],
            "chats": [c.view() for c in self.w.chats.values()],
            "seq": self.w.events.seq,
        }

    @endpoint
    async def reset(self, request: web.Request) -> Any:
        """Clear everything but the bot identity."""
        self.w.reset()
        return {"ok": True}

    @endpoint
    async def users(self, request: web.Request) -> Any:
        """All users."""
        return [u.view() for u in self.w.users.values()]

    @endpoint
    async def create_user(self, request: web.Request) -> Any:
        """Create a user."""
        b = await _body(request)
        uid = b.get("user_id")
        phone = b.get("phone_number")
        return self.w.add_user(str(b.get("first_name") or ""), b.get("last_name"),
                               b.get("username"), b.get("language_code", "zh-hant"),
                               int(uid) if uid is not None else None,
                               str(phone) if phone else None).view()

    @endpoint
    async def create_group(self, request: web.Request) -> Any:
        """Create a group or supergroup."""
        b = await _body(request)
        members = [int(m) for m in b.get("member_ids", [])]
        return self.w.add_group(str(b.get("title") or ""), members,
                                bool(b.get("supergroup"))).view()

    @endpoint
    async def chats(self, request: web.Request) -> Any:
        """All chats (?bot=1: only chats the bot is in)."""
        only_bot = request.query.get("bot") in ("1", "true")
        return [c.view() for c in self.w.chats.values()
                if not only_bot or (c.bot_in and (c.type != "private" or
                                                  (c.user is not None and c.user.started)))]

    @endpoint
    async def chat(self, request: web.Request) -> Any:
        """One chat."""
        return self.w.chat(request.match_info["chat_id"]).view()

    @endpoint
    async def messages(self, request: web.Request) -> Any:
        """A chat's history (?from_bot=true|false) and the current event seq."""
        chat = self.w.chat(request.match_info["chat_id"])
        flag = request.query.get("from_bot")
        want = None if flag in (None, "") else flag in ("1", "true")
        msgs = [self.w.view(m) for m in chat.messages.values()
                if want is None or m.from_bot == want]
        return {"messages": msgs, "seq": self.w.events.seq}

    @endpoint
    async def keyboard(self, request: web.Request) -> Any:
        """The reply keyboard in force in a chat ({message_id, markup}; markup None: none)."""
        return client.reply_keyboard(self.w.chat(request.match_info["chat_id"]))

    @endpoint
    async def menu(self, request: web.Request) -> Any:
        """The command menu a user sees in a chat (?chat_id=&user_id=; user defaults to the
        private chat's owner)."""
        chat = self.w.chat(request.query.get("chat_id"))
        uid = request.query.get("user_id") or (chat.user.id if chat.user else None)
        return client.menu(self.w, chat, self.w.user(uid))

    @endpoint
    async def act(self, request: web.Request) -> Any:
        """POST /sandbox/act/{action}: a user/staff action."""
        fn = self.actions.get(request.match_info["action"])
        if fn is None:
            raise ControlError(f"unknown action {request.match_info['action']!r}", 404)
        return fn(await _body(request))

    @endpoint
    async def callback_answer(self, request: web.Request) -> Any:
        """Wait (?timeout=) for the bot's answerCallbackQuery."""
        qid = request.match_info["query_id"]
        query = self.w.callbacks.get(qid)
        if query is None:
            raise ControlError(f"unknown callback query {qid}", 404)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + _opt_float(request, "timeout", 0.0)
        while not query.answered and not self.w.updates.closing:
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise ControlError(f"callback query {qid} was not answered", 408)
            await self.w.events.notifier.wait(remaining)
        if query.answer is None:
            raise ControlError(f"callback query {qid} was not answered", 408)
        return query.answer

    async def file(self, request: web.Request) -> web.StreamResponse:
        """Raw bytes of a stored file; only plain images are shown inline (a browser must
        never run an uploaded file as a page of this origin)."""
        rec = self.w.files.get(request.match_info["file_id"])
        if rec is None:
            return web.json_response({"error": "unknown file_id"}, status=404)
        kind = content_type(rec)
        headers = {"X-Content-Type-Options": "nosniff",
                   "Content-Security-Policy": "default-src 'none'; sandbox"}
        if kind not in INLINE_TYPES:
            name = quote(rec.file_name or rec.path.rsplit("/", 1)[-1], safe="")
            headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{name}"
        return web.Response(body=rec.data, content_type=kind, headers=headers)

    @endpoint
    async def calls(self, request: web.Request) -> Any:
        """Bot API call log (?method=&after=seq)."""
        method = (request.query.get("method") or "").lower()
        after = int(request.query.get("after", "0"))
        return [c for c in self.w.calls
                if c["seq"] > after and (not method or c["method"].lower() == method)]

    @endpoint
    async def stats(self, request: web.Request) -> Any:
        """Fault/limit statistics and queue sizes."""
        data = self.w.faults.stats()
        data["pending_updates"] = len(self.w.updates.pending)
        data["updates_created"] = len(self.w.updates.history)
        return data

    @endpoint
    async def commands(self, request: web.Request) -> Any:
        """Every stored command set."""
        return self.w.commands_view()

    @endpoint
    async def webhook(self, request: web.Request) -> Any:
        """Webhook registration and delivery log."""
        hook = self.w.webhook
        return {"url": hook.url, "has_secret": bool(hook.secret_token),
                "max_connections": hook.max_connections,
                "last_error_date": hook.last_error_date,
                "last_error_message": hook.last_error_message, "log": list(hook.log)}

    @endpoint
    async def updates(self, request: web.Request) -> Any:
        """Every update ever created (?after=update_id)."""
        after = int(request.query.get("after", str(-(2**62))))
        return [u for uid, u in sorted(self.w.updates.history.items()) if uid > after]

    @endpoint
    async def pending(self, request: web.Request) -> Any:
        """Queued, unconfirmed update ids."""
        return {"update_ids": self.w.updates.pending_ids()}

    @endpoint
    async def events(self, request: web.Request) -> Any:
        """Long-poll events (?after=seq&timeout=s&chat_id=&types=a,b)."""
        after = int(request.query.get("after", "0"))
        chat = request.query.get("chat_id")
        types = {t for t in request.query.get("types", "").split(",") if t} or None
        found = await self.w.events.wait(after, _opt_float(request, "timeout", 0.0),
                                         int(chat) if chat else None, types)
        return {"events": found, "last_seq": self.w.events.seq}

    async def stream(self, request: web.Request) -> web.StreamResponse:
        """Server-sent events (?after=seq&chat_id=&types=; Last-Event-ID honoured)."""
        after = int(request.headers.get("Last-Event-ID") or request.query.get("after", "0"))
        chat = request.query.get("chat_id")
        types = {t for t in request.query.get("types", "").split(",") if t} or None
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream",
                                           "Cache-Control": "no-cache"})
        await resp.prepare(request)
        try:
            while not self.w.updates.closing:
                found = await self.w.events.wait(after, 15.0, int(chat) if chat else None,
                                                 types)
                after = max(after, self.w.events.seq) if found else after
                if not found:
                    await resp.write(b": keepalive\n\n")
                for event in found:
                    data = json.dumps(event, ensure_ascii=False)
                    await resp.write(
                        f"id: {event['seq']}\nevent: {event['type']}\ndata: {data}\n\n".encode()
                    )
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        return resp

    @endpoint
    async def faults(self, request: web.Request) -> Any:
        """Configure random 429/5xx faults and delays."""
        cfg = self.w.faults.set_faults(**await _body(request))
        return {"rate_429": cfg.rate_429, "retry_after": cfg.retry_after,
                "rate_5xx": cfg.rate_5xx, "delay_ms": cfg.delay_ms,
                "methods": sorted(cfg.methods) if cfg.methods else None}

    @endpoint
    async def clear_faults(self, request: web.Request) -> Any:
        """Remove faults, limits, retry windows and chat failures."""
        self.w.faults.clear()
        return {"ok": True}

    @endpoint
    async def limits(self, request: web.Request) -> Any:
        """Configure flood limits."""
        lim = self.w.faults.set_limits(**await _body(request))
        return {"per_chat_per_s": lim.per_chat_per_s,
                "per_group_per_min": lim.per_group_per_min, "global_per_s": lim.global_per_s,
                "enforce": lim.enforce}

    @endpoint
    async def answer_delay(self, request: web.Request) -> Any:
        """Answer sends and edits late ({"ms": 100}); kept by faults/clear and reset."""
        return {"ms": self.w.faults.set_answer_delay(int((await _body(request))["ms"]))}

    @endpoint
    async def fail_chat(self, request: web.Request) -> Any:
        """Make calls for a chat fail as blocked/kicked ("clear" undoes it)."""
        b = await _body(request)
        self.w.faults.set_fail(int(b["chat_id"]), str(b["kind"]))
        return {"ok": True}

    @endpoint
    async def garble(self, request: web.Request) -> Any:
        """Answer calls of some methods with an unreadable body (after carrying them out)."""
        b = await _body(request)
        methods = b.get("methods") or []
        if not isinstance(methods, list) or not all(isinstance(m, str) for m in methods):
            raise ControlError("methods must be a list of method names")
        count = b.get("count")
        return self.w.faults.set_garble(methods, int(count) if count is not None else None,
                                        str(b.get("mode") or "truncated"))
