"""The questionnaire walk, the Pareto analysis and the fishbone tally on known data."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.errors import InvalidInput
from domain.survey.analysis import pareto, summarise
from domain.survey.definition import (
    Answers,
    Cause,
    Service,
    Step,
    StepKind,
    apply,
    back,
    current_step,
    default_definition,
    parse_definition,
    progress,
)
from domain.survey.model import Quarter, SurveyPolicy, default_quarter, schedule

DEFN = default_definition()


def walk(ratings: dict[str, int], reasons: dict[str, int] | None = None,
         notes: dict[str, str] | None = None, comments: str = "") -> Answers:
    """Answer the whole questionnaire through the walk, as a resident would."""
    answers = Answers()
    while (step := current_step(DEFN, answers)) is not None:
        if step.kind is StepKind.COMMENTS:
            value: int | str | None = comments or None
        else:
            qid = DEFN.questions[step.index].id
            value = {StepKind.RATE: ratings.get(qid, 5),
                     StepKind.REASON: (reasons or {}).get(qid),
                     StepKind.NOTE: (notes or {}).get(qid)}[step.kind]
        answers = apply(DEFN, answers, step, value)
    return answers


def test_the_walk_asks_why_only_after_a_low_rating_and_can_go_back() -> None:
    answers = Answers()
    assert current_step(DEFN, answers) == Step(StepKind.RATE, 0)
    answers = apply(DEFN, answers, Step(StepKind.RATE, 0), 2)
    assert current_step(DEFN, answers) == Step(StepKind.REASON, 0)
    with pytest.raises(InvalidInput):
        apply(DEFN, answers, Step(StepKind.RATE, 1), 5)   # a stale button
    with pytest.raises(InvalidInput):
        apply(DEFN, answers, Step(StepKind.REASON, 0), 9)  # no such reason
    answers = apply(DEFN, answers, Step(StepKind.REASON, 0), 3)
    assert answers.reasons == {"desk": "desk-slow"}
    answers = apply(DEFN, answers, Step(StepKind.NOTE, 0), "  waited   40 minutes ")
    assert answers.notes == {"desk": "waited 40 minutes"}
    assert current_step(DEFN, answers) == Step(StepKind.RATE, 1)
    assert progress(DEFN, answers) == (1, 8)
    answers = back(DEFN, back(DEFN, back(DEFN, answers)))
    assert (answers.ratings, answers.reasons, answers.notes) == ({}, {}, {})
    answers = apply(DEFN, answers, Step(StepKind.RATE, 0), 4)
    assert current_step(DEFN, answers) == Step(StepKind.RATE, 1)
    with pytest.raises(InvalidInput) as too_long:
        apply(DEFN, walk_until_comments(), Step(StepKind.COMMENTS, -1), "x" * 10_000)
    assert too_long.value.key == "input-too-long"
    done = walk({})
    assert current_step(DEFN, done) is None and done.comments == ""


def walk_until_comments() -> Answers:
    answers = Answers()
    for i in range(len(DEFN.questions)):
        answers = apply(DEFN, answers, Step(StepKind.RATE, i), 0)
    return answers


def test_pareto_on_known_data_finds_the_vital_few() -> None:
    counts = {("repairs", "repairs-slow"): 22, ("security", "security-guards"): 11,
              ("cleaning", "cleaning-schedule"): 4, ("fees", "fees-statements"): 2,
              ("desk", "desk-slow"): 1}
    items = pareto(counts)
    assert [i.key[1] for i in items] == ["repairs-slow", "security-guards",
                                         "cleaning-schedule", "fees-statements", "desk-slow"]
    assert [i.cumulative for i in items] == [0.55, 0.825, 0.925, 0.975, 1.0]
    # 55% + 27.5% = 82.5%: the first two make the ~80%, they are the vital few.
    assert [i.vital for i in items] == [True, True, False, False, False]
    assert pareto({("a", "x"): 9, ("b", "y"): 1})[0].vital and \
        not pareto({("a", "x"): 9, ("b", "y"): 1})[1].vital
    assert pareto({}) == []


def test_summary_scores_pareto_and_fishbone_from_responses() -> None:
    responses = [
        walk({"repairs": 1, "security": 2}, {"repairs": 3, "security": 0},
             {"repairs": "three weeks for a tap"}, comments="More benches please"),
        walk({"repairs": 2}, {"repairs": 3}),
        walk({"repairs": 2, "cleaning": 1}, {"repairs": 3}),   # cleaning: reason skipped
        walk({"desk": 4, "community": 0}),
    ]
    s = summarise(((DEFN, a) for a in responses), sampled=10, asked=8, started=1)
    assert (s.answered, s.rate) == (4, 0.5)
    assert s.services["repairs"].avg == 2.5 and s.services["repairs"].n == 4
    assert s.services["repairs"].dissatisfied == 0.75
    assert s.services["community"].n == 3 and s.services["community"].not_used == 1
    assert [(p.key, p.count, p.vital) for p in s.pareto] == [
        (("repairs", "repairs-slow"), 3, True), (("cleaning", ""), 1, True),
        (("security", "security-guards"), 1, False)]
    bones = {b.cause: b for b in s.bones}
    assert bones[Cause.METHOD].count == 3 and bones[Cause.MAN].count == 1
    assert bones[Cause.METHOD].notes == ["three weeks for a tap"]
    # The fishbone tally adds up to the number of reasons given (the skipped one is not).
    assert s.reasons_given == sum(b.count for b in s.bones) == 4 and s.problems == 5


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.dictionaries(st.sampled_from([v.value for v in Service]),
                                          st.integers(0, 5)),
                          st.dictionaries(st.sampled_from([v.value for v in Service]),
                                          st.one_of(st.none(), st.integers(0, 4)))),
                max_size=15))
def test_fishbone_adds_up_to_the_reasons_given(data: list[tuple[dict[str, int],
                                                                  dict[str, int | None]]]) -> None:
    responses = [walk(r, {k: v for k, v in c.items() if v is not None}) for r, c in data]
    s = summarise(((DEFN, a) for a in responses), sampled=20, asked=20)
    given_ = sum(1 for a in responses for q, r in a.ratings.items()
                 if 1 <= r <= 2 and a.reasons.get(q))
    assert sum(b.count for b in s.bones) == s.reasons_given == given_
    assert sum(p.count for p in s.pareto) == s.problems
    if s.pareto:
        assert s.pareto[-1].cumulative == pytest.approx(1.0)


def test_questions_file_is_checked_and_round_trips() -> None:
    raw = {"questions": [
        {"id": "lift", "service": "facilities", "text": {"zh-Hant": "升降機服務", "en": "Lifts"},
         "reasons": [{"key": "lift-wait", "cause": "method", "text": "等候太耐"}]},
        {"service": "security"}]}
    defn = parse_definition(raw)
    assert [q.id for q in defn.questions] == ["lift", "security"]
    assert defn.questions[0].reasons[0].cause is Cause.METHOD
    assert len(defn.questions[1].reasons) == 5
    assert parse_definition(defn.to_json()) == defn
    for bad, where in [({"questions": []}, None),
                       ({"questions": [{"service": "parking"}]}, "questions[1].service"),
                       ({"questions": [{"service": "desk"}, {"service": "desk"}]},
                        "questions[2].id"),
                       ({"questions": [{"service": "desk", "reasons": [
                           {"key": "x", "cause": "money"}]}]}, "questions[1].reasons[1].cause")]:
        with pytest.raises(InvalidInput) as exc:
            parse_definition(bad)
        assert exc.value.args_map.get("where") == where


def test_schedule_mid_last_month_fifteen_days_due_on_the_fifth() -> None:
    q = Quarter.parse("2026q4")
    plan = schedule(q, "Asia/Hong_Kong", date(2026, 11, 27), SurveyPolicy())
    assert plan.send_on == date(2026, 12, 15)
    assert plan.send_at == datetime(2026, 12, 15, 2, 0, tzinfo=UTC)       # 10:00 HKT
    assert plan.reminders == (datetime(2026, 12, 20, 2, tzinfo=UTC),
                              datetime(2026, 12, 27, 2, tzinfo=UTC))
    assert plan.closes_at == datetime(2026, 12, 29, 16, 0, tzinfo=UTC)    # 30 Dec 00:00 HKT
    assert plan.report_due_at == datetime(2027, 1, 5, 1, 0, tzinfo=UTC)   # 5 Jan 09:00 HKT
    assert default_quarter(date(2026, 12, 16)) == Quarter(2027, 1)
    assert default_quarter(date(2026, 12, 15)) == Quarter(2026, 4)
    for kwargs, key in [({"send_on": date(2026, 11, 1)}, "survey-send-past"),
                        ({"send_on": date(2026, 12, 28)}, "survey-window-too-late"),
                        ({"send_on": date(2027, 1, 2)}, "survey-send-outside"),
                        ({"reminder_days": (5, 15)}, "survey-bad-reminders")]:
        with pytest.raises(InvalidInput) as exc:
            schedule(q, "Asia/Hong_Kong", date(2026, 11, 27), SurveyPolicy(), **kwargs)  # type: ignore[arg-type]
        assert exc.value.key == key
    with pytest.raises(InvalidInput):
        Quarter.parse("2026Q5")
