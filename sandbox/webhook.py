"""Webhook delivery: POST queued updates in order, retrying with backoff until 2xx."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from typing import Any

import aiohttp

from sandbox.botapi import LOOKUP, BotApi
from sandbox.params import Params, Upload
from sandbox.state import World

log = logging.getLogger("sandbox.webhook")
BACKOFF_START = 0.2
BACKOFF_MAX = 2.0
POST_TIMEOUT = 30.0
LOG_MAX = 10000


class WebhookDeliverer:
    """One delivery task at a time; restarted whenever the webhook changes."""

    def __init__(self, world: World, api: BotApi) -> None:
        self.w = world
        self.api = api
        self.session: aiohttp.ClientSession | None = None
        self.task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Create the HTTP client."""
        if self.session is None:
            self.session = aiohttp.ClientSession()
        self.restart()

    def restart(self) -> None:
        """(Re)start delivery for the current webhook url (stop if none)."""
        if self.task is not None and not self.task.done():
            self.task.cancel()
        self.task = None
        if self.w.webhook.url and self.session is not None:
            self.task = asyncio.get_running_loop().create_task(self._run(self.w.webhook.url))

    async def stop(self) -> None:
        """Cancel delivery and close the client."""
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task
            self.task = None
        if self.session is not None:
            await self.session.close()
            self.session = None

    async def _run(self, url: str) -> None:
        backoff = BACKOFF_START
        queue = self.w.updates
        while self.w.webhook.url == url and not queue.closing:
            entry = queue.next_for_webhook()
            if entry is None:
                await queue.notifier.wait(30.0)
                continue
            ok = await self._post(url, entry.update_id, entry.data)
            if ok:
                queue.remove(entry.update_id)
                backoff = BACKOFF_START
            else:
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, BACKOFF_MAX)

    async def _post(self, url: str, update_id: int, data: dict[str, Any]) -> bool:
        assert self.session is not None
        hook = self.w.webhook
        headers = {"Content-Type": "application/json"}
        if hook.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = hook.secret_token
        status: int | None = None
        error: str | None = None
        reply: Params | None = None
        t0, wall = time.monotonic(), time.time()
        try:
            async with self.session.post(
                url, data=_encode(data), headers=headers,
                timeout=aiohttp.ClientTimeout(total=POST_TIMEOUT),
            ) as resp:
                status = resp.status
                if 200 <= status < 300:
                    reply = await _read_reply(resp)
                else:
                    error = f"Wrong response from the webhook: {status} {resp.reason or ''}"
        except aiohttp.ClientConnectorError:
            error = "Connection refused"
        except TimeoutError:
            error = "Read timeout expired"
        except (aiohttp.ClientError, OSError) as exc:
            error = f"Connection error: {exc}"
        entry = {"update_id": update_id, "status": status, "error": error, "t": t0,
                 "wall": wall, "duration": time.monotonic() - t0}
        hook.log.append(entry)
        del hook.log[:-LOG_MAX]
        self.w.events.emit("webhook_attempt", **entry)
        if error is not None:
            hook.last_error_date = self.w.unix_now()
            hook.last_error_message = error
            return False
        if reply is not None:
            await self._run_reply(reply)
        return True

    async def _run_reply(self, reply: Params) -> None:
        """Execute a method the bot put into its webhook answer."""
        name = str(reply.values.pop("method", ""))
        if name.lower() not in LOOKUP or name.lower() in ("getupdates",):
            return
        await self.api.call(name, reply)


def _encode(data: dict[str, Any]) -> bytes:
    """The update as JSON; text that UTF-8 cannot carry (a lone surrogate) goes as an escape,
    as Telegram's own JSON may."""
    try:
        return json.dumps(data, ensure_ascii=False).encode()
    except UnicodeEncodeError:
        return json.dumps(data).encode()


async def _read_reply(resp: aiohttp.ClientResponse) -> Params | None:
    """A method call in a webhook response body (JSON or multipart), if any."""
    ctype = resp.content_type
    try:
        if ctype == "application/json":
            body = await resp.json(content_type=None)
            if isinstance(body, dict) and isinstance(body.get("method"), str):
                return Params(dict(body), {})
        elif ctype.startswith("multipart/"):
            values: dict[str, Any] = {}
            files: dict[str, Upload] = {}
            reader = aiohttp.MultipartReader.from_response(resp)
            async for part in reader:
                if not isinstance(part, aiohttp.BodyPartReader) or part.name is None:
                    continue
                if part.filename:
                    files[part.name] = Upload(part.filename, part.headers.get("Content-Type"),
                                              bytes(await part.read()))
                else:
                    values[part.name] = await part.text()
            if isinstance(values.get("method"), str):
                return Params(values, files)
    except (ValueError, aiohttp.ClientError) as exc:
        log.debug("unreadable webhook reply: %s", exc)
    return None
