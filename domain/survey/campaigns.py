"""Satisfaction survey campaigns (業主評議表): planning and sampling, sending, reminders,
closing with the summary, the manager's review, and the year review by 5 January.

Every change is a compare-and-set plus an audit row; messages are events rendered into the
outbox by `bot/notices/surveys.py` in the same transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from domain.calendar import zone
from domain.deadlines import same_day
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, Estate, Person, Relation, StaffRole, Tenure
from domain.ports import SurveyUnitOfWork
from domain.survey import events as ev
from domain.survey.analysis import summarise
from domain.survey.definition import Answers, Definition
from domain.survey.model import (
    CAMPAIGN_MOVES,
    WAITING,
    Campaign,
    CampaignStatus,
    HouseholdStatus,
    Quarter,
    SurveyPolicy,
    at_local,
    default_quarter,
    due_now,
    next_due,
    schedule,
)
from domain.survey.questionnaire import standing
from domain.survey.sampling import sample_households

ENTITY = "survey"
YEAR_ENTITY = "survey-year"
TREND_QUARTERS = 4
PREFERENCE = (Relation.OWNER, Relation.CO_OWNER, Relation.TENANT, Relation.PROXY)


def local_today(estate: Estate, now: datetime) -> date:
    return now.astimezone(zone(estate.tz)).date()


def require_manager(actor: Actor | None, estate_id: int) -> None:
    """Only the estate's managers run surveys (the command line acts as the office)."""
    if actor is not None and not actor.has_role(estate_id, StaffRole.MANAGER):
        raise NotAuthorized("survey-managers-only")


async def _campaign(uow: SurveyUnitOfWork, campaign_id: int) -> Campaign:
    found = await uow.surveys.campaign(campaign_id)
    if found is None:
        raise NotFound("survey-not-found")
    return found


async def _move(uow: SurveyUnitOfWork, actor: Actor | None, c: Campaign, to: CampaignStatus,
                now: datetime, *, action: str, detail: dict[str, Any] | None = None,
                **values: Any) -> Campaign:
    """Compare-and-set on status and version; the next deadline follows the new status."""
    if to not in CAMPAIGN_MOVES[c.status]:
        raise Conflict("survey-wrong-state", status=c.status.value)
    fired = await uow.fired.fired(ENTITY, c.id)
    values["next_due_at"] = next_due(replace(c, status=to, **values), fired)
    updated = await uow.surveys.transition(c.id, [c.status], to, version=c.version, **values)
    if updated is None:
        raise Conflict("survey-changed")
    await uow.audit.record(at=now, entity=ENTITY, entity_id=str(c.id), action=action,
                           actor_person_id=actor.person_id if actor else None,
                           actor_tg_id=actor.tg_user_id if actor else None,
                           from_state=c.status.value, to_state=to.value,
                           update_id=uow.update_id, detail=detail)
    return updated


# ---------------------------------------------------------------- planning


@dataclass(frozen=True)
class CampaignRequest:
    """What the office asks for; anything left out comes from the estate's policy."""

    quarter: str | None = None
    share: float | None = None
    send_on: date | None = None
    window_days: int | None = None
    reminder_days: tuple[int, ...] | None = None
    definition: Definition | None = None
    named: bool | None = None


async def create_campaign(uow: SurveyUnitOfWork, actor: Actor | None, estate: Estate,
                          request: CampaignRequest, now: datetime, *, seed: int) -> Campaign:
    """Plan a quarter's survey: the dates, the questions, and the sample, recorded now."""
    require_manager(actor, estate.id)
    policy = SurveyPolicy.of(estate)
    today = local_today(estate, now)
    quarter = Quarter.parse(request.quarter) if request.quarter else default_quarter(today)
    share = policy.share if request.share is None else request.share
    if not 0 < share <= 1:
        raise InvalidInput("survey-bad-share")
    plan = schedule(quarter, estate.tz, today, policy, send_on=request.send_on,
                    window_days=request.window_days, reminder_days=request.reminder_days)
    if await uow.surveys.campaign_for_quarter(estate.id, quarter.label) is not None:
        raise Conflict("survey-exists", quarter=quarter.label)
    frame = await uow.surveys.sampling_frame(estate.id)
    sample = sample_households(frame, share=share, on=plan.send_on, seed=seed)
    if not sample.unit_ids:
        raise InvalidInput("survey-no-households")
    info = {"target": sample.target, "occupied": sample.occupied,
            "per_building": sample.per_building, "repeats": len(sample.repeats),
            "unreachable": len(sample.unreachable), "vacant": len(frame) - sample.occupied}
    draft = Campaign(
        id=0, estate_id=estate.id, quarter=quarter.label, status=CampaignStatus.PLANNED,
        share=share, send_on=plan.send_on, send_at=plan.send_at, closes_at=plan.closes_at,
        report_due_at=plan.report_due_at, reminders=plan.reminders,
        definition=request.definition or standing(estate),
        named=policy.named if request.named is None else request.named, created_at=now,
        seed=seed, sample_info=info, created_by=actor.person_id if actor else None)
    campaign = await uow.surveys.add_campaign(replace(draft, next_due_at=plan.send_at))
    repeats = set(sample.repeats)
    await uow.surveys.add_households(campaign.id, [(u, u in repeats) for u in sample.unit_ids])
    await uow.audit.record(at=now, entity=ENTITY, entity_id=str(campaign.id), action="created",
                           actor_person_id=actor.person_id if actor else None,
                           actor_tg_id=actor.tg_user_id if actor else None,
                           to_state=CampaignStatus.PLANNED.value, update_id=uow.update_id,
                           detail={"quarter": quarter.label, "seed": seed, **info})
    uow.emit(ev.SurveyCreated(campaign.id))
    return campaign


async def cancel_campaign(uow: SurveyUnitOfWork, actor: Actor | None, campaign_id: int,
                          now: datetime) -> Campaign:
    """Stop a survey that has not closed yet: nothing more is sent or accepted."""
    c = await _campaign(uow, campaign_id)
    require_manager(actor, c.estate_id)
    updated = await _move(uow, actor, c, CampaignStatus.CANCELLED, now, action="cancelled")
    if not c.named:
        await uow.surveys.unlink_responses(c.id)
    uow.emit(ev.SurveyCancelled(c.id, actor.person_id if actor else None))
    return updated


async def mark_reviewed(uow: SurveyUnitOfWork, actor: Actor, campaign_id: int,
                        now: datetime) -> Campaign:
    """A manager has gone through the summary: no more reminders."""
    c = await _campaign(uow, campaign_id)
    require_manager(actor, c.estate_id)
    if c.status is CampaignStatus.REVIEWED:
        raise Conflict("survey-already-reviewed")
    updated = await _move(uow, actor, c, CampaignStatus.REVIEWED, now, action="reviewed",
                          reviewed_at=now, reviewed_by=actor.person_id)
    uow.emit(ev.SurveyReviewed(c.id, actor.person_id or 0))
    return updated


# ---------------------------------------------------------------- the sweeper's steps


def recipient(people: Sequence[tuple[Tenure, Person]]) -> Person | None:
    """Who in a household gets the form: an owner first, then co-owner, tenant, proxy."""
    reachable = [(t, p) for t, p in people if p.tg_user_id is not None and not p.blocked]
    reachable.sort(key=lambda tp: (PREFERENCE.index(tp[0].relation), tp[0].id))
    return reachable[0][1] if reachable else None


async def _send(uow: SurveyUnitOfWork, c: Campaign, now: datetime) -> Campaign:
    """Send the invitations; a household with nobody on Telegram is marked for paper."""
    for h in await uow.surveys.households(c.id, [HouseholdStatus.SAMPLED]):
        person = recipient(await uow.tenures.active_for_unit(h.unit_id))
        if person is None:
            await uow.surveys.move_household(h.id, [HouseholdStatus.SAMPLED],
                                             HouseholdStatus.UNREACHABLE)
            action = "unreachable"
        else:
            await uow.surveys.move_household(h.id, [HouseholdStatus.SAMPLED],
                                             HouseholdStatus.ASKED, person_id=person.id,
                                             asked_at=now)
            uow.emit(ev.SurveyInvited(h.id))
            action = "asked"
        await uow.audit.record(at=now, entity="survey-household", entity_id=str(h.id),
                               action=action, to_state=action,
                               detail={"campaign": c.id, "unit": h.unit_label})
    updated = await _move(uow, None, c, CampaignStatus.OPEN, now, action="sent", sent_at=now)
    uow.emit(ev.SurveySent(c.id))
    return updated


async def _remind(uow: SurveyUnitOfWork, c: Campaign, n: int, now: datetime) -> None:
    """Remind only the households that have not finished."""
    waiting = await uow.surveys.households(c.id, WAITING)
    for h in waiting:
        uow.emit(ev.SurveyInvited(h.id, reminder=n))
    await uow.audit.record(at=now, entity=ENTITY, entity_id=str(c.id), action="reminded",
                           to_state=f"remind-{n}", detail={"households": len(waiting)})


async def summary_of(uow: SurveyUnitOfWork, c: Campaign) -> dict[str, Any]:
    """The quarter's summary: counts, scores, Pareto, fishbone, tickets, trend."""
    households = await uow.surveys.households(c.id)
    responses = await uow.surveys.completed(c.id)
    # Reached in chat (someone was sent the invitation) or on paper (nobody on Telegram: the
    # office hands out the form and the desk enters it, `answers.begin` for the office). The
    # response rate counts both: a paper form never returned is a household that did not answer.
    reached = [h for h in households if h.status is not HouseholdStatus.SAMPLED]
    paper = [h for h in reached if h.person_id is None]
    summary = summarise(((c.definition, r.answers) for r in responses),
                        sampled=len(households), asked=len(reached),
                        started=sum(h.status is HouseholdStatus.STARTED for h in households))
    estate = await uow.estates.get(c.estate_id)
    tz = estate.tz if estate else "UTC"
    q = c.period
    tickets = await uow.surveys.ticket_scores(c.estate_id, at_local(q.first_day, 0, tz),
                                              at_local(q.next.first_day, 0, tz))
    earlier = [p for p in await uow.surveys.campaigns(c.estate_id, limit=24)
               if p.results and p.period < q][:TREND_QUARTERS]
    trend = [{"quarter": p.quarter, "rate": p.results.get("rate"),
              "overall": (p.results.get("overall") or {}).get("avg"),
              "services": {s: v.get("avg") for s, v in p.results.get("services", {}).items()}}
             for p in reversed(earlier) if p.results]
    out = summary.to_json()
    out.update(unreachable=len(paper), asked_chat=len(reached) - len(paper),
               paper_answered=sum(h.status is HouseholdStatus.ANSWERED for h in paper),
               repeats=sum(h.repeat for h in households),
               tickets=[t.__dict__ for t in tickets], trend=trend)
    return out


async def _close(uow: SurveyUnitOfWork, c: Campaign, now: datetime) -> Campaign:
    results = await summary_of(uow, c)
    updated = await _move(uow, None, c, CampaignStatus.CLOSED, now, action="closed",
                          closed_at=now, results=results,
                          detail={"answered": results["answered"], "asked": results["asked"]})
    if not c.named:
        # Partial answers too: from now on nothing ties an answer to a household.
        await uow.surveys.unlink_responses(c.id)
    uow.emit(ev.SurveyClosed(c.id))
    return updated


async def _today(uow: SurveyUnitOfWork, estate_id: int, due: datetime, now: datetime) -> bool:
    estate = await uow.estates.get(estate_id)
    return same_day(due, now, estate.tz if estate else "UTC")


async def _dropped(uow: SurveyUnitOfWork, entity: str, entity_id: int, level: str,
                   due: datetime, now: datetime) -> None:
    """A reminder claimed after its moment passed: recorded, not sent."""
    await uow.audit.record(at=now, entity=entity, entity_id=str(entity_id),
                           action="reminder-dropped", to_state=level,
                           detail={"due": due.isoformat()})


@dataclass
class SweepReport:
    fired: list[tuple[int, str]] = field(default_factory=list)


async def sweep_campaigns(uow: SurveyUnitOfWork, now: datetime, limit: int = 20) -> SweepReport:
    """Fire each due step of each campaign once: send, remind, close, report reminders."""
    report = SweepReport()
    for c in await uow.surveys.due(now, limit):
        fired = await uow.fired.fired(ENTITY, c.id)
        due = due_now(c, fired, now)
        current = c
        for d in due:
            if not await uow.fired.claim(ENTITY, c.id, d.level, now):
                continue
            fired.add(d.level)
            report.fired.append((c.id, d.level))
            later = [x for x in due if x.due > d.due]
            if d.level == "send":
                current = await _send(uow, current, now)
            elif d.level.startswith("remind-"):
                # Several reminders due at once (the bot was down): only the last is sent.
                if not any(x.level.startswith(("remind-", "close")) for x in later):
                    await _remind(uow, current, int(d.level.split("-")[1]), now)
            elif d.level == "close":
                current = await _close(uow, current, now)
            elif d.level in ("report-due", "report-overdue") and not any(
                    x.level == "report-overdue" for x in later):
                if d.level == "report-due" and not await _today(uow, c.estate_id, d.due, now):
                    # "due today" found on another day (the bot was down): dropped
                    await _dropped(uow, ENTITY, c.id, d.level, d.due, now)
                    continue
                uow.emit(ev.SurveyReportDue(c.id, d.level))
        fresh = await uow.surveys.campaign(c.id) or current
        await uow.surveys.set_next_due(c.id, fresh.version, next_due(fresh, fired))
    return report


# ---------------------------------------------------------------- the year review


def review_opens(year: int, tz: str, policy: SurveyPolicy) -> datetime:
    """The year's review is made on 2 January, after the last quarter closed."""
    return at_local(date(year + 1, 1, 2), policy.report_hour, tz)


def review_due(year: int, tz: str, policy: SurveyPolicy) -> datetime:
    """每年1月5日之前."""
    return at_local(date(year + 1, 1, 5), policy.report_hour, tz)


async def year_summary(uow: SurveyUnitOfWork, estate: Estate, year: int,
                       campaigns: list[Campaign]) -> dict[str, Any]:
    """Each quarter's figures, and the year's problems and causes together."""
    pairs = [(c.definition, r.answers) for c in campaigns
             for r in await uow.surveys.completed(c.id)]
    whole = summarise(pairs, sampled=sum(int((c.results or {}).get("sampled", 0))
                                         for c in campaigns),
                      asked=sum(int((c.results or {}).get("asked", 0)) for c in campaigns))
    tickets = await uow.surveys.ticket_scores(estate.id, at_local(date(year, 1, 1), 0, estate.tz),
                                              at_local(date(year + 1, 1, 1), 0, estate.tz))
    out = whole.to_json()
    out.update(year=year,
               quarters=[{"quarter": c.quarter, "rate": (c.results or {}).get("rate"),
                          "answered": (c.results or {}).get("answered"),
                          "asked": (c.results or {}).get("asked"),
                          "overall": ((c.results or {}).get("overall") or {}).get("avg"),
                          "services": {s: v.get("avg") for s, v in
                                       (c.results or {}).get("services", {}).items()}}
                         for c in campaigns],
               tickets=[t.__dict__ for t in tickets])
    return out


async def sweep_year_reviews(uow: SurveyUnitOfWork, now: datetime) -> int:
    """From 2 January: the year's review to the managers (once); on 5 January a reminder
    if nobody marked it reviewed."""
    done = 0
    for estate in await uow.estates.all():
        policy = SurveyPolicy.of(estate)
        year = now.astimezone(zone(estate.tz)).year - 1
        if now < review_opens(year, estate.tz, policy) or \
                await uow.surveys.year_review_for(estate.id, year) is not None:
            continue
        theirs = [c for c in await uow.surveys.campaigns(estate.id, limit=24)
                  if c.quarter.startswith(f"{year}Q")]
        closed = sorted((c for c in theirs if c.status in (CampaignStatus.CLOSED,
                                                           CampaignStatus.REVIEWED)),
                        key=lambda c: c.quarter)
        if not closed or any(c.status in (CampaignStatus.PLANNED, CampaignStatus.OPEN)
                             for c in theirs):
            continue
        review = await uow.surveys.add_year_review(
            estate.id, year, await year_summary(uow, estate, year, closed), now)
        if review is None:
            continue
        await uow.audit.record(at=now, entity=YEAR_ENTITY, entity_id=str(review.id),
                               action="created", detail={"estate": estate.id, "year": year})
        uow.emit(ev.SurveyYearReview(review.id))
        done += 1
    for review in await uow.surveys.unreviewed_years():
        place = await uow.estates.get(review.estate_id)
        if place is None:
            continue
        due = review_due(review.year, place.tz, SurveyPolicy.of(place))
        if now < due or not await uow.fired.claim(YEAR_ENTITY, review.id, "due", now):
            continue
        if review.created_at >= due:
            continue  # made late: it was just delivered, no reminder
        if not same_day(due, now, place.tz):  # "due today" days later (the bot was down)
            await _dropped(uow, YEAR_ENTITY, review.id, "due", due, now)
            continue
        uow.emit(ev.SurveyYearReviewDue(review.id))
        done += 1
    return done


async def mark_year_reviewed(uow: SurveyUnitOfWork, actor: Actor, review_id: int,
                             now: datetime) -> None:
    """A manager has gone through the year review."""
    review = await uow.surveys.year_review(review_id)
    if review is None:
        raise NotFound("survey-not-found")
    require_manager(actor, review.estate_id)
    if actor.person_id is None or not await uow.surveys.mark_year_reviewed(
            review.id, actor.person_id, now):
        raise Conflict("survey-already-reviewed")
    await uow.audit.record(at=now, entity=YEAR_ENTITY, entity_id=str(review.id),
                           action="reviewed", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id)
    uow.emit(ev.SurveyYearReviewed(review.id, actor.person_id))


async def record_past_quarter(uow: SurveyUnitOfWork, estate: Estate, quarter: Quarter,
                              answers: Sequence[Answers], *, sampled: int, asked: int,
                              now: datetime) -> Campaign:
    """A quarter the office surveyed before the bot (on paper), carried over as its summary:
    a closed campaign with results and no households, so the next summary's trend and the
    year review include it, and nobody is kept out of the next sample by it."""
    if await uow.surveys.campaign_for_quarter(estate.id, quarter.label) is not None:
        raise Conflict("survey-exists", quarter=quarter.label)
    if not 0 < asked <= sampled or len(answers) > asked:
        raise InvalidInput("survey-bad-share")
    definition = standing(estate)
    summary = summarise(((definition, a) for a in answers), sampled=sampled, asked=asked)
    results = summary.to_json()
    results.update(unreachable=0, repeats=0, tickets=[], trend=[], paper=True)
    plan = schedule(quarter, estate.tz, quarter.first_day, SurveyPolicy.of(estate))
    closed = plan.closes_at if plan.closes_at < now else now
    campaign = await uow.surveys.add_campaign(Campaign(
        id=0, estate_id=estate.id, quarter=quarter.label, status=CampaignStatus.CLOSED,
        share=asked / sampled, send_on=plan.send_on, send_at=plan.send_at,
        closes_at=plan.closes_at, report_due_at=plan.report_due_at, reminders=(),
        definition=definition, named=False, created_at=now, sent_at=plan.send_at,
        closed_at=closed, reviewed_at=closed, results=results))
    await uow.audit.record(at=now, entity=ENTITY, entity_id=str(campaign.id),
                           action="carried-over", to_state=CampaignStatus.CLOSED.value,
                           detail={"quarter": quarter.label, "answered": len(answers),
                                   "asked": asked, "sampled": sampled})
    return campaign
