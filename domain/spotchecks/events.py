"""Facts about spot checks and actions; `bot/notices/spot_checks.py` turns them into
messages."""

from __future__ import annotations

from dataclasses import dataclass

from domain.events import Event


@dataclass(frozen=True)
class DrawMade(Event):
    draw_id: int


@dataclass(frozen=True)
class MonthShort(Event):
    """A month's checks were not all done by the 1st of the next: the managers are told."""

    draw_id: int
    required: int
    done: int


@dataclass(frozen=True)
class CheckShown(Event):
    """The next check's card goes to the managers."""

    check_id: int


@dataclass(frozen=True)
class CheckDecided(Event):
    check_id: int


@dataclass(frozen=True)
class RectifyDue(Event):
    """A failed move-in record: the desk is told in writing, with the deadline; `level` is
    "sent", "due" (the deadline's day) or "overdue" (escalated to the managers)."""

    check_id: int
    level: str = "sent"


@dataclass(frozen=True)
class Corrected(Event):
    check_id: int


@dataclass(frozen=True)
class ActionOpened(Event):
    action_id: int


@dataclass(frozen=True)
class ActionReminder(Event):
    """`level`: "soon" (the day before), "overdue" (the owner and the managers)."""

    action_id: int
    level: str


@dataclass(frozen=True)
class ActionClosed(Event):
    action_id: int
