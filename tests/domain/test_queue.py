"""The queue's order, pages and links as data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.queue import PAGE, View, arrange, deadline_of, link, number_of, span_parts
from domain.tickets import Kind, Status, Ticket

NOW = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


def _t(n: int, due: datetime | None, kind: Kind = Kind.REPAIR,
       status: Status = Status.DISPATCHED) -> Ticket:
    return Ticket(id=n, number=f"R-2026-{n:06d}", kind=kind, estate_id=1, status=status,
                  reporter_id=1, category="leak", description="x", created_at=NOW,
                  accept_due=due, reply_due=due, trade="plumbing", next_due_at=None)


def test_overdue_first_longest_first_then_soonest_then_none() -> None:
    tickets = [_t(1, NOW + timedelta(hours=5)), _t(2, None, status=Status.DONE),
               _t(3, NOW - timedelta(hours=1)), _t(4, NOW - timedelta(days=2)),
               _t(5, NOW + timedelta(hours=1))]
    page = arrange(tickets, View(), None, NOW)
    assert [r.ticket.id for r in page.rows] == [4, 3, 5, 1, 2]
    assert page.rows[0].overdue == timedelta(days=2) and page.rows[2].overdue is None
    overdue = arrange(tickets, View(filter="overdue"), None, NOW)
    assert [r.ticket.id for r in overdue.rows] == [4, 3]


def test_pages_of_25_and_a_page_past_the_end_is_the_last() -> None:
    tickets = [_t(n, NOW + timedelta(minutes=n)) for n in range(1, 61)]
    assert arrange(tickets, View(), None, NOW).pages == 3
    last = arrange(tickets, View(page=9), None, NOW)
    assert (last.page, len(last.rows)) == (2, 60 - 2 * PAGE)
    assert arrange(tickets, View(filter="nonsense", kind="x", page=-3), None, NOW).page == 0


def test_a_complaint_owes_its_reply_and_a_done_repair_owes_nothing() -> None:
    reply = NOW + timedelta(hours=72)
    assert deadline_of(_t(1, reply, Kind.COMPLAINT, Status.RECEIVED)) == reply
    assert deadline_of(_t(1, reply, Kind.COMPLAINT, Status.REPLIED)) is None
    assert deadline_of(_t(1, reply, status=Status.DONE)) is None


def test_links_by_number_and_spans() -> None:
    assert link("R-2026-000123") == "R2026000123"
    assert number_of("R2026000123") == "R-2026-000123"
    assert number_of("c2026000001") == "C-2026-000001"
    assert number_of("X2026000123") is None and number_of("123") is None
    assert span_parts(timedelta(days=1, hours=23, minutes=5, seconds=59)) == (1, 23, 5)
