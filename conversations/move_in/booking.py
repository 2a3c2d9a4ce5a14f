"""Booking a move-in (入伙預約): the unit (when several), a day from the date picker (or
typed), one of that day's slots, who comes; the preview, then the booking."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.ui import datepicker
from conversations.forms import Data, Form, Stale, Step, choice_of, picked_day, reask
from conversations.move_in import cards
from conversations.move_in import keyboards as kb
from conversations.move_in.callbacks import MoveInFormCb
from conversations.renovation.callbacks import DateCb
from domain.errors import InvalidInput, NotFound
from domain.model import Estate
from domain.move_in import booking
from domain.move_in.model import Applicant, MoveInPolicy, checklist
from domain.renovation.review import parse_day
from handlers.filters import InPrivate


async def _estate(ctx: Ctx, data: Data) -> Estate:
    unit = await ctx.uow.units.get(int(data["unit_id"]))
    estate = await ctx.uow.estates.get(unit.estate_id) if unit else None
    if estate is None:
        raise NotFound("movein-not-found")
    return estate


def _day(data: Data) -> date | None:
    return date.fromisoformat(data["day"]) if data.get("day") else None


async def picker(ctx: Ctx, data: Data, month: date | None = None) -> Any:
    estate = await _estate(ctx, data)
    today = booking.local_today(estate, ctx.now)
    latest = today + timedelta(days=MoveInPolicy.of(estate).days_ahead)
    return datepicker.picker(month or today + timedelta(days=1), today + timedelta(days=1),
                             latest, ctx.tr, ctx.locale, _day(data))


async def times_markup(ctx: Ctx, data: Data) -> Any:
    day = _day(data)
    if day is None:
        return None
    return kb.times(MoveInPolicy.of(await _estate(ctx, data)).times_on(day))


async def read_unit(ctx: Ctx, data: Data, value: str) -> Data:
    if not value.isdigit() or int(value) not in {t.unit.id for t in
                                                 booking.owner_tenures(ctx.actor)}:
        raise Stale
    return {"unit_id": int(value)}


async def read_time(ctx: Ctx, data: Data, value: str) -> Data:
    day = _day(data)
    try:  # "1430": the callback data's separator is a colon
        at = time(int(value[:2]), int(value[2:])) if len(value) == 4 else None
    except ValueError as exc:
        raise Stale from exc
    if day is None or at is None:
        raise Stale
    if at not in MoveInPolicy.of(await _estate(ctx, data)).times_on(day):
        raise Stale
    return {"time": f"{at:%H:%M}"}


async def prompt_args(ctx: Ctx, data: Data) -> Data:
    return {"day": _day(data) or ""}


async def preview_text(ctx: Ctx, data: Data) -> str:
    unit = await ctx.uow.units.get(int(data["unit_id"]))
    estate = await _estate(ctx, data)
    day, at = _day(data), time.fromisoformat(data["time"])
    assert day is not None
    applicant = Applicant(data["applicant"])
    docs = "、".join(cards.item_name(ctx.tr, ctx.locale, i) for i in checklist(applicant))
    return ctx.t("movein-preview", unit=unit.label if unit else "?",
                 slot=booking.slot_moment(estate, day, at),
                 applicant=ctx.t(f"movein-applicant-{applicant.value}"), documents=docs)


async def submit(ctx: Ctx, data: Data) -> tuple[str, Data]:
    day = _day(data)
    assert day is not None
    record = await booking.book(ctx.uow, ctx.actor, int(data["unit_id"]), day,
                                time.fromisoformat(data["time"]),
                                Applicant(data["applicant"]), ctx.now)
    await cards.to_desk(ctx, record, "movein-card-booked",
                        applicant=ctx.tr(ctx.locale, f"movein-applicant-{record.applicant}"))
    await cards.to_owner(ctx, record, "movein-booked",
                         markup=lambda tr, loc: kb.booked(record.id, tr, loc))
    return "movein-booked-next", {}


FORM = Form(
    name="MoveInForm",
    callback=MoveInFormCb,
    steps=[
        Step("choosing_unit", "movein-ask-unit", op="unit", choice=read_unit,
             markup=lambda ctx, d: kb.units([(t.unit.id, t.unit.label)
                                             for t in booking.owner_tenures(ctx.actor)]),
             then="choosing_day"),
        Step("choosing_day", "movein-ask-day", markup=lambda ctx, d: picker(ctx, d),
             edit="day", reset={"time": None}, hint="movein-ask-day"),
        Step("choosing_time", "movein-ask-time", op="time", choice=read_time,
             markup=times_markup, then="choosing_applicant"),
        Step("choosing_applicant", "movein-ask-applicant", op="applicant",
             choice=choice_of("applicant", Applicant), edit="applicant",
             markup=lambda ctx, d: kb.applicants(ctx.tr, ctx.locale), then=None),
    ],
    preview_text=preview_text,
    preview_markup=kb.preview,
    submit=submit,
    confirm_hint="movein-confirm-hint",
    prompt_args=prompt_args,
)
S = FORM.states


async def start(ctx: Ctx, state: FSMContext) -> None:
    """A new booking: owners only (a tenant is told the owner books)."""
    owned = booking.owner_tenures(ctx.actor)
    await state.set_data({})
    if len(owned) == 1:
        await state.update_data(unit_id=owned[0].unit.id)
        await FORM.ask(ctx, state, "choosing_day")
    else:
        await FORM.ask(ctx, state, "choosing_unit")


async def _set_day(ctx: Ctx, state: FSMContext, day: date) -> None:
    """A day with slots goes on to its times; any other is refused with why (draft kept)."""
    data = await state.get_data()
    estate = await _estate(ctx, data)
    try:
        booking.check_day(MoveInPolicy.of(estate), day, booking.local_today(estate, ctx.now))
    except InvalidInput as exc:
        await reask(ctx, "movein-ask-day", error=exc, markup=await picker(ctx, data, day),
                    **await prompt_args(ctx, data))
        return
    await state.update_data(day=day.isoformat(), time=None)
    await FORM.ask(ctx, state, "choosing_time")  # a new day always asks the time again


async def day_picked(query: CallbackQuery, callback_data: DateCb, ctx: Ctx,
                     state: FSMContext) -> None:
    day = await picked_day(query, callback_data.value, ctx)
    if day is not None:
        await _set_day(ctx, state, day)


async def day_typed(message: Message, ctx: Ctx, state: FSMContext) -> None:
    try:
        day = parse_day(message.text)
    except InvalidInput as exc:
        data = await state.get_data()
        await reask(ctx, "movein-ask-day", error=exc, markup=await picker(ctx, data),
                    **await prompt_args(ctx, data))
        return
    await _set_day(ctx, state, day)


async def month_shown(query: CallbackQuery, callback_data: DateCb, ctx: Ctx,
                      state: FSMContext) -> None:
    month = datepicker.month_of(callback_data.value)
    if month is None or query.message is None:
        await ctx.refuse_button()
        return
    await ctx.postman.edit_markup(markup=await picker(ctx, await state.get_data(), month),
                                  chat_id=query.message.chat.id,
                                  message_id=query.message.message_id)


def build_router() -> Router:
    router = Router(name="move-in-form")
    router.message.filter(InPrivate())
    router.callback_query.filter(InPrivate())
    router.callback_query.register(day_picked, S.choosing_day, DateCb.filter(F.op == "day"))
    router.callback_query.register(month_shown, S.choosing_day, DateCb.filter(F.op == "nav"))
    router.message.register(day_typed, S.choosing_day, F.text)
    FORM.register(router)
    FORM.register_fallback(router)
    return router
