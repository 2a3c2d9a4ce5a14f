"""Events of the complaint workflow and the satisfaction question (rendered by bot/notices)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.complaints.stats import WeeklyStats
from domain.events import Event, TicketEvent


@dataclass(frozen=True)
class ComplaintSubmitted(TicketEvent):
    """A resident filed a complaint: the card goes to the desk group."""


@dataclass(frozen=True)
class ComplaintTaken(TicketEvent):
    by_person_id: int = 0


@dataclass(frozen=True)
class DepartmentAssigned(TicketEvent):
    """Routed: the department's group (or its people) gets the card; a previous department's
    card is marked as moved."""

    department: str = ""
    by_person_id: int = 0
    previous: str | None = None


@dataclass(frozen=True)
class DepartmentAsked(TicketEvent):
    """The department asks the desk: under the desk's card."""

    text: str = ""
    by_person_id: int = 0


@dataclass(frozen=True)
class DepartmentTold(TicketEvent):
    """The desk writes to the department: under the department's card."""

    text: str = ""
    by_person_id: int = 0


@dataclass(frozen=True)
class ComplaintReplied(TicketEvent):
    """The office replied: the resident gets the text with Answer / Satisfied / Not satisfied."""

    text: str = ""
    by_person_id: int = 0
    reply_no: int = 1
    department: str | None = None  # written by the routed department rather than the desk


@dataclass(frozen=True)
class ComplaintAnswered(TicketEvent):
    """The resident answered the office's reply: it goes to the desk thread."""

    text: str = ""


@dataclass(frozen=True)
class ComplaintReopened(TicketEvent):
    reason: str = ""


@dataclass(frozen=True)
class ComplaintClosed(TicketEvent):
    """Closed: by the resident's "satisfied" (with a rating) or by the office with a reason."""

    satisfied: bool = False
    rating: int | None = None
    reason: str | None = None
    by_person_id: int | None = None


@dataclass(frozen=True)
class RepairLinked(TicketEvent):
    repair_id: int = 0
    by_person_id: int = 0


@dataclass(frozen=True)
class ComplaintDeadline(TicketEvent):
    """A reminder before the 72-hour reply clock runs out, the escalation when it has, then
    the desk's repeated reminders (`repeat` counts them)."""

    level: str = ""
    repeat: int = 0


@dataclass(frozen=True)
class ComplaintWeekReport(Event):
    """The weekly complaint statistics are due in the estate's managers group."""

    estate_id: int
    stats: WeeklyStats
    late_since: datetime | None = None  # when it was due, if it goes out late


@dataclass(frozen=True)
class SatisfactionRecorded(TicketEvent):
    score: int = 0
