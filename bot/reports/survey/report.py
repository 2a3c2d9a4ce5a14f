"""The quarterly summary (業主評議表匯總分析) and the year review as the managers get them:
a message, chart images and a spreadsheet, in the group's language."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.filestore import save_generated
from bot.i18n import Translator
from bot.reports.survey.charts import (
    BoneData,
    fishbone_chart,
    pareto_chart,
    scores_chart,
    trend_chart,
)
from bot.reports.survey.text import cause_name, problem_label, quarter_name, service_name
from bot.reports.survey.xlsx import Sheet, workbook
from domain.model import Locale
from domain.survey.definition import Definition, Service, default_definition
from domain.survey.model import SurveyHousehold, SurveyResponse

log = logging.getLogger(__name__)
_PYPLOT = threading.Lock()  # pyplot keeps global state: one drawing at a time
PARETO_BARS = 12  # more bars than this and the labels cannot be read; the tail is one bar


@dataclass(frozen=True)
class Attachment:
    path: str
    caption: str
    photo: bool
    filename: str = ""


def pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def num(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


class Report:
    """Labels and tables of one summary in one language."""

    def __init__(self, tr: Translator, locale: Locale, results: dict[str, Any],
                 defn: Definition | None = None) -> None:
        self.tr, self.locale, self.r = tr, locale, results
        self.defn = defn or default_definition()

    def t(self, key: str, **args: Any) -> str:
        return self.tr(self.locale, key, **args)

    def services(self) -> list[tuple[str, dict[str, Any]]]:
        got = self.r.get("services", {})
        return [(s.value, got[s.value]) for s in Service if s.value in got]

    def problem(self, item: dict[str, Any]) -> str:
        return problem_label(self.tr, self.locale, self.defn, item["service"], item["reason"])

    def ticket_kind(self, kind: str) -> str:
        key = f"survey-ticket-{kind}"
        return self.t(key) if self.tr.has(key) else kind

    # ------------------------------------------------------------ charts

    def charts(self, title: str, trend: list[dict[str, Any]]) -> list[tuple[bytes, str]]:
        out: list[tuple[bytes, str]] = []
        services = self.services()
        if services:
            names = [service_name(self.tr, self.locale, s) for s, _ in services]
            last = trend[-2]["services"] if len(trend) >= 2 else None
            caption = self.t("survey-chart-scores", title=title)
            out.append((scores_chart(
                caption, names, [v.get("avg") for _, v in services],
                ylabel=self.t("survey-axis-score"), current_name=trend[-1]["label"]
                if trend else title, previous=[last.get(s) for s, _ in services] if last
                else None, previous_name=trend[-2]["label"] if last else ""), caption))
        if len(trend) >= 2:
            caption = self.t("survey-chart-trend", title=title)
            series = {service_name(self.tr, self.locale, s.value):
                      [p["services"].get(s.value) for p in trend] for s in Service
                      if any(p["services"].get(s.value) is not None for p in trend)}
            out.append((trend_chart(caption, [p["label"] for p in trend], series,
                                    ylabel=self.t("survey-axis-score")), caption))
        items = self.r.get("pareto", [])
        if items:
            caption = self.t("survey-chart-pareto", title=title)
            shown, rest = items[:PARETO_BARS - 1], items[PARETO_BARS - 1:]
            labels = [self.problem(i) for i in shown]
            if len(rest) == 1:
                shown, labels = items, [self.problem(i) for i in items]
            elif rest:  # the long tail as one bar, as Pareto charts do
                labels.append(self.t("survey-other-problems", count=len(rest)))
                shown = [*shown, {"count": sum(i["count"] for i in rest), "cumulative": 1.0,
                                  "vital": any(i["vital"] for i in rest)}]
            out.append((pareto_chart(
                caption, labels, [i["count"] for i in shown],
                [i["cumulative"] for i in shown], [i["vital"] for i in shown],
                ylabel=self.t("survey-axis-count"),
                cumulative_label=self.t("survey-axis-cumulative"),
                vital_label=self.t("survey-legend-vital"),
                other_label=self.t("survey-legend-other")), caption))
        bones = self.r.get("fishbone", [])
        if any(b["count"] for b in bones):
            caption = self.t("survey-chart-fishbone", title=title)
            out.append((fishbone_chart(caption, self.t("survey-fishbone-effect"), [
                BoneData(cause_name(self.tr, self.locale, b["cause"]), b["count"],
                         [(self.problem(i), i["count"]) for i in b["items"]])
                for b in bones]), caption))
        return out

    # ------------------------------------------------------------ spreadsheet

    def common_sheets(self) -> list[Sheet]:
        t = self.t
        services = Sheet(t("survey-xlsx-services"), [
            t("survey-col-service"), t("survey-col-n"), t("survey-col-avg"),
            t("survey-col-satisfied"), t("survey-col-dissatisfied"), t("survey-col-not-used")],
            [[service_name(self.tr, self.locale, s), v["n"], v["avg"], v["satisfied"],
              v["dissatisfied"], v.get("not_used", 0)] for s, v in self.services()],
            percent={3, 4})
        items = self.r.get("pareto", [])
        pareto = Sheet(t("survey-xlsx-pareto"), [
            t("survey-col-rank"), t("survey-col-problem"), t("survey-col-count"),
            t("survey-col-share"), t("survey-col-cumulative"), t("survey-col-vital")],
            [[n, self.problem(i), i["count"], i["share"], i["cumulative"],
              t("survey-yes") if i["vital"] else ""] for n, i in enumerate(items, start=1)],
            percent={3, 4}, highlight=[i["vital"] for i in items],
            pareto=(t("survey-axis-count"), t("survey-axis-cumulative")))
        bones = Sheet(t("survey-xlsx-fishbone"), [
            t("survey-col-cause"), t("survey-col-count"), t("survey-col-problem"),
            t("survey-col-count")], [])
        for b in self.r.get("fishbone", []):
            bones.rows.append([cause_name(self.tr, self.locale, b["cause"]), b["count"], "", ""])
            bones.rows += [["", "", self.problem(i), i["count"]] for i in b["items"]]
        bones.rows.append([t("survey-col-total"), self.r.get("reasons_given", 0), "", ""])
        tickets = Sheet(t("survey-xlsx-tickets"), [
            t("survey-col-kind"), t("survey-col-satisfaction-n"),
            t("survey-col-satisfaction-avg"), t("survey-col-rating-n"),
            t("survey-col-rating-avg")],
            [[self.ticket_kind(x["kind"]), x["satisfaction_n"], x["satisfaction_avg"],
              x["rating_n"], x["rating_avg"]] for x in self.r.get("tickets", [])])
        return [services, pareto, bones, tickets]


async def render(files_root: str, stem: str, build: Callable[[], list[tuple[bytes, str]]],
                 sheets: Callable[[], list[Sheet]]) -> list[Attachment]:
    """Draw in a worker thread (the event loop keeps serving people), save to the file store."""
    def work() -> list[Attachment]:
        out: list[Attachment] = []
        try:
            with _PYPLOT:
                images = build()
        except Exception as exc:  # a chart must never stop the summary
            log.warning("survey charts failed: %s", type(exc).__name__, exc_info=True)
            images = []
        for data, caption in images:
            out.append(Attachment(save_generated(files_root, data, ".png"), caption, True))
        try:
            book = workbook(sheets())
        except Exception as exc:  # nor must the spreadsheet
            log.warning("survey spreadsheet failed: %s", type(exc).__name__, exc_info=True)
            return out
        out.append(Attachment(save_generated(files_root, book, ".xlsx"), "", False,
                              f"{stem}.xlsx"))
        return out

    return await asyncio.to_thread(work)


def quarter_sheets(rep: Report, estate: str, quarter: str,
                   responses: list[SurveyResponse],
                   households: list[SurveyHousehold]) -> list[Sheet]:
    t, r = rep.t, rep.r
    summary = Sheet(t("survey-xlsx-summary"), [t("survey-col-item"), t("survey-col-value")], [
        [t("survey-col-estate"), estate], [t("survey-col-quarter"), quarter],
        [t("survey-col-sampled"), r.get("sampled")], [t("survey-col-asked"), r.get("asked")],
        [t("survey-col-paper"), r.get("unreachable", 0)],
        [t("survey-col-answered"), r.get("answered")], [t("survey-col-rate"), r.get("rate")],
        [t("survey-col-avg"), (r.get("overall") or {}).get("avg")],
        [t("survey-col-satisfied"), (r.get("overall") or {}).get("satisfied")],
        [t("survey-col-reasons"), r.get("reasons_given", 0)]])
    comments = Sheet(t("survey-xlsx-comments"), [t("survey-col-unit"), t("survey-col-about"),
                                                 t("survey-col-text")], [])
    for resp in responses:
        unit = resp.unit_label or ""
        for q in rep.defn.questions:
            note = resp.answers.notes.get(q.id)
            if note:
                comments.rows.append([unit, rep.problem({"service": q.service.value,
                                                         "reason": resp.answers.reasons.get(
                                                             q.id, "")}), note])
        if resp.answers.comments:
            comments.rows.append([unit, t("survey-col-general"), resp.answers.comments])
    homes = Sheet(t("survey-xlsx-households"), [
        t("survey-col-unit"), t("survey-col-status"), t("survey-col-repeat")],
        [[h.unit_label, t(f"survey-household-{h.status.value}"),
          t("survey-yes") if h.repeat else ""] for h in households])
    trend = Sheet(t("survey-xlsx-trend"), [t("survey-col-quarter"), t("survey-col-rate"),
                                           t("survey-col-avg"),
                                           *[service_name(rep.tr, rep.locale, s.value)
                                             for s in Service]],
                  [[quarter_name(rep.tr, rep.locale, p["quarter"]), p.get("rate"),
                    p.get("overall"), *[p["services"].get(s.value) for s in Service]]
                   for p in [*r.get("trend", []), {
                       "quarter": r.get("quarter", ""), "rate": r.get("rate"),
                       "overall": (r.get("overall") or {}).get("avg"),
                       "services": {s: v.get("avg") for s, v in r.get("services", {}).items()}}]
                   if p["quarter"]], percent={1})
    sheets = rep.common_sheets()
    return [summary, *sheets[:3], comments, homes, trend, sheets[3]]


def year_sheets(rep: Report, estate: str) -> list[Sheet]:
    t, r = rep.t, rep.r
    quarters = Sheet(t("survey-xlsx-quarters"), [
        t("survey-col-quarter"), t("survey-col-asked"), t("survey-col-answered"),
        t("survey-col-rate"), t("survey-col-avg"),
        *[service_name(rep.tr, rep.locale, s.value) for s in Service]],
        [[quarter_name(rep.tr, rep.locale, q["quarter"]), q.get("asked"), q.get("answered"),
          q.get("rate"), q.get("overall"), *[q["services"].get(s.value) for s in Service]]
         for q in r.get("quarters", [])], percent={3})
    summary = Sheet(t("survey-xlsx-summary"), [t("survey-col-item"), t("survey-col-value")], [
        [t("survey-col-estate"), estate], [t("survey-col-year"), r.get("year")],
        [t("survey-col-asked"), r.get("asked")], [t("survey-col-answered"), r.get("answered")],
        [t("survey-col-rate"), r.get("rate")],
        [t("survey-col-avg"), (r.get("overall") or {}).get("avg")],
        [t("survey-col-reasons"), r.get("reasons_given", 0)]])
    return [summary, quarters, *rep.common_sheets()]
