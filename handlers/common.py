"""/start, /help, /language and /cancel in private chat."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message, ReplyKeyboardRemove

from bot.context import Ctx
from bot.i18n import trade_of
from bot.ui import keyboards
from bot.ui.callbacks import LangCb, StartCb
from domain import codes, onboarding
from domain.model import Actor, CodeKind, Locale
from handlers.filters import InPrivate


class CodeEntry(StatesGroup):
    waiting_code = State()


def build_router() -> Router:
    router = Router(name="common")
    router.message.filter(InPrivate())
    router.callback_query.filter(InPrivate())
    # Order: /cancel and /start first, so they work inside any conversation.
    router.message.register(cmd_cancel, Command("cancel"))
    router.message.register(cmd_start, CommandStart())
    router.message.register(cmd_help, Command("help"))
    router.message.register(cmd_language, Command("language"))
    router.callback_query.register(on_language, LangCb.filter())
    router.callback_query.register(on_start_code, StartCb.filter(F.op == "code"))
    router.message.register(code_received, CodeEntry.waiting_code)
    return router


def summary(ctx: Ctx, actor: Actor) -> str:
    """A one-line list of the person's units and roles."""
    parts = [ctx.t("unit-with-relation", unit=t.unit.label,
                   relation=ctx.t(f"relation-{t.relation.value}")) for t in actor.tenures]
    parts += [ctx.t(f"role-{s.role.value}") + (f" · {ctx.t(f'trade-{s.trade.value}')}"
                                                if s.trade else "") for s in actor.staff]
    return "、".join(parts) if ctx.locale is not Locale.EN else ", ".join(parts)


async def cmd_start(message: Message, command: CommandObject, ctx: Ctx, actor: Actor,
                    state: FSMContext) -> None:
    """Welcome; with a code (`/start <code>`), join or link."""
    if command.args and command.args.startswith("repair_"):
        await open_repair_link(ctx, state, command.args.removeprefix("repair_"))
        return
    if command.args and command.args.startswith("t_") and actor.is_staff:
        from handlers.staff import open_ticket_link

        await open_ticket_link(ctx, command.args.removeprefix("t_"))  # a printed form's QR
        return
    if command.args and command.args.startswith("pass_"):
        from handlers.renovation.passes import open_pass_link

        await open_pass_link(ctx, command.args)
        return
    if command.args:
        await state.clear()
        await redeem(ctx, command.args)
        return
    if actor.is_staff or actor.is_resident:
        assert actor.person is not None
        await ctx.reply("start-known", name=actor.person.name, roles=summary(ctx, actor),
                        markup=ReplyKeyboardRemove())
        return
    await ctx.reply("start-welcome", markup=keyboards.welcome(ctx.tr, ctx.locale))


async def open_repair_link(ctx: Ctx, state: FSMContext, token: str) -> None:
    """A QR code on a unit or on shared equipment opens the repair form already bound to it."""
    from conversations.repair.form import start_form

    link = await ctx.uow.links.get(token[:64])
    if link is None or link[0] != "repair":
        await ctx.reply("qr-unknown")
        return
    _, estate_id, unit_id, equipment = link
    if not any(t.unit.estate_id == estate_id for t in ctx.actor.tenures):
        await ctx.reply("qr-not-resident")
        return
    if unit_id is not None and not any(t.unit.id == unit_id for t in ctx.actor.tenures):
        await ctx.reply("qr-not-your-unit")
        return
    await start_form(ctx, state, unit_id=unit_id, location=equipment, equipment=equipment,
                     estate_id=estate_id)


async def redeem(ctx: Ctx, text: str) -> None:
    """Use a one-time code from the office."""
    done = await onboarding.redeem_private_code(
        ctx.uow, ctx.actor, text, display_name=ctx.display_name or "?", locale=ctx.locale,
        now=ctx.now, pepper=ctx.settings.security.code_pepper.get_secret_value())
    if done.kind is CodeKind.CONTRACTOR:
        await ctx.reply("reno-contractor-linked", number=done.ticket_number or "",
                        estate=done.estate.name)
    elif done.kind is CodeKind.STAFF:
        assert done.role is not None
        await ctx.reply("staff-joined", estate=done.estate.name,
                        role=ctx.t(f"role-{done.role.value}"),
                        trade=trade_of(ctx.tr, ctx.locale,
                                       done.trade.value if done.trade else None))
    else:
        assert done.unit is not None and done.relation is not None
        await ctx.reply("resident-linked", estate=done.estate.name, unit=done.unit.label,
                        relation=ctx.t(f"relation-{done.relation.value}"))


async def cmd_help(message: Message, ctx: Ctx, actor: Actor) -> None:
    """What the person can do here."""
    if actor.is_staff:
        await ctx.reply("help-staff")
    if actor.is_resident:
        await ctx.reply("help-resident")
    if not actor.is_staff and not actor.is_resident:
        await ctx.reply("help-anon")


async def cmd_language(message: Message, ctx: Ctx) -> None:
    """Offer the three languages."""
    await ctx.reply("language-choose", markup=keyboards.languages(ctx.locale))


async def on_language(query: CallbackQuery, callback_data: LangCb, ctx: Ctx) -> None:
    """Switch language; the menu follows."""
    locale = callback_data.code  # an unknown code matches no handler (bot.ui.callbacks)
    await onboarding.set_locale(ctx.uow, ctx.actor, locale, display_name=ctx.display_name or "?",
                                now=ctx.now)
    ctx.locale = locale
    if query.message is not None:
        await ctx.postman.edit(text=ctx.t("language-set"), markup=keyboards.languages(locale),
                               chat_id=query.message.chat.id,
                               message_id=query.message.message_id)
    ctx.answer("language-set")


async def cmd_cancel(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """Drop whatever conversation is under way."""
    if await state.get_state() is None:
        await ctx.reply("cancel-nothing", markup=ReplyKeyboardRemove())
        return
    await state.clear()
    await ctx.reply("cancel-done", markup=ReplyKeyboardRemove())


async def on_start_code(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    await state.set_state(CodeEntry.waiting_code)
    await ctx.reply("code-ask")


async def code_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """The code typed after "I have a code"."""
    if not message.text or not codes.looks_like_code(message.text):
        await ctx.reply("code-ask-again")
        return
    await state.clear()
    await redeem(ctx, message.text)
