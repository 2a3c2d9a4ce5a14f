"""The monthly management report by the 5th (每月5日前提交月度管理報告).

On the 1st at 09:00 (estate time) the sweeper makes last month's report once per estate and
month (the `fired` key `monthly-report:YYYY-MM` decides; a report that fell due while the bot
was down goes out when it is back, once, marked late). From the 3rd, at the office's opening,
the managers are reminded once a day until one of them marks it sent (已呈交); after the 5th
the reminder says it is overdue. Only today's reminder is ever sent: days the bot was down are
not made up (one current reminder, not a pile).

Other features add figures through `SOURCE_PROVIDERS` (see `domain.reports.kpis` for the keys
they fill, e.g. `spot_checks` and `open_actions`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from domain.calendar import zone
from domain.deadlines import late_since
from domain.errors import InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, Estate, StaffRole
from domain.registry import calendar_of
from domain.renovation.model import RenovationPolicy
from domain.repair.intake import RepairPolicy
from domain.reports import events as rev
from domain.reports import kpis
from domain.reports.pack import MonthlyPack
from domain.reports.period import Month
from domain.reports.ports import ReportsUnitOfWork
from domain.reports.registry_lists import RegistryLists, lists
from domain.tickets import Kind

REPORT_HOUR = 9
REMIND_FROM_DAY = 3
DUE_DAY = 5
OFFICE = (StaffRole.DESK, StaffRole.MANAGER)

# (uow, estate, month, start, end) -> figures for `MonthFacts.sources`.
SourceProvider = Callable[[ReportsUnitOfWork, Estate, Month, datetime, datetime],
                          Awaitable[dict[str, Any]]]


async def _own_sources(uow: ReportsUnitOfWork, estate: Estate, month: Month, start: datetime,
                       end: datetime) -> dict[str, Any]:
    return {"units": len(await uow.reports.units(estate.id)),
            "missed_rounds": await uow.reports.missed_rounds(estate.id, month.first_day,
                                                             month.last_day)}


async def _spot_check_sources(uow: ReportsUnitOfWork, estate: Estate, month: Month,
                             start: datetime, end: datetime) -> dict[str, Any]:
    """The spot checks of the month (drawn on its 1st, done during it) and the corrective
    actions still open when the report is made."""
    return {"spot_checks": await uow.spot_checks.month_summary(estate.id, month.label),
            "open_actions": await uow.actions.open_count(estate.id)}


# Features append their providers.
SOURCE_PROVIDERS: list[SourceProvider] = [_own_sources, _spot_check_sources]


def is_office(actor: Actor, estate_id: int) -> bool:
    return actor.person is not None and actor.has_role(estate_id, *OFFICE)


def office_estates(actor: Actor) -> list[int]:
    """The estates whose reports and registry lists this person may have (desk, managers)."""
    return sorted(e for e in actor.estates() if is_office(actor, e))


def due_day(month: Month) -> date:
    """The report of `month` is handed in by the 5th of the next month."""
    return month.next().first_day.replace(day=DUE_DAY)


def latest_due(tz: str, now: datetime) -> tuple[Month, datetime]:
    """The month whose report fell due last by `now`, and when (the 1st after it, 09:00)."""
    local = now.astimezone(zone(tz))
    this = Month.of(local.date())
    due = datetime.combine(this.first_day, time(REPORT_HOUR), zone(tz))
    if local < due:
        this = this.previous()
        due = datetime.combine(this.first_day, time(REPORT_HOUR), zone(tz))
    return this.previous(), due


async def facts(uow: ReportsUnitOfWork, estate: Estate, month: Month,
                now: datetime) -> kpis.MonthFacts:
    start, end = month.bounds(estate.tz)
    tickets = {kind: await uow.reports.tickets(estate.id, kind, start, end)
               for kind in (Kind.REPAIR, Kind.COMPLAINT, Kind.RENOVATION)}
    ids = [t.id for found in tickets.values() for t in found
           if t.kind in (Kind.REPAIR, Kind.RENOVATION)]
    sources: dict[str, Any] = {}
    for provider in SOURCE_PROVIDERS:
        sources.update(await provider(uow, estate, month, start, end))
    return kpis.MonthFacts(
        start=start, end=end, as_of=now, calendar=calendar_of(estate),
        repairs=tuple(tickets[Kind.REPAIR]), complaints=tuple(tickets[Kind.COMPLAINT]),
        renovations=tuple(tickets[Kind.RENOVATION]), moves=await uow.reports.moves(ids),
        rework_hours=RepairPolicy.of(estate).rework_hours,
        review_days=RenovationPolicy.of(estate).review_days, sources=sources)


def targets(estate: Estate) -> dict[str, float]:
    """`settings["reports"]["targets"]`, e.g. {"repair-accept": 95}; anything but a number
    for a known KPI is ignored (a typo never stops the report)."""
    raw = (estate.settings.get("reports") or {}).get("targets")
    if not isinstance(raw, dict):
        return {}
    return {k: float(v) for k, v in raw.items()
            if k in kpis.DEFAULT_TARGETS and isinstance(v, int | float)
            and not isinstance(v, bool)}


async def pack(uow: ReportsUnitOfWork, estate: Estate, month: Month,
               now: datetime) -> MonthlyPack:
    """The month's KPIs beside the month before, and the registry lists at its end."""
    goals = targets(estate)
    this = kpis.compute(await facts(uow, estate, month, now), goals)
    last = kpis.compute(await facts(uow, estate, month.previous(), now), goals)
    registry = lists(month, await uow.reports.units(estate.id),
                     await uow.reports.holdings(estate.id))
    return MonthlyPack(estate.id, month, now, tuple(kpis.compare(this, last)), registry)


# ---------------------------------------------------------------- the sweeper's job


async def sweep_monthly(uow: ReportsUnitOfWork, now: datetime) -> int:
    """The 1st at 09:00: last month's report to the managers; from the 3rd at opening, one
    reminder a day until it is marked sent. Returns how many messages it queued."""
    done = 0
    for estate in await uow.estates.all():
        month, due = latest_due(estate.tz, now)
        key = f"monthly-report:{month.label}"
        fired = await uow.fired.fired("estate", estate.id)
        if key not in fired:
            since = await uow.reports.estate_since(estate.id)
            if since is None or since >= month.bounds(estate.tz)[1]:
                continue  # the estate was not on the bot yet in that month
            if not await uow.fired.claim("estate", estate.id, key, now):
                continue
            await uow.monthly_reports.add(estate.id, month.label, now)
            made = await pack(uow, estate, month, now)
            late = late_since(due, now)
            await uow.audit.record(at=now, entity="estate", entity_id=str(estate.id),
                                   action="monthly-report", to_state=month.label,
                                   detail={"late": late.isoformat() if late else None})
            uow.emit(rev.MonthlyReportMade(made, due_day(month), late))
            done += 1
            continue
        done += await _remind(uow, estate, month, now, fired)
    return done


async def _remind(uow: ReportsUnitOfWork, estate: Estate, month: Month, now: datetime,
                  fired: set[str]) -> int:
    state = await uow.monthly_reports.get(estate.id, month.label)
    if state is None or state.sent_at is not None:
        return 0
    local = now.astimezone(zone(estate.tz))
    today = local.date()
    if today < month.next().first_day.replace(day=REMIND_FROM_DAY):
        return 0
    if state.made_at.astimezone(zone(estate.tz)).date() == today:
        return 0  # made today (late): the report itself asks for it
    opens = calendar_of(estate).opens_at(today) or datetime.combine(
        today, time(REPORT_HOUR), zone(estate.tz))
    key = f"monthly-remind:{month.label}:{today.isoformat()}"
    if local < opens or key in fired:
        return 0
    if not await uow.fired.claim("estate", estate.id, key, now):
        return 0
    overdue = today > due_day(month)
    await uow.audit.record(at=now, entity="estate", entity_id=str(estate.id),
                           action="monthly-remind", to_state=month.label,
                           detail={"day": today.isoformat(), "overdue": overdue})
    uow.emit(rev.MonthlyReportReminder(estate.id, month, due_day(month), overdue))
    return 1


# ---------------------------------------------------------------- managers and the desk


async def mark_sent(uow: ReportsUnitOfWork, actor: Actor, estate_id: int, label: str,
                    now: datetime) -> bool:
    """已呈交: a manager says the report was handed in; the reminders stop. False when
    someone had marked it already."""
    if actor.person is None or not actor.has_role(estate_id, StaffRole.MANAGER):
        raise NotAuthorized("report-sent-managers-only")
    state = await uow.monthly_reports.get(estate_id, label)
    if state is None:
        raise NotFound()
    if not await uow.monthly_reports.mark_sent(estate_id, label, actor.person.id, now):
        return False
    await uow.audit.record(at=now, entity="estate", entity_id=str(estate_id),
                           action="monthly-sent", from_state="made", to_state=label,
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           update_id=uow.update_id)
    return True


def asked_month(text: str | None, tz: str, now: datetime) -> Month:
    """`/report month [YYYY-MM]`: the month named, or the last full month; a month that has
    not begun is refused."""
    local = now.astimezone(zone(tz)).date()
    if not text or not text.strip():
        return Month.of(local).previous()
    month = Month.parse(text)
    if month > Month.of(local):
        raise InvalidInput("report-month-future", month=month.label)
    return month


async def on_demand(uow: ReportsUnitOfWork, actor: Actor, estate_id: int, text: str | None,
                    now: datetime) -> MonthlyPack:
    """`/report month` and `/report registry` for the office (desk and managers)."""
    if not is_office(actor, estate_id):
        raise NotAuthorized("report-office-only")
    estate = await uow.estates.get(estate_id)
    if estate is None:
        raise NotFound()
    return await pack(uow, estate, asked_month(text, estate.tz, now), now)


async def registry_on_demand(uow: ReportsUnitOfWork, actor: Actor, estate_id: int,
                             text: str | None, now: datetime) -> RegistryLists:
    """`/report registry [YYYY-MM]`: the lists as at the month's end (personal data: the
    office only)."""
    if not is_office(actor, estate_id):
        raise NotAuthorized("report-office-only")
    estate = await uow.estates.get(estate_id)
    if estate is None:
        raise NotFound()
    return lists(asked_month(text, estate.tz, now), await uow.reports.units(estate.id),
                 await uow.reports.holdings(estate.id))


def export_span(first: date, last: date) -> None:
    """An export's dates: in order, at most a year apart."""
    if last < first:
        raise InvalidInput("export-dates-inverted", first=first, last=last)
    if last - first > timedelta(days=366):
        raise InvalidInput("export-too-long", days=366)
