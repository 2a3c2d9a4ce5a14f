"""Meter readings by the staff (查抄水表、電表讀數), in private: `/meter A-12B` (the start
readings once signed, then readings during custody) and `/custody_end A-12B` (the final
readings, the keys handed back): water, electricity, photos of both meters, preview."""

from __future__ import annotations

from typing import Any

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.context import Ctx
from bot.ui import keyboards
from conversations import forms
from conversations.custody import keyboards as kb
from conversations.custody.callbacks import MeterFormCb
from conversations.custody.cards import num
from conversations.forms import Data, Form, Step
from domain.custody import agreement, meters
from domain.custody.model import CUSTODY_STAFF, CustodyStatus, ReadingKind
from domain.errors import Conflict, NotAuthorized
from domain.model import Unit
from domain.ports import FileRef
from domain.registry import find_unit_by_label
from handlers.filters import IsStaff

MAX_PHOTOS = 4


def build_router() -> Router:
    def entry(router: Router) -> None:
        router.message.register(cmd_meter, Command("meter"), IsStaff())
        router.message.register(cmd_end, Command("custody_end"), IsStaff())
    return FORM.router("custody-meter", entry)


async def staff_unit(ctx: Ctx, label: str) -> Unit:
    """A unit of an estate where the person is custody staff, as people write it."""
    estates = sorted({s.estate_id for s in ctx.actor.staff if s.role in CUSTODY_STAFF})
    if not estates:
        raise NotAuthorized("custody-staff-only")
    error: Exception | None = None
    for estate_id in estates:
        try:
            return await find_unit_by_label(ctx.uow, estate_id, label)
        except Exception as exc:  # not in this estate: the next one
            error = exc
    assert error is not None
    raise error


async def _open(ctx: Ctx, message: Message, command: CommandObject, state: FSMContext,
                final: bool) -> None:
    label = (command.args or "").strip()
    if not label:
        await ctx.reply("custody-meter-usage")
        return
    unit = await staff_unit(ctx, label)
    custody = await agreement.open_for_unit(ctx.uow, unit.id)
    agreement.require_staff(ctx.actor, custody)
    if final and custody.status is not CustodyStatus.ACTIVE:
        raise Conflict("custody-not-reading")
    kind = ReadingKind.FINAL if final else meters.kind_for(custody)
    await FORM.start(ctx, state, {"custody_id": custody.id, "unit": unit.label,
                                  "kind": kind.value, "photos": []}, "waiting_water")


async def cmd_meter(message: Message, command: CommandObject, ctx: Ctx,
                    state: FSMContext) -> None:
    await _open(ctx, message, command, state, final=False)


async def cmd_end(message: Message, command: CommandObject, ctx: Ctx,
                  state: FSMContext) -> None:
    await _open(ctx, message, command, state, final=True)


async def _read(ctx: Ctx, data: Data, text: str, meter: str) -> float:
    value = meters.parse_reading(text)
    last = await meters.last_reading(ctx.uow, int(data["custody_id"]))
    meters.check_not_lower(last, meter, value)
    return value


async def _water(ctx: Ctx, data: Data, text: str) -> Data:
    return {"water": await _read(ctx, data, text, "water")}


async def _power(ctx: Ctx, data: Data, text: str) -> Data:
    return {"power": await _read(ctx, data, text, "electricity")}


async def _too_few(ctx: Ctx, data: Data) -> None:
    if len(data.get("photos", [])) < 2:
        await ctx.reply("custody-photos-needed")


def _after_photos(ctx: Ctx, data: Data) -> forms.Next:
    return forms.Ask("waiting_photos") if len(data.get("photos", [])) < 2 else None


async def args(ctx: Ctx, data: Data) -> dict[str, Any]:
    return {"unit": data.get("unit", ""), "kind": data.get("kind", "during"),
            "max": MAX_PHOTOS}


async def preview_text(ctx: Ctx, data: Data) -> str:
    return ctx.t("custody-meter-preview", unit=data.get("unit", ""),
                 kind=data.get("kind", "during"), water=num(data.get("water")),
                 power=num(data.get("power")), photos=len(data.get("photos", [])))


async def submit(ctx: Ctx, data: Data) -> tuple[str, Data]:
    reading = await meters.record_reading(
        ctx.uow, ctx.actor, int(data["custody_id"]), water=float(data["water"]),
        electricity=float(data["power"]),
        photos=[FileRef(**p) for p in data.get("photos", [])], now=ctx.now,
        final=data.get("kind") == ReadingKind.FINAL.value)
    key = "custody-meter-flagged" if reading.flagged else "custody-meter-recorded"
    return key, {"unit": data.get("unit", ""), "kind": reading.kind.value,
                 "water_used": num(reading.water_used),
                 "power_used": num(reading.electricity_used)}


FORM = Form(
    name="CustodyMeterForm", callback=MeterFormCb, confirm_hint="custody-confirm-hint",
    preview_text=preview_text, preview_markup=kb.meter_preview, submit=submit,
    prompt_args=args,
    steps=[
        Step("waiting_water", "custody-ask-water", text=_water, then="waiting_power",
             edit="water"),
        Step("waiting_power", "custody-ask-power", text=_power, then="waiting_photos",
             edit="electricity"),
        Step("waiting_photos", "custody-ask-meter-photos", then=_after_photos, said=_too_few,
             edit="photos", reset={"photos": []}, text_error="repair-photo-or-done",
             photos=forms.Photos(MAX_PHOTOS, lambda ctx, n: keyboards.photos_done(
                 MeterFormCb, ctx.tr, ctx.locale, n))),
    ])
