"""Owners are told when a tenant or proxy is linked to their unit: on the desk's approval of a
link request (code onboarding is covered end to end in tests/e2e)."""

from __future__ import annotations

from domain.model import Locale
from tests.bot.conftest import Stack, says

EN = Locale.EN


async def test_owner_told_when_the_desk_approves_a_tenant(stack: Stack) -> None:
    d = stack.d
    codes = await stack.seed()
    clerk = await d.user("Clerk")
    await d.send(clerk, f"/start {codes.staff['desk']}")
    await d.wait_for(clerk, contains="歡迎")
    desk = await d.group("Desk", [clerk])
    await d.add_bot(desk, by=clerk)
    await d.send(clerk, f"/link {codes.groups['desk']}", chat=desk)
    await d.wait_for(desk, contains=says("purpose-desk"))
    mary = await d.user("Mary", language_code="en")
    await d.send(mary, f"/start {codes.residents['A-3A']}")
    await d.wait_for(mary, contains="A-3A")
    tenant = await d.user("Lee", language_code="en")
    await d.send(tenant, "/start")
    welcome = await d.wait_for(tenant, contains=says("btn-request-link", EN)[:3])
    await d.press(tenant, welcome, text=says("btn-request-link", EN))
    await d.wait_for(tenant, contains=says("link-ask-unit", EN)[:20])
    await d.send(tenant, "A-3A")
    rel = await d.wait_for(tenant, contains=says("link-ask-relation", EN))
    await d.press(tenant, rel, text=says("relation-tenant", EN))
    await d.wait_for(tenant, contains=says("link-ask-name", EN))
    await d.send(tenant, "Lee Siu Ming")
    await d.wait_for(tenant, contains=says("link-ask-phone", EN)[:30])
    await d.send(tenant, says("btn-skip", EN))
    preview = await d.wait_for(tenant, contains="Please check")
    await d.press(tenant, preview, text=says("btn-confirm", EN))
    card = await d.wait_for(desk, contains="A-3A")
    await d.press(clerk, card, text=says("btn-approve"))
    await d.wait_for(tenant, contains="linked you to unit A-3A")
    told = await d.wait_for(mary, contains="Lee Siu Ming is now registered as tenant")
    assert "A-3A" in told.content
