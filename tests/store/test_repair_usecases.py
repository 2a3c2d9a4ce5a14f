"""Repair use cases on the real store: the lifecycle, the accept race, authorisation."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from domain import repair
from domain.errors import Conflict, DomainError, NotAuthorized, NotFound
from domain.model import Actor, Locale, StaffRole, Trade
from domain.ports import FileRef
from domain.repair import CallbackResult, Progress, RepairDraft
from domain.tickets import Status, Ticket
from store.db import Database
from store.uow import SqlUnitOfWork
from tests.store.office import Office, build_office

FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # Friday 10:00 in Hong Kong
PHOTO = FileRef("photo-file-id", "uniq", "image/jpeg", 1234)


def draft(office: Office, **over: object) -> RepairDraft:
    values: dict[str, object] = {"category": "leak", "description": "Water drips from the ceiling",
                                 "urgency": "normal", "unit_id": office.unit.id}
    values.update(over)
    return RepairDraft(**values)  # type: ignore[arg-type]


async def run(db: Database, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    async with SqlUnitOfWork(db.writer()) as uow:
        result = await fn(uow, *args, **kwargs)
        await uow.commit()
        return result


async def test_lifecycle_to_closed_with_rework(db: Database) -> None:
    office = await build_office(db, FRI_10)
    sub = await run(db, repair.submit_repair, office.resident, draft(office, photos=(PHOTO,)),
                    FRI_10)
    t: Ticket = sub.ticket
    assert t.number == "R-2026-000001" and t.status is Status.DISPATCHED and not sub.after_hours
    assert t.trade == "plumbing"
    # Accepting within 30 office minutes; a crew member of another trade may not.
    with pytest.raises(NotAuthorized):
        await run(db, repair.accept_job, office.electrician, t.id, FRI_10)
    plumber = office.plumbers[0]
    t = await run(db, repair.accept_job, plumber, t.id, FRI_10 + timedelta(minutes=5))
    assert t.assignee_id == plumber.person_id and t.complete_due is not None
    with pytest.raises(NotAuthorized):
        await run(db, repair.report_progress, office.plumbers[1], t.id, Progress.ON_SITE, FRI_10)
    t = await run(db, repair.report_progress, plumber, t.id, Progress.ON_SITE, FRI_10)
    due_before = t.complete_due
    t = await run(db, repair.report_progress, plumber, t.id, Progress.WAITING_PARTS,
                  FRI_10 + timedelta(hours=1), reason="Need a new valve")
    t = await run(db, repair.report_progress, plumber, t.id, Progress.ON_SITE,
                  FRI_10 + timedelta(hours=3))
    assert t.complete_due == due_before + timedelta(hours=2)  # the pause moved the deadline
    with pytest.raises(DomainError, match="job-done-needs-photo"):
        await run(db, repair.complete_job, plumber, t.id, None, FRI_10)
    t = await run(db, repair.complete_job, plumber, t.id, PHOTO, FRI_10 + timedelta(hours=4))
    assert t.status is Status.DONE
    # Only the reporter confirms; the neighbour cannot even see it.
    with pytest.raises(NotFound):
        await run(db, repair.confirm_fix, office.neighbour, t.id, FRI_10, rating=5)
    t = await run(db, repair.confirm_fix, office.resident, t.id, FRI_10 + timedelta(hours=5),
                  rating=4, comment="Quick, thanks")
    # Water leaks: callback within 3 open days (Fri 15:00 -> Mon 15:00).
    assert t.callback_due == datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
    t = await run(db, repair.record_callback, office.desk, t.id, CallbackResult.PROBLEM,
                  FRI_10 + timedelta(days=1), problem="Still damp in the corner")
    assert t.status is Status.REWORK and t.rework_due == FRI_10 + timedelta(days=2)
    day2 = FRI_10 + timedelta(days=1)
    t = await run(db, repair.acknowledge_rework, plumber, t.id, day2 + timedelta(hours=1))
    t = await run(db, repair.complete_job, plumber, t.id, PHOTO, day2 + timedelta(hours=2))
    t = await run(db, repair.confirm_fix, office.resident, t.id, day2 + timedelta(hours=3))
    t = await run(db, repair.record_callback, office.desk, t.id, CallbackResult.SATISFIED,
                  FRI_10 + timedelta(days=2))
    assert t.status is Status.CLOSED and t.closed_at is not None
    with pytest.raises(Conflict):
        await run(db, repair.record_callback, office.desk, t.id, CallbackResult.SATISFIED, FRI_10)


async def test_reopen_and_hand_back_start_a_new_acceptance_cycle(db: Database) -> None:
    office = await build_office(db, FRI_10)
    t = (await run(db, repair.submit_repair, office.resident, draft(office), FRI_10)).ticket
    p0, p1 = office.plumbers[:2]
    t = await run(db, repair.accept_job, p0, t.id, FRI_10)
    t = await run(db, repair.hand_back, p0, t.id, "Not my area", FRI_10 + timedelta(minutes=10))
    assert (t.status, t.assignee_id, t.cycle) == (Status.DISPATCHED, None, 2)
    t = await run(db, repair.accept_job, p1, t.id, FRI_10 + timedelta(minutes=20))
    t = await run(db, repair.complete_job, p1, t.id, PHOTO, FRI_10 + timedelta(hours=1))
    t = await run(db, repair.reopen, office.resident, t.id, "Still leaking",
                  FRI_10 + timedelta(hours=2))
    assert (t.status, t.reopen_count, t.cycle) == (Status.DISPATCHED, 1, 3)


@pytest.mark.parametrize("trials", [1000])
async def test_eight_crew_accept_at_once_one_wins(sqlite_db: Database, trials: int) -> None:
    office = await build_office(sqlite_db, FRI_10)
    await accept_race(sqlite_db, office, trials)


async def test_accept_race_on_both_databases(db: Database) -> None:
    office = await build_office(db, FRI_10)
    await accept_race(db, office, 100)


async def accept_race(db: Database, office: Office, trials: int) -> None:
    doubles = unanswered = 0
    for _ in range(trials):
        t = (await run(db, repair.submit_repair, office.resident, draft(office), FRI_10)).ticket

        async def press(crew, ticket_id: int = t.id):  # type: ignore[no-untyped-def]
            try:
                await run(db, repair.accept_job, crew, ticket_id, FRI_10)
                return "won"
            except Conflict as exc:
                assert exc.key == "job-already-taken"
                return "lost"

        results = await asyncio.gather(*(press(c) for c in office.plumbers),
                                       return_exceptions=True)
        unanswered += sum(1 for r in results if r not in ("won", "lost"))
        doubles += results.count("won") != 1
    assert (doubles, unanswered) == (0, 0)


async def test_sweeper_fires_each_level_once(db: Database) -> None:
    office = await build_office(db, FRI_10)
    t = (await run(db, repair.submit_repair, office.resident, draft(office), FRI_10)).ticket
    later = FRI_10 + timedelta(hours=3)
    first = await run(db, repair.sweep_deadlines, later)
    again = await run(db, repair.sweep_deadlines, later + timedelta(hours=1))
    # Found three hours late, the crew's reminder is past its moment: the desk's and the
    # managers' alerts (two office hours later) go out; the repeated reminder due meanwhile
    # says nothing they do not.
    assert [level for _, level in first.fired] == ["accept-escalate", "accept-manager"]
    assert [level for _, level in first.dropped] == ["accept-remind", "accept-repeat"]
    assert again.fired == again.dropped == []
    # A new cycle (hand back after acceptance) may remind again.
    t = await run(db, repair.accept_job, office.plumbers[0], t.id, later)
    t = await run(db, repair.hand_back, office.plumbers[0], t.id, "sick", later)
    third = await run(db, repair.sweep_deadlines, later + timedelta(days=1))
    assert [level for _, level in third.fired] == ["accept-escalate", "accept-manager"]
    assert [level for _, level in third.dropped] == ["accept-remind", "accept-repeat"]


@pytest.mark.parametrize(("category", "expected"), [
    # Friday 15:00 + 2 open days = Sunday 15:00 (the office opens at weekends)
    ("safety", datetime(2026, 11, 29, 7, 0, tzinfo=UTC)),
    ("leak", datetime(2026, 11, 30, 7, 0, tzinfo=UTC)),       # + 3 -> Monday 15:00
    ("plumbing", datetime(2026, 12, 4, 7, 0, tzinfo=UTC)),    # + 7 -> next Friday 15:00
    ("lift", datetime(2026, 12, 4, 7, 0, tzinfo=UTC)),
])
async def test_callback_due_by_category(sqlite_db: Database, category: str,
                                        expected: datetime) -> None:
    office = await build_office(sqlite_db, FRI_10)
    t = (await run(sqlite_db, repair.submit_repair, office.resident,
                   draft(office, category=category), FRI_10)).ticket
    async with SqlUnitOfWork(sqlite_db.writer()) as uow:  # a handyman of every trade
        person = await uow.people.add("Handy", Locale.EN, tg_user_id=9999)
        staff = tuple([await uow.staff.add(person.id, office.estate.id, StaffRole.CREW, trade)
                       for trade in Trade])
        await uow.commit()
    crew = Actor(9999, person, staff, ())
    t = await run(sqlite_db, repair.accept_job, crew, t.id, FRI_10)
    t = await run(sqlite_db, repair.complete_job, crew, t.id, PHOTO, FRI_10)
    t = await run(sqlite_db, repair.confirm_fix, office.resident, t.id,
                  FRI_10 + timedelta(hours=5), rating=5)
    assert t.callback_due == expected


async def test_emergency_climbs_the_ladder_in_minutes_at_night(sqlite_db: Database) -> None:
    sunday_3am = datetime(2026, 11, 28, 19, 0, tzinfo=UTC)
    office = await build_office(sqlite_db, sunday_3am)
    t = (await run(sqlite_db, repair.submit_repair, office.resident,
                   draft(office, urgency="emergency"), sunday_3am)).ticket
    assert t.accept_due == sunday_3am + timedelta(minutes=10)
    early = await run(sqlite_db, repair.sweep_deadlines, sunday_3am + timedelta(minutes=9))
    assert early.fired == []
    remind = await run(sqlite_db, repair.sweep_deadlines, sunday_3am + timedelta(minutes=10))
    assert [level for _, level in remind.fired] == ["accept-remind"]
    alert = await run(sqlite_db, repair.sweep_deadlines, sunday_3am + timedelta(minutes=20))
    assert [level for _, level in alert.fired] == ["accept-escalate"]
    # Every 30 minutes after the acceptance clock the crew is reminded again; 30 minutes
    # after the desk, the managers are told.
    steps = {40: ["accept-repeat"], 50: ["accept-manager"], 70: ["accept-repeat"],
             100: ["accept-repeat"]}
    for minute, levels in steps.items():
        at = sunday_3am + timedelta(minutes=minute)
        assert [lv for _, lv in (await run(sqlite_db, repair.sweep_deadlines, at)).fired] \
            == levels, minute
    t = await run(sqlite_db, repair.accept_job, office.plumbers[0], t.id,
                  sunday_3am + timedelta(minutes=105))
    assert t.complete_due == sunday_3am + timedelta(minutes=105, hours=4)
    quiet = await run(sqlite_db, repair.sweep_deadlines, sunday_3am + timedelta(minutes=200))
    assert quiet.fired == quiet.dropped == []


async def test_normal_request_on_friday_evening_waits_for_opening(sqlite_db: Database) -> None:
    fri_19 = datetime(2026, 11, 27, 11, 0, tzinfo=UTC)
    office = await build_office(sqlite_db, fri_19)
    sub = await run(sqlite_db, repair.submit_repair, office.resident, draft(office), fri_19)
    assert sub.after_hours and sub.reopens_at == datetime(2026, 11, 28, 1, 0, tzinfo=UTC)
    assert sub.ticket.accept_due == datetime(2026, 11, 28, 1, 30, tzinfo=UTC)
