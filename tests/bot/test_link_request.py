"""Asking to be linked: the form, bad input at every step, the desk's decision."""

from __future__ import annotations

from sqlalchemy import func, select

from domain.model import Locale
from store.tables.infra import AuditRow, FsmRow
from store.tables.registry import LinkRequestRow, TenureRow
from tests.bot.conftest import Stack, says


async def desk_ready(stack: Stack):  # type: ignore[no-untyped-def]
    codes = await stack.seed()
    clerk = await stack.d.user("Clerk")
    await stack.d.send(clerk, f"/start {codes.staff['desk']}")
    await stack.d.wait_for(clerk, contains="歡迎")
    idler = await stack.d.user("Idler")
    desk = await stack.d.group("Desk", [clerk, idler])
    await stack.d.add_bot(desk, by=clerk)
    await stack.d.send(clerk, f"/link {codes.groups['desk']}", chat=desk)
    await stack.d.wait_for(desk, contains=says("purpose-desk"))
    return clerk, idler, desk


async def fill_form(stack: Stack, user) -> None:  # type: ignore[no-untyped-def]
    d = stack.d
    await d.send(user, "/start")
    welcome = await d.wait_for(user, contains=says("btn-have-code", Locale.EN)[:3] or "")
    await d.press(user, welcome, text=says("btn-request-link", Locale.EN))
    await d.wait_for(user, contains=says("link-ask-unit", Locale.EN)[:20])
    # Bad input: a sticker, an unknown unit, then the real one.
    await d.send_sticker(user)
    await d.wait_for(user, contains="a sticker")
    await d.send(user, "Z-99")
    await d.wait_for(user, contains="no unit Z-99")
    await d.send(user, "Block b, 8/F Flat a")  # as people write it; b-8a works too
    rel = await d.wait_for(user, contains=says("link-ask-relation", Locale.EN))
    await d.send(user, "owner")  # typed instead of tapped
    await d.wait_for(user, contains=says("input-use-buttons", Locale.EN))
    await d.press(user, rel, text=says("relation-tenant", Locale.EN))
    await d.wait_for(user, contains=says("link-ask-name", Locale.EN))
    await d.send(user, "x" * 10_000)
    await d.wait_for(user, contains="10000 characters")
    await d.send(user, "Wong\u202e Siu\x07 Ming")
    await d.wait_for(user, contains=says("link-ask-phone", Locale.EN)[:30])
    await d.send(user, "call me maybe")
    await d.wait_for(user, contains=says("input-bad-phone", Locale.EN)[:25])
    await d.send_contact(user, "+852 6123 4567")
    await d.wait_for(user, contains="Wong Siu Ming")


async def test_link_request_approved_by_desk(stack: Stack) -> None:
    clerk, idler, desk = await desk_ready(stack)
    tenant = await stack.d.user("Tenant", language_code="en")
    await fill_form(stack, tenant)
    preview = await stack.d.wait_for(tenant, contains="Please check")
    assert "B-8A" in preview.content and "tenant" in preview.content
    await stack.d.press(tenant, preview, text=says("btn-confirm", Locale.EN))
    await stack.d.wait_for(tenant, contains="Sent to the office")
    card = await stack.d.wait_for(desk, contains="B-8A")
    assert "••••••••4567" in card.content  # the desk sees a masked phone
    assert str(tenant.id) not in card.content  # and the name, not a raw Telegram account
    assert says("link-card-no-holders") in card.content  # the registry has nobody in B-8A
    # A group member who is not staff cannot decide; nothing changes.
    pressed = await stack.d.press(idler, card, text=says("btn-approve"))
    answer = await stack.d.callback_answer(pressed)
    assert answer.text == says("error-not-authorized") and answer.show_alert
    # The clerk approves; a second press is refused.
    pressed = await stack.d.press(clerk, card, text=says("btn-approve"))
    assert (await stack.d.callback_answer(pressed)).text == says("decision-recorded")
    await stack.d.wait_for(tenant, contains="linked you to unit B-8A")
    edited = await stack.d.wait_for(desk, contains=says("decision-approved"))
    assert edited.message_id == card.message_id and not edited.buttons
    await stack.settle()
    async with stack.db.reader() as s:
        assert await s.scalar(select(LinkRequestRow.status)) == "approved"
        assert await s.scalar(select(func.count()).select_from(TenureRow)) == 4
        denied = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.action == "denied"))
    assert denied == 1


async def test_cancel_drops_the_draft_and_restart_resumes_it(stack: Stack) -> None:
    await stack.seed()
    user = await stack.d.user("U", language_code="en")
    await stack.d.send(user, "/start")
    welcome = await stack.d.wait_for(user, contains="Welcome")
    await stack.d.press(user, welcome, text=says("btn-request-link", Locale.EN))
    await stack.d.wait_for(user, contains="Which unit")
    await stack.settle()
    async with stack.db.reader() as s:
        assert await s.scalar(select(FsmRow.state)) == "LinkForm:waiting_unit"
    await stack.d.send(user, "/cancel")
    await stack.d.wait_for(user, contains="Cancelled")
    await stack.settle()
    async with stack.db.reader() as s:
        assert await s.scalar(select(func.count()).select_from(FsmRow)) == 0


async def test_forged_and_stale_buttons_change_nothing(stack: Stack) -> None:
    clerk, idler, desk = await desk_ready(stack)
    pressed = await stack.d.press(clerk, (desk.id, 1), "ld1:ok:999", forge=True)
    answer = await stack.d.callback_answer(pressed)
    assert answer.show_alert
    pressed = await stack.d.press(clerk, (desk.id, 1), "garbage\x00data", forge=True)
    assert (await stack.d.callback_answer(pressed)).text == says("button-stale")
    await stack.settle()
    async with stack.db.reader() as s:
        assert await s.scalar(select(func.count()).select_from(LinkRequestRow)) == 0
        events = set(await s.scalars(select(AuditRow.action).where(
            AuditRow.entity == "security")))
    assert {"bad-callback", "denied"} <= events


async def test_the_card_names_whom_the_registry_has_in_the_unit(stack: Stack) -> None:
    """The desk does not approve blind: the card says who owns or rents the unit now."""
    _clerk, _idler, desk = await desk_ready(stack)
    d = stack.d
    user = await d.user("Claimant", language_code="en")
    await d.send(user, "/start")
    welcome = await d.wait_for(user, contains=says("btn-have-code", Locale.EN)[:3] or "")
    await d.press(user, welcome, text=says("btn-request-link", Locale.EN))
    await d.wait_for(user, contains=says("link-ask-unit", Locale.EN)[:20])
    await d.send(user, "A座12樓B室")
    rel = await d.wait_for(user, contains=says("link-ask-relation", Locale.EN))
    await d.press(user, rel, text=says("relation-owner", Locale.EN))
    await d.wait_for(user, contains=says("link-ask-name", Locale.EN))
    await d.send(user, "Chan Siu Wai")
    await d.wait_for(user, contains=says("link-ask-phone", Locale.EN)[:30])
    await d.send_contact(user, "+852 6123 4567")
    preview = await d.wait_for(user, contains="Please check")
    await d.press(user, preview, text=says("btn-confirm", Locale.EN))
    card = await d.wait_for(desk, contains="A-12B")
    assert "登記冊現時紀錄：陳大文（業主）" in card.content
