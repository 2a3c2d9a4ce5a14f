"""Messages caused by registry changes: access ended (open drafts closed), owners told of a
new tenant or proxy."""

from __future__ import annotations

from typing import Any

from bot.notices.base import Notices
from domain import events as ev
from domain.model import Relation
from store import fsm

TOLD_OWNERS = (Relation.TENANT, Relation.PROXY)


async def on_link_ended(n: Notices, e: ev.LinkEnded) -> None:
    """The former resident's open forms close; they are told in their language."""
    person = await n.uow.people.get(e.person_id)
    unit = await n.uow.units.get(e.unit_id)
    if person is None or person.tg_user_id is None or unit is None:
        return
    left = await n.uow.tenures.active_for_person(person.id)
    await fsm.close_private(n.uow.session, person.tg_user_id, None if not left else e.unit_id)
    await n.to_person(person.id, f"link-ended-{e.reason}", unit=unit.label)


async def on_resident_linked(n: Notices, e: ev.ResidentLinked) -> None:
    """Owners are told when a tenant or proxy is linked to their unit."""
    if e.relation not in TOLD_OWNERS:
        return
    unit = await n.uow.units.get(e.unit_id)
    newcomer = await n.uow.people.get(e.person_id)
    if unit is None or newcomer is None:
        return
    for tenure, owner in await n.uow.tenures.active_for_unit(unit.id):
        if tenure.relation in (Relation.OWNER, Relation.CO_OWNER) and owner.id != e.person_id:
            person = await n.person(owner.id)
            if person is not None:
                await n.to_person(owner.id, "owner-told-linked", unit=unit.label,
                                  name=newcomer.name,
                                  relation=n.tr(person.locale, f"relation-{e.relation.value}"))


RENDERERS: dict[type, Any] = {
    ev.LinkEnded: on_link_ended,
    ev.ResidentLinked: on_resident_linked,
}
