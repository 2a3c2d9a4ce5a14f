"""Inspection cards: the site staff record OK, or a violation (asked privately: what is
wrong, then photos). Presses are re-authorised against the card and the staff's roles."""

from __future__ import annotations

from aiogram import Bot, Dispatcher, Router
from aiogram.types import CallbackQuery

from bot.context import Ctx
from conversations.renovation.callbacks import InspectionCb, RectifiedCb
from conversations.renovation.cards import inspection_ref
from conversations.renovation.followups import ask_violation
from domain.errors import Conflict, NotAuthorized
from domain.renovation import site as renovation_site
from domain.renovation.model import InspectionResult
from handlers.desk import pressed_on_card


def build_router() -> Router:
    router = Router(name="renovation-site")
    router.callback_query.register(on_inspection, InspectionCb.filter())
    router.callback_query.register(on_rectified, RectifiedCb.filter())
    return router


async def on_rectified(query: CallbackQuery, callback_data: RectifiedCb, ctx: Ctx) -> None:
    """On the final inspection card: an open notice checked and found rectified."""
    if not await pressed_on_card(ctx, query, inspection_ref(callback_data.id)):
        raise NotAuthorized("button-stale")
    await renovation_site.rectify_on_final(ctx.uow, ctx.actor, callback_data.id,
                                           callback_data.n, ctx.now)
    ctx.answer("decision-recorded")


async def on_inspection(query: CallbackQuery, callback_data: InspectionCb, ctx: Ctx, bot: Bot,
                        dispatcher: Dispatcher) -> None:
    inspection, ticket, _ = await renovation_site.inspection_of(ctx.uow, callback_data.id)
    if not await pressed_on_card(ctx, query, inspection_ref(inspection.id)):
        raise NotAuthorized("button-stale")
    if callback_data.op == "ok":
        await renovation_site.record_inspection(ctx.uow, ctx.actor, inspection.id, True, ctx.now)
        ctx.answer("decision-recorded")
    elif callback_data.op == "bad":
        renovation_site.require_inspector(ctx.actor, ticket)
        if inspection.result is InspectionResult.MISSED:
            raise Conflict("reno-inspection-missed", slot=inspection.slot)
        if inspection.result is not InspectionResult.PENDING:
            raise Conflict("reno-inspection-recorded")
        await ask_violation(ctx, bot, dispatcher, inspection.id, ticket.number)
    else:
        raise NotAuthorized("button-stale")
