"""A resident answering the survey: start, answer the current step, go back, continue later;
or the desk entering a household's paper form the same way (`on_paper`).

Progress lives in the database (the response row), so a pause, a /cancel or a restart loses
nothing. When the campaign is anonymous, a finished response is cut loose from its household:
the office sees which households answered, not who said what."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.errors import Conflict, InvalidInput, NotFound
from domain.model import Actor, StaffRole
from domain.ports import SurveyUnitOfWork
from domain.survey.definition import Answers, Step, apply, back, current_step, progress
from domain.survey.model import (
    WAITING,
    Campaign,
    CampaignStatus,
    HouseholdStatus,
    SurveyHousehold,
    SurveyResponse,
)

PAPER_CLERKS = (StaffRole.DESK, StaffRole.MANAGER)


@dataclass(frozen=True)
class Walk:
    """Where one household stands in its questionnaire."""

    household: SurveyHousehold
    campaign: Campaign
    answers: Answers
    step: Step | None      # None: finished
    rated: int
    total: int


def on_paper(actor: Actor, h: SurveyHousehold, c: Campaign) -> bool:
    """The desk (or a manager) enters a paper form: the household has nobody on Telegram, so
    the office handed it the printed form, and types its answers in for it."""
    return h.person_id is None and h.status is not HouseholdStatus.SAMPLED \
        and actor.person is not None and actor.has_role(c.estate_id, *PAPER_CLERKS)


async def _load(uow: SurveyUnitOfWork, actor: Actor,
                household_id: int) -> tuple[SurveyHousehold, Campaign]:
    h = await uow.surveys.household(household_id)
    if h is None or actor.person is None:
        raise NotFound("survey-not-found")
    c = await uow.surveys.campaign(h.campaign_id)
    if h.person_id != actor.person.id and (c is None or not on_paper(actor, h, c)):
        raise NotFound("survey-not-found")
    if c is None or c.status is not CampaignStatus.OPEN:
        raise Conflict("survey-closed")
    if h.status is HouseholdStatus.ANSWERED:
        raise Conflict("survey-already-answered")
    return h, c


def _walk(h: SurveyHousehold, c: Campaign, answers: Answers) -> Walk:
    rated, total = progress(c.definition, answers)
    return Walk(h, c, answers, current_step(c.definition, answers), rated, total)


async def waiting_surveys(uow: SurveyUnitOfWork, actor: Actor) -> list[SurveyHousehold]:
    """Open surveys this person was asked to answer and has not finished."""
    if actor.person is None:
        return []
    return await uow.surveys.waiting_for(actor.person.id)


async def _response(uow: SurveyUnitOfWork, h: SurveyHousehold) -> SurveyResponse:
    if h.response_id is None:
        raise Conflict("survey-changed")
    found = await uow.surveys.response(h.response_id)
    if found is None:  # pragma: no cover - foreign key
        raise Conflict("survey-changed")
    return found


async def begin(uow: SurveyUnitOfWork, actor: Actor, household_id: int,
                now: datetime) -> Walk:
    """Start (or continue) the questionnaire at its first unanswered step."""
    h, c = await _load(uow, actor, household_id)
    if h.status in (HouseholdStatus.ASKED, HouseholdStatus.UNREACHABLE):
        response = await uow.surveys.add_response(c.id, h.unit_label if c.named else None)
        if not await uow.surveys.move_household(h.id, [h.status],
                                                HouseholdStatus.STARTED,
                                                response_id=response.id):
            raise Conflict("survey-changed")
        paper = h.status is HouseholdStatus.UNREACHABLE
        await uow.audit.record(at=now, entity="survey-household", entity_id=str(h.id),
                               action="paper-started" if paper else "started",
                               from_state=h.status.value,
                               to_state=HouseholdStatus.STARTED.value,
                               actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                               update_id=uow.update_id)
        fresh = await uow.surveys.household(h.id)
        assert fresh is not None
        return _walk(fresh, c, response.answers)
    return _walk(h, c, (await _response(uow, h)).answers)


async def answer(uow: SurveyUnitOfWork, actor: Actor, household_id: int, step: Step,
                 value: int | str | None, now: datetime) -> Walk:
    """Record the answer to the step shown; the last one completes the questionnaire."""
    h, c = await _load(uow, actor, household_id)
    if h.status not in WAITING or h.response_id is None:
        raise Conflict("survey-step-moved")
    response = await _response(uow, h)
    answers = apply(c.definition, response.answers, step, value)
    finished = current_step(c.definition, answers) is None
    # The answers are the resident's draft until complete (compare-and-set on its version);
    # they get no audit rows: a row per step, with its time and update, would tie an anonymous
    # answer back to the household. The household's own moves are audited.
    if not await uow.surveys.save_answers(response.id, answers, version=response.version,
                                          completed=finished):
        raise InvalidInput("survey-step-moved")
    if finished:
        values: dict[str, object] = {"answered_at": now}
        if not c.named:
            values["response_id"] = None
        if not await uow.surveys.move_household(h.id, WAITING, HouseholdStatus.ANSWERED,
                                                **values):
            raise Conflict("survey-changed")
        await uow.audit.record(at=now, entity="survey-household", entity_id=str(h.id),
                               action="answered", from_state=h.status.value,
                               to_state=HouseholdStatus.ANSWERED.value,
                               actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                               update_id=uow.update_id)
    return _walk(h, c, answers)


async def go_back(uow: SurveyUnitOfWork, actor: Actor, household_id: int,
                  step: Step) -> Walk:
    """Undo the answer before the step shown, to change it."""
    h, c = await _load(uow, actor, household_id)
    if h.response_id is None:
        raise Conflict("survey-step-moved")
    response = await _response(uow, h)
    if current_step(c.definition, response.answers) != step:
        raise InvalidInput("survey-step-moved")
    answers = back(c.definition, response.answers)
    if not await uow.surveys.save_answers(response.id, answers, version=response.version):
        raise InvalidInput("survey-step-moved")
    return _walk(h, c, answers)


async def where(uow: SurveyUnitOfWork, actor: Actor, household_id: int) -> Walk:
    """The current step without changing anything (to show it again)."""
    h, c = await _load(uow, actor, household_id)
    if h.response_id is None:
        return _walk(h, c, Answers())
    return _walk(h, c, (await _response(uow, h)).answers)


async def paper_forms(uow: SurveyUnitOfWork, actor: Actor,
                      estate_id: int) -> tuple[Campaign, list[SurveyHousehold]]:
    """The estate's open survey and its households on paper (nobody on Telegram), for the
    desk to print their forms and enter what comes back."""
    if not actor.has_role(estate_id, *PAPER_CLERKS):
        raise NotFound("survey-not-found")
    found = [c for c in await uow.surveys.campaigns(estate_id)
             if c.status is CampaignStatus.OPEN]
    if not found:
        raise NotFound("survey-paper-none-open")
    c = found[0]
    return c, [h for h in await uow.surveys.households(c.id) if on_paper(actor, h, c)]


async def paper_household(uow: SurveyUnitOfWork, actor: Actor, estate_id: int,
                          unit_label: str) -> SurveyHousehold:
    """The household on paper whose form names this unit (as printed: A-15C)."""
    _, homes = await paper_forms(uow, actor, estate_id)
    wanted = unit_label.strip().upper()
    for h in homes:
        if h.unit_label.upper() == wanted:
            if h.status is HouseholdStatus.ANSWERED:
                raise Conflict("survey-already-answered")
            return h
    raise NotFound("survey-paper-not-sampled", unit=unit_label.strip()[:20])
