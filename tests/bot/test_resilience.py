"""A briefly locked database: the person is told, the draft survives, nothing half-written."""

from __future__ import annotations

import asyncio
import sqlite3
import threading

from sqlalchemy import func, select

from domain.model import Locale
from sandbox.driver import BotMessage, Driver, User
from store.tables.infra import FsmRow, InboxRow
from tests.bot.conftest import Stack, says


def hold_lock(path: str, seconds: float, locked: threading.Event) -> None:
    conn = sqlite3.connect(path, timeout=10)
    conn.execute("BEGIN EXCLUSIVE")
    locked.set()
    threading.Event().wait(seconds)
    conn.rollback()
    conn.close()


async def link_form_to_the_name(d: Driver, user: User) -> BotMessage:
    """A new person asks to be linked to A-15C as its owner, up to the name question."""
    await d.send(user, "/start")
    welcome = await d.wait_for(user, contains="Welcome")
    await d.press(user, welcome, text=says("btn-request-link", Locale.EN))
    await d.wait_for(user, contains="Which unit")
    await d.send(user, "A-15C")
    rel = await d.wait_for(user, contains="How do you hold")
    await d.press(user, rel, text="owner")
    return await d.wait_for(user, contains="full name")


async def test_locked_database_keeps_the_draft(stack: Stack) -> None:
    await stack.seed()
    d = stack.d
    user = await d.user("U", language_code="en")
    await link_form_to_the_name(d, user)
    await stack.settle()

    path = stack.settings.database.url.split(":///", 1)[1]
    locked = threading.Event()
    holder = threading.Thread(target=hold_lock, args=(path, 6.5, locked))
    holder.start()
    await asyncio.to_thread(locked.wait)
    await d.send(user, "Ho Ka Yan")
    await d.wait_for(user, contains=says("error-busy", Locale.EN)[:30], timeout=15)
    await d.wait_for(user, contains="phone number", timeout=20)
    await asyncio.to_thread(holder.join)
    await stack.settle()
    async with stack.db.reader() as s:
        row = (await s.execute(select(FsmRow.state, FsmRow.data))).one()
        failed = await s.scalar(select(func.count()).select_from(InboxRow).where(
            InboxRow.status != "done"))
    assert row.state == "LinkForm:waiting_phone"
    assert row.data["name"] == "Ho Ka Yan" and row.data["unit"] == "A-15C"
    assert failed == 0
