"""The deadline sweep for every ticket kind: each due reminder or escalation fires once.

Each kind says what its levels are (`tickets.PLANNERS`) and, when a level must do more than
announce itself, what happens when it fires (`ON_FIRE`, e.g. a repair nobody confirmed is
confirmed automatically). Without a hook a level records `DeadlineReached`.

A reminder found after its moment has passed (`Deadline.until`: the bot was down, or the clock
jumped) is claimed and dropped with an audit row, never sent: the overdue alert says it all.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from domain import events as ev
from domain.calendar import zone
from domain.ports import UnitOfWork
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


async def sweep(uow: UnitOfWork, now: datetime, limit: int = 200) -> SweepReport:
    """Fire every due level of every kind once (the `fired` table's unique key decides)."""
    report = SweepReport()
    for ticket in await uow.tickets.due(now, limit):
        fired = await uow.fired.fired("ticket", ticket.id)
        moved = False
        for deadline in due_now(ticket, fired, now):
            key = deadline.key(ticket)
            if not await uow.fired.claim("ticket", ticket.id, key, now):
                continue
            fired.add(key)
            if deadline.stale(now):
                report.dropped.append((ticket.id, deadline.level))
                await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                                       action="deadline-dropped", to_state=deadline.level,
                                       detail={"due": deadline.due.isoformat(),
                                               "cycle": ticket.cycle})
                continue
            report.fired.append((ticket.id, deadline.level))
            await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                                   action="deadline", to_state=deadline.level,
                                   detail={"due": deadline.due.isoformat(),
                                           "cycle": ticket.cycle})
            hook = ON_FIRE.get(ticket.kind)
            if hook is not None:
                moved = await hook(uow, ticket, deadline, now) or moved
            else:
                uow.emit(ev.DeadlineReached(ticket.id, level=deadline.level))
        if not moved:
            await uow.tickets.set_fields(ticket.id, version=ticket.version,
                                         next_due_at=next_due(ticket, fired))
    return report
