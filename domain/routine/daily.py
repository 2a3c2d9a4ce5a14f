"""The daily list (每日工作清單): at the office's opening each staff group gets its day."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from domain.model import Estate, Group, GroupPurpose
from domain.registry import calendar_of
from domain.routine import events as rev
from domain.routine.figures import DailyList, daily_list
from domain.routine.ports import RoutineUnitOfWork
from domain.tickets import Kind

LISTED = (GroupPurpose.DESK, GroupPurpose.MANAGERS, GroupPurpose.CREW)
KINDS = (Kind.REPAIR, Kind.COMPLAINT, Kind.RENOVATION)


def list_key(day: object) -> str:
    """The fired key of one group's list of one day (at most once, across restarts)."""
    return f"daily-list:{day}"


async def day_lists(uow: RoutineUnitOfWork, estate: Estate, groups: list[Group],
                    now: datetime) -> list[DailyList]:
    """The lists of today (estate time) for the given groups of one estate."""
    cal = calendar_of(estate)
    day = cal.local(now).date()
    start = datetime.combine(day, time(0), cal.tz)
    end = datetime.combine(day + timedelta(days=1), time(0), cal.tz)
    tickets = await uow.routine.tickets(estate.id, KINDS, start, end)
    tickets = [t for t in tickets if t.is_open]
    notices = await uow.routine.open_notices(estate.id)
    move_ins = await uow.routine.move_ins(estate.id, start, end)
    return [daily_list(estate.id, day, g.purpose, g.trade, tickets, notices, move_ins,
                       start, end, now) for g in groups if g.purpose is not None]


async def sweep_daily_lists(uow: RoutineUnitOfWork, now: datetime) -> int:
    """From the office's opening on an open day (until it closes), each desk, managers and
    crew group of the estate gets today's list, once (a fired key per group and day). Only
    today's: a day that passed while the bot was down is not sent late (its list is stale)."""
    sent = 0
    for estate in await uow.estates.all():
        cal = calendar_of(estate)
        day = cal.local(now).date()
        spans = cal.intervals(day)
        if not spans or not spans[0][0] <= now < spans[-1][1]:
            continue  # closed today, not open yet, or closed for the day (the list is moot)
        due: list[Group] = []
        for group in await uow.groups.active(estate.id):
            if group.purpose not in LISTED:
                continue
            if list_key(day) in await uow.fired.fired("group", group.chat_id):
                continue
            due.append(group)
        if not due:
            continue
        lists = await day_lists(uow, estate, due, now)
        for group, daily in zip(due, lists, strict=True):
            if not await uow.fired.claim("group", group.chat_id, list_key(day), now):
                continue
            await uow.audit.record(at=now, entity="group", entity_id=str(group.chat_id),
                                   action="daily-list", to_state=day.isoformat(),
                                   detail={"overdue": len(daily.overdue),
                                           "callbacks": len(daily.callbacks),
                                           "today": len(daily.today),
                                           "complaints": len(daily.complaints),
                                           "jobs": len(daily.jobs)})
            uow.emit(rev.DailyListDue(group.chat_id, daily))
            sent += 1
    return sent
