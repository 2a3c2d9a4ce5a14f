"""The unit of work: one transaction, its repositories, and the events it recorded."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from domain.events import Event
from store import fsm
from store.db import Database
from store.repos.announcements import SqlAnnouncements
from store.repos.complaints import SqlComplaints, SqlSatisfaction
from store.repos.custody import SqlCustody
from store.repos.faq import SqlFaq
from store.repos.household import SqlHousehold
from store.repos.infra import SqlAudit, SqlFired, SqlOutbox
from store.repos.move_in import SqlMoveIns
from store.repos.registry import (
    SqlCodes,
    SqlEstates,
    SqlGroups,
    SqlLinkRequests,
    SqlPeople,
    SqlTenures,
    SqlUnits,
)
from store.repos.renovation import SqlRenovations
from store.repos.reports import SqlMonthlyReports, SqlReports
from store.repos.routine import SqlRoutine
from store.repos.search import SqlSearch
from store.repos.spot_checks import SqlActions, SqlSpotChecks
from store.repos.staff import SqlDepartures, SqlStaff
from store.repos.surveys import SqlSurveys
from store.repos.tickets import SqlDeepLinks, SqlFiles, SqlTickets

log = logging.getLogger(__name__)

# Turns recorded events into outbox rows (bot/notify.py); runs inside the same transaction.
Publisher = Callable[["SqlUnitOfWork", Event], Awaitable[None]]


class SqlUnitOfWork:
    """Repositories over one session; rolls back unless `commit()` is called."""

    def __init__(self, session: AsyncSession, *, publisher: Publisher | None = None,
                 update_id: int | None = None, context: dict[str, Any] | None = None) -> None:
        self.session = session
        self.publisher = publisher
        self.update_id = update_id
        self.context: dict[str, Any] = context or {}
        self.events: list[Event] = []
        self.committed = False
        self.estates = SqlEstates(session)
        self.units = SqlUnits(session)
        self.people = SqlPeople(session)
        self.tenures = SqlTenures(session)
        self.staff = SqlStaff(session)
        self.departures = SqlDepartures(session)
        self.groups = SqlGroups(session)
        self.codes = SqlCodes(session)
        self.link_requests = SqlLinkRequests(session)
        self.audit = SqlAudit(session)
        self.outbox = SqlOutbox(session)
        self.fired = SqlFired(session)
        self.tickets = SqlTickets(session)
        self.files = SqlFiles(session)
        self.links = SqlDeepLinks(session)
        self.surveys = SqlSurveys(session)
        self.renovations = SqlRenovations(session)
        self.complaints = SqlComplaints(session)
        self.satisfaction = SqlSatisfaction(session)
        self.move_ins = SqlMoveIns(session)
        self.custody = SqlCustody(session)
        self.faq = SqlFaq(session)
        self.household = SqlHousehold(session)
        self.search = SqlSearch(session)
        self.spot_checks = SqlSpotChecks(session)
        self.actions = SqlActions(session)
        self.reports = SqlReports(session)
        self.monthly_reports = SqlMonthlyReports(session)
        self.announcements = SqlAnnouncements(session)
        self.routine = SqlRoutine(session)  # read-only: daily lists, the weekly deck
        self._extensions: dict[str, Any] = {}
        self._after_commit: list[Callable[[], Awaitable[None]]] = []

    def emit(self, event: Event) -> None:
        self.events.append(event)

    async def publish(self) -> None:
        """Render the events recorded so far (and any they record in turn)."""
        while self.events:
            batch, self.events = self.events, []
            if self.publisher is not None:
                for event in batch:
                    await self.publisher(self, event)

    def after_commit(self, job: Callable[[], Awaitable[None]]) -> None:
        """Slow work that must not hold the transaction (drawing a chart): it runs after the
        commit, with no transaction open; the outbox rows it queues are then written in a
        short transaction of their own. Lost if the process stops in between."""
        self._after_commit.append(job)

    async def commit(self) -> None:
        await self.publish()
        await self.outbox.flush()
        await fsm.flush(self.session)
        await self.session.commit()
        self.committed = True
        await self._run_after_commit()

    async def _run_after_commit(self) -> None:
        while self._after_commit:
            jobs, self._after_commit = self._after_commit, []
            for job in jobs:
                try:
                    await job()
                except Exception as exc:
                    log.warning("after-commit work failed (%s)", type(exc).__name__)
            try:
                await self.publish()
                await self.outbox.flush()
                await self.session.commit()
            except Exception as exc:
                log.warning("after-commit rows not written (%s)", type(exc).__name__)
                await self.rollback()

    async def rollback(self) -> None:
        self.events.clear()
        self.outbox.rows.clear()
        await self.session.rollback()

    async def __aenter__(self) -> SqlUnitOfWork:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        # Closing rolls back whatever was not committed.
        self.events.clear()
        await self.session.close()


def open_uow(db: Database, *, publisher: Publisher | None = None,
             update_id: int | None = None) -> SqlUnitOfWork:
    """A unit of work on the write engine."""
    return SqlUnitOfWork(db.writer(), publisher=publisher, update_id=update_id)
