"""A poisoned update (a lone UTF-16 surrogate in its text) cannot stop ingest: the process
keeps it as failed, apologises, answers everyone after it, and starts cleanly again."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

from sqlalchemy import select

from domain.model import Locale
from sandbox.driver import User
from store.tables.infra import InboxRow, OutboxRow
from tests.bot.conftest import says
from tests.e2e.conftest import E2E
from tests.e2e.test_process import start_webhook

NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


def poisoned(user: User, message_id: int) -> dict[str, object]:
    """What Telegram can send: JSON whose text holds an unpaired "\\ud800" escape."""
    person = {"id": user.id, "is_bot": False, "first_name": "Poison", "language_code": "en"}
    return {"message": {"message_id": message_id, "date": int(time.time()),
                        "chat": {"id": user.id, "type": "private", "first_name": "Poison"},
                        "from": person, "text": "repair \ud800 please"}}


async def _row(e2e: E2E, update_id: int) -> tuple[str, str | None]:
    async with e2e.db.reader() as s:
        row = (await s.execute(select(InboxRow.status, InboxRow.error).where(
            InboxRow.update_id == update_id))).one()
    return row.status, row.error


async def test_a_lone_surrogate_does_not_make_the_bot_deaf(e2e: E2E) -> None:
    e2e.freeze(NOW)
    await e2e.seed(NOW)
    d = e2e.d
    poisoner = await d.user("Poison", language_code="en")
    residents = [await d.user(f"Resident {i}", language_code="en") for i in range(4)]
    # Queued while the bot is down, so the poison and the four arrive in one getUpdates.
    await d.send(poisoner, "/help")  # (a bot may only write to those who wrote first)
    bad = await d.push_raw(poisoned(poisoner, 9001))
    for r in residents:
        await d.send(r, "/help")
    e2e.bot.start()
    await e2e.bot.wait_ready(d)
    for r in residents:
        await d.wait_for(r, contains="assistant", timeout=20)
    await d.wait_for(poisoner, contains=says("error-failed", Locale.EN)[:30])
    await e2e.settle()
    answered = sum([bool(await d.messages(r, from_bot=True)) for r in residents])
    status, error = await _row(e2e, bad)
    print(f"\nFIGURES poison: later residents answered {answered} of 4; poisoned row {status}")
    assert answered == 4 and status == "failed" and error and error.startswith("unencodable")
    assert not await d.pending_updates()  # the offset moved past it
    # A restart does not meet it again: the poller lives and answers the next person.
    assert e2e.bot.stop() == 0
    e2e.bot.start()
    await e2e.bot.wait_ready(d)
    await d.send(residents[0], "/help")
    await d.wait_for(residents[0], contains="assistant", after=1, timeout=20)
    await e2e.settle()
    # The help and one apology, not one apology a start.
    assert len(await d.messages(poisoner, from_bot=True)) == 2
    log = e2e.bot.log()
    assert log.count(f"update {bad} (message) cannot be processed") == 1
    assert "died" not in log and "Traceback" not in log and "\\ud800" not in log
    assert "repair" not in log


async def test_a_lone_surrogate_by_webhook_is_stored_and_answered_200(e2e: E2E) -> None:
    await start_webhook(e2e)
    d = e2e.d
    poisoner = await d.user("Poison", language_code="en")
    resident = await d.user("Resident", language_code="en")
    await d.send(poisoner, "/help")
    await d.wait_for(poisoner, contains="assistant", timeout=20)
    bad = await d.push_raw(poisoned(poisoner, 9001))
    await d.send(resident, "/help")
    await d.wait_for(resident, contains="assistant", timeout=20)
    await d.wait_for(poisoner, contains=says("error-failed", Locale.EN)[:30])
    await e2e.settle()
    attempts = [e for e in await d.webhook_log() if e["update_id"] == bad]
    assert [e["status"] for e in attempts] == [200]  # stored at once, not retried
    status, _ = await _row(e2e, bad)
    assert status == "failed"
    async with e2e.db.reader() as s:
        payload = await s.scalar(select(InboxRow.payload).where(InboxRow.update_id == bad))
    assert payload is not None and "\\ud800" in payload  # the raw JSON as received


async def test_an_album_whose_answer_cannot_be_read_does_not_block_the_work_order(
        e2e: E2E) -> None:
    """The live incident: a crew group's album answered unreadably was retried 27 times in
    60 s and the work order with Accept behind it never arrived."""
    from tests.bot.office import staffed_office
    from tests.bot.test_repair_flow import report_leak

    e2e.freeze(NOW)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await staffed_office(e2e)
    d = e2e.d
    await e2e.settle()
    await d.garble("sendMediaGroup")  # every album goes out; no answer can be read
    started = time.monotonic()
    number = await report_leak(e2e, cast, photos=2)  # type: ignore[arg-type]
    card = await d.wait_for(cast.plumbing_group, contains=f"派工單 {number}", timeout=30)
    took = time.monotonic() - started
    assert card.buttons  # Accept is there
    await e2e.settle()
    albums = [c for c in await d.calls("sendMediaGroup") if c.chat_id == cast.plumbing_group.id]
    log = e2e.bot.log()
    print(f"\nFIGURES crew album: {len(albums)} attempts before parking; work order in "
          f"{took:.1f} s from the report")
    assert len(albums) == 3
    async with e2e.db.reader() as s:
        row = (await s.execute(select(OutboxRow.id, OutboxRow.status).where(
            OutboxRow.chat_id == cast.plumbing_group.id,
            OutboxRow.method == "sendMediaGroup"))).one()
    assert row.status == "failed"
    line = f"ERROR bot.app: outbox row {row.id} (sendMediaGroup) parked: outcome unknown"
    for _ in range(100):  # written just after the row is recorded as failed
        if line in log:
            break
        await asyncio.sleep(0.05)
        log = e2e.bot.log()
    assert line in log, log[-3000:]
    assert "Water drips" not in log, [x for x in log.splitlines() if "Water drips" in x][:3]
