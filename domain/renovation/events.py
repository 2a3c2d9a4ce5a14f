"""Facts about renovation applications; `bot/notices/renovation*.py` turn them into messages."""

from __future__ import annotations

from dataclasses import dataclass

from domain.events import TicketEvent


@dataclass(frozen=True)
class RenovationSubmitted(TicketEvent):
    """A complete submission (or a resubmission): the desk's first check is due."""

    resubmitted: bool = False


@dataclass(frozen=True)
class RenovationReviewed(TicketEvent):
    """A reviewer approved, rejected or asked for more (`step` is the status decided on)."""

    step: str = ""
    decision: str = ""
    by_person_id: int = 0
    reason: str | None = None


@dataclass(frozen=True)
class PaymentRecorded(TicketEvent):
    """The desk recorded the fees and deposit as paid (passes follow) or as not paid yet."""

    paid: bool = False
    by_person_id: int = 0


@dataclass(frozen=True)
class PassesIssued(TicketEvent):
    pass_ids: tuple[int, ...] = ()
    first: bool = False  # the first passes: the owner may start


@dataclass(frozen=True)
class PassesReturned(TicketEvent):
    pass_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class WorkerChangeRequested(TicketEvent):
    worker_id: int = 0
    adding: bool = True


@dataclass(frozen=True)
class WorkerChangeDecided(TicketEvent):
    worker_id: int = 0
    adding: bool = True
    approved: bool = True
    by_person_id: int = 0


@dataclass(frozen=True)
class InspectionDue(TicketEvent):
    """A site inspection round (or a follow-up, or the final inspection) to record."""

    inspection_id: int = 0


@dataclass(frozen=True)
class InspectionRecorded(TicketEvent):
    inspection_id: int = 0
    result: str = ""
    by_person_id: int = 0


@dataclass(frozen=True)
class NoticeIssued(TicketEvent):
    """A rectification notice (整改通知) to the owner, with a deadline."""

    notice_id: int = 0


@dataclass(frozen=True)
class NoticeResolved(TicketEvent):
    notice_id: int = 0
    rectified: bool = True


@dataclass(frozen=True)
class InspectionMissed(TicketEvent):
    """A routine round went by with nobody recording it: the desk is told, once."""

    inspection_id: int = 0


@dataclass(frozen=True)
class ViolationsFlagged(TicketEvent):
    """Repeated violations: the managers are told."""

    count: int = 0


@dataclass(frozen=True)
class CompletionReported(TicketEvent):
    """The owner says the works are finished: the final inspection is due."""


@dataclass(frozen=True)
class FinalInspected(TicketEvent):
    passed: bool = True


@dataclass(frozen=True)
class DepositSettled(TicketEvent):
    by_person_id: int = 0


@dataclass(frozen=True)
class RenovationClosed(TicketEvent):
    pass


@dataclass(frozen=True)
class RenovationCancelled(TicketEvent):
    by_person_id: int = 0
    automatic: bool = False


@dataclass(frozen=True)
class ContractorLinked(TicketEvent):
    """The contractor linked with the owner's code: from now on told beside the owner."""

    person_id: int = 0
