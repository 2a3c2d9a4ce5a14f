"""The office's routine reports through the real process with the bot's clock frozen: each
staff group's daily list at opening, the weekly status deck (PPTX) on Monday and on demand."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from domain.model import Locale
from sandbox.driver import BotMessage, Chat
from store.tables.infra import FiredRow
from tests.bot.conftest import says
from tests.bot.office import Cast, staffed_office
from tests.bot.test_complaint_flow import file_complaint
from tests.bot.test_repair_flow import report_leak
from tests.e2e.conftest import E2E

EN = Locale.EN

# --- daily list and weekly deck ---

MON_0700 = datetime(2026, 11, 22, 23, 0, tzinfo=UTC)     # Monday 23 Nov 07:00 in Hong Kong
TUE_0831 = datetime(2026, 11, 24, 0, 31, tzinfo=UTC)     # Tuesday 24 Nov 08:31 (opens 08:30)
TUE_10 = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)        # Tuesday 10:00, week 2026-W48
MON_0830 = datetime(2026, 11, 30, 0, 30, 30, tzinfo=UTC)  # Monday 30 Nov 08:30:30, week W49


async def start(e2e: E2E, at: datetime) -> Cast:
    e2e.freeze(at)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    return await staffed_office(e2e)


async def restart(e2e: E2E) -> None:
    assert e2e.bot.stop() == 0
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    await e2e.settle()


async def lists_in(e2e: E2E, chat: Chat) -> list[BotMessage]:
    return [m for m in await e2e.d.messages(chat, from_bot=True) if "今日工作" in m.content]


async def test_daily_list_reaches_each_group_at_opening_once_and_not_for_a_stale_day(
        e2e: E2E) -> None:
    cast = await start(e2e, MON_0700)  # before Monday's opening: no list yet
    d = e2e.d
    repair = await report_leak(e2e, cast)  # type: ignore[arg-type]
    complaint = await file_complaint(e2e, cast)  # type: ignore[arg-type]
    await e2e.settle()
    assert not await lists_in(e2e, cast.desk_group)
    # The bot is down over Monday's opening: Monday's list is stale and never sent; at
    # Tuesday's opening each group gets Tuesday's, once.
    assert e2e.bot.stop() == 0
    e2e.freeze(TUE_0831)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    desk = await d.wait_for(cast.desk_group, contains="📋 前台今日工作：11月24日（二）", timeout=20)
    plumbing = await d.wait_for(cast.plumbing_group, contains="📋 維修組（水喉）今日工作",
                                timeout=20)
    electrical = await d.wait_for(cast.electrical_group, contains="今日工作", timeout=20)
    managers = await d.wait_for(cast.managers_group, contains="📋 經理今日工作", timeout=20)
    link = f"/t_{repair.replace('-', '')}"
    # The desk: what is late (the work order nobody accepted) and the unanswered complaint.
    assert "逾期事項（1 項）" in desk.content and f"未接單：{repair}" in desk.content
    assert link in desk.content
    assert "未回覆投訴（1 宗）" in desk.content and complaint in desk.content
    assert [b.text for b in desk.buttons[0]] == ["工作清單", "逾期事項"]
    # The plumbers: their late work order, no complaints; the electricians: nothing.
    assert repair in plumbing.content and complaint not in plumbing.content
    assert "今日沒有待辦事項。" in electrical.content and repair not in electrical.content
    assert complaint in managers.content and "今日應回訪" not in managers.content
    # A button opens the group's queue as a new message; the list stays as it was.
    await d.press(cast.plumbers[0], plumbing, text="逾期事項")
    queue = await d.wait_for(cast.plumbing_group, contains=repair, after=plumbing.message_id)
    assert queue.message_id != plumbing.message_id
    assert (await d.messages(cast.plumbing_group))[0] is not None
    await e2e.settle()
    # A restart (and the rest of the day) sends no second list.
    await restart(e2e)
    e2e.freeze(TUE_0831 + timedelta(hours=3))
    await e2e.settle()
    for chat in (cast.desk_group, cast.plumbing_group, cast.electrical_group,
                 cast.managers_group):
        found = await lists_in(e2e, chat)
        assert len(found) == 1, chat
        assert "今日工作：11月24日" in found[0].content  # Monday's never went out
    async with e2e.db.writer() as s:
        keys = list(await s.scalars(select(FiredRow.level).where(FiredRow.entity == "group")))
    assert sorted(set(keys)) == ["daily-list:2026-11-24"] and len(keys) == 4
    assert "Traceback" not in e2e.bot.log()


def _slides(data: bytes) -> list[dict[str, Any]]:
    """Each slide's title, text and chart (categories and series values)."""
    from pptx import Presentation

    out = []
    for slide in Presentation(io.BytesIO(data)).slides:
        texts, charts = [], []
        for shape in slide.shapes:
            if shape.has_text_frame and shape != slide.shapes.title:
                texts.append(shape.text_frame.text)
            if shape.has_chart:
                plot = shape.chart.plots[0]
                charts.append({"categories": list(plot.categories),
                               "series": {s.name: list(s.values) for s in plot.series},
                               "integer": shape.chart.value_axis.major_unit,
                               "bar": shape.chart.chart_type})
        out.append({"title": slide.shapes.title.text, "text": "\n".join(texts),
                    "charts": charts})
    return out


async def deck_in(e2e: E2E, chat: Chat, after: int = 0) -> tuple[BotMessage, list[dict[str, Any]]]:
    msg = await e2e.d.wait_for(chat, predicate=lambda m: m.message_id > after and bool(
        m.document) and (m.document.file_name or "").endswith(".pptx"), timeout=30)
    assert msg.document is not None
    return msg, _slides(await e2e.d.file_bytes(msg.document.file_id))


async def test_weekly_deck_on_monday_with_figures_and_on_demand(e2e: E2E) -> None:
    cast = await start(e2e, TUE_10)
    d = e2e.d
    repair = await report_leak(e2e, cast)  # type: ignore[arg-type]
    first = await file_complaint(e2e, cast)  # type: ignore[arg-type]
    second = await file_complaint(e2e, cast, category="noise",  # type: ignore[arg-type]
                                  text="Drilling upstairs every morning at 7")
    await e2e.settle()
    # Monday at opening: last week's deck in the managers group, once.
    e2e.freeze(MON_0830)
    msg, slides = await deck_in(e2e, cast.managers_group)
    assert "第48週（11月23日至29日）" in (msg.caption or "")
    assert [s["title"] for s in slides] == ["Harbour View 海景花園每週工作狀況", "投訴", "維修",
                                            "回訪", "裝修", "逾期事項"]
    assert "第48週（11月23日至29日）" in slides[0]["text"]
    complaints, repairs, callbacks, renovation, risks = slides[1:]
    assert "接獲投訴：3 宗" not in complaints["text"]
    assert "接獲投訴：2 宗" in complaints["text"] and "現時逾期未覆：2 宗" in complaints["text"]
    chart = complaints["charts"][0]
    assert chart["categories"] == ["清潔", "噪音"]  # no empty categories
    assert chart["series"] == {"宗數": [1.0, 1.0]} and chart["integer"] == 1
    assert "新報修：1 宗" in repairs["text"] and "完成維修：0 宗" in repairs["text"]
    assert repairs["charts"][0]["categories"] == ["水喉"]
    assert repairs["charts"][0]["series"] == {"新報修": [1.0], "完成": [0.0]}
    assert "應回訪：0 宗" in callbacks["text"] and not callbacks["charts"]
    assert "裝修申請：0 份" in renovation["text"]
    assert "現時逾期：3 項" in risks["text"]
    for number in (repair, first, second):
        assert number in risks["text"]
    assert risks["charts"][0]["categories"] == ["未接單", "投訴未回覆"]
    assert risks["charts"][0]["series"] == {"宗數": [1.0, 2.0]}
    assert "BAR_CLUSTERED" in str(risks["charts"][0]["bar"])  # long labels lie down
    # The same charts as one album of 1080 px pictures, after the deck.
    await e2e.settle()
    album = [m for m in await d.messages(cast.managers_group, from_bot=True)
             if m.media_group_id and m.message_id > msg.message_id]
    assert [m.caption for m in album] == ["投訴按類別", "維修按工種", "逾期事項按類別"]
    assert len({m.media_group_id for m in album}) == 1
    from bot.reports.charts import pyplot

    image = pyplot().imread(io.BytesIO(await d.file_bytes(album[0].photo_file_id or "")))
    assert image.shape[1] == 1080
    actions = [c for c in await d.calls("sendChatAction")
               if c.chat_id == cast.managers_group.id]
    assert [c.params.get("action") for c in actions] == ["upload_document", "upload_photo"]
    # Restarted, and later that day: no second Monday deck.
    await restart(e2e)
    e2e.freeze(MON_0830 + timedelta(hours=2))
    await e2e.settle()
    decks = [m for m in await d.messages(cast.managers_group, from_bot=True)
             if m.document and (m.document.file_name or "").endswith(".pptx")]
    assert len(decks) == 1
    # On demand: this week so far, and last week again; the manager's group, in its language.
    mark = decks[0].message_id
    await d.send(cast.manager, "/report week", chat=cast.managers_group)
    now_msg, now_slides = await deck_in(e2e, cast.managers_group, after=mark)
    assert "第49週（11月30日至12月6日）" in now_slides[0]["text"]
    assert "新報修：0 宗" in now_slides[2]["text"]
    await d.send(cast.manager, "/report week last", chat=cast.managers_group)
    _, last_slides = await deck_in(e2e, cast.managers_group, after=now_msg.message_id)
    assert "第48週（11月23日至29日）" in last_slides[0]["text"]
    assert "接獲投訴：2 宗" in last_slides[1]["text"]
    # Without an argument: what can be asked for.
    sent = await d.send(cast.manager, "/report", chat=cast.managers_group)
    usage = await d.wait_for(cast.managers_group, contains="/report week last",
                             after=sent.message_id)
    assert "/report month" in usage.content and "/report registry" in usage.content
    # Other reports are not this handler's: no usage text for them.
    sent = await d.send(cast.manager, "/report month", chat=cast.managers_group)
    await e2e.settle()
    assert not [m for m in await d.messages(cast.managers_group, from_bot=True)
                if m.message_id > sent.message_id and "/report week last" in m.content]
    # A resident is refused in their language; a plumber in the crew group too.
    sent = await d.send(cast.resident, "/report week")
    refused = await d.wait_for(cast.resident, after=sent.message_id, include_edits=False)
    assert refused.content == says("report-office-only", EN)
    sent = await d.send(cast.plumbers[0], "/report week", chat=cast.plumbing_group)
    await d.wait_for(cast.plumbing_group, contains=says("report-office-only", EN),
                     after=sent.message_id)
    async with e2e.db.writer() as s:
        fired = await s.scalar(select(func.count()).select_from(FiredRow).where(
            FiredRow.level.like("weekly-deck:%")))
    assert fired == 1
    assert "Traceback" not in e2e.bot.log()
