"""The inspection with the owner (驗房): meter readings (each with its photo), the checklist
room by room (each item OK or a defect; a defect is a repair ticket), the desk told once when
every defect's repair is done, the re-inspection, acceptance (or acceptance with a deadline,
限期整改), and the keys."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from domain import events as ev
from domain.errors import Conflict, InvalidInput, NotFound
from domain.model import Actor, StaffRole
from domain.move_in.booking import move, own, staff_record
from domain.move_in.model import (
    DEFECT_CATEGORIES,
    Check,
    Defect,
    Meter,
    MoveIn,
    MoveInPolicy,
    Reading,
    Result,
    Status,
)
from domain.move_in.ports import MoveInUnitOfWork
from domain.ports import FileRef
from domain.repair.intake import TRADE_OF, Category, RepairPolicy, clock_for, ladder
from domain.text import DESCRIPTION_MAX, require_text
from domain.tickets import Kind, Ticket, Urgency, next_due, ticket_number
from domain.tickets import Status as TicketStatus

INSPECTORS = (StaffRole.DESK, StaffRole.MANAGER, StaffRole.CREW, StaffRole.SUPERVISOR)
FIXED = {TicketStatus.DONE, TicketStatus.CONFIRMED, TicketStatus.CLOSED}


async def inspecting(uow: MoveInUnitOfWork, actor: Actor, move_in_id: int) -> MoveIn:
    record = await staff_record(uow, actor, move_in_id, *INSPECTORS)
    if record.status not in {Status.INSPECTION, Status.RECTIFYING}:
        raise Conflict("movein-not-inspection")
    return record


async def begin(uow: MoveInUnitOfWork, actor: Actor, move_in_id: int,
                now: datetime) -> MoveIn:
    """The inspection starts (or starts again): readings and checklist rows of an earlier
    start are replaced, not added to (the defects found stay with their repair tickets)."""
    record = await inspecting(uow, actor, move_in_id)
    if record.status is not Status.INSPECTION:
        raise Conflict("movein-not-inspection")
    replaced = await uow.move_ins.clear_inspection(record.id)
    await uow.audit.record(at=now, entity="move_in", entity_id=str(record.id),
                           action="inspection-started", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"readings_replaced": replaced} if replaced else None)
    return record


async def record_reading(uow: MoveInUnitOfWork, actor: Actor, move_in_id: int, meter: Meter,
                         value: int, photo: FileRef, now: datetime) -> Reading:
    """A meter's reading at handover (抄水、電表底數), with its photo; never lower than the
    last reading of the same meter."""
    record = await inspecting(uow, actor, move_in_id)
    last = await uow.move_ins.last_reading(record.unit_id, meter)
    if last is not None and value < last.value:
        raise InvalidInput("movein-reading-lower", last=last.value / 100)
    file_id = await uow.files.add(photo, owner="move_in", owner_id=record.id,
                                  role=f"meter-{meter.value}", now=now)
    reading = Reading(record.unit_id, meter, value, now, record.id, file_id)
    await uow.move_ins.add_reading(reading)
    await uow.audit.record(at=now, entity="move_in", entity_id=str(record.id),
                           action="meter-read", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"meter": meter.value, "value": value})
    return reading


async def add_defect(uow: MoveInUnitOfWork, actor: Actor, move_in_id: int, room: str,
                     category: str, description: str, photos: tuple[FileRef, ...],
                     now: datetime, *, item: str | None = None) -> tuple[Defect, Ticket]:
    """A defect found (at a checklist item of a room): a repair ticket in the owner's name,
    linked to the move-in, sent to the crew as any repair (客戶服務中心據此填寫維修工作單)."""
    record = await inspecting(uow, actor, move_in_id)
    estate = await uow.estates.get(record.estate_id)
    if estate is None:  # pragma: no cover - foreign key
        raise NotFound()
    move_in_policy = MoveInPolicy.of(estate)
    if room not in move_in_policy.rooms:
        raise InvalidInput("movein-bad-room")
    if item is not None and item not in move_in_policy.items(room):
        raise InvalidInput("movein-bad-check-item")
    if category not in DEFECT_CATEGORIES:
        raise InvalidInput("repair-bad-category")
    text = require_text(description, max_len=DESCRIPTION_MAX, field="description", min_len=3)
    policy = RepairPolicy.of(estate)
    cal = clock_for(estate, Urgency.NORMAL)
    accept_due = cal.add(now, timedelta(minutes=policy.accept_minutes))
    year = now.astimezone(cal.tz).year
    seq = await uow.tickets.next_seq(f"{Kind.REPAIR.value}:{year}")
    extra: dict[str, Any] = {"policy": policy.__dict__, "move_in": record.id,
                             "move_in_number": record.number,
                             **ladder(policy, cal, accept_due, Urgency.NORMAL)}
    ticket = Ticket(
        id=0, number=ticket_number(Kind.REPAIR, year, seq), kind=Kind.REPAIR,
        estate_id=estate.id, status=TicketStatus.DISPATCHED, reporter_id=record.owner_id,
        category=category, description=text, created_at=now, urgency=Urgency.NORMAL,
        unit_id=record.unit_id, trade=TRADE_OF[Category(category)].value,
        accept_due=accept_due, extra=extra)
    ticket = await uow.tickets.add(replace(ticket, next_due_at=next_due(ticket, set())))
    for photo in photos:
        await uow.files.add(photo, owner="ticket", owner_id=ticket.id, role="report", now=now)
    defect = await uow.move_ins.add_defect(record.id, room, ticket.id, text)
    if item is not None:
        await uow.move_ins.set_check(Check(record.id, room, item, Result.DEFECT, now, ticket.id))
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id), action="created",
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           to_state=TicketStatus.DISPATCHED.value, update_id=uow.update_id,
                           detail={"number": ticket.number, "move_in": record.number})
    await uow.audit.record(at=now, entity="move_in", entity_id=str(record.id),
                           action="defect-found", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"room": room, "item": item, "ticket": ticket.number})
    uow.emit(ev.RepairSubmitted(ticket.id, after_hours=False))
    return defect, ticket


async def room_checked(uow: MoveInUnitOfWork, actor: Actor, move_in_id: int, room: str,
                       now: datetime) -> list[Check]:
    """A room done: every item of it not found defective is recorded OK."""
    record = await inspecting(uow, actor, move_in_id)
    estate = await uow.estates.get(record.estate_id)
    items = MoveInPolicy.of(estate).items(room) if estate else ()
    if not items:
        raise InvalidInput("movein-bad-room")
    found = {c.item for c in await uow.move_ins.checks(record.id) if c.room == room}
    for item in items:
        if item not in found:
            await uow.move_ins.set_check(Check(record.id, room, item, Result.OK, now))
    await uow.audit.record(at=now, entity="move_in", entity_id=str(record.id),
                           action="room-checked", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"room": room, "defects": len(found)})
    return [c for c in await uow.move_ins.checks(record.id) if c.room == room]


async def finish_inspection(uow: MoveInUnitOfWork, actor: Actor, move_in_id: int,
                            reinspect_on: date | None, now: datetime) -> MoveIn:
    """Every meter read; no defect: accepted, on to the keys; defects: a re-inspection date."""
    record = await inspecting(uow, actor, move_in_id)
    if record.status is not Status.INSPECTION:
        raise Conflict("movein-not-inspection")
    read = {r.meter for r in await uow.move_ins.readings(record.id)}
    if read != set(Meter):
        raise InvalidInput("movein-meters-missing")
    if not await uow.move_ins.defects(record.id):
        return await move(uow, actor, record, Status.KEYS, "accepted", now, accepted_at=now)
    if reinspect_on is None or reinspect_on <= now.date():
        raise InvalidInput("movein-reinspect-day")
    return await move(uow, actor, record, Status.RECTIFYING, "rectifying", now,
                      reinspect_on=reinspect_on)


async def open_defects(uow: MoveInUnitOfWork, record: MoveIn) -> list[Defect]:
    out = []
    for defect in await uow.move_ins.defects(record.id):
        ticket = await uow.tickets.get(defect.ticket_id)
        if ticket is None or ticket.status not in FIXED:
            out.append(defect)
    return out


async def repairs_fixed(uow: MoveInUnitOfWork, ticket_id: int,
                        now: datetime) -> MoveIn | None:
    """A repair reached done: when it was a move-in defect and every defect of that move-in
    is now fixed, the move-in is ready for re-inspection. Said once per move-in (a `fired`
    claim), whichever repair finishes last; None otherwise."""
    ticket = await uow.tickets.get(ticket_id)
    if ticket is None or ticket.status not in FIXED or "move_in" not in ticket.extra:
        return None
    record = await uow.move_ins.get(int(ticket.extra["move_in"]))
    if record is None or record.status is not Status.RECTIFYING:
        return None
    if await open_defects(uow, record):
        return None
    if not await uow.fired.claim("move_in", record.id, "defects-fixed", now):
        return None
    await uow.audit.record(at=now, entity="move_in", entity_id=str(record.id),
                           action="defects-fixed", to_state=record.status.value,
                           update_id=uow.update_id, detail={"last": ticket.number})
    return record


async def reinspect(uow: MoveInUnitOfWork, actor: Actor, move_in_id: int,
                    rectify_by: date | None, now: datetime) -> MoveIn:
    """The re-inspection: accepted when every defect's repair is done; or accepted with a
    deadline for what is left (限期整改)."""
    record = await inspecting(uow, actor, move_in_id)
    if record.status is not Status.RECTIFYING:
        raise Conflict("movein-not-rectifying")
    left = await open_defects(uow, record)
    if rectify_by is None:
        if left:
            raise Conflict("movein-defects-open", count=len(left))
        return await move(uow, actor, record, Status.KEYS, "reinspected", now, accepted_at=now)
    if rectify_by <= now.date():
        raise InvalidInput("movein-reinspect-day")
    return await move(uow, actor, record, Status.KEYS, "accepted-with-deadline", now,
                      accepted_at=now, rectify_by=rectify_by)


async def acknowledge_keys(uow: MoveInUnitOfWork, actor: Actor, move_in_id: int,
                           now: datetime) -> MoveIn:
    """The owner signs for the keys (領取鑰匙簽收): the move-in is done."""
    record = await own(uow, actor, move_in_id)
    if record.status is not Status.KEYS:
        raise Conflict("movein-not-keys")
    return await move(uow, actor, record, Status.DONE, "keys-received", now, keys_at=now)


async def check_reading(uow: MoveInUnitOfWork, actor: Actor, move_in_id: int, meter: Meter,
                        value: int) -> None:
    """A typed reading checked before the photo is asked: never lower than the last one."""
    record = await inspecting(uow, actor, move_in_id)
    last = await uow.move_ins.last_reading(record.unit_id, meter)
    if last is not None and value < last.value:
        raise InvalidInput("movein-reading-lower", last=last.value / 100)
