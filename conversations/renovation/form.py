"""Applying for renovation (裝修申請): unit, works, dates (a date picker, or typed), contractor,
drawings, workers, the estate's rules, preview with edit buttons, submit; and fixing an
application that was sent back, without retyping anything."""

from __future__ import annotations

from datetime import date
from typing import Any

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.media import document_ref
from bot.ui import datepicker
from conversations.forms import picked_day, reask
from conversations.renovation import keyboards as kb
from conversations.renovation.callbacks import DateCb, RenoFormCb
from conversations.renovation.draft import (
    FORM,
    data_of,
    day_of,
    drawings_markup,
    picker_for,
    policy_of,
    prompt_args,
    ref_dict,
    show_drawings,
    today,
)
from domain.errors import InvalidInput, NotAuthorized
from domain.renovation import review as renovation
from domain.renovation.model import WORK_KINDS
from domain.renovation.review import check_end, check_start, owner_tenures, parse_day
from handlers.filters import InPrivate

S = FORM.states


def build_router() -> Router:
    """The form's steps, then the worker steps, then what re-asks on anything else."""
    from conversations.renovation import workers as renovation_workers

    parent = Router(name="renovation")
    parent.include_routers(_steps(), renovation_workers.build_router(), _fallback())
    return parent


def _fallback() -> Router:
    router = Router(name="renovation-fallback")
    router.message.filter(InPrivate())
    FORM.register_fallback(router)
    return router


def _steps() -> Router:
    router = Router(name="renovation-form")
    router.message.filter(InPrivate())
    router.callback_query.filter(InPrivate())
    on = router.callback_query.register
    on(work_toggled, S.choosing_works, RenoFormCb.filter(F.op == "work"))
    for step in (S.choosing_start, S.choosing_end):
        on(day_picked, step, DateCb.filter(F.op == "day"))
        on(month_shown, step, DateCb.filter(F.op == "nav"))
        router.message.register(day_typed, step, F.text)
    on(nothing, DateCb.filter(F.op == "noop"))
    router.message.register(drawing_received, S.waiting_drawings, F.document | F.photo)
    on(drawings_done, S.waiting_drawings, RenoFormCb.filter(F.op == "drawings"))
    on(drawing_removed, S.waiting_drawings, RenoFormCb.filter(F.op == "drawing"))
    on(rules_accepted, S.reading_rules, RenoFormCb.filter(F.op == "rules"))
    FORM.register(router)
    return router


async def start_form(ctx: Ctx, state: FSMContext) -> None:
    """A new application (owners only: tenants are told to ask the owner)."""
    owned = owner_tenures(ctx.actor)
    if not owned:
        raise NotAuthorized("reno-owners-only")
    await state.set_data({"works": [], "drawings": [], "workers": []})
    if len(owned) == 1:
        await state.update_data(unit_id=owned[0].unit.id)
        await FORM.ask(ctx, state, "choosing_works")
    else:
        await FORM.ask(ctx, state, "choosing_unit")


async def start_fix(ctx: Ctx, state: FSMContext, ticket_id: int) -> None:
    """An application sent back: the form opens on its preview with everything filled in."""
    ticket, app = await renovation.own_application(ctx.uow, ctx.actor, ticket_id)
    if ticket.status.value not in {"rejected", "info_needed"}:
        raise InvalidInput("reno-not-returned")
    drawings = await ctx.uow.files.for_owner("renovation", ticket.id, "drawing")
    workers = await ctx.uow.renovations.workers(ticket.id)
    reason = await renovation.last_reason(ctx.uow, ticket.id)
    await state.set_data(data_of(app, drawings, workers, reason))
    await FORM.preview(ctx, state)



async def work_toggled(query: CallbackQuery, callback_data: RenoFormCb, ctx: Ctx,
                       state: FSMContext) -> None:
    """Tick or untick one kind of works; the checklist is edited in place."""
    if callback_data.value not in WORK_KINDS:
        await ctx.refuse_button()
        return
    chosen = list((await state.get_data()).get("works", []))
    if callback_data.value in chosen:
        chosen.remove(callback_data.value)
    else:
        chosen.append(callback_data.value)
    await state.update_data(works=chosen)
    if query.message is not None:
        await ctx.postman.edit_markup(markup=kb.works(WORK_KINDS, chosen, ctx.tr, ctx.locale),
                                      chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)




# ---------------------------------------------------------------- dates


async def _set_day(ctx: Ctx, state: FSMContext, day: date) -> None:
    """Check the day for the current step and go on; a wrong day asks again."""
    current = await state.get_state()
    data = await state.get_data()
    end = current == S.choosing_end.state
    try:
        if end:
            start = day_of(data, "start")
            assert start is not None
            check_end(start, day, await policy_of(ctx, data))
        else:
            check_start(day, await today(ctx, data))
    except InvalidInput as exc:
        await reask(ctx, FORM.by_state[current or ""].prompt, error=exc,
                    markup=await picker_for(ctx, data, end), **await prompt_args(ctx, data))
        return
    if end:
        await state.update_data(end=day.isoformat())
        await FORM.next_step(ctx, state, "waiting_contractor")
        return
    old_end = day_of(data, "end")
    await state.update_data(start=day.isoformat())
    if old_end is not None and old_end < day:
        await state.update_data(end=None)
    await FORM.ask(ctx, state, "choosing_end")  # a new start always asks the end again


async def day_picked(query: CallbackQuery, callback_data: DateCb, ctx: Ctx,
                     state: FSMContext) -> None:
    day = await picked_day(query, callback_data.value, ctx)
    if day is not None:
        await _set_day(ctx, state, day)


async def day_typed(message: Message, ctx: Ctx, state: FSMContext) -> None:
    try:
        day = parse_day(message.text)
    except InvalidInput as exc:
        current = await state.get_state()
        data = await state.get_data()
        await reask(ctx, FORM.by_state[current or ""].prompt, error=exc,
                    markup=await picker_for(ctx, data, current == S.choosing_end.state),
                    **await prompt_args(ctx, data))
        return
    await _set_day(ctx, state, day)


async def month_shown(query: CallbackQuery, callback_data: DateCb, ctx: Ctx,
                      state: FSMContext) -> None:
    """‹ or ›: the same message shows another month."""
    month = datepicker.month_of(callback_data.value)
    if month is None or query.message is None:
        await ctx.refuse_button()
        return
    end = await state.get_state() == S.choosing_end.state
    markup = await picker_for(ctx, await state.get_data(), end, month)
    await ctx.postman.edit_markup(markup=markup, chat_id=query.message.chat.id,
                                  message_id=query.message.message_id)


async def nothing(query: CallbackQuery, ctx: Ctx) -> None:
    """A weekday name, a blank cell or a day outside the allowed range."""
    ctx.answer()


# ---------------------------------------------------------------- contractor and drawings




async def drawing_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """A PDF or an image (checked by type and size from the update; the file store checks
    the bytes later). An album's photos arrive one by one; the count is edited in place."""
    data = await state.get_data()
    policy = await policy_of(ctx, data)
    drawings: list[dict[str, Any]] = list(data.get("drawings", []))
    try:
        ref = document_ref(message, ctx.settings.files.max_document_bytes)
        if len(drawings) >= policy.max_drawings:
            raise InvalidInput("reno-too-many-drawings", max=policy.max_drawings)
    except InvalidInput as exc:
        await reask(ctx, "reno-ask-drawings", error=exc, max=policy.max_drawings,
                    markup=drawings_markup(ctx, data) if drawings else None)
        return
    drawings.append(ref_dict(ref))
    await state.update_data(drawings=drawings)
    await show_drawings(ctx, state)


async def drawing_removed(query: CallbackQuery, callback_data: RenoFormCb, ctx: Ctx,
                          state: FSMContext) -> None:
    """✖ on one drawing: it leaves the draft (the others stay)."""
    drawings = list((await state.get_data()).get("drawings", []))
    kept = [d for d in drawings if d.get("unique_id") != callback_data.value]
    if len(kept) == len(drawings):
        await ctx.refuse_button()
        return
    await state.update_data(drawings=kept, drawing_status_sent=True)
    await show_drawings(ctx, state)


async def drawings_done(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    data = await state.get_data()
    if not data.get("drawings"):
        await reask(ctx, "reno-ask-drawings", error=InvalidInput("reno-need-drawing"),
                    max=(await policy_of(ctx, data)).max_drawings)
        return
    await state.update_data(drawing_round=int(data.get("drawing_round", 0)) + 1,
                            drawing_status_sent=False)
    if query.message is not None:  # the list is final now: no ✖ left to press
        await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)
    await FORM.next_step(ctx, state, "choosing_workers")


# ---------------------------------------------------------------- rules, preview, submit


async def rules_accepted(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    await state.update_data(rules=True)
    if query.message is not None:
        await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)
    await FORM.preview(ctx, state)





