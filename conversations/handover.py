"""Hand-over to a person: what a linked resident can do with text the bot did not understand
(the estate's answer when it is a question it has one for; else report a repair, file a
complaint, ask the desk), and the conversation with the desk relayed
through the desk group: the desk answers by replying to the card, the resident sees the desk's
registered name (`domain/handover.py` records every message)."""

from __future__ import annotations

import re

from aiogram import Bot, F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.context import Ctx
from bot.ui.callbacks import HandoverCb
from bot.ui.keyboards import button, rows
from conversations.complaint import form as complaint_form
from conversations.repair import form as repair_form
from domain import faq, handover
from domain.model import GroupPurpose
from handlers.filters import ActiveGroup, InPrivate, IsResident

# The desk's card starts with the conversation's number: a reply to it names the enquiry.
_CARD = re.compile(r"^💬\s*(Q-\d{4}-\d{6})")


class AskDesk(StatesGroup):
    first = State()  # waiting for the question
    open = State()   # every message is relayed to the desk


def offer(ctx: Ctx) -> InlineKeyboardMarkup:
    return rows(button(ctx.t("btn-handover-repair"), HandoverCb(op="repair").pack()),
                button(ctx.t("btn-handover-complaint"), HandoverCb(op="complaint").pack()),
                button(ctx.t("btn-handover-ask"), HandoverCb(op="ask").pack()), width=1)


def ending(ctx: Ctx, ticket_id: int) -> InlineKeyboardMarkup:
    return rows(button(ctx.t("btn-handover-end"), HandoverCb(op="end", id=ticket_id).pack()))


async def offer_handover(ctx: Ctx, state: FSMContext, text: str) -> None:
    """The fallback for a linked resident: a question the estate has an answer for is
    answered (`domain/faq.py`), with the office one press away; anything else is counted as
    unanswered and offered a repair, a complaint or the desk. The text is kept either way (it
    may be the question for the desk)."""
    await state.set_data({"handover_text": text[:handover.TEXT_MAX]})
    estate_id = ctx.actor.tenures[0].unit.estate_id
    found = await faq.answer(ctx.uow, estate_id, text, ctx.now)
    if found is not None:
        await ctx.reply("faq-answer", answer=found.answer(ctx.locale),
                        markup=rows(button(ctx.t("btn-handover-ask"),
                                           HandoverCb(op="ask").pack())))
        return
    await ctx.reply("handover-offer", markup=offer(ctx))


def build_router() -> Router:
    router = Router(name="handover")
    router.callback_query.register(on_button, HandoverCb.filter(), InPrivate(), IsResident())
    router.message.register(on_first, StateFilter(AskDesk.first), InPrivate(), F.text,
                            IsResident())
    router.message.register(on_more, StateFilter(AskDesk.open), InPrivate(), F.text,
                            IsResident())
    router.message.register(on_desk_reply, ActiveGroup(GroupPurpose.DESK, GroupPurpose.MANAGERS),
                            F.reply_to_message, F.text)
    return router


async def on_button(query: CallbackQuery, callback_data: HandoverCb, ctx: Ctx,
                    state: FSMContext) -> None:
    ctx.answer()
    if callback_data.op == "repair":
        await repair_form.start_form(ctx, state)
    elif callback_data.op == "complaint":
        await complaint_form.start_form(ctx, state)
    elif callback_data.op == "ask":
        text = (await state.get_data()).get("handover_text")
        if text:
            await _open(ctx, state, str(text))
        else:
            await state.set_state(AskDesk.first)
            await ctx.reply("handover-type-question")
    elif callback_data.op == "end":
        await handover.end(ctx.uow, ctx.actor, callback_data.id, ctx.now)
        await state.clear()
        await ctx.reply("handover-ended")
    else:  # no button of ours says that: forged or from another version
        await ctx.refuse_button()


async def _open(ctx: Ctx, state: FSMContext, text: str) -> None:
    ticket = await handover.ask(ctx.uow, ctx.actor, text, ctx.now)
    await state.set_state(AskDesk.open)
    await state.set_data({"enquiry": ticket.id})
    await ctx.reply("handover-opened", number=ticket.number, markup=ending(ctx, ticket.id))


async def on_first(message: Message, ctx: Ctx, state: FSMContext) -> None:
    await _open(ctx, state, message.text or "")


async def on_more(message: Message, ctx: Ctx, state: FSMContext) -> None:
    ticket_id = int((await state.get_data()).get("enquiry") or 0)
    ticket = await ctx.uow.tickets.get(ticket_id) if ticket_id else None
    if ticket is None or not ticket.is_open:  # the desk ended it: this starts a new one
        await _open(ctx, state, message.text or "")
        return
    await handover.resident_says(ctx.uow, ctx.actor, ticket_id, message.text or "", ctx.now)
    await ctx.reply("handover-relayed")


async def on_desk_reply(message: Message, ctx: Ctx, bot: Bot) -> None:
    """A reply to the bot's card in the desk group answers the resident."""
    replied = message.reply_to_message
    if replied is None or replied.from_user is None or replied.from_user.id != bot.id:
        return
    found = _CARD.match(replied.text or "")
    if found is None:
        return
    ticket = await ctx.uow.tickets.by_number(found.group(1))
    if ticket is None:
        return
    await handover.desk_answers(ctx.uow, ctx.actor, ticket.id, message.text or "", ctx.now)
