"""Bad input against the real process: clear answers, nothing changed, no traceback logged."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from domain.model import Locale
from store.tables.registry import LinkRequestRow, PersonRow, StaffRow
from tests.bot.conftest import says
from tests.e2e.conftest import E2E

NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


async def test_bad_input_gets_clear_answers_and_no_traceback(e2e: E2E) -> None:
    e2e.freeze(NOW)
    codes = await e2e.seed(NOW)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    d = e2e.d
    en = Locale.EN
    user = await d.user("Tester", language_code="en")
    await d.send(user, "/frobnicate")
    await d.wait_for(user, contains=says("unknown-command", en))
    await d.send(user, "/start ABCDE-FGHJK")
    await d.wait_for(user, contains=says("code-invalid", en))
    await d.send(user, "\x00\x01\u202e" + "y" * 10_000)
    await d.wait_for(user, contains=says("unknown-text", en))
    pressed = await d.press(user, (user.id, 1), "ld1:ok:1", forge=True)
    assert (await d.callback_answer(pressed)).show_alert
    clerk = await d.user("Clerk", language_code="en")
    await d.send(clerk, f"/start {codes.staff['desk']}")
    await d.wait_for(clerk, contains="You are now")
    await d.send(user, f"/start {codes.staff['desk']}")
    await d.wait_for(user, contains=says("code-used", en))
    await d.send_photo(user, b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    await d.wait_for(user, contains=says("unknown-text", en), after=5)
    await e2e.settle()
    assert e2e.bot.stop() == 0
    log = e2e.bot.log()
    assert "Traceback" not in log and " ERROR " not in log
    async with e2e.db.reader() as s:
        assert await s.scalar(select(func.count()).select_from(StaffRow)) == 1
        assert await s.scalar(select(func.count()).select_from(LinkRequestRow)) == 0
        assert await s.scalar(select(func.count()).select_from(PersonRow).where(
            PersonRow.tg_user_id == user.id)) == 0
