"""Saying that a report goes out late (it fell due while the bot was down)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.i18n import Translator
from domain.model import Locale

_WEEKDAY = {Locale.ZH_HANT: "一二三四五六日", Locale.ZH_HANS: "一二三四五六日"}
_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")


def spoken(locale: Locale, at: datetime, tz: str) -> str:
    """A moment as people say it: 12月1日（一）09:00, 12月1日（周一）09:00, Mon 1 Dec 09:00."""
    local = at.astimezone(ZoneInfo(tz))
    clock = local.strftime("%H:%M")
    if locale is Locale.EN:
        return f"{_EN_DAYS[local.weekday()]} {local.day} {_EN_MONTHS[local.month - 1]} {clock}"
    day = _WEEKDAY[locale][local.weekday()]
    if locale is Locale.ZH_HANS:
        day = f"周{day}"
    return f"{local.month}月{local.day}日（{day}）{clock}"


def late_line(tr: Translator, locale: Locale, due: datetime | None, tz: str) -> str | None:
    """The line a late report starts with; None when it is on time."""
    if due is None:
        return None
    return tr(locale, "report-late", due=spoken(locale, due, tz))
