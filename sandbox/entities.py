"""Telegram's HTML subset: a strict parser producing plain text and MessageEntity dicts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sandbox.util import bad_request, utf16_len

SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
}
OTHER_TAGS = {"span", "a", "code", "pre", "blockquote", "tg-emoji"}
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}

_TAG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_ATTR_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")
_BARE_VALUE = re.compile(r"[^\s>\"']+")
_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])")


def _fail(reason: str) -> Exception:
    return bad_request(f"can't parse entities: {reason}")


@dataclass
class _Open:
    name: str
    offset: int
    attrs: dict[str, str]
    index: int
    entity: dict[str, Any] | None = None
    children: list[str] = field(default_factory=list)


class _HtmlParser:
    """One-shot parser; call run()."""

    def __init__(self, source: str) -> None:
        self.src = source
        self.pos = 0
        self.out: list[str] = []
        self.offset = 0
        self.stack: list[_Open] = []
        self.done: list[tuple[int, int, int, dict[str, Any]]] = []
        self.opened = 0

    def byte_offset(self, pos: int) -> int:
        """UTF-8 byte offset of a source position (Telegram reports these)."""
        return len(self.src[:pos].encode("utf-8"))

    def emit(self, text: str) -> None:
        """Append plain text."""
        if text:
            self.out.append(text)
            self.offset += utf16_len(text)

    def run(self) -> tuple[str, list[dict[str, Any]]]:
        """Parse the whole source."""
        src = self.src
        n = len(src)
        while self.pos < n:
            nxt = min(
                (p for p in (src.find("<", self.pos), src.find("&", self.pos)) if p != -1),
                default=n,
            )
            self.emit(src[self.pos : nxt])
            self.pos = nxt
            if nxt >= n:
                break
            if src[nxt] == "&":
                self.entity()
            elif src.startswith("</", nxt):
                self.end_tag()
            else:
                self.start_tag()
        if self.stack:
            raise _fail(f'Can\'t find end tag corresponding to start tag "{self.stack[-1].name}"')
        self.done.sort(key=lambda d: (d[0], -d[1], d[2]))
        return "".join(self.out), [d[3] for d in self.done]

    def entity(self) -> None:
        """Decode one character entity at pos."""
        m = _ENTITY.match(self.src, self.pos)
        if m is None:
            raise _fail(f"Character entity expected at byte offset {self.byte_offset(self.pos)}")
        body = m.group(1)
        if body.startswith("#"):
            code = int(body[2:], 16) if body[1:2] in ("x", "X") else int(body[1:])
            if code <= 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                raise _fail(f"Invalid character entity at byte offset {self.byte_offset(self.pos)}")
            self.emit(chr(code))
        else:
            name = body.lower()
            if name not in NAMED_ENTITIES:
                where = self.byte_offset(self.pos)
                raise _fail(f'Unsupported HTML entity "&{body};" at byte offset {where}')
            self.emit(NAMED_ENTITIES[name])
        self.pos = m.end()

    def start_tag(self) -> None:
        """Parse <name attrs> at pos."""
        start = self.pos
        m = _TAG_NAME.match(self.src, start + 1)
        if m is None:
            raise _fail(f'Unsupported start tag "" at byte offset {self.byte_offset(start)}')
        name = m.group(0).lower()
        if name not in SIMPLE_TAGS and name not in OTHER_TAGS:
            raise _fail(f'Unsupported start tag "{name}" at byte offset {self.byte_offset(start)}')
        self.pos = m.end()
        attrs = self.attributes(start)
        entity = self.entity_for(name, attrs, start)
        self.stack.append(_Open(name, self.offset, attrs, self.opened, entity))
        self.opened += 1

    def attributes(self, start: int) -> dict[str, str]:
        """Parse attributes up to and including '>'."""
        src = self.src
        attrs: dict[str, str] = {}
        while True:
            while self.pos < len(src) and src[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos >= len(src):
                raise _fail(f"Unclosed start tag at byte offset {self.byte_offset(start)}")
            if src[self.pos] == ">":
                self.pos += 1
                return attrs
            m = _ATTR_NAME.match(src, self.pos)
            if m is None:
                raise _fail(
                    f"Expected equal sign in declaration of an attribute of the start tag "
                    f"at byte offset {self.byte_offset(start)}"
                )
            key = m.group(0).lower()
            self.pos = m.end()
            value = ""
            if self.pos < len(src) and src[self.pos] == "=":
                self.pos += 1
                value = self.attr_value(start)
            attrs[key] = value

    def attr_value(self, start: int) -> str:
        """Parse a quoted or bare attribute value."""
        src = self.src
        if self.pos < len(src) and src[self.pos] in "\"'":
            quote = src[self.pos]
            end = src.find(quote, self.pos + 1)
            if end == -1:
                raise _fail(f"Unclosed start tag at byte offset {self.byte_offset(start)}")
            raw = src[self.pos + 1 : end]
            self.pos = end + 1
        else:
            m = _BARE_VALUE.match(src, self.pos)
            if m is None:
                raise _fail(f"Unclosed start tag at byte offset {self.byte_offset(start)}")
            raw = m.group(0)
            self.pos = m.end()
        return decode_entities(raw)

    def entity_for(self, name: str, attrs: dict[str, str], start: int) -> dict[str, Any] | None:
        """The entity a start tag opens (None for tags that produce none)."""
        if name in SIMPLE_TAGS:
            return {"type": SIMPLE_TAGS[name]}
        if name == "span":
            if attrs.get("class") != "tg-spoiler":
                where = self.byte_offset(start)
                raise _fail(f'Unsupported start tag "span" at byte offset {where}')
            return {"type": "spoiler"}
        if name == "a":
            href = attrs.get("href", "").strip()
            return {"type": "text_link", "url": href} if href else None
        if name == "pre":
            return {"type": "pre"}
        if name == "code":
            parent = self.stack[-1] if self.stack else None
            if parent is not None and parent.name == "pre" and parent.entity is not None:
                cls = attrs.get("class", "")
                if cls.startswith("language-") and len(cls) > len("language-"):
                    parent.entity["language"] = cls[len("language-") :]
                return None
            return {"type": "code"}
        if name == "blockquote":
            kind = "expandable_blockquote" if "expandable" in attrs else "blockquote"
            return {"type": kind}
        emoji_id = attrs.get("emoji-id", "")
        if not emoji_id:
            where = self.byte_offset(start)
            raise _fail(f"Custom emoji entity must have an emoji-id at byte offset {where}")
        return {"type": "custom_emoji", "custom_emoji_id": emoji_id}

    def end_tag(self) -> None:
        """Parse </name> at pos and close the matching entity."""
        start = self.pos
        m = _TAG_NAME.match(self.src, start + 2)
        end = self.src.find(">", start)
        if m is None or end == -1 or self.src[m.end() : end].strip():
            raise _fail(f"Unclosed end tag at byte offset {self.byte_offset(start)}")
        name = m.group(0).lower()
        if not self.stack:
            raise _fail(f'Unexpected end tag "{name}" at byte offset {self.byte_offset(start)}')
        top = self.stack[-1]
        if top.name != name:
            raise _fail(
                f'Unmatched end tag at byte offset {self.byte_offset(start)}, '
                f'expected "</{top.name}>", found "</{name}>"'
            )
        self.stack.pop()
        self.pos = end + 1
        length = self.offset - top.offset
        if top.entity is not None and length > 0:
            ent = {"type": top.entity["type"], "offset": top.offset, "length": length}
            ent.update({k: v for k, v in top.entity.items() if k != "type"})
            self.done.append((top.offset, length, top.index, ent))


def parse_html(source: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram HTML into (plain text, entities with UTF-16 offsets)."""
    return _HtmlParser(source).run()


def decode_entities(raw: str) -> str:
    """Decode character entities inside an attribute value (lenient)."""

    def repl(m: re.Match[str]) -> str:
        body = m.group(1)
        if body.startswith("#"):
            try:
                code = int(body[2:], 16) if body[1:2] in ("x", "X") else int(body[1:])
                return chr(code)
            except ValueError:
                return m.group(0)
        return NAMED_ENTITIES.get(body.lower(), m.group(0))

    return _ENTITY.sub(repl, raw)


def command_entities(text: str) -> list[dict[str, Any]]:
    """bot_command entity for a text that starts with /command[@username]."""
    m = _COMMAND.match(text)
    if m is None:
        return []
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(m.group(0))}]


def check_entities(text: str, entities: Any) -> list[dict[str, Any]]:
    """Validate an explicit entities list against the text."""
    if not isinstance(entities, list):
        raise bad_request("can't parse entities JSON object")
    size = utf16_len(text)
    result: list[dict[str, Any]] = []
    for ent in entities:
        if not isinstance(ent, dict) or not isinstance(ent.get("type"), str):
            raise bad_request("can't parse MessageEntity JSON object")
        offset, length = ent.get("offset"), ent.get("length")
        if not isinstance(offset, int) or not isinstance(length, int):
            raise bad_request("can't parse MessageEntity JSON object")
        if offset < 0 or length <= 0 or offset + length > size:
            continue
        result.append(dict(ent))
    return result


def slice_utf16(text: str, offset: int, length: int) -> str:
    """The substring at a UTF-16 offset/length."""
    raw = text.encode("utf-16-le")
    return raw[offset * 2 : (offset + length) * 2].decode("utf-16-le", errors="replace")
