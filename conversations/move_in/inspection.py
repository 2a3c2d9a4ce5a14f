"""The inspection in the inspector's private chat (驗房): the water, electricity and gas
readings, each with a photo of its meter; then the checklist room by room (按房屋質量驗收登記表
逐項檢查): an item with a defect is pressed (its kind, a description, a photo: a repair
ticket to the crew), the rest of the room is OK together; then a re-inspection day from the
date picker, or accepted when nothing was found."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from aiogram import Bot, Dispatcher, F, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.media import checked_photo
from bot.ui import datepicker
from conversations.forms import input_kind, reask, wrong_kind
from conversations.move_in import cards
from conversations.move_in import keyboards as kb
from conversations.move_in.callbacks import InspectCb
from conversations.questions import ask_in_private_chat
from conversations.renovation.callbacks import DateCb
from domain.errors import DomainError, InvalidInput
from domain.model import Locale
from domain.move_in import inspection
from domain.move_in.model import DEFECT_CATEGORIES, Meter, MoveInPolicy, parse_reading
from domain.renovation.review import parse_day
from domain.text import DESCRIPTION_MAX, require_text
from handlers.filters import InPrivate


class Inspect(StatesGroup):
    water = State()
    electricity = State()
    gas = State()
    meter_photo = State()
    room = State()
    category = State()
    description = State()
    defect_photo = State()
    day = State()


METERS = (Meter.WATER, Meter.ELECTRICITY, Meter.GAS)
METER_STATE = {Meter.WATER: Inspect.water, Meter.ELECTRICITY: Inspect.electricity,
               Meter.GAS: Inspect.gas}


def _meter_prompt(ctx: Ctx, data: dict[str, Any], meter: Meter) -> str:
    return ctx.t("movein-ask-meter", number=data.get("number", ""),
                 meter=ctx.t(f"movein-meter-{meter.value}"))


def _meter_name(ctx: Ctx, data: dict[str, Any]) -> str:
    return ctx.t(f"movein-meter-{data.get('meter') or 'water'}")


async def start(ctx: Ctx, bot: Bot, dispatcher: Dispatcher, move_in_id: int) -> None:
    """From the inspection card: the first reading asked in the presser's private chat. A
    second start replaces the readings and checklist of the first."""
    record = await inspection.begin(ctx.uow, ctx.actor, move_in_id, ctx.now)
    data = {"move_in": record.id, "number": record.number, "readings": {}, "room": 0,
            "found": {}}
    await ask_in_private_chat(ctx, bot, dispatcher, Inspect.water, data,
                              _meter_prompt(ctx, data, Meter.WATER))


async def reading_typed(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """A meter's reading; its photo is asked next."""
    data = await state.get_data()
    current = await state.get_state()
    meter = next(m for m, s in METER_STATE.items() if s.state == current)
    try:
        value = parse_reading(message.text or "")
        await inspection.check_reading(ctx.uow, ctx.actor, int(data["move_in"]), meter, value)
    except InvalidInput as exc:  # not a number, or lower than the last: asked again
        await reask(ctx, "movein-ask-meter", error=exc, number=data.get("number", ""),
                    meter=ctx.t(f"movein-meter-{meter.value}"))
        return
    await state.update_data(readings={**data.get("readings", {}), meter.value: value},
                            meter=meter.value)
    await state.set_state(Inspect.meter_photo)
    await ctx.reply("movein-ask-meter-photo", number=data.get("number", ""),
                    meter=ctx.t(f"movein-meter-{meter.value}"))


async def meter_photo(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """The meter's photo: its reading recorded with it; then the next meter, or the rooms."""
    data = await state.get_data()
    meter = Meter(str(data.get("meter") or "water"))
    try:
        ref = checked_photo(message, ctx.settings.files, ctx.checked)
        await inspection.record_reading(ctx.uow, ctx.actor, int(data["move_in"]), meter,
                                        int(data["readings"][meter.value]), ref, ctx.now)
    except InvalidInput as exc:
        await reask(ctx, "movein-ask-meter-photo", error=exc, number=data.get("number", ""),
                    meter=_meter_name(ctx, data))
        return
    following = METERS.index(meter) + 1
    if following < len(METERS):
        await state.set_state(METER_STATE[METERS[following]])
        await ctx.reply_html(_meter_prompt(ctx, data, METERS[following]))
        return
    await show_room(ctx, state, ctx.t("movein-meters-recorded", number=data.get("number", "")))


async def _checklist(ctx: Ctx, state: FSMContext) -> tuple[tuple[str, tuple[str, ...]], ...]:
    record = await ctx.uow.move_ins.get(int((await state.get_data())["move_in"]))
    estate = await ctx.uow.estates.get(record.estate_id) if record else None
    return MoveInPolicy.of(estate).checklist if estate else ()


async def _room(ctx: Ctx, state: FSMContext) -> tuple[int, str, tuple[str, ...], list[str]]:
    """The room being checked: its place, name, items, and the items found defective."""
    data = await state.get_data()
    rooms = await _checklist(ctx, state)
    index = min(int(data.get("room", 0)), max(len(rooms) - 1, 0))
    room, items = rooms[index] if rooms else ("", ())
    return index, room, items, list(data.get("found", {}).get(room, []))


async def room_prompt(ctx: Ctx, state: FSMContext) -> tuple[str, Any]:
    data = await state.get_data()
    index, room, items, found = await _room(ctx, state)
    total = len(await _checklist(ctx, state))
    sep = ", " if ctx.locale is Locale.EN else "、"
    names = sep.join(ctx.tr.named(ctx.locale, "movein-check", i) for i in items)
    text = ctx.t("movein-ask-room-check", number=data.get("number", ""),
                 room=ctx.tr.named(ctx.locale, "movein-room", room), place=index + 1,
                 total=total, items=names)
    return text, kb.room_items([i for i in items if i not in found], ctx.tr, ctx.locale)


async def show_room(ctx: Ctx, state: FSMContext, lead: str | None = None) -> None:
    """The room's checklist: an item with a defect is pressed, the rest are OK together."""
    await state.set_state(Inspect.room)
    text, markup = await room_prompt(ctx, state)
    await ctx.reply_html(f"{lead}\n\n{text}" if lead else text, markup=markup)


async def on_item(query: CallbackQuery, callback_data: InspectCb, ctx: Ctx,
                  state: FSMContext) -> None:
    """An item of the room with a defect: its kind is asked, then a description and photo."""
    _, _, items, found = await _room(ctx, state)
    if callback_data.value not in items or callback_data.value in found:
        await ctx.refuse_button()
        return
    await state.update_data(item=callback_data.value)
    await state.set_state(Inspect.category)
    await ctx.reply("movein-ask-category", markup=kb.categories(ctx.tr, ctx.locale),
                    item=ctx.tr.named(ctx.locale, "movein-check", callback_data.value))


async def on_category(query: CallbackQuery, callback_data: InspectCb, ctx: Ctx,
                      state: FSMContext) -> None:
    if callback_data.value not in DEFECT_CATEGORIES:
        await ctx.refuse_button()
        return
    await state.update_data(category=callback_data.value)
    await state.set_state(Inspect.description)
    await ctx.reply("movein-ask-defect")


async def description_typed(message: Message, ctx: Ctx, state: FSMContext) -> None:
    try:
        text = require_text(message.text, max_len=DESCRIPTION_MAX, field="description",
                            min_len=3)
    except DomainError as exc:
        await reask(ctx, "movein-ask-defect", error=exc)
        return
    await state.update_data(description=text)
    await state.set_state(Inspect.defect_photo)
    await ctx.reply("movein-ask-defect-photo")


async def defect_photo(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """The defect's photo: the repair ticket is made and sent to the crew; back to the room."""
    data = await state.get_data()
    _, room, _, found = await _room(ctx, state)
    try:
        ref = checked_photo(message, ctx.settings.files, ctx.checked)
        _, ticket = await inspection.add_defect(
            ctx.uow, ctx.actor, int(data["move_in"]), room, str(data["category"]),
            str(data["description"]), (ref,), ctx.now, item=str(data["item"]))
    except InvalidInput as exc:
        await reask(ctx, "movein-ask-defect-photo", error=exc)
        return
    defects = [*data.get("defects", []), ticket.number]
    await state.update_data(defects=defects,
                            found={**data.get("found", {}), room: [*found, data["item"]]})
    await show_room(ctx, state, ctx.t("movein-defect-recorded", ticket=ticket.number,
                                      count=len(defects)))


async def on_rest(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    """The rest of the room is OK: recorded; the next room, or after the last the
    re-inspection day (defects found) or acceptance (none)."""
    data = await state.get_data()
    index, room, _, _ = await _room(ctx, state)
    await inspection.room_checked(ctx.uow, ctx.actor, int(data["move_in"]), room, ctx.now)
    if query.message is not None:
        await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)
    if index + 1 < len(await _checklist(ctx, state)):
        await state.update_data(room=index + 1)
        await show_room(ctx, state)
        return
    if not await ctx.uow.move_ins.defects(int(data["move_in"])):
        await _finish(ctx, state, None)
        return
    await state.set_state(Inspect.day)
    await ctx.reply("movein-ask-reinspect-day", markup=_picker(ctx))


def _picker(ctx: Ctx, month: date | None = None) -> Any:
    today = ctx.now.date()
    return datepicker.picker(month or today + timedelta(days=1), today + timedelta(days=1),
                             today + timedelta(days=90), ctx.tr, ctx.locale)


async def _finish(ctx: Ctx, state: FSMContext, day: date | None) -> None:
    data = await state.get_data()
    before = await inspection.inspecting(ctx.uow, ctx.actor, int(data["move_in"]))
    try:
        after = await inspection.finish_inspection(ctx.uow, ctx.actor, before.id, day, ctx.now)
    except InvalidInput as exc:
        await reask(ctx, "movein-ask-reinspect-day", error=exc, markup=_picker(ctx))
        return
    await state.clear()
    await ctx.reply("movein-inspection-done", number=after.number)
    await cards.moved(ctx, before, after)


async def day_picked(query: CallbackQuery, callback_data: DateCb, ctx: Ctx,
                     state: FSMContext) -> None:
    try:
        day = date.fromisoformat(callback_data.value)
    except ValueError:
        await ctx.refuse_button()
        return
    await _finish(ctx, state, day)


async def day_typed(message: Message, ctx: Ctx, state: FSMContext) -> None:
    try:
        day = parse_day(message.text)
    except DomainError as exc:
        await reask(ctx, "movein-ask-reinspect-day", error=exc, markup=_picker(ctx))
        return
    await _finish(ctx, state, day)


async def month_shown(query: CallbackQuery, callback_data: DateCb, ctx: Ctx) -> None:
    month = datepicker.month_of(callback_data.value)
    if month is None or query.message is None:
        await ctx.refuse_button()
        return
    await ctx.postman.edit_markup(markup=_picker(ctx, month), chat_id=query.message.chat.id,
                                  message_id=query.message.message_id)


PROMPTS = {Inspect.category: "movein-ask-category",
           Inspect.defect_photo: "movein-ask-defect-photo",
           Inspect.day: "movein-ask-reinspect-day"}


async def fallback(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """Anything else while a step waits: what it wants is said; the draft stays."""
    current = await state.get_state()
    data = await state.get_data()
    meter = next((m for m, s in METER_STATE.items() if s.state == current), None)
    if meter is not None:
        await wrong_kind(ctx, message, "movein-ask-meter", number=data.get("number", ""),
                         meter=ctx.t(f"movein-meter-{meter.value}"))
        return
    if current == Inspect.meter_photo.state:
        await wrong_kind(ctx, message, "movein-ask-meter-photo",
                         number=data.get("number", ""), meter=_meter_name(ctx, data))
        return
    if current == Inspect.room.state:
        text, buttons = await room_prompt(ctx, state)
        hint = ctx.t("input-use-buttons") if message.text else ctx.t(
            "input-wrong-kind", kind=ctx.t(f"kind-{input_kind(message)}"))
        await ctx.reply_html(f"{hint}\n\n{text}", markup=buttons)
        return
    key = next((k for s, k in PROMPTS.items() if s.state == current), "movein-ask-defect")
    markup: Any = None
    if current == Inspect.category.state:
        markup = kb.categories(ctx.tr, ctx.locale)
    elif current == Inspect.day.state:
        markup = _picker(ctx)
    await wrong_kind(ctx, message, key, markup=markup, number=data.get("number", ""),
                     item=ctx.tr.named(ctx.locale, "movein-check", str(data.get("item", ""))))


def build_router() -> Router:
    router = Router(name="move-in-inspection")
    router.message.filter(InPrivate())
    router.callback_query.filter(InPrivate())
    for meter_state in METER_STATE.values():
        router.message.register(reading_typed, meter_state, F.text)
    router.message.register(meter_photo, Inspect.meter_photo, F.photo | F.document)
    router.callback_query.register(on_item, Inspect.room, InspectCb.filter(F.op == "item"))
    router.callback_query.register(on_rest, Inspect.room, InspectCb.filter(F.op == "rest"))
    router.callback_query.register(on_category, Inspect.category,
                                   InspectCb.filter(F.op == "cat"))
    router.message.register(description_typed, Inspect.description, F.text)
    router.message.register(defect_photo, Inspect.defect_photo, F.photo | F.document)
    router.callback_query.register(day_picked, Inspect.day, DateCb.filter(F.op == "day"))
    router.callback_query.register(month_shown, Inspect.day, DateCb.filter(F.op == "nav"))
    router.message.register(day_typed, Inspect.day, F.text)
    for each in Inspect.__states__:
        router.message.register(fallback, each)
    return router
