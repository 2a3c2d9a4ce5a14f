"""Hong Kong's public holidays by default, still editable per estate; the closure's shift."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from domain.calendar import BusinessCalendar, public_holidays
from domain.closure import Closure, Reason, closure_of, shifted
from domain.model import Estate
from domain.registry import calendar_of
from domain.tickets import Kind, Status, Ticket

HOURS = "mon-fri 09:00-18:00"


def _estate(settings: dict[str, object] | None = None,
            own: frozenset[date] = frozenset()) -> Estate:
    return Estate(1, "HV", "Harbour View", "Asia/Hong_Kong", HOURS, own, settings or {})


def test_hong_kong_general_holidays_come_from_the_package() -> None:
    days = public_holidays("HK")
    for day in (date(2026, 1, 1), date(2026, 2, 17), date(2026, 4, 3), date(2026, 4, 4),
                date(2026, 7, 1), date(2026, 10, 1), date(2026, 12, 25), date(2027, 2, 6)):
        assert day in days, day
    assert date(2026, 12, 24) not in days


def test_an_estate_is_closed_on_public_holidays_by_default() -> None:
    cal = calendar_of(_estate())
    christmas_eve = datetime(2026, 12, 24, 2, 0, tzinfo=UTC)  # Thursday 10:00
    assert not cal.is_open_day(date(2026, 12, 25))
    # One open day after Thursday 24 December is Monday 28 (25 is Christmas, then weekend).
    assert cal.add_days(christmas_eve, 1) == datetime(2026, 12, 28, 2, 0, tzinfo=UTC)


def test_public_holidays_stay_editable_per_estate() -> None:
    assert calendar_of(_estate({"calendar": {"public_holidays": "none"}})) \
        .is_open_day(date(2026, 12, 25))
    works_christmas = calendar_of(_estate({"calendar": {"open_days": ["2026-12-25"]}}))
    assert works_christmas.is_open_day(date(2026, 12, 25))
    assert not works_christmas.is_open_day(date(2027, 1, 1))
    own = calendar_of(_estate(own=frozenset({date(2026, 12, 24)})))
    assert not own.is_open_day(date(2026, 12, 24))


def test_closure_is_read_from_the_estate_settings() -> None:
    since = datetime(2026, 11, 27, 2, 10, tzinfo=UTC)
    estate = _estate({"closure": {"reason": "typhoon", "since": since.isoformat()}})
    assert closure_of(estate) == Closure(Reason.TYPHOON, since)
    assert closure_of(_estate()) is None
    assert closure_of(_estate({"closure": {"reason": "snow", "since": "x"}})) is None


def test_reopening_moves_deadlines_on_by_the_office_time_the_closure_took() -> None:
    cal = BusinessCalendar.build("Asia/Hong_Kong", HOURS)
    filed = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # Friday 10:00
    t = Ticket(id=1, number="R-2026-000001", kind=Kind.REPAIR, estate_id=1,
               status=Status.DISPATCHED, reporter_id=1, category="leak", description="x",
               created_at=filed, accept_due=filed + timedelta(minutes=30),
               extra={"escalate_at": (filed + timedelta(hours=1)).isoformat(),
                      "manager_at": (filed + timedelta(hours=3)).isoformat()})
    closed, reopened = filed + timedelta(minutes=10), filed + timedelta(hours=4)  # 10:10-14:00
    moved = shifted(t, cal, closed, reopened)
    # 20 office minutes were left of the acceptance clock at closing: due 14:20.
    assert moved["accept_due"] == reopened + timedelta(minutes=20)
    assert moved["extra"]["escalate_at"] == (reopened + timedelta(minutes=50)).isoformat()
    # The managers' moment (13:00) fell inside too: 2 h 50 min were left.
    assert moved["extra"]["manager_at"] == \
        (reopened + timedelta(hours=2, minutes=50)).isoformat()
    # A closure over the night and weekend takes no office time: nothing moves.
    friday_19, monday_08 = datetime(2026, 11, 27, 11, 0, tzinfo=UTC), \
        datetime(2026, 11, 30, 0, 0, tzinfo=UTC)
    late = Ticket(**{**t.__dict__, "created_at": friday_19,
                     "accept_due": datetime(2026, 11, 30, 1, 30, tzinfo=UTC), "extra": {}})
    assert shifted(late, cal, friday_19, monday_08) == {}
