"""Cleaning of free text typed by people: one normal form, no control or bidi characters."""

from __future__ import annotations

import re
import unicodedata

from domain.errors import InvalidInput

# C0/C1 controls except tab and newline; bidi embeddings, overrides and isolates;
# zero-width no-break space (BOM) and the deprecated format characters.
_STRIP = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\u206a-\u206f]"
)
_SPACES = re.compile(r"[ \t\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")

DESCRIPTION_MAX = 2000
SHORT_MAX = 100


def clean(text: str) -> str:
    """NFC-normalise, drop control and bidi characters, squeeze spaces and blank lines."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _STRIP.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def require_text(text: str | None, *, max_len: int, field: str, min_len: int = 1) -> str:
    """Return cleaned text or raise InvalidInput naming the field and the limit."""
    if text is None:
        raise InvalidInput("input-need-text", field=field)
    cleaned = clean(text)
    if len(cleaned) < min_len:
        raise InvalidInput("input-empty", field=field)
    if len(cleaned) > max_len:
        raise InvalidInput("input-too-long", field=field, max=max_len, got=len(cleaned))
    return cleaned


def single_line(text: str | None, *, max_len: int = SHORT_MAX, field: str) -> str:
    """Like require_text, for names and numbers: one line only."""
    cleaned = require_text(text, max_len=max_len, field=field)
    return " ".join(cleaned.split())


_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{5,19}$")


def phone_number(text: str | None) -> str:
    """A phone number as digits with an optional leading +."""
    cleaned = single_line(text, max_len=24, field="phone")
    if not _PHONE.match(cleaned):
        raise InvalidInput("input-bad-phone")
    return ("+" if cleaned.startswith("+") else "") + re.sub(r"\D", "", cleaned)


def mask_phone(phone: str | None) -> str:
    """Show only the last four digits of a phone number."""
    if not phone:
        return ""
    return "•" * max(0, len(phone) - 4) + phone[-4:]
