"""Printable documents as PDF (A4): headings, paragraphs, label/value pairs, tables, images.

fpdf2 writes them; Chinese comes from the bundled Noto Sans CJK collection (noto-cjk-sans-otc),
the Hong Kong face for zh-Hant and en, the Simplified face for zh-Hans. fpdf2 subsets the font,
so a page of Chinese stays small. The office's documents (the household file, move-in records,
monthly reports) are built with `Document` and sent as files; tests read them back with pypdf.
"""

from __future__ import annotations

import html
import io
import logging
import re
from collections.abc import Sequence
from functools import cache

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

log = logging.getLogger(__name__)

# Faces of NotoSansCJK-Regular.ttc, in the collection's order.
FACE_INDEX = {"zh-Hans": 2, "zh-Hant": 4, "en": 4}
FONT = "cjk"


@cache
def _font_path() -> str | None:
    try:
        import noto_cjk_sans_otc
    except ImportError:  # pragma: no cover - a dependency of the project
        log.warning("bundled CJK font not available: PDFs fall back to Latin text only")
        return None
    return str(noto_cjk_sans_otc.FONT_PATH)


def plain(text: str) -> str:
    """A rendered catalog message (Telegram HTML) as plain text for a document or a page."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


class Document:
    """One A4 document, written top to bottom; `bytes()` gives the finished PDF."""

    def __init__(self, title: str, locale: str = "zh-Hant", footer: str = "") -> None:
        self.pdf = _Pdf(footer)
        self.pdf.set_title(title)
        self.pdf.set_creator("propdesk")
        self.pdf.set_auto_page_break(auto=True, margin=15)
        path = _font_path()
        if path:
            self.pdf.add_font(FONT, fname=path, collection_font_number=FACE_INDEX.get(locale, 4))
            self.family = FONT
        else:  # pragma: no cover
            self.family = "helvetica"
        self.pdf.footer_family = self.family
        self.pdf.add_page()
        self.heading(title, size=16)

    @property
    def width(self) -> float:
        return float(self.pdf.epw)

    def heading(self, text: str, size: int = 13) -> None:
        self.pdf.set_font(self.family, size=size)
        self.pdf.multi_cell(0, size * 0.6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(2)

    def paragraph(self, text: str, size: int = 10) -> None:
        self.pdf.set_font(self.family, size=size)
        self.pdf.multi_cell(0, size * 0.55, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(1)

    def pairs(self, rows: Sequence[tuple[str, str]], size: int = 10) -> None:
        """Label and value, one pair a line (a record's facts)."""
        self.pdf.set_font(self.family, size=size)
        label_w = self.width * 0.3
        for label, value in rows:
            y = self.pdf.get_y()
            self.pdf.multi_cell(label_w, size * 0.55, label, new_x=XPos.RIGHT, new_y=YPos.TOP)
            self.pdf.multi_cell(0, size * 0.55, value or "—", new_x=XPos.LMARGIN,
                                new_y=YPos.NEXT)
            self.pdf.set_y(max(self.pdf.get_y(), y + size * 0.55))
        self.pdf.ln(1)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]],
              widths: Sequence[float] | None = None, size: int = 9) -> None:
        """A table with a header row; long cells wrap, the header repeats on a new page."""
        self.pdf.set_font(self.family, size=size)
        cols = len(headers)
        if widths is None:
            widths = [1.0] * cols
        total = sum(widths)
        col_widths = tuple(self.width * w / total for w in widths)
        style = FontFace(emphasis="", fill_color=(235, 235, 235))
        with self.pdf.table(col_widths=col_widths, line_height=size * 0.55, repeat_headings=1,
                            first_row_as_headings=True, headings_style=style) as table:
            for row in [list(headers), *[list(r) for r in rows]]:
                line = table.row()
                for cell in row:
                    line.cell(str(cell))
        self.pdf.ln(2)

    def image(self, data: bytes, width_mm: float = 80.0) -> None:
        """A photo or scan, scaled to `width_mm`, starting a new page when it does not fit."""
        try:
            self.pdf.image(io.BytesIO(data), w=min(width_mm, self.width))
        except Exception as exc:  # an image fpdf2 cannot read is named, not fatal
            log.info("image left out of a PDF (%s)", type(exc).__name__)
            return
        self.pdf.ln(2)

    def page_break(self) -> None:
        self.pdf.add_page()

    def bytes(self) -> bytes:
        return bytes(self.pdf.output())


class _Pdf(FPDF):
    footer_family = "helvetica"

    def __init__(self, footer: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.footer_text = footer

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.footer_family, size=8)
        text = f"{self.footer_text}  {self.page_no()}/{{nb}}".strip()
        self.cell(0, 6, text, align="C")

