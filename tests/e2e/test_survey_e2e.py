"""A quarterly survey through the real `propdesk run` process and the command line: 30
households sampled from 60 occupied ones across three blocks, answers from some, reminders only
to the rest, the window closes and the summary with charts and a spreadsheet reaches the
managers group. The bot's clock is moved with the clock file."""

from __future__ import annotations

import asyncio
import io
import json
import subprocess
from datetime import UTC, datetime

from openpyxl import load_workbook
from sqlalchemy import func, select

from bot.reports.charts import pyplot
from domain import registry
from domain.model import CodeKind, Relation
from sandbox.driver import BotMessage, User
from store.tables.infra import FiredRow
from store.tables.surveys import SurveyCampaignRow, SurveyHouseholdRow
from store.uow import SqlUnitOfWork
from tests.bot.conftest import says
from tests.bot.office import staffed_office
from tests.bot.survey.helpers import Plan, fill
from tests.e2e.conftest import E2E, PROPDESK

NOV_27 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
SEND = datetime(2026, 12, 15, 2, 0, tzinfo=UTC)
REMIND_1 = datetime(2026, 12, 20, 2, 0, tzinfo=UTC)
REMIND_2 = datetime(2026, 12, 27, 2, 0, tzinfo=UTC)
CLOSE = datetime(2026, 12, 29, 16, 0, tzinfo=UTC)
NEW = [(b, f"{n}{b}") for b in "ABC" for n in range(101, 119)]   # 54 more occupied units


async def more_households(e2e: E2E, estate_id: int) -> dict[str, User]:
    """54 more occupied units (and 5 vacant ones) with an owner each, linked by code."""
    async with SqlUnitOfWork(e2e.db.writer()) as uow:
        estate = await uow.estates.get(estate_id)
        assert estate is not None
        rows = [(n, {"building": b, "unit": u}) for n, (b, u) in enumerate(NEW, start=2)]
        rows += [(100 + n, {"building": "C", "unit": f"9{n}", "occupied": "no"})
                 for n in range(5)]
        await registry.import_units(uow, estate, rows)
        codes = {f"{b}-{u}": await registry.issue_code(
            uow, kind=CodeKind.RESIDENT, estate=estate, now=NOV_27, created_by="test",
            pepper="", unit_label=f"{b}-{u}", relation=Relation.OWNER, name=f"Owner {b}{u}",
            days=30) for b, u in NEW}
        await uow.commit()
    users = {label: await e2e.d.user(f"Owner {label}", language_code="en") for label in codes}
    await e2e.d.send_many([(users[label], f"/start {code}") for label, code in codes.items()])
    await e2e.settle(timeout=60)
    return users


def admin(e2e: E2E, *args: str) -> dict:  # type: ignore[type-arg]
    done = subprocess.run([PROPDESK, "admin", "--json", *args], env=e2e.bot.env,
                          cwd=e2e.bot.env["PROPDESK_CWD"], capture_output=True, timeout=60,
                          check=False)
    return json.loads(done.stdout.decode().strip().splitlines()[-1])


async def reminded(e2e: E2E, users: dict[str, User], count: int) -> set[str]:
    """Units whose resident got `count` reminders so far."""
    out = set()
    for label, user in users.items():
        got = [m for m in await e2e.d.messages(user, from_bot=True) if "Reminder" in m.content]
        if len(got) >= count:
            out.add(label)
    return out


async def test_quarterly_survey_through_the_real_process(e2e: E2E) -> None:
    e2e.freeze(NOV_27)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await staffed_office(e2e)
    d = e2e.d
    users = await more_households(e2e, cast.codes.estate.id)
    users |= {"A-12B": cast.resident, "A-3A": cast.neighbour}

    plan = await asyncio.to_thread(admin, e2e, "survey", "create", "--estate", "HV",
                                   "--quarter", "2026Q4", "--share", "0.5", "--seed", "2026")
    assert plan["ok"] and plan["households"] == 30, plan
    assert plan["sample"]["per_building"] == {"A": 11, "B": 10, "C": 9}
    assert plan["sample"]["vacant"] == 5 and plan["sample"]["unreachable"] == 0
    sampled = plan["units"]
    assert not any(u.startswith("C-9") for u in sampled)
    await d.wait_for(cast.managers_group, contains="發放戶數：30")

    e2e.freeze(SEND)
    await d.wait_for(cast.managers_group, contains="已發給 30 戶", timeout=20)
    invites: dict[str, BotMessage] = {}
    for label in sampled:
        invites[label] = await d.wait_for(users[label], contains="satisfaction survey")
    others = [label for label in users if label not in sampled]
    await e2e.settle()
    assert not [label for label in others if any(
        "satisfaction survey" in m.content for m in await d.messages(users[label]))]

    # Twelve households answer (known problems); one stops after three questions.
    plans = [Plan(ratings={1: 2}, reasons={1: 3}) for _ in range(6)]           # repairs: slow
    plans += [Plan(ratings={2: 1}, reasons={2: 0}) for _ in range(4)]         # security: guards
    plans += [Plan(ratings={3: 2}, reasons={3: 4}, notes={3: "Rats by the bins"}),
              Plan(ratings={6: 2})]                                         # fees: no reason
    answering = sampled[:12]
    await asyncio.gather(*(fill(d, users[u], invites[u], p) for u, p in zip(answering, plans,
                                                                           strict=True)))
    await fill(d, users[sampled[12]], invites[sampled[12]], Plan(stop_after=3))
    await e2e.settle()

    e2e.freeze(REMIND_1)
    first = {label: await d.wait_for(users[label], contains="Reminder", timeout=20)
             for label in sampled[12:]}
    await e2e.settle()
    assert await reminded(e2e, users, 1) == set(sampled[12:])

    # One more answers from the reminder, with a comment.
    late = sampled[13]
    await fill(d, users[late], first[late], Plan(comment="Please fix the lobby door"))
    e2e.freeze(REMIND_2)
    for label in [sampled[12], *sampled[14:]]:
        await d.wait_for(users[label], contains="Reminder", after=first[label].message_id,
                         timeout=20)
    await e2e.settle()
    assert await reminded(e2e, users, 2) == set(sampled[12:]) - {late}
    assert await reminded(e2e, users, 3) == set()

    e2e.freeze(CLOSE)
    report = await d.wait_for(cast.managers_group, contains="業主評議表匯總分析", timeout=30)
    # The charts and the spreadsheet are made after the summary's commit; the spreadsheet
    # comes last.
    await d.wait_for(cast.managers_group, predicate=lambda m: bool(m.document),
                     after=report.message_id, timeout=30)
    await e2e.settle()
    assert "回收率 43.3%" in report.content
    assert "1. 維修服務：回應慢或安排欠妥 —— 6" in report.content
    assert "2. 保安服務：保安員態度或警覺性 —— 4" in report.content
    assert "\n3. " not in report.content.split("關鍵的少數")[1].split("原因")[0]
    assert "Please fix the lobby door" in report.content
    msgs = [m for m in await d.messages(cast.managers_group, from_bot=True)
            if m.message_id > report.message_id]
    photos = [m for m in msgs if m.photo_file_id]
    assert [p.caption.split("：")[-1] for p in photos] == ["各項服務評分", "問題排列圖", "因果圖"]
    for p in photos:
        image = pyplot().imread(io.BytesIO(await d.file_bytes(p.photo_file_id)))  # type: ignore[arg-type]
        height, width = image.shape[:2]
        assert width > 800 and height > 400
    sheet = next(m for m in msgs if m.document)
    assert sheet.document is not None
    book = load_workbook(io.BytesIO(await d.file_bytes(sheet.document.file_id)))
    summary = {r[0]: r[1] for r in book["概要"].iter_rows(min_row=2, values_only=True)}
    assert (summary["抽樣戶數"], summary["已發放（Telegram 或紙本）"], summary["已回覆"],
            summary["紙本"]) == (30, 30, 13, 0)
    assert summary["回收率"] == 0.4333 and summary["已提供原因"] == 11
    pareto = [(*r[1:5], r[5] or None)
              for r in book["排列圖"].iter_rows(min_row=2, values_only=True)]
    assert pareto == [("維修服務：回應慢或安排欠妥", 6, 0.5, 0.5, "是"),
                      ("保安服務：保安員態度或警覺性", 4, 0.3333, 0.8333, "是"),
                      ("清潔服務：蟲鼠、垃圾房衞生", 1, 0.0833, 0.9167, None),
                      ("管理費及財務透明度：未註明原因", 1, 0.0833, 1.0, None)]
    bones = {r[0]: r[1] for r in book["因果圖"].iter_rows(min_row=2, values_only=True) if r[0]}
    assert bones == {"人（員工）": 4, "機（設備）": 0, "料（物料、資訊）": 0, "法（程序）": 6,
                     "環（環境）": 1, "已提供原因總數": 11}
    services = {r[0]: r[1:3] for r in book["各項服務"].iter_rows(min_row=2, values_only=True)}
    assert services["維修服務"] == (13, 3.62) and services["保安服務"] == (13, 3.77)
    homes = [r[1] for r in book["住戶"].iter_rows(min_row=2, values_only=True)]
    assert (homes.count("已回覆"), homes.count("已開始，未完成"),
            homes.count("已發放，未回覆")) == (13, 1, 16)

    await d.press(cast.manager, report, text=says("survey-btn-reviewed"))
    await d.wait_for(cast.managers_group, contains="已由 Boss")
    await e2e.settle()
    async with e2e.db.reader() as s:
        assert await s.scalar(select(SurveyCampaignRow.status)) == "reviewed"
        levels = sorted(await s.scalars(select(FiredRow.level).where(FiredRow.entity ==
                                                                     "survey")))
        linked = await s.scalar(select(func.count()).select_from(SurveyHouseholdRow).where(
            SurveyHouseholdRow.response_id.is_not(None)))
    assert levels == ["close", "remind-1", "remind-2", "send"] and linked == 0
    assert e2e.bot.stop() == 0
    assert "Traceback" not in e2e.bot.log()
