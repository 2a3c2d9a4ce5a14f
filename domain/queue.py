"""The staff's work queue: each open ticket's own deadline (not the sweeper's next look),
overdue first, filters and pages; and the ticket links staff press (`/t_R2026000123`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.tickets import PREFIX, WORKING, Kind, Status, Ticket

PAGE = 25
FILTERS = ("all", "mine", "overdue")
_LINK = re.compile(r"^([A-Za-z])(\d{4})(\d{6})$")


def deadline_of(t: Ticket) -> datetime | None:
    """What the office must meet next on this ticket: accept, finish, call back, acknowledge
    the rework, reply, review; None when nothing is owed by the office (e.g. waiting for the
    resident's confirmation, or for parts)."""
    if not t.is_open:
        return None
    if t.kind is Kind.REPAIR:
        if t.status is Status.DISPATCHED:
            return t.accept_due
        if t.status in WORKING and t.status is not Status.WAITING_PARTS:
            return t.complete_due
        if t.status is Status.CONFIRMED:
            return t.callback_due
        if t.status is Status.REWORK:
            return t.rework_due
        return None
    if t.kind is Kind.COMPLAINT:
        return t.reply_due if t.status in (Status.RECEIVED, Status.IN_PROGRESS) else None
    raw = t.extra.get("review_due") if t.status in (
        Status.DESK_CHECK, Status.TECH_REVIEW, Status.MANAGER_REVIEW) else \
        t.extra.get("works_over") if t.status is Status.WORKS else None
    return datetime.fromisoformat(raw) if raw else None


@dataclass(frozen=True)
class View:
    """Which part of the queue to show: a filter, a ticket kind, a trade and a page."""

    filter: str = "all"  # all | mine | overdue
    kind: str = ""       # "" or a Kind value
    trade: str = ""      # "" or a trade value
    page: int = 0

    def normal(self) -> View:
        return View(self.filter if self.filter in FILTERS else "all",
                    self.kind if self.kind in {k.value for k in Kind} else "",
                    self.trade[:16], max(0, self.page))


@dataclass(frozen=True)
class Row:
    ticket: Ticket
    due: datetime | None
    overdue: timedelta | None  # how long past its deadline, None when not yet


@dataclass(frozen=True)
class Page:
    rows: list[Row]
    total: int   # rows matching the view
    page: int
    pages: int
    trades: list[str]  # trades present in the unfiltered queue (for the filter buttons)
    kinds: list[str]


def arrange(tickets: list[Ticket], view: View, me: int | None, now: datetime) -> Page:
    """Overdue first (longest overdue first), then soonest due, then no deadline; filtered
    and cut into pages of 25."""
    view = view.normal()
    rows = []
    for t in tickets:
        due = deadline_of(t)
        rows.append(Row(t, due, now - due if due is not None and due <= now else None))
    trades = sorted({r.ticket.trade for r in rows if r.ticket.trade})
    kinds = [k.value for k in Kind if any(r.ticket.kind is k for r in rows)]
    if view.filter == "mine":
        rows = [r for r in rows if me is not None and r.ticket.assignee_id == me]
    elif view.filter == "overdue":
        rows = [r for r in rows if r.overdue is not None]
    if view.kind:
        rows = [r for r in rows if r.ticket.kind.value == view.kind]
    if view.trade:
        rows = [r for r in rows if r.ticket.trade == view.trade]
    far = datetime.max.replace(tzinfo=now.tzinfo)
    rows.sort(key=lambda r: (r.overdue is None, r.due is None, r.due or far, r.ticket.id))
    pages = max(1, -(-len(rows) // PAGE))
    page = min(view.page, pages - 1)
    return Page(rows[page * PAGE:(page + 1) * PAGE], len(rows), page, pages, trades, kinds)


def span_parts(span: timedelta) -> tuple[int, int, int]:
    """Days, hours and minutes of a duration (rounded down to the minute)."""
    minutes = max(0, int(span.total_seconds() // 60))
    return minutes // 1440, minutes % 1440 // 60, minutes % 60


def link(number: str) -> str:
    """R-2026-000123 -> R2026000123, for a command link (`/t_R2026000123`)."""
    return number.replace("-", "")


def number_of(token: str) -> str | None:
    """The inverse of `link`; None when the token is not a ticket number."""
    m = _LINK.match(token)
    if m is None or m.group(1).upper() not in PREFIX.values():
        return None
    return f"{m.group(1).upper()}-{m.group(2)}-{m.group(3)}"
