"""一戶一檔 through the real process: `/unit` in three spellings, paging, the PDF export read
back (the ID card in it for the desk, withheld for the equipment supervisor), the hand-over
relay both ways found in the file, and a resident who cannot open another unit's file."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from domain import registry
from domain.model import Locale
from domain.ports import FileRef
from domain.tickets import Kind, Status, Ticket
from store.tables.infra import AuditRow
from store.uow import SqlUnitOfWork
from tests.bot.conftest import says
from tests.bot.office import Cast
from tests.bot.test_handover import relay_both_ways
from tests.documents import pdf_images, pdf_text
from tests.e2e.conftest import E2E
from tests.e2e.find_steps import find_in_chinese_and_english_with_pages

EN = Locale.EN
FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # Friday 10:00 in Hong Kong


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), (200, 30, 30)).save(out, "JPEG")
    return out.getvalue()


async def _file_more(e2e: E2E, cast: Cast) -> None:
    """Twelve older repairs and a renovation with a worker's ID card in the file store."""
    root = Path(e2e.bot.env["PROPDESK_FILES__ROOT"])
    (root / "private").mkdir(parents=True, exist_ok=True)
    (root / "private" / "id.jpg").write_bytes(_jpeg())
    async with SqlUnitOfWork(e2e.db.writer()) as uow:
        estate = cast.codes.estate
        unit = await registry.find_unit_by_label(uow, estate.id, "A-12B")
        for n in range(12):
            await uow.tickets.add(Ticket(
                id=0, number=f"R-2025-{n + 1:06d}", kind=Kind.REPAIR, estate_id=estate.id,
                status=Status.CLOSED, reporter_id=None, category="plumbing",
                description=f"old leak {n + 1}", created_at=FRI_10 - timedelta(days=100 - n),
                unit_id=unit.id))
        reno = await uow.tickets.add(Ticket(
            id=0, number="F-2026-000001", kind=Kind.RENOVATION, estate_id=estate.id,
            status=Status.CLOSED, reporter_id=None, category="renovation",
            description="kitchen works", created_at=FRI_10 - timedelta(days=20),
            unit_id=unit.id))
        await uow.files.add(FileRef("idcard", "idcard-u", "image/jpeg", 100,
                                    path="private/id.jpg"), owner="renovation",
                            owner_id=reno.id, role="id-card", sensitive=True, now=FRI_10)
        await uow.commit()


async def _pdf(e2e: E2E, user: object, shown: object) -> bytes:
    d = e2e.d
    before = max([m.message_id for m in await d.messages(user)] or [0])  # type: ignore[arg-type]
    await d.press(user, shown, text="Export PDF")  # type: ignore[arg-type]
    sent = await d.wait_for(user, predicate=lambda m: m.document is not None,  # type: ignore[arg-type]
                            after=before, timeout=20)
    assert sent.document is not None
    return await d.file_bytes(sent.document.file_id)


async def test_household_file_through_the_real_process(e2e: E2E) -> None:
    e2e.freeze(FRI_10)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await relay_both_ways(e2e)
    await _file_more(e2e, cast)
    d, desk = e2e.d, cast.desk

    # Three spellings of the same unit open the same file.
    for label in ("A-12B", "A座12樓B室", "12B, Block A"):
        await d.send(desk, f"/unit {label}")
        shown = await d.wait_for(desk, contains="Household file: unit A-12B",
                                 after=max(m.message_id for m in await d.messages(desk)) - 1)
    assert "Records (page 1 of 2, 14 in all)" in shown.content
    assert "陳大文 (owner) since" in shown.content
    assert "Q-2026-000001" in shown.content and "請問管理處幾點開門？" in shown.content
    assert "F-2026-000001" in shown.content and "1 identity documents" not in shown.content
    assert "R-2025-000012" in shown.content and "R-2025-000001" not in shown.content
    labels = [b.text for row in shown.buttons for b in row]
    assert labels == ["Older »", "Export PDF"]
    await d.press(desk, shown, text="Older »")
    older = await d.wait_for(desk, contains="Records (page 2 of 2")
    assert "R-2025-000001" in older.content and "Q-2026-000001" not in older.content
    assert [b.text for row in older.buttons for b in row] == ["« Newer", "Export PDF"]
    # A forged page (past the last) is refused and changes nothing.
    forged = await d.press(desk, older, data=f"uf1:page:{await _unit_id(e2e, cast)}:7",
                           forge=True)
    answer = await d.callback_answer(forged)
    assert answer.show_alert and answer.text == says("button-stale", EN)

    # The PDF: the whole file, the hand-over conversation both ways, the ID card.
    data = await _pdf(e2e, desk, older)
    text = pdf_text(data)
    for needed in ("A-12B", "陳大文", "Q-2026-000001", "請問管理處幾點開門？",
                   "星期一至五08:30至18:00。", "週日09:00至17:00。", "R-2025-000001", "oldleak12",
                   "F-2026-000001", "Identitydocument"):
        assert needed in text, needed
    assert "withheld" not in text
    assert pdf_images(data) == 1

    # The equipment supervisor may look, but sees the ID card withheld.
    supervisor = await d.user("Sue", language_code="en")
    await d.send(supervisor, f"/start {cast.codes.staff['supervisor']}")
    await d.wait_for(supervisor, contains="You are now")
    await d.send(supervisor, "/unit a-12b")
    theirs = await d.wait_for(supervisor, contains="Household file: unit A-12B")
    assert "1 identity documents (withheld)" in theirs.content
    data = await _pdf(e2e, supervisor, theirs)
    assert "Identitydocument:withheld" in pdf_text(data)
    assert pdf_images(data) == 0

    # A resident can open no file, not even their neighbour's.
    await d.send(cast.resident, "/unit A-3A")
    await d.wait_for(cast.resident, contains=says("unit-file-staff-only", EN)[:30])
    await e2e.settle()
    async with e2e.db.reader() as s:
        audits = list(await s.execute(select(AuditRow.action, AuditRow.actor_tg_id).where(
            AuditRow.entity == "unit")))
        denied = await s.scalar(select(AuditRow.id).where(
            AuditRow.action == "denied", AuditRow.actor_tg_id == cast.resident.id))
    assert [a for a, who in audits if who == desk.id] == ["file-viewed"] * 4 + ["file-exported"]
    assert [a for a, who in audits if who == supervisor.id] == ["file-viewed", "file-exported"]
    assert denied is not None
    assert not [m for m in await d.messages(cast.resident, from_bot=True)
                if "Household file" in m.content]


async def _unit_id(e2e: E2E, cast: Cast) -> int:
    async with SqlUnitOfWork(e2e.db.reader()) as uow:
        return (await registry.find_unit_by_label(uow, cast.codes.estate.id, "A-12B")).id


async def test_find_in_chinese_and_english(e2e: E2E) -> None:
    """/find: simplified finds traditional with no spaces, English, a name leads to /unit,
    pages both ways, a resident refused (tests/e2e/find_steps.py)."""
    await find_in_chinese_and_english_with_pages(e2e)
