"""What the reports read (`ReportsRepo`, read-only) and the report's own state."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from domain.model import Unit
from domain.ports import UnitAttrs
from domain.reports.kpis import Move
from domain.reports.registry_lists import Holding
from domain.spotchecks.ports import SpotUnitOfWork
from domain.tickets import Kind, Ticket


@dataclass(frozen=True)
class MonthlyState:
    estate_id: int
    month: str
    made_at: datetime
    sent_at: datetime | None = None
    sent_by: int | None = None


class ReportsRepo(Protocol):
    """Reads only: never writes a row."""

    async def estate_since(self, estate_id: int) -> datetime | None:
        """When the estate came into use on the bot (first ticket or registry link)."""
        ...
    async def tickets(self, estate_id: int, kind: Kind, start: datetime,
                      end: datetime) -> list[Ticket]:
        """Tickets of the kind open at some time in [start, end)."""
        ...
    async def opened(self, estate_id: int, kind: Kind, start: datetime,
                     end: datetime) -> list[Ticket]:
        """Tickets of the kind received in [start, end)."""
        ...
    async def moves(self, ticket_ids: Sequence[int]) -> dict[int, tuple[Move, ...]]: ...
    async def missed_rounds(self, estate_id: int, first: date, last: date) -> int: ...
    async def units(self, estate_id: int) -> list[tuple[Unit, UnitAttrs]]: ...
    async def holdings(self, estate_id: int) -> list[Holding]: ...


class MonthlyReportsRepo(Protocol):
    async def add(self, estate_id: int, month: str, now: datetime) -> bool: ...
    async def get(self, estate_id: int, month: str) -> MonthlyState | None: ...
    async def mark_sent(self, estate_id: int, month: str, person_id: int,
                        now: datetime) -> bool:
        """Compare-and-set: only a report not marked yet is marked."""
        ...


class ReportsUnitOfWork(SpotUnitOfWork, Protocol):
    """The report reads the spot checks and corrective actions too (`SpotUnitOfWork`)."""

    @property
    def reports(self) -> ReportsRepo: ...
    @property
    def monthly_reports(self) -> MonthlyReportsRepo: ...
