"""Messages the bot could not be sure it delivered."""

from __future__ import annotations

from datetime import datetime

from domain.events import MessageUndelivered
from domain.ports import UnitOfWork


async def message_parked(uow: UnitOfWork, chat_id: int, outbox_id: int, method: str,
                         now: datetime) -> bool:
    """A send to `chat_id` was parked after unknown outcomes. A resident's desk is told (one
    notice per estate they live in); True if so. Other chats (staff, crews, groups) are left
    to the log."""
    if chat_id <= 0:
        return False
    person = await uow.people.by_tg(chat_id)
    if person is None:
        return False
    estates: set[int] = set()
    for tenure in await uow.tenures.active_for_person(person.id):
        if tenure.unit.estate_id in estates:
            continue
        estates.add(tenure.unit.estate_id)
        uow.emit(MessageUndelivered(person.id, tenure.unit.id))
    if estates:
        await uow.audit.record(at=now, entity="outbox", entity_id=str(outbox_id),
                               action="desk-told-undelivered", detail={"method": method})
    return bool(estates)
