"""Outside checks of a flat in custody (戶外巡查): every week (deadlines the sweeper makes
due) and before and after heavy rain (a manager's `/rain`, or the Observatory's warnings
read by `bot/runtime/weather.py`); each a short checklist with
photos, reported to the owner."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from domain.custody import events as ev
from domain.custody.agreement import get, require_staff
from domain.custody.model import (
    CHECK_ITEMS,
    Check,
    CheckKind,
    CheckResult,
    CustodyPolicy,
    CustodyStatus,
)
from domain.custody.ports import CustodyUnitOfWork
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, StaffRole
from domain.ports import FileRef
from domain.text import require_text
from domain.weather import heavy_weather, open_spells

MAX_PHOTOS = 5


async def sweep_weekly(uow: CustodyUnitOfWork, now: datetime) -> int:
    """Every flat in custody whose weekly check came due gets one check, once (a fired key
    per week number), and the next one is set a week on; a weekly check still not recorded
    by then is flagged to the desk (it stays open to record)."""
    made = 0
    for custody in await uow.custody.in_status([CustodyStatus.ACTIVE]):
        if custody.next_check_at is None or now < custody.next_check_at:
            continue
        week = custody.checks_due + 1
        if not await uow.fired.claim("custody", custody.id, f"week-{week}", now):
            continue
        estate = await uow.estates.get(custody.estate_id)
        assert estate is not None
        policy = CustodyPolicy.of(estate)
        nxt = custody.next_check_at + timedelta(days=policy.check_days)
        while nxt <= now:  # the bot was down for weeks: one check now, the next on time
            nxt += timedelta(days=policy.check_days)
        if not await uow.custody.move(custody, CustodyStatus.ACTIVE, next_check_at=nxt,
                                      checks_due=week):
            continue
        for late in await uow.custody.checks(custody.id):
            if late.kind is CheckKind.WEEKLY and late.result is CheckResult.PENDING:
                await uow.audit.record(at=now, entity="custody", entity_id=str(custody.id),
                                       action="check-overdue", detail={"check": late.id})
                uow.emit(ev.CheckOverdue(custody.id, check_id=late.id))
        check = await uow.custody.add_check(custody.id, CheckKind.WEEKLY, custody.next_check_at)
        await uow.audit.record(at=now, entity="custody", entity_id=str(custody.id),
                               action="check-due", detail={"check": check.id, "week": week})
        uow.emit(ev.CheckDue(custody.id, check_id=check.id))
        made += 1
    return made


async def rain_checks(uow: CustodyUnitOfWork, actor: Actor, estate_id: int, kind: CheckKind,
                      now: datetime) -> int:
    """A manager (or the desk) calls the checks before or after heavy rain for every flat in
    custody of the estate; each flat gets one check per call."""
    if not actor.has_role(estate_id, StaffRole.MANAGER, StaffRole.DESK):
        raise NotAuthorized("custody-rain-staff-only")
    if kind is CheckKind.WEEKLY:
        raise InvalidInput("custody-rain-usage")
    return await _call_checks(uow, estate_id, kind, now, actor=actor)


async def _call_checks(uow: CustodyUnitOfWork, estate_id: int, kind: CheckKind, now: datetime,
                       *, actor: Actor | None = None, signal: str | None = None) -> int:
    made = 0
    for custody in await uow.custody.in_status([CustodyStatus.ACTIVE], estate_id):
        check = await uow.custody.add_check(custody.id, kind, now)
        detail: dict[str, object] = {"check": check.id, "kind": kind.value}
        if signal:
            detail["signal"] = signal
        await uow.audit.record(at=now, entity="custody", entity_id=str(custody.id),
                               action="check-due",
                               actor_person_id=actor.person_id if actor else None,
                               actor_tg_id=actor.tg_user_id if actor else None,
                               update_id=uow.update_id, detail=detail)
        uow.emit(ev.CheckDue(custody.id, check_id=check.id))
        made += 1
    return made


async def weather_observed(uow: CustodyUnitOfWork, summary: Mapping[str, Any],
                           now: datetime) -> int:
    """The Observatory's warnings as last read: when a spell of heavy weather starts (a
    rainstorm warning at the estate's threshold, or signal No. 8 or above) every flat in
    custody gets a check before heavy rain; when it is over, a check after. Each spell is
    acted on once per estate (fired keys), whatever the number of processes or restarts.
    `summary` is the Observatory's warning summary, already known to be readable."""
    made = 0
    for estate in await uow.estates.all():
        policy = CustodyPolicy.of(estate)
        here = heavy_weather(summary, policy.rain_signal)
        spells = open_spells(await uow.fired.fired("estate", estate.id))
        if here is not None:
            if spells or not await uow.fired.claim("estate", estate.id,
                                                   f"wx-start-{here.key}", now):
                continue
            count = await _call_checks(uow, estate.id, CheckKind.RAIN_BEFORE, now,
                                       signal=here.code)
            if count:
                uow.emit(ev.WeatherChecksCalled(estate.id, kind=CheckKind.RAIN_BEFORE.value,
                                                signal=here.code, count=count))
            made += count
            continue
        for key in spells:
            if not await uow.fired.claim("estate", estate.id, f"wx-end-{key}", now):
                continue
            count = await _call_checks(uow, estate.id, CheckKind.RAIN_AFTER, now, signal="end")
            if count:
                uow.emit(ev.WeatherChecksCalled(estate.id, kind=CheckKind.RAIN_AFTER.value,
                                                signal="end", count=count))
            made += count
    return made


async def pending_check(uow: CustodyUnitOfWork, actor: Actor, check_id: int) -> Check:
    """A check the person may record now."""
    check = await uow.custody.check(check_id)
    if check is None:
        raise NotFound("custody-not-found")
    custody = await get(uow, check.custody_id)
    require_staff(actor, custody)
    if check.result is not CheckResult.PENDING or custody.status is not CustodyStatus.ACTIVE:
        raise Conflict("custody-check-recorded")
    return check


async def record_check(uow: CustodyUnitOfWork, actor: Actor, check_id: int,
                       items: dict[str, bool], note: str | None, photos: Sequence[FileRef],
                       now: datetime) -> Check:
    """The checklist, a note (needed when something is wrong) and photos (at least one)."""
    check = await pending_check(uow, actor, check_id)
    if set(items) != set(CHECK_ITEMS):
        raise InvalidInput("custody-check-incomplete")
    problem = not all(items.values())
    text = require_text(note, max_len=1000, field="note") if problem or note else None
    if not photos:
        raise InvalidInput("custody-check-photo-needed")
    if len(photos) > MAX_PHOTOS:
        raise InvalidInput("custody-too-many-photos", max=MAX_PHOTOS)
    result = CheckResult.PROBLEM if problem else CheckResult.OK
    if not await uow.custody.record_check(check.id, result, items, text, actor.person_id, now):
        raise Conflict("custody-check-recorded")
    for ref in photos:
        await uow.files.add(ref, owner="custody_check", owner_id=check.id, role="photo",
                            now=now)
    await uow.audit.record(at=now, entity="custody", entity_id=str(check.custody_id),
                           action=f"check-{result.value}", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"check": check.id, "kind": check.kind.value})
    uow.emit(ev.CheckRecorded(check.custody_id, check_id=check.id))
    fresh = await uow.custody.check(check.id)
    assert fresh is not None
    return fresh
