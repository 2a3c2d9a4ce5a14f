"""Custody buttons and staff commands: the desk accepts or declines a request, the owner
signs and confirms the keys back, the staff record a check (asked in private); `/rain
before|after` calls the rain checks, `/custody A-12B` shows a unit's custody to the staff.
Presses are re-authorised against the card they sit on and the person's roles."""

from __future__ import annotations

from aiogram import Bot, Dispatcher, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from conversations.custody import cards
from conversations.custody import check as check_form
from conversations.custody import keyboards as kb
from conversations.custody.callbacks import CustodyCb
from conversations.custody.meter import staff_unit
from domain.custody import agreement, checks
from domain.custody.model import CheckKind
from domain.errors import NotAuthorized
from domain.model import StaffRole
from handlers.filters import IsStaff, pressed_on

RAIN = {"before": CheckKind.RAIN_BEFORE, "after": CheckKind.RAIN_AFTER,
        "前": CheckKind.RAIN_BEFORE, "後": CheckKind.RAIN_AFTER, "后": CheckKind.RAIN_AFTER}


def build_router() -> Router:
    router = Router(name="custody")
    router.callback_query.register(on_custody, CustodyCb.filter())
    router.message.register(cmd_rain, Command("rain"), IsStaff())
    router.message.register(cmd_custody_file, Command("custody"), IsStaff())
    return router


async def on_custody(query: CallbackQuery, callback_data: CustodyCb, ctx: Ctx, bot: Bot,
                     dispatcher: Dispatcher) -> None:
    op, target = callback_data.op, callback_data.id
    refs = {"ok": kb.card_ref, "no": kb.card_ref, "sign": kb.agreement_ref,
            "keys": kb.keys_ref, "check": kb.check_ref}
    if op not in refs:
        await ctx.refuse_button()
        return
    if not await pressed_on(ctx.uow, query, refs[op](target)):
        raise NotAuthorized("button-stale")
    if op in ("ok", "no"):
        await agreement.decide(ctx.uow, ctx.actor, target, op == "ok", ctx.now)
        ctx.answer("decision-recorded")
    elif op == "sign":
        await agreement.sign(ctx.uow, ctx.actor, target, ctx.now)
        ctx.answer("custody-signed-short")
    elif op == "keys":
        await agreement.acknowledge_keys(ctx.uow, ctx.actor, target, ctx.now)
        ctx.answer("custody-keys-confirmed")
    else:
        check = await checks.pending_check(ctx.uow, ctx.actor, target)
        custody = await agreement.get(ctx.uow, check.custody_id)
        unit, _, _ = await cards.context(ctx.uow, custody)
        await check_form.start(ctx, bot, dispatcher, check, unit)


async def cmd_rain(message: Message, command: CommandObject, ctx: Ctx) -> None:
    """Checks before or after heavy rain for every flat in custody of the estate (a group's
    estate, or in private every estate the person manages or runs the desk of)."""
    kind = RAIN.get((command.args or "").strip().lower())
    if kind is None:
        await ctx.reply("custody-rain-usage")
        return
    if message.chat.type != "private":
        group = await ctx.uow.groups.get(message.chat.id)
        estates = [group.estate_id] if group and group.estate_id is not None else []
    else:
        estates = sorted({s.estate_id for s in ctx.actor.staff
                          if s.role in (StaffRole.MANAGER, StaffRole.DESK)})
    if not estates:
        raise NotAuthorized("custody-rain-staff-only")
    made = 0
    for estate_id in estates:
        made += await checks.rain_checks(ctx.uow, ctx.actor, estate_id, kind, ctx.now)
    await ctx.reply("custody-rain-called", kind=kind.value, count=made)


async def cmd_custody_file(message: Message, command: CommandObject, ctx: Ctx) -> None:
    """Every custody agreement of a unit with its readings and checks."""
    label = (command.args or "").strip()
    if not label and ctx.actor.is_resident:
        raise SkipHandler  # a staff member who owns a flat asks for custody of it
    if not label:
        await ctx.reply("custody-file-usage")
        return
    unit = await staff_unit(ctx, label)
    found = await ctx.uow.custody.for_unit(unit.id)
    if not found:
        await ctx.reply("custody-file-none", unit=unit.label)
        return
    for custody in found:
        agreement.require_staff(ctx.actor, custody)
        await ctx.reply_html(await cards.summary(ctx.uow, ctx.tr, ctx.locale, custody))
