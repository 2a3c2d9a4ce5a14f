"""Desk buttons in the staff groups: approving or rejecting link requests."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery

from bot.context import Ctx
from bot.notices.onboarding import request_ref
from bot.ui.callbacks import LinkDecisionCb
from domain import onboarding
from domain.errors import NotAuthorized
from domain.model import GroupPurpose
from handlers.filters import ActiveGroup, pressed_on


def build_router() -> Router:
    router = Router(name="desk")
    router.callback_query.register(on_link_decision, LinkDecisionCb.filter(),
                                   ActiveGroup(GroupPurpose.DESK, GroupPurpose.MANAGERS))
    return router


async def pressed_on_card(ctx: Ctx, query: CallbackQuery, ref: str) -> bool:
    """True when the button sits on the message that shows this card (not a forged press)."""
    return await pressed_on(ctx.uow, query, ref)


async def on_link_decision(query: CallbackQuery, callback_data: LinkDecisionCb, ctx: Ctx) -> None:
    """Approve or reject; the first decision wins, the card shows who decided."""
    if not await pressed_on_card(ctx, query, request_ref(callback_data.id)):
        raise NotAuthorized("button-stale")
    await onboarding.decide_link(ctx.uow, ctx.actor, callback_data.id,
                                 approve=callback_data.op == "ok", now=ctx.now)
    ctx.answer("decision-recorded")
