"""The sweeper: finds what is due (deadlines, stale groups, old inbox rows) and acts on it.

Every job runs in its own transaction; what it fires is recorded with a unique key, so a
restart or a second process never fires the same thing twice.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from bot.runtime.processor import is_transient
from bot.runtime.renovation_sweep import renovation_site
from domain import onboarding, repair
from domain.announcements import service as announcements
from domain.clock import Clock
from domain.complaints import handling as complaints
from domain.custody import checks as custody
from domain.reports import monthly as monthly_report
from domain.routine import daily, weekly
from domain.spotchecks import checks as spot_checks
from domain.survey import campaigns as surveys
from store import inbox
from store.db import Database
from store.uow import Publisher, SqlUnitOfWork

log = logging.getLogger(__name__)

SweepJob = Callable[[SqlUnitOfWork, datetime], Awaitable[int]]


async def leave_unlinked(uow: SqlUnitOfWork, now: datetime) -> int:
    return await onboarding.leave_unlinked_groups(uow, now)


async def ticket_deadlines(uow: SqlUnitOfWork, now: datetime) -> int:
    """Every ticket kind (repairs, complaints, ...) through the one deadline sweep."""
    return len((await repair.sweep_deadlines(uow, now)).fired)


async def survey_campaigns(uow: SqlUnitOfWork, now: datetime) -> int:
    return len((await surveys.sweep_campaigns(uow, now)).fired)


async def survey_years(uow: SqlUnitOfWork, now: datetime) -> int:
    return await surveys.sweep_year_reviews(uow, now)


async def custody_checks(uow: SqlUnitOfWork, now: datetime) -> int:
    """Weekly outside checks of flats in custody made due."""
    return await custody.sweep_weekly(uow, now)


async def weather_checks(uow: SqlUnitOfWork, now: datetime) -> int:
    """Rain checks of flats in custody when the Observatory's warnings start or end. Only run
    when `weather.url` is set (the app adds it, with the watch in the sweeper's context)."""
    watch = uow.context.get("weather")
    summary = watch.fresh() if watch is not None else None
    if summary is None:
        return 0
    return await custody.weather_observed(uow, summary, now)


async def spot_check_month(uow: SqlUnitOfWork, now: datetime) -> int:
    """The monthly spot-check draw (抽查), each seed random and recorded."""
    return await spot_checks.sweep_month(uow, now, lambda: secrets.randbits(62))


async def spot_check_deadlines(uow: SqlUnitOfWork, now: datetime) -> int:
    """Failed move-in records not corrected, corrective actions not closed."""
    return await spot_checks.sweep_deadlines(uow, now)


async def complaint_week(uow: SqlUnitOfWork, now: datetime) -> int:
    return await complaints.weekly_reports(uow, now)


async def monthly_reports(uow: SqlUnitOfWork, now: datetime) -> int:
    """The 1st at 09:00: last month's management report; from the 3rd, its reminders."""
    return await monthly_report.sweep_monthly(uow, now)


CHUNK_PAUSE_S = 0.1


async def announcements_feed(uow: SqlUnitOfWork, now: datetime) -> int:
    """Announcements due started; the next batch of recipients queued (bounded backlog),
    committed a chunk at a time: a long fan-out never holds the database for long."""
    feed = uow.context.get("announce_feed") or announcements.Feed()
    done = 0
    while done < feed.batch:
        step = announcements.Feed(min(feed.chunk, feed.batch - done), feed.backlog, feed.chunk)
        n = await announcements.sweep(uow, now, step)
        await uow.commit()
        if not n:
            break
        done += n
        await asyncio.sleep(CHUNK_PAUSE_S)  # let waiting writers (replies) in between chunks
    return done


async def daily_lists(uow: SqlUnitOfWork, now: datetime) -> int:
    """Each staff group's day at the office's opening, once per group and day."""
    return await daily.sweep_daily_lists(uow, now)


async def weekly_reports(uow: SqlUnitOfWork, now: datetime) -> int:
    """Last week's status deck to the managers every Monday at opening, once per week."""
    return await weekly.sweep_weekly_decks(uow, now)


# Features append their deadline sweeps here (order: cheap first).
JOBS: list[tuple[str, SweepJob]] = [("leave-unlinked-groups", leave_unlinked),
                                    ("ticket-deadlines", ticket_deadlines),
                                    ("survey-campaigns", survey_campaigns),
                                    ("survey-year-reviews", survey_years),
                                    ("renovation-site", renovation_site),
                                    ("custody-checks", custody_checks),
                                    ("complaint-week", complaint_week),
                                    ("spot-check-month", spot_check_month),
                                    ("spot-check-deadlines", spot_check_deadlines),
                                    ("monthly-reports", monthly_reports),
                                    ("announcements", announcements_feed),
                                    ("daily-lists", daily_lists),
                                    ("weekly-reports", weekly_reports)]


class Sweeper:
    def __init__(self, db: Database, clock: Clock, publisher: Publisher, *, interval_s: float,
                 on_commit: Callable[[], None],
                 jobs: list[tuple[str, SweepJob]] | None = None,
                 leads: Callable[[], bool] = lambda: True,
                 context: dict[str, Any] | None = None) -> None:
        self.db, self.clock, self.publisher = db, clock, publisher
        self.interval_s = interval_s
        self.on_commit = on_commit
        self.jobs = jobs if jobs is not None else JOBS
        self.leads = leads
        # Handed to every job's unit of work (e.g. the file store's root).
        self.context = context or {}
        self.runs = 0
        self.last_duration_s = 0.0  # the last pass, for /metrics
        self.kick = asyncio.Event()

    async def sweep_once(self) -> dict[str, int]:
        """Run every job once; returns how much each one did. A busy database skips a job
        until the next pass, with one warning for the whole pass (not a traceback per job)."""
        done: dict[str, int] = {}
        started = time.perf_counter()
        busy: list[str] = []
        reason = ""
        for name, job in self.jobs:
            try:
                async with SqlUnitOfWork(self.db.writer(), publisher=self.publisher,
                                         context=self.context) as uow:
                    count = await job(uow, self.clock.now())
                    await uow.commit()
                done[name] = count
                if count:
                    self.on_commit()
            except Exception as exc:
                if not is_transient(exc):
                    log.exception("sweep job %s failed", name)
                    continue
                busy.append(name)
                reason = type(exc).__name__
        try:
            await inbox.purge(self.db, self.clock.now())
        except Exception as exc:
            if not is_transient(exc):
                log.warning("inbox purge failed: %s", type(exc).__name__)
            else:
                busy.append("inbox-purge")
                reason = type(exc).__name__
        if busy:
            log.warning("database busy (%s): sweep jobs left for the next pass: %s", reason,
                        ", ".join(busy))
        self.runs += 1
        self.last_duration_s = time.perf_counter() - started
        return done

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            if self.leads():
                await self.sweep_once()
            self.kick.clear()
            waiters = [asyncio.create_task(stop.wait()), asyncio.create_task(self.kick.wait())]
            await asyncio.wait(waiters, timeout=self.interval_s,
                               return_when=asyncio.FIRST_COMPLETED)
            for w in waiters:
                w.cancel()
