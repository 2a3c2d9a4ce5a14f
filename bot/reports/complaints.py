"""The weekly complaint statistics as chat messages: text, and a bar chart image."""

from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.filestore import save_generated
from bot.i18n import Translator, span_text
from bot.notices.cards import when
from bot.notices.late import late_line
from bot.reports.charts import bar_chart
from bot.reports.survey.report import _PYPLOT as PYPLOT_LOCK
from bot.runtime.postman import Postman
from domain.complaints.handling import ComplaintPolicy
from domain.complaints.stats import WeeklyStats
from domain.model import Estate, Locale
from domain.queue import link

log = logging.getLogger(__name__)
OVERDUE_SHOWN = 20


def _day(stats: WeeklyStats, tz: str, last: bool = False) -> date:
    at = stats.end - timedelta(days=1) if last else stats.start
    return at.astimezone(ZoneInfo(tz)).date()


def week_label(tr: Translator, locale: Locale, stats: WeeklyStats, tz: str) -> str:
    """第48週（11月23日至29日）, week 48 (23–29 Nov): never the ISO 2026-W48."""
    return tr(locale, "week-label", week=int(stats.label.rpartition("W")[2]),
              span=span_text(locale, _day(stats, tz), _day(stats, tz, last=True)))


def week_text(tr: Translator, locale: Locale, stats: WeeklyStats, estate: Estate,
              late_since: datetime | None = None) -> str:
    """Counts by category and status, the 72-hour record per reply cycle, what is overdue,
    the ratings; first a line saying so when the report goes out late."""
    tz = estate.tz
    hours = ComplaintPolicy.of(estate).reply_hours
    late = late_line(tr, locale, late_since, tz)
    lines = [late] if late else []
    lines += [tr(locale, "complaint-week-title", week=week_label(tr, locale, stats, tz),
                estate=estate.name),
             tr(locale, "complaint-week-period", at=when(stats.at, tz)),
             tr(locale, "complaint-week-received", count=stats.received)]
    shown = [(c, n) for c, n in stats.by_category if n]
    if shown:
        lines.append(tr(locale, "complaint-week-by-category"))
        lines += [tr(locale, "complaint-week-line", name=tr(locale, f"complaint-cat-{c}"),
                     count=n) for c, n in shown]
    if stats.by_status:
        lines.append(tr(locale, "complaint-week-by-status"))
        lines += [tr(locale, "complaint-week-line", name=tr(locale, f"status-{s}"), count=n)
                  for s, n in stats.by_status]
    pct = stats.replied_pct
    if pct is None:
        lines.append(tr(locale, "complaint-week-replied-cycles-none", hours=hours,
                        pending=stats.reply_pending))
    else:
        lines.append(tr(locale, "complaint-week-replied-cycles", hours=hours, pct=f"{pct:g}",
                        ok=stats.replied_in_time, decided=stats.reply_decided,
                        pending=stats.reply_pending))
    if stats.overdue:
        lines.append(tr(locale, "complaint-week-overdue", count=len(stats.overdue)))
        lines += [tr(locale, "complaint-week-overdue-cycle-line" if o.cycle > 1
                     else "complaint-week-overdue-line", number=o.number, id=link(o.number),
                     category=tr(locale, f"complaint-cat-{o.category}"), due=when(o.due, tz),
                     cycle=o.cycle)
                  for o in stats.overdue[:OVERDUE_SHOWN]]
    else:
        lines.append(tr(locale, "complaint-week-overdue-none"))
    lines.append(tr(locale, "complaint-week-closed", count=stats.closed))
    if stats.rating_avg is None:
        lines.append(tr(locale, "complaint-week-rating-none"))
    else:
        lines.append(tr(locale, "complaint-week-rating", avg=f"{stats.rating_avg:g}",
                        count=stats.rating_count))
    return "\n".join(lines)


def week_chart(tr: Translator, locale: Locale, stats: WeeklyStats, tz: str) -> bytes:
    """Complaints received by category (the categories that had any: empty bars are left out
    on a phone)."""
    return bar_chart(tr(locale, "complaint-week-chart-title",
                        week=week_label(tr, locale, stats, tz)),
                     [tr(locale, f"complaint-cat-{c}") for c, _ in stats.by_category],
                     [float(n) for _, n in stats.by_category],
                     ylabel=tr(locale, "complaint-week-chart-y"), counts=True)


async def post_week(post: Postman, tr: Translator, locale: Locale, chat_id: int,
                    stats: WeeklyStats, estate: Estate, files_root: str,
                    late_since: datetime | None = None) -> None:
    """The text now; the chart is drawn after the transaction commits (drawing takes about a
    second, and the write lock must not wait for it), then queued in a short transaction of
    its own and uploaded from the file store by the outbox sender."""
    await post.send(chat_id, week_text(tr, locale, stats, estate, late_since))

    async def chart() -> None:
        try:
            data = await asyncio.to_thread(_draw, tr, locale, stats, estate.tz)
            path = save_generated(files_root, data, ".png")
        except Exception as exc:  # the numbers still go out when the chart cannot be drawn
            log.warning("weekly complaint chart not drawn (%s)", type(exc).__name__)
            return
        await post.photo(chat_id, "", path=path, caption=tr(
            locale, "complaint-week-chart-caption", week=week_label(tr, locale, stats, estate.tz),
            estate=estate.name))

    post.uow.after_commit(chart)


def _draw(tr: Translator, locale: Locale, stats: WeeklyStats, tz: str) -> bytes:
    with PYPLOT_LOCK:  # pyplot is not thread-safe; the survey charts share the lock
        return week_chart(tr, locale, stats, tz)
