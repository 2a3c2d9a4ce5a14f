"""Joining, whole flows through the sandbox: staff codes, group links, resident links."""

from __future__ import annotations

from sqlalchemy import func, select

from domain.model import GroupStatus, Locale
from store.tables.infra import AuditRow
from store.tables.registry import GroupRow, PersonRow, StaffRow, TenureRow
from tests.bot.conftest import Stack, says


async def test_manager_joins_with_invite_code(stack: Stack) -> None:
    codes = await stack.seed()
    boss = await stack.d.user("Boss", language_code="en")
    await stack.d.send(boss, f"/start {codes.staff['manager']}")
    msg = await stack.d.wait_for(boss, contains="Welcome!")
    assert "manager" in msg.content and codes.estate.name in msg.content
    await stack.settle()
    commands = [c for c in await stack.d.commands()
                if c.get("scope", {}).get("chat_id") == boss.id]
    assert commands and {"help", "language", "cancel"} <= {
        x["command"] for x in commands[-1]["commands"]}
    async with stack.db.reader() as s:
        assert await s.scalar(select(func.count()).select_from(StaffRow)) == 1


async def test_code_is_single_use_and_guessing_is_throttled(stack: Stack) -> None:
    codes = await stack.seed()
    a = await stack.d.user("A")
    b = await stack.d.user("B")
    await stack.d.send(a, f"/start {codes.staff['desk']}")
    await stack.d.wait_for(a, contains="歡迎")
    await stack.d.send(b, f"/start {codes.staff['desk']}")
    await stack.d.wait_for(b, contains=says("code-used"))
    for i in range(5):
        await stack.d.send(b, f"/start ZZZZZ-ZZZZ{i + 2}")
    await stack.d.wait_for(b, contains=says("code-too-many-attempts", minutes=15))
    await stack.settle()
    async with stack.db.reader() as s:
        assert await s.scalar(select(func.count()).select_from(StaffRow)) == 1
        denied = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.action == "rejected"))
    # One reused code and four guesses reach the limit of five; the fifth guess is throttled.
    assert denied == 5


async def test_staff_group_link_and_strangers_group_is_left(stack: Stack) -> None:
    codes = await stack.seed()
    boss = await stack.d.user("Boss")
    await stack.d.send(boss, f"/start {codes.staff['manager']}")
    await stack.d.wait_for(boss, contains="歡迎")
    desk = await stack.d.group("Desk team", [boss])
    await stack.d.add_bot(desk, by=boss)
    await stack.d.wait_for(desk, contains="/link")
    await stack.d.send(boss, f"/link {codes.groups['desk']}", chat=desk)
    await stack.d.wait_for(desk, contains=says("purpose-desk"))
    async with stack.db.reader() as s:
        row = (await s.execute(select(GroupRow.status, GroupRow.purpose).where(
            GroupRow.chat_id == desk.id))).one()
    assert tuple(row) == ("active", "desk")

    stranger = await stack.d.user("Stranger")
    other = await stack.d.group("Random chat", [stranger])
    await stack.d.add_bot(other, by=stranger)
    await stack.settle()
    assert other.id not in {c.id for c in await stack.d.bot_chats()}
    assert await stack.d.messages(other, from_bot=True) == []
    # Whatever is said there later is ignored.
    await stack.d.send(stranger, "/help", chat=other)
    await stack.settle()
    assert await stack.d.messages(other, from_bot=True) == []


async def test_unlinked_group_is_left_after_grace_period(stack: Stack) -> None:
    from datetime import timedelta

    codes = await stack.seed()
    boss = await stack.d.user("Boss")
    await stack.d.send(boss, f"/start {codes.staff['manager']}")
    await stack.d.wait_for(boss, contains="歡迎")
    team = await stack.d.group("Team", [boss])
    await stack.d.add_bot(team, by=boss)
    await stack.d.wait_for(team, contains="/link")
    stack.clock.advance(timedelta(minutes=11))
    await stack.sweep()
    assert team.id not in {c.id for c in await stack.d.bot_chats()}
    async with stack.db.reader() as s:
        status = await s.scalar(select(GroupRow.status).where(GroupRow.chat_id == team.id))
    assert status == GroupStatus.LEFT.value


async def test_resident_links_with_code_and_switches_language(stack: Stack) -> None:
    codes = await stack.seed()
    chan = await stack.d.user("Chan", language_code="zh-hant")
    await stack.d.send(chan, f"/start {codes.residents['A-12B']}")
    msg = await stack.d.wait_for(chan, contains="A-12B")
    assert says("relation-owner") in msg.content
    await stack.d.send(chan, "/language")
    menu = await stack.d.wait_for(chan, contains=says("language-choose"))
    await stack.d.press(chan, menu, text="English")
    await stack.d.wait_for(chan, contains="Language set: English")
    await stack.d.send(chan, "/start")
    await stack.d.wait_for(chan, contains="Welcome back")
    await stack.settle()
    english = [c for c in await stack.d.commands() if c.get("scope", {}).get("chat_id") == chan.id]
    assert english[-1]["commands"][0]["description"] == says("cmd-repair", Locale.EN)
    async with stack.db.reader() as s:
        # The code named the office's own record of the owner: the account is attached to it.
        assert await s.scalar(select(func.count()).select_from(TenureRow)) == 3
        assert await s.scalar(select(PersonRow.name).where(PersonRow.tg_user_id == chan.id)) \
            == "陳大文"


async def test_desk_issues_a_resident_code_in_chat(stack: Stack) -> None:
    codes = await stack.seed()
    clerk = await stack.d.user("Clerk", language_code="en")
    await stack.d.send(clerk, f"/start {codes.staff['desk']}")
    await stack.d.wait_for(clerk, contains="You are now")
    await stack.d.send(clerk, "/code staff manager")
    await stack.d.wait_for(clerk, contains="Only managers")
    await stack.d.send(clerk, "/code resident")
    await stack.d.wait_for(clerk, contains="Write for example")
    await stack.d.send(clerk, "/code resident B-20D tenant Ho Ka Yan")
    issued = await stack.d.wait_for(clerk, contains="One-time code")
    code = issued.content.split(": ", 1)[1].split()[0]
    newcomer = await stack.d.user("Ho", language_code="en")
    await stack.d.send(newcomer, f"/start {code}")
    await stack.d.wait_for(newcomer, contains="linked to unit B-20D (tenant)")
