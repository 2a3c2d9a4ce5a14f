"""The office closed now (typhoon signal No. 8 or above, black rainstorm): a manager declares
it and reopens it. While closed, office-hours clocks stand still (the sweeper leaves those
deadlines alone); on reopening each open ticket's office-hours deadlines move on by the office
time the closure took. Emergencies run on their 24/7 clock and still page."""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from domain import events as ev
from domain.calendar import BusinessCalendar
from domain.deadlines import office_clock
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, Estate, StaffRole
from domain.ports import UnitOfWork
from domain.registry import calendar_of
from domain.tickets import Ticket, next_due


class Reason(StrEnum):
    TYPHOON = "typhoon"      # 八號或以上熱帶氣旋警告信號
    RAINSTORM = "rainstorm"  # 黑色暴雨警告信號


@dataclass(frozen=True)
class Closure:
    reason: Reason
    since: datetime


def closure_of(estate: Estate) -> Closure | None:
    """The estate's closure in force, if any (`settings["closure"]`)."""
    raw = estate.settings.get("closure") or {}
    try:
        return Closure(Reason(raw["reason"]), datetime.fromisoformat(raw["since"]))
    except (KeyError, ValueError, TypeError):
        return None


# Office-hours moments a ticket keeps: columns and `extra` entries (ISO text).
_COLUMNS = ("accept_due", "complete_due", "callback_due", "rework_due")
_EXTRA = ("escalate_at", "manager_at", "head_office_at", "review_due", "review_remind")


def shifted(ticket: Ticket, cal: BusinessCalendar, since: datetime,
            until: datetime) -> dict[str, Any]:
    """Each office-hours deadline moved on by the office time lost to the closure
    [since, until): a deadline that fell inside it keeps what it had left at closing."""

    def move(at: datetime) -> datetime:
        lost = cal.between(max(since, ticket.created_at), min(until, at))
        return cal.add(max(at, until), lost) if lost > timedelta(0) else at

    values: dict[str, Any] = {}
    for name in _COLUMNS:
        at = getattr(ticket, name)
        if at is not None and at > since and move(at) != at:
            values[name] = move(at)
    extra = dict(ticket.extra)
    for name in _EXTRA:
        if extra.get(name):
            at = datetime.fromisoformat(extra[name])
            if at > since:
                extra[name] = move(at).isoformat()
    if extra != ticket.extra:
        values["extra"] = extra
    return values


def _require_manager(actor: Actor, estate_id: int) -> None:
    if actor.person is None or not actor.has_role(estate_id, StaffRole.MANAGER):
        raise NotAuthorized("closure-managers-only")


async def _estate(uow: UnitOfWork, estate_id: int) -> Estate:
    estate = await uow.estates.get(estate_id)
    if estate is None:
        raise NotFound()
    return estate


async def close_office(uow: UnitOfWork, actor: Actor, estate_id: int, reason: str,
                       now: datetime) -> Closure:
    """Declare the office closed from now (audited); the desk and managers are told."""
    _require_manager(actor, estate_id)
    try:
        why = Reason(reason)
    except ValueError:
        raise InvalidInput("closure-usage") from None
    estate = await _estate(uow, estate_id)
    if closure_of(estate) is not None:
        raise Conflict("closure-already")
    settings = copy.deepcopy(estate.settings)
    settings["closure"] = {"reason": why.value, "since": now.isoformat()}
    await uow.estates.update(estate.id, settings=settings)
    await uow.audit.record(at=now, entity="estate", entity_id=str(estate.id),
                           action="office-closed", to_state=why.value,
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           update_id=uow.update_id)
    uow.emit(ev.OfficeClosed(estate.id, reason=why.value))
    return Closure(why, now)


async def reopen_office(uow: UnitOfWork, actor: Actor, estate_id: int,
                        now: datetime) -> int:
    """Reopen: office-hours deadlines of open tickets move on by the closed office time;
    returns how many tickets moved."""
    _require_manager(actor, estate_id)
    estate = await _estate(uow, estate_id)
    closure = closure_of(estate)
    if closure is None:
        raise Conflict("closure-not-closed")
    settings = copy.deepcopy(estate.settings)
    settings.pop("closure", None)
    await uow.estates.update(estate.id, settings=settings)
    cal = calendar_of(estate)
    moved = 0
    for ticket in await uow.tickets.open_in_estate(estate.id, limit=100_000):
        if not office_clock(ticket):
            continue
        values = shifted(ticket, cal, closure.since, now)
        if not values:
            if ticket.next_due_at is None:  # the sweeper set it aside while closed
                fired = await uow.fired.fired("ticket", ticket.id)
                await uow.tickets.set_fields(ticket.id, version=ticket.version,
                                             next_due_at=next_due(ticket, fired, cal.add))
            continue
        fired = await uow.fired.fired("ticket", ticket.id)
        candidate = replace(ticket, **values)
        await uow.tickets.set_fields(ticket.id, version=ticket.version,
                                     next_due_at=next_due(candidate, fired, cal.add), **values)
        moved += 1
    await uow.audit.record(at=now, entity="estate", entity_id=str(estate.id),
                           action="office-reopened", to_state=closure.reason.value,
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           update_id=uow.update_id,
                           detail={"since": closure.since.isoformat(), "moved": moved})
    uow.emit(ev.OfficeReopened(estate.id, reason=closure.reason.value))
    return moved
