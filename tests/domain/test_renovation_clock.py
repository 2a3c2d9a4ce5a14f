"""The 2-day review clock on the estate's calendar (weekends and holidays as the estate has
them), and the deadlines the ticket engine fires from it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from domain.calendar import BusinessCalendar
from domain.renovation.review import renovation_plan, review_clock, review_due
from domain.tickets import Kind, Status, Ticket, due_now, next_due

WEEKDAYS = BusinessCalendar.build("Asia/Hong_Kong", "mon-fri 09:00-18:00",
                                  frozenset({date(2026, 11, 30)}))  # Monday: a holiday
WITH_WEEKENDS = BusinessCalendar.build("Asia/Hong_Kong",
                                       "mon-fri 08:30-18:00; sat-sun 09:00-17:00")


def hk(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


@pytest.mark.parametrize(("cal", "start", "remind", "due"), [
    # Friday 17:00; Saturday, Sunday closed and Monday a holiday: Tuesday is day 1.
    (WEEKDAYS, hk(11, 27, 17), hk(12, 1, 17), hk(12, 2, 17)),
    # Submitted on Saturday: the clock starts when the office opens (Tuesday 09:00).
    (WEEKDAYS, hk(11, 28, 12), hk(12, 2, 9), hk(12, 3, 9)),
    # Thursday evening: from Friday 09:00; the weekend and the holiday do not count.
    (WEEKDAYS, hk(11, 26, 20), hk(12, 1, 9), hk(12, 2, 9)),
    # Friday after closing, no holiday: Monday 09:00 + 2 open days.
    (WEEKDAYS, hk(12, 4, 18, 30), hk(12, 8, 9), hk(12, 9, 9)),
    # An estate open at weekends counts them; 17:30 is clamped to Sunday's 17:00 close.
    (WITH_WEEKENDS, hk(11, 27, 17, 30), hk(11, 28, 17), hk(11, 29, 17)),
])
def test_review_due_on_the_estate_calendar(cal: BusinessCalendar, start: datetime,
                                           remind: datetime, due: datetime) -> None:
    clock = review_clock(cal, start, 2)
    assert datetime.fromisoformat(clock["review_remind"]) == remind
    assert datetime.fromisoformat(clock["review_due"]) == due


def _ticket(status: Status, extra: dict[str, str]) -> Ticket:
    return Ticket(id=1, number="F-2026-000001", kind=Kind.RENOVATION, estate_id=1,
                  status=status, reporter_id=1, category="renovation", description="x",
                  created_at=hk(11, 27, 17), extra=extra)


def test_reminder_then_one_escalation_per_cycle() -> None:
    t = _ticket(Status.DESK_CHECK, review_clock(WEEKDAYS, hk(11, 27, 17), 2))
    assert review_due(t) == hk(12, 2, 17)
    fired: set[str] = set()
    assert due_now(t, fired, hk(12, 1, 16, 59)) == []
    assert next_due(t, fired) == hk(12, 1, 17)
    assert [d.level for d in due_now(t, fired, hk(12, 1, 17))] == ["review-remind"]
    fired.add("review-remind#1")
    # The step changes (desk -> supervisor): the same clock runs on.
    t = replace(t, status=Status.TECH_REVIEW)
    assert next_due(t, fired) == hk(12, 2, 17)
    assert [d.level for d in due_now(t, fired, hk(12, 2, 17))] == ["review-overdue"]
    fired.add("review-overdue#1")
    # Still undecided: reminded again every two office hours (the sweeper finds the latest).
    assert [(d.level, d.n) for d in due_now(t, fired, hk(12, 9, 9))] == [("review-repeat", 1)]
    assert next_due(t, fired) == hk(12, 2, 19)
    fired.add("review-repeat-1#1")
    assert next_due(t, fired) == hk(12, 2, 21)
    # Sent back: no clock. Resubmitted: a new cycle, a new clock, new levels.
    assert renovation_plan(replace(t, status=Status.REJECTED)) == []
    again = replace(t, status=Status.DESK_CHECK, cycle=2,
                    extra=review_clock(WEEKDAYS, hk(12, 3, 10), 2))
    assert next_due(again, fired) == hk(12, 4, 10)
    assert [d.level for d in due_now(again, fired, hk(12, 8, 10))] == ["review-remind",
                                                                        "review-overdue",
                                                                        "review-repeat"]


def test_no_review_clock_after_approval_but_a_nudge_after_the_works_period() -> None:
    t = _ticket(Status.APPROVED, review_clock(WEEKDAYS, hk(11, 27, 17), 2))
    assert renovation_plan(t) == [] and review_due(t) is None
    works = replace(t, status=Status.WORKS, extra={**t.extra,
                                                   "works_over": hk(12, 11, 9).isoformat()})
    assert [(d.level, d.due) for d in renovation_plan(works)] == [("works-overdue",
                                                                   hk(12, 11, 9))]
