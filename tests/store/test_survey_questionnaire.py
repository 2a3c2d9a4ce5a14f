"""The estate's standing questionnaire: edited by managers for the next campaign; a campaign
keeps the questions it was created with."""

from __future__ import annotations

import pytest

from domain.errors import InvalidInput, NotAuthorized
from domain.model import Estate, Locale
from domain.survey import campaigns as surveys
from domain.survey import questionnaire as qs
from domain.survey.definition import Service, default_definition, parse_definition
from store.db import Database
from store.uow import SqlUnitOfWork
from tests.store.test_surveys import NOV_27, build, run


def test_edits_reword_add_move_retire() -> None:
    d = default_definition()
    shown = {"zh-Hant": "舊字眼", "zh-Hans": "旧字眼", "en": "Old words"}
    d1 = qs.reword(d, 1, Locale.EN, "  How is our front desk? ", shown=shown)
    assert d1.questions[0].text == {"zh-Hant": "舊字眼", "zh-Hans": "旧字眼",
                                    "en": "How is our front desk?"}
    assert d.questions[0].text is None  # the original is untouched
    d2 = qs.add(d1, "greening", Locale.ZH_HANT, "平台花園的打理是否滿意？")
    assert (d2.questions[-1].id, d2.questions[-1].service) == ("greening_2", Service.GREENING)
    d3 = qs.move(d2, len(d2.questions), 1)
    assert d3.questions[0].id == "greening_2" and d3.questions[1].id == "desk"
    d4 = qs.retire(d3, 2)
    assert [q.id for q in d4.questions][:2] == ["greening_2", "repairs"]
    with pytest.raises(InvalidInput):
        qs.retire(d4, 0)
    with pytest.raises(InvalidInput):
        qs.move(d4, 1, 99)
    with pytest.raises(InvalidInput):
        qs.add(d4, "kitchen", Locale.EN, None)
    with pytest.raises(InvalidInput):
        qs.reword(d4, 1, Locale.EN, "  ")
    one = d4
    while len(one.questions) > 1:
        one = qs.retire(one, 1)
    with pytest.raises(InvalidInput, match="survey-q-last"):
        qs.retire(one, 1)


def test_reasons_added_and_retired_keep_the_defaults() -> None:
    d = default_definition()
    defaults = [r.key for r in d.questions[0].reasons]
    d1 = qs.add_reason(d, 1, "METHOD", Locale.EN, "Nobody answers the phone")
    keys = [r.key for r in d1.questions[0].reasons]
    assert keys == [*defaults, "own1"]
    assert d1.questions[0].reasons[-1].text == {"en": "Nobody answers the phone"}
    d2 = qs.retire_reason(d1, 1, defaults[0])
    assert [r.key for r in d2.questions[0].reasons] == [*defaults[1:], "own1"]
    assert d2 == parse_definition(d2.to_json())  # stored and read back the same
    with pytest.raises(InvalidInput, match="survey-r-cause"):
        qs.add_reason(d, 1, "luck", Locale.EN, "x")
    with pytest.raises(InvalidInput, match="survey-r-key"):
        qs.retire_reason(d, 1, "nope")
    one = d2
    for key in [r.key for r in d2.questions[0].reasons][:-1]:
        one = qs.retire_reason(one, 1, key)
    with pytest.raises(InvalidInput, match="survey-r-last"):
        qs.retire_reason(one, 1, "own1")


def test_a_malformed_setting_falls_back_to_the_default() -> None:
    broken = Estate(1, "HV", "HV", "Asia/Hong_Kong", "", settings={
        "survey": {"questions": {"questions": "nonsense"}}})
    assert qs.standing(broken) == default_definition()


async def test_next_campaign_asks_the_edited_questions_running_one_keeps_its_own(
        db: Database) -> None:
    e = await build(db)
    running = await run(db, surveys.create_campaign, e.manager, e.estate,
                        surveys.CampaignRequest(share=0.5), NOV_27, seed=1)
    edited = qs.retire(qs.reword(default_definition(), 2, Locale.EN, "Repairs: quick?"), 1)
    with pytest.raises(NotAuthorized):
        await run(db, qs.save, e.residents["A-1"], e.estate, edited, "retire", NOV_27)
    await run(db, qs.save, e.manager, e.estate, edited, "retire", NOV_27)
    async with SqlUnitOfWork(db.writer()) as uow:
        estate = await uow.estates.get(e.estate.id)
        first = await uow.surveys.campaign(running.id)
        rows = await uow.audit.history("estate", str(e.estate.id))
    assert estate is not None and first is not None
    assert qs.standing(estate) == edited
    assert first.definition == default_definition()
    assert [r.action for r in rows if r.action == "survey-questions"] == ["survey-questions"]
    nxt = await run(db, surveys.create_campaign, e.manager, estate,
                    surveys.CampaignRequest(quarter="2027Q1", share=0.5), NOV_27, seed=2)
    assert nxt.definition == edited and nxt.definition.questions[0].text == {
        "en": "Repairs: quick?"}
    # Reset: back to the default for the campaigns after.
    await run(db, qs.save, e.manager, estate, default_definition(), "reset", NOV_27)
    async with SqlUnitOfWork(db.writer()) as uow:
        estate = await uow.estates.get(e.estate.id)
    assert estate is not None and qs.standing(estate) == default_definition()
