"""House custody (託管) through the real `propdesk run` process, its clock frozen in a file:
the owner asks and signs, the desk reads the meters, the sweeper makes the weekly check due,
a manager calls a rain check, a reading over the limit is flagged, the keys come back; bad
input on the way (a tenant asking, dates in the past or reversed, a PDF for a meter photo, a
reading lower than the last)."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

from aiohttp import web
from sqlalchemy import select

from bot.demo.data import seed_custody
from domain.model import Locale
from sandbox.driver import BotMessage, Chat, User
from store.tables.infra import AuditRow
from store.uow import SqlUnitOfWork
from tests.bot.conftest import says, tiny_jpeg
from tests.bot.office import staffed_office
from tests.bot.renovation.steps import press_card
from tests.documents import pdf_text
from tests.e2e.conftest import E2E

EN = Locale.EN
MON_10 = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # Monday 10:00 in Hong Kong
PDF = b"%PDF-1.4\n" + bytes(300)


async def _pdf(e2e: E2E, chat: User | Chat, caption: str) -> bytes:
    sent = await e2e.d.wait_for(chat, contains=caption,
                                predicate=lambda m: m.document is not None)
    assert sent.document is not None
    return await e2e.d.file_bytes(sent.document.file_id)


async def _photos(e2e: E2E, me: User, count: int, after: int) -> None:
    """`count` photos, then Done on the count message."""
    for n in range(count):
        await e2e.d.send_photo(me, tiny_jpeg(color=["red", "blue", "green"][n]))
        last = await e2e.d.wait_for(me, contains=f"{n + 1}", after=after,
                                    predicate=lambda m: bool(m.buttons))
    await e2e.d.press(me, last, text=says("btn-photos-done", EN))


async def _readings(e2e: E2E, me: User, command: str, water: str, power: str) -> BotMessage:
    d = e2e.d
    ask = await d.send(me, command)
    await d.wait_for(me, contains="water meter's number", after=ask.message_id)
    await d.send(me, water)
    ask = await d.wait_for(me, contains="electricity meter's number", after=ask.message_id)
    await d.send(me, power)
    ask = await d.wait_for(me, contains="Send a photo of each meter", after=ask.message_id)
    await _photos(e2e, me, 2, ask.message_id)
    preview = await d.wait_for(me, contains="Meter readings — please check", after=ask.message_id,
                               include_edits=False)
    await d.press(me, preview, text=says("custody-btn-record", EN))
    return await d.wait_for(me, contains="Recorded for A-12B", after=preview.message_id)


async def _check(e2e: E2E, staff: User, group: Chat, title: str, answers: list[str],
                 note: str | None) -> BotMessage:
    """The check card in the staff group pressed, the checklist answered in private."""
    d = e2e.d
    card = await d.wait_for(group, contains=title, include_edits=False,
                            predicate=lambda m: bool(m.buttons))
    before = await d.last(staff)
    await press_card(e2e, staff, card, text=says("custody-btn-check"))
    ask = await d.wait_for(staff, contains="is the door and its lock fine?",
                           after=before.message_id if before else 0)
    for n, answer in enumerate(answers):
        if n:
            ask = await d.wait_for(staff, after=ask.message_id,
                                   predicate=lambda m: any(b.text == "Fine" for r in m.buttons
                                                           for b in r))
        await d.press(staff, ask, text=answer)
    ask = await d.wait_for(staff, contains="Anything to add?", after=ask.message_id)
    if note is None:
        await d.press(staff, ask, text=says("custody-btn-no-note", EN))
    else:
        await d.send(staff, note)
    ask = await d.wait_for(staff, contains="Send photos of the check", after=ask.message_id)
    await _photos(e2e, staff, 1, ask.message_id)
    preview = await d.wait_for(staff, contains="Outside check — please check",
                               after=ask.message_id, include_edits=False)
    await d.press(staff, preview, text=says("custody-btn-record", EN))
    await d.wait_for(staff, contains="the report went to the owner", after=preview.message_id)
    return card


async def test_custody_agreement_checks_meters_and_end(e2e_both: E2E) -> None:
    e2e = e2e_both
    e2e.freeze(MON_10)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await staffed_office(e2e)
    d, owner, desk = e2e.d, cast.resident, cast.desk

    # A tenant cannot ask.
    tenant = await d.user("Lee", language_code="en")
    await d.send(tenant, f"/start {cast.codes.residents['B-1C']}")
    await d.wait_for(tenant, contains="B-1C")
    await d.send(tenant, "/custody")
    await d.wait_for(tenant, contains="Only an owner of the flat")

    # The owner's request: a past date and a reversed end are explained, the draft kept.
    await d.send(owner, "/custody")
    ask = await d.wait_for(owner, contains="From which day")
    await d.send(owner, "1/11/2026")
    ask = await d.wait_for(owner, contains="That date has passed", after=ask.message_id)
    assert "From which day" in ask.content
    await d.send(owner, "5/12/2026")
    ask = await d.wait_for(owner, contains="Until which day", after=ask.message_id)
    await d.send(owner, "1/12/2026")
    ask = await d.wait_for(owner, contains="cannot be before the start", after=ask.message_id)
    await d.send(owner, "31/3/2027")
    ask = await d.wait_for(owner, contains="reach you while you are away", after=ask.message_id)
    await d.send(owner, "+44 20 7946 0000")
    ask = await d.wait_for(owner, contains="leave your keys", after=ask.message_id)
    await d.press(owner, ask, text=says("custody-btn-keys-yes", EN))
    preview = await d.wait_for(owner, contains="House custody request — please check")
    assert "70% of the full fee" in preview.content
    await d.press(owner, preview, text=says("custody-btn-send", EN))
    await d.wait_for(owner, contains="custody request T-2026-000001 was sent")

    # The desk accepts; the owner signs the agreement that shows the fee.
    card = await d.wait_for(cast.desk_group, contains="房屋託管申請", include_edits=False)
    await press_card(e2e, desk, card, text=says("custody-btn-accept"))
    agreement = await d.wait_for(owner, contains="tap Sign")
    assert "Management fee during custody: 70% of the full fee" in agreement.content
    await press_card(e2e, owner, agreement, text=says("custody-btn-sign", EN))
    await d.wait_for(owner, contains="You signed custody agreement T-2026-000001")
    await d.wait_for(cast.desk_group, contains="/meter A-12B")
    # The signed agreement as a PDF, to the owner in English and to the desk in Chinese.
    text = pdf_text(await _pdf(e2e, owner, "Signed custody agreement T-2026-000001"))
    for part in ("Housecustodyagreement", "A-12B", "70%ofthefullfee", "+4420",
                 "陳大文confirmedthisagreementinchatbypressingSign"):
        assert part in text, part
    desk_copy = pdf_text(await _pdf(e2e, cast.desk_group, "已簽署的託管協議 T-2026-000001"))
    assert "房屋託管協議" in desk_copy and "在對話中按「簽署」確認本協議" in desk_copy

    # Start readings; a PDF is not a meter photo.
    ask = await d.send(desk, "/meter A-12B")
    await d.wait_for(desk, contains="start readings", after=ask.message_id)
    await d.send(desk, "100")
    ask = await d.wait_for(desk, contains="electricity meter's number", after=ask.message_id)
    await d.send(desk, "2000")
    ask = await d.wait_for(desk, contains="Send a photo of each meter", after=ask.message_id)
    await d.send_document(desk, PDF, "meter.pdf", "application/pdf")
    await d.wait_for(desk, contains=says("file-not-photo", EN), after=ask.message_id)
    await _photos(e2e, desk, 2, ask.message_id)
    preview = await d.wait_for(desk, contains="Meter readings — please check",
                               after=ask.message_id, include_edits=False)
    await d.press(desk, preview, text=says("custody-btn-record", EN))
    await d.wait_for(desk, contains="Recorded for A-12B", after=preview.message_id)
    await d.wait_for(owner, contains="Start readings")

    # A week on, the sweeper makes the weekly check due; its report reaches the owner.
    e2e.freeze(MON_10 + timedelta(days=7, minutes=1))
    card = await _check(e2e, desk, cast.desk_group, "每週戶外巡查", ["Fine"] * 4, None)
    report = await d.wait_for(owner, contains="Weekly outside check")
    assert "All in order" in report.content
    # The recorded check's button replayed, and a made-up one: each refused with an alert.
    data = card.buttons[0][0].callback_data
    assert data is not None
    for forged in (data, "cu1:zap:1", "cu1:check:99999999999999999999"):
        answer = await d.callback_answer(await d.press(cast.manager, card, forged, forge=True))
        assert answer.show_alert and answer.text, forged

    # Heavy rain: the manager calls the checks; a problem found is reported.
    e2e.freeze(MON_10 + timedelta(days=8))
    await d.send(cast.manager, "/rain before")
    await d.wait_for(cast.manager, contains="Checks before heavy rain called: 1")
    await _check(e2e, desk, cast.desk_group, "大雨前巡查", ["Fine", "Fine", "Problem", "Fine"],
                 "Water stain under the window")
    report = await d.wait_for(owner, contains="Check before heavy rain")
    assert "A problem was found" in report.content and "Water stain" in report.content

    # A reading lower than the last is refused; use over the limit is flagged the same day.
    ask = await d.send(desk, "/meter A-12B")
    await d.wait_for(desk, contains="water meter's number", after=ask.message_id)
    await d.send(desk, "99")
    await d.wait_for(desk, contains="the last reading was 100", after=ask.message_id)
    await d.send(desk, "106")
    ask = await d.wait_for(desk, contains="electricity meter's number", after=ask.message_id)
    await d.send(desk, "2010")
    ask = await d.wait_for(desk, contains="Send a photo of each meter", after=ask.message_id)
    await _photos(e2e, desk, 2, ask.message_id)
    preview = await d.wait_for(desk, contains="Meter readings — please check",
                               after=ask.message_id, include_edits=False)
    await d.press(desk, preview, text=says("custody-btn-record", EN))
    await d.wait_for(desk, contains="Over the limit since the last reading",
                     after=preview.message_id)
    flag = await d.wait_for(owner, contains="⚠️ Your flat A-12B")
    assert "water 6 units" in flag.content
    await d.wait_for(cast.desk_group, contains="⚠️ 託管 T-2026-000001")

    # The end: final readings, keys back, the owner confirms.
    e2e.freeze(MON_10 + timedelta(days=20))
    await _readings(e2e, desk, "/custody_end A-12B", "107", "2015")
    keys = await d.wait_for(owner, contains="Tap Keys received")
    await press_card(e2e, owner, keys, text=says("custody-btn-keys-back", EN))
    await d.wait_for(owner, contains="Custody T-2026-000001 has ended")
    await d.wait_for(cast.desk_group, contains="業主已確認收回鑰匙")
    # The complete record: readings (the one over the limit marked) and the checks done.
    text = pdf_text(await _pdf(e2e, owner, "The full record of custody T-2026-000001"))
    for part in ("Meterreadings", "Start", "Final", "2010", "⚠", "Outsidechecks", "Weekly",
                 "Beforerain", "Problemfound", "Waterstain", "Custodyendedon"):
        assert part in text, part

    # Everything viewable by the staff.
    ask = await d.send(desk, "/custody A-12B")
    summary = await d.wait_for(desk, contains="Custody T-2026-000001", after=ask.message_id)
    assert "Ended" in summary.content and "⚠️ over the limit" in summary.content
    assert "Weekly check" in summary.content and "Before rain check" in summary.content
    await e2e.settle()
    async with e2e.db.reader() as s:
        steps = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.entity == "custody").order_by(AuditRow.id)))
    assert steps[:4] == ["requested", "accepted", "signed", "reading-start"]
    assert {"started", "check-due", "check-ok", "check-problem", "reading-during",
            "reading-final", "keys-returned", "ended"} <= set(steps)
    assert "Traceback" not in e2e.bot.log()


class ObservatoryFeed:
    """A stand-in for the Observatory's warning summary on 127.0.0.1: what it answers can be
    changed, and it counts the reads."""

    def __init__(self) -> None:
        self.body: str = "{}"
        self.status = 200
        self.reads = 0
        self.runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> None:
        async def warnsum(request: web.Request) -> web.Response:
            self.reads += 1
            return web.Response(text=self.body, status=self.status,
                                content_type="application/json")
        app = web.Application()
        app.router.add_get("/weatherAPI/opendata/weather.php", warnsum)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/weatherAPI/opendata/weather.php?dataType=warnsum"

    async def answer(self, body: object, status: int = 200) -> None:
        """Answer `body` from now on, and wait until the bot has read it twice."""
        self.body = body if isinstance(body, str) else json.dumps(body)
        self.status = status
        seen = self.reads
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 20
        while self.reads < seen + 2:
            assert loop.time() < deadline, "the bot stopped reading the warnings"
            await asyncio.sleep(0.05)


def _rain(code: str, at: str) -> dict[str, object]:
    return {"WRAIN": {"name": "Rainstorm Warning Signal", "code": code, "actionCode": "ISSUE",
                      "issueTime": at, "updateTime": at}}


async def test_the_observatorys_rainstorm_warning_calls_the_rain_checks(e2e: E2E) -> None:
    """No manager types /rain: the Black Rainstorm Warning calls a check before heavy rain for
    the flat in custody, the desk is told; an error page and a timeout in between change
    nothing; the all clear calls the check after, once."""
    feed = ObservatoryFeed()
    await feed.start()
    try:
        e2e.freeze(MON_10)
        e2e.bot.env.update({"PROPDESK_WEATHER__URL": feed.url,
                            "PROPDESK_WEATHER__INTERVAL_S": "0.2",
                            "PROPDESK_WEATHER__TIMEOUT_S": "1"})
        e2e.bot.start()
        await e2e.bot.wait_ready(e2e.d)
        cast = await staffed_office(e2e)
        d = e2e.d
        async with SqlUnitOfWork(e2e.db.writer()) as uow:
            await seed_custody(uow, cast.codes.estate, MON_10)
            await uow.commit()
        await feed.answer({})
        await feed.answer(_rain("WRAINA", "2026-11-30T09:40:00+08:00"))
        told = await d.wait_for(cast.desk_group, contains="天文台黃色暴雨警告信號生效")
        assert "大雨前巡查：託管單位 1個" in told.content
        await d.wait_for(cast.desk_group, contains="大雨前巡查", include_edits=False,
                         predicate=lambda m: bool(m.buttons) and "B-20D" in m.content)
        # Raised to black: the same spell. Then the feed breaks: nothing is called.
        await feed.answer(_rain("WRAINB", "2026-11-30T10:30:00+08:00"))
        await feed.answer("<html>Service busy</html>")
        await feed.answer("{}", status=503)
        await e2e.settle()
        assert "weather warnings not read" in e2e.bot.log()
        # The all clear: the check after heavy rain, once.
        await feed.answer({})
        told = await d.wait_for(cast.desk_group, contains="暴雨或烈風警告已取消")
        assert "大雨後巡查：託管單位 1個" in told.content
        await feed.answer({})
        await e2e.settle()
        async with e2e.db.reader() as s:
            due = [r.detail for r in await s.scalars(select(AuditRow).where(
                AuditRow.entity == "custody", AuditRow.action == "check-due"))]
        assert [x.get("kind") for x in due if x.get("signal")] == ["rain_before", "rain_after"]
        assert sum("天文台" in m.content for m in await d.messages(cast.desk_group)) == 2
        assert "Traceback" not in e2e.bot.log()
    finally:
        if feed.runner is not None:
            await feed.runner.cleanup()
