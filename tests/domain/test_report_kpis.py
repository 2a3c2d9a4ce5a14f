"""The monthly report's rules without I/O: each KPI provider's arithmetic, trends and
targets, "—" for figures other features have not wired, the month and its bounds, the
registry lists as at a month's end, the export's deadline columns."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from domain.calendar import BusinessCalendar
from domain.errors import InvalidInput
from domain.model import Estate, Locale, Person, Relation, Unit
from domain.ports import UnitAttrs
from domain.reports import kpis
from domain.reports.exports import complaint_row, repair_row
from domain.reports.kpis import Kpi, KpiRow, MonthFacts, Move
from domain.reports.monthly import asked_month, due_day, latest_due, targets
from domain.reports.period import Month, parse_day
from domain.reports.registry_lists import Holding, lists
from domain.tickets import Kind, Status, Ticket

HKT = timedelta(hours=8)
CAL = BusinessCalendar.build("Asia/Hong_Kong", "mon-fri 08:30-18:00; sat-sun 09:00-17:00")
NOV = Month(2026, 11)
START, END = NOV.bounds("Asia/Hong_Kong")
AS_OF = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)


def hk(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC) - HKT


def repair(n: int, **over: Any) -> Ticket:
    values: dict[str, Any] = dict(id=n, number=f"R-2026-{n:06d}", kind=Kind.REPAIR,
                                  estate_id=1, status=Status.CLOSED, reporter_id=None,
                                  category="plumbing", description="", created_at=hk(2, 10))
    values.update(over)
    return Ticket(**values)


def complaint(n: int, created: datetime, replied_at: datetime | None, **over: Any) -> Ticket:
    due = created + timedelta(hours=72)
    cycle = {"from": created.isoformat(), "due": due.isoformat()}
    if replied_at:
        cycle["replied"] = replied_at.isoformat()
    values: dict[str, Any] = dict(id=n, number=f"C-2026-{n:06d}", kind=Kind.COMPLAINT,
                                  estate_id=1, status=Status.REPLIED, reporter_id=None,
                                  category="noise", description="", created_at=created,
                                  replied_at=replied_at, extra={"cycles": [cycle]})
    values.update(over)
    return Ticket(**values)


def facts(**over: Any) -> MonthFacts:
    return MonthFacts(start=START, end=END, as_of=AS_OF, calendar=CAL, **over)


def one(provider: kpis.Provider, f: MonthFacts, key: str | None = None) -> Kpi:
    found = provider(f)
    return next(k for k in found if key is None or k.key == key)


def test_repairs_accepted_in_time_count_decided_ones_only() -> None:
    f = facts(repairs=(
        repair(1, accept_due=hk(2, 10, 30), accepted_at=hk(2, 10, 20)),
        repair(2, accept_due=hk(2, 10, 30), accepted_at=hk(2, 11)),
        repair(3, status=Status.DISPATCHED, accept_due=hk(2, 10, 30)),  # never accepted
        repair(4, created_at=hk(1, 10, month=12), accept_due=hk(1, 10, 30, month=12)),
        repair(5, created_at=hk(15, 10, month=10), accept_due=hk(15, 11, month=10),
               accepted_at=hk(15, 12, month=10)),  # October's
    ))
    k = one(kpis.repairs_accepted, f)
    assert (k.ok, k.total, k.value) == (1, 3, 33.3)


def test_completion_counts_done_in_the_month_and_overdue_work() -> None:
    f = facts(repairs=(
        repair(1, complete_due=hk(4, 18), done_at=hk(3, 11)),
        repair(2, complete_due=hk(4, 18), done_at=hk(5, 11)),
        repair(3, status=Status.ACCEPTED, complete_due=hk(21, 18)),  # overdue, not done
        repair(4, status=Status.WAITING_PARTS, complete_due=hk(21, 18)),  # paused
        repair(5, status=Status.ACCEPTED, complete_due=hk(2, 18, month=12)),  # still running
    ))
    k = one(kpis.repairs_completed, f)
    assert (k.ok, k.total) == (1, 3)


def test_callbacks_follow_the_2_3_7_day_rules() -> None:
    moves = {
        1: (Move(1, hk(3, 12), "confirmed"), Move(1, hk(5, 10), "callback", "confirmed",
                                                   "closed")),
        # safety: 2 open days after Monday 2 Nov 12:00 is Wednesday 4 Nov 12:00
        2: (Move(2, hk(2, 12), "confirmed"), Move(2, hk(5, 10), "callback", "confirmed",
                                                   "closed")),
        3: (Move(3, hk(9, 12), "auto-confirmed"), Move(3, hk(11, 10), "callback", "confirmed",
                                                        "closed")),
    }
    f = facts(repairs=(repair(1), repair(2, category="safety"), repair(3, category="leak"),
                       repair(4, category="leak", status=Status.CONFIRMED,
                              callback_due=hk(20, 12))),
              moves=moves)
    found = {k.key: k for k in kpis.callbacks(f)}
    assert (found["callback"].ok, found["callback"].total) == (2, 4)
    assert (found["callback-2d"].ok, found["callback-2d"].total) == (0, 1)
    assert (found["callback-3d"].ok, found["callback-3d"].total) == (1, 2)
    assert (found["callback-7d"].ok, found["callback-7d"].total) == (1, 1)


def test_rework_is_taken_within_24_hours() -> None:
    moves = {1: (Move(1, hk(15, 10), "callback", "confirmed", "rework"),
                 Move(1, hk(16, 9), "rework-acknowledged", "rework", "accepted")),
             2: (Move(2, hk(15, 10), "callback", "confirmed", "rework"),
                 Move(2, hk(17, 10), "rework-acknowledged", "rework", "accepted")),
             3: (Move(3, hk(20, 10), "callback", "confirmed", "rework"),),  # never taken
             4: (Move(4, hk(1, 8, month=12), "callback", "confirmed", "rework"),)}
    f = facts(repairs=tuple(repair(n) for n in (1, 2, 3, 4)), moves=moves)
    k = one(kpis.rework, f)
    assert (k.ok, k.total) == (1, 3)


def test_complaints_within_72_hours_and_the_renovation_rate() -> None:
    f = facts(complaints=(
        complaint(1, hk(5, 10), hk(6, 10), category="renovation"),
        complaint(2, hk(20, 10), hk(25, 10)),
        complaint(3, hk(29, 10), None),  # its 72 hours still run at the report's time
    ), sources={"units": 400})
    k = one(kpis.complaint_replies, f)
    assert (k.ok, k.total) == (1, 2)
    rate = {k.key: k for k in kpis.compute(f)}["renovation-complaint-rate"]
    assert (rate.value, rate.ok, rate.total, rate.met) == (0.25, 1, 400, True)
    assert one(kpis.renovation_complaint_rate, facts(complaints=f.complaints)).value is None


def test_renovation_review_clock_restarts_on_resubmission() -> None:
    t = Ticket(id=9, number="F-2026-000001", kind=Kind.RENOVATION, estate_id=1,
               status=Status.APPROVED, reporter_id=None, category="renovation",
               description="", created_at=hk(2, 10))
    moves = {9: (Move(9, hk(3, 10), "rejected", "tech_review", "rejected"),
                 Move(9, hk(10, 10), "resubmitted", "rejected", "desk_check"),
                 Move(9, hk(16, 10), "approved", "manager_review", "approved"))}
    k = one(kpis.renovation_reviews, facts(renovations=(t,), moves=moves))
    assert (k.ok, k.total) == (1, 2)


def test_satisfaction_averages_answers_and_ratings() -> None:
    f = facts(repairs=(repair(1, rating=4, confirmed_at=hk(3, 12)),
                       repair(2, satisfaction=2, satisfaction_at=hk(9, 12)),
                       repair(3, rating=1, confirmed_at=hk(20, 12, month=10))),
              complaints=(complaint(4, hk(5, 10), hk(6, 10), satisfaction=5,
                                    satisfaction_at=hk(7, 11)),))
    k = one(kpis.satisfaction, f)
    assert (k.value, k.total) == (3.67, 3)


def test_unwired_sources_show_a_dash_and_wired_ones_count() -> None:
    computed = {k.key: k for k in kpis.compute(facts())}
    for key in ("spot-checks", "open-actions", "missed-rounds", "repair-accept"):
        assert computed[key].value is None
        assert computed[key].met is None
    wired = {k.key: k for k in kpis.compute(facts(sources={
        "spot_checks": {"required": 4, "done": 3, "failed": 1}, "open_actions": 2,
        "missed_rounds": 0}))}
    spot = wired["spot-checks"]
    assert (spot.ok, spot.total, spot.met) == (3, 4, False)
    assert wired["spot-checks"].extra["failed"] == 1
    assert wired["open-actions"].value == 2 and wired["open-actions"].met is False
    assert wired["missed-rounds"].value == 0 and wired["missed-rounds"].met is True


def test_trend_and_targets() -> None:
    up = KpiRow(Kpi("repair-accept", 90.0, 9, 10), Kpi("repair-accept", 80.0, 8, 10))
    down = KpiRow(Kpi("repair-accept", 70.0, 7, 10), Kpi("repair-accept", 80.0, 8, 10))
    same = KpiRow(Kpi("repair-accept", 80.0, 8, 10), Kpi("repair-accept", 80.0, 4, 5))
    none = KpiRow(Kpi("repair-accept", 80.0, 8, 10), Kpi("repair-accept", None, 0, 0))
    assert [r.trend for r in (up, down, same, none)] == ["↑", "↓", "=", "—"]
    goals = {k.key: k for k in kpis.compute(facts(), {"repair-accept": 95})}
    assert goals["repair-accept"].target == 95 and goals["callback"].target == 100
    assert goals["renovation-complaint-rate"].target == 0.5
    assert len(kpis.compare(kpis.compute(facts()), [])) == len(goals)


def test_estate_targets_ignore_what_is_not_a_number() -> None:
    estate = Estate(1, "HV", "HV", "Asia/Hong_Kong", "", settings={"reports": {"targets": {
        "repair-accept": 95, "callback": "high", "nonsense": 3, "rework": True}}})
    assert targets(estate) == {"repair-accept": 95.0}
    assert targets(Estate(1, "HV", "HV", "Asia/Hong_Kong", "",
                          settings={"reports": {"targets": "x"}})) == {}


def test_month_parsing_bounds_and_due_days() -> None:
    assert Month.parse("2026-11") == NOV == Month.parse("2026年11月")
    assert Month.parse("２０２６-１１") == NOV
    for bad in ("2026-13", "11/2026", "November", "", "1999-01"):
        with pytest.raises(InvalidInput):
            Month.parse(bad)
    assert datetime(2026, 10, 31, 16, tzinfo=UTC) == START
    assert datetime(2026, 11, 30, 16, tzinfo=UTC) == END
    assert Month(2026, 12).next() == Month(2027, 1) and Month(2027, 1).previous().month == 12
    assert due_day(NOV) == date(2026, 12, 5)
    assert latest_due("Asia/Hong_Kong", hk(1, 9, month=12)) == (NOV, hk(1, 9, month=12))
    assert latest_due("Asia/Hong_Kong", hk(1, 8, 59, month=12))[0] == Month(2026, 10)
    assert asked_month(None, "Asia/Hong_Kong", hk(3, 10, month=12)) == NOV
    assert asked_month("2026-12", "Asia/Hong_Kong", hk(3, 10, month=12)) == Month(2026, 12)
    with pytest.raises(InvalidInput):
        asked_month("2027-01", "Asia/Hong_Kong", hk(3, 10, month=12))
    assert parse_day("2026-11-03") == parse_day("3/11/2026") == date(2026, 11, 3)
    with pytest.raises(InvalidInput):
        parse_day("2026-11-31")


def test_registry_lists_at_month_end_and_the_changes() -> None:
    a12b = Unit(1, 1, 1, "A", "12B")
    a3a = Unit(2, 1, 1, "A", "3A")
    attrs = UnitAttrs(unit_type="flat", usable_area=50.0)

    def person(n: int, name: str) -> Person:
        return Person(n, None, name, Locale.EN)

    holdings = [
        Holding(a12b, attrs, person(1, "Chan"), Relation.OWNER, date(2020, 1, 1),
                date(2026, 11, 27), "sold"),
        Holding(a12b, attrs, person(2, "Wong"), Relation.OWNER, date(2026, 11, 27)),
        Holding(a3a, attrs, person(3, "Mary"), Relation.OWNER, date(2021, 5, 1)),
        Holding(a3a, attrs, person(4, "Tom"), Relation.TENANT, date(2026, 3, 1),
                date(2026, 11, 20), "moved-out"),
        Holding(a3a, attrs, person(5, "Ann"), Relation.TENANT, date(2026, 12, 2)),
    ]
    units = [(a3a, attrs), (a12b, attrs)]
    nov = lists(NOV, units, holdings)
    assert [(p.unit.label, [h.person.name for h in p.owners]) for p in nov.properties] == [
        ("A-12B", ["Wong"]), ("A-3A", ["Mary"])]
    assert nov.tenancies == ()
    assert [(c.day.day, c.kind, c.holding.person.name) for c in nov.changes] == [
        (20, "end-moved-out", "Tom"), (27, "end-sold", "Chan"), (27, "start-owner", "Wong")]
    octo = lists(Month(2026, 10), units, holdings)
    assert [h.person.name for h in octo.tenancies] == ["Tom"]
    assert [h.person.name for h in octo.properties[0].owners] == ["Chan"]


def test_export_rows_say_which_deadlines_were_met() -> None:
    moves = (Move(1, hk(3, 12), "confirmed"), Move(1, hk(5, 10), "callback"))
    t = repair(1, accept_due=hk(2, 10, 30), accepted_at=hk(2, 10, 20), complete_due=hk(4, 18),
               done_at=hk(3, 11), confirmed_at=hk(3, 12))
    assert repair_row(t, moves, CAL, AS_OF).met == (True, True, True)
    late = repair(2, accept_due=hk(2, 10, 30), accepted_at=hk(2, 11), status=Status.ACCEPTED,
                  complete_due=hk(4, 18))
    assert repair_row(late, (), CAL, AS_OF).met == (False, False, None)
    waiting = repair(3, accept_due=hk(1, 10, month=12), status=Status.DISPATCHED)
    assert repair_row(waiting, (), CAL, hk(1, 9, month=12)).met == (None, None, None)
    c = complaint(4, hk(5, 10), hk(9, 10))
    assert complaint_row(c, (), AS_OF).met == (None, False, None)
