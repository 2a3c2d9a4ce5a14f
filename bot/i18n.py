"""Fluent catalogs per locale; user text is escaped before it enters an HTML message, dates
are written as people say them and a Latin name is spaced from Chinese (../shared/VOICE.md)."""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.runtime.types import fluent_number
from fluent.syntax import ast
from fluent.syntax.visitor import Visitor

from domain.model import Locale
from domain.queue import link

LOCALES_DIR = Path(__file__).parent / "locales"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Safe:
    """Text that is already valid Telegram HTML (e.g. another rendered message)."""

    html: str


_WEEKDAY = "一二三四五六日"
_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")


def day_text(locale: Locale, day: date, weekday: bool = True) -> str:
    """A day as people say it: 12月1日（一）, 12月1日（周一）, Mon 1 Dec (never 2026-12-01)."""
    if locale is Locale.EN:
        text = f"{day.day} {_EN_MONTHS[day.month - 1]}"
        return f"{_EN_DAYS[day.weekday()]} {text}" if weekday else text
    text = f"{day.month}月{day.day}日"
    if not weekday:
        return text
    name = _WEEKDAY[day.weekday()]
    return f"{text}（{'周' + name if locale is Locale.ZH_HANS else name}）"


def moment_text(locale: Locale, at: datetime) -> str:
    """A moment in its own time zone: 12月1日（一）09:00, 12月1日（周一）09:00, Mon 1 Dec 09:00."""
    return f"{day_text(locale, at.date())} {at.strftime('%H:%M')}" if locale is Locale.EN \
        else f"{day_text(locale, at.date())}{at.strftime('%H:%M')}"


def span_text(locale: Locale, start: date, end: date) -> str:
    """Two days as one period: 12月1日至7日, 11月30日至12月6日, 1–7 Dec, 30 Nov – 6 Dec."""
    if locale is Locale.EN:
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{day_text(locale, end, weekday=False)}"
        return f"{day_text(locale, start, False)} – {day_text(locale, end, False)}"
    tail = f"{end.day}日" if (start.year, start.month) == (end.year, end.month) \
        else day_text(locale, end, weekday=False)
    return f"{day_text(locale, start, weekday=False)}至{tail}"


def _arg(value: Any, locale: Locale = Locale.ZH_HANT) -> Any:
    if isinstance(value, Safe):
        return value.html
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int) and not isinstance(value, bool):
        # Ids, years and counts are written plainly: a grouping comma would turn the link
        # /ticket_1234 into /ticket_1,234.
        return fluent_number(value, useGrouping=False)
    if isinstance(value, float):
        return value
    if isinstance(value, datetime):  # in the time zone it carries (the estate's)
        return moment_text(locale, value)
    if isinstance(value, date):
        return day_text(locale, value)
    if value is None:
        return ""
    return html.escape(str(value), quote=False)


_OPEN, _CLOSE = "\ue000", "\ue001"  # around a value while the message is formatted
_TAG = re.compile(r"<[^>]*>|[\ue000\ue001]")
_TAGS_AT_END = re.compile(r"(?:<[^>]*>)+$")
_TAGS_AT_START = re.compile(r"^(?:<[^>]*>)+")
_LATIN = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NO_SPACE_BEFORE = "座栋"  # A座: the block letter and 座 are one word


def _visible(text: str) -> str:
    return _TAG.sub("", text)


def _apart(left: str, right: str) -> bool:
    """Hong Kong print puts a space between Chinese and a Latin name: 單位 A-12B."""
    if not left or not right or right in _NO_SPACE_BEFORE:
        return False
    return bool((_CJK.match(left) and _LATIN.match(right))
                or (_LATIN.match(left) and _CJK.match(right)))


def _spaced(text: str) -> str:
    """Drops the markers around the values, with a space where a value written in Latin
    letters meets Chinese text (登記為 Harbour View 單位), outside any tag around the value;
    the catalog's own text and what people typed are left as they are."""
    if _OPEN not in text:
        return text
    pieces = re.split(f"([{_OPEN}{_CLOSE}])", text)
    out, last, pending = "", "", False
    for i, piece in enumerate(pieces):
        if piece in (_OPEN, _CLOSE):
            if _apart(last, _visible("".join(pieces[i + 1:]))[:1]):
                if piece == _OPEN:  # before the tags that open the value: 是 <b>Harbour View
                    head = _TAGS_AT_END.search(out)
                    cut = head.start() if head else len(out)
                    out, last = f"{out[:cut]} {out[cut:]}", " "
                else:  # after the tags that close it: Harbour View</b> 的
                    pending = True
            continue
        if pending:
            lead = _TAGS_AT_START.match(piece)
            cut = lead.end() if lead else 0
            piece, pending = f"{piece[:cut]} {piece[cut:]}", False
        out += piece
        last = _visible(piece)[-1:] or last
    return out


class _Selectors(Visitor):
    """The variables a message chooses a variant by (`{ $day -> ... }`): their values must
    reach Fluent as they are, without the spacing markers."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:  # noqa: N802
        if isinstance(node.selector, ast.VariableReference):
            self.names.add(node.selector.id.name)
        self.generic_visit(node)


class Translator:
    """Renders message ids in a locale; falls back to zh-Hant, then to the id itself."""

    def __init__(self, root: Path = LOCALES_DIR) -> None:
        self.bundles: dict[Locale, FluentBundle] = {}
        self.ids: dict[Locale, set[str]] = {}
        self.selectors: dict[str, set[str]] = {}
        for locale in Locale:
            bundle = FluentBundle([locale.value], use_isolating=False)
            ids: set[str] = set()
            for path in sorted((root / locale.value).glob("*.ftl")):
                resource = FluentResource(path.read_text(encoding="utf-8"))
                bundle.add_resource(resource)
                for entry in resource.body:
                    if isinstance(entry, ast.Message):
                        found = _Selectors()
                        found.visit(entry)
                        if found.names:
                            self.selectors.setdefault(entry.id.name, set()).update(found.names)
                ids.update(getattr(entry.id, "name", "") for entry in resource.body
                           if hasattr(entry, "id"))
            self.bundles[locale] = bundle
            self.ids[locale] = {i for i in ids if i}

    def has(self, key: str, locale: Locale = Locale.ZH_HANT) -> bool:
        return self.bundles[locale].has_message(key)

    def named(self, locale: Locale, prefix: str, value: str) -> str:
        """The name of a choice (`time-morning` → 上午), or the value itself when it is a
        person's own words (a preferred time typed in): never looked up as a message id, so
        it is never logged as a missing one."""
        key = f"{prefix}-{value}"
        return self(locale, key) if self.has(key, locale) else value

    def __call__(self, locale: Locale, key: str, **args: Any) -> str:
        if isinstance(args.get("field"), str) and self.bundles[locale].has_message(
                f"field-{args['field']}"):
            # Domain errors name the field by id; show its name in the person's language.
            args["field"] = Safe(self(locale, f"field-{args['field']}"))
        if isinstance(args.get("number"), str) and "link" not in args:
            # Alerts link a ticket by its number (`/t_R2026000123`), never by an internal id.
            args["link"] = link(args["number"])
        for candidate in (locale, Locale.ZH_HANT):
            bundle = self.bundles[candidate]
            if bundle.has_message(key):
                message = bundle.get_message(key)
                if message.value is None:
                    break
                text, errors = bundle.format_pattern(message.value, self._values(
                    candidate, args, self.selectors.get(key, set())))
                if errors:
                    log.warning("message %s/%s: %d formatting error(s)", candidate, key,
                                len(errors))
                return _spaced(str(text))
        log.warning("missing message id %s", key)
        return key

    @staticmethod
    def _values(locale: Locale, args: dict[str, Any], selectors: set[str]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, value in args.items():
            if isinstance(value, list | tuple):  # a list of plain names, as the locale writes one
                value = (", " if locale is Locale.EN else "、").join(
                    str(_arg(v, locale)) for v in value)
                values[name] = f"{_OPEN}{value}{_CLOSE}" if value else value
                continue
            out = _arg(value, locale)
            values[name] = f"{_OPEN}{out}{_CLOSE}" if isinstance(out, str) and out \
                and not isinstance(value, Safe) and name not in selectors else out
        return values


def trade_of(tr: Translator, locale: Locale, trade: str | None) -> str:
    """The trade after a role or group name: 維修技工（水喉）, crew (plumbing); "" for none."""
    if not trade:
        return ""
    return tr(locale, "trade-of", trade=Safe(tr(locale, f"trade-{trade}")))
