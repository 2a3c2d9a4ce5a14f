"""A routed complaint at its department: the card in the department's group (or its people's
private chats), refreshed as the complaint moves, and the messages between the department and
the desk (`domain/complaints/routing.py`)."""

from __future__ import annotations

from typing import Any

from bot.notices.base import Notices
from bot.notices.cards import when
from bot.notices.complaints import _ticket, _tz, complaint_card, desk_group, thread
from conversations.complaint import keyboards as kb
from domain.complaints import events as cev
from domain.complaints.routing import department_target
from domain.model import Group, GroupStatus, Locale, Person
from domain.tickets import Ticket


def dept_ref(t: Ticket, department: str, person_id: int | None = None) -> str:
    """The department's card: in its group, or one per person when it has none."""
    base = f"ticket:{t.id}:dept:{department}"
    return f"{base}:p{person_id}" if person_id is not None else base


async def department_group(n: Notices, t: Ticket, department: str) -> tuple[Group, Locale] | None:
    estate = await n.uow.estates.get(t.estate_id)
    if estate is None:
        return None
    target = department_target(estate, department)
    if target.chat_id is not None:
        group = await n.uow.groups.get(target.chat_id)
        if group is None or group.status is not GroupStatus.ACTIVE or \
                group.estate_id != t.estate_id:
            return None
        return group, await n.post.group_locale(group)
    if target.purpose is None:
        return None
    return await n.group(t.estate_id, target.purpose, target.trade)


async def department_people(n: Notices, t: Ticket, department: str) -> list[Person]:
    estate = await n.uow.estates.get(t.estate_id)
    role = department_target(estate, department).role if estate else None
    if role is None:
        return []
    return [p for p in await n.uow.staff.people_with_role(t.estate_id, role)
            if p.tg_user_id is not None and not p.blocked]


async def _card(n: Notices, t: Ticket, department: str, locale: Locale) -> str:
    head = n.tr(locale, "complaint-dept-card-head", department=n.tr(locale, f"dept-{department}"))
    return f"{head}\n{await complaint_card(n, t, locale, mask=True)}"


async def _places(n: Notices, t: Ticket, department: str) -> list[tuple[str, int, Locale]]:
    """Where the department's card is (or goes): (ref, chat, language)."""
    found = await department_group(n, t, department)
    if found is not None:
        group, locale = found
        return [(dept_ref(t, department), group.chat_id, locale)]
    return [(dept_ref(t, department, p.id), p.tg_user_id or 0, p.locale)
            for p in await department_people(n, t, department)]


async def refresh(n: Notices, t: Ticket, department: str | None = None,
                  *, moved: bool = False) -> None:
    """The department's card shows where the complaint stands (no buttons once closed or
    moved to another department)."""
    dept = department or t.department
    if dept is None:
        return
    for ref, chat_id, locale in await _places(n, t, dept):
        where = await n.uow.outbox.ref(ref)
        if where is None:
            continue
        text = await _card(n, t, dept, locale)
        if moved:
            text += "\n" + n.tr(locale, "complaint-dept-moved", department=n.tr(
                locale, f"dept-{t.department}"))
        markup = None if moved else kb.department_card(t, n.tr, locale)
        await n.post.edit(text=text, markup=markup, ref=ref, chat_id=chat_id)


async def dept_thread(n: Notices, t: Ticket, key: str, **args: Any) -> bool:
    """A message to the department as a reply to its card; False when it has nobody."""
    if t.department is None:
        return False
    places = await _places(n, t, t.department)
    for ref, chat_id, locale in places:
        where = await n.uow.outbox.ref(ref)
        await n.post.send(chat_id, n.tr(locale, key, number=t.number, **args),
                          reply_to=where[1] if where and where[0] == chat_id else None)
    return bool(places)


# ---------------------------------------------------------------- renderers


async def on_department(n: Notices, e: cev.DepartmentAssigned) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    if e.previous:
        await refresh(n, t, e.previous, moved=True)
    places = await _places(n, t, e.department)
    if not places:
        desk = await desk_group(n, t)
        label = n.tr(desk[1], f"dept-{e.department}") if desk else e.department
        await thread(n, t, "complaint-dept-nowhere", department=label,
                     setting=f"complaints.departments.{e.department}")
        return
    files = await n.uow.files.for_owner("ticket", t.id, "report")
    for ref, chat_id, locale in places:
        if files:
            await n.post.album(chat_id, [f.file_id for f in files], caption=t.number)
        await n.post.send(chat_id, await _card(n, t, e.department, locale),
                          markup=kb.department_card(t, n.tr, locale), ref=ref)


async def _refreshed(n: Notices, e: cev.ComplaintReplied | cev.ComplaintClosed
                     | cev.ComplaintReopened) -> None:
    t = await _ticket(n, e)
    if t is not None and t.department:
        await refresh(n, t)


async def on_replied(n: Notices, e: cev.ComplaintReplied) -> None:
    await _refreshed(n, e)
    t = await _ticket(n, e)
    if t is not None and e.department:
        await dept_thread(n, t, "complaint-dept-replied", text=e.text)


async def on_asked(n: Notices, e: cev.DepartmentAsked) -> None:
    t = await _ticket(n, e)
    if t is None or t.department is None:
        return
    who = await n.uow.people.get(e.by_person_id)
    desk = await desk_group(n, t)
    label = n.tr(desk[1], f"dept-{t.department}") if desk else t.department
    await thread(n, t, "complaint-thread-dept-asks", department=label,
                 name=who.name if who else "—", text=e.text)


async def on_told(n: Notices, e: cev.DepartmentTold) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    who = await n.uow.people.get(e.by_person_id)
    await dept_thread(n, t, "complaint-dept-told", name=who.name if who else "—", text=e.text)


async def on_deadline(n: Notices, e: cev.ComplaintDeadline) -> None:
    """The department is reminded of the reply clock as the desk is."""
    t = await _ticket(n, e)
    if t is None or t.department is None or t.reply_due is None or \
            not e.level.startswith("reply-remind-"):
        return
    hours = max(1, round((t.reply_due - n.now).total_seconds() / 3600))
    await dept_thread(n, t, "complaint-remind", hours=hours,
                      due=when(t.reply_due, await _tz(n, t)))


RENDERERS: dict[type, Any] = {
    cev.DepartmentAssigned: on_department,
    cev.ComplaintReplied: on_replied,
    cev.ComplaintClosed: _refreshed,
    cev.ComplaintReopened: _refreshed,
    cev.DepartmentAsked: on_asked,
    cev.DepartmentTold: on_told,
    cev.ComplaintDeadline: on_deadline,
}
