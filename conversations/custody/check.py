"""An outside check recorded by the staff in private, after the card's button in the staff
group: each checklist item fine or a problem, a note (needed for a problem), photos (at least
one), preview; the report then goes to the owner."""

from __future__ import annotations

from typing import Any

from aiogram import Bot, Dispatcher, Router

from bot.context import Ctx
from bot.ui import keyboards
from conversations import forms
from conversations.custody import keyboards as kb
from conversations.custody.callbacks import CheckFormCb
from conversations.custody.cards import checklist
from conversations.forms import Data, Form, Step
from conversations.questions import ask_in_private_chat
from domain.custody import checks
from domain.custody.model import CHECK_ITEMS, Check
from domain.errors import Conflict, InvalidInput
from domain.ports import FileRef
from domain.text import require_text


def build_router() -> Router:
    return FORM.router("custody-check")


async def start(ctx: Ctx, bot: Bot, dispatcher: Dispatcher, check: Check, unit: str) -> None:
    """The first item asked in the person's private chat."""
    data = {"check_id": check.id, "unit": unit, "kind": check.kind.value, "items": {},
            "photos": []}
    first = CHECK_ITEMS[0]
    await ask_in_private_chat(ctx, bot, dispatcher, FORM.state(f"item_{first}"), data,
                              ctx.t(f"custody-ask-item-{first}", unit=unit,
                                    kind=check.kind.value),
                              markup=kb.item(ctx.tr, ctx.locale))


def _item(name: str) -> Any:
    async def read(ctx: Ctx, data: Data, value: str) -> Data:
        if value not in ("ok", "bad"):
            raise forms.Stale
        return {"items": {**data.get("items", {}), name: value == "ok"}}
    return read


async def _note(ctx: Ctx, data: Data, text: str) -> Data:
    return {"note": require_text(text, max_len=1000, field="note")}


async def _skip(ctx: Ctx, data: Data, value: str) -> Data:
    if not all(data.get("items", {}).values()):
        raise InvalidInput("custody-note-needed")
    return {"note": None}


async def _too_few(ctx: Ctx, data: Data) -> None:
    if not data.get("photos"):
        await ctx.reply("custody-check-photo-needed")


def _after_photos(ctx: Ctx, data: Data) -> forms.Next:
    return None if data.get("photos") else forms.Ask("waiting_photos")


async def args(ctx: Ctx, data: Data) -> dict[str, Any]:
    return {"unit": data.get("unit", ""), "kind": data.get("kind", "weekly"),
            "max": checks.MAX_PHOTOS}


async def preview_text(ctx: Ctx, data: Data) -> str:
    text = ctx.t("custody-check-preview", unit=data.get("unit", ""),
                 kind=data.get("kind", "weekly"), photos=len(data.get("photos", [])))
    text += "\n" + checklist(ctx.tr, ctx.locale, data.get("items") or {})
    if data.get("note"):
        text += "\n" + ctx.t("custody-check-note", note=data["note"])
    return text


async def submit(ctx: Ctx, data: Data) -> tuple[str, Data]:
    """Recorded; or someone recorded this check first (nothing was written): said so, and
    the draft is done with."""
    try:
        await checks.record_check(ctx.uow, ctx.actor, int(data["check_id"]),
                                  dict(data.get("items") or {}), data.get("note"),
                                  [FileRef(**p) for p in data.get("photos", [])], ctx.now)
    except Conflict as exc:
        return exc.key, exc.args_map
    return "custody-check-done", {"unit": data.get("unit", "")}


def _steps() -> list[Step]:
    steps = []
    for i, name in enumerate(CHECK_ITEMS):
        nxt = f"item_{CHECK_ITEMS[i + 1]}" if i + 1 < len(CHECK_ITEMS) else "waiting_note"
        steps.append(Step(f"item_{name}", f"custody-ask-item-{name}", op="item",
                          choice=_item(name), then=forms.Ask(nxt),
                          edit="items" if i == 0 else None,
                          markup=lambda ctx, d: kb.item(ctx.tr, ctx.locale)))
    steps.append(Step("waiting_note", "custody-ask-note", text=_note, choice=_skip, op="skip",
                      then="waiting_photos", edit="note",
                      markup=lambda ctx, d: kb.skip_note(ctx.tr, ctx.locale)))
    steps.append(Step("waiting_photos", "custody-ask-check-photos", then=_after_photos,
                      said=_too_few, edit="photos", reset={"photos": []},
                      text_error="repair-photo-or-done",
                      photos=forms.Photos(checks.MAX_PHOTOS, lambda ctx, n:
                                          keyboards.photos_done(CheckFormCb, ctx.tr,
                                                                      ctx.locale, n))))
    return steps


FORM = Form(
    name="CustodyCheckForm", callback=CheckFormCb, confirm_hint="custody-confirm-hint",
    preview_text=preview_text, preview_markup=kb.check_preview, submit=submit,
    prompt_args=args, steps=_steps())
