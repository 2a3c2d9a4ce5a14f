"""The move-in's record set (業主登記表, 入伙資料簽收記錄, 入伙收費記錄, 驗房簽收記錄 with the
checklist by room, 領取鑰匙簽收記錄, 委託代辦服務記錄) as one PDF and one XLSX workbook, in the
reader's language."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot.i18n import Translator
from bot.reports.pdf import Document as Pdf
from domain.model import Locale
from domain.move_in.model import Check, Confirmation, Document, Fee, MoveIn, Reading


@dataclass(frozen=True)
class DefectLine:
    room: str
    category: str
    description: str
    ticket: str
    status: str


@dataclass(frozen=True)
class ErrandLine:
    """An entrusted errand (委託代辦) as the records show it."""

    item: str
    note: str
    asked_at: datetime
    done: bool
    done_at: datetime | None = None
    done_note: str | None = None
    done_by: str | None = None


@dataclass(frozen=True)
class Records:
    """Everything the records show, gathered by the caller (moments already in local time)."""

    record: MoveIn
    unit: str
    owner: str
    slot: datetime
    documents: Sequence[Document]
    confirmations: Sequence[Confirmation]
    fees: Sequence[Fee]
    readings: Sequence[Reading]
    defects: Sequence[DefectLine]
    tz: Any  # the estate's zone, for the recorded moments
    checks: Sequence[Check] = ()
    errands: Sequence[ErrandLine] = ()


Section = tuple[str, list[str], list[list[str]]]


def sections(r: Records, tr: Translator, locale: Locale) -> list[Section]:
    """The six records as (title, header, rows), shared by the PDF and the workbook."""
    def t(key: str, **args: Any) -> str:
        return tr(locale, key, **args)

    def when(at: datetime | date | None) -> str:
        if at is None:
            return "—"
        if isinstance(at, datetime):
            at = at.astimezone(r.tz)
        return t("movein-rec-moment", at=at)

    rec = r.record
    two = [t("movein-rec-field"), t("movein-rec-value")]
    owner = [[t("movein-rec-number"), rec.number], [t("movein-rec-unit"), r.unit],
             [t("movein-rec-owner-name"), r.owner],
             [t("movein-rec-applicant"), t(f"movein-applicant-{rec.applicant.value}")],
             [t("movein-rec-slot"), when(r.slot)]]
    docs = [[t(f"movein-doc-{d.item}"), t(f"movein-rec-doc-{d.status.value}"), when(d.sent_at),
             when(d.decided_at)] for d in r.documents]
    docs += [[t(f"movein-agreement-{c.item}"), t("movein-rec-confirmed"), when(c.at), "—"]
             for c in r.confirmations]
    fees = [[f.item, f"HK${f.amount:,}"] for f in r.fees]
    fees += [[t("movein-rec-receipt"), rec.receipt or "—"],
             [t("movein-rec-paid-at"), when(rec.paid_at)]]
    inspection = [[t(f"movein-meter-{m.meter.value}"), f"{m.value / 100:.2f}", when(m.at), ""]
                  for m in r.readings]
    inspection += [[f"{tr.named(locale, 'movein-room', c.room)} · "
                    f"{tr.named(locale, 'movein-check', c.item)}",
                    t(f"movein-rec-check-{c.result.value}"), "", ""] for c in r.checks]
    inspection += [[f"{tr.named(locale, 'movein-room', d.room)} · {t(f'cat-{d.category}')}",
                    d.description, d.ticket, d.status] for d in r.defects]
    inspection += [[t("movein-rec-reinspect"), when(rec.reinspect_on), "", ""],
                   [t("movein-rec-accepted"), when(rec.accepted_at), "", ""],
                   [t("movein-rec-rectify-by"), when(rec.rectify_by), "", ""]]
    keys = [[t("movein-rec-keys-at"), when(rec.keys_at)], [t("movein-rec-owner-name"), r.owner]]
    errands = [[tr.named(locale, "movein-errand", e.item), e.note or "—", when(e.asked_at),
                t("movein-rec-errand-done" if e.done else "movein-rec-errand-open"),
                when(e.done_at) if e.done else "—", e.done_note or "—", e.done_by or "—"]
               for e in r.errands] or [[t("movein-rec-no-errands"), "", "", "", "", "", ""]]
    return [
        (t("movein-rec-owner"), two, owner),
        (t("movein-rec-documents"), [t("movein-rec-item"), t("movein-rec-status"),
                                     t("movein-rec-sent"), t("movein-rec-decided")], docs),
        (t("movein-rec-fees"), [t("movein-rec-item"), t("movein-rec-amount")], fees),
        (t("movein-rec-inspection"), [t("movein-rec-item"), t("movein-rec-reading"),
                                      t("movein-rec-ticket"), t("movein-rec-status")],
         inspection),
        (t("movein-rec-keys"), two, keys),
        (t("movein-rec-errands"), [t("movein-rec-item"), t("movein-rec-errand-note"),
                                   t("movein-rec-errand-asked"), t("movein-rec-status"),
                                   t("movein-rec-errand-done-at"), t("movein-rec-errand-result"),
                                   t("movein-rec-errand-by")], errands),
    ]


def records_pdf(r: Records, tr: Translator, locale: Locale) -> bytes:
    doc = Pdf(tr(locale, "movein-rec-title", number=r.record.number, unit=r.unit),
              locale=locale.value, footer=r.record.number)
    for title, header, rows in sections(r, tr, locale):
        doc.heading(title)
        doc.table(header, rows)
    return doc.bytes()


def records_xlsx(r: Records, tr: Translator, locale: Locale) -> bytes:
    from openpyxl import Workbook  # loaded only when records are asked for
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for n, (title, header, rows) in enumerate(sections(r, tr, locale), start=1):
        sheet = book.create_sheet(f"{n} {title}"[:31])
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        for col, width in zip("ABCDEFG", (28, 28, 24, 24, 24, 28, 16), strict=False):
            sheet.column_dimensions[col].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
