"""A resident's conversation with the desk, relayed both ways (`domain/handover.py`)."""

from __future__ import annotations

from typing import Any

from bot.notices.base import Notices
from bot.notices.cards import place
from bot.ui.callbacks import HandoverCb
from bot.ui.keyboards import button, rows
from domain import events as ev
from domain.model import GroupPurpose
from domain.tickets import Kind, Ticket


async def _enquiry(n: Notices, e: ev.TicketEvent) -> Ticket | None:
    t = await n.uow.tickets.get(e.ticket_id)
    return t if t is not None and t.kind is Kind.ENQUIRY else None


async def on_asked(n: Notices, e: ev.ResidentAsked) -> None:
    """The resident's message as a card in the desk group (answered by replying to it)."""
    t = await _enquiry(n, e)
    if t is None:
        return
    found = await _desk(n, t)
    if found is None:
        return
    group, locale = found
    who = await n.uow.people.get(t.reporter_id) if t.reporter_id else None
    await n.post.send(group.chat_id, n.tr(
        locale, "handover-card" if e.n == 1 else "handover-more", number=t.number,
        place=await place(n.uow, t, n.tr, locale), name=who.name if who else "—",
        text=e.text), ref=f"ticket:{t.id}:ask:{e.n}")


async def on_answered(n: Notices, e: ev.DeskAnswered) -> None:
    t = await _enquiry(n, e)
    if t is None or t.reporter_id is None:
        return
    staff = await n.uow.people.get(e.by_person_id)
    name = staff.name if staff else "—"
    person = await n.person(t.reporter_id)
    if person is not None and person.tg_user_id is not None:
        end = rows(button(n.tr(person.locale, "btn-handover-end"),
                          HandoverCb(op="end", id=t.id).pack()))
        await n.post.send(person.tg_user_id, n.tr(person.locale, "handover-answer",
                                                  number=t.number, name=name, text=e.text),
                          markup=end)
    await _to_desk(n, t, "handover-sent", name=name)


async def on_closed(n: Notices, e: ev.EnquiryClosed) -> None:
    t = await _enquiry(n, e)
    if t is None:
        return
    if e.by_resident:
        await _to_desk(n, t, "handover-ended-desk")
    elif t.reporter_id is not None:
        await n.to_person(t.reporter_id, "handover-ended")


async def _desk(n: Notices, t: Ticket):  # type: ignore[no-untyped-def]
    """The desk group, or the managers' when the estate has no desk group."""
    return await n.group(t.estate_id, GroupPurpose.DESK) or \
        await n.group(t.estate_id, GroupPurpose.MANAGERS)


async def _to_desk(n: Notices, t: Ticket, key: str, **args: Any) -> None:
    found = await _desk(n, t)
    if found is not None:
        group, locale = found
        await n.post.send(group.chat_id, n.tr(locale, key, number=t.number, **args))


RENDERERS: dict[type, Any] = {ev.ResidentAsked: on_asked, ev.DeskAnswered: on_answered,
                              ev.EnquiryClosed: on_closed}
