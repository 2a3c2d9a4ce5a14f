"""Repairs and complaints over a period as rows (a helpdesk export's columns): number,
kind, category, unit, opened, accepted, done, callback, status, and whether each deadline
was met (True, False, or None when it has not come or does not apply)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from domain.calendar import BusinessCalendar
from domain.complaints.stats import reply_cycles
from domain.errors import NotAuthorized, NotFound
from domain.model import Actor
from domain.registry import calendar_of
from domain.repair.intake import callback_days
from domain.reports.kpis import Move, accepted_at
from domain.reports.monthly import export_span, is_office
from domain.reports.period import local_bounds
from domain.reports.ports import ReportsUnitOfWork
from domain.tickets import Kind, Status, Ticket

MAX_DAYS = 366


@dataclass(frozen=True)
class ExportRow:
    ticket: Ticket
    accepted: datetime | None
    done: datetime | None
    callback: datetime | None
    met: tuple[bool | None, bool | None, bool | None]  # accepted, done, callback in time


def _in_time(at: datetime | None, due: datetime | None, now: datetime) -> bool | None:
    if due is None:
        return None
    if at is None:
        return False if due <= now else None
    return at <= due


def repair_row(t: Ticket, moves: tuple[Move, ...], cal: BusinessCalendar,
               now: datetime) -> ExportRow:
    confirmed = next((m.at for m in reversed(moves)
                      if m.action in ("confirmed", "auto-confirmed")), t.confirmed_at)
    called = next((m.at for m in reversed(moves) if m.action == "callback"), None)
    callback_due = cal.add_days(confirmed, callback_days(t.category)) if confirmed else None
    if called is not None and confirmed is not None and called < confirmed:
        called = None  # an earlier cycle's callback; this cycle's is still to come
    taken = accepted_at(t, moves)
    open_ = t.status is not Status.CANCELLED
    return ExportRow(t, taken, t.done_at, called, (
        _in_time(taken, t.accept_due, now) if open_ or taken else None,
        _in_time(t.done_at, t.complete_due, now) if t.accepted_at else None,
        _in_time(called, callback_due, now)))


def complaint_row(t: Ticket, moves: tuple[Move, ...], now: datetime) -> ExportRow:
    """A complaint: taken by the desk, replied (done: the 72-hour reply), closed."""
    taken = next((m.at for m in moves if m.to_state == Status.IN_PROGRESS.value), None)
    first = reply_cycles(t)[0]
    return ExportRow(t, taken, t.replied_at, t.closed_at,
                     (None, _in_time(first.replied, first.due, now), None))


def rows(kind: Kind, tickets: list[Ticket], moves: Mapping[int, tuple[Move, ...]],
         cal: BusinessCalendar, now: datetime) -> list[ExportRow]:
    out = []
    for t in sorted(tickets, key=lambda t: (t.created_at, t.number)):
        m = moves.get(t.id, ())
        out.append(repair_row(t, m, cal, now) if kind is Kind.REPAIR
                   else complaint_row(t, m, now))
    return out


@dataclass(frozen=True)
class Export:
    rows: list[ExportRow]
    units: dict[int, str]     # unit id -> label (A-12B)


async def export(uow: ReportsUnitOfWork, actor: Actor, estate_id: int, kind: Kind,
                 first: date, last: date, now: datetime) -> Export:
    """`/export repairs|complaints <from> <to>` for the office: tickets received in the days
    from `first` to `last` (estate time)."""
    if not is_office(actor, estate_id):
        raise NotAuthorized("report-office-only")
    export_span(first, last)
    estate = await uow.estates.get(estate_id)
    if estate is None:
        raise NotFound()
    start, end = local_bounds(estate.tz, first, last)
    tickets = await uow.reports.opened(estate_id, kind, start, end)
    moves = await uow.reports.moves([t.id for t in tickets])
    labels = {u.id: u.label for u, _ in await uow.reports.units(estate_id)}
    return Export(rows(kind, tickets, moves, calendar_of(estate), now), labels)
