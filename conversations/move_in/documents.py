"""The owner sends the checklist's documents one by one (a photo or a PDF), then confirms
the three agreements in chat (a confirmation with the time and the account)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.media import document_ref
from conversations.forms import reask, wrong_kind
from conversations.move_in import cards
from conversations.move_in import keyboards as kb
from conversations.move_in.callbacks import MoveInOwnerCb
from domain.errors import InvalidInput
from domain.move_in import booking
from domain.move_in.model import MoveIn, Status
from handlers.filters import InPrivate


class MoveInDocs(StatesGroup):
    waiting = State()


def build_router() -> Router:
    router = Router(name="move-in-documents")
    router.message.filter(InPrivate())
    router.callback_query.filter(InPrivate())
    router.callback_query.register(on_docs, MoveInOwnerCb.filter(F.op == "docs"))
    router.callback_query.register(on_agree, MoveInOwnerCb.filter(F.op == "agree"))
    router.message.register(document_received, MoveInDocs.waiting, F.document | F.photo)
    router.message.register(other_received, MoveInDocs.waiting)
    return router


async def ask_next(ctx: Ctx, state: FSMContext, record: MoveIn) -> None:
    """The next item of the checklist; none left: the agreements still to confirm."""
    missing = booking.missing(record, await ctx.uow.move_ins.documents(record.id))
    if missing:
        await state.set_state(MoveInDocs.waiting)
        await state.set_data({"move_in": record.id, "item": missing[0]})
        await ctx.reply("movein-ask-doc", item=cards.item_name(ctx.tr, ctx.locale, missing[0]),
                        number=record.number)
        return
    await state.clear()
    left = cards.agreements_left({c.item for c in
                                  await ctx.uow.move_ins.confirmations(record.id)})
    if left:
        await ctx.reply("movein-ask-agree", number=record.number,
                        markup=kb.agreements(record.id, left, ctx.tr, ctx.locale))
    else:
        await ctx.reply("movein-docs-waiting", number=record.number)


async def on_docs(query: CallbackQuery, callback_data: MoveInOwnerCb, ctx: Ctx,
                  state: FSMContext) -> None:
    record = await booking.own(ctx.uow, ctx.actor, callback_data.id)
    if record.status is not Status.BOOKED:
        await ctx.refuse_button("movein-documents-closed")
        return
    await ask_next(ctx, state, record)


async def document_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    data = await state.get_data()
    item = str(data.get("item", ""))
    name = cards.item_name(ctx.tr, ctx.locale, item)
    try:
        ref = document_ref(message, ctx.settings.files.max_document_bytes)
    except InvalidInput as exc:  # a Word file, a spreadsheet, ...: said, and asked again
        await reask(ctx, "movein-ask-doc", error=exc, number="", item=name)
        return
    doc = await booking.send_document(ctx.uow, ctx.actor, int(data["move_in"]), item, ref,
                                      ctx.now)
    record = await booking.own(ctx.uow, ctx.actor, doc.move_in_id)
    await cards.post_document(ctx, record, doc, ref)
    await ctx.reply("movein-doc-received", item=name)
    await ask_next(ctx, state, record)


async def other_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    item = str((await state.get_data()).get("item", ""))
    await wrong_kind(ctx, message, "movein-ask-doc", number="",
                     item=cards.item_name(ctx.tr, ctx.locale, item))


async def on_agree(query: CallbackQuery, callback_data: MoveInOwnerCb, ctx: Ctx) -> None:
    before = await booking.own(ctx.uow, ctx.actor, callback_data.id)
    after = await booking.confirm(ctx.uow, ctx.actor, before.id, callback_data.v, ctx.now)
    left = cards.agreements_left({c.item for c in
                                  await ctx.uow.move_ins.confirmations(after.id)})
    if query.message is not None:
        await ctx.postman.edit_markup(markup=kb.agreements(after.id, left, ctx.tr, ctx.locale)
                                      if left else None, chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)
    ctx.answer("movein-agreed")
    await cards.moved(ctx, before, after)
