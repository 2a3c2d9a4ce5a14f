"""Custody messages: the desk's card, the agreement to sign, readings and flags, check cards
for the staff and check reports to the owner in their language, the keys to acknowledge."""

from __future__ import annotations

from typing import Any

from bot.filestore import save_generated
from bot.notices.base import Notices
from bot.notices.cards import when
from bot.reports.custody import CustodyFile, agreement_pdf
from conversations.custody import cards
from conversations.custody import keyboards as kb
from domain.custody import events as ev
from domain.custody.model import Custody
from domain.model import GroupPurpose, Locale


async def _loaded(n: Notices, custody_id: int) -> Custody | None:
    return await n.uow.custody.get(custody_id)


async def _desk(n: Notices, estate_id: int, key: str, *, ref: str | None = None,
                markup: Any = None, **args: Any) -> None:
    """To the estate's desk group, or its managers' group when it has no desk group."""
    found = await n.group(estate_id, GroupPurpose.DESK) \
        or await n.group(estate_id, GroupPurpose.MANAGERS)
    if found is None:
        return
    group, locale = found
    await n.post.send(group.chat_id, n.tr(locale, key, **args),
                      markup=markup(locale) if markup else None, ref=ref)


async def _owner(n: Notices, custody: Custody, key: str, *, ref: str | None = None,
                 markup: Any = None, **args: Any) -> Locale | None:
    person = await n.person(custody.owner_id)
    if person is None or person.tg_user_id is None:
        return None
    await n.post.send(person.tg_user_id, n.tr(person.locale, key, **args),
                      markup=markup(person.locale) if markup else None, ref=ref)
    return person.locale


async def _card_text(n: Notices, custody: Custody, locale: Locale) -> str:
    text = await cards.agreement_text(n.uow, n.tr, locale, custody)
    owner = await n.person(custody.owner_id)
    return n.tr(locale, "custody-card", owner=owner.name if owner else "?") + "\n" + text


async def on_requested(n: Notices, e: ev.CustodyRequested) -> None:
    custody = await _loaded(n, e.custody_id)
    if custody is None:
        return
    found = await n.group(custody.estate_id, GroupPurpose.DESK) \
        or await n.group(custody.estate_id, GroupPurpose.MANAGERS)
    if found is None:
        return
    group, locale = found
    await n.post.send(group.chat_id, await _card_text(n, custody, locale),
                      markup=kb.decision(n.tr, locale, custody.id), ref=kb.card_ref(custody.id))


async def _close_card(n: Notices, custody: Custody, key: str) -> None:
    where = await n.uow.outbox.ref(kb.card_ref(custody.id))
    if where is None:
        return
    group = await n.uow.groups.get(where[0])
    locale = await n.post.group_locale(group) if group else Locale.ZH_HANT
    who = await n.person(custody.accepted_by) if custody.accepted_by else None
    text = await _card_text(n, custody, locale) + "\n" + n.tr(
        locale, key, name=who.name if who else "—")
    await n.post.edit(text=text, markup=None, ref=kb.card_ref(custody.id))


async def on_accepted(n: Notices, e: ev.CustodyAccepted) -> None:
    custody = await _loaded(n, e.custody_id)
    if custody is None:
        return
    await _close_card(n, custody, "custody-card-accepted")
    person = await n.person(custody.owner_id)
    if person is None or person.tg_user_id is None:
        return
    text = n.tr(person.locale, "custody-to-sign") + "\n\n" + await cards.agreement_text(
        n.uow, n.tr, person.locale, custody)
    await n.post.send(person.tg_user_id, text, markup=kb.sign(n.tr, person.locale, custody.id),
                      ref=kb.agreement_ref(custody.id))


async def on_declined(n: Notices, e: ev.CustodyDeclined) -> None:
    custody = await _loaded(n, e.custody_id)
    if custody is None:
        return
    await _close_card(n, custody, "custody-card-declined")
    await _owner(n, custody, "custody-declined", number=custody.number)


async def _agreement_files(n: Notices, custody: Custody, caption: str, *,
                           complete: bool) -> None:
    """The agreement as a PDF to the owner (in their language) and the desk group (in its
    language); `complete` adds the readings and checks (sent at the end)."""
    unit, tz, _ = await cards.context(n.uow, custody)
    estate = await n.uow.estates.get(custody.estate_id)
    owner = await n.person(custody.owner_id)
    readings = await n.uow.custody.readings(custody.id) if complete else []
    done = await n.uow.custody.checks(custody.id) if complete else []
    targets: list[tuple[int, Locale]] = []
    if owner is not None and owner.tg_user_id is not None:
        targets.append((owner.tg_user_id, owner.locale))
    found = await n.group(custody.estate_id, GroupPurpose.DESK)
    if found is not None:
        targets.append((found[0].chat_id, found[1]))
    for chat_id, locale in targets:
        terms = await cards.agreement_text(n.uow, n.tr, locale, custody)
        data = agreement_pdf(CustodyFile(custody, unit, owner.name if owner else "—",
                                         estate.name if estate else "", terms, tz, readings,
                                         done), n.tr, locale)
        path = save_generated(n.settings.files.root, data, ".pdf", folder="private/reports")
        await n.post.document(chat_id, path=path, filename=f"{custody.number}.pdf",
                              caption=n.tr(locale, caption, number=custody.number))


async def on_signed(n: Notices, e: ev.CustodySigned) -> None:
    custody = await _loaded(n, e.custody_id)
    if custody is None:
        return
    unit, tz, _ = await cards.context(n.uow, custody)
    await n.post.edit_markup(markup=None, ref=kb.agreement_ref(custody.id))
    await _owner(n, custody, "custody-signed", number=custody.number,
                 at=when(custody.signed_at, tz))
    await _desk(n, custody.estate_id, "custody-desk-signed", number=custody.number, unit=unit)
    await _agreement_files(n, custody, "custody-pdf-caption-signed", complete=False)


async def on_reading(n: Notices, e: ev.ReadingRecorded) -> None:
    custody = await _loaded(n, e.custody_id)
    reading = await n.uow.custody.reading(e.reading_id)
    if custody is None or reading is None:
        return
    unit, tz, _ = await cards.context(n.uow, custody)
    person = await n.person(custody.owner_id)
    if person is None or person.tg_user_id is None:
        return
    text = n.tr(person.locale, "custody-reading-to-owner", number=custody.number, unit=unit) \
        + "\n" + cards.reading_text(n.tr, person.locale, reading, tz)
    await n.post.send(person.tg_user_id, text)


async def on_flagged(n: Notices, e: ev.UseFlagged) -> None:
    custody = await _loaded(n, e.custody_id)
    reading = await n.uow.custody.reading(e.reading_id)
    if custody is None or reading is None:
        return
    unit, tz, policy = await cards.context(n.uow, custody)
    args: dict[str, Any] = {"number": custody.number, "unit": unit,
                            "day": when(reading.read_at, tz),
            "water_used": cards.num(reading.water_used),
            "power_used": cards.num(reading.electricity_used),
            "water_limit": cards.num(policy.water_limit),
            "power_limit": cards.num(policy.electricity_limit)}
    await _desk(n, custody.estate_id, "custody-flag-desk", **args)
    await _owner(n, custody, "custody-flag-owner", **args)


async def on_check_due(n: Notices, e: ev.CheckDue) -> None:
    custody = await _loaded(n, e.custody_id)
    check = await n.uow.custody.check(e.check_id)
    if custody is None or check is None:
        return
    unit, tz, _ = await cards.context(n.uow, custody)
    found = await n.group(custody.estate_id, GroupPurpose.SUPERVISORS) \
        or await n.group(custody.estate_id, GroupPurpose.DESK)
    if found is None:
        return
    group, locale = found
    await n.post.send(group.chat_id, n.tr(locale, "custody-check-card", number=custody.number,
                                          unit=unit, kind=check.kind.value,
                                          due=when(check.due_at, tz)),
                      markup=kb.record_check(n.tr, locale, check.id), ref=kb.check_ref(check.id))


async def on_weather(n: Notices, e: ev.WeatherChecksCalled) -> None:
    """The desk learns that the Observatory's warning called rain checks (nobody typed it)."""
    await _desk(n, e.estate_id, "custody-weather-called", kind=e.kind, signal=e.signal,
                count=e.count)


async def on_check_overdue(n: Notices, e: ev.CheckOverdue) -> None:
    custody = await _loaded(n, e.custody_id)
    check = await n.uow.custody.check(e.check_id)
    if custody is None or check is None:
        return
    unit, tz, _ = await cards.context(n.uow, custody)
    await _desk(n, custody.estate_id, "custody-check-overdue", number=custody.number, unit=unit,
                due=when(check.due_at, tz))


async def on_check_recorded(n: Notices, e: ev.CheckRecorded) -> None:
    custody = await _loaded(n, e.custody_id)
    check = await n.uow.custody.check(e.check_id)
    if custody is None or check is None:
        return
    unit, tz, _ = await cards.context(n.uow, custody)
    who = await n.person(check.by_person_id) if check.by_person_id else None
    where = await n.uow.outbox.ref(kb.check_ref(check.id))
    if where is not None:
        group = await n.uow.groups.get(where[0])
        locale = await n.post.group_locale(group) if group else Locale.ZH_HANT
        await n.post.edit(text=cards.check_report(n.tr, locale, custody, unit, check, tz) + "\n"
                          + n.tr(locale, "custody-check-by", name=who.name if who else "—"),
                          markup=None, ref=kb.check_ref(check.id))
    person = await n.person(custody.owner_id)
    if person is None or person.tg_user_id is None:
        return
    await n.post.send(person.tg_user_id,
                      cards.check_report(n.tr, person.locale, custody, unit, check, tz))
    photos = await n.uow.files.for_owner("custody_check", check.id, "photo")
    if photos:
        await n.post.images(person.tg_user_id, photos)


async def on_keys_returned(n: Notices, e: ev.KeysReturned) -> None:
    custody = await _loaded(n, e.custody_id)
    if custody is None:
        return
    unit, tz, _ = await cards.context(n.uow, custody)
    await _owner(n, custody, "custody-keys-to-confirm", number=custody.number, unit=unit,
                 at=when(custody.keys_returned_at, tz), ref=kb.keys_ref(custody.id),
                 markup=lambda loc: kb.keys_back(n.tr, loc, custody.id))


async def on_ended(n: Notices, e: ev.CustodyEnded) -> None:
    custody = await _loaded(n, e.custody_id)
    if custody is None:
        return
    unit, tz, _ = await cards.context(n.uow, custody)
    await n.post.edit_markup(markup=None, ref=kb.keys_ref(custody.id))
    await _owner(n, custody, "custody-ended-owner", number=custody.number)
    await _desk(n, custody.estate_id, "custody-ended-desk", number=custody.number, unit=unit,
                at=when(custody.ended_at, tz))
    await _agreement_files(n, custody, "custody-pdf-caption-ended", complete=True)


RENDERERS: dict[type, Any] = {ev.CustodyRequested: on_requested, ev.CustodyAccepted: on_accepted,
             ev.CustodyDeclined: on_declined, ev.CustodySigned: on_signed,
             ev.ReadingRecorded: on_reading, ev.UseFlagged: on_flagged,
             ev.CheckDue: on_check_due, ev.WeatherChecksCalled: on_weather,
             ev.CheckOverdue: on_check_overdue,
             ev.CheckRecorded: on_check_recorded,
             ev.KeysReturned: on_keys_returned, ev.CustodyEnded: on_ended}
