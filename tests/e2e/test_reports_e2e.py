"""The office's reports through the real `propdesk run` process, its clock frozen in a file:
each staff group's daily list at opening, the weekly status deck (PPTX) on Monday and on
demand, the monthly management report (PDF, XLSX) by the 5th, the registry lists and exports."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import func, select

from domain.model import Locale
from sandbox.driver import BotMessage, Chat
from store.tables.infra import AuditRow, FiredRow
from store.tables.registry import BuildingRow, EstateRow, UnitRow
from store.tables.reports import MonthlyReportRow
from store.tables.tickets import TicketRow
from tests.bot.conftest import says
from tests.bot.office import Cast, staffed_office
from tests.bot.test_complaint_flow import file_complaint
from tests.bot.test_repair_flow import report_leak
from tests.documents import pdf_text
from tests.e2e.conftest import E2E

EN = Locale.EN

# --- daily list and weekly deck ---

MON_0700 = datetime(2026, 11, 22, 23, 0, tzinfo=UTC)     # Monday 23 Nov 07:00 in Hong Kong
TUE_0831 = datetime(2026, 11, 24, 0, 31, tzinfo=UTC)     # Tuesday 24 Nov 08:31 (opens 08:30)
TUE_10 = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)        # Tuesday 10:00, week 2026-W48
MON_0830 = datetime(2026, 11, 30, 0, 30, 30, tzinfo=UTC)  # Monday 30 Nov 08:30:30, week W49


async def start_at(e2e: E2E, at: datetime) -> Cast:
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
    cast = await start_at(e2e, MON_0700)  # before Monday's opening: no list yet
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
    cast = await start_at(e2e, TUE_10)
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


# --- monthly report, registry lists, exports ---

HK = timedelta(hours=8)
FRI_27 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # Friday 27 Nov 10:00 in Hong Kong


def hk(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    """A moment of 2026 in Hong Kong time, as UTC."""
    return datetime(2026, month, day, hour, minute, tzinfo=UTC) - HK


async def start(e2e: E2E) -> Cast:
    e2e.freeze(FRI_27)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    return await staffed_office(e2e)


async def _ids(e2e: E2E) -> tuple[int, int, int]:
    """The estate, unit A-12B, and the count of units."""
    async with e2e.db.reader() as s:
        estate = int(await s.scalar(select(EstateRow.id)) or 0)
        unit = int(await s.scalar(select(UnitRow.id).join(
            BuildingRow, BuildingRow.id == UnitRow.building_id).where(
            BuildingRow.code == "A", UnitRow.number == "12B")) or 0)
        units = int(await s.scalar(select(func.count()).select_from(UnitRow)) or 0)
    return estate, unit, units


async def _november(e2e: E2E, estate: int, unit: int) -> None:
    """Four repairs and two complaints of November with known deadlines:
    accepted in time 3/4, completed in time 3/4, callbacks 3/4 (safety 0/1, others 3/3),
    rework within 24 h 0/1, complaints answered within 72 h 1/2, one renovation complaint,
    satisfaction 4 and 5 (4.5)."""
    base: dict[str, Any] = {"estate_id": estate, "unit_id": unit, "description": "test",
                            "urgency": "normal", "trade": "plumbing", "extra": {}}
    tickets = [
        # R1: all in time; callback (7 days) two days after the confirmation; rated 4.
        dict(number="R-2026-000901", kind="repair", category="plumbing", status="closed",
             created_at=hk(2, 10), accept_due=hk(2, 10, 30), accepted_at=hk(2, 10, 20),
             complete_due=hk(4, 18), done_at=hk(3, 11), confirmed_at=hk(3, 12),
             callback_due=hk(12, 12), closed_at=hk(5, 10), rating=4),
        # R2: accepted late; a callback found a problem, the crew took the rework after 48 h.
        dict(number="R-2026-000902", kind="repair", category="plumbing", status="closed",
             created_at=hk(10, 10), accept_due=hk(10, 10, 30), accepted_at=hk(10, 11),
             complete_due=hk(19, 18), done_at=hk(18, 10), confirmed_at=hk(18, 12),
             callback_due=hk(27, 12), closed_at=hk(20, 10)),
        # R3 (leak): accepted in time, never done: past its completion deadline.
        dict(number="R-2026-000903", kind="repair", category="leak", status="accepted",
             created_at=hk(20, 9), accept_due=hk(20, 9, 30), accepted_at=hk(20, 9, 10),
             complete_due=hk(21, 18)),
        # R4 (safety): done and confirmed, its 2-day callback never made.
        dict(number="R-2026-000904", kind="repair", category="safety", status="confirmed",
             created_at=hk(24, 9), accept_due=hk(24, 9, 30), accepted_at=hk(24, 9, 5),
             complete_due=hk(26, 18), done_at=hk(24, 11), confirmed_at=hk(24, 12),
             callback_due=hk(26, 12)),
        # C1 (renovation noise): answered in a day, the resident satisfied (5).
        dict(number="C-2026-000901", kind="complaint", category="renovation", status="closed",
             created_at=hk(5, 10), reply_due=hk(8, 10), replied_at=hk(6, 10),
             closed_at=hk(7, 10), satisfaction=5, satisfaction_at=hk(7, 11), trade=None,
             extra={"cycles": [{"from": hk(5, 10).isoformat(), "due": hk(8, 10).isoformat(),
                                "replied": hk(6, 10).isoformat()}]}),
        # C2: answered after five days.
        dict(number="C-2026-000902", kind="complaint", category="noise", status="replied",
             created_at=hk(20, 10), reply_due=hk(23, 10), replied_at=hk(25, 10), trade=None,
             extra={"cycles": [{"from": hk(20, 10).isoformat(), "due": hk(23, 10).isoformat(),
                                "replied": hk(25, 10).isoformat()}]}),
    ]
    moves = {
        "R-2026-000901": [(hk(2, 10, 20), "accepted", "dispatched", "accepted"),
                          (hk(3, 11), "done", "accepted", "done"),
                          (hk(3, 12), "confirmed", "done", "confirmed"),
                          (hk(5, 10), "callback", "confirmed", "closed")],
        "R-2026-000902": [(hk(10, 11), "accepted", "dispatched", "accepted"),
                          (hk(14, 10), "done", "accepted", "done"),
                          (hk(14, 12), "confirmed", "done", "confirmed"),
                          (hk(15, 10), "callback", "confirmed", "rework"),
                          (hk(17, 10), "rework-acknowledged", "rework", "accepted"),
                          (hk(18, 10), "done", "accepted", "done"),
                          (hk(18, 12), "confirmed", "done", "confirmed"),
                          (hk(20, 10), "callback", "confirmed", "closed")],
        "R-2026-000904": [(hk(24, 12), "confirmed", "done", "confirmed")],
    }
    async with e2e.db.writer() as s:
        for values in tickets:
            row = TicketRow(**{**base, **values})
            s.add(row)
            await s.flush()
            for at, action, frm, to in moves.get(row.number, []):
                s.add(AuditRow(at=at, entity="ticket", entity_id=str(row.id), action=action,
                               from_state=frm, to_state=to))
        await s.commit()


def _group_doc(name_part: str, after: int = 0) -> Any:
    def ok(m: BotMessage) -> bool:
        return m.document is not None and name_part in (m.document.file_name or "") \
            and m.message_id > after
    return ok


async def _document(e2e: E2E, chat: Chat, name_part: str, timeout: float = 20.0) -> bytes:
    sent = await e2e.d.wait_for(chat, predicate=_group_doc(name_part), timeout=timeout)
    assert sent.document is not None
    return await e2e.d.file_bytes(sent.document.file_id)


def _reminders(messages: list[BotMessage]) -> list[BotMessage]:
    return [m for m in messages if m.from_bot and m.text
            and any((b.callback_data or "").startswith("mr1:") for b in m.all_buttons)]


async def test_monthly_report_reaches_managers_reminds_and_stops(e2e: E2E) -> None:
    cast = await start(e2e)
    d = e2e.d
    estate, unit, units = await _ids(e2e)
    await _november(e2e, estate, unit)
    # Before 09:00 on the 1st nothing is made.
    e2e.freeze(hk(1, 8, 59, month=12))
    await e2e.settle()
    async with e2e.db.reader() as s:
        assert await s.scalar(select(func.count()).select_from(MonthlyReportRow)) == 0
    # The 1st at 09:00: the summary with its button, the PDF, the figures, the lists.
    e2e.freeze(hk(1, 9, month=12))
    pdf = await _document(e2e, cast.managers_group, "monthly-HV")
    text = pdf_text(pdf)
    rate = f"{round(100 * 1 / units, 2):g}%"
    for figure in ("75%(3/4)", "0%(0/1)", "100%(3/3)", "0%(0/1)", "50%(1/2)", "4.5(2)", rate):
        assert figure in text, (figure, text)
    assert "MonthlymanagementreportHV" not in text  # the estate's name, not its code
    assert "月度管理報告" in text and "Monthlymanagementreport" in text
    assert "報修按時接單" in text and "Repairsacceptedintime" in text
    figures = load_workbook(io.BytesIO(await _document(e2e, cast.managers_group,
                                                       "monthly-figures-")))
    rows = {r[0]: r for r in figures.active.iter_rows(min_row=2, values_only=True)}
    assert rows["repair-accept"][2:5] == (75.0, 3, 4)
    assert rows["repair-complete"][2:5] == (75.0, 3, 4)
    assert rows["callback"][2:5] == (75.0, 3, 4)
    assert rows["callback-2d"][2:5] == (0.0, 0, 1)
    assert rows["callback-7d"][2:5] == (100.0, 3, 3)
    assert rows["rework"][2:5] == (0.0, 0, 1)
    assert rows["complaint-reply"][2:5] == (50.0, 1, 2)
    assert rows["satisfaction"][2] == 4.5
    # Spot checks of November (none drawn: the bot came in December) and open actions.
    assert rows["spot-checks"][2:5] == (0.0, 0, 0) and rows["open-actions"][2] == 0.0
    assert rows["repair-accept"][5] == "—" and rows["repair-accept"][6] == "—"  # no October
    await _document(e2e, cast.managers_group, "registry-HV")
    summary = await d.wait_for(cast.managers_group,
                               predicate=lambda m: bool(_reminders([m])))
    await e2e.settle()
    # Restart-safe and never twice: a restart the same day sends nothing again.
    e2e.bot.stop()
    e2e.bot.start()
    await e2e.bot.wait_ready(d)
    e2e.freeze(hk(2, 10, month=12))
    await e2e.settle()
    shown = await d.messages(cast.managers_group, from_bot=True)
    assert len([m for m in shown if m.document and "monthly-HV" in
                (m.document.file_name or "")]) == 1
    assert len(_reminders(shown)) == 1  # the summary; no reminder on the 2nd
    # From the 3rd at opening (Thursday 08:30): a reminder, once a day.
    e2e.freeze(hk(3, 8, 29, month=12))
    await e2e.settle()
    assert len(_reminders(await d.messages(cast.managers_group, from_bot=True))) == 1
    e2e.freeze(hk(3, 8, 30, month=12))
    first = await d.wait_for(cast.managers_group, after=summary.message_id,
                             predicate=lambda m: bool(_reminders([m])))
    assert "🔔" in first.content and "⚠️" not in first.content
    e2e.freeze(hk(3, 17, month=12))
    await e2e.settle()
    assert len(_reminders(await d.messages(cast.managers_group, from_bot=True))) == 2
    # Down from the 4th to Monday the 7th: one current reminder, overdue, not a pile.
    e2e.bot.stop()
    e2e.freeze(hk(7, 10, month=12))
    e2e.bot.start()
    await e2e.bot.wait_ready(d)
    late = await d.wait_for(cast.managers_group, after=first.message_id,
                            predicate=lambda m: bool(_reminders([m])))
    assert "⚠️" in late.content
    await e2e.settle()
    assert len(_reminders(await d.messages(cast.managers_group, from_bot=True))) == 3
    # Forged presses (another estate, a month with no report, no month at all) are refused
    # and audited; a manager marks it, once; a second press is told.
    data = _reminders([late])[0].all_buttons[0].callback_data
    assert data
    async with e2e.db.reader() as s:
        before = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.entity == "security"))
    for forged in (f"mr1:sent:{estate + 1}:202611", f"mr1:sent:{estate}:202610",
                   f"mr1:sent:{estate}:202613"):
        refused = await d.callback_answer(await d.press(cast.manager, late, forged, forge=True))
        assert refused.show_alert, forged
    await e2e.settle()
    async with e2e.db.reader() as s:
        assert await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.entity == "security")) == (before or 0) + 3
        assert (await s.execute(select(MonthlyReportRow.sent_at))).scalar() is None
    answer = await d.callback_answer(await d.press(cast.manager, late, data))
    assert answer.text and answer.text in (says("monthly-sent-ok", loc)
                                           for loc in Locale)
    await d.wait_for(cast.managers_group, contains="Boss", after=late.message_id)
    again = await d.callback_answer(await d.press(cast.manager, summary, data))
    assert again.text in [says("monthly-already-sent", loc) for loc in Locale]
    await e2e.settle()
    async with e2e.db.reader() as s:
        marked = (await s.execute(select(MonthlyReportRow.sent_at, MonthlyReportRow.sent_by)
                                  )).one()
        audit = list(await s.scalars(select(AuditRow.action).where(
            AuditRow.action.in_(["monthly-sent", "monthly-report", "monthly-remind"]))))
    assert marked[0] is not None and marked[1] is not None
    assert audit.count("monthly-sent") == 1 and audit.count("monthly-report") == 1
    assert audit.count("monthly-remind") == 2
    # Marked: no reminder on the next days.
    count = len(_reminders(await d.messages(cast.managers_group, from_bot=True)))
    e2e.freeze(hk(8, 10, month=12))
    await e2e.settle()
    e2e.freeze(hk(9, 10, month=12))
    await e2e.settle()
    assert len(_reminders(await d.messages(cast.managers_group, from_bot=True))) == count


async def test_monthly_report_on_demand_and_bad_months(e2e: E2E) -> None:
    cast = await start(e2e)
    d = e2e.d
    estate, unit, _ = await _ids(e2e)
    await _november(e2e, estate, unit)
    e2e.freeze(hk(30, 18))  # November not over yet: the month so far
    await e2e.settle()
    mark = (await d.last(cast.desk)).message_id  # type: ignore[union-attr]
    await d.send(cast.desk, "/report month 2026-11")
    sent = await d.wait_for(cast.desk, predicate=_group_doc("monthly-HV-2026-11", mark))
    assert sent.document is not None
    assert "75%(3/4)" in pdf_text(await d.file_bytes(sent.document.file_id))
    for bad, key in (("2026-13", "report-month-bad"), ("November", "report-month-bad"),
                     ("2027-01", "report-month-future")):
        await e2e.settle()  # the figures XLSX after the PDF is not the answer to this one
        mark = (await d.last(cast.desk)).message_id  # type: ignore[union-attr]
        await d.send(cast.desk, f"/report month {bad}")
        reply = await d.wait_for(cast.desk, after=mark)
        assert reply.document is None
        assert ("2026-11" in reply.content) if key == "report-month-bad" \
            else ("2027-01" in reply.content), reply.content
    # A resident is refused.
    mark = (await d.last(cast.resident)).message_id  # type: ignore[union-attr]
    await d.send(cast.resident, "/report month 2026-11")
    refused = await d.wait_for(cast.resident, after=mark)
    assert refused.document is None and says("report-office-only", EN) in refused.content


async def test_registry_lists_show_a_sale_and_a_move_out(e2e: E2E) -> None:
    cast = await start(e2e)
    d = e2e.d
    # A tenant of A-3A moves out; A-12B is sold.
    await d.send(cast.desk, "/tenant A-3A Tom Tenant")
    await d.wait_for(cast.desk, contains="Tom Tenant")
    await d.send(cast.desk, "/moveout A-3A")
    card = await d.wait_for(cast.desk, contains="A-3A: registry")
    await d.press(cast.desk, card, text=says("btn-end-link", EN, name="Tom Tenant",
                                             relation="tenant"))
    ask = await d.wait_for(cast.desk, predicate=lambda m: m.message_id == card.message_id
                           and "today?" in m.content)
    await d.press(cast.desk, ask, text=says("btn-confirm", EN))
    await d.wait_for(cast.desk, predicate=lambda m: m.message_id == card.message_id
                     and "moved out" in m.content)
    await d.send(cast.desk, "/sale A-12B 2026-11-27 Wong Tai")
    ask = await d.wait_for(cast.desk, contains="A-12B sold")
    await d.press(cast.desk, ask, text=says("btn-confirm", EN))
    await d.wait_for(cast.desk, contains="belongs to Wong Tai from 2026-11-27")
    await e2e.settle()
    mark = (await d.last(cast.desk)).message_id  # type: ignore[union-attr]
    await d.send(cast.desk, "/report registry 2026-11")
    sent = await d.wait_for(cast.desk, predicate=_group_doc("registry-HV-2026-11", mark))
    assert sent.document is not None
    book = load_workbook(io.BytesIO(await d.file_bytes(sent.document.file_id)))
    props, tenancies, changes = (list(ws.iter_rows(values_only=True)) for ws in book)
    owners = {r[0]: r[9] for r in props[1:]}
    assert owners["A-12B"] == "Wong Tai" and owners["A-3A"]
    assert all(r[1] != "Tom Tenant" for r in tenancies[1:])
    kinds = {(r[1], r[2], r[3]) for r in changes[1:]}
    assert ("A-12B", "unit sold", "陳大文") in kinds
    assert ("A-12B", "new owner", "Wong Tai") in kinds
    assert ("A-3A", "new tenancy", "Tom Tenant") in kinds
    assert ("A-3A", "moved out", "Tom Tenant") in kinds
    # October, before any of it: the new owner is not there yet.
    mark = (await d.last(cast.desk)).message_id  # type: ignore[union-attr]
    await d.send(cast.desk, "/report registry 2026-10")
    sent = await d.wait_for(cast.desk, predicate=_group_doc("registry-HV-2026-10", mark))
    assert sent.document is not None
    book = load_workbook(io.BytesIO(await d.file_bytes(sent.document.file_id)))
    props = list(book.worksheets[0].iter_rows(values_only=True))
    assert {r[0]: r[9] for r in props[1:]}["A-12B"] != "Wong Tai"
    # The lists go with the monthly report to the managers on the 1st.
    e2e.freeze(hk(1, 9, month=12))
    data = await _document(e2e, cast.managers_group, "registry-HV-2026-11")
    changes = list(load_workbook(io.BytesIO(data)).worksheets[2].iter_rows(values_only=True))
    # In the managers' group's language (the demo's: zh-Hant); the demo's own links began
    # on the day it was set up, so they are November's changes too.
    assert {("A-12B", "單位出售", "陳大文"), ("A-12B", "新業主", "Wong Tai"),
            ("A-3A", "新租約", "Tom Tenant"), ("A-3A", "遷出", "Tom Tenant")} <= \
        {(r[1], r[2], r[3]) for r in changes[1:]}


async def test_export_repairs_and_complaints_columns_and_rows(e2e_both: E2E) -> None:
    """On SQLite and on PostgreSQL."""
    e2e = e2e_both
    cast = await start(e2e)
    d = e2e.d
    estate, unit, _ = await _ids(e2e)
    await _november(e2e, estate, unit)
    await e2e.settle()

    async def export(text: str, name: str) -> list[tuple[Any, ...]]:
        mark = (await d.last(cast.desk)).message_id  # type: ignore[union-attr]
        await d.send(cast.desk, text)
        sent = await d.wait_for(cast.desk, predicate=_group_doc(name, mark))
        assert sent.document is not None
        book = load_workbook(io.BytesIO(await d.file_bytes(sent.document.file_id)))
        return list(book.active.iter_rows(values_only=True))

    repairs = await export("/export repairs 2026-11-01 2026-11-30", "repairs-HV-")
    assert list(repairs[0]) == says("export-x-header", EN).split("|")
    by_number = {r[0]: r for r in repairs[1:]}
    assert sorted(by_number) == ["R-2026-000901", "R-2026-000902", "R-2026-000903",
                                 "R-2026-000904"]
    r1, r2, r3, r4 = (by_number[f"R-2026-00090{n}"] for n in range(1, 5))
    assert r1[1] == "repair" and r1[3] == "A-12B" and r1[4] == "2026-11-02 10:00"
    assert r1[9:] == ("yes", "yes", "yes")
    assert r2[9] == "no" and r2[11] == "yes"
    assert r3[9:] == ("yes", "no", "—")
    assert r4[9:] == ("yes", "yes", "no")
    complaints = await export("/export complaints 2026-11-01 2026-11-30", "complaints-HV-")
    rows = {r[0]: r for r in complaints[1:]}
    assert rows["C-2026-000901"][10] == "yes" and rows["C-2026-000902"][10] == "no"
    assert rows["C-2026-000901"][9] == "—"
    # A narrower period holds fewer rows; the day may come first, as Hong Kong writes it.
    assert len(await export("/export repairs 1/11/2026 15/11/2026", "repairs-HV-")) == 3
    # Bad input is answered clearly; nothing is sent.
    for text, key, args in (
            ("/export repairs 2026-11-31 2026-12-01", "export-bad-date", {"text": "2026-11-31"}),
            ("/export repairs 2026-11-30 2026-11-01", "export-dates-inverted",
             {"first": date(2026, 11, 30), "last": date(2026, 11, 1)}),
            ("/export tickets 2026-11-01 2026-11-30", "export-usage", {}),
            ("/export repairs 2026-11-01", "export-usage", {})):
        mark = (await d.last(cast.desk)).message_id  # type: ignore[union-attr]
        await d.send(cast.desk, text)
        reply = await d.wait_for(cast.desk, after=mark)
        assert reply.document is None
        assert says(key, EN, **args) in reply.content, (text, reply.content)
