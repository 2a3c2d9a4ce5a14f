"""The monthly management report to the managers' group: a summary with the 已呈交 button,
the PDF, the XLSX of its figures and the registry lists; then the daily reminders."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

from aiogram.types import InlineKeyboardMarkup

from bot.filestore import save_generated
from bot.i18n import Translator, day_text
from bot.notices.base import Notices
from bot.notices.late import late_line

# As a module: bot.reports.monthly reads bot.notices.cards, whose package imports this one.
from bot.reports import monthly as documents
from bot.runtime.postman import Postman
from bot.ui.callbacks import MonthlyCb
from bot.ui.keyboards import button, rows
from domain.model import Estate, GroupPurpose, Locale
from domain.reports import events as rev
from domain.reports.pack import MonthlyPack
from domain.reports.period import Month


def sent_button(tr: Translator, locale: Locale, estate_id: int,
                month: Month) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "monthly-btn-sent"),
                       MonthlyCb(op="sent", e=estate_id,
                                 m=month.year * 100 + month.month).pack()))


def files(tr: Translator, locale: Locale, pack: MonthlyPack, estate: Estate,
          root: str, due: date | None = None, *,
          registry: bool = True) -> list[tuple[str, str, str]]:
    """The files of a month (path, file name, caption key), drawn and stored: the PDF, its
    figures and (with `registry`) the registry lists, personal data, under private/."""
    label = pack.month.label
    pdf = save_generated(root, documents.report_pdf(tr, locale, pack, estate, due), ".pdf")
    xlsx = save_generated(root, documents.figures_xlsx(tr, locale, pack), ".xlsx")
    made = [(pdf, f"monthly-{estate.code}-{label}.pdf", "monthly-pdf-caption"),
            (xlsx, f"monthly-figures-{estate.code}-{label}.xlsx", "monthly-xlsx-caption")]
    if registry:
        lists = save_generated(root, documents.registry_xlsx(tr, locale, pack.lists), ".xlsx",
                               folder="private/reports")
        made.append((lists, f"registry-{estate.code}-{label}.xlsx", "registry-xlsx-caption"))
    return made


async def send_files(post: Postman, tr: Translator, locale: Locale, chat_id: int,
                     made: list[tuple[str, str, str]], estate: Estate, month: Month) -> None:
    for path, name, caption in made:
        await post.document(chat_id, path=path, filename=name, caption=tr(
            locale, caption, estate=estate.name, month=documents.month_name(tr, locale, month)))


async def on_made(n: Notices, e: rev.MonthlyReportMade) -> None:
    """Drawn in the job's transaction (a second or so, once a month), so the report, its
    files and the fired key commit together: a restart never sends it twice or loses it."""
    pack = e.pack
    estate = await n.uow.estates.get(pack.estate_id)
    found = await n.group(pack.estate_id, GroupPurpose.MANAGERS)
    if estate is None or found is None:
        return
    group, locale = found
    tr = n.tr
    lines = []
    late = late_line(tr, locale, e.late_since, estate.tz)
    if late:
        lines.append(late)
    lines.append(tr(locale, "monthly-made", estate=estate.name,
                    month=documents.month_name(tr, locale, pack.month),
                    due=day_text(locale, e.due_day)))
    lines += documents.summary_lines(tr, locale, pack)
    lines.append(tr(locale, "monthly-press-sent"))
    await n.post.send(group.chat_id, "\n".join(lines),
                      markup=sent_button(tr, locale, estate.id, pack.month))
    made = await asyncio.to_thread(files, tr, locale, pack, estate, n.settings.files.root,
                                   e.due_day)
    await send_files(n.post, tr, locale, group.chat_id, made, estate, pack.month)


async def on_reminder(n: Notices, e: rev.MonthlyReportReminder) -> None:
    estate = await n.uow.estates.get(e.estate_id)
    found = await n.group(e.estate_id, GroupPurpose.MANAGERS)
    if estate is None or found is None:
        return
    group, locale = found
    key = "monthly-remind-overdue" if e.overdue else "monthly-remind"
    await n.post.send(group.chat_id, n.tr(locale, key, estate=estate.name,
                                          month=documents.month_name(n.tr, locale, e.month),
                                          due=day_text(locale, e.due_day)),
                      markup=sent_button(n.tr, locale, estate.id, e.month))


RENDERERS: dict[type, Any] = {
    rev.MonthlyReportMade: on_made,
    rev.MonthlyReportReminder: on_reminder,
}
