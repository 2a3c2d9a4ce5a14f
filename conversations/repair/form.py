"""Reporting a repair: category, place, description, photos, urgency, time, preview, confirm."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.notices.cards import when
from bot.ui.callbacks import RepairFormCb
from conversations.forms import FormSteps, collect_photo, end_photo_step, reask
from conversations.repair import keyboards as kb
from domain import repair
from domain.errors import DomainError
from domain.model import Actor
from domain.ports import FileRef
from domain.repair import MAX_PHOTOS, Category, RepairDraft
from domain.text import DESCRIPTION_MAX, require_text, single_line
from handlers.filters import InPrivate, IsResident


class RepairForm(StatesGroup):
    choosing_category = State()
    choosing_place = State()
    waiting_location = State()
    waiting_description = State()
    waiting_photos = State()
    choosing_urgency = State()
    choosing_time = State()
    confirming = State()


PROMPTS = {
    RepairForm.choosing_category.state: "repair-ask-category",
    RepairForm.choosing_place.state: "repair-ask-place",
    RepairForm.waiting_location.state: "repair-ask-location",
    RepairForm.waiting_description.state: "repair-ask-description",
    RepairForm.waiting_photos.state: "repair-ask-photos",
    RepairForm.choosing_urgency.state: "repair-ask-urgency",
    RepairForm.choosing_time.state: "repair-ask-time",
    RepairForm.confirming.state: "repair-confirm-hint",
}


def build_router() -> Router:
    router = Router(name="repair-form")
    router.message.filter(InPrivate())
    router.callback_query.filter(InPrivate())
    router.message.register(cmd_repair, Command("repair"), IsResident())
    on = router.callback_query.register
    on(category_chosen, RepairForm.choosing_category, RepairFormCb.filter(F.op == "cat"))
    on(place_chosen, RepairForm.choosing_place, RepairFormCb.filter(F.op == "place"))
    router.message.register(location_received, RepairForm.waiting_location, F.text)
    router.message.register(description_received, RepairForm.waiting_description, F.text)
    router.message.register(photo_received, RepairForm.waiting_photos, F.photo | F.document)
    on(photos_done, RepairForm.waiting_photos, RepairFormCb.filter(F.op == "photos"))
    on(urgency_chosen, RepairForm.choosing_urgency, RepairFormCb.filter(F.op == "urg"))
    on(time_chosen, RepairForm.choosing_time, RepairFormCb.filter(F.op == "time"))
    router.message.register(time_typed, RepairForm.choosing_time, F.text)
    on(on_edit, RepairForm.confirming, RepairFormCb.filter(F.op == "edit"))
    on(on_confirm, RepairForm.confirming, RepairFormCb.filter(F.op == "confirm"))
    on(on_cancel, RepairFormCb.filter(F.op == "cancel"))
    for state in RepairForm.__states__:
        router.message.register(fallback, state)
    return router


async def _markup(ctx: Ctx, state_name: str | None, data: dict[str, Any]) -> Any:
    if state_name == RepairForm.choosing_category.state:
        return kb.categories(ctx.tr, ctx.locale)
    if state_name == RepairForm.choosing_place.state:
        return kb.places(ctx.actor.tenures, ctx.tr, ctx.locale)
    if state_name == RepairForm.waiting_photos.state:
        return kb.photos_done(ctx.tr, ctx.locale, len(data.get("photos", [])))
    if state_name == RepairForm.choosing_urgency.state:
        return kb.urgency(ctx.tr, ctx.locale)
    if state_name == RepairForm.choosing_time.state:
        return kb.times(ctx.tr, ctx.locale)
    if state_name == RepairForm.confirming.state:
        return kb.preview(ctx.tr, ctx.locale)
    return None


async def ask(ctx: Ctx, state: FSMContext, target: State) -> None:
    await STEPS.ask(ctx, state, target)


async def next_step(ctx: Ctx, state: FSMContext, target: State) -> None:
    """Go on, or back to the preview when one field was being changed."""
    await STEPS.next_step(ctx, state, target)


async def start_form(ctx: Ctx, state: FSMContext, *, unit_id: int | None = None,
                     location: str | None = None, equipment: str | None = None,
                     estate_id: int | None = None) -> None:
    """Open the form, optionally already bound to a unit or a piece of shared equipment."""
    data: dict[str, Any] = {"photos": []}
    if unit_id is not None:
        data["unit_id"] = unit_id
    if location:
        data.update(location=location, equipment=equipment, estate_id=estate_id)
    await state.set_data(data)
    await ask(ctx, state, RepairForm.choosing_category)


async def cmd_repair(message: Message, ctx: Ctx, state: FSMContext) -> None:
    await start_form(ctx, state)


async def category_chosen(query: CallbackQuery, callback_data: RepairFormCb, ctx: Ctx,
                          state: FSMContext) -> None:
    try:
        category = Category(callback_data.value)
    except ValueError:
        ctx.answer("button-stale", alert=True)
        return
    await state.update_data(category=category.value)
    data = await state.get_data()
    if "unit_id" in data or "location" in data:
        await next_step(ctx, state, RepairForm.waiting_description)
    elif len(ctx.actor.tenures) == 1 and category is not Category.COMMON:
        await state.update_data(unit_id=ctx.actor.tenures[0].unit.id)
        await next_step(ctx, state, RepairForm.waiting_description)
    else:
        await ask(ctx, state, RepairForm.choosing_place)


async def place_chosen(query: CallbackQuery, callback_data: RepairFormCb, ctx: Ctx,
                       state: FSMContext) -> None:
    if callback_data.value == "common":
        await state.update_data(unit_id=None)
        await ask(ctx, state, RepairForm.waiting_location)
        return
    units = {str(t.unit.id): t.unit.id for t in ctx.actor.tenures}
    if callback_data.value not in units:
        ctx.answer("button-stale", alert=True)
        return
    await state.update_data(unit_id=units[callback_data.value], location=None)
    await next_step(ctx, state, RepairForm.waiting_description)


async def location_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    try:
        location = single_line(message.text, max_len=200, field="location")
    except DomainError as exc:
        await reask(ctx, "repair-ask-location", error=exc)
        return
    await state.update_data(location=location, unit_id=None)
    await next_step(ctx, state, RepairForm.waiting_description)


async def description_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    try:
        text = require_text(message.text, max_len=DESCRIPTION_MAX, field="description", min_len=3)
    except DomainError as exc:
        await reask(ctx, "repair-ask-description", error=exc)
        return
    await state.update_data(description=text)
    await next_step(ctx, state, RepairForm.waiting_photos)


async def photo_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    if await collect_photo(message, ctx, state, prompt_key="repair-ask-photos",
                           max_photos=MAX_PHOTOS,
                           done_markup=lambda n: kb.photos_done(ctx.tr, ctx.locale, n)):
        await _photos_finished(ctx, state)


async def _photos_finished(ctx: Ctx, state: FSMContext) -> None:
    await end_photo_step(state)
    await next_step(ctx, state, RepairForm.choosing_urgency)


async def photos_done(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    await _photos_finished(ctx, state)


async def urgency_chosen(query: CallbackQuery, callback_data: RepairFormCb, ctx: Ctx,
                         state: FSMContext) -> None:
    if callback_data.value not in {"normal", "emergency"}:
        ctx.answer("button-stale", alert=True)
        return
    await state.update_data(urgency=callback_data.value)
    await next_step(ctx, state, RepairForm.choosing_time)


async def time_chosen(query: CallbackQuery, callback_data: RepairFormCb, ctx: Ctx,
                      state: FSMContext) -> None:
    if callback_data.value not in kb.TIMES:
        ctx.answer("button-stale", alert=True)
        return
    await state.update_data(time=callback_data.value, time_text=None)
    await preview(ctx, state)


async def time_typed(message: Message, ctx: Ctx, state: FSMContext) -> None:
    try:
        text = single_line(message.text, max_len=100, field="preferred_time")
    except DomainError as exc:
        await reask(ctx, "repair-ask-time", error=exc, markup=kb.times(ctx.tr, ctx.locale))
        return
    await state.update_data(time=None, time_text=text)
    await preview(ctx, state)


async def _place_text(ctx: Ctx, data: dict[str, Any]) -> str:
    if data.get("unit_id") is not None:
        unit = await ctx.uow.units.get(int(data["unit_id"]))
        return unit.label if unit else "?"
    return ctx.t("repair-place-common", location=data.get("location") or "")


async def preview(ctx: Ctx, state: FSMContext) -> None:
    data = await state.get_data()
    await state.set_state(RepairForm.confirming)
    time = data.get("time_text") or (ctx.t(f"time-{data['time']}") if data.get("time") else "—")
    await ctx.reply("repair-preview", category=ctx.t(f"cat-{data.get('category')}"),
                    place=await _place_text(ctx, data), description=data.get("description"),
                    photos=len(data.get("photos", [])),
                    urgency=ctx.t(f"urgency-{data.get('urgency', 'normal')}"), time=time,
                    markup=kb.preview(ctx.tr, ctx.locale))


EDIT_TARGETS = {"category": RepairForm.choosing_category, "place": RepairForm.choosing_place,
                "description": RepairForm.waiting_description,
                "photos": RepairForm.waiting_photos, "urgency": RepairForm.choosing_urgency,
                "time": RepairForm.choosing_time}


async def on_edit(query: CallbackQuery, callback_data: RepairFormCb, ctx: Ctx,
                  state: FSMContext) -> None:
    target = EDIT_TARGETS.get(callback_data.value)
    if target is None:
        ctx.answer("button-stale", alert=True)
        return
    if target is RepairForm.waiting_photos:
        await state.update_data(photos=[])
    await state.update_data(editing=True)
    await ask(ctx, state, target)


def draft_of(data: dict[str, Any], actor: Actor) -> RepairDraft:
    return RepairDraft(
        category=str(data.get("category", "")), description=str(data.get("description", "")),
        urgency=str(data.get("urgency", "normal")), unit_id=data.get("unit_id"),
        location=data.get("location"), preferred_time=data.get("time_text") or data.get("time"),
        photos=tuple(FileRef(**p) for p in data.get("photos", [])),
        estate_id=data.get("estate_id"), equipment=data.get("equipment"))


async def on_confirm(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    data = await state.get_data()
    done = await repair.submit_repair(ctx.uow, ctx.actor, draft_of(data, ctx.actor), ctx.now)
    await state.clear()
    if query.message is not None:
        await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)
    t = done.ticket
    if t.emergency:
        await ctx.reply("repair-submitted-emergency", number=t.number)
    elif done.after_hours:
        estate = await ctx.uow.estates.get(t.estate_id)
        await ctx.reply("repair-submitted-after-hours", number=t.number,
                        opens=when(done.reopens_at, estate.tz if estate else "UTC"))
    else:
        await ctx.reply("repair-submitted", number=t.number)


async def on_cancel(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    await state.clear()
    await ctx.reply("cancel-done")


async def fallback(message: Message, ctx: Ctx, state: FSMContext) -> None:
    current = await state.get_state()
    data = await state.get_data()
    key = PROMPTS.get(current or "", "repair-confirm-hint")
    if current == RepairForm.waiting_photos.state and message.text:
        await reask(ctx, key, error=DomainError("repair-photo-or-done"), max=MAX_PHOTOS,
                    markup=await _markup(ctx, current, data))
        return
    await STEPS.prompt_again(ctx, state, message, key)


STEPS = FormSteps(PROMPTS, _markup, preview, {"max": MAX_PHOTOS})
