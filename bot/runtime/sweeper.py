"""The sweeper: finds what is due (deadlines, stale groups, old inbox rows) and acts on it.

Every job runs in its own transaction; what it fires is recorded with a unique key, so a
restart or a second process never fires the same thing twice.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from bot.runtime.processor import is_transient
from bot.runtime.renovation_sweep import renovation_site
from domain import onboarding, repair
from domain.clock import Clock
from domain.complaints import handling as complaints
from domain.custody import checks as custody
from domain.routine import daily, weekly
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


async def complaint_week(uow: SqlUnitOfWork, now: datetime) -> int:
    return await complaints.weekly_reports(uow, now)


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
