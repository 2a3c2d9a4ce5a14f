"""Corrective and preventive actions (糾正/預防措施): opened by a manager from a failed
check, a repeated problem, a Pareto finding or a complaint, with a cause (人機料法環), an
owner and a deadline; followed until closed with a note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, StaffRole
from domain.spotchecks import events as ev
from domain.spotchecks.checks import local_day, require_manager
from domain.spotchecks.model import (
    Action,
    ActionSource,
    ActionStatus,
    Cause,
    CheckStatus,
)
from domain.spotchecks.ports import SpotUnitOfWork
from domain.text import require_text

PAGE = 5


@dataclass(frozen=True)
class ActionDraft:
    estate_id: int
    source: ActionSource
    cause: Cause
    owner_id: int
    due_on: date
    description: str
    check_id: int | None = None


async def owners(uow: SpotUnitOfWork, estate_id: int) -> list[tuple[int, str]]:
    """Who may own an action: the estate's active staff (id, name)."""
    return [(m.person.id, m.person.name) for m in await uow.staff.members(estate_id)]


async def open_action(uow: SpotUnitOfWork, actor: Actor, draft: ActionDraft,
                      now: datetime) -> Action:
    require_manager(actor, draft.estate_id)
    estate = await uow.estates.get(draft.estate_id)
    if estate is None:
        raise NotFound("spot-not-found")
    if draft.owner_id not in {pid for pid, _ in await owners(uow, draft.estate_id)}:
        raise InvalidInput("action-owner-not-staff")
    if draft.due_on < local_day(estate, now):
        raise InvalidInput("action-date-past")
    text = require_text(draft.description, max_len=1000, field="description", min_len=3)
    if draft.check_id is not None:
        check = await uow.spot_checks.get(draft.check_id)
        if check is None or check.estate_id != draft.estate_id \
                or check.status is not CheckStatus.FAILED:
            raise NotFound("spot-not-found")
        if await uow.actions.for_check(check.id) is not None:
            raise Conflict("action-exists")
    elif draft.source is ActionSource.CHECK:
        raise InvalidInput("action-needs-check")
    assert actor.person_id is not None
    action = await uow.actions.add(estate_id=draft.estate_id, source=draft.source,
                                   cause=draft.cause, owner_id=draft.owner_id,
                                   due_on=draft.due_on, description=text,
                                   opened_by=actor.person_id, now=now,
                                   check_id=draft.check_id)
    await uow.audit.record(at=now, entity="action", entity_id=str(action.id), action="opened",
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           update_id=uow.update_id, to_state=ActionStatus.OPEN.value,
                           detail={"source": draft.source.value, "cause": draft.cause.value,
                                   "owner": draft.owner_id, "due": draft.due_on.isoformat(),
                                   "check": draft.check_id})
    uow.emit(ev.ActionOpened(action.id))
    return action


async def get(uow: SpotUnitOfWork, action_id: int) -> Action:
    action = await uow.actions.get(action_id)
    if action is None:
        raise NotFound("action-not-found")
    return action


async def closable(uow: SpotUnitOfWork, actor: Actor, action_id: int) -> Action:
    """An open action this person may close: a manager of its estate, or its owner."""
    action = await get(uow, action_id)
    if not (actor.has_role(action.estate_id, StaffRole.MANAGER)
            or (actor.person_id is not None and actor.person_id == action.owner_id)):
        raise NotAuthorized("action-close-not-yours")
    if action.status is not ActionStatus.OPEN:
        raise Conflict("action-closed-already")
    return action


async def close_action(uow: SpotUnitOfWork, actor: Actor, action_id: int, note: str | None,
                       now: datetime) -> Action:
    action = await closable(uow, actor, action_id)
    text = require_text(note, max_len=1000, field="note", min_len=3)
    assert actor.person_id is not None
    if not await uow.actions.close(action, actor.person_id, text, now):
        raise Conflict("action-closed-already")
    await uow.audit.record(at=now, entity="action", entity_id=str(action.id), action="closed",
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           update_id=uow.update_id, from_state=ActionStatus.OPEN.value,
                           to_state=ActionStatus.CLOSED.value)
    uow.emit(ev.ActionClosed(action.id))
    return await get(uow, action.id)


def manager_estates(actor: Actor) -> list[int]:
    return sorted({s.estate_id for s in actor.staff if s.role is StaffRole.MANAGER})


async def open_page(uow: SpotUnitOfWork, actor: Actor, page: int) -> tuple[list[Action], int]:
    """One page of the open actions of the estates the person manages, and the page count."""
    estates = manager_estates(actor)
    if not estates:
        raise NotAuthorized("spot-managers-only")
    total = await uow.actions.count_open_in(estates)
    pages = max(1, -(-total // PAGE))
    page = min(max(page, 0), pages - 1)
    return await uow.actions.open_in(estates, page * PAGE, PAGE), pages
