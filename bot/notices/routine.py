"""The routine's messages: each staff group's daily list at opening, the weekly deck."""

from __future__ import annotations

from typing import Any

from aiogram.types import InlineKeyboardMarkup

from bot.i18n import Translator, day_text
from bot.notices.base import Notices
from bot.notices.cards import when
from bot.reports.weekly import post_deck
from bot.ui.callbacks import DailyCb
from bot.ui.keyboards import button
from domain.model import GroupPurpose, Locale
from domain.queue import link
from domain.routine import events as rev
from domain.routine.figures import DailyList, Item

SHOWN = 12  # lines per section; the queue has the rest


def _line(tr: Translator, locale: Locale, item: Item, tz: str) -> str:
    what = tr(locale, f"daily-kind-{item.kind}")
    if item.link is None:
        return tr(locale, "daily-item-plain", what=what, number=item.number,
                  at=when(item.due, tz))
    if item.due is None:
        return tr(locale, "daily-item-nodue", what=what, number=item.number,
                  link=link(item.link))
    return tr(locale, "daily-item", what=what, number=item.number, link=link(item.link),
              due=when(item.due, tz))


def daily_text(tr: Translator, locale: Locale, daily: DailyList, tz: str) -> str:
    """The group's day: a title, then each section that has something, in the order the
    day is worked (callbacks, what is late, the day's appointments, complaints, jobs)."""
    group = tr(locale, f"daily-group-{daily.purpose.value}",
               trade=tr(locale, f"trade-{daily.trade.value}") if daily.trade else "")
    lines = [tr(locale, "daily-title", group=group, day=day_text(locale, daily.day))]
    if daily.empty:
        lines.append(tr(locale, "daily-empty"))
    sections: list[tuple[str, tuple[Item, ...]]] = [
        ("daily-callbacks", daily.callbacks), ("daily-overdue", daily.overdue),
        ("daily-today", daily.today), ("daily-complaints", daily.complaints),
        ("daily-jobs", daily.jobs)]
    for key, items in sections:
        if not items:
            continue
        lines += ["", tr(locale, key, count=len(items))]
        lines += [_line(tr, locale, i, tz) for i in items[:SHOWN]]
        if len(items) > SHOWN:
            lines.append(tr(locale, "daily-more", count=len(items) - SHOWN))
    return "\n".join(lines)


def daily_keyboard(tr: Translator, locale: Locale, daily: DailyList) -> InlineKeyboardMarkup:
    row = [button(tr(locale, "daily-btn-queue"), DailyCb(f="all").pack())]
    if daily.overdue:
        row.append(button(tr(locale, "daily-btn-overdue"), DailyCb(f="overdue").pack()))
    return InlineKeyboardMarkup(inline_keyboard=[row])


async def on_daily(n: Notices, e: rev.DailyListDue) -> None:
    group = await n.uow.groups.get(e.chat_id)
    estate = await n.uow.estates.get(e.daily.estate_id)
    if group is None or estate is None:
        return
    locale = await n.post.group_locale(group)
    await n.post.send(group.chat_id, daily_text(n.tr, locale, e.daily, estate.tz),
                      markup=daily_keyboard(n.tr, locale, e.daily))


async def on_deck(n: Notices, e: rev.WeeklyDeckDue) -> None:
    """Monday at opening: last week's deck in the managers group."""
    found = await n.group(e.estate_id, GroupPurpose.MANAGERS)
    estate = await n.uow.estates.get(e.estate_id)
    if found is None or estate is None:
        return
    group, locale = found
    await post_deck(n.post, n.tr, locale, group.chat_id, e.figures, estate,
                    n.settings.files.root, late_since=e.late_since)


RENDERERS: dict[type, Any] = {rev.DailyListDue: on_daily, rev.WeeklyDeckDue: on_deck}
