"""Cleaning of free text typed by people: one normal form, no control or invisible characters."""

from __future__ import annotations

import re
import unicodedata

from domain.errors import InvalidInput

# Line and paragraph separators (and NEL) are line breaks; other spaces are a space.
_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x85": "\n"})
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")
# Letters that show as nothing (Hangul fillers), dropped like the format characters.
_FILLERS = {"\u115f", "\u1160", "\u3164", "\uffa0"}
_ZWJ = "\u200d"

DESCRIPTION_MAX = 2000
SHORT_MAX = 100


def _emoji(ch: str) -> bool:
    return unicodedata.category(ch) in {"So", "Sk"} or ch == "\ufe0f"


def _visible(text: str) -> str:
    """Drop every control (Cc: C0, C1, DEL) but tab and newline, every format character (Cf:
    bidi marks, embeddings, overrides and isolates, zero-width spaces, soft hyphen, BOM, TAG
    characters) and lone surrogates; a zero-width joiner stays only between two emoji (👨‍👩‍👧)."""
    out: list[str] = []
    for i, ch in enumerate(text):
        category = unicodedata.category(ch)
        if category == "Cc" and ch not in "\n\t":
            continue
        joins_emoji = ch == _ZWJ and bool(out) and _emoji(out[-1]) and i + 1 < len(text) \
            and unicodedata.category(text[i + 1]) == "So"
        if category == "Cf" and not joins_emoji:
            continue
        if category == "Cs" or ch in _FILLERS:
            continue
        out.append(ch)
    return "".join(out)


def clean(text: str) -> str:
    """NFC-normalise, drop control and invisible characters, squeeze spaces and blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_BREAKS)
    text = unicodedata.normalize("NFC", _visible(text))
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
