"""SandboxServer: one aiohttp app serving the fake Bot API, the control API and the page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from aiohttp import web

from sandbox import webui
from sandbox.botapi import BotApi
from sandbox.control import Control
from sandbox.state import World
from sandbox.webhook import WebhookDeliverer

MAX_BODY = 64 * 1024 * 1024


class SandboxServer:
    """A local fake Telegram Bot API server with a control API under /sandbox and a browser
    chat at /. Add more routes to `app` before start() (the demo adds /demo/...). `clock`
    (aware datetimes) dates messages, as the demo's movable clock does; else the real time.
    `answer_delay_ms` holds every answer to a send or edit that long after the message is
    shown, like a real network round trip."""

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
        self.world = World(bot_username, bot_name, update_id_start, token=token,
                           privacy_mode=privacy_mode, clock=clock,
                           answer_delay_ms=answer_delay_ms)
        self.api = BotApi(self.world)
        self.webhook = WebhookDeliverer(self.world, self.api)
        self.world.on_webhook_change = self.webhook.restart
        self.control = Control(self.world)
        self.app = self._build_app()
        self.runner: web.AppRunner | None = None
        self.base_url = ""
        self.loopback = True

    def _build_app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY,
                              middlewares=[webui.guard(lambda: self.loopback)])
        app.router.add_route("GET", "/bot{token}/{method}", self.api.handle)
        app.router.add_route("POST", "/bot{token}/{method}", self.api.handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self.api.download)
        app.router.add_routes(self.control.routes())
        app.router.add_routes(webui.routes())
        return app

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Listen and return the base url (http://127.0.0.1:PORT)."""
        if self.runner is not None:
            return self.base_url
        self.world.set_closing(False)
        self.loopback = host in webui.LOOPBACK
        self.runner = web.AppRunner(self.app, access_log=None, shutdown_timeout=1.0)
        await self.runner.setup()
        site = web.TCPSite(self.runner, host, port)
        await site.start()
        bound = self.runner.addresses[0]
        self.base_url = f"http://{host}:{bound[1]}"
        await self.webhook.start()
        return self.base_url

    def announce(self, kind: str, **fields: object) -> None:
        """Put an event of the host's own into the event stream (the demo announces clock
        moves this way, so every open page follows)."""
        self.world.events.emit(kind, **fields)

    async def stop(self) -> None:
        """Stop serving; wakes long polls so they return at once."""
        self.world.set_closing(True)
        await self.webhook.stop()
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None

    async def __aenter__(self) -> SandboxServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()
