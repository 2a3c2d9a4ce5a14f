"""The estate's answers on the real store (SQLite and PostgreSQL): an import replaces them all
and is audited, only the desk or a manager may import or remove, a question with no answer
is counted (most asked first), and residents are answered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.demo.data import FAQ, seed_demo
from domain import faq
from domain.errors import InvalidInput, NotAuthorized
from domain.faq import Entry
from store.db import Database
from store.uow import SqlUnitOfWork
from tests.store.office import build_office
from tests.store.test_repair_usecases import run

MON_10 = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
ENTRIES = [Entry(key, questions, answers) for key, questions, answers in FAQ]


async def test_answers_imported_asked_missed_and_removed(db: Database) -> None:
    office = await build_office(db, MON_10, plumbers=0)
    estate = office.estate.id
    with pytest.raises(NotAuthorized):
        await run(db, faq.import_entries, office.resident, estate, ENTRIES, MON_10)
    with pytest.raises(InvalidInput, match="faq-import-duplicate"):
        await run(db, faq.import_entries, office.desk, estate, ENTRIES + ENTRIES[:1], MON_10)
    assert await run(db, faq.import_entries, office.desk, estate, ENTRIES, MON_10) == len(FAQ)
    assert await run(db, faq.import_entries, office.manager, estate, ENTRIES[:2], MON_10) == 2
    async with SqlUnitOfWork(db.reader()) as uow:
        assert [e.key for e in await uow.faq.entries(estate)] == ["office-hours", "clubhouse"]
        history = await uow.audit.history("estate", str(estate))
    assert [h.action for h in history].count("faq-imported") == 2

    found = await run(db, faq.answer, estate, "会所几点关？", MON_10)
    assert found is not None and found.key == "clubhouse"
    for n, text in enumerate(["有冇訪客車位", "有冇訪客車位", "  有冇  訪客車位 ", "寵物"]):
        assert await run(db, faq.answer, estate, text, MON_10 + timedelta(minutes=n)) is None
    async with SqlUnitOfWork(db.reader()) as uow:
        misses = await uow.faq.misses(estate)
    # Most asked first, then the latest; spaces as one.
    assert [(m.text, m.count) for m in misses] == [("有冇訪客車位", 2), ("寵物", 1),
                                                   ("有冇 訪客車位", 1)]

    with pytest.raises(NotAuthorized):
        await run(db, faq.remove_entry, office.resident, estate, "clubhouse", MON_10)
    await run(db, faq.remove_entry, office.desk, estate, "Clubhouse", MON_10)
    with pytest.raises(InvalidInput, match="faq-no-such-entry"):
        await run(db, faq.remove_entry, office.desk, estate, "clubhouse", MON_10)
    assert await run(db, faq.answer, estate, "会所几点关？", MON_10) is None


async def test_the_demo_estate_answers_nothing_until_its_desk_adds_answers(db: Database) -> None:
    async with SqlUnitOfWork(db.writer()) as uow:
        codes = await seed_demo(uow, MON_10)
        await uow.commit()
    assert await run(db, faq.answer, codes.estate.id, "管理處幾點開門？", MON_10) is None
