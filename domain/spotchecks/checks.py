"""The monthly draw made by the sweeper, the managers' pass or fail one check at a time, a
failed move-in record sent back to the desk with a deadline, and the deadlines' sweep."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta

from domain.calendar import zone
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, Estate, StaffRole
from domain.move_in.model import MoveInPolicy
from domain.ports import FileRef
from domain.spotchecks import events as ev
from domain.spotchecks.draw import draw, month_label, month_start, next_month, previous_month
from domain.spotchecks.model import (
    CheckKind,
    CheckStatus,
    RectifyStatus,
    SpotCheck,
    SpotPolicy,
)
from domain.spotchecks.ports import SpotUnitOfWork
from domain.text import require_text

MAX_PHOTOS = 5
# Reminders and escalations go out at this local hour (deadlines as data: `plan`).
NOTICE_AT = time(9, 0)


def local_day(estate: Estate, now: datetime) -> date:
    return now.astimezone(zone(estate.tz)).date()


def at_local(estate: Estate, day: date, at: time = NOTICE_AT) -> datetime:
    return datetime.combine(day, at, tzinfo=zone(estate.tz))


def month_bounds(estate: Estate, label: str) -> tuple[datetime, datetime]:
    """A month in the estate's own time, as [since, until)."""
    return (at_local(estate, month_start(label), time(0)),
            at_local(estate, month_start(next_month(label)), time(0)))


def collective_in(estate: Estate, label: str) -> bool:
    """A collective move-in period (集中入伙) overlaps the month."""
    first = month_start(label)
    last = month_start(next_month(label)) - timedelta(days=1)
    try:
        periods = MoveInPolicy.of(estate).periods
    except InvalidInput:
        return False
    return any(p.first <= last and p.last >= first for p in periods)


async def sweep_month(uow: SpotUnitOfWork, now: datetime, new_seed: Callable[[], int]) -> int:
    """On the 1st of each month (the first pass of the month, in the estate's time: a bot
    that was down catches up, once), each estate gets its draw from the month before, and
    the month before that is flagged when fewer checks were done than required."""
    made = 0
    for estate in await uow.estates.all():
        label = month_label(local_day(estate, now))
        if await uow.spot_checks.draw_of(estate.id, label) is not None:
            continue
        if not await uow.fired.claim("spot-draw", estate.id, label, now):
            continue
        made += await make_draw(uow, estate, label, new_seed(), now)
    return made


async def make_draw(uow: SpotUnitOfWork, estate: Estate, label: str, seed: int,
                    now: datetime) -> int:
    """The draw of `label` (checks to do that month) from the month before; the first
    check's card is shown. Returns the number of checks drawn."""
    source = previous_month(label)
    since, until = month_bounds(estate, source)
    policy = SpotPolicy.of(estate)
    wanted = policy.wanted(collective_in(estate, source))
    candidates = {kind: await uow.spot_checks.candidates(estate.id, kind, since, until)
                  for kind in CheckKind}
    drawn = draw(candidates, wanted, seed)
    earlier = await uow.spot_checks.draw_of(estate.id, source)
    if earlier is not None:
        summary = await uow.spot_checks.month_summary(estate.id, source)
        if summary["done"] < summary["required"]:
            await uow.audit.record(at=now, entity="spot-draw", entity_id=str(earlier.id),
                                   action="month-short", detail=summary)
            uow.emit(ev.MonthShort(earlier.id, required=summary["required"],
                                   done=summary["done"]))
    row = await uow.spot_checks.add_draw(
        estate_id=estate.id, month=label, source_month=source, seed=seed, now=now,
        wanted={k.value: v for k, v in wanted.items()},
        found={k.value: v for k, v in drawn.found.items()},
        shortfall={k.value: v for k, v in drawn.shortfall.items() if v})
    if row is None:
        return 0
    checks = [await uow.spot_checks.add_check(row, kind, target, n)
              for n, (kind, target) in enumerate(drawn.checks(), start=1)]
    await uow.audit.record(at=now, entity="spot-draw", entity_id=str(row.id), action="drawn",
                           detail={"month": label, "seed": seed,
                                   "checks": [[c.kind.value, c.target_id] for c in checks],
                                   "shortfall": row.shortfall})
    uow.emit(ev.DrawMade(row.id))
    if checks:
        await _show(uow, checks[0])
    return len(checks)


async def _show(uow: SpotUnitOfWork, check: SpotCheck) -> None:
    if await uow.spot_checks.move(check, CheckStatus.SENT):
        uow.emit(ev.CheckShown(check.id))


async def get(uow: SpotUnitOfWork, check_id: int) -> SpotCheck:
    check = await uow.spot_checks.get(check_id)
    if check is None:
        raise NotFound("spot-not-found")
    return check


def require_manager(actor: Actor, estate_id: int) -> None:
    if not actor.has_role(estate_id, StaffRole.MANAGER):
        raise NotAuthorized("spot-managers-only")


async def open_check(uow: SpotUnitOfWork, actor: Actor, check_id: int) -> SpotCheck:
    """A check the manager may decide now (its card is shown, nobody decided it)."""
    check = await get(uow, check_id)
    require_manager(actor, check.estate_id)
    if check.status is not CheckStatus.SENT:
        raise Conflict("spot-already-decided")
    return check


async def decide(uow: SpotUnitOfWork, actor: Actor, check_id: int, passed: bool, now: datetime,
                 reason: str | None = None, photos: Sequence[FileRef] = ()) -> SpotCheck:
    """Pass, or fail with a reason (and photos); the next check of the draw is shown. A
    failed move-in record goes back to the desk with the estate's deadline."""
    check = await open_check(uow, actor, check_id)
    values: dict[str, object] = {"by_person_id": actor.person_id, "decided_at": now}
    if not passed:
        values["reason"] = require_text(reason, max_len=1000, field="reason", min_len=3)
        if len(photos) > MAX_PHOTOS:
            raise InvalidInput("spot-too-many-photos", max=MAX_PHOTOS)
        if check.kind is CheckKind.MOVE_IN:
            estate = await uow.estates.get(check.estate_id)
            assert estate is not None
            values["rectify_by"] = local_day(estate, now) + timedelta(
                days=SpotPolicy.of(estate).rectify_days)
            values["rectify_status"] = RectifyStatus.OPEN
    to = CheckStatus.PASSED if passed else CheckStatus.FAILED
    if not await uow.spot_checks.move(check, to, **values):
        raise Conflict("spot-already-decided")
    for ref in photos:
        await uow.files.add(ref, owner="spot_check", owner_id=check.id, role="photo", now=now)
    await uow.audit.record(at=now, entity="spot-check", entity_id=str(check.id),
                           action=to.value, actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           from_state=check.status.value, to_state=to.value,
                           detail={"kind": check.kind.value, "target": check.target_id,
                                   "photos": len(photos)})
    uow.emit(ev.CheckDecided(check.id))
    if "rectify_by" in values:
        uow.emit(ev.RectifyDue(check.id, level="sent"))
    rest = await uow.spot_checks.of_draw(check.draw_id)
    waiting = [c for c in rest if c.status is CheckStatus.PENDING]
    if waiting and not any(c.status is CheckStatus.SENT for c in rest):
        await _show(uow, waiting[0])
    return await get(uow, check.id)


async def correct(uow: SpotUnitOfWork, actor: Actor, check_id: int, now: datetime) -> SpotCheck:
    """The desk corrected a failed move-in record (已更正); the managers are told."""
    check = await get(uow, check_id)
    if not actor.has_role(check.estate_id, StaffRole.DESK, StaffRole.MANAGER):
        raise NotAuthorized("spot-desk-only")
    if check.rectify_status is not RectifyStatus.OPEN:
        raise Conflict("spot-already-corrected")
    if not await uow.spot_checks.set_corrected(check, actor.person_id, now):
        raise Conflict("spot-already-corrected")
    await uow.audit.record(at=now, entity="spot-check", entity_id=str(check.id),
                           action="corrected", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           from_state=RectifyStatus.OPEN.value,
                           to_state=RectifyStatus.CORRECTED.value)
    uow.emit(ev.Corrected(check.id))
    return await get(uow, check.id)


def rectify_plan(estate: Estate, check: SpotCheck) -> list[tuple[str, datetime]]:
    """The deadline's levels: the desk reminded on the day, the managers told the day
    after (the escalation)."""
    assert check.rectify_by is not None
    return [("due", at_local(estate, check.rectify_by)),
            ("overdue", at_local(estate, check.rectify_by + timedelta(days=1)))]


def action_plan(estate: Estate, due_on: date) -> list[tuple[str, datetime]]:
    """An action's levels: the owner reminded the day before, the owner and the managers
    told the day after the deadline."""
    return [("soon", at_local(estate, due_on - timedelta(days=1))),
            ("overdue", at_local(estate, due_on + timedelta(days=1)))]


async def fire_levels(uow: SpotUnitOfWork, entity: str, entity_id: int,
                      plan: list[tuple[str, datetime]], now: datetime) -> str | None:
    """Claim every level come due (once each, the `fired` key); the latest is the one to
    send, earlier ones found late are dropped with an audit row."""
    due = [level for level, at in plan if at <= now]
    send = None
    for level in due:
        if not await uow.fired.claim(entity, entity_id, level, now):
            continue
        if level != due[-1]:
            await uow.audit.record(at=now, entity=entity, entity_id=str(entity_id),
                                   action="deadline-dropped", to_state=level)
            continue
        await uow.audit.record(at=now, entity=entity, entity_id=str(entity_id),
                               action="deadline", to_state=level)
        send = level
    return send


async def sweep_deadlines(uow: SpotUnitOfWork, now: datetime) -> int:
    """Rectifications not corrected and actions not closed, reminded then escalated."""
    fired = 0
    estates: dict[int, Estate | None] = {}

    async def estate_of(estate_id: int) -> Estate | None:
        if estate_id not in estates:
            estates[estate_id] = await uow.estates.get(estate_id)
        return estates[estate_id]

    for check in await uow.spot_checks.open_rectifications():
        estate = await estate_of(check.estate_id)
        if estate is None:
            continue
        level = await fire_levels(uow, "spot-check", check.id, rectify_plan(estate, check), now)
        if level is not None:
            uow.emit(ev.RectifyDue(check.id, level=level))
            fired += 1
    for action in await uow.actions.open_all():
        estate = await estate_of(action.estate_id)
        if estate is None:
            continue
        level = await fire_levels(uow, "action", action.id, action_plan(estate, action.due_on),
                                  now)
        if level is not None:
            uow.emit(ev.ActionReminder(action.id, level=level))
            fired += 1
    return fired


async def month_summary(uow: SpotUnitOfWork, estate_id: int, month: str) -> dict[str, int]:
    return await uow.spot_checks.month_summary(estate_id, month)
