"""Messages caused by complaints: the desk card and its thread, the resident's view, the
reply clock's reminders and escalation, the weekly statistics, the satisfaction question."""

from __future__ import annotations

from typing import Any

from bot.i18n import Safe
from bot.notices.base import Notices
from bot.notices.cards import category_label, place, status_line, when
from bot.reports.complaints import post_week
from conversations.complaint import keyboards as kb
from domain import events as ev
from domain.complaints import events as cev
from domain.complaints.handling import WAITING_REPLY, ComplaintPolicy, ticket_policy
from domain.model import Group, GroupPurpose, Locale
from domain.queue import link
from domain.satisfaction import should_ask
from domain.text import mask_phone
from domain.tickets import Kind, Ticket


def card_ref(t: Ticket) -> str:
    return f"ticket:{t.id}:desk"


def reply_ref(t: Ticket, n: int) -> str:
    return f"ticket:{t.id}:reply:{n}"


def satisfaction_ref(t: Ticket) -> str:
    return f"ticket:{t.id}:satisfaction"


async def _ticket(n: Notices, e: ev.TicketEvent) -> Ticket | None:
    t = await n.uow.tickets.get(e.ticket_id)
    return t if t is not None and t.kind is Kind.COMPLAINT else None


async def _tz(n: Notices, t: Ticket) -> str:
    estate = await n.uow.estates.get(t.estate_id)
    return estate.tz if estate else "UTC"


async def desk_group(n: Notices, t: Ticket) -> tuple[Group, Locale] | None:
    """The desk group; the managers group when the estate has no desk group."""
    return await n.group(t.estate_id, GroupPurpose.DESK) or \
        await n.group(t.estate_id, GroupPurpose.MANAGERS)


async def complaint_card(n: Notices, t: Ticket, locale: Locale, *, mask: bool = False) -> str:
    """Everything the desk needs to handle the complaint, and where it stands (`mask`: the
    phone always masked, for a department's card; calling back is the desk's)."""
    tr = n.tr
    tz = await _tz(n, t)
    reporter = await n.uow.people.get(t.reporter_id) if t.reporter_id else None
    callback = bool(t.extra.get("callback"))
    phone = reporter.phone if reporter and reporter.phone else ""
    linked = await n.uow.tickets.get(t.linked_ticket_id) if t.linked_ticket_id else None
    photos = len(await n.uow.files.for_owner("ticket", t.id, "report"))
    text = tr(locale, "complaint-card", number=t.number,
              category=category_label(t, tr, locale), place=await place(n.uow, t, tr, locale),
              name=reporter.name if reporter else "—",
              # The full number only when the resident asked to be called back.
              phone=(phone if callback and not mask else mask_phone(phone)) or "—",
              callback=tr(locale, "complaint-callback-at", time=_time(n, t, locale))
              if callback else tr(locale, "complaint-callback-none"),
              description=t.description, photos=photos,
              status=await status_line(n.uow, t, tr, locale))
    # What is not there yet has no line (never "負責部門：—").
    if t.department:
        text += "\n" + tr(locale, "complaint-card-department",
                          department=Safe(tr(locale, f"dept-{t.department}")))
    if linked:
        text += "\n" + tr(locale, "complaint-card-linked", linked=linked.number)
    if t.status in WAITING_REPLY:
        text += "\n" + tr(locale, "complaint-card-due", due=when(t.reply_due, tz))
    return text


def _time(n: Notices, t: Ticket, locale: Locale) -> str:
    return n.tr.named(locale, "time", t.preferred_time or "any")


async def refresh_card(n: Notices, t: Ticket) -> None:
    found = await desk_group(n, t)
    if found is None:
        return
    group, locale = found
    where = await n.uow.outbox.ref(card_ref(t))
    await n.post.edit(text=await complaint_card(n, t, locale), markup=kb.desk_card(t, n.tr, locale),
                      ref=card_ref(t), chat_id=where[0] if where else group.chat_id)


async def thread(n: Notices, t: Ticket, key: str, **args: Any) -> None:
    """A message in the desk group as a reply to the complaint's card."""
    found = await desk_group(n, t)
    if found is None:
        return
    group, locale = found
    where = await n.uow.outbox.ref(card_ref(t))
    await n.post.send(group.chat_id, n.tr(locale, key, number=t.number, **args),
                      reply_to=where[1] if where and where[0] == group.chat_id else None)


async def staff_name(n: Notices, person_id: int | None) -> str:
    who = await n.uow.people.get(person_id) if person_id else None
    return who.name if who else "—"


async def _shows_names(n: Notices, t: Ticket) -> bool:
    estate = await n.uow.estates.get(t.estate_id)
    return estate is not None and ComplaintPolicy.of(estate).show_staff_names


async def tell_reporter(n: Notices, t: Ticket, key: str, **args: Any) -> None:
    """A message to the complaint's reporter, in their language."""
    if t.reporter_id is not None:
        await n.to_person(t.reporter_id, key, number=t.number, **args)


async def _drop_reply_buttons(n: Notices, t: Ticket) -> None:
    """The buttons under the office's latest reply go once the resident has answered."""
    count = int(t.extra.get("replies", 0))
    if count and await n.uow.outbox.ref(reply_ref(t, count)) is not None:
        await n.post.edit_markup(markup=None, ref=reply_ref(t, count))


# ---------------------------------------------------------------- renderers


async def on_submitted(n: Notices, e: cev.ComplaintSubmitted) -> None:
    t = await _ticket(n, e)
    found = await desk_group(n, t) if t else None
    if t is None or found is None:
        return
    group, locale = found
    files = await n.uow.files.for_owner("ticket", t.id, "report")
    if files:
        await n.post.images(group.chat_id, files, caption=t.number)
    await n.post.send(group.chat_id, await complaint_card(n, t, locale),
                      markup=kb.desk_card(t, n.tr, locale), ref=card_ref(t))


async def on_taken(n: Notices, e: cev.ComplaintTaken) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    await refresh_card(n, t)
    if await _shows_names(n, t):
        await tell_reporter(n, t, "complaint-taken-by", name=await staff_name(n, e.by_person_id))
    else:
        await tell_reporter(n, t, "complaint-taken")


async def on_department(n: Notices, e: cev.DepartmentAssigned) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    await refresh_card(n, t)
    if t.reporter_id is not None:
        person = await n.person(t.reporter_id)
        if person is not None:
            await n.to_person(t.reporter_id, "complaint-routed", number=t.number,
                              department=n.tr(person.locale, f"dept-{e.department}"))


async def on_replied(n: Notices, e: cev.ComplaintReplied) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    await refresh_card(n, t)
    name = await staff_name(n, e.by_person_id)
    await thread(n, t, "complaint-thread-replied", name=name, text=e.text)
    if e.reply_no > 1:
        previous = reply_ref(t, e.reply_no - 1)
        if await n.uow.outbox.ref(previous) is not None:
            await n.post.edit_markup(markup=None, ref=previous)
    person = await n.person(t.reporter_id) if t.reporter_id else None
    if person is None or person.tg_user_id is None:
        return
    signature = n.tr(person.locale, "complaint-signed", name=name) \
        if await _shows_names(n, t) else n.tr(person.locale, "complaint-signed-office")
    await n.post.send(person.tg_user_id, n.tr(
        person.locale, "complaint-reply", number=t.number, text=e.text, signature=signature),
        markup=kb.resident_reply(t, n.tr, person.locale),
        ref=reply_ref(t, e.reply_no))


async def on_answered(n: Notices, e: cev.ComplaintAnswered) -> None:
    t = await _ticket(n, e)
    if t is not None:
        await thread(n, t, "complaint-thread-answer", text=e.text)


async def on_reopened(n: Notices, e: cev.ComplaintReopened) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    await _drop_reply_buttons(n, t)
    await refresh_card(n, t)
    await thread(n, t, "complaint-thread-reopened", reason=e.reason,
                 due=when(t.reply_due, await _tz(n, t)))


async def on_closed(n: Notices, e: cev.ComplaintClosed) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    await _drop_reply_buttons(n, t)
    await refresh_card(n, t)
    if e.satisfied:
        await thread(n, t, "complaint-thread-satisfied", stars="⭐" * (e.rating or 0))
        await tell_reporter(n, t, "complaint-closed-satisfied")
        return
    await thread(n, t, "complaint-thread-closed", name=await staff_name(n, e.by_person_id),
                 reason=e.reason or "")
    await tell_reporter(n, t, "complaint-closed", reason=e.reason or "")


async def on_linked(n: Notices, e: cev.RepairLinked) -> None:
    t = await _ticket(n, e)
    repair = await n.uow.tickets.get(e.repair_id)
    if t is None or repair is None:
        return
    await refresh_card(n, t)
    await tell_reporter(n, t, "complaint-linked", repair=repair.number)


async def on_deadline(n: Notices, e: cev.ComplaintDeadline) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    tz = await _tz(n, t)
    if e.level.startswith("reply-remind-"):
        hours = int(e.level.removeprefix("reply-remind-").removesuffix("h"))
        if t.reply_due is not None:  # reached late: say how long is really left
            left = round((t.reply_due - n.now).total_seconds() / 3600)
            hours = max(1, min(hours, left))
        await thread(n, t, "complaint-remind", hours=hours, due=when(t.reply_due, tz))
        return
    if e.level == "reply-repeat":
        await thread(n, t, "complaint-remind-repeat", due=when(t.reply_due, tz),
                     repeat=e.repeat)
        return
    found = await n.group(t.estate_id, GroupPurpose.MANAGERS)
    if found is None:
        return
    group, locale = found
    await n.post.send(group.chat_id, n.tr(
        locale, "complaint-escalate", number=t.number, id=link(t.number),
        category=category_label(t, n.tr, locale), place=await place(n.uow, t, n.tr, locale),
        status=await status_line(n.uow, t, n.tr, locale), due=when(t.reply_due, tz),
        hours=ticket_policy(t).reply_hours))


async def on_week(n: Notices, e: cev.ComplaintWeekReport) -> None:
    estate = await n.uow.estates.get(e.estate_id)
    found = await n.group(e.estate_id, GroupPurpose.MANAGERS)
    if estate is None or found is None:
        return
    group, locale = found
    await post_week(n.post, n.tr, locale, group.chat_id, e.stats, estate,
                    n.settings.files.root, e.late_since)


# ---------------------------------------------------------------- any ticket closed


async def on_ticket_closed(n: Notices, e: ev.TicketClosed) -> None:
    """One satisfaction question to the reporter; a closed repair is noted on the complaints
    that rely on it."""
    t = await n.uow.tickets.get(e.ticket_id)
    if t is None:
        return
    if t.kind is Kind.REPAIR:
        for complaint in await n.uow.complaints.linked_to(t.id):
            if complaint.is_open:
                await thread(n, complaint, "complaint-thread-repair-closed", repair=t.number)
    if not should_ask(t) or t.reporter_id is None:
        return
    person = await n.person(t.reporter_id)
    if person is None or person.tg_user_id is None:
        return
    await n.post.send(person.tg_user_id, n.tr(person.locale, "satisfaction-ask",
                                              number=t.number),
                      markup=kb.satisfaction(t), ref=satisfaction_ref(t))


async def on_satisfaction(n: Notices, e: cev.SatisfactionRecorded) -> None:
    t = await n.uow.tickets.get(e.ticket_id)
    if t is None or t.reporter_id is None:
        return
    person = await n.person(t.reporter_id)
    if person is None or await n.uow.outbox.ref(satisfaction_ref(t)) is None:
        return
    await n.post.edit(text=n.tr(person.locale, "satisfaction-thanks", number=t.number,
                                score=e.score), ref=satisfaction_ref(t))


RENDERERS: dict[type, Any] = {
    cev.ComplaintSubmitted: on_submitted,
    cev.ComplaintTaken: on_taken,
    cev.DepartmentAssigned: on_department,
    cev.ComplaintReplied: on_replied,
    cev.ComplaintAnswered: on_answered,
    cev.ComplaintReopened: on_reopened,
    cev.ComplaintClosed: on_closed,
    cev.RepairLinked: on_linked,
    cev.ComplaintDeadline: on_deadline,
    cev.ComplaintWeekReport: on_week,
    cev.SatisfactionRecorded: on_satisfaction,
    ev.TicketClosed: on_ticket_closed,
}
