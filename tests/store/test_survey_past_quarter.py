"""A quarter surveyed on paper before the bot, carried over: the next summary's trend shows it,
and it keeps nobody out of the next sample (it has no households)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.demo.data import PAST_RATINGS, seed_demo, seed_past_quarter
from domain.errors import Conflict
from domain.survey import campaigns as surveys
from domain.survey.definition import Answers
from domain.survey.model import CampaignStatus, Quarter
from store.db import Database
from store.uow import SqlUnitOfWork
from tests.store.test_surveys import build, run, sweep

NOV_27 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


async def test_a_carried_over_quarter_is_in_the_next_trend_and_keeps_nobody_out(
        db: Database) -> None:
    e = await build(db)
    answers = [Answers(ratings={"desk": 4, "repairs": 2}, reasons={"repairs": "repairs-slow"}),
               Answers(ratings={"desk": 2, "repairs": 4})]
    past = await run(db, surveys.record_past_quarter, e.estate, Quarter.parse("2026Q3"),
                     answers, sampled=10, asked=4, now=NOV_27)
    assert past.status is CampaignStatus.CLOSED and past.results is not None
    assert (past.results["answered"], past.results["rate"]) == (2, 0.5)
    assert past.results["services"]["desk"]["avg"] == 3.0
    with pytest.raises(Conflict):
        await run(db, surveys.record_past_quarter, e.estate, Quarter.parse("2026Q3"),
                  answers, sampled=10, asked=4, now=NOV_27)
    q4 = await run(db, surveys.create_campaign, e.manager, e.estate,
                   surveys.CampaignRequest(share=0.25), NOV_27, seed=10)
    assert q4.sample_info["repeats"] == 0  # the paper quarter named no household
    await sweep(db, q4.send_at)
    await sweep(db, q4.closes_at)
    async with SqlUnitOfWork(db.reader()) as uow:
        closed = await uow.surveys.campaign(q4.id)
    assert closed is not None and closed.results is not None
    assert [(t["quarter"], t["rate"], t["services"]["desk"], t["services"]["repairs"])
            for t in closed.results["trend"]] == [("2026Q3", 0.5, 3.0, 3.0)]


async def test_the_demo_estate_has_last_quarters_answers(sqlite_db: Database) -> None:
    async with SqlUnitOfWork(sqlite_db.writer()) as uow:
        codes = await seed_demo(uow, NOV_27)
        await seed_past_quarter(uow, codes.estate, NOV_27)
        await uow.commit()
    async with SqlUnitOfWork(sqlite_db.reader()) as uow:
        campaigns = await uow.surveys.campaigns(codes.estate.id)
    assert [(c.quarter, c.status) for c in campaigns] == [("2026Q3", CampaignStatus.CLOSED)]
    results = campaigns[0].results
    assert results is not None and results["answered"] == len(PAST_RATINGS) == 4
    assert results["services"]["repairs"]["avg"] == 2.5
