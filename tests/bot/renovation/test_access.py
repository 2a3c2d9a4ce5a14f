"""Who may see ID-card images and act on a renovation application, and their deletion from
the file store and the database once the retention period after the works has passed."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from bot.demo.data import seed_demo
from domain.model import Locale
from store.tables.infra import AuditRow
from store.tables.tickets import FileRow
from store.uow import SqlUnitOfWork
from tests.bot.conftest import Stack, says
from tests.bot.renovation.steps import card, fill_form, press_card, renovation_office, submit

EN = Locale.EN
ZH = Locale.ZH_HANT


async def stored_files(stack: Stack, sensitive: bool, count: int) -> list[Path]:
    """Wait until the file store has copied `count` files of that kind; their paths."""
    for _ in range(200):
        async with stack.db.reader() as s:
            paths = list(await s.scalars(select(FileRow.path).where(
                FileRow.sensitive.is_(sensitive), FileRow.status == "stored")))
        if len(paths) >= count:
            return [Path(stack.settings.files.root) / p for p in paths]
        await asyncio.sleep(0.05)
    raise TimeoutError("files not copied into the file store")


async def test_id_cards_for_desk_and_managers_only_then_deleted(stack: Stack) -> None:
    cast = await renovation_office(stack)
    d, me = stack.d, cast.resident
    number = await submit(stack, me, await fill_form(stack, me, workers=2))
    ids = await stored_files(stack, True, 2)
    # Checked before they counted, then copied (re-encoded) under the private folder only.
    root = Path(stack.settings.files.root)
    assert all(p.relative_to(root).parts[0] == "private" for p in ids)
    assert all(p.read_bytes().startswith(b"\xff\xd8\xff") for p in ids)
    assert all(p.exists() and "private" in p.parts for p in ids)
    desk_card = await card(stack, cast.desk_group, number)

    # The desk member gets both ID cards privately; the look is audited.
    pressed = await press_card(stack, cast.desk, desk_card, text=says("btn-reno-ids", ZH))
    assert (await d.callback_answer(pressed)).text == says("reno-ids-sent", EN)
    shown = await d.wait_for(cast.desk, contains="ID card of Lam Siu Fung")
    assert shown.photo_file_id

    # A plumber and the supervisor in the desk group, a manager of another estate: refused.
    async with SqlUnitOfWork(stack.db.writer()) as uow:
        other = await seed_demo(uow, stack.clock.now(), code="SV", name="Sea View 海景")
        await uow.commit()
    outsider = await d.user("Olga Other", language_code="en")
    await d.send(outsider, f"/start {other.staff['manager']}")
    await d.wait_for(outsider, contains="You are now")
    plumber = cast.plumbers[0]
    for user in (plumber, cast.supervisor, outsider):
        await d.add_member(cast.desk_group, user)
        pressed = await press_card(stack, user, desk_card, text=says("btn-reno-ids", ZH))
        assert (await d.callback_answer(pressed)).show_alert
        pressed = await press_card(stack, user, desk_card,
                                   text=says("btn-reno-approve", ZH))
        assert (await d.callback_answer(pressed)).text == says("reno-not-your-step", EN)
    # A tenant may not apply at all; another resident cannot open or withdraw the
    # application with forged buttons.
    tenant = await d.user("Lee Tenant", language_code="en")
    await d.send(tenant, f"/start {cast.codes.residents['B-1C']}")
    await d.wait_for(tenant, contains="B-1C")
    await d.send(tenant, "/renovate")
    await d.wait_for(tenant, contains=says("reno-owners-only", EN))
    for data in ("rno1:show:1:0", "rno1:cancel:1:0", "rno1:add:1:0"):
        pressed = await d.press(cast.neighbour, (cast.neighbour.id, 1), data, forge=True)
        assert (await d.callback_answer(pressed)).text == says("reno-not-found", EN)
    await stack.settle()
    for user in (plumber, cast.supervisor, outsider, cast.neighbour):
        assert not [m for m in await d.messages(user, from_bot=True)
                    if m.photo_file_id or "ID card of" in m.content]
    async with stack.db.reader() as s:
        looks = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.action == "id-viewed"))
        denied = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.action == "denied"))
    assert looks == 1 and denied >= 6

    # The owner withdraws; 30 days later the ID images are gone from the store and the rows.
    await d.send(me, "/renovate")
    hub = await d.wait_for(me, contains="Your renovation applications")
    await d.press(me, hub, text=f"{number} ({says('status-desk_check', EN)})")
    mine = await d.wait_for(me, contains=f"{number} (A-12B)", after=hub.message_id)
    await d.press(me, mine, text=says("btn-reno-cancel", EN))
    await d.wait_for(me, contains=f"{number} is withdrawn")
    drawings = await stored_files(stack, False, 1)
    stack.clock.advance(timedelta(days=29, hours=23))
    await stack.sweep()
    assert all(p.exists() for p in ids)
    stack.clock.advance(timedelta(hours=1))
    await stack.sweep()
    assert not any(p.exists() for p in ids)
    assert all(p.exists() for p in drawings)  # the drawings stay in the household file
    async with stack.db.reader() as s:
        left = await s.scalar(select(func.count()).select_from(FileRow).where(
            FileRow.sensitive.is_(True)))
    assert left == 0
    pressed = await press_card(stack, cast.desk, desk_card, "rn1:ids:1:desk_check",
                               forge=True)
    answer = await d.callback_answer(pressed)
    assert answer.text == says("reno-id-none", EN, number=number)
