"""Telegram limits on what we send: 4096 characters of text, 1024 of caption."""

from __future__ import annotations

import html
import re

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
_TAG = re.compile(r"<[^>]+>")


def visible_length(text_html: str) -> int:
    """Characters Telegram counts after parsing entities (UTF-16 code units)."""
    plain = html.unescape(_TAG.sub("", text_html))
    return len(plain.encode("utf-16-le")) // 2


def _cut(plain: str, units: int) -> tuple[str, str]:
    """Split plain text after at most `units` UTF-16 code units."""
    used = 0
    for i, ch in enumerate(plain):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > units:
            return plain[:i], plain[i:]
    return plain, ""


def split_html(text_html: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Split a message into parts under the limit, at line breaks, never inside a tag."""
    if visible_length(text_html) <= limit:
        return [text_html]
    parts: list[str] = []
    current = ""
    for line in text_html.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if visible_length(candidate) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
        while visible_length(line) > limit:
            # A single enormous line: cut on plain text (user text is escaped, tags are ours).
            plain = html.unescape(_TAG.sub("", line))
            head, line = _cut(plain, limit - 1)
            parts.append(html.escape(head, quote=False))
            line = html.escape(line, quote=False)
        current = line
    if current:
        parts.append(current)
    return parts


def clip(text_html: str, limit: int) -> str:
    """Cut to the limit (for captions and button-less previews), marking the cut."""
    if visible_length(text_html) <= limit:
        return text_html
    plain = html.unescape(_TAG.sub("", text_html))
    return html.escape(_cut(plain, limit - 1)[0], quote=False) + "…"
