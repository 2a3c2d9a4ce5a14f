"""Messages from the site: inspection cards for the site staff, rectification notices with
photos and a deadline to the owner (and the contractor, once linked), rounds nobody recorded,
repeated violations flagged to the managers."""

from __future__ import annotations

from typing import Any

from aiogram.types import InlineKeyboardMarkup

from bot.i18n import Safe
from bot.notices.base import Notices
from bot.notices.cards import when
from bot.notices.renovation import (
    contractor_of,
    edit_card,
    group_or_desk,
    loaded,
    send_card,
    to_contractor,
    to_owner,
)
from conversations.renovation import keyboards as kb
from conversations.renovation.cards import inspection_ref, tz_of, unit_label, works_list
from domain.model import GroupPurpose, Locale
from domain.queue import link
from domain.renovation import events as rev
from domain.renovation import site as renovation_site
from domain.renovation.model import (
    Inspection,
    InspectionKind,
    InspectionResult,
    NoticeStatus,
    Renovation,
)
from domain.tickets import Ticket


async def _inspection_text(n: Notices, t: Ticket, app: Renovation, inspection: Inspection,
                           locale: Locale) -> str:
    tz = await tz_of(n.uow, t.estate_id)
    unit = await unit_label(n.uow, app)
    if inspection.kind is InspectionKind.FINAL:
        text = n.tr(locale, "reno-final-card", number=t.number, unit=unit)
        if inspection.recorded_at is None:
            for still in await renovation_site.open_notices(n.uow, t.id):
                text += "\n" + n.tr(locale, "reno-final-open-notice",
                                     notice=renovation_site.short_number(still),
                                     description=still.description, due=when(still.due, tz))
    elif inspection.kind is InspectionKind.FOLLOWUP and inspection.notice_id is not None:
        notice = await n.uow.renovations.notice(inspection.notice_id)
        text = n.tr(locale, "reno-followup-card", notice=notice.number if notice else "?",
                    number=t.number, unit=unit,
                    description=notice.description if notice else "",
                    due=when(notice.due if notice else None, tz))
    else:
        open_notices = [x.number for x in await n.uow.renovations.notices(t.id)
                        if x.status is NoticeStatus.OPEN]
        text = n.tr(locale, "reno-insp-card", number=t.number, unit=unit,
                    day=inspection.day, slot=inspection.slot,
                    works=works_list(app, n.tr, locale), contractor=app.contractor,
                    contractor_phone=app.contractor_phone,
                    notices=open_notices or "—")
    if inspection.result is InspectionResult.MISSED:
        text += "\n" + n.tr(locale, "reno-insp-missed-line", at=when(inspection.recorded_at, tz))
    elif inspection.recorded_at is not None:
        who = await n.uow.people.get(inspection.inspector_id) if inspection.inspector_id \
            else None
        result = n.tr(locale, f"reno-result-{inspection.result.value}",
                      note=inspection.note or "")
        text += "\n" + n.tr(locale, "reno-insp-recorded", result=Safe(result),
                            name=who.name if who else "—", at=when(inspection.recorded_at, tz))
    return text


async def on_inspection_due(n: Notices, e: rev.InspectionDue) -> None:
    """The card the site staff record the round on (the supervisors' group, or the desk)."""
    found = await loaded(n, e.ticket_id)
    inspection = await n.uow.renovations.inspection(e.inspection_id)
    if found is None or inspection is None:
        return
    t, app = found

    async def text(locale: Locale) -> str:
        return await _inspection_text(n, t, app, inspection, locale)

    still_open = await _open_buttons(n, inspection)
    await send_card(n, t.estate_id, GroupPurpose.SUPERVISORS, inspection_ref(inspection.id),
                    text, lambda loc: kb.inspection_card(inspection, n.tr, loc, still_open))


async def _open_buttons(n: Notices, inspection: Inspection) -> tuple[tuple[int, str], ...]:
    """The open notices a final inspection must check, as (id, V2) for its buttons."""
    if inspection.kind is not InspectionKind.FINAL:
        return ()
    return tuple((x.id, renovation_site.short_number(x))
                 for x in await renovation_site.open_notices(n.uow, inspection.ticket_id))


async def _refresh_round(n: Notices, ticket_id: int, inspection_id: int,
                         ) -> tuple[Ticket, Renovation, Inspection] | None:
    """The round's card shows where it stands now; returns what it showed, if it exists."""
    found = await loaded(n, ticket_id)
    inspection = await n.uow.renovations.inspection(inspection_id)
    if found is None or inspection is None:
        return None
    t, app = found

    async def text(locale: Locale) -> str:
        return await _inspection_text(n, t, app, inspection, locale)

    await edit_card(n, inspection_ref(inspection.id), text)
    return t, app, inspection


async def on_inspection_recorded(n: Notices, e: rev.InspectionRecorded) -> None:
    refreshed = await _refresh_round(n, e.ticket_id, e.inspection_id)
    if refreshed is None:
        return
    t, app, inspection = refreshed
    if inspection.kind is InspectionKind.ROUTINE and \
            inspection.result is InspectionResult.OK:
        await to_contractor(n, app, t.number, "reno-contractor-round-ok",
                            day=inspection.day, slot=inspection.slot)


async def on_notice_issued(n: Notices, e: rev.NoticeIssued) -> None:
    """整改通知 to the owner: what is wrong, the photos, the deadline."""
    found = await loaded(n, e.ticket_id)
    notice = await n.uow.renovations.notice(e.notice_id)
    if found is None or notice is None:
        return
    t, app = found
    tz = await tz_of(n.uow, t.estate_id)
    if notice.inspection_id is not None:
        photos = await n.uow.files.for_owner("renovation_insp", notice.inspection_id, "photo")
        for who in (await n.person(app.owner_id), await contractor_of(n, app)):
            if photos and who is not None and who.tg_user_id is not None:
                await n.post.images(who.tg_user_id, photos, caption=notice.number)
    await to_owner(n, app, "reno-owner-notice", contractor=t.number, notice=notice.number,
                   number=t.number,
                   unit=await unit_label(n.uow, app), description=notice.description,
                   due=when(notice.due, tz))


async def on_notice_resolved(n: Notices, e: rev.NoticeResolved) -> None:
    """The owner hears a notice was found rectified; a final inspection card waiting for the
    result shows the notices still open."""
    found = await loaded(n, e.ticket_id)
    notice = await n.uow.renovations.notice(e.notice_id)
    if found is None or notice is None:
        return
    t, app = found
    if e.rectified:
        await to_owner(n, app, "reno-owner-rectified", contractor=t.number,
                       notice=notice.number)
    for inspection in await n.uow.renovations.inspections(t.id):
        if inspection.kind is InspectionKind.FINAL and inspection.recorded_at is None:
            await _refresh_final(n, t, app, inspection)


async def _refresh_final(n: Notices, t: Ticket, app: Renovation, inspection: Inspection) -> None:
    """The final inspection card again, with the notices still open and their buttons."""
    still_open = await _open_buttons(n, inspection)

    async def text(locale: Locale) -> str:
        return await _inspection_text(n, t, app, inspection, locale)

    def markup(locale: Locale) -> InlineKeyboardMarkup:
        return kb.inspection_card(inspection, n.tr, locale, still_open)

    await edit_card(n, inspection_ref(inspection.id), text, markup)


async def on_flagged(n: Notices, e: rev.ViolationsFlagged) -> None:
    found = await loaded(n, e.ticket_id)
    if found is None:
        return
    t, app = found
    found_group = await group_or_desk(n, t.estate_id, GroupPurpose.MANAGERS)
    if found_group is None:
        return
    group, locale = found_group
    await n.post.send(group.chat_id, n.tr(locale, "reno-flag-managers", number=t.number,
                                          unit=await unit_label(n.uow, app), count=e.count,
                                          id=link(t.number)))


async def on_missed(n: Notices, e: rev.InspectionMissed) -> None:
    """The round's card loses its buttons; the desk (the managers when there is no desk
    group) is told which round went unrecorded."""
    refreshed = await _refresh_round(n, e.ticket_id, e.inspection_id)
    if refreshed is None:
        return
    t, app, inspection = refreshed
    desk = await n.group(t.estate_id, GroupPurpose.DESK) or \
        await n.group(t.estate_id, GroupPurpose.MANAGERS)
    if desk is None:
        return
    group, locale = desk
    missed = sum(1 for i in await n.uow.renovations.inspections(t.id)
                 if i.result is InspectionResult.MISSED)
    await n.post.send(group.chat_id, n.tr(locale, "reno-insp-missed-desk", number=t.number,
                                          unit=await unit_label(n.uow, app),
                                          day=inspection.day, slot=inspection.slot,
                                          count=missed, id=str(t.id)))


async def on_contractor_linked(n: Notices, e: rev.ContractorLinked) -> None:
    """The owner hears who linked as their contractor (they forwarded the code)."""
    found = await loaded(n, e.ticket_id)
    who = await n.person(e.person_id)
    if found is None or who is None:
        return
    t, app = found
    await to_owner(n, app, "reno-contractor-linked-owner", number=t.number, name=who.name)


RENDERERS: dict[type, Any] = {
    rev.ContractorLinked: on_contractor_linked,
    rev.InspectionMissed: on_missed,
    rev.InspectionDue: on_inspection_due,
    rev.InspectionRecorded: on_inspection_recorded,
    rev.NoticeIssued: on_notice_issued,
    rev.NoticeResolved: on_notice_resolved,
    rev.ViolationsFlagged: on_flagged,
}
