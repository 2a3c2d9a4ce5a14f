"""Asking to be linked to a unit: estate, unit, relation, name, phone, preview, confirm."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message, ReplyKeyboardRemove

from bot.context import Ctx
from bot.ui import keyboards
from bot.ui.callbacks import LinkFormCb, StartCb
from conversations.forms import FormSteps, reask
from domain import onboarding, registry
from domain.errors import DomainError
from domain.model import Relation
from domain.text import phone_number, single_line
from handlers.filters import InPrivate


class LinkForm(StatesGroup):
    choosing_estate = State()
    waiting_unit = State()
    choosing_relation = State()
    waiting_name = State()
    waiting_phone = State()
    confirming = State()


def build_router() -> Router:
    router = Router(name="link-form")
    router.message.filter(InPrivate())
    router.callback_query.filter(InPrivate())
    router.callback_query.register(on_start_request, StartCb.filter(F.op == "request"))
    router.callback_query.register(estate_chosen, LinkForm.choosing_estate,
                                   LinkFormCb.filter(F.op == "estate"))
    router.message.register(unit_received, LinkForm.waiting_unit, F.text)
    router.callback_query.register(relation_chosen, LinkForm.choosing_relation,
                                   LinkFormCb.filter(F.op == "rel"))
    router.message.register(name_received, LinkForm.waiting_name, F.text)
    router.message.register(phone_received, LinkForm.waiting_phone, F.text | F.contact)
    router.callback_query.register(on_edit, LinkForm.confirming, LinkFormCb.filter(F.op == "edit"))
    router.callback_query.register(on_confirm, LinkForm.confirming,
                                   LinkFormCb.filter(F.op == "confirm"))
    router.callback_query.register(on_cancel, LinkFormCb.filter(F.op == "cancel"))
    # Anything else while a step waits: say what is expected, keep the draft.
    router.message.register(fallback, LinkForm.choosing_estate)
    router.message.register(fallback, LinkForm.waiting_unit)
    router.message.register(fallback, LinkForm.choosing_relation)
    router.message.register(fallback, LinkForm.waiting_name)
    router.message.register(fallback, LinkForm.waiting_phone)
    router.message.register(fallback, LinkForm.confirming)
    return router


PROMPTS = {
    LinkForm.choosing_estate.state: "link-ask-estate",
    LinkForm.waiting_unit.state: "link-ask-unit",
    LinkForm.choosing_relation.state: "link-ask-relation",
    LinkForm.waiting_name.state: "link-ask-name",
    LinkForm.waiting_phone.state: "link-ask-phone",
    LinkForm.confirming.state: "link-confirm-hint",
}


async def _markup_for(ctx: Ctx, state_name: str | None, data: dict[str, Any] | None = None,
                      ) -> Any:
    if state_name == LinkForm.choosing_estate.state:
        return keyboards.estates(await ctx.uow.estates.all())
    if state_name == LinkForm.choosing_relation.state:
        return keyboards.relations(ctx.tr, ctx.locale)
    if state_name == LinkForm.waiting_phone.state:
        return keyboards.share_phone(ctx.tr, ctx.locale)
    return None


async def ask(ctx: Ctx, state: FSMContext, target: State) -> None:
    await STEPS.ask(ctx, state, target)


async def next_step(ctx: Ctx, state: FSMContext, target: State) -> None:
    """Go to `target`, or back to the preview when the person was editing one field."""
    await STEPS.next_step(ctx, state, target)


async def on_start_request(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    estates = await ctx.uow.estates.all()
    if not estates:
        await ctx.reply("link-no-estates")
        return
    await state.set_data({"draft": "link"})
    if len(estates) == 1:
        await state.update_data(estate_id=estates[0].id)
        await ask(ctx, state, LinkForm.waiting_unit)
    else:
        await ask(ctx, state, LinkForm.choosing_estate)


async def estate_chosen(query: CallbackQuery, callback_data: LinkFormCb, ctx: Ctx,
                        state: FSMContext) -> None:
    estate = await ctx.uow.estates.get(int(callback_data.value or 0)) \
        if callback_data.value.isdigit() else None
    if estate is None:
        ctx.answer("button-stale", alert=True)
        return
    await state.update_data(estate_id=estate.id)
    await next_step(ctx, state, LinkForm.waiting_unit)


async def unit_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    data = await state.get_data()
    try:
        label = single_line(message.text, max_len=40, field="unit")
        unit = await registry.find_unit_by_label(ctx.uow, int(data["estate_id"]), label)
    except DomainError as exc:
        await reask(ctx, "link-ask-unit", error=exc)
        return
    await state.update_data(unit=unit.label)
    await next_step(ctx, state, LinkForm.choosing_relation)


async def relation_chosen(query: CallbackQuery, callback_data: LinkFormCb, ctx: Ctx,
                          state: FSMContext) -> None:
    try:
        relation = Relation(callback_data.value)
    except ValueError:
        ctx.answer("button-stale", alert=True)
        return
    await state.update_data(relation=relation.value)
    await next_step(ctx, state, LinkForm.waiting_name)


async def name_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    try:
        name = single_line(message.text, field="name")
    except DomainError as exc:
        await reask(ctx, "link-ask-name", error=exc)
        return
    await state.update_data(name=name)
    await next_step(ctx, state, LinkForm.waiting_phone)


async def phone_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    phone: str | None
    if message.contact is not None:
        if message.contact.user_id != ctx.actor.tg_user_id:
            await reask(ctx, "link-ask-phone", markup=keyboards.share_phone(ctx.tr, ctx.locale),
                        error=DomainError("link-phone-not-own"))
            return
        phone = phone_number(message.contact.phone_number)
    elif message.text and message.text.strip() == ctx.t("btn-skip"):
        phone = None
    else:
        try:
            phone = phone_number(message.text)
        except DomainError as exc:
            await reask(ctx, "link-ask-phone", markup=keyboards.share_phone(ctx.tr, ctx.locale),
                        error=exc)
            return
    await state.update_data(phone=phone, editing=False)
    await ctx.reply("link-phone-noted", markup=ReplyKeyboardRemove())
    await preview(ctx, state)


async def preview(ctx: Ctx, state: FSMContext) -> None:
    data = await state.get_data()
    await state.set_state(LinkForm.confirming)
    estate = await ctx.uow.estates.get(int(data["estate_id"]))
    await ctx.reply("link-preview", estate=estate.name if estate else "?", unit=data.get("unit"),
                    relation=ctx.t(f"relation-{data.get('relation')}"), name=data.get("name"),
                    phone=data.get("phone") or ctx.t("value-none"),
                    markup=keyboards.link_preview(ctx.tr, ctx.locale))


EDIT_TARGETS = {"unit": LinkForm.waiting_unit, "relation": LinkForm.choosing_relation,
                "name": LinkForm.waiting_name, "phone": LinkForm.waiting_phone}


async def on_edit(query: CallbackQuery, callback_data: LinkFormCb, ctx: Ctx,
                  state: FSMContext) -> None:
    target = EDIT_TARGETS.get(callback_data.value)
    if target is None:
        ctx.answer("button-stale", alert=True)
        return
    await state.update_data(editing=True)
    await ask(ctx, state, target)


async def on_confirm(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    data = await state.get_data()
    request = await onboarding.request_link(
        ctx.uow, ctx.actor, estate_id=int(data["estate_id"]), unit_label=str(data["unit"]),
        relation=Relation(data["relation"]), name=str(data["name"]), phone=data.get("phone"),
        locale=ctx.locale, now=ctx.now)
    await state.clear()
    if query.message is not None:
        await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)
    await ctx.reply("link-sent", id=request.id)


async def on_cancel(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    await state.clear()
    await ctx.reply("cancel-done", markup=ReplyKeyboardRemove())


async def fallback(message: Message, ctx: Ctx, state: FSMContext) -> None:
    await STEPS.prompt_again(ctx, state, message, "link-confirm-hint")


STEPS = FormSteps(PROMPTS, _markup_for, preview)
