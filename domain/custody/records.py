"""A unit's custody records for the household file (一戶一檔): every agreement with its
readings and checks, newest first."""

from __future__ import annotations

from dataclasses import dataclass

from domain.custody.model import Check, Custody, Reading
from domain.custody.ports import CustodyUnitOfWork


@dataclass(frozen=True)
class CustodyRecord:
    custody: Custody
    readings: tuple[Reading, ...]
    checks: tuple[Check, ...]


async def unit_records(uow: CustodyUnitOfWork, unit_id: int) -> list[CustodyRecord]:
    """Everything custody kept about a unit (the household file lists it)."""
    return [CustodyRecord(c, tuple(await uow.custody.readings(c.id)),
                          tuple(await uow.custody.checks(c.id)))
            for c in await uow.custody.for_unit(unit_id)]
