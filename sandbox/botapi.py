"""HTTP side of the fake Bot API: token check, dispatch, faults, call log, file download."""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

from sandbox import messaging, methods
from sandbox.files import content_type
from sandbox.params import Params, read_params
from sandbox.state import World
from sandbox.util import ApiError

log = logging.getLogger("sandbox")

HANDLERS: dict[str, Callable[[World, Params], Any]] = {**methods.HANDLERS, **messaging.HANDLERS}
LOOKUP = {name.lower(): (name, fn) for name, fn in HANDLERS.items()}


def _chat_key(params: Params) -> int | None:
    raw = params.raw("chat_id")
    try:
        return int(raw) if raw not in (None, "") and not isinstance(raw, bool) else None
    except (TypeError, ValueError):
        return None


class BotApi:
    """Serves /bot{token}/{method} and /file/bot{token}/{path}."""

    def __init__(self, world: World) -> None:
        self.w = world

    async def handle(self, request: web.Request) -> web.Response:
        """One Bot API request."""
        token = request.match_info["token"]
        name = request.match_info["method"]
        if not self.w.check_token(token):
            self._log(name, None, time.monotonic(), time.time(), ApiError(401, "Unauthorized"),
                      {})
            return web.json_response(ApiError(401, "Unauthorized").payload(), status=401)
        found = LOOKUP.get(name.lower())
        if found is None:
            err = ApiError(404, "Not Found: method not found")
            self._log(name, None, time.monotonic(), time.time(), err, {})
            return web.json_response(err.payload(), status=404)
        try:
            params = await read_params(request)
        except ApiError as exc:
            self._log(found[0], None, time.monotonic(), time.time(), exc, {})
            return web.json_response(exc.payload(), status=exc.code)
        except web.HTTPRequestEntityTooLarge:
            too_big = ApiError(413, "Request Entity Too Large")
            self._log(found[0], None, time.monotonic(), time.time(), too_big, {})
            return web.json_response(too_big.payload(), status=413)
        status, payload = await self.call(found[0], params)
        garbled = self.w.faults.garbled(found[0].lower()) if status == 200 else None
        if garbled is not None:  # carried out, but the answer cannot be read
            return web.Response(status=200, text=garbled, content_type="application/json")
        return web.json_response(payload, status=status)

    async def call(self, name: str, params: Params) -> tuple[int, dict[str, Any]]:
        """Run a method with fault injection and logging; returns (status, body)."""
        canonical, fn = LOOKUP[name.lower()]
        t0, wall = time.monotonic(), time.time()
        chat_id = _chat_key(params)
        chat = self.w.chats.get(chat_id) if chat_id is not None else None
        self.w.faults.calls[canonical] += 1
        err = self.w.faults.check(canonical.lower(), chat_id, chat.type if chat else None)
        delay = self.w.faults.delay(canonical.lower())
        if delay:
            await asyncio.sleep(delay)
        result: Any = None
        if err is None:
            try:
                result = fn(self.w, params)
                if inspect.isawaitable(result):
                    result = await result
            except ApiError as exc:
                err = exc
            except Exception as exc:
                log.exception("sandbox method %s crashed", canonical)
                err = ApiError(500, f"Internal Server Error: sandbox bug: {exc!r}")
        answer_delay = self.w.faults.answer_delay(canonical.lower())
        if answer_delay:
            # The message is already there for the people in the chat; the bot hears later.
            await asyncio.sleep(answer_delay)
        self._log(canonical, chat_id, t0, wall, err, params.sanitized())
        if err is not None:
            return err.code, err.payload()
        return 200, {"ok": True, "result": result}

    def _log(self, method: str, chat_id: int | None, t0: float, wall: float,
             err: ApiError | None, params: dict[str, Any]) -> None:
        self.w.log_call({
            "t": t0,
            "wall": wall,
            "duration": time.monotonic() - t0,
            "method": method,
            "chat_id": chat_id,
            "ok": err is None,
            "error_code": err.code if err else None,
            "description": err.description if err else None,
            "retry_after": err.retry_after if err else None,
            "params": params,
        })

    async def download(self, request: web.Request) -> web.StreamResponse:
        """GET /file/bot{token}/{path}."""
        if not self.w.check_token(request.match_info["token"]):
            return web.json_response(ApiError(401, "Unauthorized").payload(), status=401)
        rec = self.w.files.by_path.get(request.match_info["path"])
        if rec is None:
            return web.json_response(ApiError(404, "Not Found").payload(), status=404)
        return web.Response(body=rec.data, content_type=content_type(rec))
