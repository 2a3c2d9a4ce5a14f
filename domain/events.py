"""Domain events: facts a use case records; the bot layer turns them into outbox messages."""

from __future__ import annotations

from dataclasses import dataclass

from domain.model import GroupPurpose, Relation, StaffRole, Trade


@dataclass(frozen=True)
class Event:
    """Base of all events."""


@dataclass(frozen=True)
class StaffJoined(Event):
    person_id: int
    estate_id: int
    role: StaffRole
    trade: Trade | None


@dataclass(frozen=True)
class GroupLinked(Event):
    chat_id: int
    estate_id: int
    purpose: GroupPurpose
    trade: Trade | None


@dataclass(frozen=True)
class GroupAwaitingLink(Event):
    """The bot was added to a group by a staff member; it waits for /link."""

    chat_id: int
    grace_minutes: int


@dataclass(frozen=True)
class LeaveGroup(Event):
    """The bot must leave a group that is not (or no longer) registered."""

    chat_id: int


@dataclass(frozen=True)
class ResidentLinked(Event):
    person_id: int
    unit_id: int
    relation: Relation


@dataclass(frozen=True)
class LinkRequested(Event):
    request_id: int


@dataclass(frozen=True)
class LinkDecided(Event):
    request_id: int
    approved: bool
    by_person_id: int


@dataclass(frozen=True)
class CommandsChanged(Event):
    """A person's roles or language changed: their command menu must be set again."""

    person_id: int


# ---------------------------------------------------------------- tickets


@dataclass(frozen=True)
class TicketEvent(Event):
    ticket_id: int


@dataclass(frozen=True)
class RepairSubmitted(TicketEvent):
    after_hours: bool = False
    nobody_on_call: bool = False  # an emergency no crew member of its trade is on call for


@dataclass(frozen=True)
class JobAccepted(TicketEvent):
    by_person_id: int = 0


@dataclass(frozen=True)
class JobProgressed(TicketEvent):
    """On the way, on site, waiting for parts (with reason), back at work."""

    status: str = ""
    reason: str | None = None


@dataclass(frozen=True)
class JobDone(TicketEvent):
    photo_file_id: str = ""


@dataclass(frozen=True)
class JobHandedBack(TicketEvent):
    reason: str = ""
    by_person_id: int = 0


@dataclass(frozen=True)
class RepairConfirmed(TicketEvent):
    automatic: bool = False


@dataclass(frozen=True)
class RepairRated(TicketEvent):
    """The resident gave or changed the rating (and comment) of a confirmed repair."""


@dataclass(frozen=True)
class RepairReopened(TicketEvent):
    reason: str = ""


@dataclass(frozen=True)
class CallbackRecorded(TicketEvent):
    result: str = ""
    by_person_id: int = 0


@dataclass(frozen=True)
class ReworkOrdered(TicketEvent):
    problem: str = ""


@dataclass(frozen=True)
class ReworkAcknowledged(TicketEvent):
    by_person_id: int = 0


@dataclass(frozen=True)
class TicketCancelled(TicketEvent):
    by_person_id: int = 0


@dataclass(frozen=True)
class DeadlineReached(TicketEvent):
    """A reminder or escalation level fired (once per ticket, level and cycle; a repeating
    reminder once per repetition, `repeat` counting from 1)."""

    level: str = ""
    repeat: int = 0


@dataclass(frozen=True)
class OnCallChanged(Event):
    person_id: int
    estate_id: int
    trade: str


@dataclass(frozen=True)
class TicketClosed(TicketEvent):
    """A ticket of any kind reached `closed`: its reporter gets one satisfaction question."""


@dataclass(frozen=True)
class MessageUndelivered(Event):
    """A message to a resident may not have arrived and is not sent again: their estate's
    desk is told, so someone can follow it up."""

    person_id: int
    unit_id: int


# ---------------------------------------------------------------- registry and staff changes


@dataclass(frozen=True)
class LinkEnded(Event):
    """A person's link to a unit ended (moved out, sold, removed): access ends, drafts close."""

    person_id: int
    unit_id: int
    relation: Relation
    reason: str


@dataclass(frozen=True)
class StaffLeft(Event):
    """A staff member's roles in an estate ended."""

    person_id: int
    estate_id: int
    by_person_id: int | None = None


@dataclass(frozen=True)
class JobReturned(TicketEvent):
    """The assignee left the office: the job is back with the crew, on a new card."""

    person_id: int = 0


@dataclass(frozen=True)
class JobAssigned(TicketEvent):
    """The desk or a manager moved a job: to a named person, another trade, or themselves."""

    by_person_id: int = 0
    to_person_id: int | None = None
    trade: str | None = None
    old_trade: str | None = None


# ---------------------------------------------------------------- the office closed (typhoon)


@dataclass(frozen=True)
class OfficeClosed(Event):
    """A manager declared the office closed now (typhoon signal No. 8, black rainstorm)."""

    estate_id: int
    reason: str


@dataclass(frozen=True)
class OfficeReopened(Event):
    estate_id: int
    reason: str


@dataclass(frozen=True)
class ResidentAsked(TicketEvent):
    """A resident's message in a conversation with the desk (the first opens it)."""

    text: str = ""
    n: int = 1  # the message's place in the conversation


@dataclass(frozen=True)
class DeskAnswered(TicketEvent):
    text: str = ""
    by_person_id: int = 0


@dataclass(frozen=True)
class EnquiryClosed(TicketEvent):
    by_resident: bool = True
