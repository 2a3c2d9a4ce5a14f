"""`/assign R-2026-000123` for the desk and managers (privately or in the desk or managers
group): a card with a button per crew member, per other trade, and "take it myself"."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.context import Ctx
from bot.notices.cards import job_card
from bot.ui.keyboards import button, rows
from bot.ui.office_callbacks import AssignCb
from domain.errors import NotAuthorized, NotFound
from domain.model import GroupPurpose, StaffRole, Trade
from domain.repair import assign as moves
from domain.repair.work import require_office
from domain.tickets import Kind, Ticket
from handlers.filters import ActiveGroup, InPrivate, IsStaff, pressed_on


def build_router() -> Router:
    router = Router(name="assign")
    router.message.register(cmd_assign, Command("assign"), InPrivate(), IsStaff())
    router.message.register(cmd_assign, Command("assign"),
                            ActiveGroup(GroupPurpose.DESK, GroupPurpose.MANAGERS))
    router.callback_query.register(on_assign, AssignCb.filter())
    return router


def card_ref(ticket_id: int, chat_id: int | None) -> str:
    return f"assign:{ticket_id}:{chat_id}"


async def _markup(ctx: Ctx, t: Ticket) -> InlineKeyboardMarkup:
    buttons = [button(ctx.t("btn-assign-me"), AssignCb(op="me", id=t.id, v=t.version).pack())]
    for m in await ctx.uow.staff.members(t.estate_id):
        trades = [s.trade for s in m.roles if s.role is StaffRole.CREW and s.trade]
        if trades and m.person.id not in (t.assignee_id, ctx.actor.person_id):
            buttons.append(button(ctx.t("btn-assign-person", name=m.person.name, trade=", ".join(
                ctx.t(f"trade-{tr.value}") for tr in trades)), AssignCb(
                op="person", id=t.id, v=t.version, arg=str(m.person.id)).pack()))
    for trade in Trade:
        if trade.value != t.trade:
            buttons.append(button(ctx.t("btn-assign-trade", trade=ctx.t(f"trade-{trade.value}")),
                                  AssignCb(op="trade", id=t.id, v=t.version,
                                           arg=trade.value).pack()))
    return rows(*buttons, width=2)


async def _card(ctx: Ctx, t: Ticket) -> tuple[str, InlineKeyboardMarkup]:
    return (ctx.t("assign-title", number=t.number) + "\n\n"
            + await job_card(ctx.uow, t, ctx.tr, ctx.locale), await _markup(ctx, t))


async def cmd_assign(message: Message, command: CommandObject, ctx: Ctx) -> None:
    number = (command.args or "").strip().upper()
    if not number:
        await ctx.reply("assign-usage")
        return
    ticket = await ctx.uow.tickets.by_number(number)
    if ticket is None or ticket.kind is not Kind.REPAIR or \
            ticket.estate_id not in {s.estate_id for s in ctx.actor.staff}:
        raise NotFound("ticket-not-found")
    require_office(ctx.actor, ticket)
    if message.chat.type != "private":
        group = await ctx.uow.groups.get(message.chat.id)
        if group is not None:
            ctx.locale = await ctx.postman.group_locale(group)
    text, markup = await _card(ctx, ticket)
    await ctx.reply_html(text, markup=markup, ref=card_ref(ticket.id, ctx.chat_id))


async def on_assign(query: CallbackQuery, callback_data: AssignCb, ctx: Ctx) -> None:
    ticket = await ctx.uow.tickets.get(callback_data.id)
    if ticket is None:
        raise NotFound("button-stale")
    ref = card_ref(ticket.id, ctx.chat_id)
    if not await pressed_on(ctx.uow, query, ref):
        raise NotAuthorized("button-stale")
    if query.message is not None and query.message.chat.type != "private":
        group = await ctx.uow.groups.get(query.message.chat.id)
        if group is not None:
            ctx.locale = await ctx.postman.group_locale(group)
    op, v = callback_data.op, callback_data.v
    if op == "trade":
        try:
            trade = Trade(callback_data.arg)
        except ValueError:
            raise NotAuthorized("button-stale") from None
        updated = await moves.change_trade(ctx.uow, ctx.actor, ticket.id, trade, version=v,
                                           now=ctx.now)
    else:
        if op == "me":
            if ctx.actor.person_id is None:
                raise NotAuthorized()
            person_id = ctx.actor.person_id
        elif op == "person" and callback_data.arg.isdigit() and \
                int(callback_data.arg) < 2**63:  # a forged id no column can hold: refused
            person_id = int(callback_data.arg)
        else:
            raise NotAuthorized("button-stale")
        updated = await moves.assign(ctx.uow, ctx.actor, ticket.id, person_id, version=v,
                                     now=ctx.now)
    ctx.answer("decision-recorded")
    text, _ = await _card(ctx, updated)
    await ctx.postman.edit(text=text, markup=await _markup(ctx, updated), ref=ref)
