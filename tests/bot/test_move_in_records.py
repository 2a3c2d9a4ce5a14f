"""The move-in record set in English: accepted with a deadline, a returned document, the
dates as people write them (never ISO), in both the PDF and the workbook."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from bot.i18n import Translator
from bot.reports.move_in import DefectLine, Records, records_pdf, records_xlsx
from domain.model import Locale
from domain.move_in.model import (
    Applicant,
    Confirmation,
    DocStatus,
    Document,
    Fee,
    Meter,
    MoveIn,
    Reading,
    Status,
)
from tests.documents import pdf_text

AT = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)
RECORD = MoveIn(id=1, number="M-2026-000009", estate_id=1, unit_id=1, owner_id=1,
                applicant=Applicant.AGENT, slot_at=AT, collective=False, status=Status.DONE,
                created_at=AT, receipt="R-77", paid_at=AT, reinspect_on=date(2026, 12, 10),
                rectify_by=date(2026, 12, 24), accepted_at=AT, keys_at=AT)


def _records() -> Records:
    docs = [Document(1, 1, "notice", 1, "a.pdf", DocStatus.ACCEPTED, AT, decided_at=AT),
            Document(2, 1, "id", 2, None, DocStatus.RETURNED, AT, reason="unreadable")]
    return Records(record=RECORD, unit="A-12B", owner="Chan Tai Man", slot=AT,
                   documents=docs, confirmations=[Confirmation(1, "dmc", 1, 5, AT)],
                   fees=[Fee("Deposit", 3000)],
                   readings=[Reading(1, Meter.GAS, 12345, AT, 1)],
                   defects=[DefectLine("kitchen", "plumbing", "Tap drips", "R-2026-000001",
                                       "closed")],
                   tz=ZoneInfo("Asia/Hong_Kong"))


def test_records_in_english() -> None:
    tr = Translator()
    text = pdf_text(records_pdf(_records(), tr, Locale.EN))
    for words in ("Ownerregistration", "Keyssignedfor", "R-77", "123.45", "TherestfixedbyThu24Dec",
                  "returned", "Mon7Dec10:00", "TapdripsR-2026-000001", "HK$3,000"):
        assert words in text, words
    assert "2026-12-24" not in text
    book = load_workbook(io.BytesIO(records_xlsx(_records(), tr, Locale.EN)))
    inspection = {r[0]: r[1] for r in book.worksheets[3].iter_rows(min_row=2, values_only=True)}
    assert inspection["The rest fixed by"] == "Thu 24 Dec"
    assert inspection["gas"] == "123.45"
