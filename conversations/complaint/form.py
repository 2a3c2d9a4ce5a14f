"""Filing a complaint: unit, category, description, photos, call back, preview, confirm."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.context import Ctx
from bot.notices.cards import when
from bot.ui.callbacks import ComplaintFormCb
from conversations import forms
from conversations.complaint import keyboards as kb
from conversations.forms import Data, Form, Step
from domain.complaints import handling as complaints
from domain.complaints.handling import MAX_PHOTOS, ComplaintCategory, ComplaintDraft
from domain.ports import FileRef
from handlers.filters import IsResident


def build_router() -> Router:
    return FORM.router("complaint-form", lambda router: router.message.register(
        cmd_complaint, Command("complaint"), IsResident()))


async def cmd_complaint(message: Message, ctx: Ctx, state: FSMContext) -> None:
    await start_form(ctx, state)


async def start_form(ctx: Ctx, state: FSMContext) -> None:
    """The complaint line is open 24 hours; the form starts with the unit or the category."""
    if len(ctx.actor.tenures) > 1:
        await FORM.start(ctx, state, {"photos": []}, "choosing_unit")
    else:
        await FORM.start(ctx, state, {"photos": [], "unit_id": ctx.actor.tenures[0].unit.id},
                         "choosing_category")


async def _unit(ctx: Ctx, data: Data, value: str) -> Data:
    units = {str(t.unit.id): t.unit.id for t in ctx.actor.tenures}
    if value not in units:
        raise forms.Stale
    return {"unit_id": units[value]}


async def _callback(ctx: Ctx, data: Data, value: str) -> Data:
    if value == "no":
        return {"callback": False, "time": None, "time_text": None}
    if value == "yes":
        return {"callback": True}
    raise forms.Stale


def _after_callback(ctx: Ctx, data: Data) -> forms.Ask | None:
    """A call back asks when; none goes straight to the preview."""
    return forms.Ask("choosing_time") if data.get("callback") else None


async def preview_text(ctx: Ctx, data: Data) -> str:
    unit = await ctx.uow.units.get(int(data["unit_id"])) if data.get("unit_id") else None
    if data.get("callback"):
        time = data.get("time_text") or ctx.t(f"time-{data.get('time') or 'any'}")
        callback = ctx.t("complaint-callback-at", time=time)
    else:
        callback = ctx.t("complaint-callback-none")
    return ctx.t("complaint-preview", unit=unit.label if unit else "—",
                 category=ctx.t(f"complaint-cat-{data.get('category')}"),
                 description=data.get("description"), photos=len(data.get("photos", [])),
                 callback=callback)


def draft_of(data: Data) -> ComplaintDraft:
    return ComplaintDraft(
        category=str(data.get("category", "")), description=str(data.get("description", "")),
        unit_id=data.get("unit_id"), photos=tuple(FileRef(**p) for p in data.get("photos", [])),
        callback=bool(data.get("callback")),
        callback_time=data.get("time_text") or data.get("time"))


async def submit(ctx: Ctx, data: Data) -> tuple[str, Data]:
    ticket = await complaints.submit_complaint(ctx.uow, ctx.actor, draft_of(data), ctx.now)
    estate = await ctx.uow.estates.get(ticket.estate_id)
    return "complaint-submitted", {
        "number": ticket.number, "hours": complaints.ticket_policy(ticket).reply_hours,
        "due": when(ticket.reply_due, estate.tz if estate else "UTC")}


FORM = Form(
    name="ComplaintForm", callback=ComplaintFormCb, confirm_hint="complaint-confirm-hint",
    preview_text=preview_text, preview_markup=kb.preview,
    submit=submit, prompt_args={"max": MAX_PHOTOS},
    steps=[
        Step("choosing_unit", "complaint-ask-unit", op="unit", choice=_unit,
             then=forms.Ask("choosing_category"),
             markup=lambda ctx, d: kb.units(ctx.actor.tenures)),
        Step("choosing_category", "complaint-ask-category", op="cat",
             choice=forms.choice_of("category", ComplaintCategory),
             then="waiting_description", edit="category",
             markup=lambda ctx, d: kb.categories(ctx.tr, ctx.locale)),
        Step("waiting_description", "complaint-ask-description", text=forms.read_description,
             then="waiting_photos", edit="description"),
        forms.photo_step("waiting_photos", "complaint-ask-photos", ComplaintFormCb, max=MAX_PHOTOS,
                   then="choosing_callback"),
        Step("choosing_callback", "complaint-ask-callback", op="cb", choice=_callback,
             then=_after_callback, edit="callback",
             markup=lambda ctx, d: kb.callback(ctx.tr, ctx.locale)),
        forms.time_step("choosing_time", "complaint-ask-time", ComplaintFormCb),
    ])
