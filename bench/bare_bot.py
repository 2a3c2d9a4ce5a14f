"""The baseline: a bare aiogram bot with the same conversation shape as propdesk.

Run by the benchmark as `python -m bench.bare_bot` with BENCH_BARE_TOKEN and
BENCH_BARE_API_BASE set. It answers /help, /start, the "ask to be linked" form with the
same steps, buttons and callback data as propdesk (start → "Ask to be linked" → unit → relation
button → name → phone → Confirm), and a four-step repair form after /repair (category button →
description → urgency button → Confirm, propdesk's callback data). It keeps the drafts in
aiogram's MemoryStorage, and replies directly with message.answer / edit_reply_markup /
callback.answer. No database, no inbox, no
outbox, no rate limiter: this is the floor propdesk's figures are compared against.
"""

from __future__ import annotations

import asyncio
import html
import logging
import os
import re
import sys

from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.filters import Command, CommandStart
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member",
                   "chat_member"]
UNITS = {("A", "3A"), ("A", "12B"), ("A", "15C"), ("B", "1C"), ("B", "8A"), ("B", "20D")}
RELATIONS = {"owner": "Owner", "co_owner": "Co-owner", "tenant": "Tenant", "proxy": "Proxy"}
PHONE = re.compile(r"^\+?[0-9][0-9 \-]{6,20}$")

HELP = ("I am the property office's assistant. First I need to know which unit you live in:\n"
        "send the code the office gave you, or use /start and tap <b>Ask to be linked</b>.\n"
        "/language changes the language.")
WELCOME = ("Welcome to the property management office bot.\n\n"
           "If the office gave you a code, tap <b>I have a code</b> (or just send the code "
           "here).\nOtherwise tap <b>Ask to be linked</b> and the office will check your "
           "details.")


class StartCb(CallbackData, prefix="st1"):
    op: str


class LinkFormCb(CallbackData, prefix="lf1"):
    op: str
    value: str = ""


class RepairCb(CallbackData, prefix="rf1"):
    op: str
    value: str = ""


class RepairForm(StatesGroup):
    choosing_category = State()
    waiting_description = State()
    choosing_urgency = State()
    confirming = State()


CATEGORIES = {"plumbing": "Plumbing", "electrical": "Electrical", "safety": "Safety facility",
              "leak": "Water leak or seepage", "locks": "Doors and locks", "lift": "Lift",
              "common": "Common area", "other": "Other"}
URGENCIES = {"normal": "Normal", "emergency": "🚨 Emergency"}


class LinkForm(StatesGroup):
    waiting_unit = State()
    choosing_relation = State()
    waiting_name = State()
    waiting_phone = State()
    confirming = State()


def _button(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data)


def welcome_kb() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[
        [_button("I have a code", StartCb(op="code").pack())],
        [_button("Ask to be linked", StartCb(op="request").pack())]])


def relations_kb() -> InlineKeyboardMarkup:
    buttons = [_button(label, LinkFormCb(op="rel", value=value).pack())
               for value, label in RELATIONS.items()]
    return InlineKeyboardMarkup(inline_keyboard=[buttons[:2], buttons[2:]])


def phone_kb() -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(keyboard=[[KeyboardButton(text="Share my number",
                                                         request_contact=True)],
                                         [KeyboardButton(text="Skip")]],
                               resize_keyboard=True, one_time_keyboard=True)


def preview_kb() -> InlineKeyboardMarkup:
    edit = [_button(f"Change {f}", LinkFormCb(op="edit", value=f).pack())
            for f in ("unit", "relation", "name", "phone")]
    return InlineKeyboardMarkup(inline_keyboard=[
        edit[:2], edit[2:],
        [_button("Confirm", LinkFormCb(op="confirm").pack()),
         _button("Cancel", LinkFormCb(op="cancel").pack())]])


def categories_kb() -> InlineKeyboardMarkup:
    buttons = [[_button(label, RepairCb(op="cat", value=value).pack())]
               for value, label in CATEGORIES.items()]
    return InlineKeyboardMarkup(inline_keyboard=buttons)


def urgency_kb() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[
        [_button(label, RepairCb(op="urg", value=value).pack())]
        for value, label in URGENCIES.items()])


def repair_preview_kb() -> InlineKeyboardMarkup:
    edit = [_button(f"Change {f}", RepairCb(op="edit", value=f).pack())
            for f in ("category", "description", "urgency")]
    return InlineKeyboardMarkup(inline_keyboard=[
        edit[:2], edit[2:],
        [_button("Confirm", RepairCb(op="confirm").pack()),
         _button("Cancel", RepairCb(op="cancel").pack())]])


router = Router(name="bare")
_requests = 0
_repairs = 0


@router.message(Command("help"))
async def cmd_help(message: Message) -> None:
    await message.answer(HELP)


@router.message(CommandStart())
async def cmd_start(message: Message, state: FSMContext) -> None:
    await state.clear()
    await message.answer(WELCOME, reply_markup=welcome_kb())


@router.callback_query(StartCb.filter(F.op == "request"))
async def on_request(query: CallbackQuery, state: FSMContext) -> None:
    await state.set_state(LinkForm.waiting_unit)
    await state.set_data({"draft": "link", "estate": "Harbour View"})
    assert isinstance(query.message, Message)
    await query.message.answer("Which unit? Write the block and flat, for example <b>A-12B</b>.")
    await query.answer()


@router.message(LinkForm.waiting_unit, F.text)
async def unit_received(message: Message, state: FSMContext) -> None:
    text = (message.text or "").strip().upper().replace(" ", "")
    building, _, number = text.rpartition("-")
    if (building, number) not in UNITS:
        await message.answer(f"There is no unit {message.text} here. Please check it.")
        return
    await state.update_data(unit=f"{building}-{number}")
    await state.set_state(LinkForm.choosing_relation)
    await message.answer("How do you hold this unit?", reply_markup=relations_kb())


@router.callback_query(LinkForm.choosing_relation, LinkFormCb.filter(F.op == "rel"))
async def relation_chosen(query: CallbackQuery, callback_data: LinkFormCb,
                          state: FSMContext) -> None:
    if callback_data.value not in RELATIONS:
        await query.answer("This button is no longer valid.", show_alert=True)
        return
    await state.update_data(relation=callback_data.value)
    await state.set_state(LinkForm.waiting_name)
    assert isinstance(query.message, Message)
    await query.message.answer("Your full name, as the office knows it:")
    await query.answer()


@router.message(LinkForm.waiting_name, F.text)
async def name_received(message: Message, state: FSMContext) -> None:
    name = " ".join((message.text or "").split())
    if not name or len(name) > 100:
        await message.answer("Please send the name as text.")
        return
    await state.update_data(name=name)
    await state.set_state(LinkForm.waiting_phone)
    await message.answer("Your phone number, so the office can call you. Tap the button to "
                         "share it, type it, or skip.", reply_markup=phone_kb())


@router.message(LinkForm.waiting_phone, F.text)
async def phone_received(message: Message, state: FSMContext) -> None:
    text = (message.text or "").strip()
    if not PHONE.match(text):
        await message.answer("That is not a phone number. Use digits, for example "
                             "+852 9123 4567.", reply_markup=phone_kb())
        return
    phone = "+" + re.sub(r"[^0-9]", "", text)
    data = await state.update_data(phone=phone)
    await state.set_state(LinkForm.confirming)
    await message.answer("Thank you.", reply_markup=ReplyKeyboardRemove())
    await message.answer(
        f"<b>Please check:</b>\nEstate: {data['estate']}\nUnit: {data['unit']}\n"
        f"As: {RELATIONS[data['relation']]}\nName: {data['name']}\nPhone: {phone}",
        reply_markup=preview_kb())


@router.callback_query(LinkForm.confirming, LinkFormCb.filter(F.op == "confirm"))
async def on_confirm(query: CallbackQuery, state: FSMContext) -> None:
    global _requests
    await state.clear()
    _requests += 1
    assert isinstance(query.message, Message)
    await query.message.edit_reply_markup(reply_markup=None)
    await query.message.answer(f"Sent to the office (request #{_requests}). I will tell you "
                               "when they have checked it.")
    await query.answer()


@router.message(Command("repair"))
async def cmd_repair(message: Message, state: FSMContext) -> None:
    await state.set_state(RepairForm.choosing_category)
    await state.set_data({"draft": "repair"})
    await message.answer("What needs repairing?", reply_markup=categories_kb())


@router.callback_query(RepairForm.choosing_category, RepairCb.filter(F.op == "cat"))
async def repair_category(query: CallbackQuery, callback_data: RepairCb,
                          state: FSMContext) -> None:
    if callback_data.value not in CATEGORIES:
        await query.answer("This button is no longer valid.", show_alert=True)
        return
    await state.update_data(category=callback_data.value)
    await state.set_state(RepairForm.waiting_description)
    assert isinstance(query.message, Message)
    await query.message.answer("Please describe the problem (what, since when, how bad).")
    await query.answer()


@router.message(RepairForm.waiting_description, F.text)
async def repair_description(message: Message, state: FSMContext) -> None:
    text = " ".join((message.text or "").split())
    if len(text) < 3 or len(text) > 2000:
        await message.answer("Please describe the problem in a few words.")
        return
    await state.update_data(description=text)
    await state.set_state(RepairForm.choosing_urgency)
    await message.answer("Is it an emergency? Emergencies go to the on-call crew at once, "
                         "day and night.", reply_markup=urgency_kb())


@router.callback_query(RepairForm.choosing_urgency, RepairCb.filter(F.op == "urg"))
async def repair_urgency(query: CallbackQuery, callback_data: RepairCb,
                         state: FSMContext) -> None:
    if callback_data.value not in URGENCIES:
        await query.answer("This button is no longer valid.", show_alert=True)
        return
    data = await state.update_data(urgency=callback_data.value)
    await state.set_state(RepairForm.confirming)
    assert isinstance(query.message, Message)
    await query.message.answer(
        f"<b>Repair request — please check:</b>\nType: {CATEGORIES[data['category']]}\n"
        f"Description: {html.escape(data['description'])}\nUrgency: {URGENCIES[data['urgency']]}",
        reply_markup=repair_preview_kb())
    await query.answer()


@router.callback_query(RepairForm.confirming, RepairCb.filter(F.op == "confirm"))
async def repair_confirm(query: CallbackQuery, state: FSMContext) -> None:
    global _repairs
    await state.clear()
    _repairs += 1
    assert isinstance(query.message, Message)
    await query.message.edit_reply_markup(reply_markup=None)
    await query.message.answer(f"Thank you. Your request is <b>R-2026-{_repairs:06d}</b>; "
                               "the crew has it now.")
    await query.answer()


async def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    token = os.environ["BENCH_BARE_TOKEN"]
    base = os.environ["BENCH_BARE_API_BASE"]
    timeout = int(os.environ.get("BENCH_BARE_POLLING_TIMEOUT", "1"))
    session = AiohttpSession(api=TelegramAPIServer.from_base(base))
    bot = Bot(token, session=session,
              default=DefaultBotProperties(parse_mode="HTML", link_preview_is_disabled=True))
    dp = Dispatcher(storage=MemoryStorage())
    dp.include_router(router)
    await dp.start_polling(bot, polling_timeout=timeout, allowed_updates=ALLOWED_UPDATES)


if __name__ == "__main__":
    asyncio.run(main())
    sys.exit(0)
