"""Announcements (通告) through the real `propdesk run` process: the desk writes one to two
buildings (the third is not reached), residents press Read (once counts), one resident has
blocked the bot (counted, not retried), the desk reminds the unread once (a second press is
answered); a restart halfway through a fan-out sends the rest and nobody twice; an urgent one
is pinned in the staff groups."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from conversations.announce.callbacks import AnnounceCb, AnnounceFormCb
from domain.model import Locale, Relation
from domain.ports import UnitAttrs
from sandbox.driver import BotMessage, User
from store.tables.infra import AuditRow
from store.uow import SqlUnitOfWork
from tests.bot.conftest import says
from tests.bot.office import staffed_office
from tests.e2e.conftest import E2E

EN = Locale.EN
MON_10 = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # Monday 10:00 in Hong Kong


async def households(e2e: E2E, building: str, count: int, *, floor0: int = 1,
                     relation: Relation = Relation.OWNER) -> list[User]:
    """`count` flats of `building` with one resident each, on Telegram (started the bot)."""
    users = [await e2e.d.user(f"R{building}{n}", language_code="en") for n in range(count)]
    for u in users:
        e2e.server.world.users[u.id].started = True
    async with SqlUnitOfWork(e2e.db.writer()) as uow:
        estate = await uow.estates.by_code("HV")
        assert estate is not None
        building_row = await uow.units.upsert_building(estate.id, building, f"Block {building}")
        for n, u in enumerate(users):
            unit = await uow.units.upsert_unit(building_row, f"{floor0 + n}A", UnitAttrs(
                floor=str(floor0 + n)))
            person = await uow.people.add(u.first_name, EN, tg_user_id=u.id)
            await uow.tenures.add(person.id, unit.id, relation, date(2026, 1, 1))
        await uow.commit()
    return users


def announcements(messages: list[BotMessage]) -> list[BotMessage]:
    return [m for m in messages if "announcement — " in (m.text or "").lower()]


async def write(e2e: E2E, desk: User, text: str, scope: str, targets: str | None,
                *, urgent: bool = False, pdf: bytes | None = None) -> BotMessage:
    """/announce: one text for all, no photos, `scope` (+ targets), both, now; the preview."""
    d = e2e.d
    ask = await d.send(desk, "/announce")
    ask = await d.wait_for(desk, contains="One text for everyone", after=ask.message_id)
    await d.press(desk, ask, text=says("announce-btn-mode-one", EN))
    ask = await d.wait_for(desk, contains="Type the announcement", after=ask.message_id)
    await d.send(desk, "ok")  # too short: said, asked again, nothing lost
    ask = await d.wait_for(desk, contains="too short", after=ask.message_id)
    await d.send(desk, text)
    ask = await d.wait_for(desk, contains="up to 4 photos", after=ask.message_id)
    await d.press(desk, ask, AnnounceFormCb(op="photos").pack())
    ask = await d.wait_for(desk, contains="Send a PDF", after=ask.message_id)
    if pdf is None:
        await d.press(desk, ask, text=says("announce-btn-no-pdf", EN))
    else:
        await d.send_document(desk, b"not a pdf", "notice.txt", "text/plain")
        ask = await d.wait_for(desk, contains="Send a PDF", after=ask.message_id)
        await d.send_document(desk, pdf, "water-cut.pdf", "application/pdf")
    ask = await d.wait_for(desk, contains="Who is it for?", after=ask.message_id)
    await d.press(desk, ask, text=says(f"announce-btn-scope-{scope}", EN))
    if targets is not None:
        ask = await d.wait_for(desk, contains="Which", after=ask.message_id)
        await d.send(desk, "Z")
        ask = await d.wait_for(desk, contains="There is no building", after=ask.message_id)
        await d.send(desk, targets)
    ask = await d.wait_for(desk, contains="Owners, tenants or both?", after=ask.message_id)
    await d.press(desk, ask, text=says("announce-btn-reach-both", EN))
    ask = await d.wait_for(desk, contains="Is it urgent", after=ask.message_id)
    await d.press(desk, ask, text=says("announce-btn-urgent-" + ("yes" if urgent else "no"),
                                       EN))
    ask = await d.wait_for(desk, contains="Send it now", after=ask.message_id)
    await d.press(desk, ask, text=says("announce-btn-when-now", EN))
    return await d.wait_for(desk, contains="Announcement — please check", after=ask.message_id)


async def test_announcement_two_buildings_read_remind_blocked(e2e_both: E2E) -> None:
    e2e = e2e_both
    e2e.freeze(MON_10)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await staffed_office(e2e)
    d, desk = e2e.d, cast.desk
    (lee,) = await households(e2e, "B", 1, floor0=30)
    block_c = await households(e2e, "C", 2)
    await e2e.settle()
    await d.fail_chat(lee, "blocked")  # Lee blocked the bot unseen: the send gets 403

    preview = await write(e2e, desk, "Water cut on 3 Dec, 10:00-14:00.", "buildings", "A, B",
                          pdf=b"%PDF-1.4\n" + bytes(300))
    assert "PDF: water-cut.pdf" in preview.content
    assert "Reaches 3 households, 3 people in chat; 1 cannot be reached" in preview.content
    await d.press(desk, preview, text=says("announce-btn-send", EN))
    await d.wait_for(desk, contains="is going out to 3 people", after=preview.message_id)
    chan, mary = cast.resident, cast.neighbour
    for u in (chan, mary):
        await d.wait_for(u, contains="Announcement — ")
    await e2e.settle()

    got = {u.first_name: announcements(await d.messages(u, from_bot=True))
           for u in (chan, mary, *block_c)}
    assert len(got["Chan"]) == 1 and len(got["Mary"]) == 1
    assert "Water cut on 3 Dec" in got["Chan"][0].content
    docs = [m for m in await d.messages(chan, from_bot=True) if m.document is not None]
    assert len(docs) == 1  # the PDF went with it
    assert all(not got[u.first_name] for u in block_c)  # block C was not reached

    # Read: recorded once; a second press is answered and changes nothing.
    pressed = await d.press(chan, got["Chan"][0], text=says("announce-btn-read", EN))
    assert "marked as read" in str((await d.callback_answer(pressed)).text)
    pressed = await d.press(chan, got["Chan"][0], text=says("announce-btn-read", EN))
    assert "Already marked" in str((await d.callback_answer(pressed)).text)
    await e2e.settle()

    ask = await d.send(desk, "/announcements")
    card = await d.wait_for(desk, contains="Announcement 1", after=ask.message_id)
    assert "3 people: 2 delivered, 1 read, 1 blocked the bot" in card.content
    assert "Block A: 2/2 delivered, 1 read, 0 blocked" in card.content
    assert "Block B: 0/1 delivered, 0 read, 1 blocked" in card.content
    assert card.buttons, card.content
    pressed = await d.press(desk, card, text=says("announce-btn-remind", EN))
    assert "reminder is going" in str((await d.callback_answer(pressed)).text)
    await d.wait_for(mary, contains="Reminder — ")
    await e2e.settle()
    # The card's button is gone; a second press (an old copy of it) is answered, not obeyed.
    pressed = await d.press(desk, card, AnnounceCb(op="remind", id=1).pack(), forge=True)
    assert "already sent" in str((await d.callback_answer(pressed)).text)
    await e2e.settle()

    reminders = [m for m in await d.messages(mary, from_bot=True)
                 if "Reminder — " in (m.text or "")]
    assert len(reminders) == 1
    assert not [m for m in await d.messages(chan, from_bot=True)
                if "Reminder — " in (m.text or "")]
    async with e2e.db.reader() as s:
        reminds = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.entity == "announcement", AuditRow.action == "remind"))
        reads = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.entity == "announcement", AuditRow.action == "read"))
    assert reminds == 1 and reads == 1
    stats = await d.stats()
    assert stats["given_403"] >= 1


async def test_restart_midway_sends_the_rest_never_twice(e2e: E2E) -> None:
    """40 households at 10 messages a second, queued 5 at a time; the bot is stopped after
    some went out and started again: everyone gets it exactly once."""
    e2e.bot.env.update({"PROPDESK_OUTBOX__GLOBAL_PER_S": "10",
                        "PROPDESK_OUTBOX__BULK_RESERVE_PER_S": "1",
                        "PROPDESK_SWEEPER__ANNOUNCE_BATCH": "5",
                        "PROPDESK_SWEEPER__ANNOUNCE_BACKLOG": "5"})
    e2e.freeze(MON_10)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await staffed_office(e2e)
    d, desk = e2e.d, cast.desk
    many = await households(e2e, "D", 40)
    preview = await write(e2e, desk, "Lift maintenance on Friday morning.", "buildings", "D",
                          urgent=True)
    assert "Reaches 40 households, 40 people in chat" in preview.content
    await d.press(desk, preview, text=says("announce-btn-send", EN))
    await d.wait_for(desk, contains="is going out to 40 people", after=preview.message_id)

    # Urgent: shown and pinned in the staff groups.
    pinned = await d.wait_for(cast.desk_group, contains="已向住戶發出緊急通告")
    for _ in range(100):
        if pinned.message_id in e2e.server.world.chats[cast.desk_group.id].pinned:
            break
        await asyncio.sleep(0.05)
    assert pinned.message_id in e2e.server.world.chats[cast.desk_group.id].pinned

    reached = 0
    for _ in range(400):
        counts = Counter(c.chat_id for c in await d.calls("sendMessage"))
        reached = sum(1 for u in many if counts.get(u.id))
        if reached >= 10:
            break
        await asyncio.sleep(0.05)
    assert 10 <= reached < 40, reached
    await asyncio.to_thread(e2e.bot.stop)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    for _ in range(1200):  # queued 5 at a time: the outbox empties between passes
        counts = Counter(c.chat_id for c in await d.calls("sendMessage") if c.ok)
        if all(counts.get(u.id) for u in many):
            break
        await asyncio.sleep(0.05)
    await e2e.settle(timeout=60)
    for u in many:
        assert len(announcements(await d.messages(u, from_bot=True))) == 1, u.first_name
