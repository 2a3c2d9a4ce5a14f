"""The weekly status deck (每週工作狀況): last week's figures to the managers every Monday at
the office's opening, and this week's (or last week's) on demand with `/report week`."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from domain.complaints.stats import summarise, week_bounds
from domain.deadlines import late_since
from domain.errors import NotAuthorized, NotFound
from domain.model import Actor, Estate, StaffRole
from domain.registry import calendar_of
from domain.routine import events as rev
from domain.routine.figures import WeekFigures, week_figures
from domain.routine.ports import RoutineUnitOfWork
from domain.tickets import Kind

READERS = (StaffRole.MANAGER, StaffRole.DESK)
# A deck missed while the bot was down is sent late when it is back: only the latest one (its
# open risks are today's; an older deck's would read as current).
CATCH_UP_WEEKS = 1
KINDS = (Kind.REPAIR, Kind.RENOVATION)


def deck_key(label: str) -> str:
    """The fired key of one estate's deck of one ISO week."""
    return f"weekly-deck:{label}"


async def figures_of(uow: RoutineUnitOfWork, estate: Estate, day: date,
                     now: datetime) -> WeekFigures:
    """The figures of the week holding `day`, as seen at `now`."""
    start, end, label = week_bounds(estate.tz, day)
    complaints = await uow.complaints.for_period(estate.id, start, end)
    stats = summarise(estate.id, complaints, start, end, now, label)  # as seen now
    tickets = await uow.routine.tickets(estate.id, KINDS, start, end)
    moves = await uow.routine.moves([t.id for t in tickets], start, end)
    notices = await uow.routine.open_notices(estate.id)
    return week_figures(estate.id, stats, [*tickets, *complaints], moves, notices)


async def week_deck(uow: RoutineUnitOfWork, actor: Actor, estate_id: int, now: datetime, *,
                    last: bool = False) -> WeekFigures:
    """`/report week [last]`: this week so far, or the last full week; managers and desk."""
    if not actor.has_role(estate_id, *READERS):
        raise NotAuthorized("report-office-only")
    estate = await uow.estates.get(estate_id)
    if estate is None:
        raise NotFound()
    day = calendar_of(estate).local(now).date() - timedelta(days=7 if last else 0)
    return await figures_of(uow, estate, day, now)


def deck_moments(estate: Estate, now: datetime, weeks: int = CATCH_UP_WEEKS) -> list[datetime]:
    """The Monday openings (estate time) of the last `weeks` decks due by `now`, oldest
    first; a Monday the office is closed, the deck is due at the week's first opening."""
    cal = calendar_of(estate)
    this_monday = week_bounds(estate.tz, cal.local(now).date())[0].date()
    out = []
    for n in range(weeks, -1, -1):  # this week's Monday may not have come yet
        monday = this_monday - timedelta(days=7 * n)
        opening = next((o for o in (cal.opens_at(monday + timedelta(days=i))
                                    for i in range(7)) if o is not None), None)
        if opening is not None and opening <= now:
            out.append(opening)
    return out[-weeks:]


async def sweep_weekly_decks(uow: RoutineUnitOfWork, now: datetime) -> int:
    """Every Monday at opening: last week's deck to the managers group, once per estate and
    ISO week. One that fell due while the bot was down (up to `CATCH_UP_WEEKS` back) goes
    out when it is back, once, marked late. Estates with no managers group get none."""
    sent = 0
    for estate in await uow.estates.all():
        fired: set[str] | None = None
        for due in deck_moments(estate, now):
            reported = due.astimezone(calendar_of(estate).tz).date() - timedelta(days=7)
            label = week_bounds(estate.tz, reported)[2]
            if fired is None:
                fired = await uow.fired.fired("estate", estate.id)
            if deck_key(label) in fired:
                continue
            if not await uow.routine.any_before(estate.id, week_bounds(estate.tz, reported)[1]):
                continue  # the estate had no tickets yet: no empty deck
            if not await uow.fired.claim("estate", estate.id, deck_key(label), now):
                continue
            figures = await figures_of(uow, estate, reported, now)
            late = late_since(due, now)
            await uow.audit.record(at=now, entity="estate", entity_id=str(estate.id),
                                   action="weekly-deck", to_state=label,
                                   detail={"repairs": figures.repairs.opened,
                                           "complaints": figures.complaints.received,
                                           "late": late.isoformat() if late else None})
            uow.emit(rev.WeeklyDeckDue(estate.id, figures, late_since=late))
            sent += 1
    return sent
