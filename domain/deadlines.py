"""The deadline sweep for every ticket kind: each due reminder or escalation fires once.

Each kind says what its levels are (`tickets.PLANNERS`) and, when a level must do more than
announce itself, what happens when it fires (`ON_FIRE`, e.g. a repair nobody confirmed is
confirmed automatically). Without a hook a level records `DeadlineReached`.

A reminder found after its moment has passed (`Deadline.until`: the bot was down, or the clock
jumped) is claimed and dropped with an audit row, never sent: the overdue alert says it all.

A repeating reminder (`Deadline.every`) is sent again each interval until someone acts; found
late, only its latest repetition is claimed (the ones in between are counted in the audit
row), and it is dropped when a level of the same ticket fired in the same round (the level's
alert says it all). Office-hours repetitions count on the estate's calendar.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from domain import events as ev
from domain.calendar import BusinessCalendar, zone
from domain.ports import UnitOfWork
from domain.registry import calendar_of
from domain.tickets import Deadline, Kind, Ticket, due_now, next_due

# Returns True when the hook moved the ticket (its next deadline was then recomputed by the
# move itself); False when it only announced the level.
FireHook = Callable[[UnitOfWork, Ticket, Deadline, datetime], Awaitable[bool]]
ON_FIRE: dict[Kind, FireHook] = {}


# A report (weekly statistics, a survey summary, the year review) delivered this long after it
# was due says so: the bot was down, or the clock jumped.
LATE_AFTER = timedelta(hours=1)


def late_since(due: datetime, at: datetime) -> datetime | None:
    """`due` when something due then is delivered late at `at`; None when on time."""
    return due if at - due >= LATE_AFTER else None


def same_day(a: datetime, b: datetime, tz: str) -> bool:
    """For "... is due today": both moments on the same calendar day in the estate's zone."""
    return a.astimezone(zone(tz)).date() == b.astimezone(zone(tz)).date()


@dataclass
class SweepReport:
    fired: list[tuple[int, str]] = field(default_factory=list)
    dropped: list[tuple[int, str]] = field(default_factory=list)


async def office_calendar(uow: UnitOfWork, estate_id: int,
                          cache: dict[int, tuple[BusinessCalendar, bool]] | None = None,
                          ) -> tuple[BusinessCalendar, bool]:
    """The estate's office calendar (24/7 UTC when the estate is gone), and whether the
    office is closed now (typhoon, black rainstorm: office-hours clocks stand still)."""
    if cache is not None and estate_id in cache:
        return cache[estate_id]
    estate = await uow.estates.get(estate_id)
    found = (calendar_of(estate), bool((estate.settings.get("closure") or {}).get("since"))) \
        if estate else (BusinessCalendar.twenty_four_seven(), False)
    if cache is not None:
        cache[estate_id] = found
    return found


def office_clock(ticket: Ticket) -> bool:
    """Deadlines counted in office hours (normal repairs, renovation reviews): they stand
    still while the office is closed (`domain.closure`)."""
    return ticket.kind is Kind.RENOVATION or (ticket.kind is Kind.REPAIR
                                               and not ticket.emergency)


def latest(deadline: Deadline, cal: BusinessCalendar, now: datetime) -> Deadline:
    """The last repetition of a repeating deadline whose moment has come by `now`."""
    assert deadline.every is not None
    since = deadline.since or deadline.due
    elapsed = cal.between(since, now) if deadline.office else now - since
    n = max(deadline.n, int(elapsed // deadline.every))
    if n == deadline.n:
        return deadline
    add = cal.add if deadline.office else (lambda at, span: at + span)
    return deadline.repetition(n, add(since, deadline.every * n))


async def sweep(uow: UnitOfWork, now: datetime, limit: int = 200) -> SweepReport:
    """Fire every due level of every kind once (the `fired` table's unique key decides)."""
    report = SweepReport()
    calendars: dict[int, tuple[BusinessCalendar, bool]] = {}
    for ticket in await uow.tickets.due(now, limit):
        cal, closed = await office_calendar(uow, ticket.estate_id, calendars)
        if closed and office_clock(ticket):
            # Set aside until the office reopens (`closure.reopen_office` moves it on).
            await uow.tickets.set_fields(ticket.id, version=ticket.version, next_due_at=None)
            continue
        fired = await uow.fired.fired("ticket", ticket.id)
        moved = False
        level_fired = False
        for deadline in due_now(ticket, fired, now, cal.add):
            first = deadline.n
            if deadline.every is not None:
                deadline = latest(deadline, cal, now)
            key = deadline.key(ticket)
            if not await uow.fired.claim("ticket", ticket.id, key, now):
                continue
            fired.add(key)
            detail = {"due": deadline.due.isoformat(), "cycle": ticket.cycle}
            if deadline.every is not None:
                detail.update(repeat=deadline.n, skipped=deadline.n - first)
            if deadline.stale(now) or (deadline.every is not None and (level_fired or moved)):
                report.dropped.append((ticket.id, deadline.level))
                await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                                       action="deadline-dropped", to_state=deadline.level,
                                       detail=detail)
                continue
            level_fired = level_fired or deadline.every is None
            report.fired.append((ticket.id, deadline.level))
            await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                                   action="deadline", to_state=deadline.level, detail=detail)
            hook = ON_FIRE.get(ticket.kind)
            if hook is not None:
                moved = await hook(uow, ticket, deadline, now) or moved
            else:
                uow.emit(ev.DeadlineReached(ticket.id, level=deadline.level,
                                            repeat=deadline.n))
        if not moved:
            await uow.tickets.set_fields(ticket.id, version=ticket.version,
                                         next_due_at=next_due(ticket, fired, cal.add))
    return report
