"""The printable document: Chinese in both scripts and English read back from the PDF, tables
across pages with their header repeated, photos embedded, an unreadable image left out."""

from __future__ import annotations

import io

from PIL import Image

from bot.reports.pdf import Document
from tests.documents import pdf_images, pdf_pages, pdf_text


def _png(red: int = 200) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (red, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def test_chinese_and_english_read_back() -> None:
    doc = Document("一戶一檔 A座12樓B室", locale="zh-Hant", footer="propdesk")
    doc.pairs([("業主", "陳大文"), ("電話", "9123 4567"), ("Unit", "A-12B")])
    doc.paragraph("廚房水喉漏水，已派水喉匠跟進。")
    text = pdf_text(doc.bytes())
    for expected in ("一戶一檔A座12樓B室", "業主陳大文", "廚房水喉漏水", "UnitA-12B"):
        assert expected in text


def test_simplified_face_for_zh_hans() -> None:
    doc = Document("一户一档", locale="zh-Hans")
    doc.paragraph("维修单已派工")
    assert "维修单已派工" in pdf_text(doc.bytes())


def test_long_table_runs_over_pages_with_its_header() -> None:
    doc = Document("List")
    rows = [[f"R2026{n:06d}", "水喉", "已完成"] for n in range(120)]
    doc.table(["編號", "類別", "狀態"], rows, widths=[2, 1, 1])
    data = doc.bytes()
    pages = pdf_pages(data)
    assert pages >= 3
    text = pdf_text(data)
    assert text.count("編號類別狀態") == pages  # the header on every page
    assert "R2026000119" in text


def test_images_are_embedded_and_a_bad_one_is_left_out() -> None:
    doc = Document("Photos")
    doc.image(_png())
    doc.image(b"not an image at all")
    doc.image(_png(90), width_mm=40)
    assert pdf_images(doc.bytes()) == 2
