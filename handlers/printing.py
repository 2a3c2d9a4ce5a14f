"""`/print` for the desk, managers and the equipment supervisor: a repair's paper forms (派工單,
回訪記錄, 整改通知書), a repair QR poster, the paper owner survey and a worker's temporary pass
card (desk and managers), as PDFs (`bot/reports/forms.py`). Every print is
an audit row. The QR on a form opens the same ticket in the bot (`/start t_R2026000123`)."""

from __future__ import annotations

import secrets
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.context import Ctx
from bot.filestore import save_generated
from bot.notices.cards import category_label, place
from bot.reports import forms
from bot.reports.passes import pass_payload
from bot.reports.survey.text import quarter_name
from conversations.renovation.cards import unit_label, works_list
from domain import registry
from domain.errors import NotAuthorized, NotFound
from domain.model import Locale, StaffRole
from domain.renovation import passes
from domain.survey import answers
from domain.tickets import Kind, Ticket
from handlers.filters import IsStaff

PRINTERS = (StaffRole.DESK, StaffRole.MANAGER, StaffRole.SUPERVISOR)
TICKET_FORMS = {"": ("form-work-order", forms.work_order_pdf),
                "callback": ("form-callback", forms.callback_pdf),
                "rework": ("form-rework", forms.rework_pdf)}


def build_router() -> Router:
    router = Router(name="printing")
    router.message.register(cmd_print, Command("print"), IsStaff())
    return router


def _estates(ctx: Ctx) -> list[int]:
    estates = sorted({s.estate_id for s in ctx.actor.staff if s.role in PRINTERS})
    if not estates:
        raise NotAuthorized("print-office-only")
    return estates


async def cmd_print(message: Message, command: CommandObject, ctx: Ctx, bot: Bot) -> None:
    estates = _estates(ctx)
    words = (command.args or "").split(maxsplit=1)
    kind = words[0].lower() if words else ""
    if kind == "poster" and len(words) == 2:
        await _poster(ctx, bot, estates[0], words[1].strip())
        return
    if kind == "survey" and len(words) == 1:
        await _survey(ctx, estates[0])
        return
    if kind == "pass" and len(words) == 2:
        await _pass(ctx, bot, words[1].strip())
        return
    if kind in TICKET_FORMS and len(words) == 2:
        number = words[1].strip()
    elif len(words) == 1 and kind not in TICKET_FORMS and kind not in ("poster", "survey", "pass"):
        kind, number = "", words[0]
    else:
        await ctx.reply("print-usage")
        return
    ticket = await ctx.uow.tickets.by_number(number.upper())
    if ticket is None or ticket.estate_id not in estates:
        raise NotFound("ticket-not-found")
    if ticket.kind is not Kind.REPAIR:
        await ctx.reply("print-not-repair", number=ticket.number)
        return
    form = await _form(ctx, bot, ticket)
    if kind == "callback" and ticket.done_at is None and ticket.closed_at is None \
            and not form.reworks:  # never finished: nothing to call back about
        await ctx.reply("print-no-callback", number=ticket.number)
        return
    if kind == "rework" and not form.reworks:
        await ctx.reply("print-no-rework", number=ticket.number)
        return
    title, build = TICKET_FORMS[kind]
    await _send(ctx, build(form, ctx.tr), f"{title.removeprefix('form-')}-{ticket.number}",
                ctx.t(title), ticket.number, entity=("ticket", str(ticket.id)))


async def _form(ctx: Ctx, bot: Bot, t: Ticket) -> forms.TicketForm:
    estate = await ctx.uow.estates.get(t.estate_id)
    tz = ZoneInfo(estate.tz if estate else "UTC")
    unit = await ctx.uow.units.get(t.unit_id) if t.unit_id else None
    reporter = await ctx.uow.people.get(t.reporter_id) if t.reporter_id else None
    tech = await ctx.uow.people.get(t.assignee_id) if t.assignee_id else None
    hant = Locale.ZH_HANT

    def at(moment: datetime | None) -> datetime | None:
        return moment.astimezone(tz) if moment else None

    reworks = [(at(when) or when, text) for when, kind, _, text
               in await ctx.uow.tickets.notes(t.id) if kind == "rework"]
    me = await bot.me()
    # The reporter's name and phone: as on the work order card, once someone took the job.
    shown = reporter if t.assignee_id is not None else None
    return forms.TicketForm(
        estate=estate.name if estate else "", number=t.number,
        unit=unit.label if unit else "—",
        place=await place(ctx.uow, t, ctx.tr, hant), category=category_label(t, ctx.tr, hant),
        description=t.description, reported_at=at(t.created_at) or t.created_at,
        preferred=t.preferred_time or "—",
        urgency=ctx.tr(hant, f"urgency-{t.urgency.value}"),
        technician=tech.name if tech else "—",
        reporter=shown.name if shown else "—",
        phone=(shown.phone or "—") if shown else "—",
        accept_due=at(t.accept_due), complete_due=at(t.complete_due), done_at=at(t.done_at),
        confirmed_at=at(t.confirmed_at), callback_due=at(t.callback_due),
        closed_at=at(t.closed_at), rating=t.rating, comment=t.rating_comment or "",
        reworks=reworks, link=forms.ticket_link(me.username or "propdesk_bot", t.number))


async def _poster(ctx: Ctx, bot: Bot, estate_id: int, target: str) -> None:
    """A unit's (A-12B) or a piece of equipment's (A座1號升降機) repair QR poster: a new link."""
    estate = await ctx.uow.estates.get(estate_id)
    if estate is None:  # pragma: no cover - foreign key
        raise NotFound()
    try:
        unit = await registry.find_unit_by_label(ctx.uow, estate_id, target)
    except NotFound:
        unit = None
    token = await registry.create_repair_link(
        ctx.uow, estate, now=ctx.now, token=secrets.token_urlsafe(9),
        unit_label=unit.label if unit else None, equipment=None if unit else target)
    me = await bot.me()
    label = unit.label if unit else target[:60]
    data = forms.poster_pdf(estate.name, label,
                            f"https://t.me/{me.username}?start=repair_{token}", ctx.tr)
    await _send(ctx, data, "poster", ctx.t("form-poster"), label, entity=("link", token))


async def _survey(ctx: Ctx, estate_id: int) -> None:
    """The paper forms of the open survey, one page per household with nobody on Telegram."""
    try:
        campaign, homes = await answers.paper_forms(ctx.uow, ctx.actor, estate_id)
    except NotFound:
        homes = []
    if not homes:
        await ctx.reply("print-survey-none")
        return
    estate = await ctx.uow.estates.get(estate_id)
    quarter = quarter_name(ctx.tr, Locale.ZH_HANT, campaign.quarter)
    data = forms.survey_pdf(estate.name if estate else "", quarter,
                            [h.unit_label for h in homes], campaign.definition, ctx.tr)
    await _send(ctx, data, "survey", ctx.t("form-survey"), quarter,
                entity=("survey-campaign", str(campaign.id)))


async def _pass(ctx: Ctx, bot: Bot, number: str) -> None:
    """A renovation worker's temporary pass card, with the QR security scans and the photo
    taken with the ID copy when there is one."""
    check = await passes.check_pass(ctx.uow, ctx.actor, number, ctx.now, record=False)
    p, app, ticket = check.work_pass, check.app, check.ticket
    if p is None or app is None or ticket is None:
        await ctx.reply("reno-pass-unknown", number=check.query)
        return
    estate = await ctx.uow.estates.get(ticket.estate_id)
    photo = None
    if check.photo is not None and check.photo.path:
        found = Path(ctx.settings.files.root) / check.photo.path
        photo = found.read_bytes() if found.is_file() else None
    me = await bot.me()
    card = forms.PassCard(
        estate=estate.name if estate else "", number=p.number,
        worker=check.worker.name if check.worker else "—", unit=await unit_label(ctx.uow, app),
        works=works_list(app, ctx.tr, Locale.ZH_HANT), valid_from=p.valid_from,
        valid_to=p.valid_to, application=ticket.number,
        link=pass_payload(p, me.username), photo=photo)
    await _send(ctx, forms.pass_card_pdf(card, ctx.tr), f"pass-{p.number}", ctx.t("form-pass"),
                p.number, entity=("pass", p.number))


async def _send(ctx: Ctx, data: bytes, name: str, title: str, number: str, *,
                entity: tuple[str, str]) -> None:
    path = save_generated(ctx.settings.files.root, data, ".pdf", folder="private/reports")
    await ctx.uow.audit.record(at=ctx.now, entity=entity[0], entity_id=entity[1],
                               action="printed", actor_person_id=ctx.actor.person_id,
                               actor_tg_id=ctx.actor.tg_user_id, update_id=ctx.update_id,
                               detail={"form": name.split("-")[0]})
    if ctx.chat_id is not None:
        await ctx.postman.document(ctx.chat_id, path=path, filename=f"{name}.pdf",
                                   caption=ctx.t("print-caption", form=title, number=number))
