"""Entrusted services (委託代辦): the owner taps "Ask the office to handle…" on their move-in,
picks an item of the estate's list and adds a note (or none); a preview, then the desk group
gets a card for the item. The desk's "Done" asks the presser in private for a short note; a
preview, then the item is done, the card says so and the owner is told in their language."""

from __future__ import annotations

from aiogram import Bot, Dispatcher, F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery

from bot.context import Ctx
from bot.i18n import Translator
from conversations.forms import Data, Form, Stale, Step
from conversations.move_in import cards
from conversations.move_in import keyboards as kb
from conversations.move_in.callbacks import ErrandDoneCb, ErrandFormCb, MoveInOwnerCb
from conversations.questions import ask_in_private_chat
from domain.errors import Conflict
from domain.model import Locale
from domain.move_in import booking
from domain.move_in import errands as use
from domain.move_in.model import Errand, ErrandStatus, MoveIn


def errand_ref(errand_id: int) -> str:
    return f"movein:errand:{errand_id}"


def item_name(tr: Translator, locale: Locale, item: str) -> str:
    """An item of the default list by its name; an estate's own item as the estate wrote it."""
    return tr.named(locale, "movein-errand", item)


# ---------------------------------------------------------------- the owner's form


async def _record(ctx: Ctx, data: Data) -> MoveIn:
    return await booking.own(ctx.uow, ctx.actor, int(data["move_in"]))


async def items_markup(ctx: Ctx, data: Data) -> object:
    return kb.errand_items(await use.offered(ctx.uow, await _record(ctx, data)), ctx.tr,
                           ctx.locale)


async def read_item(ctx: Ctx, data: Data, value: str) -> Data:
    if value not in await use.offered(ctx.uow, await _record(ctx, data)):
        raise Stale
    return {"item": value}


async def read_note(ctx: Ctx, data: Data, text: str) -> Data:
    return {"note": use.note_text(text)}


async def skip_note(ctx: Ctx, data: Data, value: str) -> Data:
    return {"note": ""}


async def prompt_args(ctx: Ctx, data: Data) -> Data:
    return {"number": data.get("number", ""),
            "item": item_name(ctx.tr, ctx.locale, str(data.get("item") or ""))}


async def preview_text(ctx: Ctx, data: Data) -> str:
    return ctx.t("movein-errand-preview", number=data.get("number", ""),
                 item=item_name(ctx.tr, ctx.locale, str(data["item"])),
                 note=data.get("note") or "", has_note="yes" if data.get("note") else "no")


async def submit(ctx: Ctx, data: Data) -> tuple[str, Data]:
    record, errand = await use.ask(ctx.uow, ctx.actor, int(data["move_in"]), str(data["item"]),
                                   str(data.get("note") or ""), ctx.now)
    await post_card(ctx, record, errand)
    return "movein-errand-asked", {"number": record.number,
                                   "item": item_name(ctx.tr, ctx.locale, errand.item)}


OWNER_FORM = Form(
    name="MoveInErrandForm", callback=ErrandFormCb,
    steps=[
        Step("choosing_item", "movein-ask-errand", op="item", choice=read_item,
             markup=items_markup, edit="item", then="note"),
        Step("note", "movein-ask-errand-note", text=read_note, op="skip", choice=skip_note,
             markup=lambda ctx, d: kb.errand_skip(ctx.tr, ctx.locale), edit="note"),
    ],
    preview_text=preview_text, preview_markup=kb.errand_preview, submit=submit,
    confirm_hint="movein-errand-hint", prompt_args=prompt_args)


async def on_errand(query: CallbackQuery, callback_data: MoveInOwnerCb, ctx: Ctx,
                    state: FSMContext) -> None:
    """"Ask the office to handle…" under the owner's move-in: the estate's items not asked
    for yet; when every one is, the owner is told so."""
    record = await booking.own(ctx.uow, ctx.actor, callback_data.id)
    if not await use.offered(ctx.uow, record):
        await ctx.refuse_button("movein-errand-none-left")
        return
    await OWNER_FORM.start(ctx, state, {"move_in": record.id, "number": record.number},
                           "choosing_item")


# ---------------------------------------------------------------- the desk's card and note


def _card_text(tr: Translator, locale: Locale, head: dict[str, object], errand: Errand,
               done_by: str = "") -> str:
    item = item_name(tr, locale, errand.item)
    if errand.status is ErrandStatus.DONE:
        return tr(locale, "movein-card-errand-done", **head, item=item, who=done_by,
                  note=errand.done_note or "")
    return tr(locale, "movein-card-errand", **head, item=item, note=errand.note,
              has_note="yes" if errand.note else "no")


async def post_card(ctx: Ctx, record: MoveIn, errand: Errand) -> None:
    """The item's card in the desk group, with its "Done" button."""
    found = await cards.desk(ctx, record.estate_id)
    if found is None:
        return
    chat_id, locale = found
    head = await cards.head(ctx, record, locale)
    await ctx.postman.send(chat_id, _card_text(ctx.tr, locale, head, errand),
                           markup=kb.errand_card(errand.id, ctx.tr, locale),
                           ref=errand_ref(errand.id))


async def ask_done(ctx: Ctx, bot: Bot, dispatcher: Dispatcher, errand_id: int) -> None:
    """From the card's "Done": the short note asked in the presser's private chat."""
    record, errand = await use.staff_errand(ctx.uow, ctx.actor, errand_id)
    if errand.status is not ErrandStatus.OPEN:
        raise Conflict("movein-errand-done-already")
    item = item_name(ctx.tr, ctx.locale, errand.item)
    await ask_in_private_chat(ctx, bot, dispatcher, DONE_FORM.state("note"),
                              {"errand": errand.id, "number": record.number, "item": item},
                              ctx.t("movein-ask-errand-done", number=record.number, item=item))


async def read_done_note(ctx: Ctx, data: Data, text: str) -> Data:
    return {"note": use.note_text(text, required=True)}


async def done_args(ctx: Ctx, data: Data) -> Data:
    return {"number": data.get("number", ""), "item": data.get("item", "")}


async def done_preview(ctx: Ctx, data: Data) -> str:
    return ctx.t("movein-errand-done-preview", number=data.get("number", ""),
                 item=data.get("item", ""), note=data.get("note", ""))


async def done_submit(ctx: Ctx, data: Data) -> tuple[str, Data]:
    record, errand = await use.finish(ctx.uow, ctx.actor, int(data["errand"]),
                                      str(data.get("note") or ""), ctx.now)
    found = await cards.desk(ctx, record.estate_id)
    if found is not None:  # the card says it is done, and by whom; its button goes
        _, locale = found
        head = await cards.head(ctx, record, locale)
        await ctx.postman.edit(text=_card_text(ctx.tr, locale, head, errand,
                                               ctx.actor.person.name if ctx.actor.person
                                               else ""), ref=errand_ref(errand.id))
    person = await ctx.uow.people.get(record.owner_id)
    if person is not None:
        await cards.to_owner(ctx, record, "movein-owner-errand-done",
                             item=item_name(ctx.tr, person.locale, errand.item),
                             note=errand.done_note or "")
    return "movein-errand-recorded", {"number": record.number, "item": data.get("item", "")}


DONE_FORM = Form(
    name="MoveInErrandDone", callback=ErrandDoneCb,
    steps=[Step("note", "movein-ask-errand-done", text=read_done_note, edit="note")],
    preview_text=done_preview, preview_markup=kb.errand_done_preview, submit=done_submit,
    confirm_hint="movein-errand-done-hint", prompt_args=done_args)


def build_router() -> Router:
    router = OWNER_FORM.router("move-in-errands", entry=lambda r: r.callback_query.register(
        on_errand, MoveInOwnerCb.filter(F.op == "errand")))
    router.include_router(DONE_FORM.router("move-in-errand-done"))
    return router
