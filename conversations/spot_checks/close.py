"""Closing a corrective action with a note (what was done), by its owner or a manager."""

from __future__ import annotations

from aiogram import Bot, Dispatcher, Router

from bot.context import Ctx
from conversations.forms import Data, Form, Step
from conversations.questions import ask_in_private_chat
from conversations.spot_checks import keyboards as kb
from conversations.spot_checks.callbacks import ActionCloseCb
from domain.errors import Conflict
from domain.spotchecks import actions
from domain.spotchecks.model import Action
from domain.text import require_text


def build_router() -> Router:
    return FORM.router("spot-action-close")


async def start(ctx: Ctx, bot: Bot, dispatcher: Dispatcher, action: Action) -> None:
    await ask_in_private_chat(ctx, bot, dispatcher, FORM.state("note"),
                              {"action_id": action.id, "number": action.number},
                              ctx.t("action-ask-note", number=action.number))


async def _note(ctx: Ctx, data: Data, text: str) -> Data:
    return {"note": require_text(text, max_len=1000, field="note", min_len=3)}


async def args(ctx: Ctx, data: Data) -> Data:
    return {"number": data.get("number", "")}


async def preview_text(ctx: Ctx, data: Data) -> str:
    return ctx.t("action-close-preview", number=data.get("number", ""),
                 note=data.get("note", ""))


async def submit(ctx: Ctx, data: Data) -> tuple[str, Data]:
    try:
        action = await actions.close_action(ctx.uow, ctx.actor, int(data["action_id"]),
                                            data.get("note"), ctx.now)
    except Conflict as exc:
        return exc.key, exc.args_map
    return "action-closed", {"number": action.number}


FORM = Form(
    name="ActionCloseForm", callback=ActionCloseCb, confirm_hint="action-close-hint",
    preview_text=preview_text, preview_markup=kb.close_preview, submit=submit,
    prompt_args=args,
    steps=[Step("note", "action-ask-note", text=_note, then=None, edit="note")])
