"""Complaint use cases on the real store: the loop, the 72-hour clock over a weekend, who may
act, the satisfaction question, the weekly report firing once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from domain import registry, repair, satisfaction
from domain.complaints import events as cev
from domain.complaints import handling as complaints
from domain.complaints.handling import ComplaintDraft
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, Locale, StaffRole
from domain.repair import CallbackResult, RepairDraft
from domain.tickets import Status, Ticket
from store.db import Database
from store.tables.infra import AuditRow, FiredRow
from store.uow import SqlUnitOfWork
from tests.store.office import Office, build_office

FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # Friday 10:00 in Hong Kong
HOUR = timedelta(hours=1)


async def run(db: Database, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    async with SqlUnitOfWork(db.writer()) as uow:
        result = await fn(uow, *args, **kwargs)
        await uow.commit()
        return result


async def file(db: Database, office: Office, at: datetime = FRI_10, **over: object) -> Ticket:
    values: dict[str, object] = {"category": "cleaning",
                                 "description": "Rubbish left in the lobby for three days"}
    values.update(over)
    return await run(db, complaints.submit_complaint, office.resident,  # type: ignore[no-any-return]
                     ComplaintDraft(**values), at)  # type: ignore[arg-type]


async def test_loop_reply_reopen_reply_satisfied(db: Database) -> None:
    office = await build_office(db, FRI_10, plumbers=1)
    t = await file(db, office, callback=True, callback_time="evening")
    assert (t.number, t.status, t.unit_id) == ("C-2026-000001", Status.RECEIVED, office.unit.id)
    assert t.reply_due == FRI_10 + timedelta(hours=72) and t.preferred_time == "evening"
    t = await run(db, complaints.take, office.desk, t.id, FRI_10 + HOUR)
    assert (t.status, t.assignee_id) == (Status.IN_PROGRESS, office.desk.person_id)
    with pytest.raises(Conflict, match="complaint-already-taken"):
        await run(db, complaints.take, office.manager, t.id, FRI_10 + HOUR)
    t = await run(db, complaints.assign_department, office.desk, t.id, "cleaning", FRI_10 + HOUR)
    assert t.department == "cleaning" and t.status is Status.IN_PROGRESS
    with pytest.raises(InvalidInput):
        await run(db, complaints.assign_department, office.desk, t.id, "kitchen", FRI_10)
    t = await run(db, complaints.reply, office.desk, t.id, "Cleaned this morning; sorry.",
                  FRI_10 + 5 * HOUR)
    assert (t.status, t.replied_at) == (Status.REPLIED, FRI_10 + 5 * HOUR)
    await run(db, complaints.answer, office.resident, t.id, "Thanks, but who left it?",
              FRI_10 + 6 * HOUR)
    t = await run(db, complaints.not_satisfied, office.resident, t.id, "It is back again",
                  FRI_10 + 30 * HOUR)
    assert (t.status, t.cycle, t.reopen_count) == (Status.IN_PROGRESS, 2, 1)
    assert t.reply_due == FRI_10 + 30 * HOUR + timedelta(hours=72)
    t = await run(db, complaints.reply, office.manager, t.id, "Extra rounds twice a day now.",
                  FRI_10 + 32 * HOUR)
    assert t.replied_at == FRI_10 + 5 * HOUR  # the first reply is what the 72 hours measure
    with pytest.raises(InvalidInput):
        await run(db, complaints.satisfied, office.resident, t.id, 6, FRI_10 + 33 * HOUR)
    t = await run(db, complaints.satisfied, office.resident, t.id, 4, FRI_10 + 33 * HOUR)
    assert (t.status, t.rating) == (Status.CLOSED, 4)
    async with SqlUnitOfWork(db.writer()) as uow:
        closed = await uow.tickets.get(t.id)
        notes = [kind for _, kind, _, _ in await uow.tickets.notes(t.id)]
        actions = [r.action for r in await uow.audit.history("ticket", str(t.id))]
    assert closed is not None and closed.satisfaction == 4  # the rating answers the question
    assert notes == ["reply", "answer", "reopen", "reply"]
    assert actions == ["created", "taken", "department", "replied", "answered", "reopened",
                       "replied", "satisfied", "satisfaction"]
    with pytest.raises(Conflict):
        await run(db, complaints.reply, office.desk, t.id, "late", FRI_10 + 40 * HOUR)


async def test_desk_closes_with_a_reason_then_one_satisfaction_answer(db: Database) -> None:
    office = await build_office(db, FRI_10, plumbers=1)
    t = await file(db, office)
    with pytest.raises(InvalidInput):
        await run(db, complaints.close, office.desk, t.id, "   ", FRI_10 + HOUR)
    t = await run(db, complaints.close, office.desk, t.id, "Duplicate of C-2026-000001",
                  FRI_10 + HOUR)
    assert t.status is Status.CLOSED and t.replied_at == FRI_10 + HOUR
    with pytest.raises(NotFound):
        await run(db, satisfaction.record_satisfaction, office.neighbour, t.id, 5, FRI_10)
    t = await run(db, satisfaction.record_satisfaction, office.resident, t.id, 2,
                  FRI_10 + 2 * HOUR)
    assert (t.satisfaction, t.satisfaction_at) == (2, FRI_10 + 2 * HOUR)
    with pytest.raises(Conflict, match="satisfaction-already"):
        await run(db, satisfaction.record_satisfaction, office.resident, t.id, 5, FRI_10)


async def test_a_closed_repair_takes_one_satisfaction_answer(db: Database) -> None:
    office = await build_office(db, FRI_10, plumbers=1)
    draft = RepairDraft("leak", "Water drips", "normal", unit_id=office.unit.id)
    r = (await run(db, repair.submit_repair, office.resident, draft, FRI_10)).ticket
    with pytest.raises(Conflict):  # not closed yet
        await run(db, satisfaction.record_satisfaction, office.resident, r.id, 5, FRI_10)
    r = await run(db, repair.accept_job, office.plumbers[0], r.id, FRI_10)
    from domain.ports import FileRef
    r = await run(db, repair.complete_job, office.plumbers[0], r.id,
                  FileRef("f", "u", "image/jpeg", 1), FRI_10)
    r = await run(db, repair.confirm_fix, office.resident, r.id, FRI_10, rating=5)
    r = await run(db, repair.record_callback, office.desk, r.id, CallbackResult.SATISFIED, FRI_10)
    r = await run(db, satisfaction.record_satisfaction, office.resident, r.id, 5, FRI_10 + HOUR)
    assert r.satisfaction == 5


async def other_estate_desk(db: Database) -> Actor:
    async with SqlUnitOfWork(db.writer()) as uow:
        estate = await registry.create_estate(uow, code="SV", name="Sea View")
        person = await uow.people.add("Other Desk", Locale.EN, tg_user_id=9000)
        staff = await uow.staff.add(person.id, estate.id, StaffRole.DESK, None)
        await uow.commit()
    return Actor(9000, person, (staff,), ())


async def test_only_desk_and_managers_of_the_estate_and_the_reporter(db: Database) -> None:
    office = await build_office(db, FRI_10, plumbers=1)
    t = await file(db, office)
    stranger = await other_estate_desk(db)
    for outsider in (office.plumbers[0], office.electrician, stranger):
        with pytest.raises(NotAuthorized):
            await run(db, complaints.take, outsider, t.id, FRI_10)
        with pytest.raises(NotAuthorized):
            await run(db, complaints.reply, outsider, t.id, "hello", FRI_10)
        with pytest.raises(NotFound):
            await run(db, repair.visible_ticket, outsider, t.id)
        with pytest.raises(NotAuthorized):
            await run(db, complaints.week_stats, outsider, office.estate.id, FRI_10)
    for resident in (office.neighbour,):
        with pytest.raises(NotFound):
            await run(db, complaints.visible_complaint, resident, t.id)
        with pytest.raises(NotFound):
            await run(db, complaints.answer, resident, t.id, "me too", FRI_10)
        with pytest.raises(NotAuthorized):
            await run(db, complaints.take, resident, t.id, FRI_10)
    assert (await run(db, repair.visible_ticket, office.resident, t.id)).id == t.id
    assert (await run(db, repair.visible_ticket, office.desk, t.id)).id == t.id
    async with SqlUnitOfWork(db.writer()) as uow:
        assert (await uow.tickets.get(t.id)).status is Status.RECEIVED  # type: ignore[union-attr]


async def test_link_a_repair_of_the_same_estate(db: Database) -> None:
    office = await build_office(db, FRI_10, plumbers=1)
    t = await file(db, office, category="facilities")
    draft = RepairDraft("common", "Lobby door closer broken", "normal", location="Lobby")
    r = (await run(db, repair.submit_repair, office.resident, draft, FRI_10)).ticket
    with pytest.raises(InvalidInput, match="complaint-link-unknown"):
        await run(db, complaints.link_repair, office.desk, t.id, "R-2026-000099", FRI_10)
    with pytest.raises(InvalidInput, match="complaint-link-unknown"):
        await run(db, complaints.link_repair, office.desk, t.id, t.number, FRI_10)
    t = await run(db, complaints.link_repair, office.desk, t.id, r.number.lower(), FRI_10)
    assert (t.linked_ticket_id, t.status) == (r.id, Status.IN_PROGRESS)
    async with SqlUnitOfWork(db.writer()) as uow:
        assert [c.id for c in await uow.complaints.linked_to(r.id)] == [t.id]


async def sweep_hourly(db: Database, start: datetime, end: datetime) -> list[tuple[str, datetime]]:
    """Run the sweeper every 30 minutes; returns (level, when it fired)."""
    fired: list[tuple[str, datetime]] = []
    at = start
    while at <= end:
        report = await run(db, repair.sweep_deadlines, at)
        fired += [(level, at) for _, level in report.fired]
        at += timedelta(minutes=30)
    return fired


async def test_72_hours_over_a_weekend_remind_escalate_once_then_repeat(db: Database) -> None:
    office = await build_office(db, FRI_10, plumbers=1)
    t = await file(db, office)  # Friday 10:00; the reply is due Monday 10:00 (wall clock)
    replied = await file(db, office, category="noise", description="Karaoke every night")
    await run(db, complaints.reply, office.desk, replied.id, "We have spoken to them.",
              FRI_10 + 2 * HOUR)
    fired = await sweep_hourly(db, FRI_10, FRI_10 + timedelta(days=4))
    sun_10, mon_04, mon_10 = (FRI_10 + timedelta(days=2), FRI_10 + timedelta(hours=66),
                              FRI_10 + timedelta(days=3))
    # Then, still unanswered, the desk is reminded every two office hours (Monday 12:00,
    # 14:00, 16:00 and 18:00, when the office closes; the next is Tuesday 10:30).
    repeats = [mon_10 + timedelta(hours=h) for h in (2, 4, 6, 8)]
    assert fired == [("reply-remind-24h", sun_10), ("reply-remind-6h", mon_04),
                     ("reply-overdue", mon_10), *(("reply-repeat", at) for at in repeats)]
    async with SqlUnitOfWork(db.writer()) as uow:
        rows = list(await uow.session.scalars(select(FiredRow.level).where(
            FiredRow.entity_id == t.id)))
        again = await uow.tickets.get(t.id)
    assert sorted(rows) == ["reply-overdue#1", "reply-remind-24h#1", "reply-remind-6h#1",
                            "reply-repeat-1#1", "reply-repeat-2#1", "reply-repeat-3#1",
                            "reply-repeat-4#1"]
    assert again is not None and again.next_due_at == mon_10 + timedelta(days=1, minutes=30)


async def test_reopen_starts_a_new_clock_and_estate_settings_shape_it(db: Database) -> None:
    office = await build_office(db, FRI_10, plumbers=1, settings={
        "complaints": {"reply_hours": 48, "remind_hours": [12]}})
    t = await file(db, office)
    assert t.reply_due == FRI_10 + timedelta(hours=48)
    t = await run(db, complaints.reply, office.desk, t.id, "Done", FRI_10 + HOUR)
    t = await run(db, complaints.not_satisfied, office.resident, t.id, "Not done",
                  FRI_10 + 2 * HOUR)
    fired = await sweep_hourly(db, FRI_10, FRI_10 + timedelta(days=3))
    assert [level for level, _ in fired if level != "reply-repeat"] == \
        ["reply-remind-12h", "reply-overdue"]
    assert fired[1][1] == FRI_10 + 2 * HOUR + timedelta(hours=48)


MON_0900 = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # Monday 09:00 in Hong Kong


async def test_weekly_report_fires_once_per_estate_and_week(db: Database) -> None:
    office = await build_office(db, FRI_10, plumbers=1)
    assert await run(db, complaints.weekly_reports, MON_0900) == 0  # no complaints yet
    t = await file(db, office)
    await file(db, office, category="noise", description="Drilling at 7 a.m.")
    await run(db, complaints.reply, office.desk, t.id, "Cleaned", FRI_10 + HOUR)
    await run(db, complaints.satisfied, office.resident, t.id, 5, FRI_10 + 2 * HOUR)
    assert await run(db, complaints.weekly_reports, MON_0900 - timedelta(minutes=1)) == 0
    assert await run(db, complaints.weekly_reports, MON_0900) == 1
    assert await run(db, complaints.weekly_reports, MON_0900 + HOUR) == 0
    assert await run(db, complaints.weekly_reports, MON_0900 + timedelta(days=1)) == 0
    assert await run(db, complaints.weekly_reports, MON_0900 + timedelta(days=7)) == 1
    async with SqlUnitOfWork(db.writer()) as uow:
        weeks = list(await uow.session.scalars(select(AuditRow.to_state).where(
            AuditRow.action == "complaint-week").order_by(AuditRow.id)))
        stats = await complaints.week_stats(uow, office.manager, office.estate.id, MON_0900,
                                            last=True)
    assert weeks == ["2026-W48", "2026-W49"]
    assert (stats.label, stats.received, stats.closed, stats.rating_avg) == ("2026-W48", 2, 1, 5)
    assert dict(stats.by_category)["noise"] == 1 and dict(stats.by_category)["cleaning"] == 1
    assert (stats.replied_in_time, stats.reply_decided, stats.reply_pending) == (1, 1, 1)


async def test_clock_jumps_over_the_reminders_only_the_current_one_goes_out(db: Database) -> None:
    """The bot was down: a reminder whose moment has passed is dropped (claimed, audited,
    never sent); the overdue alert or the later reminder says it all."""
    office = await build_office(db, FRI_10, plumbers=1)
    late = await file(db, office)  # reminders at +48 h and +66 h, overdue at +72 h
    later = await file(db, office, category="noise", description="Drilling at 7 a.m.")
    # Down from Friday to Monday 05:00 (+67 h): the 24-hour reminder's moment is gone.
    first = await run(db, repair.sweep_deadlines, FRI_10 + timedelta(hours=67))
    assert sorted(first.fired) == [(late.id, "reply-remind-6h"), (later.id, "reply-remind-6h")]
    assert sorted(first.dropped) == [(late.id, "reply-remind-24h"),
                                     (later.id, "reply-remind-24h")]
    await run(db, complaints.reply, office.desk, later.id, "On it", FRI_10 + 68 * HOUR)
    # Down again over the deadline: only the overdue alert for the one still waiting.
    second = await run(db, repair.sweep_deadlines, FRI_10 + timedelta(hours=80))
    # (The repeated reminder due meanwhile is dropped: the alert beside it says it all.)
    assert (second.fired, second.dropped) == ([(late.id, "reply-overdue")],
                                              [(late.id, "reply-repeat")])
    # A complaint filed and left: jumping straight past its deadline drops both reminders.
    third = await file(db, office, at=FRI_10 + 80 * HOUR)
    swept = await run(db, repair.sweep_deadlines, FRI_10 + 80 * HOUR + timedelta(days=5))
    assert sorted(swept.fired) == [(late.id, "reply-repeat"), (third.id, "reply-overdue")]
    assert sorted(level for _, level in swept.dropped) == ["reply-remind-24h",
                                                           "reply-remind-6h", "reply-repeat"]
    # Still unanswered weeks later: one repeated reminder each, not one per missed interval.
    assert sorted((await run(db, repair.sweep_deadlines, FRI_10 + timedelta(days=20))).fired) \
        == [(late.id, "reply-repeat"), (third.id, "reply-repeat")]
    async with SqlUnitOfWork(db.writer()) as uow:
        dropped = list(await uow.session.scalars(select(AuditRow.to_state).where(
            AuditRow.action == "deadline-dropped", AuditRow.entity_id == str(third.id))))
        t = await uow.tickets.get(third.id)
    assert sorted(dropped) == ["reply-remind-24h", "reply-remind-6h", "reply-repeat"]
    assert t is not None and t.next_due_at is not None


async def week_reports(db: Database, now: datetime) -> list[cev.ComplaintWeekReport]:
    """One run of the weekly job; returns the reports it recorded."""
    async with SqlUnitOfWork(db.writer()) as uow:
        await complaints.weekly_reports(uow, now)
        events = [e for e in uow.events if isinstance(e, cev.ComplaintWeekReport)]
        await uow.commit()
    return events


async def test_weekly_report_due_while_down_goes_out_late_once(db: Database) -> None:
    office = await build_office(db, FRI_10, plumbers=1)
    await file(db, office)
    # Down from Friday until Wednesday 10:00 (past the old Tuesday 09:00 catch-up window).
    wed = MON_0900 + timedelta(days=2, hours=1)
    late = await week_reports(db, wed)
    assert [(e.stats.label, e.late_since) for e in late] == [("2026-W48", MON_0900)]
    assert late[0].stats.at == wed and late[0].stats.received == 1
    assert await week_reports(db, wed + HOUR) == []
    # On time the next Monday: not marked late (a few minutes after 09:00 is on time).
    on_time = await week_reports(db, MON_0900 + timedelta(days=7, minutes=5))
    assert [(e.stats.label, e.late_since) for e in on_time] == [("2026-W49", None)]
    # Down for two Mondays: both reports, oldest first, each once and marked late.
    back = MON_0900 + timedelta(days=21, hours=3)
    both = await week_reports(db, back)
    assert [(e.stats.label, e.late_since) for e in both] == [
        ("2026-W50", MON_0900 + timedelta(days=14)), ("2026-W51", MON_0900 + timedelta(days=21))]
    assert await week_reports(db, back + timedelta(days=1)) == []
    async with SqlUnitOfWork(db.writer()) as uow:
        weeks = list(await uow.session.scalars(select(AuditRow.to_state).where(
            AuditRow.action == "complaint-week").order_by(AuditRow.id)))
    assert weeks == ["2026-W48", "2026-W49", "2026-W50", "2026-W51"]


async def test_no_late_report_for_weeks_before_complaints_were_in_use(db: Database) -> None:
    office = await build_office(db, FRI_10, plumbers=1)
    # The first complaint ever, on a Wednesday: last week's report was not due (nothing was
    # in use by Monday 09:00), so nothing is sent late either.
    wed = MON_0900 + timedelta(days=2)
    await file(db, office, at=wed)
    assert await week_reports(db, wed + HOUR) == []
    assert [e.stats.label for e in await week_reports(db, MON_0900 + timedelta(days=7))] == [
        "2026-W49"]


async def test_a_reopened_complaint_counts_a_new_reply_cycle(db: Database) -> None:
    office = await build_office(db, FRI_10, plumbers=1)
    mon = MON_0900 - timedelta(days=7)  # Monday 23 November 09:00
    t = await file(db, office, at=mon)
    await run(db, complaints.reply, office.desk, t.id, "Cleaned", mon + HOUR)
    await run(db, complaints.not_satisfied, office.resident, t.id, "Still dirty", mon + 2 * HOUR)
    # Nobody replies to the reopened complaint; on Monday it is overdue in its second cycle.
    [report] = await week_reports(db, MON_0900)
    s = report.stats
    assert (s.received, s.replied_in_time, s.reply_decided, s.replied_pct) == (1, 1, 2, 50)
    assert [(o.ticket_id, o.cycle) for o in s.overdue] == [(t.id, 2)]
    async with SqlUnitOfWork(db.writer()) as uow:
        again = await uow.tickets.get(t.id)
    assert again is not None and [c["from"] for c in again.extra["cycles"]] == [
        mon.isoformat(), (mon + 2 * HOUR).isoformat()]
