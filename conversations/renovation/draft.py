"""The renovation form's states, its draft (plain JSON in the FSM data) and its steps as the
form engine walks them; shared by the form's step modules."""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import Any

from aiogram.fsm.context import FSMContext
from aiogram.types import InlineKeyboardMarkup

from bot.context import Ctx
from bot.i18n import Safe
from bot.notices.cards import when
from bot.runtime.postman import Markup
from bot.ui import datepicker
from conversations.forms import Ask, Form, Stale, Step
from conversations.renovation import keyboards as kb
from conversations.renovation.callbacks import RenoFormCb
from domain.ports import FileRef
from domain.registry import calendar_of
from domain.renovation import review as renovation
from domain.renovation.model import WORK_KINDS, Renovation, RenovationPolicy, Worker
from domain.renovation.review import (
    RenovationDraft,
    WorkerDraft,
    check_works,
    earliest_start,
    owner_tenures,
)
from domain.text import phone_number, single_line


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
    return {"max": policy.max_drawings, "start": day_of(data, "start") or "",
            "count": len(data.get("workers", [])), "lines": Safe(worker_lines(ctx, data)),
            "name": worker.get("name", ""), "days": policy.retention_days,
            "estate": estate.name if estate else "",
            "rules": policy.rules or Safe(ctx.t("reno-rules-default"))}


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
        workers=tuple(worker_draft(w) for w in data.get("workers", [])),
        rules_accepted=bool(data.get("rules")))


def worker_draft(w: dict[str, Any]) -> WorkerDraft:
    """A worker of the JSON draft: name, phone, ID-card image, own photo (when sent)."""
    return WorkerDraft(w["name"], w["phone"],
                       FileRef(**w["id_photo"]) if w.get("id_photo") else None, w.get("id"),
                       FileRef(**w["face"]) if w.get("face") else None)


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
    works = [ctx.t(f"work-{w}") for w in data.get("works", [])] or ctx.t("reno-works-none")
    text = ctx.t("reno-preview", unit=unit.label if unit else "?", works=works,
                 description=data.get("description", ""),
                 start=start or "—", end=end or "—",
                 days=(end - start).days + 1 if start and end else 0,
                 contractor=data.get("contractor", ""),
                 contractor_phone=data.get("contractor_phone", ""),
                 drawings=len(data.get("drawings", [])),
                 workers=[w["name"] for w in data.get("workers", [])] or "—")
    if data.get("reason"):
        text = ctx.t("reno-preview-reason", reason=data["reason"]) + "\n\n" + text
    return text


async def submit(ctx: Ctx, data: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Submit (or resubmit); a rule that fails now (a start date that has passed meanwhile)
    keeps the preview, with everything filled in."""
    draft = draft_of(data)
    if data.get("ticket_id"):
        ticket = await renovation.resubmit_renovation(ctx.uow, ctx.actor, int(data["ticket_id"]),
                                                      draft, ctx.now)
    else:
        ticket = await renovation.submit_renovation(ctx.uow, ctx.actor, draft, ctx.now)
    estate = await ctx.uow.estates.get(ticket.estate_id)
    due = when(renovation.review_due(ticket), estate.tz if estate else "UTC")
    return ("reno-resubmitted" if data.get("ticket_id") else "reno-submitted",
            {"number": ticket.number, "due": due})


def _drawings_markup(ctx: Ctx, data: dict[str, Any]) -> Markup | None:
    return drawings_markup(ctx, data) if data.get("drawings") else None


async def show_drawings(ctx: Ctx, state: FSMContext, header: str | None = None) -> None:
    """The drawings of the draft with a remove button each: sent once per round, then
    edited in place."""
    data = await state.get_data()
    text = drawings_status(ctx, data)
    if not data.get("drawing_status_sent"):
        await state.update_data(drawing_status_sent=True)
        await ctx.reply_html(f"{header}\n\n{text}" if header else text,
                             markup=drawings_markup(ctx, data), ref=drawings_ref(ctx, data))
    else:
        await ctx.postman.edit(text=text, markup=drawings_markup(ctx, data),
                               ref=drawings_ref(ctx, data), chat_id=ctx.chat_id)


async def edit_drawings(ctx: Ctx, state: FSMContext) -> None:
    """Changing the drawings keeps those sent: they are listed to remove one or add more."""
    data = await state.get_data()
    await state.update_data(drawing_round=int(data.get("drawing_round", 0)) + 1,
                            drawing_status_sent=False)
    await show_drawings(ctx, state, header=ctx.t(
        "reno-ask-drawings", max=(await policy_of(ctx, data)).max_drawings))


async def _unit(ctx: Ctx, data: dict[str, Any], value: str) -> dict[str, Any]:
    units = {str(t.unit.id): t.unit.id for t in owner_tenures(ctx.actor)}
    if value not in units:
        raise Stale
    return {"unit_id": units[value]}


async def _works_done(ctx: Ctx, data: dict[str, Any], value: str) -> dict[str, Any]:
    return {}


async def _description(ctx: Ctx, data: dict[str, Any], text: str) -> dict[str, Any]:
    _, checked = check_works(tuple(data.get("works", [])), text)
    return {"description": checked}


async def _contractor(ctx: Ctx, data: dict[str, Any], text: str) -> dict[str, Any]:
    return {"contractor": single_line(text, max_len=100, field="contractor")}


async def _contractor_phone(ctx: Ctx, data: dict[str, Any], text: str) -> dict[str, Any]:
    return {"contractor_phone": phone_number(text)}


# The form's steps. Most answers are read by the flow's own handlers (the checklist edited
# in place, the date picker, drawings, workers, the rules), so their steps only say the
# prompt and the buttons; the engine asks them, re-asks, previews, submits and cancels.
FORM = Form(
    name="RenovationForm", callback=RenoFormCb, confirm_hint="reno-confirm-hint",
    preview_text=preview_text, preview_markup=kb.preview,
    submit=submit, prompt_args=prompt_args,
    steps=[
        Step("choosing_unit", "reno-ask-unit", op="unit", choice=_unit,
             then=Ask("choosing_works"),
             markup=lambda ctx, d: kb.units(owner_tenures(ctx.actor))),
        Step("choosing_works", "reno-ask-works", edit="works", op="works", choice=_works_done,
             then="waiting_description",
             markup=lambda ctx, d: kb.works(WORK_KINDS, list(d.get("works", [])), ctx.tr,
                                            ctx.locale)),
        Step("waiting_description", "reno-ask-description", edit="description",
             text=_description, then="choosing_start"),
        Step("choosing_start", "reno-ask-start", edit="dates", hint="reno-date-hint",
             markup=lambda ctx, d: picker_for(ctx, d, end=False)),
        Step("choosing_end", "reno-ask-end", hint="reno-date-hint",
             markup=lambda ctx, d: picker_for(ctx, d, end=True)),
        Step("waiting_contractor", "reno-ask-contractor", edit="contractor", text=_contractor,
             then=Ask("waiting_contractor_phone")),
        Step("waiting_contractor_phone", "reno-ask-contractor-phone", text=_contractor_phone,
             then="waiting_drawings"),
        Step("waiting_drawings", "reno-ask-drawings", edit="drawings", on_edit=edit_drawings,
             text_error="reno-drawing-or-done", markup=_drawings_markup),
        Step("choosing_workers", "reno-ask-workers", edit="workers",
             markup=lambda ctx, d: kb.workers([w["name"] for w in d.get("workers", [])],
                                              ctx.tr, ctx.locale)),
        Step("waiting_worker_name", "reno-ask-worker-name"),
        Step("waiting_worker_id", "reno-ask-worker-id", text_error="file-not-photo"),
        Step("waiting_worker_face", "reno-ask-worker-face", text_error="file-not-photo",
             markup=lambda ctx, d: kb.face_skip(ctx.tr, ctx.locale)),
        Step("waiting_worker_phone", "reno-ask-worker-phone"),
        Step("reading_rules", "reno-rules", markup=lambda ctx, d: kb.rules(ctx.tr, ctx.locale)),
    ])
