"""House custody (房屋託管, source 『拾』(1)⑥): an absent owner's flat looked after by the office
under a custody agreement; its records and the estate's custody policy."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from domain.model import Estate, StaffRole
from domain.weather import THRESHOLDS


class CustodyStatus(StrEnum):
    REQUESTED = "requested"  # the owner asked; the desk has not answered
    ACCEPTED = "accepted"    # the desk accepted; waiting for the owner's signature
    SIGNED = "signed"        # signed; waiting for the start readings
    ACTIVE = "active"        # start readings taken: checks and readings run
    ENDING = "ending"        # final readings taken, keys handed back; the owner confirms
    ENDED = "ended"
    DECLINED = "declined"


OPEN = (CustodyStatus.REQUESTED, CustodyStatus.ACCEPTED, CustodyStatus.SIGNED,
        CustodyStatus.ACTIVE, CustodyStatus.ENDING)
# Staff who accept agreements, read meters and check flats.
CUSTODY_STAFF = (StaffRole.DESK, StaffRole.SUPERVISOR, StaffRole.MANAGER)


class ReadingKind(StrEnum):
    START = "start"
    DURING = "during"
    FINAL = "final"


class CheckKind(StrEnum):
    WEEKLY = "weekly"
    RAIN_BEFORE = "rain_before"
    RAIN_AFTER = "rain_after"


class CheckResult(StrEnum):
    PENDING = "pending"
    OK = "ok"
    PROBLEM = "problem"


# The outside check's checklist (戶外巡查): each item is fine or a problem.
CHECK_ITEMS = ("door", "windows", "seepage", "outside")


@dataclass(frozen=True)
class CustodyPolicy:
    """The estate's custody rules; `settings["custody"]` overrides them. The limits are per
    reading period: the use between one reading and the next (the source: 託管期間水表不超過
    5º, 電表不超過20º)."""

    water_limit: float = 5.0         # units (m³) of water in one reading period
    electricity_limit: float = 20.0  # units (kWh) of electricity in one reading period
    fee_rate: int = 70               # management fee during custody, percent of the full fee
    check_days: int = 7              # outside check every week
    max_days: int = 730              # longest custody period
    rain_signal: str = "amber"       # the rainstorm warning that calls rain checks (or red, black)

    @classmethod
    def of(cls, estate: Estate) -> CustodyPolicy:
        raw: dict[str, Any] = estate.settings.get("custody") or {}
        known: dict[str, Any] = {}
        for f in fields(cls):
            if f.name == "rain_signal":
                if raw.get(f.name) in THRESHOLDS:
                    known[f.name] = raw[f.name]
            elif f.name in raw:
                known[f.name] = float(raw[f.name]) if f.name.endswith("_limit") \
                    else int(raw[f.name])
        return cls(**known)


@dataclass(frozen=True)
class Custody:
    """One custody agreement (託管協議) of a unit."""

    id: int
    number: str
    estate_id: int
    unit_id: int
    owner_id: int
    status: CustodyStatus
    start_date: date
    end_date: date
    contact: str
    keys_held: bool
    fee_rate: int
    requested_at: datetime
    accepted_by: int | None = None
    accepted_at: datetime | None = None
    signed_at: datetime | None = None
    signed_tg_id: int | None = None   # the account that signed (a recorded confirmation)
    active_at: datetime | None = None
    next_check_at: datetime | None = None
    checks_due: int = 0               # weekly checks made due so far
    keys_returned_at: datetime | None = None
    ended_at: datetime | None = None
    version: int = 1


@dataclass(frozen=True)
class Reading:
    id: int
    custody_id: int
    kind: ReadingKind
    water: float
    electricity: float
    read_at: datetime
    by_person_id: int | None
    water_used: float | None = None        # since the previous reading
    electricity_used: float | None = None
    flagged: bool = False


@dataclass(frozen=True)
class Check:
    id: int
    custody_id: int
    kind: CheckKind
    due_at: datetime
    result: CheckResult = CheckResult.PENDING
    items: dict[str, bool] | None = None    # item -> fine
    note: str | None = None
    by_person_id: int | None = None
    recorded_at: datetime | None = None


def valid_setting(name: str, value: Any) -> bool:
    """A `custody.*` estate setting the policy can read: a known name, a positive number
    (the fee rate a percentage; `rain_signal` one of amber, red, black)."""
    known = {f.name for f in fields(CustodyPolicy)}
    if name == "rain_signal":
        return value in THRESHOLDS
    if name not in known or isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if name == "fee_rate":
        return isinstance(value, int) and 0 <= value <= 100
    if name.endswith("_limit"):
        return value > 0
    return isinstance(value, int) and value > 0
