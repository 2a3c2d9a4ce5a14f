"""The custody agreement (房屋託管協議) as a PDF the owner and the office file: the terms the
owner signed, the recorded signature (time and account), and once there are any, the meter
readings and the outside checks. Sent when the owner signs, and again, complete, at the end."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.i18n import Translator
from bot.notices.cards import when
from bot.reports.pdf import Document, plain
from conversations.custody import cards
from domain.custody.model import Check, CheckResult, Custody, Reading
from domain.model import Locale


@dataclass(frozen=True)
class CustodyFile:
    """What the document shows, gathered by the caller."""

    custody: Custody
    unit: str
    owner: str
    estate: str
    terms: str  # the agreement's text as the owner signed it (cards.agreement_text)
    tz: str
    readings: Sequence[Reading] = ()
    checks: Sequence[Check] = ()


def agreement_pdf(f: CustodyFile, tr: Translator, locale: Locale) -> bytes:
    def t(key: str, **args: Any) -> str:
        return plain(tr(locale, key, **args))

    def at(moment: datetime | None) -> str:
        return t("custody-pdf-moment", at=when(moment, f.tz)) if moment else "—"

    c = f.custody
    doc = Document(t("custody-pdf-title", number=c.number), locale=locale.value,
                   footer=f"{f.estate} · {c.number}")
    lines = plain(f.terms).splitlines()
    doc.pairs([(t("custody-pdf-unit"), f.unit), (t("custody-pdf-owner"), f.owner),
               (t("custody-pdf-status"), t("custody-pdf-status-value", status=c.status.value))])
    doc.paragraph("\n".join(lines[1:]))  # the first line is the title, already shown
    doc.heading(t("custody-pdf-signature"), size=12)
    doc.paragraph(t("custody-pdf-signed", owner=f.owner, at=at(c.signed_at))
                  if c.signed_at else t("custody-pdf-unsigned"))
    if f.readings:
        doc.heading(t("custody-pdf-readings"), size=12)
        doc.table([t("custody-pdf-col-when"), t("custody-pdf-col-kind"),
                   t("custody-pdf-col-water"), t("custody-pdf-col-power"),
                   t("custody-pdf-col-flag")],
                  [[at(r.read_at), t("custody-pdf-reading-kind", kind=r.kind.value),
                    cards.num(r.water), cards.num(r.electricity),
                    "⚠" if r.flagged else ""] for r in f.readings],
                  widths=[3, 2, 2, 2, 1])
    done = [ch for ch in f.checks if ch.result is not CheckResult.PENDING]
    if done:
        doc.heading(t("custody-pdf-checks"), size=12)
        doc.table([t("custody-pdf-col-when"), t("custody-pdf-col-kind"),
                   t("custody-pdf-col-result"), t("custody-pdf-col-note")],
                  [[at(ch.recorded_at), t("custody-pdf-check-kind", kind=ch.kind.value),
                    t("custody-pdf-result", result=ch.result.value), ch.note or ""]
                   for ch in done], widths=[3, 2, 2, 4])
    if c.ended_at:
        doc.paragraph(t("custody-pdf-ended", at=at(c.ended_at)))
    return doc.bytes()
