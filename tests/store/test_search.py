"""/find on SQL: the index is written with the ticket, and SQLite and PostgreSQL answer every
query with the same rows in the same order (newest first)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain import search
from domain.errors import NotAuthorized
from domain.model import Actor, Locale, Relation
from domain.tickets import Kind, Status, Ticket, ticket_number
from store.db import Database, create_database
from store.migrate import upgrade_async
from store.uow import SqlUnitOfWork
from tests.store.office import Office, build_office

NOW = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)

TEXTS = [
    (Kind.REPAIR, "plumbing", "廚房水喉漏水，地板濕晒"),
    (Kind.REPAIR, "plumbing", "浴室去水渠塞咗"),
    (Kind.REPAIR, "electrical", "Kitchen light flickers; the switch is loose"),
    (Kind.COMPLAINT, None, "樓上單位深夜噪音"),
    (Kind.REPAIR, "plumbing", "厨房水龙头漏水"),  # written in simplified
    (Kind.REPAIR, "plumbing", "Water LEAK under the sink (100% wet)"),
    (Kind.RENOVATION, None, "更換廚櫃及浴室瓷磚"),
]


async def _seed(db: Database) -> tuple[Office, list[Ticket]]:
    office = await build_office(db, NOW, plumbers=1)
    made = []
    async with SqlUnitOfWork(db.writer()) as uow:
        owner = await uow.people.add("陳大文", Locale.ZH_HANT, phone="+85291234567")
        await uow.tenures.add(owner.id, office.other_unit.id, Relation.OWNER, NOW.date())
        old = await uow.people.add("李小姐", Locale.ZH_HANT, phone="+85298765432")
        tenure = await uow.tenures.add(old.id, office.unit.id, Relation.TENANT, NOW.date())
        await uow.tenures.end(tenure.id, NOW.date())
        for i, (kind, trade, text) in enumerate(TEXTS * 3):
            unit = office.unit if i % 2 == 0 else office.other_unit
            made.append(await uow.tickets.add(Ticket(
                id=0, number=ticket_number(kind, 2026, i + 1), kind=kind,
                estate_id=office.estate.id, status=Status.RECEIVED,
                reporter_id=office.resident.person_id, category="other",
                description=f"{text} #{i}", created_at=NOW + timedelta(minutes=i),
                unit_id=unit.id, trade=trade)))
        await uow.commit()
    return office, made


QUERIES = ["漏水", "漏", "厨房", "廚房 漏水", "水龍頭", "kitchen", "LEAK", "leak sink", "100%",
           "R2026000003", "R-2026-000003", "000003", "C2026", "A-12B", "A座12樓B室", "a-3a",
           "陈大文", "陳", "9123 4567", "91234567", "李小姐", "噪音", "瓷砖", "nothing here",
           "_", "#1"]


async def _answers(db: Database, actor: Actor) -> dict[str, tuple[list[str], list[str], bool]]:
    out = {}
    async with SqlUnitOfWork(db.reader()) as uow:
        for q in QUERIES:
            r = await search.find(uow, actor, q)
            out[q] = ([u.label for u in r.units], [h.ticket.number for h in r.hits], r.more)
    return out


EXPECTED = {
    "漏水": (6, False), "厨房": (6, False), "廚房 漏水": (6, False), "水龍頭": (3, False),
    "kitchen": (3, False), "leak sink": (3, False), "R2026000003": (1, False),
    "A-12B": (10, True), "陈大文": (0, False), "nothing here": (0, False), "_": (0, False),
}


async def test_same_answers_on_both_databases(db: Database,
                                             tmp_path_factory: pytest.TempPathFactory) -> None:
    office, _ = await _seed(db)
    got = await _answers(db, office.desk)
    for q, (count, more) in EXPECTED.items():
        assert (len(got[q][1]), got[q][2]) == (count, more), q
    assert got["陈大文"][0] == ["A-3A"] and got["91234567"][0] == ["A-3A"]
    assert got["9123 4567"][0] == ["A-3A"]
    assert got["李小姐"][0] == []  # her tenancy ended: no unit
    assert got["A座12樓B室"] == got["A-12B"] and got["A-12B"][0] == ["A-12B"]
    assert got["R-2026-000003"] == got["R2026000003"] == ([], ["R-2026-000003"], False)
    hits = got["漏水"][1]
    assert hits == sorted(hits, key=lambda n: int(n[-6:]), reverse=True)  # newest first
    if not db.is_sqlite:  # the PostgreSQL run: a fresh SQLite must say exactly the same
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('twin')}/twin.db"
        await upgrade_async(url)
        twin = create_database(url)
        try:
            twin_office, _ = await _seed(twin)
            assert await _answers(twin, twin_office.desk) == got
        finally:
            await twin.dispose()


async def test_crew_sees_their_trade_and_no_complaints_or_people(db: Database) -> None:
    office, _ = await _seed(db)
    async with SqlUnitOfWork(db.reader()) as uow:
        r = await search.find(uow, office.electrician, "kitchen")
        assert [h.ticket.trade for h in r.hits] == ["electrical"] * 3
        assert (await search.find(uow, office.electrician, "噪音")).hits == []
        assert (await search.find(uow, office.electrician, "陈大文")).units == []
        with pytest.raises(NotAuthorized):
            await search.find(uow, office.resident, "漏水")


async def test_paging_and_index_follows_changes(db: Database) -> None:
    office, made = await _seed(db)
    async with SqlUnitOfWork(db.reader()) as uow:
        first = await search.find(uow, office.manager, "#", 0)
        second = await search.find(uow, office.manager, "#", 1)
        third = await search.find(uow, office.manager, "#", 2)
    assert (len(first.hits), first.more, len(second.hits), second.more) == (10, True, 10, True)
    assert len(third.hits) == 1 and not third.more
    numbers = [h.ticket.number for h in first.hits + second.hits + third.hits]
    assert len(set(numbers)) == len(made) == 21
    async with SqlUnitOfWork(db.writer()) as uow:
        assert await uow.tickets.set_fields(made[0].id, description="冷氣機滴水")
        await uow.commit()
    async with SqlUnitOfWork(db.reader()) as uow:
        assert [h.ticket.id for h in (await search.find(uow, office.desk, "冷气")).hits] == \
            [made[0].id]
