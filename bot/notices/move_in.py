"""Move-in messages raised by other workflows: when the last repair of a move-in's defects
is done, the desk group is told once that the unit is ready for re-inspection."""

from __future__ import annotations

from typing import Any

from bot.notices.base import Notices
from domain import events as ev
from domain.model import GroupPurpose
from domain.move_in import inspection


async def on_repair_fixed(n: Notices, e: ev.TicketEvent) -> None:
    """A repair done, confirmed or closed: a move-in whose defects are now all fixed gets
    one "ready for re-inspection" line in the desk group (once, whichever repair is last)."""
    record = await inspection.repairs_fixed(n.uow, e.ticket_id, n.now)
    if record is None:
        return
    unit = await n.uow.units.get(record.unit_id)
    day: Any = record.reinspect_on or ""
    found = await n.group(record.estate_id, GroupPurpose.DESK)
    if found is None:
        return
    group, locale = found
    count = len(await n.uow.move_ins.defects(record.id))
    await n.post.send(group.chat_id, n.tr(
        locale, "movein-card-defects-fixed", number=record.number,
        unit=unit.label if unit else "?", count=count, day=day))


RENDERERS: dict[type, Any] = {ev.JobDone: on_repair_fixed, ev.RepairConfirmed: on_repair_fixed,
                              ev.TicketClosed: on_repair_fixed}
