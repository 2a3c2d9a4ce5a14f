"""Complaint rules without I/O: the estate's policy, the reply clock's levels, the weekly
summary's arithmetic and week boundaries."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from domain.complaints.handling import ComplaintPolicy, complaint_plan
from domain.complaints.stats import (
    first_cycle,
    new_cycle,
    replied,
    reply_cycles,
    summarise,
    week_bounds,
)
from domain.model import Estate
from domain.tickets import Kind, Status, Ticket

MON = datetime(2026, 11, 22, 16, 0, tzinfo=UTC)  # Monday 2026-11-23 00:00 in Hong Kong
H = timedelta(hours=1)


def estate(**complaints: object) -> Estate:
    return Estate(1, "HV", "HV", "Asia/Hong_Kong", "", settings={"complaints": complaints})


def complaint(n: int, at: datetime, *, status: Status = Status.RECEIVED,
              **over: object) -> Ticket:
    t = Ticket(id=n, number=f"C-2026-{n:06d}", kind=Kind.COMPLAINT, estate_id=1, status=status,
               reporter_id=1, category="noise", description="x", created_at=at,
               reply_due=at + 72 * H, extra={"policy": {"reply_hours": 72,
                                                        "remind_hours": [24, 6]}})
    return replace(t, **over)  # type: ignore[arg-type]


def test_policy_reads_the_estate_settings_and_survives_bad_ones() -> None:
    assert ComplaintPolicy.of(estate()) == ComplaintPolicy(72, (24, 6), False)
    assert ComplaintPolicy.of(estate(reply_hours="48", remind_hours=[1, 12, 12],
                                     show_staff_names="yes")) == \
        ComplaintPolicy(48, (12, 1), True)
    assert ComplaintPolicy.of(estate(reply_hours="soon", show_staff_names="no")) == \
        ComplaintPolicy()
    assert ComplaintPolicy.of(estate(remind_hours=3)).remind_hours == (3,)


def test_levels_only_while_nobody_replied() -> None:
    t = complaint(1, MON)
    plan = complaint_plan(t)
    assert [(d.level, d.due - MON) for d in plan] == [
        ("reply-remind-24h", 48 * H), ("reply-remind-6h", 66 * H), ("reply-overdue", 72 * H),
        ("reply-repeat", 72 * H)]  # then every two office hours while nobody replies
    assert plan[-1].every == 2 * H and plan[-1].office
    assert complaint_plan(replace(t, status=Status.REPLIED)) == []
    assert complaint_plan(replace(t, status=Status.CLOSED)) == []
    odd = replace(t, extra={"policy": {"reply_hours": 12, "remind_hours": [24, 0, 6]}})
    assert [d.level for d in complaint_plan(odd)] == ["reply-remind-6h", "reply-overdue",
                                                      "reply-repeat"]


def test_week_bounds_are_monday_to_monday_in_the_estate_zone() -> None:
    start, end, label = week_bounds("Asia/Hong_Kong", (MON + 6 * 24 * H).date())
    assert (start, end - start, label) == (MON, timedelta(days=7), "2026-W48")
    assert week_bounds("Asia/Hong_Kong", datetime(2027, 1, 1).date())[2] == "2026-W53"


def test_weekly_summary() -> None:
    start, end = MON, MON + timedelta(days=7)
    at = end + 9 * H
    tickets = [
        complaint(1, start, status=Status.CLOSED, replied_at=start + 70 * H,  # in time
                  closed_at=start + 80 * H, rating=4, category="cleaning"),
        complaint(2, start + H, status=Status.REPLIED, replied_at=start + 80 * H),  # late
        complaint(3, start + 2 * H),  # never replied, overdue now
        complaint(4, end - timedelta(minutes=1)),  # Sunday 23:59: clock still running
        complaint(5, end),  # next week: not counted
        complaint(6, start - 48 * H, status=Status.CLOSED, closed_at=start + H, rating=2,
                  replied_at=start - 40 * H),  # last week's, closed this week
        complaint(7, start - 100 * H, status=Status.IN_PROGRESS),  # old and overdue
    ]
    s = summarise(1, tickets, start, end, at, "2026-W48")
    assert s.received == 4
    assert dict(s.by_category) == {**{c: 0 for c, _ in s.by_category}, "cleaning": 1, "noise": 3}
    assert s.by_status == (("received", 2), ("replied", 1), ("closed", 1))
    assert (s.replied_in_time, s.reply_decided, s.reply_pending, s.replied_pct) == \
        (1, 3, 1, 33.3)
    assert [o.number for o in s.overdue] == ["C-2026-000007", "C-2026-000003"]
    assert (s.closed, s.rating_avg, s.rating_count) == (2, 3, 2)
    empty = summarise(1, [], start, end, at, "2026-W48")
    assert (empty.received, empty.replied_pct, empty.rating_avg) == (0, None, None)


def test_each_reminder_has_a_point_only_until_the_next_moment() -> None:
    t = complaint(1, MON)
    assert [(d.level, d.until - MON if d.until else None) for d in complaint_plan(t)] == [
        ("reply-remind-24h", 66 * H), ("reply-remind-6h", 72 * H), ("reply-overdue", None),
        ("reply-repeat", None)]
    remind_6h = complaint_plan(t)[1]
    assert not remind_6h.stale(MON + 71 * H) and remind_6h.stale(MON + 72 * H)


def test_weekly_summary_counts_per_reply_cycle() -> None:
    """Replied in time, then reopened in the same week and left: the reopened cycle is
    overdue, so the 72-hour record is not 100% beside it in the overdue list."""
    start, end = MON, MON + timedelta(days=7)
    t = complaint(1, start)
    t = replace(t, extra={**t.extra, "cycles": first_cycle(start, start + 72 * H)})
    assert [(c.number, c.start, c.due, c.replied) for c in reply_cycles(t)] == [
        (1, start, start + 72 * H, None)]
    t = replace(t, status=Status.REPLIED, replied_at=start + 10 * H,
                extra={**t.extra, "cycles": replied(t, start + 10 * H)})
    reopened = start + 20 * H
    t = replace(t, status=Status.IN_PROGRESS, cycle=2, reply_due=reopened + 72 * H,
                extra={**t.extra, "cycles": new_cycle(t, reopened, reopened + 72 * H)})
    at = end + 9 * H
    s = summarise(1, [t], start, end, at, "2026-W48")
    assert (s.received, s.replied_in_time, s.reply_decided, s.replied_pct) == (1, 1, 2, 50)
    assert [(o.number, o.cycle) for o in s.overdue] == [("C-2026-000001", 2)]
    # Replied in time in the second cycle too: 100%, and nothing overdue.
    done = replace(t, status=Status.REPLIED, extra={**t.extra, "cycles": replied(
        t, reopened + 5 * H)})
    s = summarise(1, [done], start, end, at, "2026-W48")
    assert (s.replied_in_time, s.reply_decided, s.overdue) == (2, 2, ())
    # A cycle belongs to the week it started in: reopened next week, counted next week.
    later = end + 2 * H
    moved = replace(done, status=Status.IN_PROGRESS, cycle=3, reply_due=later + 72 * H,
                    extra={**done.extra, "cycles": new_cycle(done, later, later + 72 * H)})
    assert summarise(1, [moved], start, end, at, "2026-W48").reply_decided == 2
    nxt = summarise(1, [moved], end, end + timedelta(days=7), at, "2026-W49")
    assert (nxt.reply_decided, nxt.reply_pending) == (0, 1)
