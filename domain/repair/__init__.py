"""Repairs (報修 → 派工單 → 回訪): intake, dispatch, progress, confirmation, callback, rework.

Every change is a compare-and-set on the ticket's status plus an audit row; every message it
causes is an event the bot layer renders into the outbox in the same transaction. The use
cases live in `intake`, `work` and `closing`; this package names them all, so callers say
`repair.accept_job`.
"""

from domain.repair.closing import (
    acknowledge_rework,
    cancel,
    confirm_fix,
    rate,
    record_callback,
    reopen,
    sweep_deadlines,
    visible_ticket,
)
from domain.repair.intake import (
    DEFAULT_CALLBACK_DAYS,
    MAX_PHOTOS,
    CallbackResult,
    Category,
    Progress,
    RepairDraft,
    RepairPolicy,
    Submitted,
    callback_days,
    clock_for,
    repair_plan,
    submit_repair,
    validate_category,
)
from domain.repair.work import (
    OFFICE,
    accept_job,
    can_take,
    complete_job,
    hand_back,
    may_work,
    report_progress,
    require_may_contact,
    require_may_work,
    require_office,
    take_on_call,
)

__all__ = [
    "CallbackResult",
    "Category",
    "DEFAULT_CALLBACK_DAYS",
    "MAX_PHOTOS",
    "OFFICE",
    "Progress",
    "RepairDraft",
    "RepairPolicy",
    "Submitted",
    "accept_job",
    "acknowledge_rework",
    "callback_days",
    "can_take",
    "cancel",
    "clock_for",
    "complete_job",
    "confirm_fix",
    "hand_back",
    "may_work",
    "rate",
    "record_callback",
    "reopen",
    "repair_plan",
    "report_progress",
    "require_may_contact",
    "require_may_work",
    "require_office",
    "submit_repair",
    "sweep_deadlines",
    "take_on_call",
    "validate_category",
    "visible_ticket",
]
