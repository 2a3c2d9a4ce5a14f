"""Telling the desk that a message to a resident may not have arrived."""

from __future__ import annotations

from typing import Any

from bot.notices.base import Notices
from domain.events import MessageUndelivered
from domain.model import GroupPurpose


async def on_undelivered(n: Notices, e: MessageUndelivered) -> None:
    person = await n.uow.people.get(e.person_id)
    unit = await n.uow.units.get(e.unit_id)
    if person is None or unit is None:
        return
    found = await n.group(unit.estate_id, GroupPurpose.DESK) or \
        await n.group(unit.estate_id, GroupPurpose.MANAGERS)
    if found is None:
        return
    group, locale = found
    await n.post.send(group.chat_id, n.tr(locale, "outbox-undelivered", name=person.name,
                                          unit=unit.label))


RENDERERS: dict[type, Any] = {MessageUndelivered: on_undelivered}
