"""The inspection with the owner (驗房): meter readings, defects as repair tickets, the
re-inspection, acceptance (or acceptance with a deadline, 限期整改), and the keys."""

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
    Defect,
    Meter,
    MoveIn,
    MoveInPolicy,
    Reading,
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
                     now: datetime) -> tuple[Defect, Ticket]:
    """A defect found: a repair ticket in the owner's name, linked to the move-in, sent to
    the crew as any repair (客戶服務中心據此填寫維修工作單)."""
    record = await inspecting(uow, actor, move_in_id)
    estate = await uow.estates.get(record.estate_id)
    if estate is None:  # pragma: no cover - foreign key
        raise NotFound()
    if room not in MoveInPolicy.of(estate).rooms:
        raise InvalidInput("movein-bad-room")
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
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id), action="created",
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           to_state=TicketStatus.DISPATCHED.value, update_id=uow.update_id,
                           detail={"number": ticket.number, "move_in": record.number})
    await uow.audit.record(at=now, entity="move_in", entity_id=str(record.id),
                           action="defect-found", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"room": room, "ticket": ticket.number})
    uow.emit(ev.RepairSubmitted(ticket.id, after_hours=False))
    return defect, ticket


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
