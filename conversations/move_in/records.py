"""The record set of a finished move-in, gathered and sent to the desk group as a PDF and a
spreadsheet (the household file keeps what the desk group receives)."""

from __future__ import annotations

from bot.context import Ctx
from bot.filestore import save_generated
from bot.reports.move_in import DefectLine, ErrandLine, Records, records_pdf, records_xlsx
from conversations.move_in import cards
from domain.calendar import zone
from domain.model import Locale
from domain.move_in.model import MoveIn, MoveInPolicy


async def gather(ctx: Ctx, record: MoveIn, locale: Locale) -> Records | None:
    estate = await ctx.uow.estates.get(record.estate_id)
    owner = await ctx.uow.people.get(record.owner_id)
    if estate is None:
        return None
    lines = []
    for defect in await ctx.uow.move_ins.defects(record.id):
        ticket = await ctx.uow.tickets.get(defect.ticket_id)
        lines.append(DefectLine(defect.room, ticket.category if ticket else "other",
                                defect.description, ticket.number if ticket else "?",
                                ctx.tr(locale, f"status-{ticket.status.value}") if ticket else "?"))
    errands = []
    for e in await ctx.uow.move_ins.errands(record.id):
        by = await ctx.uow.people.get(e.done_by) if e.done_by else None
        errands.append(ErrandLine(e.item, e.note, e.asked_at, e.status.value == "done",
                                  e.done_at, e.done_note, by.name if by else None))
    return Records(record=record, unit=await cards.unit_label(ctx, record),
                   owner=owner.name if owner else "?",
                   slot=record.slot_at,
                   documents=await ctx.uow.move_ins.documents(record.id),
                   confirmations=await ctx.uow.move_ins.confirmations(record.id),
                   fees=MoveInPolicy.of(estate).fees,
                   readings=await ctx.uow.move_ins.readings(record.id),
                   defects=lines, tz=zone(estate.tz),
                   checks=await ctx.uow.move_ins.checks(record.id), errands=errands)


async def send(ctx: Ctx, record: MoveIn) -> None:
    """Both files to the desk group, in the group's language."""
    found = await cards.desk(ctx, record.estate_id)
    if found is None:
        return
    chat_id, locale = found
    data = await gather(ctx, record, locale)
    if data is None:
        return
    stem = f"move-in-{record.number}"
    caption = ctx.tr(locale, "movein-records-caption", number=record.number)
    for ext, content in ((".pdf", records_pdf(data, ctx.tr, locale)),
                         (".xlsx", records_xlsx(data, ctx.tr, locale))):
        path = save_generated(ctx.settings.files.root, content, ext)
        await ctx.postman.document(chat_id, path=path, filename=stem + ext, caption=caption)
