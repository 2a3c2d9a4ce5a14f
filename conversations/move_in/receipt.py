"""The fee receipt (入伙收費): the desk presses "Record the receipt" on the fee card and is
asked in private for the receipt's number; a preview, then it is recorded, the owner told and
the inspection card posted."""

from __future__ import annotations

from aiogram import Bot, Dispatcher, Router
from aiogram.types import InlineKeyboardMarkup

from bot.context import Ctx
from bot.i18n import Translator
from bot.ui.keyboards import button
from conversations.forms import Data, Form, Step
from conversations.move_in import cards
from conversations.move_in.callbacks import MoveInReceiptCb
from conversations.questions import ask_in_private_chat
from domain.errors import Conflict, InvalidInput
from domain.model import Locale
from domain.move_in import booking
from domain.move_in.model import Status
from domain.text import single_line


async def read_receipt(ctx: Ctx, data: Data, text: str) -> Data:
    number = single_line(text, max_len=40, field="receipt")
    if not number:
        raise InvalidInput("movein-bad-receipt")
    return {"receipt": number}


async def prompt_args(ctx: Ctx, data: Data) -> Data:
    return {"number": data.get("number", "")}


async def preview_text(ctx: Ctx, data: Data) -> str:
    return ctx.t("movein-receipt-preview", number=data.get("number", ""),
                 receipt=data.get("receipt", ""))


def preview_markup(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[
        [button(tr(locale, "btn-movein-receipt-save"), MoveInReceiptCb(op="confirm").pack())],
        [button(tr(locale, "btn-movein-receipt-edit"),
                MoveInReceiptCb(op="edit", value="receipt").pack()),
         button(tr(locale, "btn-cancel"), MoveInReceiptCb(op="cancel").pack())]])


async def submit(ctx: Ctx, data: Data) -> tuple[str, Data]:
    before = await booking.staff_record(ctx.uow, ctx.actor, int(data["move_in"]))
    after = await booking.record_receipt(ctx.uow, ctx.actor, before.id, str(data["receipt"]),
                                         ctx.now)
    await cards.moved(ctx, before, after)
    return "movein-receipt-recorded", {"number": after.number, "receipt": after.receipt or ""}


FORM = Form(
    name="MoveInReceiptForm", callback=MoveInReceiptCb,
    steps=[Step("receipt", "movein-ask-receipt", text=read_receipt, edit="receipt")],
    preview_text=preview_text, preview_markup=preview_markup, submit=submit,
    confirm_hint="movein-receipt-hint", prompt_args=prompt_args)


async def ask(ctx: Ctx, bot: Bot, dispatcher: Dispatcher, move_in_id: int) -> None:
    """From the fee card: the receipt number asked in the presser's private chat."""
    record = await booking.staff_record(ctx.uow, ctx.actor, move_in_id)
    if record.status is not Status.FEES:
        raise Conflict("movein-not-fees")
    await ask_in_private_chat(ctx, bot, dispatcher, FORM.state("receipt"),
                              {"move_in": record.id, "number": record.number},
                              ctx.t("movein-ask-receipt", number=record.number))


def build_router() -> Router:
    return FORM.router("move-in-receipt")
