"""The weekly status deck (PPTX, python-pptx) with native charts, and the same charts as PNG
images for the chat (one album), for the managers.

Slides: title, complaints, repairs, callbacks, renovation, open risks. Charts only where the
week has something to show; counts on whole-number axes; bars lie down where labels are long.
"""

from __future__ import annotations

import asyncio
import html
import io
import logging
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.filestore import save_generated
from bot.i18n import Translator, moment_text, span_text
from bot.reports.charts import bar_chart, horizontal, non_empty
from bot.reports.survey.report import _PYPLOT as PYPLOT_LOCK
from bot.runtime.postman import Postman
from domain.complaints.handling import ComplaintPolicy
from domain.model import Estate, Locale
from domain.renovation.model import RenovationPolicy
from domain.routine.figures import Item, WeekFigures

log = logging.getLogger(__name__)
RISKS_SHOWN = 15  # lines on the risks slide; the rest is counted
RISK_KINDS = ("accept", "complete", "rework", "callback", "reply", "review", "notice")
TRADES = ("plumbing", "electrical", "safety", "locks", "lift", "general")


@dataclass(frozen=True)
class Bars:
    """One chart: categories, one or more series of counts."""

    title: str
    labels: list[str]
    series: dict[str, list[int]]


@dataclass(frozen=True)
class Slide:
    title: str
    lines: list[str]
    chart: Bars | None = None


class Words:
    """The catalogs' words as plain text (the deck is not HTML)."""

    def __init__(self, tr: Translator, locale: Locale) -> None:
        self.tr, self.locale = tr, locale

    def __call__(self, key: str, **args: Any) -> str:
        return html.unescape(self.tr(self.locale, key, **args))


def when(at: Any, tz: str) -> Any:
    """A moment in the estate's time (the translator writes it as people say it)."""
    return at.astimezone(ZoneInfo(tz)) if at is not None else "—"


def late_line(tr: Translator, locale: Locale, due: Any, tz: str) -> str | None:
    """The line a late deck starts with (as bot.notices.late says it); None when on time."""
    if due is None:
        return None
    return tr(locale, "report-late", due=moment_text(locale, due.astimezone(ZoneInfo(tz))))


def _day(at: Any, tz: str) -> date:
    return at.astimezone(ZoneInfo(tz)).date()  # type: ignore[no-any-return]


def week_label(w: Words, f: WeekFigures, tz: str) -> str:
    """第48週（11月23日至29日）, week 48 (23–29 Nov)."""
    return w("week-label", week=int(f.label.rpartition("W")[2]),
             span=span_text(w.locale, _day(f.start, tz), _day(f.end - timedelta(days=1), tz)))


def _pct(w: Words, key: str, pct: float | None, ok: int, n: int, **args: Any) -> str:
    if pct is None:
        return w(f"{key}-none", **args)
    return w(key, pct=f"{pct:g}", ok=ok, n=n, **args)


def _bars(title: str, labels: list[str], series: dict[str, list[int]]) -> Bars | None:
    """A chart with its empty categories left out; None when nothing is left."""
    labels, series = non_empty(labels, series)
    return Bars(title, labels, series) if labels else None


def risk_line(w: Words, item: Item, tz: str) -> str:
    return w("report-risk-line", kind=w(f"report-risk-{item.kind}"), number=item.number,
             due=when(item.due, tz))


def slides(tr: Translator, locale: Locale, f: WeekFigures, estate: Estate,
           late_since: Any = None) -> list[Slide]:
    """The deck's slides as words and counts (what the PPTX and the chat's charts show)."""
    w = Words(tr, locale)
    tz = estate.tz
    week = week_label(w, f, tz)
    count = w("report-axis-count")
    title = [w("report-deck-week", week=week), w("report-deck-at", at=when(f.at, tz))]
    late = late_line(tr, locale, late_since, tz)
    if late:
        title.insert(0, html.unescape(late))
    c = f.complaints
    hours = ComplaintPolicy.of(estate).reply_hours
    complaints = Slide(w("report-slide-complaints"), [
        w("report-complaints-received", count=c.received),
        _pct(w, "report-complaints-replied", c.replied_pct, c.replied_in_time, c.reply_decided,
             hours=hours, pending=c.reply_pending),
        w("report-complaints-overdue", count=len(c.overdue)),
        w("report-complaints-closed", count=c.closed)],
        _bars(w("report-chart-complaints"), [w(f"complaint-cat-{k}") for k, _ in c.by_category],
              {count: [n for _, n in c.by_category]}))
    r = f.repairs
    trades = [w(f"trade-{t}") if t else w("report-trade-none") for t, _, _ in r.by_trade]
    repairs = Slide(w("report-slide-repairs"), [
        w("report-repairs-opened", count=r.opened), w("report-repairs-done", count=r.done),
        _pct(w, "report-repairs-in-time", r.in_time_pct, r.done_in_time, r.done)],
        _bars(w("report-chart-repairs"), trades,
              {w("report-series-opened"): [o for _, o, _ in r.by_trade],
               w("report-series-done"): [d for _, _, d in r.by_trade]}))
    cb = f.callbacks
    callbacks = Slide(w("report-slide-callbacks"), [
        w("report-callbacks-due", count=cb.due), w("report-callbacks-done", count=cb.done),
        _pct(w, "report-callbacks-on-time", cb.on_time_pct, cb.on_time, cb.done)],
        _bars(w("report-chart-callbacks"),
              [w("report-bar-due"), w("report-bar-done"), w("report-bar-on-time")],
              {count: [cb.due, cb.done, cb.on_time]}))
    rn = f.renovation
    days = RenovationPolicy.of(estate).review_days
    renovation = Slide(w("report-slide-renovation"), [
        w("report-reno-applications", count=rn.applications),
        w("report-reno-reviewed", count=rn.reviewed),
        _pct(w, "report-reno-in-time", rn.in_time_pct, rn.reviewed_in_time, rn.reviewed,
             days=days),
        w("report-reno-notices", count=rn.open_notices, overdue=rn.overdue_notices)],
        _bars(w("report-chart-renovation"),
              [w("report-bar-applications"), w("report-bar-reviewed"),
               w("report-bar-in-time", days=days), w("report-bar-notices")],
              {count: [rn.applications, rn.reviewed, rn.reviewed_in_time, rn.open_notices]}))
    risks = list(f.risks)
    lines = [w("report-risks-count", count=len(risks)) if risks else w("report-risks-none")]
    lines += [risk_line(w, i, tz) for i in risks[:RISKS_SHOWN]]
    if len(risks) > RISKS_SHOWN:
        lines.append(w("report-risks-more", count=len(risks) - RISKS_SHOWN))
    by_kind = [sum(1 for i in risks if i.kind == k) for k in RISK_KINDS]
    open_risks = Slide(w("report-slide-risks"), lines,
                       _bars(w("report-chart-risks"), [w(f"report-risk-{k}") for k in RISK_KINDS],
                             {count: by_kind}))
    return [Slide(w("report-deck-title", estate=html.unescape(estate.name)), title),
            complaints, repairs, callbacks, renovation, open_risks]


# ---------------------------------------------------------------- the PPTX


def _axis_step(top: int) -> int:
    """A whole-number step giving at most about 8 gridlines."""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if top / step <= 8:
            return step
    return max(1, top // 8)


def _chart(slide: Any, bars: Bars, x: int, y: int, cx: int, cy: int) -> None:
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
    from pptx.util import Pt

    data = CategoryChartData(number_format="0")  # type: ignore[no-untyped-call]
    data.categories = bars.labels
    for name, values in bars.series.items():
        data.add_series(name, values)  # type: ignore[no-untyped-call]
    lying = horizontal(bars.labels)
    kind = XL_CHART_TYPE.BAR_CLUSTERED if lying else XL_CHART_TYPE.COLUMN_CLUSTERED
    chart = slide.shapes.add_chart(kind, x, y, cx, cy, data).chart
    chart.has_title = True
    chart.chart_title.text_frame.text = bars.title
    chart.chart_title.text_frame.paragraphs[0].font.size = Pt(16)
    axis = chart.value_axis
    axis.minimum_scale = 0
    axis.major_unit = _axis_step(max(max(v) for v in bars.series.values()))
    axis.tick_labels.number_format = "0"
    axis.tick_labels.number_format_is_linked = False
    axis.has_major_gridlines = True
    if lying:  # read from the top, as the list is
        chart.category_axis.reverse_order = True
    chart.category_axis.tick_labels.font.size = Pt(14)
    plot = chart.plots[0]
    plot.has_data_labels = True
    plot.data_labels.number_format = "0"
    plot.data_labels.number_format_is_linked = False
    plot.data_labels.font.size = Pt(12)
    chart.has_legend = len(bars.series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False


def deck(parts: list[Slide]) -> bytes:
    """The slides as a 16:9 PowerPoint file: a title, its lines, and its chart beside them."""
    from pptx import Presentation
    from pptx.util import Emu, Pt

    prs = Presentation()
    width, height = Emu(12192000), Emu(6858000)  # 16:9
    prs.slide_width, prs.slide_height = width, height
    for n, part in enumerate(parts):
        layout = prs.slide_layouts[0 if n == 0 else 5]  # Title; Title Only
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = part.title
        slide.shapes.title.width = width - Emu(914400)
        if n == 0:
            slide.placeholders[1].text = "\n".join(part.lines)
            slide.placeholders[1].width = width - Emu(914400)
            continue
        text_w = width * 2 // 5 if part.chart else width - Emu(914400)
        box = slide.shapes.add_textbox(Emu(457200), Emu(1600200), text_w,
                                       height - Emu(2057400))
        frame = box.text_frame
        frame.word_wrap = True
        for i, line in enumerate(part.lines):
            para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            para.text = line
            para.font.size = Pt(18 if i < 4 else 14)
        if part.chart:
            left = Emu(457200) + text_w + Emu(228600)
            _chart(slide, part.chart, left, Emu(1371600), width - left - Emu(457200),
                   height - Emu(1828800))
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def pngs(parts: list[Slide]) -> list[tuple[bytes, str]]:
    """The deck's charts as images for the chat, each with its title as the caption."""
    out = []
    for part in parts:
        if part.chart is None:
            continue
        series = {k: [float(x) for x in v] for k, v in part.chart.series.items()}
        first = next(iter(series.values()))
        out.append((bar_chart(part.chart.title, part.chart.labels, first,
                              series=series if len(series) > 1 else None, counts=True),
                    part.chart.title))
    return out


def filename(estate: Estate, f: WeekFigures) -> str:
    return f"{estate.code}-{f.label}.pptx"


async def post_deck(post: Postman, tr: Translator, locale: Locale, chat_id: int,
                    f: WeekFigures, estate: Estate, files_root: str,
                    late_since: Any = None) -> None:
    """"Sending a file…" at once; the deck and its charts are made after the transaction
    commits (drawing takes seconds; the write lock must not wait), then queued in a short
    transaction of their own: the PPTX, then the charts as one album."""
    await post.action(chat_id, "upload_document")
    parts = slides(tr, locale, f, estate, late_since)
    caption = tr(locale, "report-deck-caption", estate=estate.name,
                 week=week_label(Words(tr, locale), f, estate.tz))
    if late_since is not None:
        caption = f"{late_line(tr, locale, late_since, estate.tz)}\n{caption}"

    async def make() -> None:
        try:
            files = await asyncio.to_thread(_make, files_root, parts)
        except Exception as exc:  # logged by type only: the figures name no one
            log.warning("weekly deck not made (%s)", type(exc).__name__)
            await post.send(chat_id, tr(locale, "report-failed"))
            return
        path, charts = files
        await post.document(chat_id, path=path, filename=filename(estate, f), caption=caption)
        if charts:
            await post.action(chat_id, "upload_photo")
            await post.charts(chat_id, charts)

    post.uow.after_commit(make)


def _make(files_root: str, parts: list[Slide]) -> tuple[str, list[tuple[str, str]]]:
    path = save_generated(files_root, deck(parts), ".pptx")
    charts: list[tuple[str, str]] = []
    try:
        with PYPLOT_LOCK:  # pyplot is not thread-safe; the survey charts share the lock
            images = pngs(parts)
        charts = [(save_generated(files_root, data, ".png"), caption) for data, caption in images]
    except Exception as exc:  # the deck still goes out without the chat's pictures
        log.warning("weekly charts not drawn (%s)", type(exc).__name__)
    return path, charts
