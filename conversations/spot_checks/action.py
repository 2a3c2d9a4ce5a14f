"""A corrective or preventive action opened by a manager in private: from a failed check's
"Open action" button, or `/action` (then the source first: a repeated problem, a Pareto
finding, a complaint); the cause (人機料法環), the owner, the deadline, what is to be done."""

from __future__ import annotations

from datetime import date
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.context import Ctx
from conversations.forms import Data, Form, Step, choice_of
from conversations.questions import ask_in_private_chat
from conversations.spot_checks import keyboards as kb
from conversations.spot_checks.callbacks import ActionFormCb
from domain.errors import Conflict, InvalidInput, NotAuthorized
from domain.renovation.review import parse_day
from domain.spotchecks import actions
from domain.spotchecks.model import ActionSource, Cause
from domain.text import require_text


def build_router() -> Router:
    def entry(router: Router) -> None:
        router.message.register(cmd_action, Command("action"))
    return FORM.router("spot-action", entry)


async def cmd_action(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """`/action`: a manager opens an action not tied to a check."""
    estates = actions.manager_estates(ctx.actor)
    if not estates:
        raise NotAuthorized("spot-managers-only")
    await FORM.start(ctx, state, {"estate_id": estates[0], "check_id": None}, "source")


async def start_from_check(ctx: Ctx, bot: Bot, dispatcher: Dispatcher, estate_id: int,
                           check_id: int, number: str) -> None:
    data = {"estate_id": estate_id, "check_id": check_id, "source": ActionSource.CHECK.value,
            "number": number}
    await ask_in_private_chat(ctx, bot, dispatcher, FORM.state("cause"), data,
                              ctx.t("action-ask-cause"),
                              markup=kb.causes(ctx.tr, ctx.locale))


async def _owners_markup(ctx: Ctx, data: Data) -> Any:
    return kb.owners(await actions.owners(ctx.uow, int(data["estate_id"])))


async def _owner(ctx: Ctx, data: Data, value: str) -> Data:
    people = dict(await actions.owners(ctx.uow, int(data["estate_id"])))
    if not value.isdigit() or int(value) not in people:
        raise InvalidInput("action-owner-not-staff")
    return {"owner_id": int(value), "owner": people[int(value)]}


async def _due(ctx: Ctx, data: Data, text: str) -> Data:
    day = parse_day(text)
    if day < ctx.now.date():
        raise InvalidInput("action-date-past")
    return {"due": day.isoformat()}


async def _description(ctx: Ctx, data: Data, text: str) -> Data:
    return {"description": require_text(text, max_len=1000, field="description", min_len=3)}


async def preview_text(ctx: Ctx, data: Data) -> str:
    return ctx.t("action-preview", source=data.get("source", ""), cause=data.get("cause", ""),
                 owner=data.get("owner", ""), due=data.get("due", ""),
                 description=data.get("description", ""))


async def submit(ctx: Ctx, data: Data) -> tuple[str, Data]:
    draft = actions.ActionDraft(
        estate_id=int(data["estate_id"]), source=ActionSource(data["source"]),
        cause=Cause(data["cause"]), owner_id=int(data["owner_id"]),
        due_on=date.fromisoformat(data["due"]), description=data.get("description", ""),
        check_id=int(data["check_id"]) if data.get("check_id") else None)
    try:
        action = await actions.open_action(ctx.uow, ctx.actor, draft, ctx.now)
    except Conflict as exc:
        return exc.key, exc.args_map
    return "action-opened", {"number": action.number, "owner": data.get("owner", "")}


FORM = Form(
    name="ActionForm", callback=ActionFormCb, confirm_hint="action-confirm-hint",
    preview_text=preview_text, preview_markup=kb.action_preview, submit=submit,
    steps=[
        Step("source", "action-ask-source", op="source",
             choice=choice_of("source", ActionSource), then="cause",
             markup=lambda ctx, d: kb.sources(ctx.tr, ctx.locale)),
        Step("cause", "action-ask-cause", op="cause", choice=choice_of("cause", Cause),
             then="owner", edit="cause", markup=lambda ctx, d: kb.causes(ctx.tr, ctx.locale)),
        Step("owner", "action-ask-owner", op="owner", choice=_owner, then="due", edit="owner",
             markup=_owners_markup),
        Step("due", "action-ask-due", text=_due, then="description", edit="due"),
        Step("description", "action-ask-description", text=_description, then=None,
             edit="description"),
    ])
