"""Survey campaigns on the real store (SQLite and PostgreSQL): sampling from the registry,
sending, answering, reminders only to those who have not answered, closing with the summary,
anonymity, report reminders once, the year review, ticket satisfaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from domain import registry
from domain.errors import Conflict, NotAuthorized, NotFound
from domain.events import Event
from domain.model import Actor, Estate, Locale, Relation, StaffRole
from domain.survey import answers as sa
from domain.survey import campaigns as surveys
from domain.survey import events as ev
from domain.survey.definition import StepKind
from domain.survey.model import CampaignStatus, HouseholdStatus
from store.db import Database
from store.tables.infra import AuditRow
from store.tables.surveys import SurveyHouseholdRow, SurveyResponseRow
from store.tables.tickets import TicketRow
from store.uow import SqlUnitOfWork

NOV_27 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)     # Friday 10:00 in Hong Kong
SEND = datetime(2026, 12, 15, 2, 0, tzinfo=UTC)       # 15 Dec 10:00
REMIND_1 = datetime(2026, 12, 20, 2, 0, tzinfo=UTC)
CLOSE = datetime(2026, 12, 29, 16, 0, tzinfo=UTC)     # 30 Dec 00:00
DUE = datetime(2027, 1, 5, 1, 0, tzinfo=UTC)          # 5 Jan 09:00


@dataclass
class Estate2:
    estate: Estate
    manager: Actor
    residents: dict[str, Actor]   # unit label -> the person asked there


async def build(db: Database) -> Estate2:
    """Blocks A (10 occupied, 2 vacant) and B (10 occupied). Every occupied unit has an owner
    on Telegram, except B-10 (owner without Telegram) and B-9 (owner offline, tenant on)."""
    async with SqlUnitOfWork(db.writer()) as uow:
        estate = await registry.create_estate(uow, code="HV", name="Harbour View")
        rows = [(n, {"building": b, "unit": str(u), "occupied": "yes" if u <= 10 else "no"})
                for n, (b, u) in enumerate([(b, u) for b in "AB" for u in range(1, 13)
                                            if b == "A" or u <= 10], start=2)]
        await registry.import_units(uow, estate, rows)
        residents: dict[str, Actor] = {}
        tg = 10_000
        for b in "AB":
            for u in range(1, 11):
                unit = await registry.find_unit_by_label(uow, estate.id, f"{b}-{u}")
                tg += 1
                owner = await uow.people.add(f"Owner {b}{u}", Locale.EN,
                                             tg_user_id=None if f"{b}{u}" in ("B10", "B9")
                                             else tg)
                tenure = await uow.tenures.add(owner.id, unit.id, Relation.OWNER, date(2020, 1, 1))
                residents[unit.label] = Actor(tg, owner, (), (tenure,))
                if f"{b}{u}" == "B9":
                    tenant = await uow.people.add("Tenant B9", Locale.EN, tg_user_id=tg + 500)
                    t2 = await uow.tenures.add(tenant.id, unit.id, Relation.TENANT,
                                               date(2024, 1, 1))
                    residents[unit.label] = Actor(tg + 500, tenant, (), (t2,))
        boss = await uow.people.add("Boss", Locale.EN, tg_user_id=5000)
        job = await uow.staff.add(boss.id, estate.id, StaffRole.MANAGER, None)
        await uow.commit()
    return Estate2(estate, Actor(5000, boss, (job,), ()), residents)


async def run(db: Database, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    async with SqlUnitOfWork(db.writer()) as uow:
        result = await fn(uow, *args, **kwargs)
        await uow.commit()
        return result


async def sweep(db: Database, now: datetime, years: bool = False) -> list[Event]:
    """One sweep; returns the events it recorded (what would be sent)."""
    async with SqlUnitOfWork(db.writer()) as uow:
        await surveys.sweep_campaigns(uow, now)
        if years:
            await surveys.sweep_year_reviews(uow, now)
        events = list(uow.events)
        await uow.commit()
    return events


async def answer_all(db: Database, who: Actor, household_id: int, ratings: dict[str, int],
                     reasons: dict[str, int], at: datetime, *, stop_after: int = 99) -> sa.Walk:
    walk = await run(db, sa.begin, who, household_id, at)
    answered = 0
    while walk.step is not None and answered < stop_after:
        q = walk.campaign.definition.questions[walk.step.index] if walk.step.index >= 0 else None
        value: int | str | None = None
        if walk.step.kind is StepKind.RATE:
            value = ratings.get(q.id, 5) if q else None
        elif walk.step.kind is StepKind.REASON and q:
            value = reasons.get(q.id)
        elif walk.step.kind is StepKind.NOTE:
            value = "It took weeks"
        walk = await run(db, sa.answer, who, household_id, walk.step, value, at)
        answered += 1
    return walk


async def test_campaign_from_plan_to_review(db: Database) -> None:
    e = await build(db)
    with pytest.raises(NotAuthorized):
        await run(db, surveys.create_campaign, e.residents["A-1"], e.estate,
                  surveys.CampaignRequest(), NOV_27, seed=1)
    c = await run(db, surveys.create_campaign, e.manager, e.estate,
                  surveys.CampaignRequest(share=0.5), NOV_27, seed=42)
    assert (c.quarter, c.status, c.send_at, c.closes_at, c.report_due_at) == (
        "2026Q4", CampaignStatus.PLANNED, SEND, CLOSE, DUE)
    assert c.sample_info["per_building"] == {"A": 5, "B": 5}
    assert c.sample_info["vacant"] == 2
    with pytest.raises(Conflict):
        await run(db, surveys.create_campaign, e.manager, e.estate,
                  surveys.CampaignRequest(quarter="2026Q4"), NOV_27, seed=2)
    async with SqlUnitOfWork(db.reader()) as uow:
        homes = await uow.surveys.households(c.id)
    labels = {h.unit_label for h in homes}
    assert len(labels) == 10 and not labels & {"A-11", "A-12"}     # vacant units never
    # Reachable households come first: B-10 (nobody on Telegram) is not taken.
    assert "B-10" not in labels

    assert await sweep(db, SEND - timedelta(minutes=1)) == []
    sent = await sweep(db, SEND)
    invited = {x.household_id for x in sent if isinstance(x, ev.SurveyInvited)}
    assert len(invited) == 10 and any(isinstance(x, ev.SurveySent) for x in sent)
    assert await sweep(db, SEND + timedelta(minutes=5)) == []       # each step once
    async with SqlUnitOfWork(db.reader()) as uow:
        homes = {h.unit_label: h for h in await uow.surveys.households(c.id)}
    first, second, *rest = sorted(homes)
    a, b = homes[first], homes[second]
    # Only the person asked may answer.
    with pytest.raises(NotFound):
        await run(db, sa.begin, e.residents[second], a.id, SEND)
    walk = await answer_all(db, e.residents[first], a.id, {"repairs": 1, "security": 2},
                            {"repairs": 3}, SEND + timedelta(hours=1))
    assert walk.step is None
    await answer_all(db, e.residents[second], b.id, {}, {}, SEND, stop_after=3)
    async with SqlUnitOfWork(db.reader()) as uow:
        done = await uow.surveys.household(a.id)
        part = await uow.surveys.household(b.id)
        assert done and done.status is HouseholdStatus.ANSWERED
        assert done.response_id is None                 # anonymous: no link any more
        assert part and part.status is HouseholdStatus.STARTED and part.response_id
    with pytest.raises(Conflict):
        await run(db, sa.begin, e.residents[first], a.id, SEND)

    reminded = await sweep(db, REMIND_1)
    to = {x.household_id for x in reminded if isinstance(x, ev.SurveyInvited)}
    assert to == invited - {a.id} and all(x.reminder == 1 for x in reminded)

    closed = await sweep(db, CLOSE)
    assert [type(x) for x in closed] == [ev.SurveyClosed]
    async with SqlUnitOfWork(db.reader()) as uow:
        c = await uow.surveys.campaign(c.id)
        assert c is not None and c.status is CampaignStatus.CLOSED and c.results
        r = c.results
        assert (r["sampled"], r["asked"], r["answered"], r["started"]) == (10, 10, 1, 1)
        assert r["rate"] == 0.1
        assert [(p["service"], p["reason"], p["vital"]) for p in r["pareto"]] == [
            ("repairs", "repairs-slow", True), ("security", "", True)]
        assert r["reasons_given"] == 1
        assert (await uow.surveys.household(b.id)).response_id is None  # type: ignore[union-attr]
    with pytest.raises(Conflict):
        await run(db, sa.answer, e.residents[second], b.id, walk.step, 5, CLOSE)

    assert await sweep(db, DUE - timedelta(minutes=1)) == []
    due = await sweep(db, DUE)
    assert [(type(x), getattr(x, "level", "")) for x in due] == [
        (ev.SurveyReportDue, "report-due")]
    assert await sweep(db, DUE + timedelta(hours=1)) == []
    with pytest.raises(NotAuthorized):
        await run(db, surveys.mark_reviewed, e.residents[first], c.id, DUE)
    await run(db, surveys.mark_reviewed, e.manager, c.id, DUE + timedelta(hours=2))
    assert [x for x in await sweep(db, DUE + timedelta(days=2))
            if isinstance(x, ev.SurveyReportDue)] == []

    async with SqlUnitOfWork(db.reader()) as uow:
        actions = list(await uow.session.scalars(select(AuditRow.action).where(
            AuditRow.entity == "survey", AuditRow.entity_id == str(c.id)).order_by(AuditRow.id)))
        steps = list(await uow.session.scalars(select(AuditRow.action).where(
            AuditRow.entity == "survey-household", AuditRow.entity_id == str(a.id))
            .order_by(AuditRow.id)))
        about_answers = await uow.session.scalar(select(func.count()).select_from(AuditRow)
                                                 .where(AuditRow.entity == "survey-response"))
    assert actions == ["created", "sent", "reminded", "closed", "reviewed"]
    assert steps == ["asked", "started", "answered"]
    assert about_answers == 0   # nothing in the log ties an answer to its household


async def test_the_next_years_sample_avoids_households_asked_within_twelve_months(
        db: Database) -> None:
    e = await build(db)
    first = await run(db, surveys.create_campaign, e.manager, e.estate,
                      surveys.CampaignRequest(share=0.5), NOV_27, seed=3)
    await sweep(db, SEND)
    async with SqlUnitOfWork(db.reader()) as uow:
        before = {h.unit_id for h in await uow.surveys.households(first.id)}
    # Q1 2027 (March): the December households are skipped while others remain.
    q1 = await run(db, surveys.create_campaign, e.manager, e.estate,
                   surveys.CampaignRequest(quarter="2027Q1", share=0.5), NOV_27, seed=4)
    async with SqlUnitOfWork(db.reader()) as uow:
        now = {h.unit_id for h in await uow.surveys.households(q1.id)}
    assert not before & now and q1.sample_info["repeats"] == 0
    # Q2 2027: only the vacant-free rest is left, so some are asked again and recorded so.
    q2 = await run(db, surveys.create_campaign, e.manager, e.estate,
                   surveys.CampaignRequest(quarter="2027Q2", share=0.5), NOV_27, seed=5)
    assert q2.sample_info["repeats"] == 10
    # A cancelled campaign does not count as having asked anyone.
    await run(db, surveys.cancel_campaign, e.manager, q2.id, NOV_27)
    await run(db, surveys.cancel_campaign, e.manager, q1.id, NOV_27)
    again = await run(db, surveys.create_campaign, e.manager, e.estate,
                      surveys.CampaignRequest(quarter="2027Q1", share=0.5), NOV_27, seed=6)
    assert again.sample_info["repeats"] == 0


async def test_year_review_on_2_january_and_its_reminder(db: Database) -> None:
    e = await build(db)
    c = await run(db, surveys.create_campaign, e.manager, e.estate,
                  surveys.CampaignRequest(share=0.5), NOV_27, seed=7)
    await sweep(db, SEND)
    async with SqlUnitOfWork(db.reader()) as uow:
        h = (await uow.surveys.households(c.id))[0]
    who = next(a for a in e.residents.values() if a.person_id == h.person_id)
    await answer_all(db, who, h.id, {"cleaning": 2}, {"cleaning": 4}, SEND)
    await sweep(db, CLOSE)
    jan_2 = datetime(2027, 1, 2, 1, 0, tzinfo=UTC)
    assert not [x for x in await sweep(db, jan_2 - timedelta(minutes=1), True)
                if isinstance(x, ev.SurveyYearReview)]
    made = [x for x in await sweep(db, jan_2, True) if isinstance(x, ev.SurveyYearReview)]
    assert len(made) == 1
    assert not [x for x in await sweep(db, jan_2 + timedelta(hours=1), True)
                if isinstance(x, ev.SurveyYearReview)]
    async with SqlUnitOfWork(db.reader()) as uow:
        review = await uow.surveys.year_review(made[0].review_id)
    assert review is not None and review.results["answered"] == 1
    assert [q["quarter"] for q in review.results["quarters"]] == ["2026Q4"]
    assert review.results["fishbone"][4]["count"] == 1   # environment: pests
    reminders = [x for x in await sweep(db, DUE, True) if isinstance(x, ev.SurveyYearReviewDue)]
    assert len(reminders) == 1
    assert not [x for x in await sweep(db, DUE + timedelta(days=1), True)
                if isinstance(x, ev.SurveyYearReviewDue)]
    await run(db, surveys.mark_year_reviewed, e.manager, review.id, DUE)
    with pytest.raises(Conflict):
        await run(db, surveys.mark_year_reviewed, e.manager, review.id, DUE)


async def test_ticket_satisfaction_per_kind_for_the_quarter(db: Database) -> None:
    e = await build(db)
    async with SqlUnitOfWork(db.writer()) as uow:
        for n, (kind, sat, rating, at) in enumerate([
                ("repair", 5, 4, datetime(2026, 10, 3, tzinfo=UTC)),
                ("repair", 3, None, datetime(2026, 12, 3, tzinfo=UTC)),
                ("complaint", 2, None, datetime(2026, 11, 3, tzinfo=UTC)),
                ("repair", 1, 1, datetime(2026, 9, 3, tzinfo=UTC))]):   # last quarter
            uow.session.add(TicketRow(
                number=f"X-{n}", kind=kind, estate_id=e.estate.id, status="closed",
                category="other", description="-", urgency="normal", created_at=at,
                satisfaction=sat, satisfaction_at=at, rating=rating, confirmed_at=at,
                extra={}))
        await uow.commit()
    async with SqlUnitOfWork(db.reader()) as uow:
        scores = await uow.surveys.ticket_scores(e.estate.id,
                                                 datetime(2026, 9, 30, 16, tzinfo=UTC),
                                                 datetime(2026, 12, 31, 16, tzinfo=UTC))
    assert [(s.kind, s.satisfaction_n, s.satisfaction_avg, s.rating_n, s.rating_avg)
            for s in scores] == [("complaint", 1, 2.0, 0, None), ("repair", 2, 4.0, 1, 4.0)]


async def test_named_campaign_keeps_the_unit_with_the_answers(db: Database) -> None:
    e = await build(db)
    c = await run(db, surveys.create_campaign, e.manager, e.estate,
                  surveys.CampaignRequest(share=0.1, named=True), NOV_27, seed=8)
    await sweep(db, SEND)
    async with SqlUnitOfWork(db.reader()) as uow:
        h = (await uow.surveys.households(c.id))[0]
    who = next(a for a in e.residents.values() if a.person_id == h.person_id)
    await answer_all(db, who, h.id, {}, {}, SEND)
    async with SqlUnitOfWork(db.reader()) as uow:
        row = (await uow.session.execute(select(SurveyHouseholdRow.response_id,
                                                SurveyResponseRow.unit_label)
                                         .join(SurveyResponseRow, SurveyResponseRow.id ==
                                               SurveyHouseholdRow.response_id))).one()
    assert row.unit_label == h.unit_label


async def test_the_summary_compares_with_the_last_quarters(db: Database) -> None:
    e = await build(db)
    aug = datetime(2026, 8, 3, 2, 0, tzinfo=UTC)
    q3 = await run(db, surveys.create_campaign, e.manager, e.estate,
                   surveys.CampaignRequest(quarter="2026Q3", share=0.25), aug, seed=9)
    await sweep(db, q3.send_at)
    async with SqlUnitOfWork(db.reader()) as uow:
        h = (await uow.surveys.households(q3.id))[0]
    who = next(a for a in e.residents.values() if a.person_id == h.person_id)
    await answer_all(db, who, h.id, {"desk": 3}, {}, q3.send_at)
    await sweep(db, q3.closes_at)
    q4 = await run(db, surveys.create_campaign, e.manager, e.estate,
                   surveys.CampaignRequest(share=0.25), q3.closes_at, seed=10)
    assert q4.quarter == "2026Q4"
    await sweep(db, q4.send_at)
    await sweep(db, q4.closes_at)
    async with SqlUnitOfWork(db.reader()) as uow:
        closed = await uow.surveys.campaign(q4.id)
    assert closed is not None and closed.results is not None
    trend = closed.results["trend"]
    assert [(t["quarter"], t["rate"], t["services"]["desk"]) for t in trend] == [
        ("2026Q3", 0.2, 3.0)]
    assert closed.results["answered"] == 0 and closed.results["rate"] == 0.0


async def test_due_today_reminders_found_days_later_are_dropped(db: Database) -> None:
    """The bot was down over the due days: "the summary is due today" and "the year review
    is due today" are not sent days late; the overdue chase still goes out once."""
    e = await build(db)
    c = await run(db, surveys.create_campaign, e.manager, e.estate,
                  surveys.CampaignRequest(share=0.5), NOV_27, seed=7)
    await sweep(db, SEND)
    async with SqlUnitOfWork(db.reader()) as uow:
        h = (await uow.surveys.households(c.id))[0]
    who = next(a for a in e.residents.values() if a.person_id == h.person_id)
    await answer_all(db, who, h.id, {"cleaning": 2}, {"cleaning": 4}, SEND)
    await sweep(db, CLOSE)
    jan_2 = datetime(2027, 1, 2, 1, 0, tzinfo=UTC)
    assert [type(x) for x in await sweep(db, jan_2, True)] == [ev.SurveyYearReview]
    # Down from 2 January until 6 January 05:00: the summary's "due today" (5 January) is a
    # day old and its overdue chase (6 January 09:00) not yet due; the year review's "due
    # today" (5 January) too.
    back = DUE + timedelta(hours=20)
    assert await sweep(db, back, True) == []
    overdue = await sweep(db, DUE + timedelta(days=1), True)
    assert [(type(x), getattr(x, "level", "")) for x in overdue] == [
        (ev.SurveyReportDue, "report-overdue")]
    assert await sweep(db, DUE + timedelta(days=9), True) == []
    async with SqlUnitOfWork(db.reader()) as uow:
        dropped = list(await uow.session.scalars(select(AuditRow.entity).where(
            AuditRow.action == "reminder-dropped").order_by(AuditRow.id)))
    assert sorted(dropped) == ["survey", "survey-year"]


async def test_year_review_due_reminder_goes_out_later_the_same_day(db: Database) -> None:
    e = await build(db)
    c = await run(db, surveys.create_campaign, e.manager, e.estate,
                  surveys.CampaignRequest(share=0.5), NOV_27, seed=7)
    await sweep(db, SEND)
    await sweep(db, CLOSE)
    await sweep(db, datetime(2027, 1, 2, 1, 0, tzinfo=UTC), True)
    await run(db, surveys.mark_reviewed, e.manager, c.id, DUE - timedelta(days=1))
    # Back at 23:00 on 5 January: still "today", so the reminder goes out.
    later = [type(x) for x in await sweep(db, DUE + timedelta(hours=14), True)]
    assert later == [ev.SurveyYearReviewDue]


async def test_reminders_jumped_over_are_not_sent_late(db: Database) -> None:
    """Down over several reminder days: only the newest reminder goes out; down over the
    closing too: none, the summary says it all."""
    e = await build(db)
    c = await run(db, surveys.create_campaign, e.manager, e.estate,
                  surveys.CampaignRequest(share=0.5, reminder_days=(3, 5, 7)), NOV_27, seed=7)
    await sweep(db, SEND)
    async with SqlUnitOfWork(db.reader()) as uow:
        fresh = await uow.surveys.campaign(c.id)
    assert fresh is not None and len(fresh.reminders) == 3
    # Back after the second reminder's day, before the third's: only the second is sent.
    back = fresh.reminders[1] + timedelta(hours=5)
    sent = [x.reminder for x in await sweep(db, back) if isinstance(x, ev.SurveyInvited)]
    assert sent and set(sent) == {2}
    # Down over the third reminder and the closing: the campaign closes, nobody is reminded.
    closed = await sweep(db, CLOSE + timedelta(days=2))
    assert [type(x) for x in closed] == [ev.SurveyClosed]
    async with SqlUnitOfWork(db.reader()) as uow:
        reminded = list(await uow.session.scalars(select(AuditRow.to_state).where(
            AuditRow.entity == "survey", AuditRow.action == "reminded")))
    assert reminded == ["remind-2"]
