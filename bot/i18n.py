"""Fluent catalogs per locale; user text is escaped before it enters an HTML message."""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.runtime.types import fluent_number

from domain.model import Locale

LOCALES_DIR = Path(__file__).parent / "locales"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Safe:
    """Text that is already valid Telegram HTML (e.g. another rendered message)."""

    html: str


def _arg(value: Any) -> Any:
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
    if isinstance(value, datetime | date):
        return value.isoformat()
    if value is None:
        return ""
    return html.escape(str(value), quote=False)


class Translator:
    """Renders message ids in a locale; falls back to zh-Hant, then to the id itself."""

    def __init__(self, root: Path = LOCALES_DIR) -> None:
        self.bundles: dict[Locale, FluentBundle] = {}
        self.ids: dict[Locale, set[str]] = {}
        for locale in Locale:
            bundle = FluentBundle([locale.value], use_isolating=False)
            ids: set[str] = set()
            for path in sorted((root / locale.value).glob("*.ftl")):
                resource = FluentResource(path.read_text(encoding="utf-8"))
                bundle.add_resource(resource)
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
        for name, value in args.items():
            if isinstance(value, list | tuple):  # a list of plain names, as the locale writes one
                args[name] = (", " if locale is Locale.EN else "、").join(map(str, value))
        for candidate in (locale, Locale.ZH_HANT):
            bundle = self.bundles[candidate]
            if bundle.has_message(key):
                message = bundle.get_message(key)
                if message.value is None:
                    break
                text, errors = bundle.format_pattern(message.value,
                                                     {k: _arg(v) for k, v in args.items()})
                if errors:
                    log.warning("message %s/%s: %d formatting error(s)", candidate, key,
                                len(errors))
                return str(text)
        log.warning("missing message id %s", key)
        return key
