"""Saying that a report goes out late (it fell due while the bot was down)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.i18n import Translator, moment_text
from domain.model import Locale


def spoken(locale: Locale, at: datetime, tz: str) -> str:
    """A moment as people say it: 12月1日（一）09:00, 12月1日（周一）09:00, Mon 1 Dec 09:00."""
    return moment_text(locale, at.astimezone(ZoneInfo(tz)))


def late_line(tr: Translator, locale: Locale, due: datetime | None, tz: str) -> str | None:
    """The line a late report starts with; None when it is on time."""
    if due is None:
        return None
    return tr(locale, "report-late", due=spoken(locale, due, tz))
