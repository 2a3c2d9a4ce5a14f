"""Entrusted services (委託代辦, 『陸』一(四)6): the owner asks the office to handle an item of
the estate's list for them (utility accounts, keys cut, cleaning, ...), with a note; the desk
marks each one done with a short note. Each item is tracked from asked to done."""

from __future__ import annotations

from datetime import datetime

from domain.errors import Conflict, InvalidInput, NotFound
from domain.model import Actor
from domain.move_in.booking import own, staff_record
from domain.move_in.model import Errand, ErrandStatus, MoveIn, MoveInPolicy
from domain.move_in.ports import MoveInUnitOfWork
from domain.text import clean

NOTE_MAX = 300


def note_text(raw: str | None, *, required: bool = False) -> str:
    """A short note as typed (cleaned, at most 300 characters); empty when not required."""
    text = clean(raw or "").strip()
    if len(text) > NOTE_MAX:
        raise InvalidInput("movein-errand-note-long", max=NOTE_MAX)
    if required and not text:
        raise InvalidInput("movein-errand-note-empty")
    return text


async def offered(uow: MoveInUnitOfWork, record: MoveIn) -> tuple[str, ...]:
    """The estate's errand items the owner has not asked for yet (or whose earlier one is
    done)."""
    estate = await uow.estates.get(record.estate_id)
    items = MoveInPolicy.of(estate).errands if estate else ()
    open_now = {e.item for e in await uow.move_ins.errands(record.id)
                if e.status is ErrandStatus.OPEN}
    return tuple(i for i in items if i not in open_now)


async def ask(uow: MoveInUnitOfWork, actor: Actor, move_in_id: int, item: str, note: str,
              now: datetime) -> tuple[MoveIn, Errand]:
    """The owner entrusts one item to the office; the same item twice while it is open is
    refused."""
    record = await own(uow, actor, move_in_id)
    estate = await uow.estates.get(record.estate_id)
    if estate is None or item not in MoveInPolicy.of(estate).errands:
        raise InvalidInput("movein-errand-bad-item")
    if item not in await offered(uow, record):
        raise Conflict("movein-errand-open")
    assert actor.person is not None
    errand = await uow.move_ins.add_errand(record.id, item, note_text(note), actor.person.id,
                                           now)
    await _audit(uow, actor, errand, "errand-asked", None, ErrandStatus.OPEN, now)
    return record, errand


async def staff_errand(uow: MoveInUnitOfWork, actor: Actor,
                       errand_id: int) -> tuple[MoveIn, Errand]:
    """An errand and its move-in, for the desk or a manager of its estate."""
    errand = await uow.move_ins.errand(errand_id)
    if errand is None:
        raise NotFound("movein-not-found")
    record = await staff_record(uow, actor, errand.move_in_id)
    return record, errand


async def finish(uow: MoveInUnitOfWork, actor: Actor, errand_id: int, note: str,
                 now: datetime) -> tuple[MoveIn, Errand]:
    """The desk marks the item done with a short note (compare-and-set: the first "Done"
    wins; a colleague's later one is told it is done already)."""
    record, errand = await staff_errand(uow, actor, errand_id)
    text = note_text(note, required=True)
    assert actor.person is not None
    if errand.status is not ErrandStatus.OPEN or not await uow.move_ins.finish_errand(
            errand.id, actor.person.id, text, now):
        raise Conflict("movein-errand-done-already")
    await _audit(uow, actor, errand, "errand-done", ErrandStatus.OPEN, ErrandStatus.DONE, now)
    fresh = await uow.move_ins.errand(errand.id)
    assert fresh is not None
    return record, fresh


async def _audit(uow: MoveInUnitOfWork, actor: Actor, errand: Errand, action: str,
                 from_state: ErrandStatus | None, to_state: ErrandStatus,
                 now: datetime) -> None:
    await uow.audit.record(at=now, entity="move_in_errand", entity_id=str(errand.id),
                           action=action, actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id,
                           from_state=from_state.value if from_state else None,
                           to_state=to_state.value, update_id=uow.update_id,
                           detail={"move_in": errand.move_in_id, "item": errand.item})
