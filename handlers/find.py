"""/find <words>: staff search over ticket numbers, units, names, phones and ticket text,
newest first, 10 a page with buttons (the rules are domain/search)."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.context import Ctx
from bot.notices.cards import status_line
from bot.ui.callbacks import FindCb
from bot.ui.keyboards import button
from domain import search
from domain.errors import NotAuthorized
from domain.queue import link
from handlers.filters import InPrivate


def build_router() -> Router:
    router = Router(name="find")
    router.message.register(cmd_find, Command("find"), InPrivate())
    router.callback_query.register(on_page, FindCb.filter(), InPrivate())
    return router


async def cmd_find(message: Message, ctx: Ctx, command: CommandObject) -> None:
    if not ctx.actor.is_staff or ctx.actor.person_id is None:
        raise NotAuthorized("find-staff-only")
    text = command.args or ""
    results = await search.find(ctx.uow, ctx.actor, text)
    search_id = await ctx.uow.search.remember(ctx.actor.person_id, text, ctx.now)
    body, markup = await _render(ctx, results, search_id, text)
    await ctx.reply_html(body, markup=markup)


async def on_page(query: CallbackQuery, callback_data: FindCb, ctx: Ctx) -> None:
    if not ctx.actor.is_staff or ctx.actor.person_id is None:
        raise NotAuthorized("find-staff-only")
    text = await ctx.uow.search.recall(callback_data.s, ctx.actor.person_id)
    if text is None or callback_data.p < 0:
        await ctx.refuse_button()
        return
    results = await search.find(ctx.uow, ctx.actor, text, callback_data.p)
    body, markup = await _render(ctx, results, callback_data.s, text)
    if query.message is not None:
        await ctx.postman.edit(text=body, markup=markup, chat_id=query.message.chat.id,
                               message_id=query.message.message_id)
    ctx.answer()


async def _render(ctx: Ctx, results: search.Results, search_id: int,
                  text: str) -> tuple[str, InlineKeyboardMarkup | None]:
    words = " ".join(text.split())
    if not results.units and not results.hits:
        return ctx.t("find-none", query=words), None
    lines = [ctx.t("find-header", query=words, page=results.page + 1)]
    lines += [ctx.t("find-unit", unit=u.label) for u in results.units]
    for hit in results.hits:
        t = hit.ticket
        lines.append(ctx.t("find-row", number=t.number, link=link(t.number),
                           kind=ctx.t(f"find-kind-{t.kind.value}"),
                           unit=hit.unit or t.location or "",
                           status=await status_line(ctx.uow, t, ctx.tr, ctx.locale),
                           snippet=hit.snippet))
    nav = []
    if results.page > 0:
        nav.append(button(ctx.t("queue-btn-prev"),
                          FindCb(s=search_id, p=results.page - 1).pack()))
    if results.more:
        nav.append(button(ctx.t("queue-btn-next"),
                          FindCb(s=search_id, p=results.page + 1).pack()))
    return "\n".join(lines), InlineKeyboardMarkup(inline_keyboard=[nav]) if nav else None
