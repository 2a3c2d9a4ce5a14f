"""The browser chat: static files under / and /web/, and a guard for the control API.

The page is plain HTML, CSS and JavaScript (no build step); it talks only to the control API
under /sandbox (and, in the demo, /demo), exactly as the driver does.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import web

WEB_ROOT = Path(__file__).parent / "web"
_NAME = re.compile(r"[a-z0-9_-]{1,40}\.(js|css|html|svg|png)")
_TYPES = {"js": "text/javascript", "css": "text/css", "html": "text/html", "svg": "image/svg+xml",
          "png": "image/png"}
CSP = ("default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
           "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache"}
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _serve(name: str) -> web.StreamResponse:
    path = WEB_ROOT / name
    if not _NAME.fullmatch(name) or not path.is_file():
        return web.json_response({"error": f"no such file {name[:60]!r}"}, status=404)
    kind = _TYPES[name.rsplit(".", 1)[1]]
    return web.Response(body=path.read_bytes(), content_type=kind, charset="utf-8",
                        headers=HEADERS)


async def index(request: web.Request) -> web.StreamResponse:
    """The chat page."""
    return _serve("index.html")


async def asset(request: web.Request) -> web.StreamResponse:
    """A script, style sheet or image of the page."""
    return _serve(request.match_info["name"])


def routes() -> list[web.RouteDef]:
    """Routes of the page."""
    return [web.get("/", index), web.get("/web/{name}", asset)]


def _is_bot_api(path: str) -> bool:
    return path.startswith(("/bot", "/file/bot"))


def guard(loopback_only: Callable[[], bool]) -> Callable[..., Awaitable[web.StreamResponse]]:
    """Middleware: the page and the control API refuse other sites and other host names.

    A browser sends `Origin` with every POST, so a page on another site cannot drive the
    sandbox; and while bound to 127.0.0.1 the `Host` must be a loopback name, so a DNS name
    pointed at 127.0.0.1 (DNS rebinding) cannot either. The Bot API itself is not affected."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        if not _is_bot_api(request.path):
            host = (urlsplit(f"//{request.host}").hostname or "").lower()
            if loopback_only() and host not in LOOPBACK:
                return web.json_response({"error": "use http://127.0.0.1 for the sandbox"},
                                         status=403)
            origin = request.headers.get("Origin")
            if request.method not in ("GET", "HEAD", "OPTIONS") and origin is not None and \
                    urlsplit(origin).netloc.lower() != request.host.lower():
                return web.json_response({"error": "cross-site request refused"}, status=403)
        return await handler(request)

    return middleware
