"""Renovation applications (裝修申請): the records the office keeps and the estate's policy."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from domain.model import Estate, StaffRole
from domain.tickets import Status

# Common kinds of works the owner ticks; anything else goes in the free text.
WORK_KINDS = ("floor", "walls", "ceiling", "electrical", "plumbing", "kitchen", "bathroom",
              "windows", "aircon", "doors", "furniture")

REVIEW = (Status.DESK_CHECK, Status.TECH_REVIEW, Status.MANAGER_REVIEW)
RETURNED = (Status.REJECTED, Status.INFO_NEEDED)
# Who decides at each review step (staff of the application's estate).
REVIEWERS: dict[Status, tuple[StaffRole, ...]] = {
    Status.DESK_CHECK: (StaffRole.DESK, StaffRole.MANAGER),
    Status.TECH_REVIEW: (StaffRole.SUPERVISOR, StaffRole.MANAGER),
    Status.MANAGER_REVIEW: (StaffRole.MANAGER,),
}
NEXT_STEP = {Status.DESK_CHECK: Status.TECH_REVIEW, Status.TECH_REVIEW: Status.MANAGER_REVIEW,
             Status.MANAGER_REVIEW: Status.APPROVED}
# ID-card images: the desk and managers of the estate only.
ID_VIEWERS = (StaffRole.DESK, StaffRole.MANAGER)
# Site inspections are recorded by the site staff.
INSPECTORS = (StaffRole.SUPERVISOR, StaffRole.DESK, StaffRole.MANAGER)


class Decision(StrEnum):
    APPROVE = "ok"
    REJECT = "no"
    MORE_INFO = "info"


class WorkerStatus(StrEnum):
    ACTIVE = "active"            # on the application, or added and approved by the desk
    PENDING_ADD = "pending_add"  # added after approval, waiting for the desk
    PENDING_REMOVE = "pending_remove"
    REMOVED = "removed"
    REJECTED = "rejected"


class InspectionKind(StrEnum):
    ROUTINE = "routine"    # twice a day while works run
    FOLLOWUP = "followup"  # after a rectification notice's deadline
    FINAL = "final"        # when the owner reports completion


class InspectionResult(StrEnum):
    PENDING = "pending"
    OK = "ok"
    VIOLATION = "violation"
    MISSED = "missed"  # a routine round nobody recorded before the next one (the sweeper)


class NoticeStatus(StrEnum):
    OPEN = "open"
    RECTIFIED = "rectified"
    NOT_RECTIFIED = "not_rectified"


@dataclass(frozen=True)
class RenovationPolicy:
    """The estate's renovation rules; `settings["renovation"]` in the estate overrides them."""

    review_days: int = 2            # 裝修審核過程兩天內完成 (open days of the estate)
    fee: int = 0                    # management fee for the works, in dollars
    deposit: int = 0                # refundable deposit, in dollars
    currency: str = "HK$"
    retention_days: int = 30        # ID-card images are deleted this long after works end
    inspection_times: tuple[str, ...] = ("10:00", "15:00")  # 每天兩次巡視
    rectify_days: int = 1           # open days to fix a violation before the follow-up
    violations_flag: int = 3        # this many violations alert the managers
    abandon_days: int = 30          # a returned application not resubmitted is cancelled
    max_days: int = 180             # longest works period
    max_workers: int = 20
    max_drawings: int = 10
    rules: str = ""                 # the estate's rules text (empty: the default in the catalog)

    @classmethod
    def of(cls, estate: Estate) -> RenovationPolicy:
        raw: dict[str, Any] = estate.settings.get("renovation") or {}
        known: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in raw:
                continue
            value = raw[f.name]
            if f.name == "inspection_times":
                known[f.name] = tuple(str(v) for v in value)
            elif f.name in {"rules", "currency"}:
                known[f.name] = str(value)
            else:
                known[f.name] = int(value)
        return cls(**known)

    def slots(self) -> list[tuple[str, time]]:
        """The inspection rounds of a day as (label, local time), earliest first."""
        out = []
        for label in self.inspection_times:
            hour, minute = label.split(":")
            out.append((label, time(int(hour), int(minute))))
        return sorted(out, key=lambda s: s[1])


@dataclass(frozen=True)
class Renovation:
    """The application's own data; its status and clock are on the ticket of the same id."""

    ticket_id: int
    estate_id: int
    unit_id: int
    owner_id: int
    works: tuple[str, ...]
    works_text: str
    start_date: date
    end_date: date
    contractor: str
    contractor_phone: str
    rules_version: str
    rules_accepted_at: datetime
    submitted_at: datetime
    submissions: int = 1
    fee: int = 0
    deposit: int = 0
    approved_at: datetime | None = None
    paid_at: datetime | None = None
    returned_at: datetime | None = None
    completed_at: datetime | None = None
    passes_returned_at: datetime | None = None
    deposit_settled_at: datetime | None = None
    works_ended_at: datetime | None = None
    ids_purged_at: datetime | None = None
    violations: int = 0
    contractor_person_id: int | None = None  # linked with a code the owner forwarded


@dataclass(frozen=True)
class Worker:
    id: int
    ticket_id: int
    name: str
    phone: str
    status: WorkerStatus
    added_at: datetime
    has_id_photo: bool = False


@dataclass(frozen=True)
class WorkPass:
    """A temporary pass (臨時出入證) for one worker, valid for the approved dates."""

    id: int
    ticket_id: int
    worker_id: int
    number: str
    code: str
    valid_from: date
    valid_to: date
    issued_at: datetime
    returned_at: datetime | None = None


@dataclass(frozen=True)
class Inspection:
    id: int
    ticket_id: int
    kind: InspectionKind
    day: date
    slot: str
    prompted_at: datetime
    result: InspectionResult = InspectionResult.PENDING
    notice_id: int | None = None
    inspector_id: int | None = None
    recorded_at: datetime | None = None
    note: str | None = None


@dataclass(frozen=True)
class Notice:
    """A rectification notice (業主裝修違規整改通知書)."""

    id: int
    ticket_id: int
    number: str
    description: str
    due: datetime
    issued_at: datetime
    status: NoticeStatus = NoticeStatus.OPEN
    inspection_id: int | None = None
    followup_id: int | None = None
    resolved_at: datetime | None = None
