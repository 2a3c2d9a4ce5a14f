"""The owner's custody request: unit, from, to, contact while away, keys held by the office,
preview, send. A tenant is refused; a bad date is explained and the draft kept."""

from __future__ import annotations

from datetime import date

from aiogram import Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.context import Ctx
from conversations import forms
from conversations.custody import keyboards as kb
from conversations.custody.callbacks import CustodyFormCb
from conversations.forms import Data, Form, Step
from domain.custody import agreement
from domain.custody.agreement import CustodyDraft, check_dates
from domain.custody.model import CustodyPolicy
from domain.errors import InvalidInput
from domain.registry import calendar_of
from domain.renovation.review import parse_day
from handlers.filters import IsResident


def build_router() -> Router:
    return FORM.router("custody-form", lambda router: router.message.register(
        cmd_custody, Command("custody"), IsResident()))


def _owned(ctx: Ctx) -> list:  # type: ignore[type-arg]
    return [t for t in ctx.actor.tenures if t.relation in agreement.OWNERS]


async def cmd_custody(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """Only an owner can put a flat in custody (託管)."""
    owned = _owned(ctx)
    if not owned:
        await ctx.reply("custody-owners-only")
        return
    if len(owned) > 1:
        await FORM.start(ctx, state, {}, "choosing_unit")
    else:
        await FORM.start(ctx, state, {"unit_id": owned[0].unit.id}, "waiting_start")


async def _today_policy(ctx: Ctx, data: Data) -> tuple[date, CustodyPolicy]:
    unit = await ctx.uow.units.get(int(data["unit_id"]))
    assert unit is not None
    estate = await ctx.uow.estates.get(unit.estate_id)
    assert estate is not None
    return calendar_of(estate).local(ctx.now).date(), CustodyPolicy.of(estate)


async def _unit(ctx: Ctx, data: Data, value: str) -> Data:
    units = {str(t.unit.id): t.unit.id for t in _owned(ctx)}
    if value not in units:
        raise forms.Stale
    return {"unit_id": units[value]}


async def _start(ctx: Ctx, data: Data, text: str) -> Data:
    start = parse_day(text)
    today, _ = await _today_policy(ctx, data)
    if start < today:
        raise InvalidInput("custody-date-past", earliest=today)
    return {"start": start.isoformat()}


async def _end(ctx: Ctx, data: Data, text: str) -> Data:
    end = parse_day(text)
    start = date.fromisoformat(data["start"])
    today, policy = await _today_policy(ctx, data)
    check_dates(start, end, today, policy)
    return {"end": end.isoformat()}


async def _contact(ctx: Ctx, data: Data, text: str) -> Data:
    return {"contact": agreement.read_contact(text)}


async def _keys(ctx: Ctx, data: Data, value: str) -> Data:
    if value not in ("yes", "no"):
        raise forms.Stale
    return {"keys": value == "yes"}


async def preview_text(ctx: Ctx, data: Data) -> str:
    unit = await ctx.uow.units.get(int(data["unit_id"]))
    _, policy = await _today_policy(ctx, data)
    return ctx.t("custody-preview", unit=unit.label if unit else "?",
                 start=date.fromisoformat(data["start"]), end=date.fromisoformat(data["end"]),
                 contact=data.get("contact", ""),
                 keys=ctx.t("custody-keys-yes" if data.get("keys") else "custody-keys-no"),
                 rate=str(policy.fee_rate))


async def submit(ctx: Ctx, data: Data) -> tuple[str, Data]:
    draft = CustodyDraft(int(data["unit_id"]), date.fromisoformat(data["start"]),
                         date.fromisoformat(data["end"]), str(data.get("contact", "")),
                         bool(data.get("keys")))
    custody = await agreement.request_custody(ctx.uow, ctx.actor, draft, ctx.now)
    return "custody-requested", {"number": custody.number}


FORM = Form(
    name="CustodyForm", callback=CustodyFormCb, confirm_hint="custody-confirm-hint",
    preview_text=preview_text, preview_markup=kb.request_preview, submit=submit,
    steps=[
        Step("choosing_unit", "custody-ask-unit", op="unit", choice=_unit,
             then=forms.Ask("waiting_start"), markup=lambda ctx, d: kb.units(_owned(ctx))),
        Step("waiting_start", "custody-ask-start", text=_start, then=forms.Ask("waiting_end"),
             edit="dates"),
        Step("waiting_end", "custody-ask-end", text=_end, then="waiting_contact"),
        Step("waiting_contact", "custody-ask-contact", text=_contact, then="choosing_keys",
             edit="contact"),
        Step("choosing_keys", "custody-ask-keys", op="keys", choice=_keys, then=None,
             edit="keys", markup=lambda ctx, d: kb.keys(ctx.tr, ctx.locale)),
    ])
