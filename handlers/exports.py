"""`/export repairs <from> <to>` and `/export complaints <from> <to>` (YYYY-MM-DD): the
tickets received in those days as XLSX, for the office in private (domain/reports/exports)."""

from __future__ import annotations

import asyncio

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.context import Ctx
from bot.filestore import save_generated
from bot.reports.monthly import export_xlsx
from domain.reports import exports, monthly
from domain.reports.period import parse_day
from domain.tickets import Kind
from handlers.filters import InPrivate

KINDS = {"repairs": Kind.REPAIR, "repair": Kind.REPAIR, "complaints": Kind.COMPLAINT,
         "complaint": Kind.COMPLAINT}


def build_router() -> Router:
    router = Router(name="exports")
    router.message.register(cmd_export, Command("export"), InPrivate())
    return router


async def cmd_export(message: Message, command: CommandObject, ctx: Ctx) -> None:
    parts = (command.args or "").split()
    if not monthly.office_estates(ctx.actor):
        await ctx.reply("report-office-only")
        return
    if len(parts) != 3 or parts[0].lower() not in KINDS:
        await ctx.reply("export-usage")
        return
    kind = KINDS[parts[0].lower()]
    first, last = parse_day(parts[1]), parse_day(parts[2])
    for estate_id in monthly.office_estates(ctx.actor):
        found = await exports.export(ctx.uow, ctx.actor, estate_id, kind, first, last, ctx.now)
        estate = await ctx.uow.estates.get(estate_id)
        assert estate is not None
        data = await asyncio.to_thread(export_xlsx, ctx.tr, ctx.locale, kind, found.rows,
                                       found.units, estate.tz)
        path = save_generated(ctx.settings.files.root, data, ".xlsx", folder="private/reports")
        await ctx.postman.document(
            ctx.actor.tg_user_id, path=path,
            filename=f"{kind.value}s-{estate.code}-{first:%Y%m%d}-{last:%Y%m%d}.xlsx",
            caption=ctx.t(f"export-caption-{kind.value}", estate=estate.name,
                          count=len(found.rows), first=first, last=last))
