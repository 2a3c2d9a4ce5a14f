"""Asking to be linked to a unit: estate, unit, relation, name, phone, preview, confirm."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message, ReplyKeyboardRemove

from bot.context import Ctx
from bot.ui import keyboards
from bot.ui.callbacks import LinkFormCb, StartCb
from conversations.forms import Data, Form, Stale, Step, choice_of, reask
from domain import onboarding, registry
from domain.errors import DomainError
from domain.model import Relation
from domain.text import phone_number, single_line


def build_router() -> Router:
    def entry(router: Router) -> None:
        router.callback_query.register(on_start_request, StartCb.filter(F.op == "request"))
        # The contact shared with 📱 is read here; typed numbers and "skip" by the form.
        router.message.register(phone_shared, FORM.state("waiting_phone"), F.contact)

    return FORM.router("link-form", entry)


async def on_start_request(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    estates = await ctx.uow.estates.all()
    if not estates:
        await ctx.reply("link-no-estates")
        return
    if len(estates) == 1:
        await FORM.start(ctx, state, {"draft": "link", "estate_id": estates[0].id},
                         "waiting_unit")
    else:
        await FORM.start(ctx, state, {"draft": "link"}, "choosing_estate")


async def _estate(ctx: Ctx, data: Data, value: str) -> Data:
    estate = await ctx.uow.estates.get(int(value)) if value.isdigit() else None
    if estate is None:
        raise Stale
    return {"estate_id": estate.id}


async def _unit(ctx: Ctx, data: Data, text: str) -> Data:
    label = single_line(text, max_len=40, field="unit")
    unit = await registry.find_unit_by_label(ctx.uow, int(data["estate_id"]), label)
    return {"unit": unit.label}


async def _name(ctx: Ctx, data: Data, text: str) -> Data:
    return {"name": single_line(text, field="name")}


async def _phone(ctx: Ctx, data: Data, text: str) -> Data:
    if text.strip() == ctx.t("btn-skip"):
        return {"phone": None}
    return {"phone": phone_number(text)}


async def _phone_noted(ctx: Ctx, data: Data) -> None:
    await ctx.reply("link-phone-noted", markup=ReplyKeyboardRemove())


async def phone_shared(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """Only the person's own contact counts (a forwarded contact is someone else's)."""
    assert message.contact is not None
    if message.contact.user_id != ctx.actor.tg_user_id:
        await reask(ctx, "link-ask-phone", markup=keyboards.share_phone(ctx.tr, ctx.locale),
                    error=DomainError("link-phone-not-own"))
        return
    await state.update_data(phone=phone_number(message.contact.phone_number))
    await _phone_noted(ctx, await state.get_data())
    await FORM.preview(ctx, state)


async def preview_text(ctx: Ctx, data: Data) -> str:
    estate = await ctx.uow.estates.get(int(data["estate_id"]))
    return ctx.t("link-preview", estate=estate.name if estate else "?", unit=data.get("unit"),
                 relation=ctx.t(f"relation-{data.get('relation')}"), name=data.get("name"),
                 phone=data.get("phone") or ctx.t("value-none"))


async def submit(ctx: Ctx, data: Data) -> tuple[str, Data]:
    request = await onboarding.request_link(
        ctx.uow, ctx.actor, estate_id=int(data["estate_id"]), unit_label=str(data["unit"]),
        relation=Relation(data["relation"]), name=str(data["name"]), phone=data.get("phone"),
        locale=ctx.locale, now=ctx.now)
    return "link-sent", {"id": request.id}


async def _estates(ctx: Ctx, data: Data) -> Any:
    return keyboards.estates(await ctx.uow.estates.all())


FORM = Form(
    name="LinkForm", callback=LinkFormCb, confirm_hint="link-confirm-hint",
    preview_text=preview_text, preview_markup=keyboards.link_preview,
    submit=submit, cancel_markup=ReplyKeyboardRemove,
    steps=[
        Step("choosing_estate", "link-ask-estate", op="estate", choice=_estate,
             then="waiting_unit", markup=_estates),
        Step("waiting_unit", "link-ask-unit", text=_unit, then="choosing_relation", edit="unit"),
        Step("choosing_relation", "link-ask-relation", op="rel",
             choice=choice_of("relation", Relation),
             then="waiting_name", edit="relation",
             markup=lambda ctx, d: keyboards.relations(ctx.tr, ctx.locale)),
        Step("waiting_name", "link-ask-name", text=_name, then="waiting_phone", edit="name"),
        Step("waiting_phone", "link-ask-phone", text=_phone, said=_phone_noted, then=None,
             edit="phone",
             markup=lambda ctx, d: keyboards.share_phone(ctx.tr, ctx.locale)),
    ])
