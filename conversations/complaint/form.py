"""Filing a complaint: unit, category, description, photos, call back, preview, confirm."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.notices.cards import when
from bot.ui.callbacks import ComplaintFormCb
from conversations.complaint import keyboards as kb
from conversations.forms import FormSteps, collect_photo, end_photo_step, reask
from conversations.repair.keyboards import TIMES
from domain.complaints import handling as complaints
from domain.complaints.handling import MAX_PHOTOS, ComplaintCategory, ComplaintDraft
from domain.errors import DomainError
from domain.ports import FileRef
from domain.text import DESCRIPTION_MAX, require_text, single_line
from handlers.filters import InPrivate, IsResident


class ComplaintForm(StatesGroup):
    choosing_unit = State()
    choosing_category = State()
    waiting_description = State()
    waiting_photos = State()
    choosing_callback = State()
    choosing_time = State()
    confirming = State()


PROMPTS = {
    ComplaintForm.choosing_unit.state: "complaint-ask-unit",
    ComplaintForm.choosing_category.state: "complaint-ask-category",
    ComplaintForm.waiting_description.state: "complaint-ask-description",
    ComplaintForm.waiting_photos.state: "complaint-ask-photos",
    ComplaintForm.choosing_callback.state: "complaint-ask-callback",
    ComplaintForm.choosing_time.state: "complaint-ask-time",
    ComplaintForm.confirming.state: "complaint-confirm-hint",
}


def build_router() -> Router:
    router = Router(name="complaint-form")
    router.message.filter(InPrivate())
    router.callback_query.filter(InPrivate())
    router.message.register(cmd_complaint, Command("complaint"), IsResident())
    on = router.callback_query.register
    on(unit_chosen, ComplaintForm.choosing_unit, ComplaintFormCb.filter(F.op == "unit"))
    on(category_chosen, ComplaintForm.choosing_category, ComplaintFormCb.filter(F.op == "cat"))
    router.message.register(description_received, ComplaintForm.waiting_description, F.text)
    router.message.register(photo_received, ComplaintForm.waiting_photos, F.photo | F.document)
    on(photos_done, ComplaintForm.waiting_photos, ComplaintFormCb.filter(F.op == "photos"))
    on(callback_chosen, ComplaintForm.choosing_callback, ComplaintFormCb.filter(F.op == "cb"))
    on(time_chosen, ComplaintForm.choosing_time, ComplaintFormCb.filter(F.op == "time"))
    router.message.register(time_typed, ComplaintForm.choosing_time, F.text)
    on(on_edit, ComplaintForm.confirming, ComplaintFormCb.filter(F.op == "edit"))
    on(on_confirm, ComplaintForm.confirming, ComplaintFormCb.filter(F.op == "confirm"))
    on(on_cancel, ComplaintFormCb.filter(F.op == "cancel"))
    for state in ComplaintForm.__states__:
        router.message.register(fallback, state)
    return router


async def _markup(ctx: Ctx, state_name: str | None, data: dict[str, Any]) -> Any:
    if state_name == ComplaintForm.choosing_unit.state:
        return kb.units(ctx.actor.tenures)
    if state_name == ComplaintForm.choosing_category.state:
        return kb.categories(ctx.tr, ctx.locale)
    if state_name == ComplaintForm.waiting_photos.state:
        return kb.photos_done(ctx.tr, ctx.locale, len(data.get("photos", [])))
    if state_name == ComplaintForm.choosing_callback.state:
        return kb.callback(ctx.tr, ctx.locale)
    if state_name == ComplaintForm.choosing_time.state:
        return kb.times(ctx.tr, ctx.locale)
    if state_name == ComplaintForm.confirming.state:
        return kb.preview(ctx.tr, ctx.locale)
    return None


async def ask(ctx: Ctx, state: FSMContext, target: State) -> None:
    await STEPS.ask(ctx, state, target)


async def next_step(ctx: Ctx, state: FSMContext, target: State) -> None:
    """Go on, or back to the preview when one field was being changed."""
    await STEPS.next_step(ctx, state, target)


async def cmd_complaint(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """The complaint line is open 24 hours; the form starts with the unit or the category."""
    await state.set_data({"photos": []})
    if len(ctx.actor.tenures) > 1:
        await ask(ctx, state, ComplaintForm.choosing_unit)
        return
    await state.update_data(unit_id=ctx.actor.tenures[0].unit.id)
    await ask(ctx, state, ComplaintForm.choosing_category)


async def unit_chosen(query: CallbackQuery, callback_data: ComplaintFormCb, ctx: Ctx,
                      state: FSMContext) -> None:
    units = {str(t.unit.id): t.unit.id for t in ctx.actor.tenures}
    if callback_data.value not in units:
        ctx.answer("button-stale", alert=True)
        return
    await state.update_data(unit_id=units[callback_data.value])
    await ask(ctx, state, ComplaintForm.choosing_category)


async def category_chosen(query: CallbackQuery, callback_data: ComplaintFormCb, ctx: Ctx,
                          state: FSMContext) -> None:
    try:
        category = ComplaintCategory(callback_data.value)
    except ValueError:
        ctx.answer("button-stale", alert=True)
        return
    await state.update_data(category=category.value)
    await next_step(ctx, state, ComplaintForm.waiting_description)


async def description_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    try:
        text = require_text(message.text, max_len=DESCRIPTION_MAX, field="description", min_len=3)
    except DomainError as exc:
        await reask(ctx, "complaint-ask-description", error=exc)
        return
    await state.update_data(description=text)
    await next_step(ctx, state, ComplaintForm.waiting_photos)


async def photo_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    if await collect_photo(message, ctx, state, prompt_key="complaint-ask-photos",
                           max_photos=MAX_PHOTOS,
                           done_markup=lambda n: kb.photos_done(ctx.tr, ctx.locale, n)):
        await _photos_finished(ctx, state)


async def _photos_finished(ctx: Ctx, state: FSMContext) -> None:
    await end_photo_step(state)
    await next_step(ctx, state, ComplaintForm.choosing_callback)


async def photos_done(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    await _photos_finished(ctx, state)


async def callback_chosen(query: CallbackQuery, callback_data: ComplaintFormCb, ctx: Ctx,
                          state: FSMContext) -> None:
    if callback_data.value == "no":
        await state.update_data(callback=False, time=None, time_text=None, editing=False)
        await preview(ctx, state)
    elif callback_data.value == "yes":
        await state.update_data(callback=True)
        await ask(ctx, state, ComplaintForm.choosing_time)
    else:
        ctx.answer("button-stale", alert=True)


async def time_chosen(query: CallbackQuery, callback_data: ComplaintFormCb, ctx: Ctx,
                      state: FSMContext) -> None:
    if callback_data.value not in TIMES:
        ctx.answer("button-stale", alert=True)
        return
    await state.update_data(time=callback_data.value, time_text=None, editing=False)
    await preview(ctx, state)


async def time_typed(message: Message, ctx: Ctx, state: FSMContext) -> None:
    try:
        text = single_line(message.text, max_len=100, field="preferred_time")
    except DomainError as exc:
        await reask(ctx, "complaint-ask-time", error=exc, markup=kb.times(ctx.tr, ctx.locale))
        return
    await state.update_data(time=None, time_text=text, editing=False)
    await preview(ctx, state)


async def preview(ctx: Ctx, state: FSMContext) -> None:
    data = await state.get_data()
    await state.set_state(ComplaintForm.confirming)
    unit = await ctx.uow.units.get(int(data["unit_id"])) if data.get("unit_id") else None
    if data.get("callback"):
        time = data.get("time_text") or ctx.t(f"time-{data.get('time') or 'any'}")
        callback = ctx.t("complaint-callback-at", time=time)
    else:
        callback = ctx.t("complaint-callback-none")
    await ctx.reply("complaint-preview", unit=unit.label if unit else "—",
                    category=ctx.t(f"complaint-cat-{data.get('category')}"),
                    description=data.get("description"), photos=len(data.get("photos", [])),
                    callback=callback, markup=kb.preview(ctx.tr, ctx.locale))


EDIT_TARGETS = {"category": ComplaintForm.choosing_category,
                "description": ComplaintForm.waiting_description,
                "photos": ComplaintForm.waiting_photos,
                "callback": ComplaintForm.choosing_callback}


async def on_edit(query: CallbackQuery, callback_data: ComplaintFormCb, ctx: Ctx,
                  state: FSMContext) -> None:
    target = EDIT_TARGETS.get(callback_data.value)
    if target is None:
        ctx.answer("button-stale", alert=True)
        return
    if target is ComplaintForm.waiting_photos:
        await state.update_data(photos=[])
    await state.update_data(editing=True)
    await ask(ctx, state, target)


def draft_of(data: dict[str, Any]) -> ComplaintDraft:
    return ComplaintDraft(
        category=str(data.get("category", "")), description=str(data.get("description", "")),
        unit_id=data.get("unit_id"), photos=tuple(FileRef(**p) for p in data.get("photos", [])),
        callback=bool(data.get("callback")),
        callback_time=data.get("time_text") or data.get("time"))


async def on_confirm(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    ticket = await complaints.submit_complaint(ctx.uow, ctx.actor, draft_of(await state.get_data()),
                                               ctx.now)
    await state.clear()
    if query.message is not None:
        await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)
    estate = await ctx.uow.estates.get(ticket.estate_id)
    await ctx.reply("complaint-submitted", number=ticket.number,
                    hours=complaints.ticket_policy(ticket).reply_hours,
                    due=when(ticket.reply_due, estate.tz if estate else "UTC"))


async def on_cancel(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    await state.clear()
    await ctx.reply("cancel-done")


async def fallback(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """Anything the step does not expect: say so and ask again; the draft stays."""
    current = await state.get_state()
    if current == ComplaintForm.waiting_photos.state and message.text:
        await reask(ctx, PROMPTS[current], error=DomainError("repair-photo-or-done"),
                    max=MAX_PHOTOS, markup=await _markup(ctx, current, await state.get_data()))
        return
    await STEPS.prompt_again(ctx, state, message, "complaint-confirm-hint")


STEPS = FormSteps(PROMPTS, _markup, preview, {"max": MAX_PHOTOS})
