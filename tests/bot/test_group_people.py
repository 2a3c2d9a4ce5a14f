"""Staff commands in groups act for the person who wrote them, never for the group; once the bot
is out of a group nothing more is sent there."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update

from domain.model import Locale
from sandbox.driver import Chat
from store.tables.infra import AuditRow, OutboxRow
from store.uow import SqlUnitOfWork
from tests.bot.conftest import Stack, says
from tests.bot.office import staffed_office
from tests.bot.test_repair_flow import report_leak

EN = Locale.EN
ANONYMOUS_ADMIN = {"id": 1087968824, "is_bot": True, "first_name": "Group",
                   "username": "GroupAnonymousBot"}
ASK = {says("group-write-as-yourself", locale) for locale in Locale}
CHANNEL_BOT = {"id": 136817688, "is_bot": True, "first_name": "Channel",
               "username": "Channel_Bot"}


def _as(chat: Chat, sender: dict[str, Any], sender_chat: dict[str, Any], text: str,
        message_id: int) -> dict[str, Any]:
    group = {"id": chat.id, "title": "Plumbing", "type": "group"}
    return {"message": {"message_id": message_id, "date": 1796000000, "chat": group,
                        "from": sender, "sender_chat": sender_chat or group, "text": text,
                        "entities": [{"type": "bot_command", "offset": 0,
                                      "length": len(text.split()[0])}]}}


async def test_queue_in_a_group_checks_the_person_not_the_group(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d, group = stack.d, cast.plumbing_group
    number = await report_leak(stack, cast)
    await stack.settle()
    mark = (await d.last(group)).message_id  # type: ignore[union-attr]
    channel = {"id": -1009999, "title": "Estate news", "type": "channel"}
    for n, raw in enumerate([
            _as(group, ANONYMOUS_ADMIN, {}, "/queue", 90001),            # an anonymous admin
            _as(group, CHANNEL_BOT, channel, "/queue", 90002),           # a channel
            _as(group, {"id": cast.plumbers[0].id, "is_bot": False, "first_name": "Pat"}, {},
                "/queue", 90003),                                        # a member as the group
            _as(group, ANONYMOUS_ADMIN, {}, "/ticket " + number, 90004),
            _as(group, ANONYMOUS_ADMIN, {}, "/link K7M2Q-9XD4T", 90005)]):
        await d.push_raw(raw)
        await stack.settle()
        told = await d.wait_for(group, predicate=lambda m: m.content in ASK, after=mark)
        mark = told.message_id
        assert number not in told.content, n
    # A resident who is a member of the crew group is no staff.
    await d.add_member(group, cast.resident)
    await d.send(cast.resident, "/queue", chat=group)
    refused = await d.wait_for(group, contains=says("error-not-authorized", EN), after=mark)
    # The crew member writing as themselves gets the queue.
    await d.send(cast.plumbers[0], "/queue", chat=group)
    queue = await d.wait_for(group, contains=number, after=refused.message_id)
    assert queue.content not in ASK
    texts = [m.content for m in await d.messages(group, from_bot=True)
             if m.message_id > told.message_id - 10]
    assert sum(number in t for t in texts) == 1
    async with stack.db.reader() as s:
        denied = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.entity == "security", AuditRow.action == "denied"))
    assert denied == 6


async def test_nothing_is_sent_to_a_group_the_bot_is_out_of(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d = stack.d
    # A stranger adds the bot and at once writes to it: the bot leaves and says nothing there.
    stranger = await d.user("Stranger")
    other = await d.group("Random chat", [stranger])
    await d.add_bot(other, by=stranger)
    await d.send(stranger, "/link K7M2Q-9XD4T", chat=other)
    await d.send(stranger, "/queue", chat=other)
    await stack.settle()
    calls = [c for c in await d.calls() if c.chat_id == other.id]
    assert [c.method for c in calls] == ["leaveChat"]
    # Removed from a linked group: what was still queued for it is dropped, not tried.
    async with SqlUnitOfWork(stack.db.writer()) as uow:
        await uow.outbox.add(cast.electrical_group.id, "sendMessage",
                             {"chat_id": cast.electrical_group.id, "text": "later"},
                             now=stack.clock.now())
        await uow.commit()
    async with stack.db.writer() as s:  # not due yet, so it waits in the queue
        await s.execute(update(OutboxRow).where(
            OutboxRow.chat_id == cast.electrical_group.id, OutboxRow.status == "pending")
            .values(not_before=stack.clock.now().replace(year=2099)))
        await s.commit()
    await d.remove_bot(cast.electrical_group, by=cast.manager)
    await stack.settle()
    async with SqlUnitOfWork(stack.db.writer()) as uow:  # anything queued later neither
        await uow.outbox.add(cast.electrical_group.id, "sendMessage",
                             {"chat_id": cast.electrical_group.id, "text": "after"},
                             now=stack.clock.now())
        await uow.commit()
    stack.runtime.sender.wake()
    await stack.settle()
    async with stack.db.reader() as s:
        rows = (await s.execute(select(OutboxRow.method, OutboxRow.status).where(
            OutboxRow.chat_id == cast.electrical_group.id, OutboxRow.method == "sendMessage",
            OutboxRow.payload.contains("after") | OutboxRow.payload.contains("later")))).all()
    assert sorted(map(tuple, rows)) == [("sendMessage", "dropped")] * 2
    sent = [c for c in await d.calls() if c.chat_id == cast.electrical_group.id
            and c.params.get("text") in {"later", "after"}]
    assert sent == []


async def test_help_in_a_group_lists_that_groups_commands(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d = stack.d
    sent = await d.send(cast.plumbers[0], "/help", chat=cast.plumbing_group)
    help_ = await d.wait_for(cast.plumbing_group, contains=says("help-group", commands="")
                             .split("\n")[0], after=sent.message_id)
    assert "/queue · " + says("cmd-queue") in help_.content and "/ticket" in help_.content
    assert "/complaints" not in help_.content  # desk and managers only
    sent = await d.send(cast.desk, "/help", chat=cast.desk_group)
    desk = await d.wait_for(cast.desk_group, contains="/complaints", after=sent.message_id)
    assert "/queue" in desk.content
    # A group not linked yet is told how to link it.
    team = await d.group("Team", [cast.manager])
    await d.add_bot(team, by=cast.manager)
    await d.wait_for(team, contains="/link")
    sent = await d.send(cast.manager, "/help", chat=team)
    await d.wait_for(team, contains=says("group-link-usage", EN), after=sent.message_id)
