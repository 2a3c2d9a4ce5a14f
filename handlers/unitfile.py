"""一戶一檔: `/unit A-12B` (or A座12樓B室, 12B, Block A, ...) shows the office a household's
file, newest first, with page buttons and a PDF export of the whole file. Rules and who may
look are in domain/household.py; the PDF is bot/reports/household.py."""

from __future__ import annotations

import asyncio

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.context import Ctx
from bot.filestore import save_generated
from bot.notices.cards import when
from bot.reports.household import custody_lines, facts, household_pdf, move_in_lines, what
from bot.ui.callbacks import UnitFileCb
from bot.ui.keyboards import button, rows
from domain import household
from domain.errors import InvalidInput, NotAuthorized
from domain.household import Entry, HouseholdPage
from domain.model import TenureRecord
from handlers.filters import InPrivate


def build_router() -> Router:
    router = Router(name="unitfile")
    router.message.register(cmd_unit, Command("unit"), InPrivate())
    router.callback_query.register(on_unit_file, UnitFileCb.filter(), InPrivate())
    return router


async def cmd_unit(message: Message, command: CommandObject, ctx: Ctx) -> None:
    """The first page of the file, or the blocks to pick from for a flat alone."""
    if not household.viewer_estates(ctx.actor):
        raise NotAuthorized("unit-file-staff-only")
    label = (command.args or "").strip()
    if not label:
        await ctx.reply("unit-file-usage")
        return
    found = await household.find_unit(ctx.uow, ctx.actor, label)
    if isinstance(found, household.Choice):
        await ctx.reply("unit-file-choose", unit=found.label, markup=rows(
            *(button(u.label, UnitFileCb(op="page", u=u.id).pack()) for u in found.units),
            width=3))
        return
    page = await household.open_page(ctx.uow, ctx.actor, found.id, 0, ctx.now)
    text, markup = await _render(ctx, page)
    await ctx.reply_html(text, markup=markup)


async def on_unit_file(query: CallbackQuery, callback_data: UnitFileCb, ctx: Ctx) -> None:
    if callback_data.op == "page":
        try:
            page = await household.open_page(ctx.uow, ctx.actor, callback_data.u,
                                             callback_data.p, ctx.now)
        except (InvalidInput, NotAuthorized):
            await ctx.refuse_button()
            return
        text, markup = await _render(ctx, page)
        if query.message is not None:
            await ctx.postman.edit(text=text, markup=markup, chat_id=query.message.chat.id,
                                   message_id=query.message.message_id)
        ctx.answer()
        return
    if callback_data.op != "pdf" or callback_data.p != 0:
        await ctx.refuse_button()
        return
    try:
        whole = await household.export(ctx.uow, ctx.actor, callback_data.u, ctx.now)
    except NotAuthorized:
        await ctx.refuse_button()
        return
    estate = await ctx.uow.estates.get(whole.unit.estate_id)
    tz = estate.tz if estate else "UTC"
    name = ctx.actor.person.name if ctx.actor.person else ""
    # Drawn off the event loop (photos make it the slow part), still in the update's
    # transaction, so the audit row and the document's outbox row commit together.
    data = await asyncio.to_thread(household_pdf, whole, ctx.tr, ctx.locale, tz,
                                   ctx.settings.files.root, by=name)
    path = save_generated(ctx.settings.files.root, data, ".pdf", folder="private/reports")
    await ctx.postman.document(
        ctx.actor.tg_user_id, path=path,
        filename=f"unit-{whole.unit.label}-{ctx.now:%Y%m%d}.pdf",
        caption=ctx.t("unit-file-pdf-caption", unit=whole.unit.label, count=whole.total))
    ctx.answer("unit-file-pdf-sent")


def holder_line(ctx: Ctx, r: TenureRecord) -> str:
    relation = ctx.t(f"relation-{r.tenure.relation.value}")
    if r.current:
        return ctx.t("holders-current", name=r.person.name, relation=relation, since=r.since)
    return ctx.t("holders-ended", name=r.person.name, relation=relation, since=r.since,
                 until=r.ended_on or r.since,
                 reason=ctx.t(f"end-reason-{r.end_reason or 'removed'}"))


def entry_lines(ctx: Ctx, e: Entry, tz: str) -> list[str]:
    if e.source == "survey":
        return [ctx.t("unit-file-survey", at=when(e.at, tz), quarter=e.ref,
                      status=ctx.t(f"unit-file-survey-{e.status}"))]
    if e.source == "custody":
        return custody_lines(ctx.t, e, when(e.at, tz))
    if e.source == "move_in":
        return move_in_lines(ctx.t, lambda i: ctx.tr.named(ctx.locale, "movein-errand", i), e,
                             when(e.at, tz), tz)
    lines = [ctx.t("unit-file-entry", at=when(e.at, tz), number=e.ref, what=what(e, ctx.t),
                   status=ctx.t(f"status-{e.status}"))]
    lines.append(ctx.t("unit-file-text", text=_clip(e.text)))
    if e.reporter:
        lines.append(ctx.t("unit-file-reporter", name=e.reporter))
    if e.callback:
        lines.append(ctx.t("unit-file-callback",
                           result=ctx.t(f"unit-file-callback-{e.callback}")))
    if e.rating:
        lines.append(ctx.t("unit-file-rating", stars=str(e.rating)))
    talk = [n for n in e.notes if n.kind in ("ask", "answer", "reply")]
    if talk:
        lines.append(ctx.t("unit-file-notes", count=len(e.notes)))
        lines += [ctx.t("unit-file-pdf-note", at=when(n.at, tz), who=n.author or "",
                        text=_clip(n.text, 80))
                  for n in talk[-2:]]
    shown = [f for f in e.files if not f.withheld]
    if shown:
        lines.append(ctx.t("unit-file-files", count=len(shown)))
    if len(shown) < len(e.files):
        lines.append(ctx.t("unit-file-withheld", count=len(e.files) - len(shown)))
    return lines


def _clip(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


async def _render(ctx: Ctx, page: HouseholdPage) -> tuple[str, InlineKeyboardMarkup]:
    estate = await ctx.uow.estates.get(page.unit.estate_id)
    tz = estate.tz if estate else "UTC"
    lines = [ctx.t("unit-file-title", unit=page.unit.label)]
    if page.page == 0:
        lines += [ctx.t("unit-file-fact", label=label, value=value)
                  for label, value in facts(page, ctx.t)]
        lines += ["", ctx.t("unit-file-holders")]
        lines += [holder_line(ctx, r) for r in page.holders] or [ctx.t("holders-none")]
    lines.append("")
    if page.total:
        lines.append(ctx.t("unit-file-timeline", page=page.page + 1, pages=page.pages,
                           count=page.total))
        for e in page.entries:
            lines += entry_lines(ctx, e, tz)
    else:
        lines.append(ctx.t("unit-file-empty"))
    nav: list[InlineKeyboardButton] = []
    if page.page > 0:
        nav.append(button(ctx.t("unit-file-btn-prev"),
                          UnitFileCb(op="page", u=page.unit.id, p=page.page - 1).pack()))
    if page.page + 1 < page.pages:
        nav.append(button(ctx.t("unit-file-btn-next"),
                          UnitFileCb(op="page", u=page.unit.id, p=page.page + 1).pack()))
    keyboard = [nav] if nav else []
    keyboard.append([button(ctx.t("unit-file-btn-pdf"),
                            UnitFileCb(op="pdf", u=page.unit.id).pack())])
    return "\n".join(lines), InlineKeyboardMarkup(inline_keyboard=keyboard)
