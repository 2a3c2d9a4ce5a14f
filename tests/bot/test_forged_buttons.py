"""Forged button presses at volume (10,000): every CallbackData prefix the bot has, numbers no
column can hold, other tickets' ids, wrong chats and messages. None may crash a handler or
change state, and every refusal leaves a security audit row."""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
import random
from typing import Any, get_args

from aiogram.filters.callback_data import CallbackData
from sqlalchemy import func, select, text

from sandbox.driver import Chat, Pressed, User
from store.tables.infra import AuditRow, InboxRow
from tests.bot.conftest import Stack
from tests.bot.office import staffed_office
from tests.bot.test_repair_flow import report_leak

PRESSES = 10_000
# Tables a press must never change (the logs of the press itself are left out).
LOGS = {"inbox", "outbox", "audit", "message_refs", "alembic_version"}
HUGE = [2**63, 2**63 + 1, 2**64, 10**30, 9223372036854775808, -1, -(2**63) - 1]
WORDS = ["take", "way", "site", "done", "back", "contact", "ack", "ok", "no", "show", "rate",
         "yes", "skip", "go", "a", "cancel", "confirm", "nav", "day", "noop", "x", "", "../",
         "é", "9" * 20, "2026-13-40", "zz", "request"]


def callback_types() -> list[type[CallbackData]]:
    """Every CallbackData type in the bot's packages (imported, then found by subclassing)."""
    for package in ("bot.ui", "conversations", "handlers"):
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, f"{package}."):
            importlib.import_module(info.name)
    found: list[type[CallbackData]] = []
    stack = list(CallbackData.__subclasses__())
    while stack:
        cls = stack.pop()
        stack += cls.__subclasses__()
        if cls.__module__.split(".")[0] in {"bot", "conversations", "handlers"}:
            found.append(cls)
    return sorted(found, key=lambda c: c.__prefix__)


def _is_int(annotation: Any) -> bool:
    return annotation is int or int in get_args(annotation)


def forged_data(rng: random.Random, cls: type[CallbackData], real_ids: list[int]) -> str:
    parts = [cls.__prefix__]
    for field in cls.model_fields.values():
        if _is_int(field.annotation):
            parts.append(str(rng.choice([*HUGE, *HUGE, rng.choice(real_ids),
                                         rng.randrange(1000, 10**12), "1e3", "x"])))
        else:
            parts.append(rng.choice(WORDS))
    if rng.random() < 0.05:
        parts.append("extra")
    data = ":".join(parts)
    return data.encode()[:64].decode(errors="ignore") or cls.__prefix__


async def _snapshot(stack: Stack) -> dict[str, list[Any]]:
    async with stack.db.reader() as s:
        names = (await s.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
                 ).scalars().all()
        return {n: sorted(map(repr, (await s.execute(text(f'SELECT * FROM "{n}"'))).all()))
                for n in names if n not in LOGS and not n.startswith("sqlite_")}


async def test_thousands_of_forged_presses_are_refused_and_audited(stack: Stack) -> None:
    cast = await staffed_office(stack)
    d = stack.d
    await report_leak(stack, cast)
    await stack.settle()
    stranger = await d.user("Nobody", language_code="en")
    await d.send(stranger, "/start")
    await stack.settle()
    types = callback_types()
    assert len(types) >= 20 and "job1" in {t.__prefix__ for t in types}
    real_ids = [1, 2, 3]
    # Where each person can press: messages of their private chat and of their groups.
    places: list[tuple[User, Chat | User, list[int]]] = []
    for user, chats in ((cast.resident, [cast.resident]), (cast.neighbour, [cast.neighbour]),
                        (stranger, [stranger]), (cast.plumbers[1], [cast.plumbing_group]),
                        (cast.electrician, [cast.electrical_group])):
        for chat in chats:
            ids = [m.message_id for m in await d.messages(chat) if not m.deleted]
            places.append((user, chat, ids))
    genuine = {b.get("callback_data") for _, chat, _ in places for m in await d.messages(chat)
               for row in (m.reply_markup or {}).get("inline_keyboard", []) for b in row}
    before = await _snapshot(stack)
    rng = random.Random(12)
    pressed: dict[int, tuple[str, Pressed]] = {}
    while len(pressed) < PRESSES:
        batch = []
        for _ in range(min(50, PRESSES - len(pressed))):
            user, chat, ids = rng.choice(places)
            data = "job1:take:9223372036854775808" if not pressed else \
                forged_data(rng, rng.choice(types), real_ids)
            if data in genuine:
                continue
            batch.append((data, d.press(user, (chat.id, rng.choice(ids)), data, forge=True)))
        for data, press in zip([b[0] for b in batch], await asyncio.gather(*[b[1] for b in batch]),
                               strict=True):
            pressed[press.update_id] = (data, press)
        await stack.settle(timeout=60)
    after = await _snapshot(stack)
    answers = await asyncio.gather(*[d.callback_answer(p) for _, p in pressed.values()])
    refused = {uid for uid, answer in zip(pressed, answers, strict=True) if answer.show_alert}
    accepted = sorted({pressed[uid][0] for uid in pressed if uid not in refused})
    async with stack.db.reader() as s:
        statuses = dict((await s.execute(
            select(InboxRow.status, func.count()).where(InboxRow.update_id.in_(pressed))
            .group_by(InboxRow.status))).all())
        audited = set((await s.execute(select(AuditRow.update_id).where(
            AuditRow.entity == "security", AuditRow.update_id.in_(pressed)))).scalars().all())
    changed = [n for n in before if before[n] != after[n]]
    print(f"forged presses {len(pressed)}: {len(refused)} refused, {len(audited)} audited, "
          f"answered without alert {accepted}; inbox {statuses}; tables changed {changed}")
    assert len(pressed) == PRESSES and len(answers) == PRESSES  # every press answered
    assert stack.runtime.processor.stats.failed == 0 and "failed" not in statuses
    assert changed == []
    # Every refusal is audited; the only presses not refused are harmless anywhere: "cancel"
    # (with no form open) and the date picker's do-nothing cells.
    assert audited == refused
    assert {data.split(":")[1] for data in accepted} <= {"cancel", "noop"}


async def test_replayed_presses_after_the_ticket_closed_change_nothing(stack: Stack) -> None:
    """Every press made while a complaint was handled, and every button still shown, replayed
    by each person after it was closed and rated: answered, refused or moot, never a change."""
    from tests.bot.conftest import says
    from tests.bot.test_complaint_flow import card_of, file_complaint, press_card

    cast = await staffed_office(stack)
    d = stack.d
    number = await file_complaint(stack, cast)
    card = await card_of(stack, cast.desk_group, number)
    await press_card(stack, cast.desk, card, "complaint-btn-close")
    await d.wait_for(cast.desk, contains="why is the complaint closed")
    await d.send(cast.desk, "Removed by the contractor")
    question = await d.wait_for(cast.resident, contains=f"{number} is closed. How satisfied")
    await d.press(cast.resident, question, text="3 ⭐⭐⭐")
    await d.wait_for(cast.resident, predicate=lambda m: m.message_id == question.message_id
                     and "your answer: 3 of 5" in m.content)
    await stack.settle()
    world = stack.server.world
    presses = {(q.chat_id, q.message_id, q.data) for q in world.callbacks.values() if q.data}
    for chat in world.chats.values():
        for msg in chat.messages.values():
            for row in (msg.reply_markup or {}).get("inline_keyboard", []):
                presses |= {(chat.id, msg.message_id, b["callback_data"]) for b in row
                            if b.get("callback_data")}
    people = [cast.resident, cast.neighbour, cast.desk, cast.manager, cast.plumbers[0]]
    before = await _snapshot(stack)
    replays = []
    def sees(user_id: int, chat_id: int) -> bool:  # their own chat, or a group they are in
        return chat_id == user_id or user_id in world.chats[chat_id].members

    for _ in range(3):
        for who in people:
            for chat_id, message_id, data in sorted(presses):
                if sees(who.id, chat_id):
                    replays.append(await d.press(who, (chat_id, message_id), data, forge=True))
        await stack.settle(timeout=60)
    answers = await asyncio.gather(*[d.callback_answer(p) for p in replays])
    after = await _snapshot(stack)
    changed = [n for n in before if before[n] != after[n]]
    print(f"replayed presses {len(replays)} ({len(presses)} distinct) after close: "
          f"tables changed {changed}, failed {stack.runtime.processor.stats.failed}")
    assert len(presses) >= 5 and len(answers) == len(replays)
    assert stack.runtime.processor.stats.failed == 0
    # Nothing about the closed complaint moved (FSM rows may hold a question a press asked).
    assert [n for n in changed if n != "fsm_state"] == []
    assert says("status-closed") in (await card_of(stack, cast.desk_group, number)).content
