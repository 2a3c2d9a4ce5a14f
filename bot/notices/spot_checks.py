"""Spot-check and action messages. Check cards go to the estate's managers' group, as every
other manager card does (complaint escalations, renovation review escalations): one card the
managers share, so a check decided by one is seen decided by all; an estate without that
group gets the card privately, one copy per manager."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram.types import InlineKeyboardMarkup

from bot.i18n import Translator
from bot.notices.base import Notices
from conversations.spot_checks import cards
from conversations.spot_checks import keyboards as kb
from domain.model import GroupPurpose, Locale, StaffRole
from domain.spotchecks import events as ev
from domain.spotchecks.draw import previous_month
from domain.spotchecks.model import CheckStatus, SpotCheck

Text = Callable[[Locale], Awaitable[str]]
Markup = Callable[[Locale], InlineKeyboardMarkup | None] | None


async def _tz(n: Notices, estate_id: int) -> str:
    estate = await n.uow.estates.get(estate_id)
    return estate.tz if estate else "Asia/Hong_Kong"


async def _managers(n: Notices, estate_id: int, text: Text, markup: Markup = None,
                    check_id: int | None = None) -> None:
    """To the managers' group (the card's ref when `check_id`), else to each manager."""
    found = await n.group(estate_id, GroupPurpose.MANAGERS)
    if found is not None:
        group, locale = found
        await n.post.send(group.chat_id, await text(locale),
                          markup=markup(locale) if markup else None,
                          ref=kb.card_ref(check_id) if check_id is not None else None)
        return
    for person in await n.uow.staff.people_with_role(estate_id, StaffRole.MANAGER):
        if person.tg_user_id is None:
            continue
        await n.post.send(person.tg_user_id, await text(person.locale),
                          markup=markup(person.locale) if markup else None,
                          ref=kb.manager_ref(check_id, person.id) if check_id is not None
                          else None)


def _plain(tr: Translator, key: str, **args: Any) -> Text:
    async def text(locale: Locale) -> str:
        return tr(locale, key, **args)
    return text


async def _total(n: Notices, check: SpotCheck) -> int:
    return len(await n.uow.spot_checks.of_draw(check.draw_id))


async def on_draw(n: Notices, e: ev.DrawMade) -> None:
    draw = await n.uow.spot_checks.draw(e.draw_id)
    if draw is None:
        return
    drawn = len(await n.uow.spot_checks.of_draw(draw.id))
    earlier = await n.uow.spot_checks.draw_of(draw.estate_id, previous_month(draw.month))
    if not drawn and earlier is None:
        return  # nothing to check yet, and never anything before: no message

    async def text(locale: Locale) -> str:
        return cards.draw_text(n.tr, locale, draw, drawn)

    await _managers(n, draw.estate_id, text)


async def on_month_short(n: Notices, e: ev.MonthShort) -> None:
    draw = await n.uow.spot_checks.draw(e.draw_id)
    if draw is None:
        return
    await _managers(n, draw.estate_id, _plain(n.tr, "spot-month-short", month=draw.month,
                                              required=e.required, done=e.done))


async def on_shown(n: Notices, e: ev.CheckShown) -> None:
    check = await n.uow.spot_checks.get(e.check_id)
    if check is None:
        return
    total = await _total(n, check)

    async def text(locale: Locale) -> str:
        return await cards.check_card(n.uow, n.tr, locale, check, total)

    await _managers(n, check.estate_id, text,
                    lambda locale: kb.decide(n.tr, locale, check.id), check_id=check.id)


async def _edit_cards(n: Notices, check: SpotCheck, markup: Markup) -> None:
    """Every copy of the card shows the result."""
    total = await _total(n, check)
    tz = await _tz(n, check.estate_id)
    refs = [kb.card_ref(check.id)] + [
        kb.manager_ref(check.id, p.id)
        for p in await n.uow.staff.people_with_role(check.estate_id, StaffRole.MANAGER)]
    for ref in refs:
        where = await n.uow.outbox.ref(ref)
        if where is None and await n.uow.outbox.queued(ref) is None:
            continue
        chat = where[0] if where else await n.uow.outbox.queued(ref)
        group = await n.uow.groups.get(chat) if chat is not None else None
        if group is not None:
            locale = await n.post.group_locale(group)
        else:
            person = await n.uow.people.by_tg(chat) if chat is not None else None
            locale = person.locale if person else Locale.ZH_HANT
        await n.post.edit(text=await cards.decided_card(n.uow, n.tr, locale, tz, check, total),
                          markup=markup(locale) if markup else None, ref=ref)


async def on_decided(n: Notices, e: ev.CheckDecided) -> None:
    check = await n.uow.spot_checks.get(e.check_id)
    if check is None:
        return
    failed = check.status is CheckStatus.FAILED
    await _edit_cards(n, check, (lambda loc: kb.open_action(n.tr, loc, check.id))
                      if failed else None)


async def on_rectify(n: Notices, e: ev.RectifyDue) -> None:
    check = await n.uow.spot_checks.get(e.check_id)
    if check is None or check.rectify_by is None:
        return
    args = await cards.target_args(n.uow, check)
    found = await n.group(check.estate_id, GroupPurpose.DESK)
    if e.level == "sent":
        if found is not None:
            group, locale = found
            await n.post.send(group.chat_id, n.tr(
                locale, "spot-rectify-desk", day=check.rectify_by, reason=check.reason or "",
                **args), markup=kb.corrected(n.tr, locale, check.id), ref=kb.desk_ref(check.id))
        return
    key = "spot-rectify-due" if e.level == "due" else "spot-rectify-overdue"
    if found is not None:
        group, locale = found
        await n.post.send(group.chat_id, n.tr(locale, key, day=check.rectify_by, **args))
    if e.level == "overdue":
        await _managers(n, check.estate_id, _plain(n.tr, key, day=check.rectify_by, **args))


async def on_corrected(n: Notices, e: ev.Corrected) -> None:
    check = await n.uow.spot_checks.get(e.check_id)
    if check is None:
        return
    args = await cards.target_args(n.uow, check)
    who = await n.person(check.corrected_by) if check.corrected_by else None
    found = await n.group(check.estate_id, GroupPurpose.DESK)
    if found is not None:
        group, locale = found
        await n.post.edit(text=n.tr(locale, "spot-rectify-desk", day=check.rectify_by,
                                    reason=check.reason or "", **args) + "\n\n"
                          + n.tr(locale, "spot-corrected-by", name=who.name if who else "—"),
                          markup=None, ref=kb.desk_ref(check.id))
    await _managers(n, check.estate_id, _plain(n.tr, "spot-corrected-managers",
                                               name=who.name if who else "—", **args))
    await _edit_cards(n, check, (lambda loc: kb.open_action(n.tr, loc, check.id)))


async def on_action_opened(n: Notices, e: ev.ActionOpened) -> None:
    action = await n.uow.actions.get(e.action_id)
    if action is None:
        return
    person = await n.person(action.owner_id)
    if person is None or person.tg_user_id is None:
        return
    text = n.tr(person.locale, "action-to-owner") + "\n\n" + await cards.action_text(
        n.uow, n.tr, person.locale, action)
    await n.post.send(person.tg_user_id, text, markup=kb.close(n.tr, person.locale, action),
                      ref=kb.owner_ref(action.id))


async def on_action_reminder(n: Notices, e: ev.ActionReminder) -> None:
    action = await n.uow.actions.get(e.action_id)
    if action is None:
        return
    key = "action-due-soon" if e.level == "soon" else "action-overdue"
    owner = await n.person(action.owner_id)
    await n.to_person(action.owner_id, key, number=action.number, due=action.due_on,
                      owner=owner.name if owner else "—")
    if e.level == "overdue":
        await _managers(n, action.estate_id, _plain(n.tr, key, number=action.number,
                                                    due=action.due_on,
                                                    owner=owner.name if owner else "—"))


async def on_action_closed(n: Notices, e: ev.ActionClosed) -> None:
    action = await n.uow.actions.get(e.action_id)
    if action is None:
        return
    who = await n.person(action.closed_by) if action.closed_by else None
    await n.post.edit_markup(markup=None, ref=kb.owner_ref(action.id))
    args: dict[str, Any] = {"number": action.number, "name": who.name if who else "—",
                            "note": action.close_note or ""}
    if action.closed_by != action.owner_id:
        await n.to_person(action.owner_id, "action-closed-notice", **args)
    await _managers(n, action.estate_id, _plain(n.tr, "action-closed-notice", **args))


RENDERERS: dict[type, Any] = {ev.DrawMade: on_draw, ev.MonthShort: on_month_short,
                              ev.CheckShown: on_shown, ev.CheckDecided: on_decided,
                              ev.RectifyDue: on_rectify, ev.Corrected: on_corrected,
                              ev.ActionOpened: on_action_opened,
                              ev.ActionReminder: on_action_reminder,
                              ev.ActionClosed: on_action_closed}
