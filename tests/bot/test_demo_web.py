"""The demo's endpoints for the page: cast, clock, QR posters, tour; and its calendar jump."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.demo.cast import GROUPS
from bot.demo.runner import Demo, start_demo
from bot.demo.tour import ARGS, fragment, plain
from bot.demo.web import next_opening
from bot.i18n import Translator
from bot.settings import Settings
from domain.calendar import BusinessCalendar
from domain.clock import FrozenClock
from domain.model import Locale
from sandbox.driver import Driver
from tests.bot.conftest import says

HK = BusinessCalendar.build("Asia/Hong_Kong", "mon-fri 08:30-18:00; sat-sun 09:00-17:00")


def hk(day: int, hour: int, minute: int = 0) -> datetime:
    """A time in Hong Kong in November 2026 (the 27th is a Friday), as UTC."""
    return datetime(2026, 11, day, hour, minute, tzinfo=HK.tz).astimezone(UTC)


def test_next_opening_jumps_to_the_next_office_morning() -> None:
    assert next_opening(HK, hk(27, 10)) == hk(28, 9)      # open now: tomorrow's opening
    assert next_opening(HK, hk(27, 19)) == hk(28, 9)      # closed in the evening
    assert next_opening(HK, hk(28, 8)) == hk(28, 9)       # Saturday before opening
    assert next_opening(HK, hk(29, 16, 59)) == hk(30, 8, 30)
    holiday = BusinessCalendar.build("Asia/Hong_Kong", "mon-fri 08:30-18:00",
                                     frozenset({hk(30, 12).date()}))
    tuesday = datetime(2026, 12, 1, 8, 30, tzinfo=HK.tz).astimezone(UTC)
    assert next_opening(holiday, hk(27, 10)) == tuesday  # Monday the 30th is a holiday


def test_tour_waits_for_pieces_of_the_real_messages() -> None:
    tr = Translator()
    samples = {"number": "R-2026-000001", "name": "Mary", "opens": "Mon 08:30",
               "category": "Leak", "place": "A-3A", "phone": "+852", "due": "Mon",
               "rating": "-", "comment": ""}
    for locale in Locale:
        for key, args in ARGS.items():
            piece = fragment(tr, locale, key)
            assert len(piece) >= 2, (locale, key)
            full = plain(tr(locale, key, **{a: samples[a] for a in args}))
            assert piece in full, (locale, key, piece)
    assert fragment(tr, Locale.EN, "repair-accepted") == ": accepted by"


@pytest.fixture
async def demo(tmp_path: Path) -> AsyncIterator[Demo]:
    clock = FrozenClock(hk(27, 10))
    running = await start_demo(Settings(), var=tmp_path, clock=clock)
    try:
        yield running
    finally:
        await running.stop()


async def _json(http: aiohttp.ClientSession, method: str, url: str, **kw: Any) -> Any:
    async with http.request(method, url, **kw) as resp:
        return resp.status, await resp.json()


async def test_demo_endpoints(demo: Demo) -> None:
    base = demo.url
    async with aiohttp.ClientSession() as http:
        status, info = await _json(http, "GET", f"{base}/demo/info?lang=en")
        assert status == 200 and info["ready"] and info["open"]
        assert info["local"] == "2026-11-27 Fri 10:00"
        status, cast = await _json(http, "GET", f"{base}/demo/cast?lang=zh-Hant")
        kinds = [p["kind"] for p in cast["people"]]
        assert kinds.count("resident") == 4 and kinds.count("staff") == 7
        assert {p["language"] for p in cast["people"] if p["kind"] == "resident"} == \
            {"zh-hant", "en", "zh-hans"}
        labels = {p["key"]: p["label"] for p in cast["people"]}
        assert labels["crew:plumbing"] == says("role-crew") + says(
            "trade-of", trade=says("trade-plumbing"))
        assert labels["A-12B"] == f"A-12B · {says('relation-owner')}"
        assert len(cast["groups"]) == 7 and len(cast["posters"]) == 4
        poster = cast["posters"][0]
        assert poster["link"].startswith("https://t.me/propdesk_bot?start=repair_")
        async with http.get(f"{base}{poster['qr']}") as resp:
            assert resp.content_type == "image/svg+xml"
            assert (await resp.text()).startswith("<svg")
        status, tour = await _json(http, "GET", f"{base}/demo/tour?lang=en")
        steps = tour["steps"]
        assert len(steps) == 10 and steps[1]["user_id"] == demo.cast.residents[1].id
        assert "Mary Wong" in steps[1]["body"]

        # The clock only moves forward, by hours or to the next opening, and runs the sweep.
        for bad in ({"hours": 0}, {"hours": -5}, {"hours": "3"}, {"hours": 24 * 40},
                    {"to": "yesterday"}, {"hours": True}):
            status, body = await _json(http, "POST", f"{base}/demo/clock", json=bad)
            assert status == 400, bad
        assert demo.web.clock.now() == hk(27, 10)
        status, moved = await _json(http, "POST", f"{base}/demo/clock?lang=en",
                                    json={"to": "next-opening"})
        assert status == 200 and moved["local"] == "2026-11-28 Sat 09:00"
        # Every sweeper job ran once; in the fresh demo only Saturday's opening did something:
        # the daily lists of the desk, managers and three crew groups, and (when the first
        # pass had not yet) October's monthly report, late (the registry goes back years).
        fired = moved["fired"]
        assert set(fired) >= {"leave-unlinked-groups", "ticket-deadlines", "daily-lists"}
        assert fired["daily-lists"] == 5 and fired["monthly-reports"] <= 1
        assert {k for k, v in fired.items() if v} <= {"daily-lists", "monthly-reports"}
        status, moved = await _json(http, "POST", f"{base}/demo/clock",
                                    json={"hours": 1.5})
        assert moved["now"] == hk(28, 10, 30).isoformat()
        async with http.post(f"{base}/demo/clock", json={"hours": 1},
                             headers={"Origin": "https://evil.example"}) as resp:
            assert resp.status == 403
        # Each move is announced on the event stream, so every open page rereads the clock.
        async with Driver(base) as d:
            assert len(await d.events(types=["demo_clock"])) == 2

    # Scanning a poster as its unit's resident opens the repair form for that unit.
    async with Driver(base) as d:
        chan = demo.cast.residents[0]
        await d.open_link(chan, poster["link"])
        await d.wait_for(chan, contains=says("repair-ask-category"))


async def test_the_demo_weather_button_calls_rain_checks_for_the_flat_in_custody(
        demo: Demo) -> None:
    """The page's Black rain button plays the Observatory: B-20D (in custody) gets a check
    before heavy rain and the desk is told; All clear calls the check after."""
    base = demo.url
    groups = {key: chat for chat, (_, key, _) in zip(demo.cast.groups, GROUPS, strict=True)}
    desk = groups["desk"]
    async with aiohttp.ClientSession() as http, Driver(base) as d:
        for bad in ({}, {"signal": "WRAINX"}, []):
            status, body = await _json(http, "POST", f"{base}/demo/weather", json=bad)
            assert status == 400 and "signal must be" in body["error"]
        status, body = await _json(http, "POST", f"{base}/demo/weather", json={"signal": "WRAINB"})
        assert status == 200 and body["warnings"]["WRAIN"]["code"] == "WRAINB"
        told = await d.wait_for(desk, contains="黑色暴雨警告信號")
        assert "大雨前巡查：託管單位 1個" in told.content
        await d.wait_for(groups["supervisors"], contains="大雨前巡查",
                         predicate=lambda m: bool(m.buttons) and "B-20D" in m.content)
        status, body = await _json(http, "POST", f"{base}/demo/weather", json={"signal": "clear"})
        assert status == 200 and body["warnings"] == {}
        await d.wait_for(desk, contains="大雨後巡查：託管單位 1個")
