"""The monthly management report's KPIs (月度管理報告), as pure functions of one month's facts.

Each KPI provider in `PROVIDERS` reads `MonthFacts` and returns its figures; a new KPI is one
more provider. What decides each figure, in the month [start, end) of the estate's zone, as
seen at `as_of` (a deadline still running is left out, not counted as missed):

- repairs accepted in time: repairs received in the month, accepted by their `accept_due`;
- repairs completed in time: repairs done in the month (or still being worked on past
  their `complete_due` in the month), done by `complete_due`;
- callbacks done on time (2/3/7 days): callbacks recorded in the month, against the due day
  the rules give (safety 2 days, leaks 3, others 7 open days after the resident's
  confirmation: `domain.repair.intake.callback_days` on the estate's calendar), plus
  confirmed repairs whose callback fell due in the month and is still not done;
- rework within 24 h: problems found by a callback in the month, taken again by the crew
  within the estate's `rework_hours`;
- complaints answered within 72 h: reply cycles that started in the month
  (`domain.complaints.stats`, the weekly statistics' own rule);
- renovation review within 2 days: review decisions in the month, against the estate's
  `review_days` open days after the (re)submission;
- renovation complaint rate: complaints of the renovation category received in the month
  per unit of the estate (target under 0.5%);
- satisfaction: the satisfaction answers after closed tickets and the residents' ratings of
  confirmed repairs, in the month (1–5);
- missed renovation rounds: inspection rounds recorded as missed in the month (the same
  count as the renovation export's);
- spot checks and open corrective actions: from other features, through `sources`.

`sources` (filled by the caller; a missing or None value shows as "—"):
    sources["spot_checks"] = {"required": int, "done": int, "failed": int} | None
    sources["open_actions"] = int | None
    sources["units"] = int                 # units of the estate (the complaint rate's base)
    sources["missed_rounds"] = int | None  # renovation rounds missed in the month
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from domain.calendar import BusinessCalendar
from domain.complaints.stats import summarise
from domain.repair.intake import callback_days
from domain.tickets import WORKING, Status, Ticket

REVIEW_STATES = {"desk_check", "tech_review", "manager_review"}
REVIEW_DECISIONS = {"approved", "rejected", "info_needed"}
CALLBACK_RULES = (2, 3, 7)

# Targets; an estate may override them in settings["reports"]["targets"].
DEFAULT_TARGETS: dict[str, float] = {
    "repair-accept": 100.0, "repair-complete": 100.0, "callback": 100.0,
    "callback-2d": 100.0, "callback-3d": 100.0, "callback-7d": 100.0,
    "rework": 100.0, "complaint-reply": 100.0, "renovation-review": 100.0,
    "renovation-complaint-rate": 0.5, "satisfaction": 4.0, "missed-rounds": 0.0,
    "spot-checks": 4.0, "open-actions": 0.0,
}


@dataclass(frozen=True)
class Move:
    """One recorded step of a ticket (its audit row)."""

    ticket_id: int
    at: datetime
    action: str
    from_state: str | None = None
    to_state: str | None = None


@dataclass(frozen=True)
class MonthFacts:
    start: datetime
    end: datetime
    as_of: datetime
    calendar: BusinessCalendar
    repairs: tuple[Ticket, ...] = ()
    complaints: tuple[Ticket, ...] = ()
    renovations: tuple[Ticket, ...] = ()
    moves: Mapping[int, tuple[Move, ...]] = field(default_factory=dict)
    rework_hours: int = 24
    review_days: int = 2
    sources: Mapping[str, Any] = field(default_factory=dict)

    @property
    def until(self) -> datetime:
        """Deadlines up to here have been decided."""
        return min(self.end, self.as_of)

    def within(self, at: datetime | None) -> bool:
        return at is not None and self.start <= at < self.end


@dataclass(frozen=True)
class Kpi:
    """One figure: `value` (a percentage, a score or a count; None when there is nothing to
    measure), the counts behind a percentage, its target, and which way is better."""

    key: str
    value: float | None
    ok: int | None = None
    total: int | None = None
    kind: str = "pct"          # pct | score | count
    lower_better: bool = False
    target: float | None = None
    extra: Mapping[str, int] = field(default_factory=dict)

    @property
    def met(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        if self.key == "renovation-complaint-rate":
            return self.value < self.target
        return self.value <= self.target if self.lower_better else self.value >= self.target


@dataclass(frozen=True)
class KpiRow:
    """A KPI this month beside last month, with the trend."""

    this: Kpi
    last: Kpi | None

    @property
    def trend(self) -> str:
        """↑ when the figure went up, ↓ down, = unchanged; "—" when a month has none."""
        if self.last is None or self.this.value is None or self.last.value is None:
            return "—"
        if abs(self.this.value - self.last.value) < 1e-9:
            return "="
        return "↑" if self.this.value > self.last.value else "↓"


def pct(ok: int, total: int) -> float | None:
    return round(100 * ok / total, 1) if total else None


def _share(key: str, ok: int, total: int, **extra: int) -> Kpi:
    return Kpi(key, pct(ok, total), ok, total, extra=extra)


def _moves(facts: MonthFacts, t: Ticket) -> tuple[Move, ...]:
    return facts.moves.get(t.id, ())


# ---------------------------------------------------------------- the providers


def accepted_at(t: Ticket, moves: tuple[Move, ...]) -> datetime | None:
    """When the crew took the job from dispatch (the last time, matching `accept_due` after
    a reopening); taking a rework again is not an acceptance."""
    taken = [m.at for m in moves if m.from_state == Status.DISPATCHED.value
             and m.to_state == Status.ACCEPTED.value]
    if taken:
        return taken[-1]
    return t.accepted_at if t.status is not Status.DISPATCHED else None


def repairs_accepted(facts: MonthFacts) -> list[Kpi]:
    ok = total = 0
    for t in facts.repairs:
        if not facts.within(t.created_at) or t.accept_due is None:
            continue
        taken = accepted_at(t, _moves(facts, t))
        if taken is not None:
            total += 1
            ok += taken <= t.accept_due
        elif t.status is Status.DISPATCHED and t.accept_due <= facts.as_of:
            total += 1
    return [_share("repair-accept", ok, total)]


def repairs_completed(facts: MonthFacts) -> list[Kpi]:
    ok = total = 0
    for t in facts.repairs:
        if t.complete_due is None:
            continue
        if t.done_at is not None and facts.within(t.done_at):
            total += 1
            ok += t.done_at <= t.complete_due
        elif t.done_at is None and t.status in WORKING and t.status is not Status.WAITING_PARTS \
                and facts.start <= t.complete_due < facts.until:
            total += 1
    return [_share("repair-complete", ok, total)]


def callback_due(facts: MonthFacts, t: Ticket, confirmed: datetime) -> datetime:
    return facts.calendar.add_days(confirmed, callback_days(t.category))


def callbacks(facts: MonthFacts) -> list[Kpi]:
    """All callbacks, then one line per rule (2, 3 and 7 days)."""
    counts = {days: [0, 0] for days in CALLBACK_RULES}
    for t in facts.repairs:
        rule = callback_days(t.category)
        confirmed: datetime | None = None
        for m in _moves(facts, t):
            if m.action in ("confirmed", "auto-confirmed"):
                confirmed = m.at
            elif m.action == "callback" and confirmed is not None:
                if facts.within(m.at):
                    counts.setdefault(rule, [0, 0])[1] += 1
                    counts[rule][0] += m.at <= callback_due(facts, t, confirmed)
                confirmed = None
        if t.status is Status.CONFIRMED and t.callback_due is not None \
                and facts.start <= t.callback_due < facts.until:
            counts.setdefault(rule, [0, 0])[1] += 1  # due in the month, still not done
    ok = sum(c[0] for c in counts.values())
    total = sum(c[1] for c in counts.values())
    return [_share("callback", ok, total),
            *(_share(f"callback-{days}d", *counts[days]) for days in CALLBACK_RULES)]


def rework(facts: MonthFacts) -> list[Kpi]:
    ok = total = 0
    span = timedelta(hours=facts.rework_hours)
    for t in facts.repairs:
        ordered: datetime | None = None
        for m in (*_moves(facts, t), None):
            if m is not None and m.action == "callback" and m.to_state == Status.REWORK.value:
                ordered = m.at
                continue
            if ordered is None:
                continue
            taken = m is not None and m.action == "rework-acknowledged"
            if taken and m is not None and facts.within(ordered):
                total += 1
                ok += m.at - ordered <= span
                ordered = None
            elif m is None and facts.within(ordered) and ordered + span <= facts.as_of:
                total += 1  # never taken again, and the 24 hours have run out
    return [_share("rework", ok, total)]


def complaint_replies(facts: MonthFacts) -> list[Kpi]:
    stats = summarise(0, list(facts.complaints), facts.start, facts.end, facts.as_of, "")
    return [_share("complaint-reply", stats.replied_in_time, stats.reply_decided)]


def renovation_reviews(facts: MonthFacts) -> list[Kpi]:
    ok = total = 0
    for t in facts.renovations:
        since = t.created_at
        for m in _moves(facts, t):
            if m.to_state == Status.DESK_CHECK.value:
                since = m.at  # resubmitted: a new two-day clock
            elif m.from_state in REVIEW_STATES and m.to_state in REVIEW_DECISIONS \
                    and facts.within(m.at):
                total += 1
                ok += m.at <= facts.calendar.add_days(since, facts.review_days)
    return [_share("renovation-review", ok, total)]


def renovation_complaint_rate(facts: MonthFacts) -> list[Kpi]:
    units = int(facts.sources.get("units") or 0)
    count = sum(1 for t in facts.complaints
                if t.category == "renovation" and facts.within(t.created_at))
    value = round(100 * count / units, 2) if units else None
    return [Kpi("renovation-complaint-rate", value, count, units, lower_better=True)]


def satisfaction(facts: MonthFacts) -> list[Kpi]:
    scores = [t.satisfaction for t in (*facts.repairs, *facts.complaints)
              if t.satisfaction is not None and facts.within(t.satisfaction_at)]
    scores += [t.rating for t in facts.repairs
               if t.rating is not None and facts.within(t.confirmed_at)]
    value = round(sum(scores) / len(scores), 2) if scores else None
    return [Kpi("satisfaction", value, None, len(scores), kind="score")]


def missed_rounds(facts: MonthFacts) -> list[Kpi]:
    missed = facts.sources.get("missed_rounds")
    return [Kpi("missed-rounds", None if missed is None else float(missed), kind="count",
                lower_better=True)]


def spot_checks(facts: MonthFacts) -> list[Kpi]:
    """`sources["spot_checks"]`: {"required", "done", "failed"} or None (not wired)."""
    found = facts.sources.get("spot_checks")
    if not found:
        return [Kpi("spot-checks", None, kind="count")]
    required = int(found.get("required", 0))
    return [Kpi("spot-checks", float(found.get("done", 0)), int(found.get("done", 0)),
                required, kind="count", target=float(required),
                extra={"failed": int(found.get("failed", 0))})]


def open_actions(facts: MonthFacts) -> list[Kpi]:
    """`sources["open_actions"]`: corrective actions still open, or None (not wired)."""
    found = facts.sources.get("open_actions")
    return [Kpi("open-actions", None if found is None else float(found), kind="count",
                lower_better=True)]


Provider = Callable[[MonthFacts], list[Kpi]]
PROVIDERS: list[Provider] = [repairs_accepted, repairs_completed, callbacks, rework,
                             complaint_replies, renovation_reviews, renovation_complaint_rate,
                             satisfaction, missed_rounds, spot_checks, open_actions]


def compute(facts: MonthFacts, targets: Mapping[str, float] | None = None) -> list[Kpi]:
    """Every provider's figures, in order, with their targets."""
    goals = {**DEFAULT_TARGETS, **(targets or {})}
    out = []
    for provider in PROVIDERS:
        for kpi in provider(facts):
            if kpi.target is None and kpi.key in goals:
                kpi = Kpi(kpi.key, kpi.value, kpi.ok, kpi.total, kpi.kind, kpi.lower_better,
                          goals[kpi.key], kpi.extra)
            out.append(kpi)
    return out


def compare(this: list[Kpi], last: list[Kpi]) -> list[KpiRow]:
    """This month's KPIs beside last month's (same keys)."""
    before = {k.key: k for k in last}
    return [KpiRow(k, before.get(k.key)) for k in this]
