"""On site: inspections twice a day while works run (每天兩次巡視), rectification notices with a
deadline and a follow-up inspection, repeated violations flagged to the managers, the final
inspection; and the clean-up jobs (abandoned applications, ID-card images past retention)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from domain.calendar import BusinessCalendar
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, Estate
from domain.moves import move as move_ticket
from domain.ports import FileRef, RenovationUnitOfWork
from domain.registry import calendar_of
from domain.renovation import events as rev
from domain.renovation.model import (
    INSPECTORS,
    RETURNED,
    Inspection,
    InspectionKind,
    InspectionResult,
    Notice,
    NoticeStatus,
    Renovation,
    RenovationPolicy,
)
from domain.renovation.review import application, cancel_application
from domain.text import require_text
from domain.tickets import Status, Ticket

MAX_PHOTOS = 5


class _Estates:
    """Estates read once per sweep."""

    def __init__(self, uow: RenovationUnitOfWork) -> None:
        self.uow = uow
        self.seen: dict[int, Estate] = {}

    async def get(self, estate_id: int) -> tuple[Estate, BusinessCalendar, RenovationPolicy]:
        if estate_id not in self.seen:
            estate = await self.uow.estates.get(estate_id)
            assert estate is not None
            self.seen[estate_id] = estate
        estate = self.seen[estate_id]
        return estate, calendar_of(estate), RenovationPolicy.of(estate)


def current_slot(policy: RenovationPolicy, cal: BusinessCalendar,
                 now: datetime) -> str | None:
    """The inspection round running now (from its time until the next round or midnight);
    a round the bot was not running for is not prompted late."""
    local = cal.local(now)
    slots = policy.slots()
    for i, (label, at) in enumerate(slots):
        start = datetime.combine(local.date(), at, cal.tz)
        end = datetime.combine(local.date(), slots[i + 1][1], cal.tz) if i + 1 < len(slots) \
            else datetime.combine(local.date() + timedelta(days=1), time.min, cal.tz)
        if start <= now < end:
            return label
    return None


def round_ends(policy: RenovationPolicy, cal: BusinessCalendar, inspection: Inspection,
               ) -> datetime:
    """When a routine round's card stops being the current one: the next round of the day,
    or midnight (also for a round whose time the estate has since removed)."""
    slots = policy.slots()
    labels = [label for label, _ in slots]
    i = labels.index(inspection.slot) if inspection.slot in labels else len(slots) - 1
    if inspection.slot in labels and i + 1 < len(slots):
        return datetime.combine(inspection.day, slots[i + 1][1], cal.tz)
    return datetime.combine(inspection.day + timedelta(days=1), time.min, cal.tz)


@dataclass
class SiteReport:
    prompted: list[int] = field(default_factory=list)   # inspection ids
    missed: list[int] = field(default_factory=list)     # inspection ids flagged as skipped
    cancelled: list[int] = field(default_factory=list)  # ticket ids
    purged: list[str] = field(default_factory=list)     # file store paths to delete

    @property
    def count(self) -> int:
        return len(self.prompted) + len(self.missed) + len(self.cancelled) + len(self.purged)


async def prompt_inspections(uow: RenovationUnitOfWork, now: datetime,
                             report: SiteReport, estates: _Estates) -> None:
    """Each works day (an open day of the estate, inside the approved dates), each round
    fires once per application: the site staff get a card to record the result."""
    for app in await uow.renovations.in_status([Status.WORKS]):
        _, cal, policy = await estates.get(app.estate_id)
        today = cal.local(now).date()
        if not app.start_date <= today <= app.end_date or not cal.is_open_day(today):
            continue
        slot = current_slot(policy, cal, now)
        if slot is None:
            continue
        if not await uow.fired.claim("renovation", app.ticket_id,
                                     f"insp:{today.isoformat()}:{slot}", now):
            continue
        inspection = await uow.renovations.add_inspection(app.ticket_id, InspectionKind.ROUTINE,
                                                          today, slot, now)
        report.prompted.append(inspection.id)
        uow.emit(rev.InspectionDue(app.ticket_id, inspection_id=inspection.id))


async def flag_missed_rounds(uow: RenovationUnitOfWork, now: datetime, report: SiteReport,
                             estates: _Estates) -> None:
    """A routine round whose card nobody pressed before the next round (or midnight) is
    recorded as missed, once (a compare-and-set on the pending round), and the desk is told."""
    for app in await uow.renovations.in_status([Status.WORKS, Status.FINAL_CHECK]):
        _, cal, policy = await estates.get(app.estate_id)
        for inspection in await uow.renovations.inspections(app.ticket_id):
            if inspection.kind is not InspectionKind.ROUTINE or \
                    inspection.result is not InspectionResult.PENDING or \
                    now < round_ends(policy, cal, inspection):
                continue
            if not await uow.renovations.record_inspection(
                    inspection.id, InspectionResult.MISSED, None, now, None):
                continue
            await uow.audit.record(at=now, entity="ticket", entity_id=str(app.ticket_id),
                                   action="inspection-missed",
                                   detail={"inspection": inspection.id,
                                           "day": inspection.day.isoformat(),
                                           "slot": inspection.slot})
            report.missed.append(inspection.id)
            uow.emit(rev.InspectionMissed(app.ticket_id, inspection_id=inspection.id))


async def prompt_followups(uow: RenovationUnitOfWork, now: datetime, report: SiteReport,
                           estates: _Estates) -> None:
    """A rectification notice whose deadline came: a follow-up inspection, once."""
    for notice in await uow.renovations.notices_due(now):
        ticket = await uow.tickets.get(notice.ticket_id)
        if ticket is None or ticket.status not in (Status.WORKS, Status.FINAL_CHECK):
            continue
        if not await uow.fired.claim("renovation_notice", notice.id, "followup", now):
            continue
        _, cal, _ = await estates.get(ticket.estate_id)
        inspection = await uow.renovations.add_inspection(
            ticket.id, InspectionKind.FOLLOWUP, cal.local(now).date(), "followup", now,
            notice_id=notice.id)
        await uow.renovations.link_followup(notice.id, inspection.id)
        report.prompted.append(inspection.id)
        uow.emit(rev.InspectionDue(ticket.id, inspection_id=inspection.id))


async def cancel_abandoned(uow: RenovationUnitOfWork, now: datetime, report: SiteReport,
                           estates: _Estates) -> None:
    """An application sent back and never resubmitted is cancelled after `abandon_days`
    (so the workers' ID-card images do not stay forever)."""
    for app in await uow.renovations.in_status(list(RETURNED)):
        _, _, policy = await estates.get(app.estate_id)
        if app.returned_at is None or now < app.returned_at + timedelta(days=policy.abandon_days):
            continue
        await cancel_application(uow, None, app.ticket_id, now, automatic=True)
        report.cancelled.append(app.ticket_id)


async def purge_id_photos(uow: RenovationUnitOfWork, now: datetime, report: SiteReport,
                          estates: _Estates) -> None:
    """ID-card images are deleted `retention_days` after the works ended (closed or
    cancelled): the database rows here, the file store copies by the caller."""
    for app in await uow.renovations.ended_unpurged():
        _, _, policy = await estates.get(app.estate_id)
        assert app.works_ended_at is not None
        if now < app.works_ended_at + timedelta(days=policy.retention_days):
            continue
        paths = await uow.renovations.purge_id_photos(app.ticket_id)
        if not await uow.renovations.mark(app.ticket_id, "ids_purged_at", now):
            continue
        await uow.audit.record(at=now, entity="ticket", entity_id=str(app.ticket_id),
                               action="ids-purged", detail={"images": len(paths)})
        report.purged += [p for p in paths if p]


async def sweep_site(uow: RenovationUnitOfWork, now: datetime) -> SiteReport:
    """Everything the renovation side has to do on the clock."""
    report = SiteReport()
    estates = _Estates(uow)
    await flag_missed_rounds(uow, now, report, estates)
    await prompt_inspections(uow, now, report, estates)
    await prompt_followups(uow, now, report, estates)
    await cancel_abandoned(uow, now, report, estates)
    await purge_id_photos(uow, now, report, estates)
    return report


# ---------------------------------------------------------------- recording a result


async def inspection_of(uow: RenovationUnitOfWork, inspection_id: int,
                        ) -> tuple[Inspection, Ticket, Renovation]:
    inspection = await uow.renovations.inspection(inspection_id)
    if inspection is None:
        raise NotFound("reno-not-found")
    ticket, app = await application(uow, inspection.ticket_id)
    return inspection, ticket, app


def require_inspector(actor: Actor, ticket: Ticket) -> None:
    if actor.person is None or not actor.has_role(ticket.estate_id, *INSPECTORS):
        raise NotAuthorized("reno-site-staff-only")


async def record_inspection(uow: RenovationUnitOfWork, actor: Actor, inspection_id: int,
                            ok: bool, now: datetime, *, note: str | None = None,
                            photos: Sequence[FileRef] = ()) -> Inspection:
    """OK, or a violation (a rectification notice to the owner). On a follow-up OK means
    rectified; on the final inspection OK lets the office settle, a problem sends the works
    back with a notice."""
    inspection, ticket, app = await inspection_of(uow, inspection_id)
    require_inspector(actor, ticket)
    if inspection.result is InspectionResult.MISSED:
        raise Conflict("reno-inspection-missed", slot=inspection.slot)
    if inspection.result is not InspectionResult.PENDING:
        raise Conflict("reno-inspection-recorded")
    if inspection.kind is InspectionKind.FINAL and ticket.status is not Status.FINAL_CHECK:
        raise Conflict("reno-inspection-recorded")
    if inspection.kind is InspectionKind.FINAL and ok:
        still_open = await open_notices(uow, ticket.id)
        if still_open:  # passing would tell the owner nobody checked them
            raise Conflict("reno-final-notices-open",
                           notices=[short_number(x) for x in still_open],
                           first=short_number(still_open[0]))
    text = None if ok else require_text(note, max_len=1000, field="violation")
    if len(photos) > MAX_PHOTOS:
        raise InvalidInput("reno-too-many-photos", max=MAX_PHOTOS)
    result = InspectionResult.OK if ok else InspectionResult.VIOLATION
    if not await uow.renovations.record_inspection(inspection.id, result, actor.person_id, now,
                                                   text):
        raise Conflict("reno-inspection-recorded")
    for ref in photos:
        await uow.files.add(ref, owner="renovation_insp", owner_id=inspection.id, role="photo",
                            now=now)
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                           action=f"inspection-{result.value}", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"inspection": inspection.id, "kind": inspection.kind.value,
                                   "slot": inspection.slot})
    uow.emit(rev.InspectionRecorded(ticket.id, inspection_id=inspection.id, result=result.value,
                                    by_person_id=actor.person_id or 0))
    if inspection.kind is InspectionKind.FOLLOWUP and inspection.notice_id is not None:
        await _resolve(uow, inspection.notice_id, ok, now)
    if not ok:
        assert text is not None
        await _issue_notice(uow, ticket, app, inspection, text, now)
    if inspection.kind is InspectionKind.FINAL:
        await _final(uow, actor, ticket, ok, now)
    fresh = await uow.renovations.inspection(inspection.id)
    assert fresh is not None
    return fresh


async def open_notices(uow: RenovationUnitOfWork, ticket_id: int) -> list[Notice]:
    """Rectification notices nobody has yet found rectified (or not)."""
    return [x for x in await uow.renovations.notices(ticket_id) if x.status is NoticeStatus.OPEN]


def short_number(notice: Notice) -> str:
    """V2 of F-2026-000001-V2: how the site staff name a notice on the application's card."""
    return notice.number.rsplit("-", 1)[-1]


async def rectify_on_final(uow: RenovationUnitOfWork, actor: Actor, inspection_id: int,
                           notice_id: int, now: datetime) -> Notice:
    """At the final inspection the inspector checks an open notice and finds it rectified
    (the owner is told); the pass needs every open notice checked this way or by its
    follow-up."""
    inspection, ticket, _ = await inspection_of(uow, inspection_id)
    require_inspector(actor, ticket)
    if inspection.kind is not InspectionKind.FINAL \
            or inspection.result is not InspectionResult.PENDING \
            or ticket.status is not Status.FINAL_CHECK:
        raise Conflict("reno-inspection-recorded")
    notice = await uow.renovations.notice(notice_id)
    if notice is None or notice.ticket_id != ticket.id:
        raise NotFound("reno-not-found")
    if not await _resolve(uow, notice.id, True, now):
        raise Conflict("reno-notice-already-resolved", notice=short_number(notice))
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                           action="notice-rectified", to_state=notice.number,
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           update_id=uow.update_id,
                           detail={"notice": notice.id, "inspection": inspection.id})
    fresh = await uow.renovations.notice(notice.id)
    assert fresh is not None
    return fresh


async def _resolve(uow: RenovationUnitOfWork, notice_id: int, rectified: bool,
                   now: datetime) -> bool:
    to = NoticeStatus.RECTIFIED if rectified else NoticeStatus.NOT_RECTIFIED
    if not await uow.renovations.set_notice_status(notice_id, NoticeStatus.OPEN, to, now):
        return False
    notice = await uow.renovations.notice(notice_id)
    assert notice is not None
    uow.emit(rev.NoticeResolved(notice.ticket_id, notice_id=notice_id, rectified=rectified))
    return True


async def _issue_notice(uow: RenovationUnitOfWork, ticket: Ticket, app: Renovation,
                        inspection: Inspection, text: str, now: datetime) -> Notice:
    """整改通知: the owner must fix it by the deadline; a follow-up inspection then."""
    estate = await uow.estates.get(ticket.estate_id)
    assert estate is not None
    policy = RenovationPolicy.of(estate)
    count = len(await uow.renovations.notices(ticket.id))
    notice = await uow.renovations.add_notice(
        ticket.id, f"{ticket.number}-V{count + 1}", text,
        calendar_of(estate).add_days(now, policy.rectify_days), now, inspection.id)
    violations = app.violations + 1
    await uow.renovations.update(ticket.id, violations=violations)
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                           action="notice-issued", to_state=notice.number,
                           update_id=uow.update_id, detail={"notice": notice.id})
    uow.emit(rev.NoticeIssued(ticket.id, notice_id=notice.id))
    if violations >= policy.violations_flag and await uow.fired.claim(
            "renovation", ticket.id, f"violations:{violations}", now):
        uow.emit(rev.ViolationsFlagged(ticket.id, count=violations))
    return notice


async def _final(uow: RenovationUnitOfWork, actor: Actor, ticket: Ticket, ok: bool,
                 now: datetime) -> None:
    if ok:
        await move_ticket(uow, actor, ticket, Status.SETTLING, now, action="final-passed")
    else:
        await move_ticket(uow, actor, ticket, Status.WORKS, now, action="final-failed")
    uow.emit(rev.FinalInspected(ticket.id, passed=ok))
