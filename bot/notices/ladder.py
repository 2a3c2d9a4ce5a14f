"""The repair escalation ladder beyond the first alert: the managers, the estate's head
office, and the reminders that repeat until someone acts; and the emergency nobody is on
call for."""

from __future__ import annotations

from typing import Any

from bot.notices.base import Notices
from bot.notices.cards import place, when
from domain import events as ev
from domain.model import GroupPurpose, Locale, Trade
from domain.queue import link
from domain.repair import RepairPolicy
from domain.tickets import Ticket

# A repetition goes where the level it repeats went.
REPEAT_TO = {
    "accept-repeat": (GroupPurpose.CREW, GroupPurpose.DESK),
    "callback-repeat": (GroupPurpose.DESK,),
}


async def _tz(n: Notices, t: Ticket) -> str:
    estate = await n.uow.estates.get(t.estate_id)
    return estate.tz if estate else "UTC"


async def _args(n: Notices, t: Ticket, locale: Locale, e: ev.DeadlineReached) -> dict[str, Any]:
    tz = await _tz(n, t)
    return {"number": t.number, "id": link(t.number), "repeat": e.repeat,
            "category": n.tr(locale, f"cat-{t.category}"),
            "place": await place(n.uow, t, n.tr, locale),
            "status": n.tr(locale, f"status-{t.status.value}"),
            "due": when(t.accept_due, tz), "complete": when(t.complete_due, tz),
            "callback": when(t.callback_due, tz), "rework": when(t.rework_due, tz)}


async def _to(n: Notices, t: Ticket, purpose: GroupPurpose, key: str,
              e: ev.DeadlineReached) -> None:
    if purpose is GroupPurpose.CREW:
        trade = Trade(t.trade) if t.trade else Trade.GENERAL
        found = await n.group(t.estate_id, purpose, trade)
    else:
        found = await n.group(t.estate_id, purpose)
    if found is not None:
        group, locale = found
        await n.post.send(group.chat_id, n.tr(locale, key, **await _args(n, t, locale, e)))


async def on_deadline(n: Notices, e: ev.DeadlineReached) -> None:
    t = await n.uow.tickets.get(e.ticket_id)
    if t is None or t.kind.value != "repair":
        return
    if e.level == "accept-manager":
        await _to(n, t, GroupPurpose.MANAGERS, "escalate-accept-manager", e)
    elif e.level == "accept-head-office":
        await _head_office(n, t, e)
    elif e.level in REPEAT_TO:
        for purpose in REPEAT_TO[e.level]:
            await _to(n, t, purpose, f"remind-{e.level}", e)
    elif e.level in {"complete-repeat", "rework-repeat"} and t.assignee_id:
        person = await n.person(t.assignee_id)
        if person is not None and person.tg_user_id is not None:
            await n.post.send(person.tg_user_id, n.tr(person.locale, f"remind-{e.level}",
                                                      **await _args(n, t, person.locale, e)))


async def _head_office(n: Notices, t: Ticket, e: ev.DeadlineReached) -> None:
    """The estate's head-office contact (`repair.head_office_chat`) in the estate's language;
    when it cannot be reached the managers are told so."""
    estate = await n.uow.estates.get(t.estate_id)
    if estate is None:
        return
    chat = RepairPolicy.of(estate).head_office_chat
    locale = Locale(estate.settings.get("locale", Locale.ZH_HANT.value))
    if chat:
        await n.post.send(chat, n.tr(locale, "escalate-accept-head-office", estate=estate.name,
                                     **await _args(n, t, locale, e)))


async def on_submitted(n: Notices, e: ev.RepairSubmitted) -> None:
    """An emergency with nobody on call: the desk is told at once."""
    if not e.nobody_on_call:
        return
    t = await n.uow.tickets.get(e.ticket_id)
    if t is None:
        return
    found = await n.group(t.estate_id, GroupPurpose.DESK)
    if found is not None:
        group, locale = found
        await n.post.send(group.chat_id, n.tr(
            locale, "emergency-nobody-on-call", trade=n.tr(locale, f"trade-{t.trade}"),
            **await _args(n, t, locale, ev.DeadlineReached(t.id))))


RENDERERS: dict[type, Any] = {
    ev.DeadlineReached: on_deadline,
    ev.RepairSubmitted: on_submitted,
}
