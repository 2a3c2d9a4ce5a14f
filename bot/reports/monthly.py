"""The monthly management report as files: the PDF (zh-Hant with English beside each KPI),
the XLSX of its figures, the registry lists (產權清冊, 租賃清冊 and the month's changes) and
the repair and complaint exports. Pure functions of domain data; tests read them back with
pypdf and openpyxl."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from bot.i18n import Translator, day_text, moment_text
from bot.notices.cards import stamp
from bot.reports.pdf import Document
from domain.model import Estate, Locale
from domain.reports.exports import ExportRow
from domain.reports.kpis import Kpi
from domain.reports.pack import MonthlyPack
from domain.reports.period import Month
from domain.reports.registry_lists import RegistryLists
from domain.tickets import Kind

NONE = "—"


def figure(k: Kpi | None) -> str:
    """A KPI's value as printed: 95.0% (19/20), 4.5 (6), 3; "—" when there is none."""
    if k is None or k.value is None:
        return NONE
    if k.kind == "pct":
        return f"{k.value:g}% ({k.ok}/{k.total})"
    if k.kind == "score":
        return f"{k.value:g} ({k.total})"
    if k.key == "spot-checks":
        return f"{k.ok}/{k.total}"
    return f"{k.value:g}"


def target_text(tr: Translator, locale: Locale, k: Kpi) -> str:
    if k.target is None:
        return NONE
    value = f"{k.target:g}{'%' if k.kind == 'pct' or k.key.endswith('rate') else ''}"
    if k.key == "renovation-complaint-rate":
        return tr(locale, "monthly-target-below", value=value)
    if k.lower_better:
        return tr(locale, "monthly-target-at-most", value=value)
    return tr(locale, "monthly-target-at-least", value=value)


def met_text(tr: Translator, locale: Locale, met: bool | None) -> str:
    if met is None:
        return NONE
    return tr(locale, "monthly-yes" if met else "monthly-no")


def kpi_name(tr: Translator, locale: Locale, key: str, english: bool = False) -> str:
    """The KPI's name; with `english`, a Chinese name carries the English one after it."""
    name = tr(locale, f"monthly-kpi-{key}")
    if english and locale is not Locale.EN:
        return f"{name} {tr(Locale.EN, f'monthly-kpi-{key}')}"
    return name


def month_name(tr: Translator, locale: Locale, month: Month) -> str:
    return tr(locale, "monthly-month", year=month.year, month=month.month)


def _extra(tr: Translator, locale: Locale, k: Kpi) -> str:
    failed = k.extra.get("failed")
    return tr(locale, "monthly-failed", count=failed) if failed else ""


def summary_lines(tr: Translator, locale: Locale, pack: MonthlyPack) -> list[str]:
    """One line per KPI for the chat: name, this month, last month, trend."""
    return [tr(locale, "monthly-line", name=kpi_name(tr, locale, r.this.key),
               this=figure(r.this), last=figure(r.last), trend=r.trend,
               target=target_text(tr, locale, r.this))
            for r in pack.rows]


def report_pdf(tr: Translator, locale: Locale, pack: MonthlyPack, estate: Estate,
               due: date | None = None) -> bytes:
    """The report: the estate, the month, every KPI with last month, trend and target."""
    title = tr(locale, "monthly-pdf-title", estate=estate.name,
               month=month_name(tr, locale, pack.month))
    if locale is not Locale.EN:
        english = tr(Locale.EN, "monthly-pdf-title", estate=estate.name,
                     month=month_name(tr, Locale.EN, pack.month))
        title = f"{title}\n{english}"
    doc = Document(title, locale=locale, footer=f"{estate.name} · {pack.month.label}")
    made = moment_text(locale, pack.as_of.astimezone(ZoneInfo(estate.tz)))
    pairs = [(tr(locale, "monthly-pdf-made"), made)]
    if due is not None:
        pairs.append((tr(locale, "monthly-pdf-due"), day_text(locale, due)))
    doc.pairs(pairs)
    headers = [tr(locale, key) for key in ("monthly-col-kpi", "monthly-col-this",
                                           "monthly-col-last", "monthly-col-trend",
                                           "monthly-col-target", "monthly-col-met")]
    if locale is not Locale.EN:
        headers = [f"{h}\n{tr(Locale.EN, key)}" for h, key in zip(headers, (
            "monthly-col-kpi", "monthly-col-this", "monthly-col-last", "monthly-col-trend",
            "monthly-col-target", "monthly-col-met"), strict=True)]
    rows = [[kpi_name(tr, locale, r.this.key, english=True),
             " ".join(x for x in (figure(r.this), _extra(tr, locale, r.this)) if x),
             figure(r.last), r.trend, target_text(tr, locale, r.this),
             met_text(tr, locale, r.this.met)] for r in pack.rows]
    doc.table(headers, rows, widths=[3.2, 1.6, 1.6, 0.7, 1.2, 0.9])
    doc.paragraph(tr(locale, "monthly-pdf-notes"), size=8)
    lists = pack.lists
    doc.paragraph(tr(locale, "monthly-pdf-registry", units=len(lists.properties),
                     tenancies=len(lists.tenancies), changes=len(lists.changes)))
    return doc.bytes()


def _book() -> Any:
    from openpyxl import Workbook  # loaded only when a spreadsheet is made

    book = Workbook()
    assert book.active is not None
    book.remove(book.active)
    return book


def _sheet(book: Any, title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    from openpyxl.styles import Font

    sheet = book.create_sheet(title[:31])
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    sheet.freeze_panes = "A2"
    for column in sheet.columns:
        width = max(len(str(c.value or "")) for c in column)
        sheet.column_dimensions[column[0].column_letter].width = min(max(10, width + 2), 60)


def _save(book: Any) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _num(k: Kpi | None) -> float | str:
    return NONE if k is None or k.value is None else k.value


def figures_xlsx(tr: Translator, locale: Locale, pack: MonthlyPack) -> bytes:
    """The report's figures, one KPI a row, numbers as numbers."""
    book = _book()
    rows: list[list[Any]] = []
    for r in pack.rows:
        k, last = r.this, r.last
        rows.append([k.key, kpi_name(tr, locale, k.key), _num(k),
                     NONE if k.ok is None else k.ok, NONE if k.total is None else k.total,
                     _num(last), r.trend, NONE if k.target is None else k.target,
                     met_text(tr, locale, k.met)])
    _sheet(book, pack.month.label, tr(locale, "monthly-x-header").split("|"), rows)
    return _save(book)


def registry_xlsx(tr: Translator, locale: Locale, lists: RegistryLists) -> bytes:
    """產權清冊, 租賃清冊 as at the month's end, and every change in the month."""
    book = _book()
    titles = tr(locale, "registry-x-sheets").split("|")

    def names(holders: Sequence[Any]) -> str:
        return "、".join(h.person.name for h in holders)

    props: list[list[Any]] = [[p.unit.label, p.attrs.floor or "", p.attrs.unit_type or "",
              p.attrs.usable_area if p.attrs.usable_area is not None else "",
              p.attrs.built_area if p.attrs.built_area is not None else "",
              p.attrs.land_area if p.attrs.land_area is not None else "",
              p.attrs.use or "", p.attrs.facilities or "", p.attrs.parking or "",
              names(p.owners), ", ".join(sorted({h.since.isoformat() for h in p.owners}))]
             for p in lists.properties]
    tenancies: list[list[Any]] = [[h.unit.label, h.person.name, h.since.isoformat(),
                  h.lease_start.isoformat() if h.lease_start else "",
                  h.lease_end.isoformat() if h.lease_end else "", h.attrs.use or ""]
                 for h in lists.tenancies]
    changes: list[list[Any]] = [
        [c.day.isoformat(), c.unit.label, tr(locale, f"registry-change-{c.kind}"),
         c.holding.person.name, tr(locale, f"relation-{c.holding.relation.value}")]
        for c in lists.changes]
    for title, key, rows in zip(titles, ("registry-x-property", "registry-x-tenancy",
                                         "registry-x-changes"),
                                (props, tenancies, changes), strict=True):
        _sheet(book, title, tr(locale, key).split("|"), rows)
    return _save(book)


def export_xlsx(tr: Translator, locale: Locale, kind: Kind, rows: Sequence[ExportRow],
                units: dict[int, str], tz: str) -> bytes:
    """number, kind, category, unit, opened, accepted, done, callback, status, deadlines met."""
    book = _book()
    out = []
    for r in rows:
        t = r.ticket
        category = tr(locale, f"complaint-cat-{t.category}" if t.kind is Kind.COMPLAINT
                      else f"cat-{t.category}")
        out.append([t.number, tr(locale, f"export-kind-{t.kind.value}"), category,
                    units.get(t.unit_id or 0, "") or (t.location or ""),
                    stamp(t.created_at, tz), stamp(r.accepted, tz), stamp(r.done, tz),
                    stamp(r.callback, tz), tr(locale, f"status-{t.status.value}"),
                    *(met_text(tr, locale, m) for m in r.met)])
    _sheet(book, tr(locale, f"export-sheet-{kind.value}"),
           tr(locale, "export-x-header").split("|"), out)
    return _save(book)

