"""Renovation use cases on the real store: the whole life of an application, who may act,
the 2-day review clock on the estate calendar, ID-card retention."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from domain import repair
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.ports import FileRef
from domain.renovation import review as renovation
from domain.renovation import site as renovation_site
from domain.renovation import works as renovation_works
from domain.renovation.model import Decision, InspectionKind, NoticeStatus, WorkerStatus
from domain.renovation.review import WorkerDraft
from domain.tickets import Status
from store.db import Database
from store.tables.infra import AuditRow, FiredRow
from store.tables.tickets import FileRow
from store.uow import SqlUnitOfWork
from tests.store.renovation_office import (
    DRAWING,
    RenoOffice,
    build_reno_office,
    reno_draft,
    run,
)

FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)   # Friday 10:00 in Hong Kong
START, END = date(2026, 12, 1), date(2026, 12, 10)   # Tuesday to Thursday of next week
ID_C = FileRef("id-c", "u-id-c", "image/jpeg", 40_000)
PHOTO = FileRef("site-photo", "u-site-photo", "image/jpeg", 40_000)


def hk(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


async def kinds_of(db: Database, ids: list[int]) -> dict[int, InspectionKind]:
    out = {}
    async with SqlUnitOfWork(db.writer()) as uow:
        for i in ids:
            inspection = await uow.renovations.inspection(i)
            assert inspection is not None
            out[i] = inspection.kind
    return out


async def approved(db: Database, office: RenoOffice) -> int:
    t = await run(db, renovation.submit_renovation, office.resident,
                  reno_draft(office, START, END), FRI_10)
    for step, who in ((Status.DESK_CHECK, office.desk), (Status.TECH_REVIEW, office.supervisor),
                      (Status.MANAGER_REVIEW, office.manager)):
        await run(db, renovation.review, who, t.id, step, Decision.APPROVE, FRI_10)
    return int(t.id)


async def test_whole_life_of_an_application(db: Database) -> None:
    office = await build_reno_office(db, FRI_10)
    with pytest.raises(NotAuthorized):  # a tenant may not apply
        await run(db, renovation.submit_renovation, office.tenant,
                  reno_draft(office, START, END), FRI_10)
    with pytest.raises(NotAuthorized):  # nor an owner for someone else's unit
        await run(db, renovation.submit_renovation, office.neighbour,
                  reno_draft(office, START, END), FRI_10)
    with pytest.raises(InvalidInput, match="reno-need-drawing"):
        await run(db, renovation.submit_renovation, office.resident,
                  reno_draft(office, START, END, drawings=()), FRI_10)
    t = await run(db, renovation.submit_renovation, office.resident,
                  reno_draft(office, START, END), FRI_10)
    assert (t.number, t.status) == ("F-2026-000001", Status.DESK_CHECK)
    # Weekends are open days at this estate: Friday 10:00 + 2 open days = Sunday 10:00.
    assert renovation.review_due(t) == datetime(2026, 11, 29, 2, 0, tzinfo=UTC)

    t = await run(db, renovation.review, office.desk, t.id, Status.DESK_CHECK, Decision.APPROVE,
                  FRI_10)
    assert t.status is Status.TECH_REVIEW
    for who in (office.plumbers[0], office.desk, office.other_manager):
        with pytest.raises(NotAuthorized):
            await run(db, renovation.review, who, t.id, Status.TECH_REVIEW, Decision.APPROVE,
                      FRI_10)
    with pytest.raises(InvalidInput):  # a rejection needs a reason
        await run(db, renovation.review, office.supervisor, t.id, Status.TECH_REVIEW,
                  Decision.REJECT, FRI_10)
    t = await run(db, renovation.review, office.supervisor, t.id, Status.TECH_REVIEW,
                  Decision.REJECT, FRI_10, reason="No electrical layout on the drawing")
    assert t.status is Status.REJECTED
    with pytest.raises(Conflict):
        await run(db, renovation.review, office.manager, t.id, Status.TECH_REVIEW,
                  Decision.APPROVE, FRI_10)
    async with SqlUnitOfWork(db.writer()) as uow:
        assert await renovation.last_reason(uow, t.id) == "No electrical layout on the drawing"
        workers = await uow.renovations.workers(t.id)

    # Resubmission: the first worker and the drawing are kept, one worker replaced, one new
    # drawing; a new cycle and a new clock.
    later = FRI_10 + timedelta(hours=3)
    second = FileRef("drawing-2", "u-drawing-2", "application/pdf", 9_000, "electrical.pdf")
    draft = reno_draft(office, START, END, drawings=(DRAWING, second),
                       workers=(WorkerDraft(workers[0].name, workers[0].phone, id=workers[0].id),
                                WorkerDraft("Chan Tai Man", "+852 6345 6789", ID_C)))
    with pytest.raises(NotFound):
        await run(db, renovation.resubmit_renovation, office.neighbour, t.id, draft, later)
    t = await run(db, renovation.resubmit_renovation, office.resident, t.id, draft, later)
    assert (t.status, t.cycle) == (Status.DESK_CHECK, 2)
    async with SqlUnitOfWork(db.writer()) as uow:
        statuses = [w.status for w in await uow.renovations.workers(t.id)]
        drawings = await uow.files.for_owner("renovation", t.id, "drawing")
        app = await uow.renovations.get(t.id)
    assert statuses == [WorkerStatus.ACTIVE, WorkerStatus.REMOVED, WorkerStatus.ACTIVE]
    assert [d.unique_id for d in drawings] == ["u-drawing-1", "u-drawing-2"]
    assert app is not None and app.submissions == 2 and app.returned_at is None

    for step, who in ((Status.DESK_CHECK, office.desk), (Status.TECH_REVIEW, office.supervisor),
                      (Status.MANAGER_REVIEW, office.manager)):
        t = await run(db, renovation.review, who, t.id, step, Decision.APPROVE, later)
    assert t.status is Status.APPROVED

    # Fees: not paid yet changes nothing; only the office records payment.
    t = await run(db, renovation_works.record_payment, office.desk, t.id, False, later)
    assert t.status is Status.APPROVED
    with pytest.raises(NotAuthorized):
        await run(db, renovation_works.record_payment, office.supervisor, t.id, True, later)
    t = await run(db, renovation_works.record_payment, office.desk, t.id, True, later)
    assert t.status is Status.WORKS
    async with SqlUnitOfWork(db.writer()) as uow:
        passes = await uow.renovations.passes(t.id)
    assert [p.number for p in passes] == ["F-2026-000001-P01", "F-2026-000001-P02"]
    assert {(p.valid_from, p.valid_to) for p in passes} == {(START, END)}

    # Inspections: once per round of a works day.
    assert (await run(db, renovation_site.sweep_site, hk(START, 9))).count == 0
    first = await run(db, renovation_site.sweep_site, hk(START, 10, 5))
    assert len(first.prompted) == 1
    with pytest.raises(NotAuthorized):
        await run(db, renovation_site.record_inspection, office.plumbers[0], first.prompted[0],
                  True, hk(START, 10, 30))
    await run(db, renovation_site.record_inspection, office.supervisor, first.prompted[0], True,
              hk(START, 10, 30))
    assert (await run(db, renovation_site.sweep_site, hk(START, 12))).count == 0
    second_round = await run(db, renovation_site.sweep_site, hk(START, 15))
    assert len(second_round.prompted) == 1
    with pytest.raises(InvalidInput):
        await run(db, renovation_site.record_inspection, office.supervisor,
                  second_round.prompted[0], False, hk(START, 15, 10))
    await run(db, renovation_site.record_inspection, office.supervisor, second_round.prompted[0],
              False, hk(START, 15, 10), note="Debris piled in the lift lobby", photos=[PHOTO])
    with pytest.raises(Conflict):
        await run(db, renovation_site.record_inspection, office.manager,
                  second_round.prompted[0], True, hk(START, 15, 11))
    async with SqlUnitOfWork(db.writer()) as uow:
        notices = await uow.renovations.notices(t.id)
    assert [(n.number, n.due) for n in notices] == [
        ("F-2026-000001-V1", hk(START + timedelta(days=1), 15, 10))]

    # The follow-up comes at the deadline: not rectified -> a second notice; then rectified.
    day2 = START + timedelta(days=1)
    rounds = await run(db, renovation_site.sweep_site, hk(day2, 15, 10))
    kinds = await kinds_of(db, rounds.prompted)
    assert sorted(kinds.values()) == [InspectionKind.FOLLOWUP, InspectionKind.ROUTINE]
    followup = next(i for i, k in kinds.items() if k is InspectionKind.FOLLOWUP)
    await run(db, renovation_site.record_inspection, office.supervisor, followup, False,
              hk(day2, 15, 20), note="Debris still there")
    day3 = START + timedelta(days=2)
    rounds = await run(db, renovation_site.sweep_site, hk(day3, 15, 20))
    kinds = await kinds_of(db, rounds.prompted)
    followup = next(i for i, k in kinds.items() if k is InspectionKind.FOLLOWUP)
    await run(db, renovation_site.record_inspection, office.supervisor, followup, True,
              hk(day3, 15, 30))
    async with SqlUnitOfWork(db.writer()) as uow:
        states = [n.status for n in await uow.renovations.notices(t.id)]
        app = await uow.renovations.get(t.id)
    assert states == [NoticeStatus.NOT_RECTIFIED, NoticeStatus.RECTIFIED]
    assert app is not None and app.violations == 2

    # Completion, final inspection, passes returned, deposit settled: closed.
    with pytest.raises(NotFound):
        await run(db, renovation_works.report_completion, office.neighbour, t.id, hk(END, 17))
    t = await run(db, renovation_works.report_completion, office.resident, t.id, hk(END, 17))
    async with SqlUnitOfWork(db.writer()) as uow:
        final = (await uow.renovations.inspections(t.id))[-1]
    assert (t.status, final.kind) == (Status.FINAL_CHECK, InspectionKind.FINAL)
    with pytest.raises(Conflict):
        await run(db, renovation_works.return_passes, office.desk, t.id, hk(END, 17, 5))
    await run(db, renovation_site.record_inspection, office.supervisor, final.id, True,
              hk(END, 17, 30))
    t = await run(db, renovation_works.return_passes, office.desk, t.id, hk(END, 17, 40))
    assert t.status is Status.SETTLING
    with pytest.raises(Conflict):
        await run(db, renovation_works.return_passes, office.desk, t.id, hk(END, 17, 41))
    t = await run(db, renovation_works.settle_deposit, office.manager, t.id, hk(END, 17, 45))
    assert t.status is Status.CLOSED
    async with SqlUnitOfWork(db.writer()) as uow:
        passes = await uow.renovations.passes(t.id)
        transitions = await uow.session.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.entity == "ticket", AuditRow.entity_id == str(t.id),
            AuditRow.to_state.is_not(None)))
    assert all(p.returned_at is not None for p in passes)
    assert transitions == 13  # every step above wrote its audit row


async def test_id_card_images_office_only_and_gone_after_retention(db: Database) -> None:
    office = await build_reno_office(db, FRI_10)
    ticket_id = await approved(db, office)
    shown = await run(db, renovation_works.id_photos, office.desk, ticket_id, FRI_10)
    assert [(name, ref.file_id) for name, ref, _ in shown] == [("Ho Ka Ming", "id-a"),
                                                               ("Lam Siu Fung", "id-b")]
    for who in (office.supervisor, office.plumbers[0], office.resident, office.neighbour,
                office.other_manager, office.other_desk):
        with pytest.raises(NotAuthorized):
            await run(db, renovation_works.id_photos, who, ticket_id, FRI_10)
    async with db.reader() as s:
        looks = await s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.action == "id-viewed"))
    assert looks == 1
    # Works never started: the owner cancels; 30 days later the images are deleted.
    cancelled_at = FRI_10 + timedelta(days=1)
    await run(db, renovation.cancel_application, office.resident, ticket_id, cancelled_at)
    early = await run(db, renovation_site.sweep_site, cancelled_at + timedelta(days=29))
    assert early.purged == [] and len(await run(db, renovation_works.id_photos, office.manager,
                                                ticket_id, FRI_10)) == 2
    await run(db, renovation_site.sweep_site, cancelled_at + timedelta(days=30))
    assert await run(db, renovation_works.id_photos, office.manager, ticket_id, FRI_10) == []
    async with db.reader() as s:
        sensitive = await s.scalar(select(func.count()).select_from(FileRow).where(
            FileRow.sensitive.is_(True)))
        kept = await s.scalar(select(func.count()).select_from(FileRow))
    assert sensitive == 0 and kept == 1  # the drawing stays in the household file


async def test_worker_changes_are_reviewed_by_the_desk(db: Database) -> None:
    office = await build_reno_office(db, FRI_10)
    ticket_id = await approved(db, office)
    await run(db, renovation_works.record_payment, office.desk, ticket_id, True, FRI_10)
    new = await run(db, renovation_works.request_worker, office.resident, ticket_id,
                    WorkerDraft("Wong Ah Sam", "61112222", ID_C), FRI_10)
    with pytest.raises(InvalidInput):
        await run(db, renovation_works.request_worker, office.resident, ticket_id,
                  WorkerDraft("No Id", "61112223", None), FRI_10)
    with pytest.raises(NotAuthorized):
        await run(db, renovation_works.decide_worker, office.supervisor, ticket_id, new, True,
                  FRI_10)
    await run(db, renovation_works.decide_worker, office.desk, ticket_id, new, True, FRI_10)
    async with SqlUnitOfWork(db.writer()) as uow:
        workers = await uow.renovations.workers(ticket_id)
        passes = await uow.renovations.passes(ticket_id)
    assert len(passes) == 3 and passes[-1].worker_id == new
    first = workers[0].id
    await run(db, renovation_works.request_worker_removal, office.resident, ticket_id, first,
              FRI_10)
    with pytest.raises(Conflict):
        await run(db, renovation_works.request_worker_removal, office.resident, ticket_id,
                  first, FRI_10)
    await run(db, renovation_works.decide_worker, office.manager, ticket_id, first, True, FRI_10)
    async with SqlUnitOfWork(db.writer()) as uow:
        gone = await uow.renovations.worker(first)
        returned = [p for p in await uow.renovations.passes(ticket_id) if p.returned_at]
    assert gone is not None and gone.status is WorkerStatus.REMOVED
    assert [p.worker_id for p in returned] == [first]


async def test_three_violations_flag_the_managers_once_each(db: Database) -> None:
    office = await build_reno_office(db, FRI_10, settings={"violations_flag": 3})
    ticket_id = await approved(db, office)
    await run(db, renovation_works.record_payment, office.desk, ticket_id, True, FRI_10)
    for n, day in enumerate((START, START + timedelta(days=1), START + timedelta(days=2))):
        rounds = await run(db, renovation_site.sweep_site, hk(day, 10))
        routine = rounds.prompted[0]  # the routine round comes before follow-ups
        await run(db, renovation_site.record_inspection, office.supervisor, routine, False,
                  hk(day, 10, 5), note=f"Violation {n + 1}")
    async with db.reader() as s:
        flags = list(await s.scalars(select(FiredRow.level).where(
            FiredRow.level.like("violations:%"))))
    assert flags == ["violations:3"]


# ---------------------------------------------------------------- the review clock

WEEKDAYS = "mon-fri 09:00-18:00"
FRI_17 = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)      # Friday 17:00 in Hong Kong
HOLIDAY = date(2026, 11, 30)                            # Monday, a holiday at this estate


async def test_review_clock_skips_weekend_and_holiday_and_escalates_once(db: Database) -> None:
    office = await build_reno_office(db, FRI_17, hours=WEEKDAYS)
    async with SqlUnitOfWork(db.writer()) as uow:
        await uow.estates.add_holiday(office.estate.id, HOLIDAY, "test holiday")
        await uow.commit()
    t = await run(db, renovation.submit_renovation, office.resident,
                  reno_draft(office, START, END), FRI_17)
    # Sat, Sun closed, Mon a holiday: day 1 is Tuesday, day 2 Wednesday, same time of day.
    assert renovation.review_due(t) == hk(date(2026, 12, 2), 17)
    assert t.extra["review_remind"] == hk(date(2026, 12, 1), 17).isoformat()
    assert t.next_due_at == hk(date(2026, 12, 1), 17)
    t = await run(db, renovation.review, office.desk, t.id, Status.DESK_CHECK, Decision.APPROVE,
                  hk(date(2026, 12, 1), 10))
    fired = []
    for at in (hk(date(2026, 11, 30), 17), hk(date(2026, 12, 1), 16, 59),
               hk(date(2026, 12, 1), 17), hk(date(2026, 12, 2), 16, 59),
               hk(date(2026, 12, 2), 17), hk(date(2026, 12, 3), 9)):
        fired.append([level for _, level in (await run(db, repair.sweep_deadlines, at)).fired])
    assert fired == [[], [], ["review-remind"], [], ["review-overdue"], []]
    # A rejection stops the clock; the resubmission starts a new one (a new cycle).
    t = await run(db, renovation.review, office.supervisor, t.id, Status.TECH_REVIEW,
                  Decision.MORE_INFO, hk(date(2026, 12, 3), 10), reason="Which contractor?")
    assert t.next_due_at is None
    t = await run(db, renovation.resubmit_renovation, office.resident, t.id,
                  reno_draft(office, date(2026, 12, 7), date(2026, 12, 9)),
                  hk(date(2026, 12, 4), 11))  # Friday 11:00
    assert (t.cycle, renovation.review_due(t)) == (2, hk(date(2026, 12, 8), 11))
    again = await run(db, repair.sweep_deadlines, hk(date(2026, 12, 8), 11))
    # Swept only when the review is already overdue: the reminder is dropped, not sent late.
    assert [level for _, level in again.fired] == ["review-overdue"]
    assert [level for _, level in again.dropped] == ["review-remind"]


async def test_owner_cancels_before_works_only(db: Database) -> None:
    office = await build_reno_office(db, FRI_10)
    ticket_id = await approved(db, office)
    await run(db, renovation_works.record_payment, office.desk, ticket_id, True, FRI_10)
    with pytest.raises(Conflict):
        await run(db, renovation.cancel_application, office.resident, ticket_id, FRI_10)
    with pytest.raises(NotFound):
        await run(db, renovation.cancel_application, office.neighbour, ticket_id, FRI_10)


def test_typed_dates() -> None:
    assert renovation.parse_day("2026-12-01") == date(2026, 12, 1)
    assert renovation.parse_day(" 1/12/2026 ") == date(2026, 12, 1)
    assert renovation.parse_day("2026/12/1") == date(2026, 12, 1)
    for bad in ("2026-13-01", "31/02/2026", "tomorrow", "12/2026"):
        with pytest.raises(InvalidInput):
            renovation.parse_day(bad)


async def test_application_sent_back_and_forgotten_is_cancelled(db: Database) -> None:
    office = await build_reno_office(db, FRI_10)
    t = await run(db, renovation.submit_renovation, office.resident,
                  reno_draft(office, START, END), FRI_10)
    await run(db, renovation.review, office.desk, t.id, Status.DESK_CHECK, Decision.MORE_INFO,
              FRI_10, reason="Which floor tiles?")
    assert (await run(db, renovation_site.sweep_site, FRI_10 + timedelta(days=29))).count == 0
    report = await run(db, renovation_site.sweep_site, FRI_10 + timedelta(days=30))
    assert report.cancelled == [t.id]
    async with SqlUnitOfWork(db.writer()) as uow:
        ticket = await uow.tickets.get(t.id)
        app = await uow.renovations.get(t.id)
    assert ticket is not None and ticket.status is Status.CANCELLED
    assert app is not None and app.works_ended_at == FRI_10 + timedelta(days=30)


async def test_final_pass_needs_every_open_notice_checked(db: Database) -> None:
    """Issue 12 item 4: with V1 open the final pass is refused naming V1 and V1 stays open;
    the inspector confirms V1 rectified on the final card (someone else's inspection or a
    plumber may not), then the pass goes through."""
    office = await build_reno_office(db, FRI_10)
    ticket_id = await approved(db, office)
    await run(db, renovation_works.record_payment, office.desk, ticket_id, True, FRI_10)
    first = await run(db, renovation_site.sweep_site, hk(START, 10, 5))
    await run(db, renovation_site.record_inspection, office.supervisor, first.prompted[0], False,
              hk(START, 10, 30), note="Debris piled in the lift lobby")
    await run(db, renovation_works.report_completion, office.resident, ticket_id, hk(START, 12))
    async with SqlUnitOfWork(db.writer()) as uow:
        final = (await uow.renovations.inspections(ticket_id))[-1]
        (notice,) = await uow.renovations.notices(ticket_id)
    with pytest.raises(Conflict) as refused:
        await run(db, renovation_site.record_inspection, office.supervisor, final.id, True,
                  hk(START, 12, 30))
    assert (refused.value.key, refused.value.args_map) == ("reno-final-notices-open",
                                                           {"notices": ["V1"],
                                                            "first": "V1"})
    with pytest.raises(NotAuthorized):
        await run(db, renovation_site.rectify_on_final, office.plumbers[0], final.id, notice.id,
                  hk(START, 12, 31))
    with pytest.raises(Conflict):  # not a final inspection
        await run(db, renovation_site.rectify_on_final, office.supervisor, first.prompted[0],
                  notice.id, hk(START, 12, 31))
    async with SqlUnitOfWork(db.writer()) as uow:
        still = await uow.renovations.notice(notice.id)
    assert still is not None and still.status is NoticeStatus.OPEN
    done = await run(db, renovation_site.rectify_on_final, office.supervisor, final.id,
                     notice.id, hk(START, 12, 32))
    assert done.status is NoticeStatus.RECTIFIED
    with pytest.raises(Conflict):
        await run(db, renovation_site.rectify_on_final, office.supervisor, final.id, notice.id,
                  hk(START, 12, 33))
    await run(db, renovation_site.record_inspection, office.supervisor, final.id, True,
              hk(START, 12, 40))
    async with SqlUnitOfWork(db.writer()) as uow:
        ticket = await uow.tickets.get(ticket_id)
    assert ticket is not None and ticket.status is Status.SETTLING
