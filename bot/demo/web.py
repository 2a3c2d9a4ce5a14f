"""The demo's part of the browser page: who is who, the estate clock, QR posters, the tour.

Mounted on the sandbox's web app under /demo; the page probes GET /demo/info and shows these
panels only when it answers (the plain sandbox has no /demo).
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

import segno
from aiohttp import web

from bot.app import Runtime
from bot.demo.cast import GROUPS, RESIDENTS, STAFF, Cast, Poster
from bot.demo.data import NEW_OWNER, PEOPLE, DemoCodes
from bot.demo.tour import tour_steps
from bot.i18n import Translator, trade_of
from bot.reports.pdf import plain
from domain import registry
from domain.calendar import BusinessCalendar
from domain.model import Locale

MAX_HOURS = 24 * 31


class MovableClock(Protocol):
    """The demo's clock: read it, and move it forward."""

    def now(self) -> datetime: ...

    def advance(self, delta: timedelta) -> None: ...


@dataclass
class Scene:
    """What the endpoints talk about, known once the demo has set itself up."""

    runtime: Runtime
    codes: DemoCodes
    cast: Cast
    posters: list[Poster]




def next_opening(cal: BusinessCalendar, now: datetime) -> datetime:
    """The next time the office opens after now (tomorrow's opening while it is open)."""
    if cal.is_open(now):
        for start, end in cal.intervals(cal.local(now).date()):
            if start <= now < end:
                return cal.next_open(end)
    return cal.next_open(now)


def open_office(clock: MovableClock, cal: BusinessCalendar) -> None:
    """Move the clock on to the next opening unless the office is open now."""
    now = clock.now()
    if not cal.is_open(now):
        clock.advance(cal.next_open(now) - now)


def locale_of(request: web.Request) -> Locale:
    code = request.query.get("lang", "")
    return next((loc for loc in Locale if loc.value.lower() == code.lower()), Locale.EN)


WARNINGS_PATH = "/demo/weather/warnsum"
# What the demo's weather button can put in force (the Observatory's codes and names).
DEMO_WARNINGS = {"WRAINA": ("WRAIN", "Amber Rainstorm Warning Signal"),
                 "WRAINR": ("WRAIN", "Red Rainstorm Warning Signal"),
                 "WRAINB": ("WRAIN", "Black Rainstorm Warning Signal"),
                 "TC8NE": ("WTCSGNL", "No. 8 Northeast Gale or Storm Signal")}


class DemoWeb:
    """The /demo/... endpoints."""

    def __init__(self, clock: MovableClock, tr: Translator, bot_username: str,
                 announce: Callable[..., None]) -> None:
        self.clock, self.tr, self.bot_username = clock, tr, bot_username
        self.announce = announce
        self.scene: Scene | None = None
        self._moving = asyncio.Lock()
        self.warnings: dict[str, Any] = {}  # the Observatory's summary, as the demo plays it

    def routes(self) -> list[web.RouteDef]:
        """Routes to add to the sandbox app before it starts."""
        return [web.get("/demo/info", self.info), web.post("/demo/clock", self.move_clock),
                web.get("/demo/cast", self.cast), web.get("/demo/tour", self.tour),
                web.get("/demo/qr/{key}.svg", self.qr), web.get(WARNINGS_PATH, self.warnsum),
                web.post("/demo/weather", self.set_weather)]

    def _scene(self) -> Scene:
        if self.scene is None:
            raise web.HTTPServiceUnavailable(text="the demo is still starting")
        return self.scene

    def link(self, payload: str) -> str:
        return f"https://t.me/{self.bot_username}?start={payload}"

    def _info(self, loc: Locale) -> dict[str, Any]:
        now = self.clock.now()
        info: dict[str, Any] = {"demo": True, "ready": self.scene is not None,
                                "now": now.isoformat(), "bot_username": self.bot_username}
        if self.scene is not None:
            estate = self.scene.codes.estate
            cal = registry.calendar_of(estate)
            local = cal.local(now)
            opens = next_opening(cal, now)
            info.update(estate=estate.name, tz=estate.tz, open=cal.is_open(now),
                        local=f"{local:%Y-%m-%d} {self._weekday(loc, local)} {local:%H:%M}",
                        next_opening=opens.isoformat())
        return info

    def _weekday(self, loc: Locale, at: datetime) -> str:
        return plain(self.tr(loc, "demo-weekday", day=at.weekday()))

    async def info(self, request: web.Request) -> web.Response:
        """Demo or not, the estate's time and whether the office is open."""
        return web.json_response(self._info(locale_of(request)))

    async def move_clock(self, request: web.Request) -> web.Response:
        """Move time forward ({"hours": n} or {"to": "next-opening"}), then run what is due."""
        scene = self._scene()
        try:
            body = await request.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return web.json_response({"error": "body must be a JSON object"}, status=400)
        now = self.clock.now()
        if body.get("to") == "next-opening":
            delta = next_opening(registry.calendar_of(scene.codes.estate), now) - now
        else:
            raw, hours = body.get("hours"), -1.0
            if isinstance(raw, int | float) and not isinstance(raw, bool):
                hours = float(raw)
            if not 0 < hours <= MAX_HOURS:
                return web.json_response(
                    {"error": f"hours must be more than 0 and at most {MAX_HOURS}"}, status=400)
            delta = timedelta(hours=hours)
        async with self._moving:
            self.clock.advance(max(delta, timedelta(0)))
            self.announce("demo_clock", now=self.clock.now().isoformat())
            fired = await scene.runtime.sweeper.sweep_once()
            scene.runtime.sweeper.kick.set()
            scene.runtime.sender.wake()
        return web.json_response({**self._info(locale_of(request)), "fired": fired})

    async def warnsum(self, request: web.Request) -> web.Response:
        """The demo's stand-in for the Observatory's warning summary (the bot reads it)."""
        return web.json_response(self.warnings)

    async def set_weather(self, request: web.Request) -> web.Response:
        """Put a warning in force ({"signal": "WRAINB"}) or cancel them all ({"signal":
        "clear"}); the bot reads the summary at once, and flats in custody get rain checks."""
        scene = self._scene()
        try:
            body = await request.json()
        except ValueError:
            body = None
        signal = body.get("signal") if isinstance(body, dict) else None
        if signal != "clear" and signal not in DEMO_WARNINGS:
            return web.json_response(
                {"error": f"signal must be clear or one of {', '.join(DEMO_WARNINGS)}"},
                status=400)
        if signal == "clear":
            self.warnings = {}
        else:
            key, name = DEMO_WARNINGS[signal]
            at = registry.calendar_of(scene.codes.estate).local(self.clock.now()).isoformat(
                timespec="seconds")
            self.warnings = {key: {"name": name, "code": signal, "actionCode": "ISSUE",
                                   "issueTime": at, "updateTime": at}}
        if scene.runtime.weather is not None:
            scene.runtime.weather.wake.set()
        return web.json_response({"warnings": self.warnings})

    async def cast(self, request: web.Request) -> web.Response:
        """The demo's people (with their roles) and staff groups, and the QR posters."""
        scene, loc = self._scene(), locale_of(request)
        tr = self.tr
        people: list[dict[str, Any]] = []
        for user, (_, lang, unit) in zip(scene.cast.residents, RESIDENTS, strict=True):
            relation = next(r for b, u, r, _, _ in [*PEOPLE, NEW_OWNER] if f"{b}-{u}" == unit)
            people.append({
                "user_id": user.id, "kind": "resident", "key": unit, "language": lang,
                "section": plain(tr(loc, "demo-section-residents")),
                "label": plain(tr(loc, "demo-label-resident", unit=unit,
                                  relation=tr(loc, f"relation-{relation}")))})
        for user, (_, lang, key) in zip(scene.cast.staff, STAFF, strict=True):
            role, _, trade = key.rstrip("+").partition(":")
            people.append({
                "user_id": user.id, "kind": "staff", "key": key, "language": lang,
                "section": plain(tr(loc, "demo-section-staff")),
                "label": plain(tr(loc, "demo-label-staff", role=tr(loc, f"role-{role}"),
                                  trade=trade_of(tr, loc, trade))).strip()})
        groups = [{"chat_id": chat.id, "title": chat.title, "key": key}
                  for chat, (_, key, _) in zip(scene.cast.groups, GROUPS, strict=True)]
        posters = [{"key": p.key, "link": self.link(p.payload), "qr": f"/demo/qr/{p.key}.svg",
                    "label": plain(tr(loc, f"demo-poster-{p.kind}", target=p.target))}
                   for p in scene.posters]
        return web.json_response({"people": people, "groups": groups, "posters": posters,
                                  "bot_username": self.bot_username})

    async def qr(self, request: web.Request) -> web.Response:
        """A poster's QR code (SVG): the t.me link the office would print."""
        scene = self._scene()
        poster = next((p for p in scene.posters if p.key == request.match_info["key"]), None)
        if poster is None:
            return web.json_response({"error": "no such poster"}, status=404)
        out = io.BytesIO()
        segno.make(self.link(poster.payload), error="m").save(
            out, kind="svg", scale=4, border=2, xmldecl=False, light="#fff")
        return web.Response(body=out.getvalue(), content_type="image/svg+xml",
                            headers={"Cache-Control": "no-cache"})

    async def tour(self, request: web.Request) -> web.Response:
        """The guided tour of one repair, in the page's language."""
        scene, loc = self._scene(), locale_of(request)
        return web.json_response({"steps": tour_steps(self.tr, loc, scene.cast)})
