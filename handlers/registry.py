"""Registry changes in chat (權籍管理), for the desk and managers: `/holders A-12B` (the unit's
links and their history), `/moveout A-12B` (end a tenancy), `/sale A-12B [date] name`,
`/coowner A-12B name`, `/proxy A-12B name`, `/tenant A-12B name`. Every end is asked, then
confirmed with a button."""

from __future__ import annotations

from datetime import date
from typing import Any

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.context import Ctx
from bot.ui.keyboards import button, rows
from bot.ui.office_callbacks import RegistryCb
from domain import tenancy
from domain.errors import InvalidInput, NotAuthorized, NotFound
from domain.model import Estate, Relation, TenureRecord, Unit
from domain.renovation.review import parse_day
from handlers.filters import InPrivate, IsStaff, pressed_on

ADD = {"coowner": Relation.CO_OWNER, "proxy": Relation.PROXY, "tenant": Relation.TENANT}


def build_router() -> Router:
    router = Router(name="registry")
    router.message.register(cmd_holders, Command("holders", "moveout"), InPrivate(), IsStaff())
    router.message.register(cmd_sale, Command("sale"), InPrivate(), IsStaff())
    router.message.register(cmd_add, Command(*ADD), InPrivate(), IsStaff())
    router.callback_query.register(on_registry, RegistryCb.filter(), InPrivate())
    return router


def card_ref(unit_id: int, chat_id: int | None) -> str:
    return f"holders:{unit_id}:{chat_id}"


async def office_estate(ctx: Ctx) -> Estate:
    """The estate where the actor is desk or manager."""
    estates = sorted({s.estate_id for s in ctx.actor.staff if s.role in tenancy.OFFICE})
    if not estates:
        raise NotAuthorized()
    estate = await ctx.uow.estates.get(estates[0])
    assert estate is not None
    return estate


def _line(ctx: Ctx, r: TenureRecord) -> str:
    relation = ctx.t(f"relation-{r.tenure.relation.value}")
    if r.current:
        return ctx.t("holders-current", name=r.person.name, relation=relation,
                     since=r.since.isoformat())
    return ctx.t("holders-ended", name=r.person.name, relation=relation,
                 since=r.since.isoformat(), until=(r.ended_on or r.since).isoformat(),
                 reason=ctx.t(f"end-reason-{r.end_reason or 'removed'}"))


async def _card(ctx: Ctx, unit: Unit, only: set[Relation] | None = None,
                ) -> tuple[str, InlineKeyboardMarkup | None]:
    history = await ctx.uow.tenures.history_for_unit(unit.id)
    lines = [ctx.t("holders-title", unit=unit.label)]
    lines += [_line(ctx, r) for r in history] or [ctx.t("holders-none")]
    ends = [r for r in history if r.current and (only is None or r.tenure.relation in only)]
    markup = rows(*(button(ctx.t("btn-end-link", name=r.person.name,
                                 relation=ctx.t(f"relation-{r.tenure.relation.value}")),
                           RegistryCb(op="end", id=r.tenure.id).pack()) for r in ends),
                  width=1) if ends else None
    return "\n".join(lines), markup


def _args(command: CommandObject) -> list[str]:
    return (command.args or "").split()


async def cmd_holders(message: Message, command: CommandObject, ctx: Ctx) -> None:
    """The unit's links now and before; a button ends each current one (tenants only for
    /moveout)."""
    args = _args(command)
    if not args:
        await ctx.reply("holders-usage")
        return
    estate = await office_estate(ctx)
    unit = await tenancy.unit_of(ctx.uow, estate, args[0])
    moveout = (command.command or "").lower() == "moveout"
    text, markup = await _card(ctx, unit, {Relation.TENANT} if moveout else None)
    if moveout and markup is None:
        text += "\n" + ctx.t("moveout-no-tenant")
    await ctx.reply_html(text, markup=markup, ref=card_ref(unit.id, ctx.chat_id))


def _day(raw: str) -> date | None:
    """A typed date as the office writes it (1/12/2026, or 2026-12-01); None if it is not."""
    try:
        return parse_day(raw)
    except InvalidInput:
        return None


async def cmd_sale(message: Message, command: CommandObject, ctx: Ctx,
                   state: FSMContext) -> None:
    """`/sale A-12B [1/12/2026] new owner's name`: shown first, recorded on Confirm."""
    args = _args(command)
    day = _day(args[1]) if len(args) > 2 else None
    name = " ".join(args[2:] if day else args[1:])
    if len(args) < 2 or not name:
        await ctx.reply("sale-usage")
        return
    estate = await office_estate(ctx)
    unit = await tenancy.unit_of(ctx.uow, estate, args[0])
    on = day or tenancy.local_today(estate, ctx.now)
    if on > tenancy.local_today(estate, ctx.now):
        raise InvalidInput("registry-date-future", day=on)
    links = await tenancy.current_links(ctx.uow, unit)
    ending = "\n".join(_line(ctx, r) for r in links) or ctx.t("holders-none")
    await state.update_data(sale={"unit": unit.id, "on": on.isoformat(), "name": name})
    await ctx.reply("sale-confirm", unit=unit.label, day=on, name=name,
                    ending=ending, ref=card_ref(unit.id, ctx.chat_id), markup=rows(
                        button(ctx.t("btn-confirm"), RegistryCb(op="sale", id=unit.id).pack()),
                        button(ctx.t("btn-cancel"), RegistryCb(op="nosale", id=unit.id).pack())))


async def cmd_add(message: Message, command: CommandObject, ctx: Ctx) -> None:
    """`/coowner A-12B name` (also /proxy, /tenant): the record and a code to link with."""
    args = _args(command)
    relation = ADD[(command.command or "").lower()]
    if len(args) < 2:
        await ctx.reply("registry-add-usage", command=command.command or "")
        return
    estate = await office_estate(ctx)
    record, code = await tenancy.add_link(
        ctx.uow, ctx.actor, estate, args[0], relation, " ".join(args[1:]), ctx.now,
        pepper=ctx.settings.security.code_pepper.get_secret_value(),
        created_by=f"tg:{ctx.actor.tg_user_id}")
    await ctx.reply("registry-added", name=record.person.name, unit=record.tenure.unit.label,
                    relation=ctx.t(f"relation-{relation.value}"), code=code)


async def on_registry(query: CallbackQuery, callback_data: RegistryCb, ctx: Ctx,
                      state: FSMContext) -> None:
    op, key = callback_data.op, callback_data.id
    if op in {"end", "endok"}:
        record = await ctx.uow.tenures.get(key)
        if record is None:
            raise NotFound("registry-link-not-found")
        unit = record.tenure.unit
    else:
        found = await ctx.uow.units.get(key)
        if found is None:
            raise NotFound("unit-not-found", unit="?")
        unit = found
    tenancy.require_office(ctx.actor, unit.estate_id)
    ref = card_ref(unit.id, ctx.chat_id)
    if not await pressed_on(ctx.uow, query, ref):
        raise NotAuthorized("button-stale")
    if op == "end":
        assert record is not None
        await ctx.postman.edit(text=ctx.t("end-link-confirm", name=record.person.name,
                                          unit=unit.label, relation=ctx.t(
                                              f"relation-{record.tenure.relation.value}")),
                               markup=rows(button(ctx.t("btn-confirm"),
                                                  RegistryCb(op="endok", id=key).pack()),
                                           button(ctx.t("btn-back-to-list"),
                                                  RegistryCb(op="back", id=unit.id).pack())),
                               ref=ref)
        return
    if op == "endok":
        reason = "moved-out" if record and record.tenure.relation is Relation.TENANT \
            else "removed"
        await tenancy.end_link(ctx.uow, ctx.actor, key, ctx.now, reason=reason)
        ctx.answer("registry-link-ended-ok")
    elif op == "sale":
        await _sale(ctx, state, unit)
        ctx.answer("decision-recorded")
    elif op == "nosale":
        await _drop_sale(state)
        ctx.answer("cancel-done")
    text, markup = await _card(ctx, unit)
    await ctx.postman.edit(text=text, markup=markup, ref=ref)


async def _drop_sale(state: FSMContext) -> dict[str, Any] | None:
    data = await state.get_data()
    sale: dict[str, Any] | None = data.pop("sale", None)
    await state.set_data(data)
    return sale


async def _sale(ctx: Ctx, state: FSMContext, unit: Unit) -> None:
    sale = await _drop_sale(state)
    if not sale or sale.get("unit") != unit.id:
        raise NotAuthorized("button-stale")
    estate = await ctx.uow.estates.get(unit.estate_id)
    assert estate is not None
    done = await tenancy.record_sale(
        ctx.uow, ctx.actor, estate, unit.label, str(sale["name"]), ctx.now,
        pepper=ctx.settings.security.code_pepper.get_secret_value(),
        created_by=f"tg:{ctx.actor.tg_user_id}", on=date.fromisoformat(str(sale["on"])))
    await ctx.reply("sale-recorded", unit=unit.label, name=done.owner.name,
                    day=str(sale["on"]), count=len(done.ended), code=done.code)
