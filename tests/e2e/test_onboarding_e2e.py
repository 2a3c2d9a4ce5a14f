"""The real process: manager joins, staff group link, resident link, language, redelivery."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from domain.model import Locale
from store.tables.infra import InboxRow, OutboxRow
from tests.bot.conftest import says
from tests.e2e.conftest import E2E, TOKEN

NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


async def test_office_set_up_through_the_real_process(e2e: E2E) -> None:
    e2e.freeze(NOW)
    codes = await e2e.seed(NOW)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    d = e2e.d

    boss = await d.user("Boss", language_code="en")
    await d.send(boss, f"/start {codes.staff['manager']}")
    await d.wait_for(boss, contains="You are now")

    managers = await d.group("Managers", [boss])
    await d.add_bot(managers, by=boss)
    await d.wait_for(managers, contains="/link")
    await d.send(boss, f"/link {codes.groups['managers']}", chat=managers)
    await d.wait_for(managers, contains=says("purpose-managers"))

    owner = await d.user("Owner", language_code="zh-hans")
    await d.send(owner, f"/start {codes.residents['A-3A']}")
    await d.wait_for(owner, contains="A-3A")
    await d.send(owner, "/language")
    menu = await d.wait_for(owner, contains=says("language-choose", Locale.ZH_HANS))
    await d.press(owner, menu, text="English")
    await d.wait_for(owner, contains="Language set: English")
    await d.send(owner, "/help")
    await d.wait_for(owner, contains="Residents")
    await e2e.settle()
    assert e2e.bot.stop() == 0
    log = e2e.bot.log()
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
    assert codes.staff["manager"] not in log


async def test_a_redelivered_update_runs_once(e2e: E2E) -> None:
    e2e.freeze(NOW)
    await e2e.seed(NOW)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    user = await e2e.d.user("Visitor", language_code="en")
    sent = await e2e.d.send(user, "/help")
    await e2e.d.wait_for(user, contains="assistant")
    await e2e.settle()
    assert sent.update_id is not None
    await e2e.d.redeliver(sent.update_id)
    await e2e.settle()
    assert len(await e2e.d.messages(user, from_bot=True)) == 1
    async with e2e.db.reader() as s:
        assert await s.scalar(select(func.count()).select_from(InboxRow).where(
            InboxRow.update_id == sent.update_id)) == 1
        assert await s.scalar(select(func.count()).select_from(OutboxRow).where(
            OutboxRow.update_id == sent.update_id)) == 1


async def test_a_unit_is_accepted_as_people_write_it(e2e: E2E) -> None:
    """VOICE.md: A座12樓B室 and full-width digits work where A-12B does; an unknown unit is
    refused with the spellings that work."""
    e2e.freeze(NOW)
    await e2e.seed(NOW)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    d = e2e.d
    zh = Locale.ZH_HANT
    user = await d.user("Resident", language_code="zh-hk")
    await d.send(user, "/start")
    welcome = await d.wait_for(user, contains=says("btn-have-code", zh))
    await d.press(user, welcome, text=says("btn-request-link", zh))
    await d.wait_for(user, contains="A座12樓B室")  # the question shows a natural spelling
    await d.send(user, "C座99樓Z室")
    await d.wait_for(user, contains=says("unit-not-found", zh, unit="C座99樓Z室"))
    await d.send(user, "Ａ座３樓Ａ室")
    await d.wait_for(user, contains=says("link-ask-relation", zh))
    await e2e.settle()
    assert e2e.bot.stop() == 0
