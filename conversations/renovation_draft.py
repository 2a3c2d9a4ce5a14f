"""The renovation form's states, its draft (plain JSON in the FSM data) and its prompts;
shared by the form's step modules."""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import Any

from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import InlineKeyboardMarkup

from bot import datepicker
from bot import keyboards_renovation as kb
from bot.context import Ctx
from bot.i18n import Safe
from bot.postman import Markup
from domain.ports import FileRef
from domain.registry import calendar_of
from domain.renovation import (
    RenovationDraft,
    WorkerDraft,
    earliest_start,
    owner_tenures,
)
from domain.renovation_model import WORK_KINDS, Renovation, RenovationPolicy, Worker


class RenovationForm(StatesGroup):
    choosing_unit = State()
    choosing_works = State()
    waiting_description = State()
    choosing_start = State()
    choosing_end = State()
    waiting_contractor = State()
    waiting_contractor_phone = State()
    waiting_drawings = State()
    choosing_workers = State()
    waiting_worker_name = State()
    waiting_worker_id = State()
    waiting_worker_phone = State()
    reading_rules = State()
    confirming = State()


F = RenovationForm
PROMPTS = {
    F.choosing_unit.state: "reno-ask-unit",
    F.choosing_works.state: "reno-ask-works",
    F.waiting_description.state: "reno-ask-description",
    F.choosing_start.state: "reno-ask-start",
    F.choosing_end.state: "reno-ask-end",
    F.waiting_contractor.state: "reno-ask-contractor",
    F.waiting_contractor_phone.state: "reno-ask-contractor-phone",
    F.waiting_drawings.state: "reno-ask-drawings",
    F.choosing_workers.state: "reno-ask-workers",
    F.waiting_worker_name.state: "reno-ask-worker-name",
    F.waiting_worker_id.state: "reno-ask-worker-id",
    F.waiting_worker_phone.state: "reno-ask-worker-phone",
    F.reading_rules.state: "reno-rules",
    F.confirming.state: "reno-confirm-hint",
}


async def estate_of(ctx: Ctx, data: dict[str, Any]) -> Any:
    unit_id = data.get("unit_id")
    tenure = next((t for t in ctx.actor.tenures if t.unit.id == unit_id), None)
    estate_id = tenure.unit.estate_id if tenure else (ctx.actor.tenures[0].unit.estate_id
                                                      if ctx.actor.tenures else None)
    return await ctx.uow.estates.get(estate_id) if estate_id is not None else None


async def policy_of(ctx: Ctx, data: dict[str, Any]) -> RenovationPolicy:
    estate = await estate_of(ctx, data)
    return RenovationPolicy.of(estate) if estate else RenovationPolicy()


async def today(ctx: Ctx, data: dict[str, Any]) -> date:
    """The estate's local date (the range the date picker offers starts from it)."""
    estate = await estate_of(ctx, data)
    return calendar_of(estate).local(ctx.now).date() if estate else ctx.now.date()


def day_of(data: dict[str, Any], key: str) -> date | None:
    raw = data.get(key)
    return date.fromisoformat(raw) if raw else None


async def picker_for(ctx: Ctx, data: dict[str, Any], end: bool,
                     month: date | None = None) -> InlineKeyboardMarkup:
    """The date picker of the start or the end step (only days that the rules allow)."""
    policy = await policy_of(ctx, data)
    now = await today(ctx, data)
    lo, hi = earliest_start(now), now + timedelta(days=365)  # as `check_start` allows
    start = day_of(data, "start")
    if end and start is not None:
        lo, hi = start, start + timedelta(days=policy.max_days - 1)
    chosen = day_of(data, "end" if end else "start")
    return datepicker.picker(month or chosen or lo, lo, hi, ctx.tr, ctx.locale, chosen)


def worker_lines(ctx: Ctx, data: dict[str, Any]) -> str:
    items = data.get("workers", [])
    if not items:
        return ctx.t("reno-workers-none")
    return "\n".join(ctx.t("reno-worker-line", name=w["name"], phone=w["phone"])
                     for w in items)


def drawing_label(ctx: Ctx, n: int, drawing: dict[str, Any]) -> str:
    """1. floor-plan.pdf, or 2. Photo: how a drawing in the draft is named to the owner."""
    name = str(drawing.get("name") or ctx.t("reno-drawing-photo"))
    return f"{n}. {name if len(name) <= 40 else name[:39] + '…'}"


def drawings_markup(ctx: Ctx, data: dict[str, Any]) -> InlineKeyboardMarkup:
    """A remove button per drawing in the draft, then Done."""
    return kb.drawings_done(ctx.tr, ctx.locale, tuple(
        (str(d["unique_id"]), drawing_label(ctx, i, d))
        for i, d in enumerate(data.get("drawings", []), start=1)))


def drawings_status(ctx: Ctx, data: dict[str, Any]) -> str:
    """How many drawings the draft holds, and which."""
    drawings = data.get("drawings", [])
    lines = [ctx.t("reno-drawings-count", count=len(drawings))]
    lines += [html.escape(drawing_label(ctx, i, d), quote=False)
              for i, d in enumerate(drawings, start=1)]
    return "\n".join(lines)


def drawings_ref(ctx: Ctx, data: dict[str, Any]) -> str:
    """The message that shows the drawings of this round (edited as files come and go)."""
    return f"draft:{ctx.actor.tg_user_id}:reno-drawings:{data.get('drawing_round', 0)}"


async def prompt_args(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Everything the prompts may mention (each takes what it needs)."""
    policy = await policy_of(ctx, data)
    estate = await estate_of(ctx, data)
    worker = data.get("worker") or {}
    return {"max": policy.max_drawings, "start": data.get("start") or "",
            "count": len(data.get("workers", [])), "lines": Safe(worker_lines(ctx, data)),
            "name": worker.get("name", ""), "days": policy.retention_days,
            "estate": estate.name if estate else "",
            "rules": policy.rules or Safe(ctx.t("reno-rules-default"))}


async def markup_for(ctx: Ctx, state_name: str | None, data: dict[str, Any]) -> Markup | None:
    if state_name == F.choosing_unit.state:
        return kb.units(owner_tenures(ctx.actor))
    if state_name == F.choosing_works.state:
        return kb.works(WORK_KINDS, list(data.get("works", [])), ctx.tr, ctx.locale)
    if state_name in (F.choosing_start.state, F.choosing_end.state):
        return await picker_for(ctx, data, end=state_name == F.choosing_end.state)
    if state_name == F.waiting_drawings.state and data.get("drawings"):
        return drawings_markup(ctx, data)
    if state_name == F.choosing_workers.state:
        return kb.workers([w["name"] for w in data.get("workers", [])], ctx.tr, ctx.locale)
    if state_name == F.reading_rules.state:
        return kb.rules(ctx.tr, ctx.locale)
    if state_name == F.confirming.state:
        return kb.preview(ctx.tr, ctx.locale)
    return None


async def ask(ctx: Ctx, state: FSMContext, target: State) -> None:
    """Go to a step and ask its question (with its buttons)."""
    await state.set_state(target)
    data = await state.get_data()
    await ctx.reply(PROMPTS[target.state or ""], markup=await markup_for(ctx, target.state, data),
                    **await prompt_args(ctx, data))


def ref_dict(ref: FileRef) -> dict[str, Any]:
    return dict(ref.__dict__)


def draft_of(data: dict[str, Any]) -> RenovationDraft:
    """The JSON draft as the use case takes it."""
    return RenovationDraft(
        unit_id=data.get("unit_id"), works=tuple(data.get("works", [])),
        description=str(data.get("description", "")), start=day_of(data, "start"),
        end=day_of(data, "end"), contractor=str(data.get("contractor", "")),
        contractor_phone=str(data.get("contractor_phone", "")),
        drawings=tuple(FileRef(**d) for d in data.get("drawings", [])),
        workers=tuple(WorkerDraft(w["name"], w["phone"],
                                  FileRef(**w["id_photo"]) if w.get("id_photo") else None,
                                  w.get("id")) for w in data.get("workers", [])),
        rules_accepted=bool(data.get("rules")))


def data_of(app: Renovation, drawings: list[FileRef], workers: list[Worker],
            reason: str | None) -> dict[str, Any]:
    """A draft filled from an application sent back, so the owner retypes nothing."""
    return {"ticket_id": app.ticket_id, "unit_id": app.unit_id, "works": list(app.works),
            "description": app.works_text, "start": app.start_date.isoformat(),
            "end": app.end_date.isoformat(), "contractor": app.contractor,
            "contractor_phone": app.contractor_phone,
            "drawings": [ref_dict(d) for d in drawings],
            "workers": [{"name": w.name, "phone": w.phone, "id": w.id} for w in workers
                        if w.status.value == "active"],
            "rules": True, "reason": reason}


async def preview_text(ctx: Ctx, data: dict[str, Any]) -> str:
    unit = await ctx.uow.units.get(int(data["unit_id"])) if data.get("unit_id") else None
    start, end = day_of(data, "start"), day_of(data, "end")
    works = ", ".join(ctx.t(f"work-{w}") for w in data.get("works", [])) or \
        ctx.t("reno-works-none")
    text = ctx.t("reno-preview", unit=unit.label if unit else "?", works=works,
                 description=data.get("description", ""),
                 start=start.isoformat() if start else "—", end=end.isoformat() if end else "—",
                 days=(end - start).days + 1 if start and end else 0,
                 contractor=data.get("contractor", ""),
                 contractor_phone=data.get("contractor_phone", ""),
                 drawings=len(data.get("drawings", [])),
                 workers=", ".join(w["name"] for w in data.get("workers", [])) or "—")
    if data.get("reason"):
        text = ctx.t("reno-preview-reason", reason=data["reason"]) + "\n\n" + text
    return text


async def preview(ctx: Ctx, state: FSMContext) -> None:
    """The whole application with edit buttons; submitted only from here."""
    await state.set_state(F.confirming)
    await state.update_data(editing=False)
    data = await state.get_data()
    await ctx.reply_html(await preview_text(ctx, data), markup=kb.preview(ctx.tr, ctx.locale))


async def next_step(ctx: Ctx, state: FSMContext, target: State) -> None:
    """On to `target`, or back to the preview when one field was being changed."""
    if (await state.get_data()).get("editing"):
        await preview(ctx, state)
    else:
        await ask(ctx, state, target)
