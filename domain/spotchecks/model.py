"""Spot checks (抽查) and corrective and preventive actions (糾正/預防措施), source 『陸』一(四)8,
三(四)1 and 五(九): each month the manager checks, at random, completed callbacks, renovation
management and move-in records; what fails is rectified or followed by an action."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from domain.model import Estate


class CheckKind(StrEnum):
    CALLBACK = "callback"      # a repair's callback (回訪): call the owner, was it done right
    RENOVATION = "renovation"  # renovation management: site rounds, notices, the file
    MOVE_IN = "move_in"        # a move-in record (入伙資料、記錄)


class CheckStatus(StrEnum):
    PENDING = "pending"  # drawn, waiting its turn (checks come one by one)
    SENT = "sent"        # its card is with the managers
    PASSED = "passed"
    FAILED = "failed"


DECIDED = (CheckStatus.PASSED, CheckStatus.FAILED)


class RectifyStatus(StrEnum):
    """A failed move-in record sent back to the desk in writing (書面通知整改)."""

    OPEN = "open"
    CORRECTED = "corrected"


class Cause(StrEnum):
    """人機料法環: the fishbone's five causes."""

    PEOPLE = "people"
    MACHINE = "machine"
    MATERIAL = "material"
    METHOD = "method"
    ENVIRONMENT = "environment"


class ActionSource(StrEnum):
    CHECK = "check"          # a failed spot check
    REPEAT = "repeat"        # a problem that keeps coming back (屬於多次出現的問題)
    PARETO = "pareto"        # a Pareto finding (排列圖)
    COMPLAINT = "complaint"


class ActionStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True)
class SpotPolicy:
    """How many of each kind are drawn a month (at least), and the deadlines;
    `settings["spot_checks"]` overrides them."""

    callbacks: int = 4            # 經理每月隨機進行抽查 (回訪)
    renovations: int = 4          # 每月不定期抽查四次裝修管理情況
    move_ins: int = 1             # 正常工作期間每月抽查一次
    move_ins_collective: int = 4  # 集中入伙期間每月抽查四次
    rectify_days: int = 3         # a failed move-in record: days for the desk to correct it
    action_days: int = 14         # the default deadline of a corrective action

    @classmethod
    def of(cls, estate: Estate) -> SpotPolicy:
        raw: dict[str, Any] = estate.settings.get("spot_checks") or {}
        known = {f.name: int(raw[f.name]) for f in fields(cls)
                 if f.name in raw and valid_setting(f.name, raw[f.name])}
        return cls(**known)

    def wanted(self, collective: bool) -> dict[CheckKind, int]:
        return {CheckKind.CALLBACK: self.callbacks, CheckKind.RENOVATION: self.renovations,
                CheckKind.MOVE_IN: self.move_ins_collective if collective else self.move_ins}


def valid_setting(name: str, value: Any) -> bool:
    """A `spot_checks.*` setting: a known name and a whole number (counts 0..50, days
    1..90)."""
    if name not in {f.name for f in fields(SpotPolicy)} or isinstance(value, bool) \
            or not isinstance(value, int):
        return False
    if name.endswith("_days"):
        return 1 <= value <= 90
    return 0 <= value <= 50


@dataclass(frozen=True)
class Draw:
    """One month's draw: `month` is when the checks are to be done ("2026-12", drawn on the
    1st), `source_month` the month the records come from ("2026-11")."""

    id: int
    estate_id: int
    month: str
    source_month: str
    seed: int
    drawn_at: datetime
    wanted: dict[str, int]
    found: dict[str, int]     # candidates there were
    shortfall: dict[str, int]  # wanted but not there (fewer candidates)


@dataclass(frozen=True)
class SpotCheck:
    id: int
    draw_id: int
    estate_id: int
    month: str
    kind: CheckKind
    target_id: int  # the ticket (callback, renovation) or the move-in record
    position: int
    status: CheckStatus = CheckStatus.PENDING
    reason: str | None = None
    by_person_id: int | None = None
    decided_at: datetime | None = None
    rectify_by: date | None = None
    rectify_status: RectifyStatus | None = None
    corrected_at: datetime | None = None
    corrected_by: int | None = None
    version: int = 1


@dataclass(frozen=True)
class Action:
    """A corrective or preventive action (糾正/預防措施實施通知單)."""

    id: int
    number: str
    estate_id: int
    source: ActionSource
    cause: Cause
    owner_id: int
    due_on: date
    description: str
    opened_by: int
    opened_at: datetime
    status: ActionStatus = ActionStatus.OPEN
    check_id: int | None = None
    closed_at: datetime | None = None
    closed_by: int | None = None
    close_note: str | None = None
    version: int = 1
