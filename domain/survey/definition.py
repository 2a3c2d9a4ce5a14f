"""The questionnaire as data (業主評議表): services rated 1-5, reasons for low ratings mapped to
man, machine, material, method and environment (人機料法環), free comments; and the walk through
it, one step at a time, computed from the answers so far (one generic step handler)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from domain.errors import InvalidInput
from domain.text import DESCRIPTION_MAX, require_text


class Service(StrEnum):
    """The services residents rate (SPEC: 業主評議表)."""

    DESK = "desk"
    REPAIRS = "repairs"
    SECURITY = "security"
    CLEANING = "cleaning"
    GREENING = "greening"
    FACILITIES = "facilities"
    FEES = "fees"
    COMMUNITY = "community"


class Cause(StrEnum):
    """The five bones of the fishbone chart (因果圖): 人、機、料、法、環."""

    MAN = "man"
    MACHINE = "machine"
    MATERIAL = "material"
    METHOD = "method"
    ENVIRONMENT = "environment"


LOW = 2  # a rating of 1 or 2 is a problem: the resident is asked why
NOT_USED = 0  # "did not use this service": no score
MAX_QUESTIONS = 20
MAX_REASONS = 8
NOTE_MAX = 500

# Reasons offered after a low rating, one per cause; the key names the catalog text
# (`survey-reason-<key>`).
DEFAULT_REASONS: dict[Service, tuple[tuple[str, Cause], ...]] = {
    Service.DESK: (("desk-attitude", Cause.MAN), ("desk-phone", Cause.MACHINE),
                   ("desk-notices", Cause.MATERIAL), ("desk-slow", Cause.METHOD),
                   ("desk-office", Cause.ENVIRONMENT)),
    Service.REPAIRS: (("repairs-skill", Cause.MAN), ("repairs-tools", Cause.MACHINE),
                      ("repairs-parts", Cause.MATERIAL), ("repairs-slow", Cause.METHOD),
                      ("repairs-mess", Cause.ENVIRONMENT)),
    Service.SECURITY: (("security-guards", Cause.MAN), ("security-cctv", Cause.MACHINE),
                       ("security-equipment", Cause.MATERIAL), ("security-patrol", Cause.METHOD),
                       ("security-area", Cause.ENVIRONMENT)),
    Service.CLEANING: (("cleaning-staff", Cause.MAN), ("cleaning-equipment", Cause.MACHINE),
                       ("cleaning-supplies", Cause.MATERIAL),
                       ("cleaning-schedule", Cause.METHOD), ("cleaning-pests", Cause.ENVIRONMENT)),
    Service.GREENING: (("greening-staff", Cause.MAN), ("greening-irrigation", Cause.MACHINE),
                       ("greening-plants", Cause.MATERIAL), ("greening-upkeep", Cause.METHOD),
                       ("greening-space", Cause.ENVIRONMENT)),
    Service.FACILITIES: (("facilities-staff", Cause.MAN),
                         ("facilities-breakdowns", Cause.MACHINE),
                         ("facilities-wear", Cause.MATERIAL),
                         ("facilities-booking", Cause.METHOD),
                         ("facilities-noise", Cause.ENVIRONMENT)),
    Service.FEES: (("fees-staff", Cause.MAN), ("fees-payment", Cause.MACHINE),
                   ("fees-statements", Cause.MATERIAL), ("fees-value", Cause.METHOD),
                   ("fees-nearby", Cause.ENVIRONMENT)),
    Service.COMMUNITY: (("community-staff", Cause.MAN), ("community-equipment", Cause.MACHINE),
                        ("community-content", Cause.MATERIAL),
                        ("community-notice", Cause.METHOD), ("community-venue", Cause.ENVIRONMENT)),
}

_ID = re.compile(r"^[a-z0-9_]{1,16}$")
_KEY = re.compile(r"^[a-z0-9_-]{1,32}$")
_LOCALES = ("zh-Hant", "zh-Hans", "en")


@dataclass(frozen=True)
class Reason:
    key: str
    cause: Cause
    text: dict[str, str] | None = None  # the office's own words per language; None: catalog


@dataclass(frozen=True)
class Question:
    id: str
    service: Service
    text: dict[str, str] | None = None  # None: the catalog's question for the service
    custom_reasons: tuple[Reason, ...] = ()

    @property
    def reasons(self) -> tuple[Reason, ...]:
        return self.custom_reasons or tuple(Reason(k, c) for k, c in
                                            DEFAULT_REASONS[self.service])


@dataclass(frozen=True)
class Definition:
    """What one campaign asks; stored with the campaign, so later edits never change it."""

    questions: tuple[Question, ...]
    comments: bool = True

    def reason(self, service: str, key: str) -> Reason | None:
        """The reason with this key offered for a service (custom ones first)."""
        for q in self.questions:
            if q.service.value == service:
                for r in q.reasons:
                    if r.key == key:
                        return r
        return None

    def to_json(self) -> dict[str, Any]:
        return {"questions": [_question_json(q) for q in self.questions],
                "comments": self.comments}


def _question_json(q: Question) -> dict[str, Any]:
    out: dict[str, Any] = {"id": q.id, "service": q.service.value}
    if q.text:
        out["text"] = dict(q.text)
    if q.custom_reasons:
        out["reasons"] = [{"key": r.key, "cause": r.cause.value,
                           **({"text": dict(r.text)} if r.text else {})}
                          for r in q.custom_reasons]
    return out


def default_definition() -> Definition:
    """One question per service, in the order of the office's paper form."""
    return Definition(tuple(Question(s.value, s) for s in Service))


def _texts(raw: Any, where: str) -> dict[str, str] | None:
    if raw is None:
        return None
    if isinstance(raw, str):
        raw = {"zh-Hant": raw}
    if not isinstance(raw, dict) or not raw:
        raise InvalidInput("survey-def-bad", where=where)
    out: dict[str, str] = {}
    for locale, text in raw.items():
        if locale not in _LOCALES or not isinstance(text, str):
            raise InvalidInput("survey-def-bad", where=where)
        out[locale] = require_text(text, max_len=300, field="question")
    return out


def parse_definition(raw: Any) -> Definition:
    """Read the office's questions file (JSON); every problem names where it is."""
    if not isinstance(raw, dict) or not isinstance(raw.get("questions"), list):
        raise InvalidInput("survey-def-bad", where="questions")
    items = raw["questions"]
    if not 1 <= len(items) <= MAX_QUESTIONS:
        raise InvalidInput("survey-def-count", max=MAX_QUESTIONS)
    questions: list[Question] = []
    for n, item in enumerate(items, start=1):
        where = f"questions[{n}]"
        if not isinstance(item, dict):
            raise InvalidInput("survey-def-bad", where=where)
        qid = str(item.get("id") or item.get("service") or "")
        if not _ID.match(qid) or any(q.id == qid for q in questions):
            raise InvalidInput("survey-def-bad", where=f"{where}.id")
        try:
            service = Service(str(item.get("service")))
        except ValueError:
            raise InvalidInput("survey-def-bad", where=f"{where}.service") from None
        reasons: list[Reason] = []
        raw_reasons = item.get("reasons") or []
        if not isinstance(raw_reasons, list) or len(raw_reasons) > MAX_REASONS:
            raise InvalidInput("survey-def-bad", where=f"{where}.reasons")
        for m, r in enumerate(raw_reasons, start=1):
            rwhere = f"{where}.reasons[{m}]"
            if not isinstance(r, dict) or not _KEY.match(str(r.get("key", ""))):
                raise InvalidInput("survey-def-bad", where=rwhere)
            try:
                cause = Cause(str(r.get("cause")))
            except ValueError:
                raise InvalidInput("survey-def-bad", where=f"{rwhere}.cause") from None
            reasons.append(Reason(str(r["key"]), cause, _texts(r.get("text"), rwhere)))
        questions.append(Question(qid, service, _texts(item.get("text"), f"{where}.text"),
                                  tuple(reasons)))
    return Definition(tuple(questions), bool(raw.get("comments", True)))


# ---------------------------------------------------------------- the walk


class StepKind(StrEnum):
    RATE = "r"       # 1-5 or "did not use"
    REASON = "c"     # after a low rating: which problem (a button), or skip
    NOTE = "t"       # after a low rating: own words, or skip
    COMMENTS = "m"   # free comments at the end, or skip


@dataclass(frozen=True)
class Step:
    kind: StepKind
    index: int  # the question's position; -1 for the comments

    @property
    def takes_text(self) -> bool:
        return self.kind in (StepKind.NOTE, StepKind.COMMENTS)


@dataclass(frozen=True)
class Answers:
    """What one household answered so far (plain data, stored as JSON)."""

    ratings: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)   # "" = skipped
    notes: dict[str, str] = field(default_factory=dict)     # "" = skipped
    comments: str | None = None                              # "" = skipped

    def to_json(self) -> dict[str, Any]:
        return {"r": dict(self.ratings), "c": dict(self.reasons), "t": dict(self.notes),
                "m": self.comments}

    @classmethod
    def from_json(cls, raw: dict[str, Any] | None) -> Answers:
        raw = raw or {}
        return cls({k: int(v) for k, v in (raw.get("r") or {}).items()},
                   dict(raw.get("c") or {}), dict(raw.get("t") or {}), raw.get("m"))


def _value(answers: Answers, defn: Definition, step: Step) -> object | None:
    if step.kind is StepKind.COMMENTS:
        return answers.comments
    qid = defn.questions[step.index].id
    if step.kind is StepKind.RATE:
        return answers.ratings.get(qid)
    if step.kind is StepKind.REASON:
        return answers.reasons.get(qid)
    return answers.notes.get(qid)


def steps(defn: Definition, answers: Answers) -> list[Step]:
    """Every step this household walks, given its ratings (low ones add the reason steps)."""
    out: list[Step] = []
    for i, q in enumerate(defn.questions):
        out.append(Step(StepKind.RATE, i))
        if 1 <= answers.ratings.get(q.id, NOT_USED) <= LOW:
            out += [Step(StepKind.REASON, i), Step(StepKind.NOTE, i)]
    if defn.comments:
        out.append(Step(StepKind.COMMENTS, -1))
    return out


def current_step(defn: Definition, answers: Answers) -> Step | None:
    """The first step without an answer; None when the questionnaire is complete."""
    return next((s for s in steps(defn, answers) if _value(answers, defn, s) is None), None)


def progress(defn: Definition, answers: Answers) -> tuple[int, int]:
    """(questions rated, questions) for "question 3 of 8"."""
    return sum(1 for q in defn.questions if q.id in answers.ratings), len(defn.questions)


def apply(defn: Definition, answers: Answers, step: Step, value: int | str | None) -> Answers:
    """Record the answer to the current step; anything that does not fit is refused."""
    if current_step(defn, answers) != step:
        raise InvalidInput("survey-step-moved")
    if step.kind is StepKind.COMMENTS:
        text = "" if value is None else require_text(str(value), max_len=DESCRIPTION_MAX,
                                                     field="comments")
        return replace(answers, comments=text)
    q = defn.questions[step.index]
    if step.kind is StepKind.RATE:
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 5:
            raise InvalidInput("survey-rate-range")
        return replace(answers, ratings={**answers.ratings, q.id: value})
    if step.kind is StepKind.REASON:
        if value is None:
            key = ""
        elif isinstance(value, int) and not isinstance(value, bool) \
                and 0 <= value < len(q.reasons):
            key = q.reasons[value].key
        else:
            raise InvalidInput("survey-use-buttons")
        return replace(answers, reasons={**answers.reasons, q.id: key})
    text = "" if value is None else require_text(str(value), max_len=NOTE_MAX, field="reason")
    return replace(answers, notes={**answers.notes, q.id: text})


def back(defn: Definition, answers: Answers) -> Answers:
    """Undo the last answered step (the resident wants to change it)."""
    answered = [s for s in steps(defn, answers) if _value(answers, defn, s) is not None]
    if not answered:
        return answers
    last = answered[-1]
    if last.kind is StepKind.COMMENTS:
        return replace(answers, comments=None)
    qid = defn.questions[last.index].id
    if last.kind is StepKind.RATE:
        return replace(answers, ratings={k: v for k, v in answers.ratings.items() if k != qid},
                       reasons={k: v for k, v in answers.reasons.items() if k != qid},
                       notes={k: v for k, v in answers.notes.items() if k != qid})
    if last.kind is StepKind.REASON:
        return replace(answers, reasons={k: v for k, v in answers.reasons.items() if k != qid})
    return replace(answers, notes={k: v for k, v in answers.notes.items() if k != qid})
