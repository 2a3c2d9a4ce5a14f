"""Messages caused by repairs: work orders, pages, progress to the resident, callbacks,
rework notices, reminders and escalations."""

from __future__ import annotations

from typing import Any

from bot.notices.base import Notices
from bot.notices.cards import (
    callback_ref,
    crew_ref,
    fixed_ref,
    job_card,
    page_ref,
    place,
    when,
)
from conversations.repair import keyboards as kb
from domain import events as ev
from domain.model import GroupPurpose, Locale, Trade
from domain.queue import link
from domain.tickets import Status, Ticket


async def _ticket(n: Notices, e: ev.TicketEvent) -> Ticket | None:
    return await n.uow.tickets.get(e.ticket_id)


async def _no_crew(n: Notices, t: Ticket) -> bool:
    """Nobody of the job's trade works in the estate (often the General crew)."""
    trade = Trade(t.trade) if t.trade else Trade.GENERAL
    return not await n.uow.staff.crew_of(t.estate_id, trade)


async def _crew_group(n: Notices, t: Ticket):  # type: ignore[no-untyped-def]
    """The trade's crew group; the desk when there is none, or nobody of the trade to take
    the job (the desk takes it or assigns it)."""
    trade = Trade(t.trade) if t.trade else Trade.GENERAL
    crew = None if await _no_crew(n, t) else await n.group(t.estate_id, GroupPurpose.CREW,
                                                            trade)
    return crew or await n.group(t.estate_id, GroupPurpose.DESK) or \
        await n.group(t.estate_id, GroupPurpose.CREW, trade)


async def post_card(n: Notices, t: Ticket, note_key: str | None = None, *,
                    photos: bool = False, **note_args: Any) -> None:
    """A new work order card (one per cycle) in the crew group."""
    found = await _crew_group(n, t)
    if found is None:
        return
    group, locale = found
    if photos:
        files = await n.uow.files.for_owner("ticket", t.id, "report")
        if files:
            await n.post.images(group.chat_id, files, caption=t.number)
    note = n.tr(locale, note_key, **note_args) if note_key else ""
    if group.purpose is GroupPurpose.DESK and await _no_crew(n, t):
        note = "\n".join(x for x in (note, n.tr(locale, "card-note-no-crew", trade=n.tr(
            locale, f"trade-{t.trade or 'general'}"), number=t.number)) if x)
    await n.post.send(group.chat_id, await job_card(n.uow, t, n.tr, locale, note),
                      markup=kb.job_card(t, n.tr, locale), ref=crew_ref(t))


async def refresh_card(n: Notices, t: Ticket, note_key: str | None = None,
                       *, ref: str | None = None, **note_args: Any) -> None:
    """Edit the card of the current cycle (or `ref`) to show the status and its buttons."""
    ref = ref or crew_ref(t)
    where = await n.uow.outbox.ref(ref)
    found = await _crew_group(n, t)
    if found is None:
        return
    group, locale = found
    note = n.tr(locale, note_key, **note_args) if note_key else ""
    await n.post.edit(text=await job_card(n.uow, t, n.tr, locale, note),
                      markup=kb.job_card(t, n.tr, locale) if ref == crew_ref(t) else None,
                      ref=ref, chat_id=where[0] if where else group.chat_id)


async def tell_reporter(n: Notices, t: Ticket, key: str, **args: Any) -> None:
    if t.reporter_id is not None:
        await n.to_person(t.reporter_id, key, number=t.number, **args)


async def on_submitted(n: Notices, e: ev.RepairSubmitted) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    await post_card(n, t, photos=True)
    if t.emergency:
        trade = Trade(t.trade) if t.trade else Trade.GENERAL
        person = await n.uow.staff.on_call(t.estate_id, trade)
        target = await n.person(person.id) if person else None
        if target is not None and target.tg_user_id is not None:
            await n.post.send(target.tg_user_id,
                              n.tr(target.locale, "page-emergency") + "\n\n"
                              + await job_card(n.uow, t, n.tr, target.locale),
                              markup=kb.page(t, n.tr, target.locale), ref=page_ref(t))


async def on_accepted(n: Notices, e: ev.JobAccepted) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    await refresh_card(n, t)
    if await n.uow.outbox.ref(page_ref(t)) is not None:
        who = await n.uow.people.get(e.by_person_id)
        page_to = await n.uow.outbox.ref(page_ref(t))
        assert page_to is not None
        person = await n.uow.people.by_tg(page_to[0])
        locale = person.locale if person else Locale.ZH_HANT
        await n.post.edit(text=n.tr(locale, "page-taken", number=t.number,
                                    name=who.name if who else "—"), ref=page_ref(t))
    who = await n.uow.people.get(e.by_person_id)
    await tell_reporter(n, t, "repair-accepted", name=who.name if who else "—")


async def on_progress(n: Notices, e: ev.JobProgressed) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    await refresh_card(n, t, "card-note-parts" if e.reason else None, reason=e.reason or "")
    await tell_reporter(n, t, f"repair-{e.status}", reason=e.reason or "")


async def on_done(n: Notices, e: ev.JobDone) -> None:
    t = await _ticket(n, e)
    if t is None or t.reporter_id is None:
        return
    await refresh_card(n, t)
    person = await n.person(t.reporter_id)
    if person is None or person.tg_user_id is None:
        return
    await n.post.photo(person.tg_user_id, e.photo_file_id,
                       caption=n.tr(person.locale, "repair-done", number=t.number),
                       markup=kb.fixed(t, n.tr, person.locale), ref=fixed_ref(t))


async def on_handed_back(n: Notices, e: ev.JobHandedBack) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    who = await n.uow.people.get(e.by_person_id)
    old = f"ticket:{t.id}:crew:{t.cycle - 1}"
    await refresh_card(n, t, "card-note-handed-back", ref=old, reason=e.reason,
                       name=who.name if who else "—")
    await post_card(n, t, "card-note-handed-back", reason=e.reason,
                    name=who.name if who else "—")
    await tell_reporter(n, t, "repair-reassigned")


async def on_reopened(n: Notices, e: ev.RepairReopened) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    await post_card(n, t, "card-note-reopened", reason=e.reason)


async def on_confirmed(n: Notices, e: ev.RepairConfirmed) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    if e.automatic:
        await tell_reporter(n, t, "repair-auto-confirmed")
    found = await n.group(t.estate_id, GroupPurpose.DESK)
    if found is None:
        return
    group, locale = found
    # Before and after side by side, so the desk sees what was fixed before calling.
    before = await n.uow.files.for_owner("ticket", t.id, "report")
    after = await n.uow.files.for_owner("ticket", t.id, f"done#{t.cycle}")
    if after:
        await n.post.album(group.chat_id, [f.file_id for f in [*before, *after]],
                           caption=n.tr(locale, "callback-photos", number=t.number,
                                        before=len(before), after=len(after)))
    await n.post.send(group.chat_id, await _callback_text(n, t, locale),
                      markup=kb.callback_task(t, n.tr, locale), ref=callback_ref(t))


async def on_rated(n: Notices, e: ev.RepairRated) -> None:
    """A rating or comment given after the callback task went out: the task shows it."""
    t = await _ticket(n, e)
    if t is None or t.status is not Status.CONFIRMED:
        return
    found = await n.group(t.estate_id, GroupPurpose.DESK)
    if found is None:
        return
    _, locale = found
    await n.post.edit(text=await _callback_text(n, t, locale),
                      markup=kb.callback_task(t, n.tr, locale), ref=callback_ref(t))


async def _callback_text(n: Notices, t: Ticket, locale: Locale) -> str:
    """The desk's callback task: who to call, by when, and what the resident said."""
    estate = await n.uow.estates.get(t.estate_id)
    reporter = await n.uow.people.get(t.reporter_id) if t.reporter_id else None
    text = n.tr(locale, "callback-task", number=t.number,
                category=n.tr(locale, f"cat-{t.category}"),
                place=await place(n.uow, t, n.tr, locale),
                name=reporter.name if reporter else "—",
                phone=reporter.phone if reporter and reporter.phone else "—",
                due=when(t.callback_due, estate.tz if estate else "UTC"), id=t.id)
    if t.rating:  # no rating, no line (never "— —")
        text += "\n" + n.tr(locale, "callback-rating-comment" if t.rating_comment
                            else "callback-rating", rating="⭐" * t.rating,
                            comment=t.rating_comment or "")
    return text


async def on_callback(n: Notices, e: ev.CallbackRecorded) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    found = await n.group(t.estate_id, GroupPurpose.DESK)
    who = await n.uow.people.get(e.by_person_id)
    # The callback task was for the cycle before a rework started a new one.
    cycle = t.cycle - 1 if e.result == "problem" else t.cycle
    ref = f"ticket:{t.id}:callback:{cycle}"
    if found is not None and await n.uow.outbox.ref(ref) is not None:
        group, locale = found
        await n.post.edit(text=n.tr(locale, "callback-done", number=t.number,
                                    result=n.tr(locale, f"btn-cb-{e.result}"),
                                    name=who.name if who else "—"), ref=ref)
    if e.result != "problem":
        await tell_reporter(n, t, "repair-closed")


async def on_rework(n: Notices, e: ev.ReworkOrdered) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    estate = await n.uow.estates.get(t.estate_id)
    due = when(t.rework_due, estate.tz if estate else "UTC")
    await post_card(n, t, "card-note-rework", problem=e.problem, due=due)
    if t.assignee_id:
        await n.to_person(t.assignee_id, "rework-notice", number=t.number, problem=e.problem,
                          due=due)
    await tell_reporter(n, t, "repair-rework")


async def on_rework_ack(n: Notices, e: ev.ReworkAcknowledged) -> None:
    t = await _ticket(n, e)
    if t is None:
        return
    await refresh_card(n, t)


async def on_cancelled(n: Notices, e: ev.TicketCancelled) -> None:
    t = await _ticket(n, e)
    if t is None or t.kind.value != "repair":
        return
    await refresh_card(n, t)
    if e.by_person_id != t.reporter_id:
        await tell_reporter(n, t, "repair-cancelled")


ESCALATE_TO = {
    "accept-escalate": (GroupPurpose.DESK,),  # then managers, head office (notices.ladder)
    "complete-overdue": (GroupPurpose.MANAGERS,),
    "callback-overdue": (GroupPurpose.DESK, GroupPurpose.MANAGERS),
    "rework-overdue": (GroupPurpose.MANAGERS,),
}


async def on_deadline(n: Notices, e: ev.DeadlineReached) -> None:
    t = await _ticket(n, e)
    if t is None or t.kind.value != "repair":
        return
    estate = await n.uow.estates.get(t.estate_id)
    tz = estate.tz if estate else "UTC"
    if e.level == "accept-remind":
        found = await _crew_group(n, t)
        if found is not None:
            group, locale = found
            await n.post.send(group.chat_id, n.tr(locale, "remind-accept", number=t.number,
                                                  due=when(t.accept_due, tz)))
        return
    for purpose in ESCALATE_TO.get(e.level, ()):
        found = await n.group(t.estate_id, purpose)
        if found is None:
            continue
        group, locale = found
        await n.post.send(group.chat_id, n.tr(
            locale, f"escalate-{e.level}", number=t.number, id=link(t.number),
            category=n.tr(locale, f"cat-{t.category}"), place=await place(n.uow, t, n.tr, locale),
            status=n.tr(locale, f"status-{t.status.value}")))
    if e.level == "complete-overdue" and t.assignee_id:
        await n.to_person(t.assignee_id, "remind-complete", number=t.number,
                          due=when(t.complete_due, tz))


RENDERERS: dict[type, Any] = {
    ev.RepairSubmitted: on_submitted,
    ev.JobAccepted: on_accepted,
    ev.JobProgressed: on_progress,
    ev.JobDone: on_done,
    ev.JobHandedBack: on_handed_back,
    ev.RepairReopened: on_reopened,
    ev.RepairConfirmed: on_confirmed,
    ev.RepairRated: on_rated,
    ev.CallbackRecorded: on_callback,
    ev.ReworkOrdered: on_rework,
    ev.ReworkAcknowledged: on_rework_ack,
    ev.TicketCancelled: on_cancelled,
    ev.DeadlineReached: on_deadline,
}
