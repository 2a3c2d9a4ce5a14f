"""The routine's figures: what is overdue, each group's day, the week's repairs, callbacks and
renovation reviews (pure functions over tickets, moves and notices)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from domain.complaints.stats import summarise, week_bounds
from domain.model import Estate, GroupPurpose, Trade
from domain.move_in.model import Applicant, MoveIn
from domain.move_in.model import Status as MoveInStatus
from domain.renovation.model import Notice, NoticeStatus
from domain.routine.figures import (
    Move,
    callback_figures,
    daily_list,
    overdue,
    renovation_figures,
    repair_figures,
    week_figures,
)
from domain.routine.weekly import deck_moments
from domain.tickets import Kind, Status, Ticket

TZ = "Asia/Hong_Kong"
MON = datetime(2026, 11, 23, 0, 30, tzinfo=UTC)   # Monday 08:30 in Hong Kong, week 48
START, END, LABEL = week_bounds(TZ, date(2026, 11, 23))
H = timedelta(hours=1)
_seq = iter(range(1, 10_000))


def ticket(kind: Kind, status: Status, created: datetime, **kw: Any) -> Ticket:
    n = next(_seq)
    prefix = {Kind.REPAIR: "R", Kind.COMPLAINT: "C", Kind.RENOVATION: "F"}[kind]
    kw.setdefault("category", "leak")
    return Ticket(id=n, number=f"{prefix}-2026-{n:06d}", kind=kind, estate_id=1, status=status,
                  reporter_id=None, description="x", created_at=created, **kw)


def test_overdue_names_each_late_thing_once_oldest_first() -> None:
    at = MON + 48 * H
    late_accept = ticket(Kind.REPAIR, Status.DISPATCHED, MON, accept_due=MON + H,
                         trade="plumbing")
    late_done = ticket(Kind.REPAIR, Status.ON_SITE, MON, complete_due=MON + 2 * H,
                       trade="electrical")
    in_time = ticket(Kind.REPAIR, Status.ACCEPTED, MON, complete_due=at + H, trade="plumbing")
    callback = ticket(Kind.REPAIR, Status.CONFIRMED, MON, callback_due=MON + 3 * H)
    unanswered = ticket(Kind.COMPLAINT, Status.RECEIVED, MON, reply_due=MON + 4 * H)
    review = ticket(Kind.RENOVATION, Status.TECH_REVIEW, MON,
                    extra={"review_due": (MON + 5 * H).isoformat()})
    reviewed = ticket(Kind.RENOVATION, Status.APPROVED, MON,
                      extra={"review_due": (MON + 5 * H).isoformat()})
    notice = Notice(1, review.id, "N-2026-000001", "debris", MON + 6 * H, MON)
    done = Notice(2, review.id, "N-2026-000002", "noise", MON + H, MON,
                  status=NoticeStatus.RECTIFIED)
    items = overdue([late_accept, late_done, in_time, callback, unanswered, review, reviewed],
                    [notice, done], at)
    assert [(i.kind, i.number) for i in items] == [
        ("accept", late_accept.number), ("complete", late_done.number),
        ("callback", callback.number), ("reply", unanswered.number),
        ("review", review.number), ("notice", "N-2026-000001")]
    assert items[-1].link == review.number  # the notice opens its application


def test_each_group_gets_only_its_own_day() -> None:
    at = MON
    day_start, day_end = MON - timedelta(minutes=30 + 8 * 60), MON + 16 * H
    plumbing_late = ticket(Kind.REPAIR, Status.DISPATCHED, MON - 24 * H,
                           accept_due=MON - H, trade="plumbing")
    plumbing_open = ticket(Kind.REPAIR, Status.ACCEPTED, MON - 24 * H,
                           complete_due=MON + 30 * H, trade="plumbing")
    electrical = ticket(Kind.REPAIR, Status.ACCEPTED, MON - 24 * H,
                        complete_due=MON + 30 * H, trade="electrical")
    callback = ticket(Kind.REPAIR, Status.CONFIRMED, MON - 72 * H, callback_due=MON + 5 * H,
                      trade="plumbing")
    later_callback = ticket(Kind.REPAIR, Status.CONFIRMED, MON - 72 * H,
                            callback_due=MON + 30 * H, trade="plumbing")
    complaint = ticket(Kind.COMPLAINT, Status.RECEIVED, MON - H, reply_due=MON + 71 * H)
    move_in = MoveIn(1, "M-2026-000001", 1, 7, 3, Applicant.SELF, MON + 2 * H, False,
                     MoveInStatus.BOOKED, MON - 96 * H)
    tomorrow = MoveIn(2, "M-2026-000002", 1, 8, 3, Applicant.SELF, MON + 26 * H, False,
                      MoveInStatus.BOOKED, MON - 96 * H)
    tickets = [plumbing_late, plumbing_open, electrical, callback, later_callback, complaint]
    desk = daily_list(1, at.date(), GroupPurpose.DESK, None, tickets, [], [move_in, tomorrow],
                      day_start, day_end, at)
    assert [i.number for i in desk.callbacks] == [callback.number]
    assert [i.number for i in desk.overdue] == [plumbing_late.number]
    assert [i.number for i in desk.today] == ["M-2026-000001"]
    assert [i.number for i in desk.complaints] == [complaint.number]
    assert desk.jobs == ()
    managers = daily_list(1, at.date(), GroupPurpose.MANAGERS, None, tickets, [],
                          [move_in], day_start, day_end, at)
    assert managers.callbacks == () and managers.complaints == desk.complaints
    crew = daily_list(1, at.date(), GroupPurpose.CREW, Trade.PLUMBING, tickets, [], [move_in],
                      day_start, day_end, at)
    assert [i.number for i in crew.overdue] == [plumbing_late.number]
    assert [i.number for i in crew.jobs] == [plumbing_open.number]  # not the late one twice
    assert crew.complaints == () and crew.today == () and crew.callbacks == ()
    electricians = daily_list(1, at.date(), GroupPurpose.CREW, Trade.ELECTRICAL, tickets, [],
                              [], day_start, day_end, at)
    assert [i.number for i in electricians.jobs] == [electrical.number]
    assert electricians.overdue == ()
    security = daily_list(1, at.date(), GroupPurpose.SECURITY, None, tickets, [], [move_in],
                          day_start, day_end, at)
    assert security.empty


def test_repairs_opened_done_in_time_by_trade_without_empty_trades() -> None:
    a = ticket(Kind.REPAIR, Status.DONE, START + H, complete_due=START + 30 * H,
               trade="plumbing")
    b = ticket(Kind.REPAIR, Status.DONE, START + H, complete_due=START + 2 * H,
               trade="plumbing")
    c = ticket(Kind.REPAIR, Status.ACCEPTED, START + 3 * H, trade="electrical")
    old = ticket(Kind.REPAIR, Status.DONE, START - 72 * H, complete_due=START - 24 * H,
                 trade="lift")
    moves = [Move(a.id, START + 5 * H, "done", "on_site", "done"),
             Move(b.id, START + 5 * H, "done", "on_site", "done"),
             Move(old.id, START + 6 * H, "done", "on_site", "done"),
             Move(b.id, START + 9 * H, "done", "dispatched", "done")]  # counted once
    r = repair_figures([a, b, c, old], moves, START, END)
    assert (r.opened, r.done, r.done_in_time) == (3, 3, 1)
    assert r.by_trade == (("plumbing", 2, 2), ("electrical", 1, 0), ("lift", 0, 1))
    assert r.in_time_pct == 33.3


def test_callbacks_due_made_on_time() -> None:
    made = ticket(Kind.REPAIR, Status.CLOSED, START - 96 * H, callback_due=START + 24 * H)
    late = ticket(Kind.REPAIR, Status.CLOSED, START - 96 * H, callback_due=START + H)
    waiting = ticket(Kind.REPAIR, Status.CONFIRMED, START, callback_due=START + 50 * H)
    next_week = ticket(Kind.REPAIR, Status.CONFIRMED, START, callback_due=END + H)
    moves = [Move(made.id, START + 10 * H, "callback", "confirmed", "closed"),
             Move(late.id, START + 10 * H, "callback", "confirmed", "closed")]
    cb = callback_figures([made, late, waiting, next_week], moves, START, END)
    assert (cb.due, cb.done, cb.on_time) == (3, 2, 1)
    assert cb.on_time_pct == 50


def test_renovation_reviews_within_two_days_and_open_notices() -> None:
    due = (START + 48 * H).isoformat()
    quick = ticket(Kind.RENOVATION, Status.APPROVED, START, extra={"review_due": due})
    slow = ticket(Kind.RENOVATION, Status.INFO_NEEDED, START, extra={"review_due": due})
    waiting = ticket(Kind.RENOVATION, Status.TECH_REVIEW, START + H, extra={"review_due": due})
    moves = [Move(quick.id, START + 2 * H, "step", "desk_check", "tech_review"),
             Move(quick.id, START + 20 * H, "step", "manager_review", "approved"),
             Move(slow.id, START + 60 * H, "info", "tech_review", "info_needed"),
             Move(waiting.id, START + 3 * H, "step", "desk_check", "tech_review")]
    notices = [Notice(1, quick.id, "N-1", "x", START + 100 * H, START),
               Notice(2, quick.id, "N-2", "y", START + H, START)]
    rn = renovation_figures([quick, slow, waiting], moves, notices, START, END,
                            START + 50 * H)
    assert (rn.applications, rn.reviewed, rn.reviewed_in_time) == (3, 2, 1)
    assert (rn.open_notices, rn.overdue_notices) == (2, 1)


def test_week_figures_reuse_the_complaint_week() -> None:
    complaint = ticket(Kind.COMPLAINT, Status.RECEIVED, START + H, category="noise",
                       reply_due=START + 73 * H)
    stats = summarise(1, [complaint], START, END, END, LABEL)
    f = week_figures(1, stats, [complaint], [], [])
    assert f.complaints is stats and f.label == "2026-W48"
    assert [(i.kind, i.number) for i in f.risks] == [("reply", complaint.number)]


def test_deck_is_due_at_monday_opening_and_only_the_latest_is_caught_up() -> None:
    estate = Estate(1, "HV", "Harbour View", TZ, "mon-fri 08:30-18:00; sat-sun 09:00-17:00")
    assert deck_moments(estate, MON - timedelta(minutes=1)) == [MON - 7 * 24 * H]
    assert deck_moments(estate, MON) == [MON]
    assert deck_moments(estate, MON + 3 * 24 * H) == [MON]
