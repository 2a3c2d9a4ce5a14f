"""`/report month [YYYY-MM]` (the monthly management report: PDF and XLSX of its figures)
and `/report registry [YYYY-MM]` (產權清冊, 租賃清冊 and the month's changes) for the office
in private; the 已呈交 button on the report and its reminders in the managers' group. Bare
`/report` and `/report week` belong to handlers/report_week.py. Rules: domain/reports/."""

from __future__ import annotations

import asyncio
from typing import Any

from aiogram import Router
from aiogram.filters import BaseFilter, Command, CommandObject
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.filestore import save_generated
from bot.notices.reports_month import files, send_files
from bot.reports.monthly import month_name, registry_xlsx, summary_lines
from bot.ui.callbacks import MonthlyCb
from domain.errors import NotAuthorized, NotFound
from domain.model import Group, GroupPurpose
from domain.reports import monthly
from domain.reports.period import Month
from handlers.filters import ActiveGroup, InPrivate


class ReportWord(BaseFilter):
    """`/report <word> ...`: matches when the command's first word is one of `words`;
    injects `rest` (what follows the word)."""

    def __init__(self, *words: str) -> None:
        self.words = words

    async def __call__(self, message: Message, command: CommandObject) -> bool | dict[str, Any]:
        parts = (command.args or "").split(maxsplit=1)
        if not parts or parts[0].lower() not in self.words:
            return False
        return {"rest": parts[1] if len(parts) > 1 else ""}


def build_router() -> Router:
    router = Router(name="report-month")
    router.message.register(cmd_report_month, Command("report"), ReportWord("month"),
                            InPrivate())
    router.message.register(cmd_report_registry, Command("report"), ReportWord("registry"),
                            InPrivate())
    router.callback_query.register(on_marked_sent, MonthlyCb.filter(),
                                   ActiveGroup(GroupPurpose.MANAGERS))
    return router


def _estates(ctx: Ctx) -> list[int]:
    estates = monthly.office_estates(ctx.actor)
    if not estates:
        raise NotAuthorized("report-office-only")
    return estates


async def cmd_report_month(message: Message, rest: str, ctx: Ctx) -> None:
    """The month's report now, in private: the summary, the PDF and the figures."""
    for estate_id in _estates(ctx):
        pack = await monthly.on_demand(ctx.uow, ctx.actor, estate_id, rest, ctx.now)
        estate = await ctx.uow.estates.get(estate_id)
        assert estate is not None
        lines = [ctx.t("monthly-asked", estate=estate.name,
                       month=month_name(ctx.tr, ctx.locale, pack.month))]
        lines += summary_lines(ctx.tr, ctx.locale, pack)
        await ctx.reply_html("\n".join(lines))
        made = await asyncio.to_thread(files, ctx.tr, ctx.locale, pack, estate,
                                       ctx.settings.files.root, registry=False)
        await send_files(ctx.postman, ctx.tr, ctx.locale, ctx.actor.tg_user_id, made, estate,
                         pack.month)


async def cmd_report_registry(message: Message, rest: str, ctx: Ctx) -> None:
    """產權清冊 and 租賃清冊 as at the month's end, with the month's changes (XLSX)."""
    for estate_id in _estates(ctx):
        lists = await monthly.registry_on_demand(ctx.uow, ctx.actor, estate_id, rest, ctx.now)
        estate = await ctx.uow.estates.get(estate_id)
        assert estate is not None
        data = await asyncio.to_thread(registry_xlsx, ctx.tr, ctx.locale, lists)
        path = save_generated(ctx.settings.files.root, data, ".xlsx", folder="private/reports")
        await ctx.postman.document(
            ctx.actor.tg_user_id, path=path,
            filename=f"registry-{estate.code}-{lists.month.label}.xlsx",
            caption=ctx.t("registry-asked", estate=estate.name,
                          month=month_name(ctx.tr, ctx.locale, lists.month),
                          units=len(lists.properties), tenancies=len(lists.tenancies),
                          changes=len(lists.changes)))


async def on_marked_sent(query: CallbackQuery, callback_data: MonthlyCb, group: Group,
                         ctx: Ctx) -> None:
    """已呈交: the first manager's press stops the reminders; a later one is told it was
    marked already. A press from another estate's group or for no report is refused."""
    year, number = divmod(callback_data.m, 100)
    if callback_data.op != "sent" or group.estate_id != callback_data.e \
            or not 1 <= number <= 12 or not 2000 <= year <= 9999:
        await ctx.refuse_button()
        return
    month = Month(year, number)
    try:
        marked = await monthly.mark_sent(ctx.uow, ctx.actor, callback_data.e, month.label,
                                         ctx.now)
    except NotFound:
        await ctx.refuse_button()
        return
    except NotAuthorized:
        await ctx.refuse_button("report-sent-managers-only")
        return
    if not marked:
        ctx.answer("monthly-already-sent", alert=True)
        return
    name = ctx.actor.person.name if ctx.actor.person else ""
    if query.message is not None:
        await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)
    await ctx.reply("monthly-marked", name=name,
                    month=month_name(ctx.tr, ctx.locale, month))
    ctx.answer("monthly-sent-ok")
