"""Messages caused by renovation applications: review cards step by step, the owner told of
each outcome, payment and passes (with QR images), worker changes, settlement, the clock."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from aiogram.types import InlineKeyboardMarkup

from bot.filestore import save_generated
from bot.i18n import Safe
from bot.notices.base import Notices
from bot.notices.cards import when
from bot.reports.passes import pass_png
from conversations.renovation import keyboards as kb
from conversations.renovation.cards import (
    STEP_GROUP,
    card_ref,
    review_card,
    review_ref,
    step_name,
    tz_of,
    unit_label,
    worker_ref,
)
from domain import events as ev
from domain.model import Group, GroupPurpose, Locale, Person
from domain.queue import link
from domain.renovation import events as rev
from domain.renovation.model import REVIEW, Renovation, RenovationPolicy
from domain.tickets import Kind, Status, Ticket

Markup = Callable[[Locale], InlineKeyboardMarkup | None]


async def loaded(n: Notices, ticket_id: int) -> tuple[Ticket, Renovation] | None:
    t = await n.uow.tickets.get(ticket_id)
    app = await n.uow.renovations.get(ticket_id)
    if t is None or app is None or t.kind is not Kind.RENOVATION:
        return None
    return t, app


async def group_or_desk(n: Notices, estate_id: int,
                        purpose: GroupPurpose) -> tuple[Group, Locale] | None:
    return await n.group(estate_id, purpose) or await n.group(estate_id, GroupPurpose.DESK)


async def chat_locale(n: Notices, chat_id: int) -> Locale:
    group = await n.uow.groups.get(chat_id)
    if group is not None:
        return await n.post.group_locale(group)
    person = await n.uow.people.by_tg(chat_id)
    return person.locale if person else Locale.ZH_HANT


async def send_card(n: Notices, estate_id: int, purpose: GroupPurpose, ref: str,
                    text: Callable[[Locale], Awaitable[str]], markup: Markup) -> None:
    """A new card in the group for `purpose` (or the desk), editable later by `ref`."""
    found = await group_or_desk(n, estate_id, purpose)
    if found is None:
        return
    group, locale = found
    await n.post.send(group.chat_id, await text(locale), markup=markup(locale), ref=ref)


async def edit_card(n: Notices, ref: str, text: Callable[[Locale], Awaitable[str]],
                    markup: Markup | None = None) -> None:
    """Edit a card already sent (in the language of the chat it sits in)."""
    where = await n.uow.outbox.ref(ref)
    if where is None:
        return
    locale = await chat_locale(n, where[0])
    await n.post.edit(text=await text(locale), markup=markup(locale) if markup else None,
                      ref=ref)


async def to_owner(n: Notices, app: Renovation, key: str, *, markup: Markup | None = None,
                   contractor: str | None = None, **args: Any) -> None:
    """A message to the owner; with `contractor` (the application's number) a copy goes to
    the linked contractor too, under a line saying what it is about (without the owner's
    buttons)."""
    person = await n.person(app.owner_id)
    if person is not None and person.tg_user_id is not None:
        await n.post.send(person.tg_user_id, n.tr(person.locale, key, **args),
                          markup=markup(person.locale) if markup else None)
    if contractor is not None:
        await to_contractor(n, app, contractor, key, **args)


async def contractor_of(n: Notices, app: Renovation) -> Person | None:
    """The application's contractor contact, when linked and reachable."""
    if app.contractor_person_id is None:
        return None
    person = await n.person(app.contractor_person_id)
    return person if person is not None and person.tg_user_id is not None \
        and not person.blocked else None


async def to_contractor(n: Notices, app: Renovation, about: str, key: str,
                        **args: Any) -> None:
    """`key` to the contractor, under a line naming the application (`about`)."""
    person = await contractor_of(n, app)
    if person is None or person.tg_user_id is None:
        return
    head = n.tr(person.locale, "reno-contractor-copy", number=about,
                unit=await unit_label(n.uow, app))
    await n.post.send(person.tg_user_id, f"{head}\n{n.tr(person.locale, key, **args)}")


async def post_review_card(n: Notices, t: Ticket, app: Renovation) -> None:
    async def text(locale: Locale) -> str:
        return await review_card(n.uow, t, app, n.tr, locale, n.now)

    await send_card(n, t.estate_id, STEP_GROUP[t.status], review_ref(t.id, t.status.value,
                                                                     t.cycle),
                    text, lambda loc: kb.review_card(t, n.tr, loc))


async def on_submitted(n: Notices, e: rev.RenovationSubmitted) -> None:
    found = await loaded(n, e.ticket_id)
    if found is not None:
        await post_review_card(n, *found)


async def on_reviewed(n: Notices, e: rev.RenovationReviewed) -> None:
    found = await loaded(n, e.ticket_id)
    if found is None:
        return
    t, app = found
    who = await n.uow.people.get(e.by_person_id)
    tz = await tz_of(n.uow, t.estate_id)

    async def decided(locale: Locale) -> str:
        line = n.tr(locale, "reno-card-decided",
                    decision=Safe(n.tr(locale, f"reno-decision-{e.decision}",
                                       reason=e.reason or "")),
                    name=who.name if who else "—", at=when(n.now, tz))
        return await review_card(n.uow, t, app, n.tr, locale, n.now, line)

    await edit_card(n, review_ref(t.id, e.step, t.cycle), decided)
    args: dict[str, Any] = {"number": t.number, "reason": e.reason or ""}
    person = await n.person(app.owner_id)
    owner_locale = person.locale if person else Locale.ZH_HANT
    args["step"] = step_name(n.tr, owner_locale, e.step)
    if t.status in REVIEW:
        await post_review_card(n, t, app)
        await to_owner(n, app, "reno-owner-step",
                       next=step_name(n.tr, owner_locale, t.status.value), **args)
    elif t.status is Status.APPROVED:
        await post_payment_card(n, t, app)
        await to_owner(n, app, "reno-owner-approved", contractor=t.number,
                       **await _money(n, app), **args)
    else:
        key = "reno-owner-rejected" if t.status is Status.REJECTED else "reno-owner-info"
        await to_owner(n, app, key, markup=lambda loc: kb.fix_button(t, n.tr, loc), **args)


async def _money(n: Notices, app: Renovation) -> dict[str, Any]:
    estate = await n.uow.estates.get(app.estate_id)
    currency = RenovationPolicy.of(estate).currency if estate else RenovationPolicy().currency
    return {"fee": f"{app.fee:,}", "deposit": f"{app.deposit:,}", "currency": currency,
            "start": app.start_date, "end": app.end_date}


async def _pay_text(n: Notices, t: Ticket, app: Renovation, locale: Locale,
                    note: str = "") -> str:
    workers = [w.name for w in await n.uow.renovations.workers(t.id)
               if w.status.value == "active"]
    text = n.tr(locale, "reno-pay-card", number=t.number, unit=await unit_label(n.uow, app),
                workers=workers or "—", **await _money(n, app))
    return f"{text}\n{note}" if note else text


async def post_payment_card(n: Notices, t: Ticket, app: Renovation) -> None:
    async def text(locale: Locale) -> str:
        return await _pay_text(n, t, app, locale)

    await send_card(n, t.estate_id, GroupPurpose.DESK, card_ref(t, "pay"), text,
                    lambda loc: kb.payment_card(t, n.tr, loc))


async def on_payment(n: Notices, e: rev.PaymentRecorded) -> None:
    found = await loaded(n, e.ticket_id)
    if found is None:
        return
    t, app = found
    if not e.paid:
        await to_owner(n, app, "reno-owner-unpaid", number=t.number, **await _money(n, app))
        return
    who = await n.uow.people.get(e.by_person_id)
    passes = len(await n.uow.renovations.passes(t.id))

    async def paid(locale: Locale) -> str:
        return await _pay_text(n, t, app, locale, n.tr(
            locale, "reno-pay-recorded", number=t.number, name=who.name if who else "—",
            passes=passes))

    await edit_card(n, card_ref(t, "pay"), paid)
    await to_owner(n, app, "reno-owner-start", contractor=t.number, number=t.number,
                   start=app.start_date)
    estate = await n.uow.estates.get(t.estate_id)
    slots = list(RenovationPolicy.of(estate).inspection_times) if estate else ""
    unit = await unit_label(n.uow, app)

    async def site(locale: Locale) -> str:
        return n.tr(locale, "reno-site-start", number=t.number, unit=unit,
                    start=app.start_date, end=app.end_date,
                    contractor=app.contractor, contractor_phone=app.contractor_phone,
                    slots=slots)

    await send_card(n, t.estate_id, GroupPurpose.SUPERVISORS, f"reno:{t.id}:site", site,
                    lambda loc: None)


async def _pass_lines(n: Notices, t: Ticket, ids: tuple[int, ...], locale: Locale) -> str:
    names = {w.id: w.name for w in await n.uow.renovations.workers(t.id)}
    return "\n".join(n.tr(locale, "reno-pass-line", **{"pass": p.number},
                          name=names.get(p.worker_id, "?"))
                     for p in await n.uow.renovations.passes(t.id) if p.id in ids)


async def on_passes_issued(n: Notices, e: rev.PassesIssued) -> None:
    """Each pass as a QR image to the owner (who hands it to the worker); security gets the
    list."""
    found = await loaded(n, e.ticket_id)
    if found is None or not e.pass_ids:
        return
    t, app = found
    unit = await unit_label(n.uow, app)
    names = {w.id: w.name for w in await n.uow.renovations.workers(t.id)}
    issued = [p for p in await n.uow.renovations.passes(t.id) if p.id in e.pass_ids]
    owner = await n.person(app.owner_id)
    # The owner hands each pass to its worker; the contractor gets them too.
    takers = [who for who in (owner, await contractor_of(n, app))
              if who is not None and who.tg_user_id is not None]
    for p in issued:
        if not takers:
            break
        path = save_generated(n.settings.files.root, pass_png(
            p, n.settings.telegram.bot_username), ".png", folder="passes")
        for who in takers:
            await n.post.photo(who.tg_user_id or 0, "", path=path, caption=n.tr(
                who.locale, "reno-pass-caption", **{"pass": p.number},
                name=names.get(p.worker_id, "?"), number=t.number, unit=unit,
                **{"from": p.valid_from}, to=p.valid_to))
    found_group = await n.group(t.estate_id, GroupPurpose.SECURITY)
    if found_group is not None:
        group, locale = found_group
        await n.post.send(group.chat_id, n.tr(
            locale, "reno-security-issued", number=t.number, unit=unit,
            **{"from": issued[0].valid_from}, to=issued[0].valid_to,
            lines=Safe(await _pass_lines(n, t, e.pass_ids, locale))))


async def on_passes_returned(n: Notices, e: rev.PassesReturned) -> None:
    found = await loaded(n, e.ticket_id)
    if found is None:
        return
    t, app = found
    found_group = await n.group(t.estate_id, GroupPurpose.SECURITY)
    if found_group is not None and e.pass_ids:
        group, locale = found_group
        await n.post.send(group.chat_id, n.tr(
            locale, "reno-security-returned", number=t.number,
            unit=await unit_label(n.uow, app),
            lines=Safe(await _pass_lines(n, t, e.pass_ids, locale))))
    if t.status in (Status.SETTLING, Status.CLOSED):
        await refresh_settle_card(n, t, app)


async def _worker_text(n: Notices, t: Ticket, app: Renovation, worker_id: int, adding: bool,
                       locale: Locale, note: str = "") -> str:
    worker = await n.uow.renovations.worker(worker_id)
    text = n.tr(locale, "reno-worker-card", number=t.number, unit=await unit_label(n.uow, app),
                change=n.tr(locale, "reno-change-add" if adding else "reno-change-remove"),
                name=worker.name if worker else "?", phone=worker.phone if worker else "")
    return f"{text}\n{note}" if note else text


async def on_worker_requested(n: Notices, e: rev.WorkerChangeRequested) -> None:
    found = await loaded(n, e.ticket_id)
    worker = await n.uow.renovations.worker(e.worker_id)
    if found is None or worker is None:
        return
    t, app = found

    async def text(locale: Locale) -> str:
        return await _worker_text(n, t, app, e.worker_id, e.adding, locale)

    await send_card(n, t.estate_id, GroupPurpose.DESK, worker_ref(t.id, worker.id, e.adding),
                    text, lambda loc: kb.worker_card(t.id, worker, n.tr, loc))


async def on_worker_decided(n: Notices, e: rev.WorkerChangeDecided) -> None:
    found = await loaded(n, e.ticket_id)
    worker = await n.uow.renovations.worker(e.worker_id)
    if found is None or worker is None:
        return
    t, app = found
    who = await n.uow.people.get(e.by_person_id)
    tz = await tz_of(n.uow, t.estate_id)

    async def text(locale: Locale) -> str:
        line = n.tr(locale, "reno-card-decided", decision=Safe(n.tr(
            locale, "reno-decision-ok" if e.approved else "reno-decision-no", reason="")),
            name=who.name if who else "—", at=when(n.now, tz))
        return await _worker_text(n, t, app, e.worker_id, e.adding, locale, line)

    await edit_card(n, worker_ref(t.id, worker.id, e.adding), text)
    key = {(True, True): "reno-owner-worker-approved", (True, False): "reno-owner-worker-refused",
           (False, True): "reno-owner-worker-removed",
           (False, False): "reno-owner-worker-kept"}[(e.adding, e.approved)]
    await to_owner(n, app, key, number=t.number, name=worker.name)


async def _settle_text(n: Notices, t: Ticket, app: Renovation, locale: Locale) -> str:
    if t.status is Status.CLOSED:
        return n.tr(locale, "reno-closed-card", number=t.number,
                    unit=await unit_label(n.uow, app))
    passes = len(await n.uow.renovations.passes(t.id))
    return n.tr(locale, "reno-settle-card", number=t.number, unit=await unit_label(n.uow, app),
                passes=passes, **await _money(n, app),
                returned=n.tr(locale, "reno-settle-done" if app.passes_returned_at
                              else "reno-settle-open"),
                settled=n.tr(locale, "reno-settle-done" if app.deposit_settled_at
                             else "reno-settle-open"))


async def refresh_settle_card(n: Notices, t: Ticket, app: Renovation) -> None:
    fresh = await loaded(n, t.id)
    if fresh is None:
        return
    t, app = fresh

    async def text(locale: Locale) -> str:
        return await _settle_text(n, t, app, locale)

    await edit_card(n, card_ref(t, "settle"), text,
                    lambda loc: kb.settle_card(t, app, n.tr, loc)
                    if t.status is Status.SETTLING else None)


async def on_final(n: Notices, e: rev.FinalInspected) -> None:
    found = await loaded(n, e.ticket_id)
    if found is None:
        return
    t, app = found
    if not e.passed:
        await to_owner(n, app, "reno-owner-final-failed", contractor=t.number, number=t.number)
        return

    async def text(locale: Locale) -> str:
        return await _settle_text(n, t, app, locale)

    await send_card(n, t.estate_id, GroupPurpose.DESK, card_ref(t, "settle"), text,
                    lambda loc: kb.settle_card(t, app, n.tr, loc))
    await to_owner(n, app, "reno-owner-final-passed", contractor=t.number, number=t.number)


async def on_deposit_settled(n: Notices, e: rev.DepositSettled) -> None:
    found = await loaded(n, e.ticket_id)
    if found is not None:
        await refresh_settle_card(n, *found)


async def on_closed(n: Notices, e: rev.RenovationClosed) -> None:
    found = await loaded(n, e.ticket_id)
    if found is None:
        return
    t, app = found
    await refresh_settle_card(n, t, app)
    await to_owner(n, app, "reno-owner-closed", number=t.number)


async def on_cancelled(n: Notices, e: rev.RenovationCancelled) -> None:
    found = await loaded(n, e.ticket_id)
    if found is None:
        return
    t, app = found

    async def text(locale: Locale) -> str:
        return await review_card(n.uow, t, app, n.tr, locale, n.now)

    for card in (*(s.value for s in REVIEW), "pay"):
        await edit_card(n, card_ref(t, card), text)  # whichever card is showing: no buttons
    if e.automatic:
        estate = await n.uow.estates.get(t.estate_id)
        days = RenovationPolicy.of(estate).abandon_days if estate else 0
        await to_owner(n, app, "reno-owner-auto-cancelled", number=t.number, days=days)
    elif e.by_person_id != app.owner_id:
        await to_owner(n, app, "reno-owner-cancelled", number=t.number)


async def on_deadline(n: Notices, e: ev.DeadlineReached) -> None:
    """The review clock: a reminder to whoever holds the application, one escalation to the
    managers; and the nudge when the approved period is over."""
    found = await loaded(n, e.ticket_id)
    if found is None:
        return
    t, app = found
    tz = await tz_of(n.uow, t.estate_id)
    unit = await unit_label(n.uow, app)
    due = when(_due(t), tz)
    if e.level in ("review-remind", "review-repeat") and t.status in REVIEW:
        found_group = await group_or_desk(n, t.estate_id, STEP_GROUP[t.status])
        if found_group is not None:
            group, locale = found_group
            await n.post.send(group.chat_id, n.tr(
                locale, "reno-remind-review" if e.level == "review-remind"
                else "reno-remind-review-repeat", number=t.number, unit=unit, due=due,
                step=step_name(n.tr, locale, t.status.value), repeat=e.repeat))
    elif e.level == "review-overdue" and t.status in REVIEW:
        found_group = await group_or_desk(n, t.estate_id, GroupPurpose.MANAGERS)
        if found_group is not None:
            group, locale = found_group
            await n.post.send(group.chat_id, n.tr(
                locale, "reno-escalate-review", number=t.number, unit=unit, due=due,
                id=link(t.number), step=step_name(n.tr, locale, t.status.value)))

        async def text(locale: Locale) -> str:
            return await review_card(n.uow, t, app, n.tr, locale, n.now)

        await edit_card(n, review_ref(t.id, t.status.value, t.cycle), text,
                        lambda loc: kb.review_card(t, n.tr, loc))
    elif e.level == "works-overdue":
        await to_owner(n, app, "reno-owner-works-over", number=t.number,
                       end=app.end_date)
        found_group = await n.group(t.estate_id, GroupPurpose.DESK)
        if found_group is not None:
            group, locale = found_group
            await n.post.send(group.chat_id, n.tr(locale, "reno-desk-works-over",
                                                  number=t.number, unit=unit,
                                                  end=app.end_date))


def _due(t: Ticket) -> datetime | None:
    raw = t.extra.get("review_due")
    return datetime.fromisoformat(raw) if raw else None


RENDERERS: dict[type, Any] = {
    rev.RenovationSubmitted: on_submitted,
    rev.RenovationReviewed: on_reviewed,
    rev.PaymentRecorded: on_payment,
    rev.PassesIssued: on_passes_issued,
    rev.PassesReturned: on_passes_returned,
    rev.WorkerChangeRequested: on_worker_requested,
    rev.WorkerChangeDecided: on_worker_decided,
    rev.FinalInspected: on_final,
    rev.DepositSettled: on_deposit_settled,
    rev.RenovationClosed: on_closed,
    rev.RenovationCancelled: on_cancelled,
    ev.DeadlineReached: on_deadline,
}
