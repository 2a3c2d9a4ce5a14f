"""Spot-check and action buttons and commands: a check's Pass / Fail / Open action (managers),
the desk's Corrected on a returned move-in record, `/actions` (the open actions, a page at a
time, each with Close). Presses are re-authorised against the card they sit on and the
person's roles."""

from __future__ import annotations

from aiogram import Bot, Dispatcher, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.context import Ctx
from conversations.spot_checks import action as action_form
from conversations.spot_checks import cards
from conversations.spot_checks import close as close_form
from conversations.spot_checks import fail as fail_form
from conversations.spot_checks import keyboards as kb
from conversations.spot_checks.callbacks import ActionsCb, SpotCb
from domain.errors import Conflict, NotAuthorized
from domain.model import StaffRole
from domain.spotchecks import actions, checks
from domain.spotchecks.model import CheckStatus
from handlers.filters import IsStaff, pressed_on


def build_router() -> Router:
    router = Router(name="spot-checks")
    router.callback_query.register(on_spot, SpotCb.filter())
    router.callback_query.register(on_actions, ActionsCb.filter())
    router.message.register(cmd_actions, Command("actions"), IsStaff())
    return router


async def _card_refs(ctx: Ctx, estate_id: int, check_id: int) -> list[str]:
    people = await ctx.uow.staff.people_with_role(estate_id, StaffRole.MANAGER)
    return [kb.card_ref(check_id), *(kb.manager_ref(check_id, p.id) for p in people)]


async def on_spot(query: CallbackQuery, callback_data: SpotCb, ctx: Ctx, bot: Bot,
                  dispatcher: Dispatcher) -> None:
    op, target = callback_data.op, callback_data.id
    if op not in ("pass", "fail", "action", "fixed"):
        await ctx.refuse_button()
        return
    check = await checks.get(ctx.uow, target)
    refs = [kb.desk_ref(check.id)] if op == "fixed" else \
        await _card_refs(ctx, check.estate_id, check.id)
    if not await pressed_on(ctx.uow, query, *refs):
        raise NotAuthorized("button-stale")
    if op == "pass":
        await checks.decide(ctx.uow, ctx.actor, check.id, True, ctx.now)
        ctx.answer("spot-passed-short")
    elif op == "fail":
        await checks.open_check(ctx.uow, ctx.actor, check.id)
        args = await cards.target_args(ctx.uow, check)
        await fail_form.start(ctx, bot, dispatcher, check, args["number"])
    elif op == "fixed":
        await checks.correct(ctx.uow, ctx.actor, check.id, ctx.now)
        ctx.answer("spot-corrected-short")
    else:
        checks.require_manager(ctx.actor, check.estate_id)
        if check.status is not CheckStatus.FAILED:
            raise Conflict("spot-not-failed")
        if await ctx.uow.actions.for_check(check.id) is not None:
            raise Conflict("action-exists")
        args = await cards.target_args(ctx.uow, check)
        await action_form.start_from_check(ctx, bot, dispatcher, check.estate_id, check.id,
                                           args["number"])


async def _page(ctx: Ctx, n: int) -> tuple[str, InlineKeyboardMarkup | None]:
    found, pages = await actions.open_page(ctx.uow, ctx.actor, n)
    n = min(max(n, 0), pages - 1)
    if not found:
        return ctx.t("actions-none"), None
    lines = [ctx.t("actions-page", page=n + 1, pages=pages)]
    for a in found:
        lines.append(await cards.action_text(ctx.uow, ctx.tr, ctx.locale, a))
    return "\n\n".join(lines), kb.page(ctx.tr, ctx.locale, found, n, pages)


async def cmd_actions(message: Message, ctx: Ctx) -> None:
    """The open corrective actions of the estates the person manages, 5 a page."""
    text, markup = await _page(ctx, 0)
    await ctx.reply_html(text, markup=markup,
                         ref=kb.list_ref(ctx.actor.tg_user_id) if markup else None)


async def on_actions(query: CallbackQuery, callback_data: ActionsCb, ctx: Ctx, bot: Bot,
                     dispatcher: Dispatcher) -> None:
    op, target = callback_data.op, callback_data.id
    if op == "page":
        if not await pressed_on(ctx.uow, query, kb.list_ref(ctx.actor.tg_user_id)):
            raise NotAuthorized("button-stale")
        text, markup = await _page(ctx, target)
        await ctx.postman.edit(text=text, markup=markup,
                               ref=kb.list_ref(ctx.actor.tg_user_id), chat_id=ctx.chat_id)
        ctx.answer()
    elif op == "close":
        action = await actions.closable(ctx.uow, ctx.actor, target)
        if not await pressed_on(ctx.uow, query, kb.list_ref(ctx.actor.tg_user_id),
                                kb.owner_ref(action.id)):
            raise NotAuthorized("button-stale")
        await close_form.start(ctx, bot, dispatcher, action)
    else:
        await ctx.refuse_button()
