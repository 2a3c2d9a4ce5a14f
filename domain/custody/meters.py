"""Meter readings (查抄水表、電表讀數): at the start, during custody and at the end. A reading
lower than the last one is refused; use over the estate's limit since the previous reading
is flagged to the desk and the owner the day it is read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation

from domain.custody import events as ev
from domain.custody.agreement import first_check, get, move, require_staff
from domain.custody.model import (
    Custody,
    CustodyPolicy,
    CustodyStatus,
    Reading,
    ReadingKind,
)
from domain.custody.ports import CustodyUnitOfWork
from domain.errors import Conflict, InvalidInput
from domain.model import Actor
from domain.ports import FileRef
from domain.text import single_line

MAX_VALUE = 10_000_000


def parse_reading(text: str | None, field: str = "reading") -> float:
    """A meter as read: digits with at most two decimals, full-width digits accepted."""
    raw = single_line(text, max_len=20, field=field).replace(",", "").replace(" ", "")
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise InvalidInput("custody-bad-reading") from exc
    if not value.is_finite() or value < 0 or value >= MAX_VALUE or \
            value != value.quantize(Decimal("0.01")):
        raise InvalidInput("custody-bad-reading")
    return float(value)


def kind_for(custody: Custody) -> ReadingKind:
    """What a reading is now: the start readings once signed, then readings during custody."""
    if custody.status is CustodyStatus.SIGNED:
        return ReadingKind.START
    if custody.status is CustodyStatus.ACTIVE:
        return ReadingKind.DURING
    raise Conflict("custody-not-reading")


def check_not_lower(last: Reading | None, meter: str, value: float) -> None:
    """Meters only go up: a lower number is a misreading."""
    if last is None:
        return
    before = last.water if meter == "water" else last.electricity
    if value < before:
        raise InvalidInput("custody-reading-lower", meter=meter, last=_num(before))


def _num(value: float) -> str:
    return f"{value:g}"


async def last_reading(uow: CustodyUnitOfWork, custody_id: int) -> Reading | None:
    readings = await uow.custody.readings(custody_id)
    return readings[-1] if readings else None


async def record_reading(uow: CustodyUnitOfWork, actor: Actor, custody_id: int, *,
                         water: float, electricity: float, photos: Sequence[FileRef],
                         now: datetime, final: bool = False) -> Reading:
    """Both meters with their photos. The start readings start custody (and its weekly
    checks); the final readings, with the keys returned, ask the owner to acknowledge."""
    custody = await get(uow, custody_id)
    require_staff(actor, custody)
    if final:
        if custody.status is not CustodyStatus.ACTIVE:
            raise Conflict("custody-not-reading")
        kind = ReadingKind.FINAL
    else:
        kind = kind_for(custody)
    if len(photos) < 2:
        raise InvalidInput("custody-photos-needed")
    last = await last_reading(uow, custody.id)
    check_not_lower(last, "water", water)
    check_not_lower(last, "electricity", electricity)
    estate = await uow.estates.get(custody.estate_id)
    assert estate is not None
    policy = CustodyPolicy.of(estate)
    water_used = round(water - last.water, 2) if last else None
    power_used = round(electricity - last.electricity, 2) if last else None
    flagged = bool(last) and ((water_used or 0) > policy.water_limit
                              or (power_used or 0) > policy.electricity_limit)
    reading = await uow.custody.add_reading(custody.id, kind, water, electricity, now,
                                            actor.person_id, water_used, power_used, flagged)
    for ref in photos:
        await uow.files.add(ref, owner="custody_reading", owner_id=reading.id, role="photo",
                            now=now)
    await uow.audit.record(at=now, entity="custody", entity_id=str(custody.id),
                           action=f"reading-{kind.value}", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"reading": reading.id, "flagged": flagged})
    uow.emit(ev.ReadingRecorded(custody.id, reading_id=reading.id))
    if flagged:
        uow.emit(ev.UseFlagged(custody.id, reading_id=reading.id))
    if kind is ReadingKind.START:
        await move(uow, actor, custody, CustodyStatus.ACTIVE, now, "started", active_at=now,
                   next_check_at=first_check(policy, now))
    elif kind is ReadingKind.FINAL:
        await move(uow, actor, custody, CustodyStatus.ENDING, now, "keys-returned",
                   keys_returned_at=now)
        uow.emit(ev.KeysReturned(custody.id))
    return reading
