"""Entities and value objects of the office: estates, units, people, roles, groups, codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class Locale(StrEnum):
    """Languages a person can choose."""

    ZH_HANT = "zh-Hant"
    ZH_HANS = "zh-Hans"
    EN = "en"

    @classmethod
    def guess(cls, telegram_code: str | None) -> Locale:
        """First guess from Telegram's language_code; Traditional Chinese when unsure."""
        code = (telegram_code or "").lower()
        if code.startswith("en"):
            return cls.EN
        if code in {"zh-hans", "zh-cn", "zh-sg", "zh-my"}:
            return cls.ZH_HANS
        return cls.ZH_HANT


class Relation(StrEnum):
    """How a person holds a unit."""

    OWNER = "owner"
    CO_OWNER = "co_owner"
    TENANT = "tenant"
    PROXY = "proxy"


class StaffRole(StrEnum):
    """Office roles; authorisation is always read from the database."""

    DESK = "desk"
    CREW = "crew"
    SUPERVISOR = "supervisor"
    MANAGER = "manager"
    SECURITY = "security"


class Trade(StrEnum):
    """Crew trades; a crew group serves one trade of one estate."""

    PLUMBING = "plumbing"
    ELECTRICAL = "electrical"
    SAFETY = "safety"
    LOCKS = "locks"
    LIFT = "lift"
    GENERAL = "general"


class GroupPurpose(StrEnum):
    """What a registered staff group is for."""

    DESK = "desk"
    CREW = "crew"
    MANAGERS = "managers"
    SECURITY = "security"
    SUPERVISORS = "supervisors"


class GroupStatus(StrEnum):
    """Life of a group chat the bot was added to."""

    PENDING = "pending"
    ACTIVE = "active"
    LEFT = "left"


class CodeKind(StrEnum):
    """What a one-time code grants."""

    STAFF = "staff"
    GROUP = "group"
    RESIDENT = "resident"
    CONTRACTOR = "contractor"  # the renovation contractor's contact, forwarded by the owner


class LinkStatus(StrEnum):
    """A resident's request to be linked to a unit."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Estate:
    id: int
    code: str
    name: str
    tz: str
    hours: str
    holidays: frozenset[date] = frozenset()
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Building:
    id: int
    estate_id: int
    code: str
    name: str


@dataclass(frozen=True)
class Unit:
    id: int
    estate_id: int
    building_id: int
    building_code: str
    number: str
    occupied: bool = True

    @property
    def label(self) -> str:
        """How the office writes the unit: building and flat, e.g. `A-12B`."""
        return f"{self.building_code}-{self.number}"


@dataclass(frozen=True)
class Person:
    id: int
    tg_user_id: int | None
    name: str
    locale: Locale
    phone: str | None = None
    blocked: bool = False


@dataclass(frozen=True)
class Tenure:
    id: int
    person_id: int
    unit: Unit
    relation: Relation


@dataclass(frozen=True)
class StaffAssignment:
    person_id: int
    estate_id: int
    role: StaffRole
    trade: Trade | None = None


@dataclass(frozen=True)
class Group:
    chat_id: int
    status: GroupStatus
    estate_id: int | None
    purpose: GroupPurpose | None
    trade: Trade | None
    title: str
    added_at: datetime | None = None


@dataclass(frozen=True)
class Code:
    id: int
    kind: CodeKind
    estate_id: int
    payload: dict[str, Any]
    expires_at: datetime
    used_at: datetime | None


@dataclass(frozen=True)
class LinkRequest:
    id: int
    tg_user_id: int
    person_id: int
    estate_id: int
    unit_id: int
    relation: Relation
    name: str
    phone: str | None
    status: LinkStatus


@dataclass(frozen=True)
class Actor:
    """Who is acting, as the database knows them right now."""

    tg_user_id: int
    person: Person | None
    staff: tuple[StaffAssignment, ...] = ()
    tenures: tuple[Tenure, ...] = ()

    @property
    def person_id(self) -> int | None:
        return self.person.id if self.person else None

    def roles_in(self, estate_id: int) -> set[StaffRole]:
        """Staff roles this person holds in one estate."""
        return {s.role for s in self.staff if s.estate_id == estate_id}

    def has_role(self, estate_id: int, *roles: StaffRole) -> bool:
        return bool(self.roles_in(estate_id) & set(roles))

    def has_role_anywhere(self, *roles: StaffRole) -> bool:
        return any(s.role in roles for s in self.staff)

    @property
    def is_staff(self) -> bool:
        return bool(self.staff)

    @property
    def is_resident(self) -> bool:
        return bool(self.tenures)

    def estates(self) -> set[int]:
        """Estates where the person works or lives."""
        return {s.estate_id for s in self.staff} | {t.unit.estate_id for t in self.tenures}


@dataclass(frozen=True)
class TenureRecord:
    """One link of a person to a unit with its history: from `since` to `ended_on`."""

    tenure: Tenure
    person: Person
    since: date
    ended_on: date | None = None
    end_reason: str | None = None
    ended_by: int | None = None

    @property
    def current(self) -> bool:
        return self.ended_on is None


@dataclass(frozen=True)
class StaffMember:
    """A person with their active roles in one estate."""

    person: Person
    roles: tuple[StaffAssignment, ...]
    on_call: bool = False
