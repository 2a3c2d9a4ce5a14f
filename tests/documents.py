"""Reading back the documents the bot files (PDF), as a person opening them would."""

from __future__ import annotations

import io

from pypdf import PdfReader


def pdf_text(data: bytes) -> str:
    """The text of every page, whitespace removed (pypdf reads CJK glyph by glyph with spaces
    between, so tests compare without them). pypdf also puts a NUL before each character of
    fpdf2's two-byte glyph codes (its ToUnicode map is right: <0001> → U+4E00); dropped."""
    reader = PdfReader(io.BytesIO(data))
    text = "".join((page.extract_text() or "") for page in reader.pages)
    return "".join(text.replace("\x00", "").split())


def pdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def pdf_images(data: bytes) -> int:
    """How many images the document's pages hold."""
    return sum(len(page.images) for page in PdfReader(io.BytesIO(data)).pages)
