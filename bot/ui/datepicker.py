"""A small month-grid date picker as an inline keyboard (a pure function of the month, the
allowed range and the language); days outside the range and the cells before the first and after
the last day of the month show as a dot and do nothing (no button is ever blank)."""

from __future__ import annotations

import calendar
from datetime import date

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Translator
from bot.ui.keyboards import button
from conversations.renovation.callbacks import DateCb
from domain.model import Locale

NOOP = DateCb(op="noop").pack()


def month_of(value: str) -> date | None:
    """`2026-12` from a navigation button, as the first day of that month."""
    try:
        year, month = (int(p) for p in value.split("-"))
        return date(year, month, 1)
    except ValueError:
        return None


def _shift(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def picker(month: date, earliest: date, latest: date, tr: Translator, locale: Locale,
           chosen: date | None = None) -> InlineKeyboardMarkup:
    """The month of `month`: ‹ title ›, the weekday names, then the days (Monday first)."""
    first = date(month.year, month.month, 1)
    lo, hi = date(earliest.year, earliest.month, 1), date(latest.year, latest.month, 1)
    first = min(max(first, lo), hi)
    prev_month, next_month = _shift(first, -1), _shift(first, 1)
    title = tr(locale, "dp-title", year=str(first.year), month=first.month)
    rows: list[list[InlineKeyboardButton]] = [[
        button("‹", DateCb(op="nav", value=f"{prev_month:%Y-%m}").pack() if prev_month >= lo
               else NOOP),
        button(title, NOOP),
        button("›", DateCb(op="nav", value=f"{next_month:%Y-%m}").pack() if next_month <= hi
               else NOOP),
    ]]
    rows.append([button(name, NOOP) for name in tr(locale, "dp-weekdays").split()])
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month):
        row = []
        for day in week:
            if day.month != first.month:
                row.append(button("·", NOOP))  # never blank: Telegram refuses empty labels
            elif earliest <= day <= latest:
                label = f"[{day.day}]" if day == chosen else str(day.day)
                row.append(button(label, DateCb(op="day", value=day.isoformat()).pack()))
            else:
                row.append(button("·", NOOP))
        rows.append(row)
    return InlineKeyboardMarkup(inline_keyboard=rows)
