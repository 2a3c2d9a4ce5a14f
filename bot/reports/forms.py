"""Paper forms (paper parity): what the office prints and files, as PDFs in Traditional
Chinese with English, each with the estate's name and the number the bot gives it, and a QR
code that opens the same record in the bot again (`/start t_R2026000123`).

- 派工單 Work order: a repair job for the technician to take along, with lines to fill in.
- 回訪記錄 Callback record: the desk's call after the work, with the rating.
- 整改通知書 Rework notice: the written notice that sends the crew back.
- 報修二維碼 Repair QR poster: a unit's or a piece of equipment's repair link.
- 業主評議表 Owner survey: the paper form for households with nobody on Telegram.
- 臨時出入證 Temporary work pass: a renovation worker's card with the QR security scans.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import segno

from bot.i18n import Translator
from bot.reports.pdf import Document, plain
from bot.reports.survey.text import question_text, reason_text
from domain.model import Locale
from domain.survey.definition import Definition

HANT, EN = Locale.ZH_HANT, Locale.EN
BLANK = "_" * 38


def ticket_link(bot_username: str, number: str) -> str:
    """The t.me link a form's QR code holds: it opens the record in the bot for staff."""
    return f"https://t.me/{bot_username}?start=t_{number.replace('-', '')}"


def qr_png(data: str, scale: int = 8) -> bytes:
    out = io.BytesIO()
    segno.make(data, error="m").save(out, kind="png", scale=scale, border=2)
    return out.getvalue()


@dataclass(frozen=True)
class TicketForm:
    """One repair as a form shows it (moments already in the estate's time; "—" for none)."""

    estate: str
    number: str
    unit: str
    place: str
    category: str
    description: str
    reported_at: datetime
    preferred: str
    urgency: str
    technician: str
    reporter: str
    phone: str
    accept_due: datetime | None
    complete_due: datetime | None
    done_at: datetime | None = None
    confirmed_at: datetime | None = None
    callback_due: datetime | None = None
    closed_at: datetime | None = None
    rating: int | None = None
    comment: str = ""
    reworks: Sequence[tuple[datetime, str]] = ()   # (when, why) of each rework notice
    link: str = ""


class _Labels:
    """Labels in Traditional Chinese with the English after them."""

    def __init__(self, tr: Translator) -> None:
        self.tr = tr

    def __call__(self, key: str, **args: Any) -> str:
        return f"{plain(self.tr(HANT, key, **args))} {plain(self.tr(EN, key, **args))}"

    def at(self, moment: datetime | None) -> str:
        return plain(self.tr(HANT, "form-moment", at=moment)) if moment else "—"


def _head(t: _Labels, title: str, f: TicketForm) -> Document:
    doc = Document(f"{f.estate} · {t(title)} {f.number}", locale=HANT.value,
                   footer=f"{f.estate} · {f.number}")
    doc.pairs([(t("form-unit"), f.unit), (t("form-place"), f.place),
               (t("form-category"), f.category), (t("form-urgency"), f.urgency),
               (t("form-reported"), t.at(f.reported_at)),
               (t("form-description"), f.description)])
    return doc


def _qr(doc: Document, t: _Labels, link: str) -> None:
    if link:
        doc.image(qr_png(link), width_mm=32)
        doc.paragraph(t("form-scan"), size=8)


def _fill(doc: Document, t: _Labels, keys: Sequence[str]) -> None:
    """Lines to write on by hand."""
    doc.heading(t("form-by-hand"), size=11)
    doc.pairs([(t(k), BLANK) for k in keys], size=10)


def work_order_pdf(f: TicketForm, tr: Translator) -> bytes:
    t = _Labels(tr)
    doc = _head(t, "form-work-order", f)
    doc.pairs([(t("form-preferred"), f.preferred), (t("form-technician"), f.technician),
               (t("form-reporter"), f.reporter), (t("form-phone"), f.phone),
               (t("form-accept-due"), t.at(f.accept_due)),
               (t("form-complete-due"), t.at(f.complete_due))])
    _qr(doc, t, f.link)
    _fill(doc, t, ["form-arrived", "form-finished", "form-work-done", "form-materials",
                   "form-technician-sign", "form-resident-sign"])
    return doc.bytes()


def callback_pdf(f: TicketForm, tr: Translator) -> bytes:
    t = _Labels(tr)
    doc = _head(t, "form-callback", f)
    doc.pairs([(t("form-technician"), f.technician), (t("form-reporter"), f.reporter),
               (t("form-phone"), f.phone), (t("form-done"), t.at(f.done_at)),
               (t("form-confirmed"), t.at(f.confirmed_at)),
               (t("form-callback-due"), t.at(f.callback_due)),
               (t("form-closed"), t.at(f.closed_at)),
               (t("form-rating"), "★" * f.rating if f.rating else "—"),
               (t("form-comment"), f.comment or "—"),
               (t("form-reworks"), str(len(f.reworks)))])
    _qr(doc, t, f.link)
    _fill(doc, t, ["form-callback-way", "form-resident-view", "form-satisfied",
                   "form-caller", "form-caller-sign"])
    return doc.bytes()


def rework_pdf(f: TicketForm, tr: Translator) -> bytes:
    t = _Labels(tr)
    doc = _head(t, "form-rework", f)
    doc.pairs([(t("form-technician"), f.technician), (t("form-done"), t.at(f.done_at))])
    doc.table([t("form-rework-when"), t("form-rework-why")],
              [[t.at(at), why] for at, why in f.reworks] or [["—", "—"]], widths=[1, 3])
    doc.paragraph(t("form-rework-ask"))
    _qr(doc, t, f.link)
    _fill(doc, t, ["form-rework-received", "form-finished", "form-work-done",
                   "form-technician-sign", "form-supervisor-sign"])
    return doc.bytes()


def poster_pdf(estate: str, target: str, link: str, tr: Translator) -> bytes:
    t = _Labels(tr)
    doc = Document(f"{estate} · {t('form-poster')}", locale=HANT.value, footer=estate)
    doc.heading(target, size=28)
    doc.image(qr_png(link, scale=12), width_mm=110)
    doc.paragraph(plain(tr(HANT, "form-poster-how", target=target)), size=14)
    doc.paragraph(plain(tr(EN, "form-poster-how", target=target)), size=12)
    return doc.bytes()


def survey_pdf(estate: str, quarter: str, units: Sequence[str], definition: Definition,
               tr: Translator) -> bytes:
    """The owner survey on paper (業主評議表): one page per household that has nobody on
    Telegram, with its unit as the code the desk types back (`/paper A-15C`)."""
    t = _Labels(tr)
    doc = Document(f"{estate} · {t('form-survey')} {quarter}", locale=HANT.value,
                   footer=f"{estate} · {quarter}")
    # First the desk's checklist of the forms: handed out, returned, entered.
    doc.heading(t("form-survey-list"), size=12)
    doc.table([t("form-unit"), t("form-survey-out"), t("form-survey-back"),
               t("form-survey-entered")], [[u, "□", "□", "□"] for u in units],
              widths=[2, 1, 1, 1])
    for unit in units:
        doc.page_break()
        doc.heading(f"{estate} · {t('form-survey')} {quarter}", size=16)
        doc.pairs([(t("form-unit"), unit), (t("form-survey-code"), f"/paper {unit}")])
        doc.paragraph(t("form-survey-how"), size=9)
        for i, q in enumerate(definition.questions, start=1):
            asked = f"{i}. {plain(question_text(tr, HANT, q))} {plain(question_text(tr, EN, q))}"
            doc.paragraph(asked, size=10)
            doc.paragraph("□ 5   □ 4   □ 3   □ 2   □ 1   □ " + t("form-survey-na"), size=10)
            reasons = "   ".join("□ " + plain(reason_text(tr, HANT, r)) for r in q.reasons)
            doc.paragraph(t("form-survey-why") + " " + reasons, size=8)
        if definition.comments:
            doc.pairs([(t("form-survey-comments"), BLANK), ("", BLANK)])
        doc.pairs([(t("form-survey-sign"), BLANK), (t("form-survey-date"), BLANK)])
    return doc.bytes()


@dataclass(frozen=True)
class PassCard:
    estate: str
    number: str
    worker: str
    unit: str
    works: str
    valid_from: date
    valid_to: date
    application: str
    link: str
    photo: bytes | None = None


def pass_card_pdf(c: PassCard, tr: Translator) -> bytes:
    """臨時出入證 Temporary work pass: the card the worker wears, with the QR security scans."""
    t = _Labels(tr)
    doc = Document(f"{c.estate} · {t('form-pass')}", locale=HANT.value,
                   footer=f"{c.estate} · {c.number}")
    doc.heading(c.number, size=22)
    if c.photo:
        doc.image(c.photo, width_mm=35)
    doc.pairs([(t("form-pass-worker"), c.worker), (t("form-unit"), c.unit),
               (t("form-pass-works"), c.works),
               (t("form-pass-valid"), plain(tr(HANT, "form-pass-dates", start=c.valid_from,
                                                end=c.valid_to))),
               (t("form-pass-application"), c.application)])
    doc.image(qr_png(c.link, scale=10), width_mm=60)
    doc.paragraph(t("form-pass-scan"), size=9)
    doc.paragraph(t("form-pass-rules"), size=9)
    return doc.bytes()
