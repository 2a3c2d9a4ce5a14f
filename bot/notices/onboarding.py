"""Messages caused by joining: link requests to the desk, decisions, menus, leaving groups."""

from __future__ import annotations

from typing import Any

from bot.i18n import Safe, trade_of
from bot.notices.base import Notices
from bot.ui import keyboards, menus
from domain.events import (
    CommandsChanged,
    GroupAwaitingLink,
    GroupLinked,
    LeaveGroup,
    LinkDecided,
    LinkRequested,
    StaffJoined,
)
from domain.model import Actor, GroupPurpose, Locale
from domain.text import mask_phone


def request_ref(request_id: int) -> str:
    return f"linkreq:{request_id}"


async def on_link_requested(n: Notices, e: LinkRequested) -> None:
    request = await n.uow.link_requests.get(e.request_id)
    if request is None:
        return
    unit = await n.uow.units.get(request.unit_id)
    for purpose in (GroupPurpose.DESK, GroupPurpose.MANAGERS):
        found = await n.group(request.estate_id, purpose)
        if found is None:
            continue
        group, locale = found
        text = n.tr(locale, "link-card", id=request.id, name=request.name,
                    unit=unit.label if unit else "?",
                    relation=n.tr(locale, f"relation-{request.relation.value}"),
                    phone=mask_phone(request.phone) or "—")
        text += "\n" + await holders_line(n, request.unit_id, locale)
        await n.post.send(group.chat_id, text,
                          markup=keyboards.link_decision(request.id, n.tr, locale),
                          ref=request_ref(request.id))
        return


async def holders_line(n: Notices, unit_id: int, locale: Locale) -> str:
    """Who the registry says owns or rents the unit now, so the desk does not approve blind."""
    current = await n.uow.tenures.active_for_unit(unit_id)
    if not current:
        return n.tr(locale, "link-card-no-holders")
    return n.tr(locale, "link-card-holders", holders=[
        Safe(n.tr(locale, "link-card-holder", name=p.name,
                  relation=n.tr(locale, f"relation-{t.relation.value}"))) for t, p in current])


async def on_link_decided(n: Notices, e: LinkDecided) -> None:
    request = await n.uow.link_requests.get(e.request_id)
    decider = await n.uow.people.get(e.by_person_id)
    if request is None:
        return
    unit = await n.uow.units.get(request.unit_id)
    label = unit.label if unit else "?"
    key = "link-approved" if e.approved else "link-rejected"
    await n.to_person(request.person_id, key, unit=label)
    ref = request_ref(request.id)
    where = await n.uow.outbox.ref(ref)
    if where is not None:
        group = await n.uow.groups.get(where[0])
        locale = await n.post.group_locale(group) if group else None
        if locale is not None:
            text = n.tr(locale, "link-card-decided", id=request.id, name=request.name,
                        unit=label,
                        relation=n.tr(locale, f"relation-{request.relation.value}"),
                        decision=n.tr(locale, "decision-approved" if e.approved
                                      else "decision-rejected"),
                        by=decider.name if decider else "?")
            await n.post.edit(text=text, ref=ref)


async def on_commands_changed(n: Notices, e: CommandsChanged) -> None:
    person = await n.person(e.person_id)
    if person is None or person.tg_user_id is None:
        return
    actor = Actor(person.tg_user_id, person, tuple(await n.uow.staff.for_person(person.id)),
                  tuple(await n.uow.tenures.active_for_person(person.id)))
    await n.post.commands(person.tg_user_id, menus.for_actor(actor, n.tr, person.locale))


async def on_group_linked(n: Notices, e: GroupLinked) -> None:
    group = await n.uow.groups.get(e.chat_id)
    if group is None:
        return
    locale = await n.post.group_locale(group)
    await n.post.commands(e.chat_id, menus.for_group(e.purpose, n.tr, locale))


async def on_group_awaiting(n: Notices, e: GroupAwaitingLink) -> None:
    group = await n.uow.groups.get(e.chat_id)
    locale = await n.post.group_locale(group) if group else None
    if locale is not None:
        await n.post.send(e.chat_id, n.tr(locale, "group-awaiting-link", minutes=e.grace_minutes))


async def on_leave(n: Notices, e: LeaveGroup) -> None:
    await n.uow.outbox.drop_chat(e.chat_id)
    await n.post.leave(e.chat_id)


async def on_staff_joined(n: Notices, e: StaffJoined) -> None:
    person = await n.uow.people.get(e.person_id)
    found = await n.group(e.estate_id, GroupPurpose.MANAGERS)
    if person is None or found is None:
        return
    group, locale = found
    await n.post.send(group.chat_id, n.tr(
        locale, "staff-joined-notice", name=person.name, role=n.tr(locale, f"role-{e.role.value}"),
        trade=trade_of(n.tr, locale, e.trade.value if e.trade else None)))


RENDERERS: dict[type, Any] = {
    LinkRequested: on_link_requested,
    LinkDecided: on_link_decided,
    CommandsChanged: on_commands_changed,
    GroupLinked: on_group_linked,
    GroupAwaitingLink: on_group_awaiting,
    LeaveGroup: on_leave,
    StaffJoined: on_staff_joined,
}
