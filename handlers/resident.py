"""Residents: /my, and answering "is it fixed?" with stars or a reason to reopen."""

from __future__ import annotations

from aiogram import Bot, Dispatcher, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.notices.cards import fixed_ref, resident_summary
from bot.ui.callbacks import FixCb
from conversations.repair import keyboards as kb
from conversations.repair.followups import Followup, ask_privately
from domain import repair
from domain.errors import NotAuthorized, NotFound
from domain.tickets import Status
from handlers.filters import InPrivate, IsResident, pressed_on


def build_router() -> Router:
    router = Router(name="resident")
    router.message.filter(InPrivate())
    router.callback_query.filter(InPrivate())
    router.message.register(cmd_my, Command("my"), IsResident())
    router.callback_query.register(on_fix, FixCb.filter(F.op.in_({"yes", "no", "rate"})))
    return router


async def cmd_my(message: Message, ctx: Ctx) -> None:
    """Open and recent tickets, newest first."""
    assert ctx.actor.person is not None
    tickets = await ctx.uow.tickets.for_reporter(ctx.actor.person.id, limit=15)
    if not tickets:
        await ctx.reply("my-none")
        return
    open_ = [t for t in tickets if t.is_open]
    done = [t for t in tickets if not t.is_open][:5]
    lines = [ctx.t("my-open-header")] if open_ else []
    lines += [await resident_summary(ctx.uow, t, ctx.tr, ctx.locale) for t in open_]
    if done:
        lines.append(ctx.t("my-recent-header"))
        lines += [await resident_summary(ctx.uow, t, ctx.tr, ctx.locale) for t in done]
    await ctx.reply_html("\n".join(lines))


async def on_fix(query: CallbackQuery, callback_data: FixCb, ctx: Ctx, bot: Bot,
                 dispatcher: Dispatcher) -> None:
    """Yes (then stars, then an optional comment), or No (then the reason to reopen)."""
    ticket = await ctx.uow.tickets.get(callback_data.id)
    if ticket is None or ctx.actor.person is None or ticket.reporter_id != ctx.actor.person.id:
        raise NotFound("button-stale")
    if not await pressed_on(ctx.uow, query, fixed_ref(ticket)):
        raise NotAuthorized("button-stale")
    if callback_data.op == "yes":
        await ctx.postman.edit_markup(markup=kb.stars(ticket), ref=fixed_ref(ticket))
        ctx.answer("rate-ask")
    elif callback_data.op == "no":
        if ticket.status is not Status.DONE:
            raise NotAuthorized("button-stale")
        await ask_privately(ctx, bot, dispatcher, Followup.REOPEN_REASON, ticket)
    else:
        rating = callback_data.value
        if ticket.status is Status.DONE:
            await repair.confirm_fix(ctx.uow, ctx.actor, ticket.id, ctx.now, rating=rating)
        else:
            await repair.rate(ctx.uow, ctx.actor, ticket.id, rating, None, ctx.now)
        await ctx.postman.edit_markup(markup=None, ref=fixed_ref(ticket))
        updated = await ctx.uow.tickets.get(ticket.id)
        await ask_privately(ctx, bot, dispatcher, Followup.FIX_COMMENT, updated or ticket)
        ctx.answer("rate-thanks", stars="⭐" * rating)
