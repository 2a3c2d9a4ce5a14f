"""Applying for renovation (裝修申請): unit, works, dates (a date picker, or typed), contractor,
drawings, workers, the estate's rules, preview with edit buttons, submit; and fixing an
application that was sent back, without retyping anything."""

from __future__ import annotations

from datetime import date
from typing import Any

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot import datepicker
from bot import keyboards_renovation as kb
from bot.callbacks_renovation import DateCb, RenoFormCb
from bot.context import Ctx
from bot.media import document_ref
from bot.notices.cards import when
from conversations.base import reask, wrong_kind
from conversations.renovation_draft import (
    PROMPTS,
    RenovationForm,
    ask,
    data_of,
    day_of,
    draft_of,
    drawings_markup,
    drawings_ref,
    drawings_status,
    markup_for,
    next_step,
    picker_for,
    policy_of,
    preview,
    prompt_args,
    ref_dict,
    today,
)
from domain import renovation
from domain.errors import DomainError, InvalidInput, NotAuthorized
from domain.renovation import check_end, check_start, check_works, owner_tenures, parse_day
from domain.renovation_model import WORK_KINDS
from domain.text import phone_number, single_line
from handlers.filters import InPrivate

S = RenovationForm


def build_router() -> Router:
    """The form's steps, then the worker steps, then what re-asks on anything else."""
    from conversations import renovation_workers

    parent = Router(name="renovation")
    parent.include_routers(_steps(), renovation_workers.build_router(), _fallback())
    return parent


def _fallback() -> Router:
    router = Router(name="renovation-fallback")
    router.message.filter(InPrivate())
    for state in RenovationForm.__states__:
        router.message.register(fallback, state)
    return router


def _steps() -> Router:
    router = Router(name="renovation-form")
    router.message.filter(InPrivate())
    router.callback_query.filter(InPrivate())
    on = router.callback_query.register
    on(unit_chosen, S.choosing_unit, RenoFormCb.filter(F.op == "unit"))
    on(work_toggled, S.choosing_works, RenoFormCb.filter(F.op == "work"))
    on(works_done, S.choosing_works, RenoFormCb.filter(F.op == "works"))
    router.message.register(description_received, S.waiting_description, F.text)
    for step in (S.choosing_start, S.choosing_end):
        on(day_picked, step, DateCb.filter(F.op == "day"))
        on(month_shown, step, DateCb.filter(F.op == "nav"))
        router.message.register(day_typed, step, F.text)
    on(nothing, DateCb.filter(F.op == "noop"))
    router.message.register(contractor_received, S.waiting_contractor, F.text)
    router.message.register(contractor_phone_received, S.waiting_contractor_phone, F.text)
    router.message.register(drawing_received, S.waiting_drawings, F.document | F.photo)
    on(drawings_done, S.waiting_drawings, RenoFormCb.filter(F.op == "drawings"))
    on(drawing_removed, S.waiting_drawings, RenoFormCb.filter(F.op == "drawing"))
    on(rules_accepted, S.reading_rules, RenoFormCb.filter(F.op == "rules"))
    on(on_edit, S.confirming, RenoFormCb.filter(F.op == "edit"))
    on(on_confirm, S.confirming, RenoFormCb.filter(F.op == "confirm"))
    on(on_cancel, RenoFormCb.filter(F.op == "cancel"))
    return router


async def start_form(ctx: Ctx, state: FSMContext) -> None:
    """A new application (owners only: tenants are told to ask the owner)."""
    owned = owner_tenures(ctx.actor)
    if not owned:
        raise NotAuthorized("reno-owners-only")
    await state.set_data({"works": [], "drawings": [], "workers": []})
    if len(owned) == 1:
        await state.update_data(unit_id=owned[0].unit.id)
        await ask(ctx, state, S.choosing_works)
    else:
        await ask(ctx, state, S.choosing_unit)


async def start_fix(ctx: Ctx, state: FSMContext, ticket_id: int) -> None:
    """An application sent back: the form opens on its preview with everything filled in."""
    ticket, app = await renovation.own_application(ctx.uow, ctx.actor, ticket_id)
    if ticket.status.value not in {"rejected", "info_needed"}:
        raise InvalidInput("reno-not-returned")
    drawings = await ctx.uow.files.for_owner("renovation", ticket.id, "drawing")
    workers = await ctx.uow.renovations.workers(ticket.id)
    reason = await renovation.last_reason(ctx.uow, ticket.id)
    await state.set_data(data_of(app, drawings, workers, reason))
    await preview(ctx, state)


async def unit_chosen(query: CallbackQuery, callback_data: RenoFormCb, ctx: Ctx,
                      state: FSMContext) -> None:
    units = {str(t.unit.id): t.unit.id for t in owner_tenures(ctx.actor)}
    if callback_data.value not in units:
        ctx.answer("button-stale", alert=True)
        return
    await state.update_data(unit_id=units[callback_data.value])
    await ask(ctx, state, S.choosing_works)


async def work_toggled(query: CallbackQuery, callback_data: RenoFormCb, ctx: Ctx,
                       state: FSMContext) -> None:
    """Tick or untick one kind of works; the checklist is edited in place."""
    if callback_data.value not in WORK_KINDS:
        ctx.answer("button-stale", alert=True)
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


async def works_done(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    await next_step(ctx, state, S.waiting_description)


async def description_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    data = await state.get_data()
    try:
        _, text = check_works(tuple(data.get("works", [])), message.text or "")
    except DomainError as exc:
        await reask(ctx, "reno-ask-description", error=exc)
        return
    await state.update_data(description=text)
    await next_step(ctx, state, S.choosing_start)


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
        await reask(ctx, PROMPTS[current or ""], error=exc,
                    markup=await picker_for(ctx, data, end), **await prompt_args(ctx, data))
        return
    if end:
        await state.update_data(end=day.isoformat())
        await next_step(ctx, state, S.waiting_contractor)
        return
    old_end = day_of(data, "end")
    await state.update_data(start=day.isoformat())
    if old_end is not None and old_end < day:
        await state.update_data(end=None)
    await ask(ctx, state, S.choosing_end)  # a new start always asks the end again


async def day_picked(query: CallbackQuery, callback_data: DateCb, ctx: Ctx,
                     state: FSMContext) -> None:
    try:
        day = date.fromisoformat(callback_data.value)
    except ValueError:
        ctx.answer("button-stale", alert=True)
        return
    if query.message is not None:
        await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)
    await _set_day(ctx, state, day)


async def day_typed(message: Message, ctx: Ctx, state: FSMContext) -> None:
    try:
        day = parse_day(message.text)
    except InvalidInput as exc:
        current = await state.get_state()
        data = await state.get_data()
        await reask(ctx, PROMPTS[current or ""], error=exc,
                    markup=await picker_for(ctx, data, current == S.choosing_end.state),
                    **await prompt_args(ctx, data))
        return
    await _set_day(ctx, state, day)


async def month_shown(query: CallbackQuery, callback_data: DateCb, ctx: Ctx,
                      state: FSMContext) -> None:
    """‹ or ›: the same message shows another month."""
    month = datepicker.month_of(callback_data.value)
    if month is None or query.message is None:
        ctx.answer("button-stale", alert=True)
        return
    end = await state.get_state() == S.choosing_end.state
    markup = await picker_for(ctx, await state.get_data(), end, month)
    await ctx.postman.edit_markup(markup=markup, chat_id=query.message.chat.id,
                                  message_id=query.message.message_id)


async def nothing(query: CallbackQuery, ctx: Ctx) -> None:
    """A weekday name, a blank cell or a day outside the allowed range."""
    ctx.answer()


# ---------------------------------------------------------------- contractor and drawings


async def contractor_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    try:
        name = single_line(message.text, max_len=100, field="contractor")
    except DomainError as exc:
        await reask(ctx, "reno-ask-contractor", error=exc)
        return
    await state.update_data(contractor=name)
    await ask(ctx, state, S.waiting_contractor_phone)


async def contractor_phone_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    try:
        phone = phone_number(message.text)
    except DomainError as exc:
        await reask(ctx, "reno-ask-contractor-phone", error=exc)
        return
    await state.update_data(contractor_phone=phone)
    await next_step(ctx, state, S.waiting_drawings)


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


async def show_drawings(ctx: Ctx, state: FSMContext, header: str | None = None) -> None:
    """The drawings of the draft with a remove button each: sent once per round, then
    edited in place."""
    data = await state.get_data()
    text = drawings_status(ctx, data)
    if not data.get("drawing_status_sent"):
        await state.update_data(drawing_status_sent=True)
        await ctx.reply_html(f"{header}\n\n{text}" if header else text,
                             markup=drawings_markup(ctx, data), ref=drawings_ref(ctx, data))
    else:
        await ctx.postman.edit(text=text, markup=drawings_markup(ctx, data),
                               ref=drawings_ref(ctx, data), chat_id=ctx.chat_id)


async def drawing_removed(query: CallbackQuery, callback_data: RenoFormCb, ctx: Ctx,
                          state: FSMContext) -> None:
    """✖ on one drawing: it leaves the draft (the others stay)."""
    drawings = list((await state.get_data()).get("drawings", []))
    kept = [d for d in drawings if d.get("unique_id") != callback_data.value]
    if len(kept) == len(drawings):
        ctx.answer("button-stale", alert=True)
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
    await next_step(ctx, state, S.choosing_workers)


# ---------------------------------------------------------------- rules, preview, submit


async def rules_accepted(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    await state.update_data(rules=True)
    if query.message is not None:
        await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)
    await preview(ctx, state)


EDIT_TARGETS = {"works": S.choosing_works, "description": S.waiting_description,
                "dates": S.choosing_start, "contractor": S.waiting_contractor,
                "drawings": S.waiting_drawings, "workers": S.choosing_workers}


async def on_edit(query: CallbackQuery, callback_data: RenoFormCb, ctx: Ctx,
                  state: FSMContext) -> None:
    target = EDIT_TARGETS.get(callback_data.value)
    if target is None:
        ctx.answer("button-stale", alert=True)
        return
    await state.update_data(editing=True)
    if target is S.waiting_drawings:
        # The drawings already sent stay; the owner removes one or sends more.
        data = await state.get_data()
        await state.set_state(target)
        await state.update_data(drawing_round=int(data.get("drawing_round", 0)) + 1,
                                drawing_status_sent=False)
        await show_drawings(ctx, state, header=ctx.t(
            "reno-ask-drawings", max=(await policy_of(ctx, data)).max_drawings))
        return
    await ask(ctx, state, target)


async def on_confirm(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    """Submit (or resubmit). A rule that fails now (a start date that has passed meanwhile)
    is explained and the preview stays, with everything filled in."""
    data = await state.get_data()
    draft = draft_of(data)
    try:
        if data.get("ticket_id"):
            ticket = await renovation.resubmit_renovation(ctx.uow, ctx.actor,
                                                          int(data["ticket_id"]), draft, ctx.now)
        else:
            ticket = await renovation.submit_renovation(ctx.uow, ctx.actor, draft, ctx.now)
    except InvalidInput as exc:
        await reask(ctx, "reno-confirm-hint", error=exc, markup=kb.preview(ctx.tr, ctx.locale))
        return
    await state.clear()
    if query.message is not None:
        await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)
    estate = await ctx.uow.estates.get(ticket.estate_id)
    due = when(renovation.review_due(ticket), estate.tz if estate else "UTC")
    await ctx.reply("reno-resubmitted" if data.get("ticket_id") else "reno-submitted",
                    number=ticket.number, due=due)


async def on_cancel(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    if (await state.get_state() or "").startswith("RenovationForm"):
        await state.clear()
    await ctx.reply("cancel-done")


async def fallback(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """Anything a step does not take (a photo where a date is expected, a sticker, text
    where a button or a file is needed): say so and ask again; the draft is kept."""
    current = await state.get_state()
    data = await state.get_data()
    key = PROMPTS.get(current or "", "reno-confirm-hint")
    markup = await markup_for(ctx, current, data)
    args = await prompt_args(ctx, data)
    if current == S.waiting_drawings.state and message.text:
        await reask(ctx, key, error=InvalidInput("reno-drawing-or-done"), markup=markup, **args)
    elif current == S.waiting_worker_id.state and message.text:
        await reask(ctx, key, error=InvalidInput("file-not-photo"), **args)
    elif current in (S.choosing_start.state, S.choosing_end.state):
        await wrong_kind(ctx, message, "reno-date-hint", markup=markup)
    else:
        await wrong_kind(ctx, message, key, markup=markup, **args)

