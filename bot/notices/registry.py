"""Messages caused by registry and staff changes, and by jobs moved by the office: access
ended (open drafts closed), owners told of a new tenant or proxy, jobs returned or assigned."""

from __future__ import annotations

from typing import Any

from bot.notices.base import Notices
from bot.notices.cards import job_card
from bot.notices.repair import post_card, refresh_card, tell_reporter
from domain import events as ev
from domain.model import GroupPurpose, Locale, Relation
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


async def on_staff_left(n: Notices, e: ev.StaffLeft) -> None:
    person = await n.uow.people.get(e.person_id)
    if person is None:
        return
    await n.to_person(e.person_id, "staff-ended-notice")
    found = await n.group(e.estate_id, GroupPurpose.MANAGERS)
    if found is not None:
        group, locale = found
        await n.post.send(group.chat_id, n.tr(locale, "staff-ended-group", name=person.name))


async def on_job_returned(n: Notices, e: ev.JobReturned) -> None:
    """The old card says why; a new card asks the crew to take the job."""
    t = await n.uow.tickets.get(e.ticket_id)
    person = await n.uow.people.get(e.person_id)
    if t is None:
        return
    name = person.name if person else "—"
    if t.status.value == "rework":
        await refresh_card(n, t, "card-note-returned", name=name)
        return
    old = f"ticket:{t.id}:crew:{t.cycle - 1}"
    await refresh_card(n, t, "card-note-returned", ref=old, name=name)
    await post_card(n, t, "card-note-returned", name=name)
    await tell_reporter(n, t, "repair-reassigned")


async def on_job_assigned(n: Notices, e: ev.JobAssigned) -> None:
    t = await n.uow.tickets.get(e.ticket_id)
    if t is None:
        return
    by = await n.uow.people.get(e.by_person_id)
    by_name = by.name if by else "—"
    if e.trade is not None:
        estate = await n.uow.estates.get(t.estate_id)
        locale = Locale(estate.settings.get("locale", "zh-Hant")) if estate else Locale.ZH_HANT
        old = f"ticket:{t.id}:crew:{t.cycle - 1}"
        await refresh_card(n, t, "card-note-trade-changed", ref=old, by=by_name,
                           trade=n.tr(locale, f"trade-{e.trade}"))
        await post_card(n, t, "card-note-trade-from", by=by_name,
                        trade=n.tr(locale, f"trade-{e.old_trade or 'general'}"))
        await tell_reporter(n, t, "repair-reassigned")
        return
    who = await n.uow.people.get(e.to_person_id) if e.to_person_id else None
    name = who.name if who else "—"
    await refresh_card(n, t, "card-note-assigned", name=name, by=by_name)
    if who is not None and who.id != e.by_person_id:
        target = await n.person(who.id)
        if target is not None and target.tg_user_id is not None:
            await n.post.send(target.tg_user_id, n.tr(target.locale, "job-assigned-to-you",
                                                      by=by_name) + "\n\n"
                              + await job_card(n.uow, t, n.tr, target.locale))
    await tell_reporter(n, t, "repair-accepted", name=name)


RENDERERS: dict[type, Any] = {
    ev.LinkEnded: on_link_ended,
    ev.ResidentLinked: on_resident_linked,
    ev.StaffLeft: on_staff_left,
    ev.JobReturned: on_job_returned,
    ev.JobAssigned: on_job_assigned,
}
