"""A failed check recorded by the manager in private, after the card's Fail button: the
reason, photos (optional), preview; the next check then comes."""

from __future__ import annotations

from typing import Any

from aiogram import Bot, Dispatcher, Router

from bot.context import Ctx
from conversations import forms
from conversations.forms import Data, Form, Step
from conversations.questions import ask_in_private_chat
from conversations.spot_checks import keyboards as kb
from conversations.spot_checks.callbacks import SpotFailCb
from domain.errors import Conflict
from domain.ports import FileRef
from domain.spotchecks import checks
from domain.spotchecks.model import SpotCheck
from domain.text import require_text


def build_router() -> Router:
    return FORM.router("spot-fail")


async def start(ctx: Ctx, bot: Bot, dispatcher: Dispatcher, check: SpotCheck,
                number: str) -> None:
    data = {"check_id": check.id, "number": number, "photos": []}
    await ask_in_private_chat(ctx, bot, dispatcher, FORM.state("reason"), data,
                              ctx.t("spot-ask-reason", number=number))


async def _reason(ctx: Ctx, data: Data, text: str) -> Data:
    return {"reason": require_text(text, max_len=1000, field="reason", min_len=3)}


async def args(ctx: Ctx, data: Data) -> dict[str, Any]:
    return {"number": data.get("number", ""), "max": checks.MAX_PHOTOS}


async def preview_text(ctx: Ctx, data: Data) -> str:
    return ctx.t("spot-fail-preview", number=data.get("number", ""),
                 reason=data.get("reason", ""), photos=len(data.get("photos", [])))


async def submit(ctx: Ctx, data: Data) -> tuple[str, Data]:
    try:
        await checks.decide(ctx.uow, ctx.actor, int(data["check_id"]), False, ctx.now,
                            reason=data.get("reason"),
                            photos=[FileRef(**p) for p in data.get("photos", [])])
    except Conflict as exc:
        return exc.key, exc.args_map
    return "spot-fail-done", {"number": data.get("number", "")}


FORM = Form(
    name="SpotFailForm", callback=SpotFailCb, confirm_hint="spot-confirm-hint",
    preview_text=preview_text, preview_markup=kb.fail_preview, submit=submit,
    prompt_args=args,
    steps=[Step("reason", "spot-ask-reason", text=_reason, then="photos", edit="reason"),
           forms.photo_step("photos", "spot-ask-photos", SpotFailCb, max=checks.MAX_PHOTOS,
                            then=None)])
