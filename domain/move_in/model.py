"""Move-in (入伙) data: the record, its documents, meter readings, defects, and the estate's
move-in settings (slots, collective periods, fee items, inspection rooms)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from domain.errors import InvalidInput
from domain.model import Estate


class Status(StrEnum):
    BOOKED = "booked"            # documents sent and checked, agreements confirmed
    FEES = "fees"                # documents accepted: the fee items are charged
    INSPECTION = "inspection"    # fees paid: the unit is inspected with the owner
    RECTIFYING = "rectifying"    # defects found: repair tickets, a re-inspection date
    KEYS = "keys"                # accepted: the keys are handed over
    DONE = "done"                # the owner acknowledged the keys


class Applicant(StrEnum):
    """Who comes to take the unit: the owner, someone they authorised, or a company's."""

    SELF = "self"
    AGENT = "agent"
    COMPANY = "company"


class DocStatus(StrEnum):
    SENT = "sent"
    ACCEPTED = "accepted"
    RETURNED = "returned"


class Meter(StrEnum):
    WATER = "water"
    ELECTRICITY = "electricity"
    GAS = "gas"


# 驗明客戶資料 (『拾』(1)①) and 審核業主入伙通知書、入伙手續書 (『陸』一(四)2).
BASE_DOCUMENTS = ("notice", "procedure", "id", "contract")
EXTRA_DOCUMENTS: dict[Applicant, tuple[str, ...]] = {
    Applicant.SELF: (),
    Applicant.AGENT: ("authorisation", "agent_id"),
    Applicant.COMPANY: ("company_cert",),
}
# 業主簽訂《業主臨時管理規約》、《住宅裝修協議書》; 發放《業主手冊》 (『陸』一(四)4-5).
AGREEMENTS = ("dmc", "renovation", "handbook")
RETURN_REASONS = ("unreadable", "wrong", "expired", "mismatch")
DEFECT_CATEGORIES = ("plumbing", "electrical", "leak", "locks", "other")
ROOMS = ("living", "bedroom", "kitchen", "bathroom", "balcony")
# The inspection checklist by room (房屋質量驗收登記表 逐項檢查, 『拾』(1)⑤), a Hong Kong flat's
# usual items; an estate sets its own in settings["move_in"]["checklist"] (room → items).
CHECKLIST: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("living", ("door", "walls", "floor", "windows", "sockets", "lights")),
    ("bedroom", ("walls", "floor", "windows", "sockets")),
    ("kitchen", ("taps", "drains", "gas", "tiles", "cabinets", "sockets")),
    ("bathroom", ("taps", "drains", "toilet", "tiles", "fan", "heater")),
    ("balcony", ("drains", "railings", "windows")),
)
# Errands the office runs for an owner at move-in (登記業主委託的代辦服務項目, 『陸』一(四)6);
# the source names none, so these are what Hong Kong offices commonly take on. An estate sets
# its own in settings["move_in"]["errands"].
ERRANDS = ("water", "electricity", "gas", "keys", "cleaning")


def checklist(applicant: Applicant) -> tuple[str, ...]:
    return BASE_DOCUMENTS + EXTRA_DOCUMENTS[applicant]


def _day(raw: Any) -> date:
    return raw if isinstance(raw, date) else date.fromisoformat(str(raw))


@dataclass(frozen=True)
class Period:
    """A collective move-in (集中入伙): more slots, handled by the move-in team."""

    first: date
    last: date
    times: tuple[time, ...]

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.last


@dataclass(frozen=True)
class Fee:
    item: str
    amount: int  # HK$


@dataclass(frozen=True)
class MoveInPolicy:
    """`settings["move_in"]` of the estate: ordinary slots (weekdays and times), collective
    periods, how far ahead one may book, the fee items, the rooms inspected."""

    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4, 5)
    times: tuple[time, ...] = (time(10, 0), time(14, 30))
    days_ahead: int = 60
    periods: tuple[Period, ...] = ()
    fees: tuple[Fee, ...] = ()
    rooms: tuple[str, ...] = ROOMS
    rectify_days: int = 14  # 限期整改: the default deadline for what is left
    checklist: tuple[tuple[str, tuple[str, ...]], ...] = CHECKLIST
    errands: tuple[str, ...] = ERRANDS

    @classmethod
    def of(cls, estate: Estate) -> MoveInPolicy:
        raw = estate.settings.get("move_in") or {}
        try:
            checks = _checklist(raw)
            rooms = [r for r, _ in checks]
            rooms += [str(r) for r in raw.get("rooms", ()) if str(r) not in rooms]
            return cls(
                weekdays=tuple(int(d) for d in raw.get("weekdays", cls.weekdays)),
                times=tuple(_time(t) for t in raw.get("times", cls.times)),
                days_ahead=int(raw.get("days_ahead", cls.days_ahead)),
                periods=tuple(Period(_day(p["from"]), _day(p["to"]),
                                     tuple(_time(t) for t in p.get("times", ())))
                              for p in raw.get("collective", ())),
                fees=tuple(Fee(str(f["item"]), int(f["amount"])) for f in raw.get("fees", ())),
                rooms=tuple(rooms),
                rectify_days=int(raw.get("rectify_days", cls.rectify_days)),
                checklist=checks, errands=tuple(str(e)[:40] for e in raw.get(
                    "errands", ERRANDS)))
        except (AttributeError, KeyError, TypeError, ValueError):
            raise InvalidInput("movein-bad-settings") from None

    def items(self, room: str) -> tuple[str, ...]:
        """The checklist items of one room; none for a room not on the list."""
        return next((items for r, items in self.checklist if r == room), ())

    def period(self, day: date) -> Period | None:
        return next((p for p in self.periods if p.holds(day)), None)

    def times_on(self, day: date) -> tuple[time, ...]:
        """The slots of a day: the ordinary ones on an ordinary weekday, plus the collective
        period's extra ones; none on other days."""
        out = list(self.times) if day.weekday() in self.weekdays else []
        period = self.period(day)
        if period is not None:
            out += [t for t in period.times if t not in out]
        return tuple(sorted(out))


def _checklist(raw: dict[str, Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """settings["move_in"]["checklist"] (room → items); without it, the default list for the
    rooms the estate names (a room the default does not know gets the walls-to-sockets
    items)."""
    given = raw.get("checklist")
    if given is not None:
        return tuple((str(room)[:24], tuple(str(i)[:40] for i in items))
                     for room, items in dict(given).items() if items)
    known = dict(CHECKLIST)
    generic = ("walls", "floor", "windows", "sockets")
    return tuple((str(r), known.get(str(r), generic)) for r in raw.get("rooms", ROOMS))


def _time(raw: Any) -> time:
    return raw if isinstance(raw, time) else time.fromisoformat(str(raw))


@dataclass(frozen=True)
class MoveIn:
    id: int
    number: str
    estate_id: int
    unit_id: int
    owner_id: int
    applicant: Applicant
    slot_at: datetime
    collective: bool
    status: Status
    created_at: datetime
    version: int = 1
    receipt: str | None = None
    paid_at: datetime | None = None
    reinspect_on: date | None = None
    rectify_by: date | None = None
    accepted_at: datetime | None = None
    keys_at: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Document:
    id: int
    move_in_id: int
    item: str
    file_id: int
    name: str | None
    status: DocStatus
    sent_at: datetime
    reason: str | None = None
    decided_by: int | None = None
    decided_at: datetime | None = None


@dataclass(frozen=True)
class Confirmation:
    move_in_id: int
    item: str
    person_id: int
    tg_user_id: int
    at: datetime


@dataclass(frozen=True)
class Reading:
    unit_id: int
    meter: Meter
    value: int  # hundredths of a unit
    at: datetime
    move_in_id: int | None = None
    photo_file_id: int | None = None


@dataclass(frozen=True)
class Defect:
    id: int
    move_in_id: int
    room: str
    ticket_id: int
    description: str


class Result(StrEnum):
    OK = "ok"
    DEFECT = "defect"


@dataclass(frozen=True)
class Check:
    """One checklist item of one room as found at the inspection (正常 or a defect, with the
    repair ticket it became)."""

    move_in_id: int
    room: str
    item: str
    result: Result
    at: datetime
    ticket_id: int | None = None


class ErrandStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


@dataclass(frozen=True)
class Errand:
    """An item the owner entrusted to the office (委託代辦), tracked to done."""

    id: int
    move_in_id: int
    item: str
    note: str
    status: ErrandStatus
    asked_at: datetime
    asked_by: int
    done_at: datetime | None = None
    done_by: int | None = None
    done_note: str | None = None


def parse_reading(raw: str) -> int:
    """A meter reading as typed (`01234.5`), in hundredths."""
    text = raw.strip().replace(",", "")
    try:
        value = round(float(text) * 100)
    except ValueError:
        raise InvalidInput("movein-bad-reading") from None
    if value < 0 or value > 10**10 or text.lower() in {"nan", "inf", "-inf", "infinity"}:
        raise InvalidInput("movein-bad-reading")
    return value


def reading_text(value: int) -> str:
    return f"{value / 100:.2f}".rstrip("0").rstrip(".")
