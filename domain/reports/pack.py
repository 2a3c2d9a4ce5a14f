"""What one month's report holds: the KPI rows and the registry lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.reports.kpis import KpiRow
from domain.reports.period import Month
from domain.reports.registry_lists import RegistryLists


@dataclass(frozen=True)
class MonthlyPack:
    estate_id: int
    month: Month
    as_of: datetime
    rows: tuple[KpiRow, ...]
    lists: RegistryLists
