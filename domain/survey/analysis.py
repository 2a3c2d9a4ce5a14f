"""The quarterly summary (業主評議表匯總分析): response rate, score per service, the Pareto
analysis (排列圖) that finds the vital few problems, and the cause-and-effect tally (因果圖) over
man, machine, material, method and environment."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from domain.survey.definition import LOW, NOT_USED, Answers, Cause, Definition, Service

VITAL_SHARE = 0.8  # 關鍵的少數: the problems that together make about 80%


@dataclass(frozen=True)
class Score:
    n: int
    avg: float | None
    satisfied: float | None      # share of 4 and 5
    dissatisfied: float | None   # share of 1 and 2
    not_used: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "avg": self.avg, "satisfied": self.satisfied,
                "dissatisfied": self.dissatisfied, "not_used": self.not_used}


def score(ratings: Iterable[int]) -> Score:
    values = list(ratings)
    rated = [v for v in values if v != NOT_USED]
    if not rated:
        return Score(0, None, None, None, len(values))
    n = len(rated)
    return Score(n, round(sum(rated) / n, 2), round(sum(v >= 4 for v in rated) / n, 4),
                 round(sum(v <= LOW for v in rated) / n, 4), len(values) - n)


@dataclass(frozen=True)
class ParetoItem:
    key: tuple[str, str]   # (service, reason key; "" when no reason was chosen)
    count: int
    share: float
    cumulative: float
    vital: bool


def pareto(counts: dict[tuple[str, str], int],
           vital_share: float = VITAL_SHARE) -> list[ParetoItem]:
    """Problems from the most to the least frequent with their cumulative share; the vital
    few are the shortest run from the top that reaches `vital_share` of all problems."""
    total = sum(counts.values())
    if total == 0:
        return []
    ordered = sorted(((k, c) for k, c in counts.items() if c > 0),
                     key=lambda kc: (-kc[1], kc[0]))
    out: list[ParetoItem] = []
    running = 0
    reached = False
    for key, count in ordered:
        vital = not reached
        running += count
        cumulative = running / total
        reached = reached or cumulative >= vital_share - 1e-9
        out.append(ParetoItem(key, count, round(count / total, 4), round(cumulative, 4), vital))
    return out


@dataclass(frozen=True)
class Bone:
    cause: Cause
    count: int
    items: list[tuple[tuple[str, str], int]]  # (service, reason) -> count, largest first
    notes: list[str]                           # the residents' own words on this cause


@dataclass(frozen=True)
class Problem:
    service: str
    reason: str         # "" when the resident skipped the reason
    cause: Cause | None
    note: str


def problems(defn: Definition, answers: Answers) -> list[Problem]:
    """One problem per low rating in a response."""
    out = []
    for q in defn.questions:
        rating = answers.ratings.get(q.id, NOT_USED)
        if not 1 <= rating <= LOW:
            continue
        key = answers.reasons.get(q.id) or ""
        reason = next((r for r in q.reasons if r.key == key), None)
        out.append(Problem(q.service.value, key, reason.cause if reason else None,
                           answers.notes.get(q.id) or ""))
    return out


def tally_causes(found: Iterable[Problem]) -> list[Bone]:
    """The fishbone tally, in the order 人、機、料、法、環."""
    per: dict[Cause, Counter[tuple[str, str]]] = {c: Counter() for c in Cause}
    notes: dict[Cause, list[str]] = {c: [] for c in Cause}
    for p in found:
        if p.cause is None:
            continue
        per[p.cause][(p.service, p.reason)] += 1
        if p.note:
            notes[p.cause].append(p.note)
    return [Bone(c, sum(per[c].values()),
                 sorted(per[c].items(), key=lambda kv: (-kv[1], kv[0])), notes[c])
            for c in Cause]


@dataclass(frozen=True)
class Summary:
    sampled: int
    asked: int
    answered: int
    started: int
    services: dict[str, Score]
    overall: Score
    pareto: list[ParetoItem]
    bones: list[Bone]
    reasons_given: int
    problems: int

    @property
    def rate(self) -> float | None:
        """Response rate: answered of those the survey reached (回收率)."""
        return round(self.answered / self.asked, 4) if self.asked else None

    def to_json(self) -> dict[str, Any]:
        return {
            "sampled": self.sampled, "asked": self.asked, "answered": self.answered,
            "started": self.started, "rate": self.rate,
            "services": {s: sc.to_json() for s, sc in self.services.items()},
            "overall": self.overall.to_json(),
            "pareto": [{"service": p.key[0], "reason": p.key[1], "count": p.count,
                        "share": p.share, "cumulative": p.cumulative, "vital": p.vital}
                       for p in self.pareto],
            "fishbone": [{"cause": b.cause.value, "count": b.count,
                          "items": [{"service": k[0], "reason": k[1], "count": n}
                                    for k, n in b.items]} for b in self.bones],
            "reasons_given": self.reasons_given, "problems": self.problems}


def summarise(pairs: Iterable[tuple[Definition, Answers]], *, sampled: int, asked: int,
              started: int = 0) -> Summary:
    """The summary of complete responses (each with the questionnaire it answered)."""
    per_service: dict[str, list[int]] = {s.value: [] for s in Service}
    everything: list[int] = []
    found: list[Problem] = []
    answered = 0
    for defn, answers in pairs:
        answered += 1
        for q in defn.questions:
            if q.id in answers.ratings:
                per_service[q.service.value].append(answers.ratings[q.id])
                everything.append(answers.ratings[q.id])
        found += problems(defn, answers)
    counts = Counter((p.service, p.reason) for p in found)
    bones = tally_causes(found)
    return Summary(sampled, asked, answered, started,
                   {s: score(v) for s, v in per_service.items() if v},
                   score(everything), pareto(dict(counts)), bones,
                   sum(b.count for b in bones), len(found))
