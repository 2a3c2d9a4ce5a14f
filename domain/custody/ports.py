"""What custody needs from storage (store/repos/custody.py implements it)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Protocol

from domain.custody.model import (
    Check,
    CheckKind,
    CheckResult,
    Custody,
    CustodyStatus,
    Reading,
    ReadingKind,
)
from domain.ports import UnitOfWork


class CustodyRepo(Protocol):
    async def add(self, *, estate_id: int, unit_id: int, owner_id: int, start_date: date,
                  end_date: date, contact: str, keys_held: bool, fee_rate: int,
                  now: datetime) -> Custody: ...
    async def get(self, custody_id: int) -> Custody | None: ...
    async def for_unit(self, unit_id: int) -> list[Custody]:
        """Every custody agreement of a unit, newest first (the household file)."""
        ...
    async def in_status(self, statuses: list[CustodyStatus],
                        estate_id: int | None = None) -> list[Custody]: ...
    async def move(self, custody: Custody, to: CustodyStatus, **values: Any) -> bool:
        """Compare-and-set on (status, version); True when this call moved it."""
        ...
    async def add_reading(self, custody_id: int, kind: ReadingKind, water: float,
                          electricity: float, now: datetime, by_person_id: int | None,
                          water_used: float | None, electricity_used: float | None,
                          flagged: bool) -> Reading: ...
    async def readings(self, custody_id: int) -> list[Reading]: ...
    async def reading(self, reading_id: int) -> Reading | None: ...
    async def add_check(self, custody_id: int, kind: CheckKind, due_at: datetime) -> Check: ...
    async def check(self, check_id: int) -> Check | None: ...
    async def checks(self, custody_id: int) -> list[Check]: ...
    async def record_check(self, check_id: int, result: CheckResult, items: dict[str, bool],
                           note: str | None, by_person_id: int | None,
                           now: datetime) -> bool:
        """Compare-and-set on a pending check."""
        ...


class CustodyUnitOfWork(UnitOfWork, Protocol):
    @property
    def custody(self) -> CustodyRepo: ...
