"""The household file (一戶一檔) as one PDF: the unit's facts, its owners and occupants with
history, then every record newest first with its messages, photos and documents from the
office's file store. ID-card images are in it only for the desk and managers
(domain/household.py withholds them for anyone else; the PDF says so)."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.i18n import Translator
from bot.reports.pdf import Document
from domain.household import Entry, FileDoc, HouseholdPage
from domain.model import Locale

log = logging.getLogger(__name__)
T = Callable[..., str]
ID_ROLES = ("id-card", "face")
_TAGS = re.compile(r"<[^>]*>")


def facts(page: HouseholdPage, t: T) -> list[tuple[str, str]]:
    """The unit's registry facts as (label, value), the ones the registry holds."""
    f = page.facts

    def area(v: float | None) -> str | None:
        return t("unit-file-area", value=f"{v:g}") if v is not None else None

    values = [("floor", f.floor), ("type", f.unit_type), ("usable", area(f.usable_area)),
              ("built", area(f.built_area)), ("land", area(f.land_area)), ("use", f.use),
              ("facilities", f.facilities), ("parking", f.parking),
              ("occupied", t("unit-file-occupied" if f.occupied else "unit-file-vacant"))]
    return [(t(f"unit-file-f-{k}"), v) for k, v in values if v]


def what(e: Entry, t: T) -> str:
    """The record's kind, and its category for repairs and complaints."""
    label = t(f"unit-file-kind-{e.kind}")
    if e.kind == "repair":
        return f"{label} · {t(f'cat-{e.category}')}"
    if e.kind == "complaint":
        return f"{label} · {t(f'complaint-cat-{e.category}')}"
    return label


def custody_lines(t: T, e: Entry, at: object) -> list[str]:
    """A custody agreement (託管) in the file: its number, state and period, then how many
    meter readings and checks it holds and how many readings went over the limit."""
    start, end = e.period or (None, None)
    readings, checks, flagged = (*e.counts, 0, 0, 0)[:3]
    return [t("unit-file-custody", at=at, number=e.ref, status=e.status, start=start, end=end),
            t("unit-file-custody-counts", readings=readings, checks=checks, flagged=flagged)]


def move_in_lines(t: T, name: Callable[[str], str], e: Entry, at: object,
                  tz: str) -> list[str]:
    """A move-in (入伙) in the file: its number and state, then each errand entrusted to the
    office (委託代辦) and whether it is done, with the office's note. `name` names an errand
    item (the estate's own items as written)."""
    lines = [t("unit-file-move-in", at=at, number=e.ref, status=t(f"movein-status-{e.status}"))]
    for errand in e.errands:
        done = errand.status.value == "done"
        lines.append(t("unit-file-move-in-errand", item=name(errand.item),
                       done="yes" if done else "no",
                       day=_local(errand.done_at, tz).date() if errand.done_at else "",
                       note=errand.done_note or ""))
    return lines


def _local(at: datetime, tz: str) -> datetime:
    return at.astimezone(ZoneInfo(tz))


def household_pdf(page: HouseholdPage, tr: Translator, locale: Locale, tz: str, root: str,
                  *, by: str) -> bytes:
    def t(key: str, **args: object) -> str:
        # Messages are Telegram HTML; a printed page wants the plain text.
        return html.unescape(_TAGS.sub("", tr(locale, key, **args)))

    doc = Document(t("unit-file-pdf-title", unit=page.unit.label), locale.value,
                   footer=t("unit-file-pdf-footer", by=by))
    doc.heading(t("unit-file-pdf-facts"))
    doc.pairs(facts(page, t))
    doc.heading(t("unit-file-pdf-holders"))
    doc.table([t("unit-file-pdf-name"), t("unit-file-pdf-relation"), t("unit-file-pdf-from"),
               t("unit-file-pdf-to"), t("unit-file-pdf-reason")],
              [[r.person.name, t(f"relation-{r.tenure.relation.value}"),
                t("unit-file-day", day=r.since),
                t("unit-file-day", day=r.ended_on) if r.ended_on else t("unit-file-pdf-current"),
                t(f"end-reason-{r.end_reason or 'removed'}") if r.ended_on else ""]
               for r in page.holders], widths=[3, 2, 2, 2, 2])
    doc.heading(t("unit-file-pdf-timeline"))

    def name(item: str) -> str:
        return tr.named(locale, "movein-errand", item)

    for e in page.entries:
        _entry(doc, e, t, name, tz, root)
    return doc.bytes()


def _entry(doc: Document, e: Entry, t: T, name: Callable[[str], str], tz: str,
           root: str) -> None:
    at = _local(e.at, tz)
    if e.source == "survey":
        doc.paragraph(t("unit-file-survey", at=at, quarter=e.ref,
                        status=t(f"unit-file-survey-{e.status}")))
        return
    if e.source in ("custody", "move_in"):
        head, *rest = custody_lines(t, e, at) if e.source == "custody" else move_in_lines(
            t, name, e, at, tz)
        doc.heading(head, size=11)
        for line in rest:
            doc.paragraph(line)
        for f in e.files:
            _file(doc, f, t, root)
        return
    doc.heading(t("unit-file-entry", at=at, number=e.ref, what=what(e, t),
                  status=t(f"status-{e.status}")), size=11)
    doc.paragraph(e.text)
    if e.reporter:
        doc.paragraph(t("unit-file-reporter", name=e.reporter).strip())
    if e.callback:
        doc.paragraph(t("unit-file-callback",
                        result=t(f"unit-file-callback-{e.callback}")).strip())
    if e.rating:
        doc.paragraph(t("unit-file-rating", stars=str(e.rating)).strip())
    for n in e.notes:
        doc.paragraph(t("unit-file-pdf-note", at=_local(n.at, tz), who=n.author or "—",
                        text=n.text), size=9)
    for f in e.files:
        _file(doc, f, t, root)


def _file(doc: Document, f: FileDoc, t: T, root: str) -> None:
    if f.withheld:
        doc.paragraph(t("unit-file-pdf-withheld"), size=9)
        return
    identity = f.sensitive or f.role.startswith(ID_ROLES)
    label = t("unit-file-pdf-id") if identity else (
        t("unit-file-pdf-document", name=f.name) if f.name and not f.is_image
        else t("unit-file-pdf-photo"))
    data = _read(root, f.path)
    if data is None:
        doc.paragraph(f"{label} {t('unit-file-pdf-missing')}", size=9)
        return
    doc.paragraph(label, size=9)
    if f.is_image:
        doc.image(data, width_mm=70)


def _read(root: str, path: str | None) -> bytes | None:
    """A file from the office's file store; never outside it."""
    if not path:
        return None
    base = Path(root).resolve()
    full = (base / path).resolve()
    if base not in full.parents:
        return None
    try:
        return full.read_bytes()
    except OSError as exc:
        log.info("file for a household PDF unreadable (%s)", type(exc).__name__)
        return None
