"""Reporting a repair: category, place, description, photos, urgency, time, preview, confirm."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.context import Ctx
from bot.notices.cards import when
from bot.ui.callbacks import RepairFormCb
from conversations.forms import (
    Ask,
    Data,
    Form,
    Next,
    Stale,
    Step,
    photo_step,
    read_description,
    time_step,
)
from conversations.repair import keyboards as kb
from domain import repair
from domain.ports import FileRef
from domain.repair import MAX_PHOTOS, Category, RepairDraft
from domain.text import single_line
from handlers.filters import IsResident


def build_router() -> Router:
    return FORM.router("repair-form", lambda router: router.message.register(
        cmd_repair, Command("repair"), IsResident()))


async def start_form(ctx: Ctx, state: FSMContext, *, unit_id: int | None = None,
                     location: str | None = None, equipment: str | None = None,
                     estate_id: int | None = None) -> None:
    """Open the form, optionally already bound to a unit or a piece of shared equipment."""
    data: Data = {"photos": []}
    if unit_id is not None:
        data["unit_id"] = unit_id
    if location:
        data.update(location=location, equipment=equipment, estate_id=estate_id)
    await FORM.start(ctx, state, data, "choosing_category")


async def cmd_repair(message: Message, ctx: Ctx, state: FSMContext) -> None:
    await start_form(ctx, state)


# ---------------------------------------------------------------- how each answer is read


async def _category(ctx: Ctx, data: Data, value: str) -> Data:
    try:
        category = Category(value)
    except ValueError as exc:
        raise Stale from exc
    changes: Data = {"category": category.value}
    if ("unit_id" not in data and "location" not in data and len(ctx.actor.tenures) == 1
            and category is not Category.COMMON):
        changes["unit_id"] = ctx.actor.tenures[0].unit.id
    return changes


def _after_category(ctx: Ctx, data: Data) -> Next:
    """The place is asked unless the form knows it (a QR code, one unit)."""
    if "unit_id" in data or "location" in data:
        return "waiting_description"
    return Ask("choosing_place")


async def _place(ctx: Ctx, data: Data, value: str) -> Data:
    if value == "common":
        return {"unit_id": None}
    units = {str(t.unit.id): t.unit.id for t in ctx.actor.tenures}
    if value not in units:
        raise Stale
    return {"unit_id": units[value], "location": None}


def _after_place(ctx: Ctx, data: Data) -> Next:
    return Ask("waiting_location") if data.get("unit_id") is None else "waiting_description"


async def _location(ctx: Ctx, data: Data, text: str) -> Data:
    return {"location": single_line(text, max_len=200, field="location"), "unit_id": None}


async def _urgency(ctx: Ctx, data: Data, value: str) -> Data:
    if value not in {"normal", "emergency"}:
        raise Stale
    return {"urgency": value}


# ---------------------------------------------------------------- preview and submit


async def _place_text(ctx: Ctx, data: Data) -> str:
    if data.get("unit_id") is not None:
        unit = await ctx.uow.units.get(int(data["unit_id"]))
        return unit.label if unit else "?"
    return ctx.t("repair-place-common", location=data.get("location") or "")


async def preview_text(ctx: Ctx, data: Data) -> str:
    time = data.get("time_text") or (ctx.t(f"time-{data['time']}") if data.get("time") else "—")
    return ctx.t("repair-preview", category=ctx.t(f"cat-{data.get('category')}"),
                 place=await _place_text(ctx, data), description=data.get("description"),
                 photos=len(data.get("photos", [])),
                 urgency=ctx.t(f"urgency-{data.get('urgency', 'normal')}"), time=time)


def draft_of(data: Data) -> RepairDraft:
    return RepairDraft(
        category=str(data.get("category", "")), description=str(data.get("description", "")),
        urgency=str(data.get("urgency", "normal")), unit_id=data.get("unit_id"),
        location=data.get("location"), preferred_time=data.get("time_text") or data.get("time"),
        photos=tuple(FileRef(**p) for p in data.get("photos", [])),
        estate_id=data.get("estate_id"), equipment=data.get("equipment"))


async def submit(ctx: Ctx, data: Data) -> tuple[str, Data]:
    done = await repair.submit_repair(ctx.uow, ctx.actor, draft_of(data), ctx.now)
    t = done.ticket
    if t.emergency:
        key = "repair-submitted-emergency" if done.on_call else "repair-submitted-emergency-desk"
        return key, {"number": t.number}
    if done.closed:
        return "repair-submitted-closed", {"number": t.number,
                                           "reason": ctx.t(f"closure-reason-{done.closed}")}
    if done.after_hours:
        estate = await ctx.uow.estates.get(t.estate_id)
        return "repair-submitted-after-hours", {
            "number": t.number, "opens": when(done.reopens_at, estate.tz if estate else "UTC")}
    return "repair-submitted", {"number": t.number}


FORM = Form(
    name="RepairForm", callback=RepairFormCb, confirm_hint="repair-confirm-hint",
    preview_text=preview_text, preview_markup=kb.preview,
    submit=submit, prompt_args={"max": MAX_PHOTOS},
    steps=[
        Step("choosing_category", "repair-ask-category", op="cat", choice=_category,
             then=_after_category, edit="category",
             markup=lambda ctx, d: kb.categories(ctx.tr, ctx.locale)),
        Step("choosing_place", "repair-ask-place", op="place", choice=_place,
             then=_after_place, edit="place",
             markup=lambda ctx, d: kb.places(ctx.actor.tenures, ctx.tr, ctx.locale)),
        Step("waiting_location", "repair-ask-location", text=_location,
             then="waiting_description"),
        Step("waiting_description", "repair-ask-description", text=read_description,
             then="waiting_photos", edit="description"),
        photo_step("waiting_photos", "repair-ask-photos", RepairFormCb, max=MAX_PHOTOS,
                   then="choosing_urgency"),
        Step("choosing_urgency", "repair-ask-urgency", op="urg", choice=_urgency,
             then="choosing_time", edit="urgency",
             markup=lambda ctx, d: kb.urgency(ctx.tr, ctx.locale)),
        time_step("choosing_time", "repair-ask-time", RepairFormCb, edit="time"),
    ])
