"""/movein: an owner books a move-in slot, or sees where their move-in stands."""

from __future__ import annotations

from datetime import timedelta

from aiogram import Bot, Dispatcher, F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from conversations.move_in import booking as form
from conversations.move_in import cards, errands, receipt, records
from conversations.move_in import inspection as inspect_form
from conversations.move_in import keyboards as kb
from conversations.move_in.callbacks import MoveInDeskCb, MoveInOwnerCb
from domain.errors import NotAuthorized
from domain.move_in import booking, inspection
from domain.move_in.model import MoveInPolicy, Status
from handlers.desk import pressed_on_card
from handlers.filters import InPrivate, IsResident


def build_router() -> Router:
    router = Router(name="move-in")
    router.message.register(cmd_movein, Command("movein"), InPrivate(), IsResident())
    router.callback_query.register(on_document, MoveInDeskCb.filter(F.op.in_({"ok", "ret"})))
    router.callback_query.register(on_fee, MoveInDeskCb.filter(F.op == "fee"))
    router.callback_query.register(on_inspect, MoveInDeskCb.filter(F.op == "insp"))
    router.callback_query.register(on_reinspect, MoveInDeskCb.filter(F.op.in_({"re", "dl"})))
    router.callback_query.register(on_keys, MoveInOwnerCb.filter(F.op == "keys"), InPrivate())
    router.callback_query.register(on_errand_done, MoveInDeskCb.filter(F.op == "errand"))
    return router


async def on_fee(query: CallbackQuery, callback_data: MoveInDeskCb, ctx: Ctx, bot: Bot,
                 dispatcher: Dispatcher) -> None:
    """The fee card's "Record the receipt": the number is asked in the presser's private
    chat (the form in conversations/move_in/receipt.py)."""
    record = await ctx.uow.move_ins.get(callback_data.id)
    if record is None or not await pressed_on_card(ctx, query, cards.card_ref(record, "fee")):
        raise NotAuthorized("button-stale")
    await receipt.ask(ctx, bot, dispatcher, record.id)


async def on_inspect(query: CallbackQuery, callback_data: MoveInDeskCb, ctx: Ctx, bot: Bot,
                     dispatcher: Dispatcher) -> None:
    """"Start the inspection": the readings and defects are asked in the presser's private
    chat (conversations/move_in/inspection.py)."""
    record = await ctx.uow.move_ins.get(callback_data.id)
    if record is None or not await pressed_on_card(ctx, query, cards.card_ref(record, "insp")):
        raise NotAuthorized("button-stale")
    await inspect_form.start(ctx, bot, dispatcher, record.id)


async def on_errand_done(query: CallbackQuery, callback_data: MoveInDeskCb, ctx: Ctx, bot: Bot,
                         dispatcher: Dispatcher) -> None:
    """An errand card's "Done": a short note is asked in the presser's private chat
    (conversations/move_in/errands.py)."""
    if not await pressed_on_card(ctx, query, errands.errand_ref(callback_data.id)):
        raise NotAuthorized("button-stale")
    await errands.ask_done(ctx, bot, dispatcher, callback_data.id)


async def on_reinspect(query: CallbackQuery, callback_data: MoveInDeskCb, ctx: Ctx) -> None:
    """The re-inspection card: every repair done and accepted, or accepted with the estate's
    deadline for what is left (限期整改)."""
    before = await ctx.uow.move_ins.get(callback_data.id)
    if before is None or not await pressed_on_card(ctx, query, cards.card_ref(before, "re")):
        raise NotAuthorized("button-stale")
    rectify_by = None
    if callback_data.op == "dl":
        estate = await ctx.uow.estates.get(before.estate_id)
        if estate is not None:
            rectify_by = (booking.local_today(estate, ctx.now)
                          + timedelta(days=MoveInPolicy.of(estate).rectify_days))
    after = await inspection.reinspect(ctx.uow, ctx.actor, before.id, rectify_by, ctx.now)
    if query.message is not None:
        await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)
    ctx.answer("decision-recorded")
    await cards.moved(ctx, before, after)


async def on_keys(query: CallbackQuery, callback_data: MoveInOwnerCb, ctx: Ctx) -> None:
    """The owner signs for the keys (領取鑰匙簽收): recorded with the time and account."""
    before = await booking.own(ctx.uow, ctx.actor, callback_data.id)
    after = await inspection.acknowledge_keys(ctx.uow, ctx.actor, before.id, ctx.now)
    if query.message is not None:
        await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)
    ctx.answer("movein-keys-recorded")
    await cards.moved(ctx, before, after)
    await records.send(ctx, after)  # the record set, PDF and XLSX, to the desk group


async def on_document(query: CallbackQuery, callback_data: MoveInDeskCb, ctx: Ctx) -> None:
    """The desk accepts or returns one document; the card shows the outcome, the owner is
    told (a returned one with the reason and a button to send it again)."""
    if not await pressed_on_card(ctx, query, cards.doc_ref(callback_data.id)):
        raise NotAuthorized("button-stale")
    doc = await ctx.uow.move_ins.document(callback_data.id)
    before = await ctx.uow.move_ins.get(doc.move_in_id) if doc else None
    after, doc = await booking.decide_document(ctx.uow, ctx.actor, callback_data.id,
                                               callback_data.op == "ok", callback_data.v or None,
                                               ctx.now)
    if query.message is not None:
        await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)
    if doc.status.value == "accepted":
        await cards.to_owner(ctx, after, "movein-doc-accepted", item=cards.item_name(
            ctx.tr, ctx.locale, doc.item))
    else:
        await cards.to_owner(ctx, after, "movein-doc-returned",
                             item=cards.item_name(ctx.tr, ctx.locale, doc.item),
                             reason=ctx.t(f"movein-reason-{doc.reason}"),
                             markup=lambda tr, loc: kb.send_documents(after.id, tr, loc))
    ctx.answer("decision-recorded")
    if before is not None:
        await cards.moved(ctx, before, after)


async def cmd_movein(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """Owners only; a unit with a move-in under way shows where it stands instead."""
    owned = booking.owner_tenures(ctx.actor)
    for tenure in owned:
        record = await ctx.uow.move_ins.open_for_unit(tenure.unit.id)
        if record is not None:
            await ctx.reply_html(await cards.status_text(ctx, record),
                                 markup=kb.owner_status(record.id,
                                                        record.status is Status.KEYS,
                                                        ctx.tr, ctx.locale))
            return
    await form.start(ctx, state)
