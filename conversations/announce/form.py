"""`/announce`: the desk or a manager writes an announcement: one text for all or one per
language, photos (checked like every upload), who gets it (the estate, buildings, floors or
units; owners, tenants or both), urgent or not, now or at a time; the preview shows how many
households and people it reaches. Bad input is explained and the draft kept."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.context import Ctx
from bot.i18n import Safe
from bot.media import document_ref
from conversations import forms
from conversations.announce import keyboards as kb
from conversations.announce.callbacks import AnnounceFormCb
from conversations.forms import Data, Form, Step
from domain.announcements import service
from domain.announcements.model import (
    ALL,
    Audience,
    Draft,
    Reach,
    Scope,
    parse_floors,
    read_text,
    tokens,
)
from domain.calendar import zone
from domain.errors import InvalidInput, NotFound
from domain.model import Locale
from domain.registry import find_unit_by_label
from domain.renovation.review import parse_day
from handlers.filters import IsStaff

EACH = [loc.value for loc in Locale]
_TIME = re.compile(r"^(.+?)\s+(\d{1,2})[:：](\d{2})$")


def build_router() -> Router:
    def entry(router: Router) -> None:
        router.message.register(cmd_announce, Command("announce"), IsStaff())
        router.message.register(pdf_received, FORM.state("waiting_pdf"), F.document)
    return FORM.router("announce-form", entry)


async def cmd_announce(message: Message, ctx: Ctx, state: FSMContext) -> None:
    estate_id = service.writer_estate(ctx.actor)
    await FORM.start(ctx, state, {"estate_id": estate_id, "texts": {}, "photos": []},
                     "choosing_mode")


async def pdf_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """One PDF for the announcement, checked like every upload (type and size)."""
    try:
        ref = document_ref(message, ctx.settings.files.max_document_bytes)
        if ref.mime != "application/pdf":
            raise InvalidInput("announce-pdf-only")
    except InvalidInput as exc:
        await forms.reask(ctx, "announce-ask-pdf", error=exc,
                          markup=kb.no_pdf(ctx.tr, ctx.locale))
        return
    await state.update_data(pdf=ref.__dict__)
    await FORM.next_step(ctx, state, "choosing_scope")


async def _no_pdf(ctx: Ctx, data: Data, value: str) -> Data:
    return {"pdf": None}


async def _estate(ctx: Ctx, data: Data):  # type: ignore[no-untyped-def]
    estate = await ctx.uow.estates.get(int(data["estate_id"]))
    if estate is None:
        raise NotFound("announce-not-found")
    return estate


async def _args(ctx: Ctx, data: Data) -> Data:
    langs = data.get("langs") or [ALL]
    i = min(int(data.get("lang_i", 0)), len(langs) - 1)
    blocks = await ctx.uow.units.buildings(int(data["estate_id"]))
    return {"lang": ctx.t(f"announce-lang-{langs[i].replace('*', 'all')}"),
            "scope": data.get("scope", "estate"),
            "buildings": ", ".join(b.code for b in blocks), "max": 4}


async def _mode(ctx: Ctx, data: Data, value: str) -> Data:
    if value not in ("one", "each"):
        raise forms.Stale
    return {"langs": [ALL] if value == "one" else EACH, "lang_i": 0, "texts": {}}


async def _text(ctx: Ctx, data: Data, text: str) -> Data:
    langs = data.get("langs") or [ALL]
    i = int(data.get("lang_i", 0))
    texts = {**data.get("texts", {}), langs[min(i, len(langs) - 1)]: read_text(text)}
    return {"texts": texts, "lang_i": i + 1}


def _after_text(ctx: Ctx, data: Data) -> forms.Next:
    if int(data.get("lang_i", 0)) < len(data.get("langs") or [ALL]):
        return forms.Ask("waiting_text")
    return "waiting_photos"


async def _scope(ctx: Ctx, data: Data, value: str) -> Data:
    try:
        return {"scope": Scope(value).value, "values": []}
    except ValueError as exc:
        raise forms.Stale from exc


def _after_scope(ctx: Ctx, data: Data) -> forms.Next:
    return forms.Ask("choosing_reach" if data.get("scope") == "estate" else "waiting_targets")


async def _targets(ctx: Ctx, data: Data, text: str) -> Data:
    scope = Scope(data.get("scope", "estate"))
    estate_id = int(data["estate_id"])
    if scope is Scope.FLOORS:
        return {"values": list(parse_floors(text))}
    words = tokens(text)
    if not words:
        raise InvalidInput("announce-targets-empty")
    if scope is Scope.BUILDINGS:
        known = {b.code.upper(): b.code for b in await ctx.uow.units.buildings(estate_id)}
        bad = [w for w in words if w not in known]
        if bad:
            raise InvalidInput("announce-building-unknown", text=bad[0][:20])
        return {"values": sorted({known[w] for w in words}),
                "labels": ", ".join(sorted({known[w] for w in words}))}
    units = []
    for w in words:
        units.append(await find_unit_by_label(ctx.uow, estate_id, w))
    return {"values": sorted({str(u.id) for u in units}),
            "labels": ", ".join(sorted({u.label for u in units}))}


def _choice(field: str, allowed: list[str]):  # type: ignore[no-untyped-def]
    async def read(ctx: Ctx, data: Data, value: str) -> Data:
        if value not in allowed:
            raise forms.Stale
        return {field: value}
    return read


async def _when_text(ctx: Ctx, data: Data, text: str) -> Data:
    m = _TIME.match(" ".join((text or "").split()))
    if m is None:
        raise InvalidInput("announce-when-bad")
    day = parse_day(m.group(1))
    hour, minute = int(m.group(2)), int(m.group(3))
    if hour > 23 or minute > 59:
        raise InvalidInput("announce-when-bad")
    estate = await _estate(ctx, data)
    at = datetime(day.year, day.month, day.day, hour, minute,
                  tzinfo=zone(estate.tz)).astimezone(UTC)
    if at <= ctx.now:
        raise InvalidInput("announce-when-past")
    return {"send_at": at.isoformat()}


async def _when(ctx: Ctx, data: Data, value: str) -> Data:
    if value not in ("now", "later"):
        raise forms.Stale
    return {"when": value, "send_at": None}


def _after_when(ctx: Ctx, data: Data) -> forms.Next:
    return forms.Ask("waiting_when") if data.get("when") == "later" else None


def _audience(data: Data) -> Audience:
    return Audience(Scope(data.get("scope", "estate")), Reach(data.get("reach", "both")),
                    tuple(data.get("values", [])))


def _send_at(ctx: Ctx, data: Data) -> datetime:
    raw = data.get("send_at")
    return datetime.fromisoformat(raw) if raw else ctx.now


async def preview_text(ctx: Ctx, data: Data) -> str:
    estate = await _estate(ctx, data)
    reached = await service.reach(ctx.uow, estate.id, _audience(data))
    texts = data.get("texts", {})
    shown = Safe("\n\n".join(
        f"<b>{ctx.t('announce-lang-' + k.replace('*', 'all'))}</b>\n{html.escape(v, quote=False)}"
        for k, v in texts.items()))
    scope = data.get("scope", "estate")
    where = ctx.t(f"announce-scope-{scope}", targets=data.get("labels")
                  or ", ".join(v.replace("*:", "").replace(":", " ") for v in
                               data.get("values", [])))
    local = _send_at(ctx, data).astimezone(zone(estate.tz))
    return ctx.t("announce-preview", text=shown, where=where,
                 reach=ctx.t(f"announce-btn-reach-{data.get('reach', 'both')}"),
                 households=reached.households, people=len(reached.people),
                 unreachable=reached.unreachable, photos=len(data.get("photos", [])),
                 pdf=(data.get("pdf") or {}).get("name") or "-",
                 urgent=ctx.t("announce-urgent-yes" if data.get("urgent") == "yes"
                              else "announce-urgent-no"),
                 when=ctx.t("announce-when-now") if not data.get("send_at")
                 else local.strftime("%Y-%m-%d %H:%M"))


async def submit(ctx: Ctx, data: Data) -> tuple[str, Data]:
    draft = Draft(int(data["estate_id"]), dict(data.get("texts", {})), _audience(data),
                  _send_at(ctx, data), data.get("urgent") == "yes",
                  {"photos": list(data.get("photos", [])), "pdf": data.get("pdf")})
    a = await service.create(ctx.uow, ctx.actor, draft, ctx.now)
    reached = await service.reach(ctx.uow, a.estate_id, a.audience)
    return ("announce-scheduled" if data.get("send_at") else "announce-queued"), {
        "id": a.id, "people": len(reached.people)}


FORM = Form(
    name="AnnounceForm", callback=AnnounceFormCb, confirm_hint="announce-confirm-hint",
    preview_text=preview_text, preview_markup=kb.preview, submit=submit, prompt_args=_args,
    steps=[
        Step("choosing_mode", "announce-ask-mode", op="mode", choice=_mode,
             then=forms.Ask("waiting_text"), edit="text", reset={"texts": {}},
             markup=lambda ctx, d: kb.mode(ctx.tr, ctx.locale)),
        Step("waiting_text", "announce-ask-text", text=_text, then=_after_text),
        forms.photo_step("waiting_photos", "announce-ask-photos", AnnounceFormCb, max=4,
                         then="waiting_pdf"),
        Step("waiting_pdf", "announce-ask-pdf", op="nopdf", choice=_no_pdf,
             then="choosing_scope", edit="pdf", text_error="announce-pdf-only",
             markup=lambda ctx, d: kb.no_pdf(ctx.tr, ctx.locale)),
        Step("choosing_scope", "announce-ask-scope", op="scope", choice=_scope,
             then=_after_scope, edit="audience",
             markup=lambda ctx, d: kb.scope(ctx.tr, ctx.locale)),
        Step("waiting_targets", "announce-ask-targets", text=_targets,
             then=forms.Ask("choosing_reach")),
        Step("choosing_reach", "announce-ask-reach", op="reach",
             choice=_choice("reach", [r.value for r in Reach]), then="choosing_urgent",
             markup=lambda ctx, d: kb.reach(ctx.tr, ctx.locale)),
        Step("choosing_urgent", "announce-ask-urgent", op="urgent",
             choice=_choice("urgent", ["no", "yes"]), then="choosing_when", edit="urgent",
             markup=lambda ctx, d: kb.urgent(ctx.tr, ctx.locale)),
        Step("choosing_when", "announce-ask-when", op="when", choice=_when, then=_after_when,
             edit="when", markup=lambda ctx, d: kb.when(ctx.tr, ctx.locale)),
        Step("waiting_when", "announce-ask-when-time", text=_when_text, then=None),
    ])
