"""The survey's images and spreadsheet open and hold the numbers of the summary; the command
line plans, lists and cancels surveys and takes the office's own questions."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.i18n import Translator
from bot.reports.charts import pyplot
from bot.reports.survey.report import Report, year_sheets
from bot.reports.survey.xlsx import workbook
from domain.clock import FileClock
from domain.model import Locale
from domain.survey.analysis import summarise
from domain.survey.definition import Answers, StepKind, apply, current_step, default_definition
from tests.bot import test_admin_cli

DEFN = default_definition()
TR = Translator()
admin_cli = test_admin_cli.cli  # the fixture, under this module's name


def answered(ratings: dict[str, int], reasons: dict[str, int]) -> Answers:
    answers = Answers()
    while (step := current_step(DEFN, answers)) is not None:
        qid = DEFN.questions[step.index].id if step.index >= 0 else ""
        value = {StepKind.RATE: ratings.get(qid, 5), StepKind.REASON: reasons.get(qid)}.get(
            step.kind)
        answers = apply(DEFN, answers, step, value)
    return answers


def results() -> dict:  # type: ignore[type-arg]
    data = [({"repairs": 1}, {"repairs": 3})] * 9 + [({"security": 2}, {"security": 0})] * 4 \
        + [({"desk": 2, "fees": 1}, {"desk": 1, "fees": 2})] + [({"cleaning": 2}, {})]
    for n, key in enumerate(["greening", "facilities", "community", "desk", "cleaning",
                             "security", "repairs", "fees", "greening", "facilities"]):
        data.append(({key: 1}, {key: n % 5}))
    s = summarise(((DEFN, answered(r, c)) for r, c in data), sampled=40, asked=36)
    return {**s.to_json(), "year": 2026, "quarters": [
        {"quarter": "2026Q3", "asked": 30, "answered": 12, "rate": 0.4, "overall": 4.1,
         "services": {"desk": 4.0}},
        {"quarter": "2026Q4", "asked": 36, "answered": len(data), "rate": s.rate,
         "overall": s.overall.avg, "services": {k: v.avg for k, v in s.services.items()}}]}


def test_charts_are_pngs_with_the_numbers_of_the_summary() -> None:
    r = results()
    rep = Report(TR, Locale.ZH_HANT, r, DEFN)
    trend = [{"label": "2026年第3季", "services": {"desk": 4.0}},
             {"label": "2026年第4季", "services": {k: v["avg"] for k, v in
                                                  r["services"].items()}}]
    charts = rep.charts("海景花園 2026年第4季", trend)
    assert [c.split("：")[-1] for _, c in charts] == ["各項服務評分", "各季趨勢", "問題排列圖",
                                                      "因果圖"]
    for data, _ in charts:
        image = pyplot().imread(io.BytesIO(data))
        assert data.startswith(b"\x89PNG") and image.shape[1] > 900 and image.shape[0] > 450
    # The Pareto chart draws at most 12 bars: the long tail is one bar.
    assert len(r["pareto"]) > 12
    assert r["pareto"][0]["count"] == 9 and r["pareto"][0]["vital"]


def test_pareto_bars_are_what_the_chart_gets(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict = {}  # type: ignore[type-arg]

    def spy(title: str, labels: list[str], counts: list[int], cumulative: list[float],
            vital: list[bool], **kw: object) -> bytes:
        seen.update(labels=labels, counts=counts, cumulative=cumulative, vital=vital)
        return b""

    monkeypatch.setattr("bot.reports.survey.report.pareto_chart", spy)
    r = results()
    Report(TR, Locale.EN, r, DEFN).charts("Q4", [])
    assert seen["labels"][0] == "Repairs: Slow to respond or badly arranged"
    assert seen["counts"][:3] == [9, 5, 2] and len(seen["counts"]) == 12
    assert seen["labels"][-1] == f"{len(r['pareto']) - 11} other problems"
    assert seen["counts"][-1] == sum(i["count"] for i in r["pareto"][11:])
    assert seen["cumulative"][-1] == 1.0 and sum(seen["counts"]) == r["problems"]
    assert seen["vital"][:2] == [True, True]


def test_spreadsheet_opens_with_the_expected_numbers() -> None:
    r = results()
    rep = Report(TR, Locale.EN, r, DEFN)
    book = load_workbook(io.BytesIO(workbook(year_sheets(rep, "Harbour View"))))
    assert book.sheetnames == ["Summary", "Quarters", "Services", "Pareto", "Fishbone",
                               "Tickets"]
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Response rate"] == r["rate"] == round(25 / 36, 4)
    assert summary["Reasons given"] == r["reasons_given"]
    pareto = list(book["Pareto"].iter_rows(min_row=2, values_only=True))
    assert pareto[0][1:5] == ("Repairs: Slow to respond or badly arranged", 9,
                              r["pareto"][0]["share"], r["pareto"][0]["cumulative"])
    assert [row[5] == "yes" for row in pareto] == [i["vital"] for i in r["pareto"]]
    assert book["Pareto"]["D2"].number_format == "0.0%"
    assert len(book["Pareto"]._charts) == 1   # Excel's own bar and cumulative-line chart
    bones = [row for row in book["Fishbone"].iter_rows(min_row=2, values_only=True) if row[0]]
    assert sum(row[1] for row in bones[:-1]) == bones[-1][1] == r["reasons_given"]
    quarters = list(book["Quarters"].iter_rows(min_row=2, values_only=True))
    assert [q[:4] for q in quarters] == [("2026 Q3", 30, 12, 0.4),
                                         ("2026 Q4", 36, 25, r["rate"])]


def test_admin_survey_commands(admin_cli, tmp_path: Path,  # type: ignore[no-untyped-def]
                               monkeypatch: pytest.MonkeyPatch) -> None:
    cli = admin_cli
    clock = tmp_path / "clock"
    FileClock.write(str(clock), datetime(2026, 11, 27, 2, 0, tzinfo=UTC))
    monkeypatch.setenv("PROPDESK_CLOCK__FILE", str(clock))
    cli("estate", "create", "--code", "HV", "--name", "Harbour View")
    units = tmp_path / "units.csv"
    units.write_text("building,unit,occupied\n" + "".join(
        f"{b},{n},{'no' if n > 8 else 'yes'}\n" for b in "AB" for n in range(1, 11)),
        encoding="utf-8")
    cli("import", "units", "--estate", "HV", str(units))
    code, out = cli("survey", "questions")
    assert code == 0 and [q["service"] for q in out["questions"]][:2] == ["desk", "repairs"]
    questions = tmp_path / "q.json"
    questions.write_text(json.dumps({"questions": [
        {"id": "lift", "service": "facilities", "text": {"en": "The lifts?"}},
        {"service": "security"}]}), encoding="utf-8")
    code, out = cli("survey", "create", "--estate", "HV", "--quarter", "2027Q1", "--share",
                    "0.25", "--send-on", "2027-03-10", "--reminders", "3,9", "--questions",
                    str(questions), "--named", "--seed", "11")
    assert code == 0, out
    assert out["households"] == 4 and out["sample"]["per_building"] == {"A": 2, "B": 2}
    assert out["named"] is True and out["send_on"] == "2027-03-10"
    assert len(out["reminders"]) == 2
    assert cli("survey", "create", "--estate", "HV", "--quarter", "2027Q1")[1]["error"] == \
        "There is already a survey for 2027Q1."
    assert cli("survey", "create", "--estate", "HV", "--quarter", "2027Q2", "--reminders",
               "5,20")[1]["error"] == "Reminder days must be different and within the " \
        "15-day window."
    questions.write_text('{"questions": [{"service": "parking"}]}', encoding="utf-8")
    assert "questions[1].service" in cli("survey", "create", "--estate", "HV", "--quarter",
                                         "2027Q2", "--questions", str(questions))[1]["error"]
    listed = cli("survey", "list", "--estate", "HV")[1]["surveys"]
    assert [(s["quarter"], s["status"], s["households"]) for s in listed] == [
        ("2027Q1", "planned", 4)]
    assert cli("survey", "cancel", "--estate", "HV", "--quarter", "2027q1")[0] == 0
    assert cli("survey", "list", "--estate", "HV")[1]["surveys"][0]["status"] == "cancelled"
