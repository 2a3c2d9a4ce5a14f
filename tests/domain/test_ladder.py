"""The repair ladder as data: levels once each, reminders repeating in office time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.calendar import BusinessCalendar
from domain.deadlines import latest
from domain.model import Estate
from domain.repair import RepairPolicy
from domain.repair.intake import ladder
from domain.tickets import Kind, Status, Ticket, Urgency, due_now, next_due, plan

CAL = BusinessCalendar.build("Asia/Hong_Kong", "mon-fri 09:00-18:00")
FRI_1630 = datetime(2026, 11, 27, 8, 30, tzinfo=UTC)  # Friday 16:30 in Hong Kong


def _ticket(urgency: Urgency, at: datetime, policy: RepairPolicy) -> Ticket:
    cal = CAL if urgency is Urgency.NORMAL else BusinessCalendar.twenty_four_seven()
    accept_due = cal.add(at, timedelta(minutes=30))
    return Ticket(id=1, number="R-2026-000001", kind=Kind.REPAIR, estate_id=1,
                  status=Status.DISPATCHED, reporter_id=1, category="leak", description="x",
                  created_at=at, urgency=urgency, accept_due=accept_due,
                  extra={"policy": policy.__dict__,
                         **ladder(policy, cal, accept_due, urgency)})


def test_levels_climb_in_office_hours_and_the_head_office_only_when_set() -> None:
    t = _ticket(Urgency.NORMAL, FRI_1630, RepairPolicy())
    assert [d.level for d in plan(t)] == ["accept-remind", "accept-escalate", "accept-manager",
                                         "accept-repeat"]
    levels = {d.level: d.due for d in plan(t)}
    # 17:00 due, 17:30 the desk, then two office hours: Monday 10:30 the managers.
    assert levels["accept-escalate"] == datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    assert levels["accept-manager"] == datetime(2026, 11, 30, 2, 30, tzinfo=UTC)
    with_hq = _ticket(Urgency.NORMAL, FRI_1630, RepairPolicy(head_office_chat=42))
    assert {d.level: d.due for d in plan(with_hq)}["accept-head-office"] == \
        datetime(2026, 11, 30, 4, 30, tzinfo=UTC)  # Monday 12:30


def test_a_repetition_found_late_is_the_latest_one_counted_in_office_time() -> None:
    t = _ticket(Urgency.NORMAL, FRI_1630, RepairPolicy())
    monday_1300 = datetime(2026, 11, 30, 5, 0, tzinfo=UTC)
    repeat = next(d for d in due_now(t, set(), monday_1300) if d.every is not None)
    assert repeat.n == 1
    # From Friday 17:00: one office hour on Friday, four on Monday (09:00-13:00) = 5 hours,
    # so the second repetition (Monday 12:00) is the one due; the third is Monday 14:00.
    found = latest(repeat, CAL, monday_1300)
    assert (found.n, found.due) == (2, datetime(2026, 11, 30, 4, 0, tzinfo=UTC))
    fired = {"accept-remind#1", "accept-escalate#1", "accept-manager#1", found.key(t)}
    assert next_due(t, fired, CAL.add) == datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
    # Without the calendar the moment is a lower bound: the sweeper looks early, not late.
    bound, exact = next_due(t, fired), next_due(t, fired, CAL.add)
    assert bound is not None and exact is not None and bound <= exact


def test_emergencies_repeat_every_30_minutes_around_the_clock() -> None:
    t = _ticket(Urgency.EMERGENCY, FRI_1630, RepairPolicy())
    repeat = next(d for d in plan(t) if d.every is not None)
    assert repeat.every == timedelta(minutes=30) and not repeat.office
    assert t.accept_due is not None
    later = t.accept_due + timedelta(hours=10, minutes=5)
    always = BusinessCalendar.twenty_four_seven("Asia/Hong_Kong")
    assert latest(repeat.repetition(1, t.accept_due + timedelta(minutes=30)),
                  always, later).n == 20


def test_the_schedule_is_the_estates_setting() -> None:
    estate = Estate(1, "HV", "x", "Asia/Hong_Kong", "mon-fri 09:00-18:00",
                    settings={"repair": {"repeat_minutes": "60",
                                         "emergency_repeat_minutes": 15}})
    policy = RepairPolicy.of(estate)
    assert (policy.repeat_minutes, policy.emergency_repeat_minutes) == (60, 15)
    t = _ticket(Urgency.EMERGENCY, FRI_1630, policy)
    assert next(d for d in plan(t) if d.every).every == timedelta(minutes=15)

