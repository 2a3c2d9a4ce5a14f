"""Units are found as people write them (../shared/VOICE.md): A-12B, A座12樓B室, 12B, Block A,
full-width digits; a unit the registry does not hold is still refused."""

from __future__ import annotations

import pytest

from domain import registry
from domain.errors import NotFound
from store.db import Database
from store.uow import SqlUnitOfWork

SPELLINGS = ["A-12B", "a-12b", "A - 12B", "A–12B", "A座12樓B室", "A座12楼B室", "A座12B",
             "A座 12B室", "12B, Block A", "Block A 12/F Flat B", "Block A, 12B",
             "Flat B, 12/F, Block A", "Ａ－１２Ｂ", "Ａ座１２樓Ｂ室", "１２Ｂ, Block Ａ"]


@pytest.mark.parametrize("text", SPELLINGS)
def test_each_spelling_reads_as_block_and_flat(text: str) -> None:
    assert registry.unit_spelling(text) == ("A", "12B")


@pytest.mark.parametrize("text", ["12B", "１２Ｂ", "12樓B室", "Flat 12B"])
def test_a_flat_alone_has_no_block(text: str) -> None:
    assert registry.unit_spelling(text) == (None, "12B")


@pytest.mark.parametrize("text", ["hello", "", "A座", "座12B", "--"])
def test_what_is_no_unit_reads_as_none(text: str) -> None:
    assert registry.unit_spelling(text) is None


async def _estate(db: Database, units: list[tuple[str, str]]) -> int:
    async with SqlUnitOfWork(db.writer()) as uow:
        estate = await registry.create_estate(uow, code="HV", name="Harbour View", settings={})
        await registry.import_units(uow, estate, [
            (i + 2, {"building": b, "unit": u}) for i, (b, u) in enumerate(units)])
        await uow.commit()
        return estate.id


async def _find(db: Database, estate_id: int, text: str) -> str:
    async with SqlUnitOfWork(db.writer()) as uow:
        return (await registry.find_unit_by_label(uow, estate_id, text)).label


async def test_every_spelling_finds_the_unit_and_unknown_units_are_refused(db: Database) -> None:
    estate_id = await _estate(db, [("A", "12B"), ("B", "3A"), ("T-1", "5C")])
    for text in SPELLINGS:
        assert await _find(db, estate_id, text) == "A-12B", text
    assert await _find(db, estate_id, "T-1-5C") == "T-1-5C"  # a block code with a dash
    for unknown in ("A-12C", "C座12樓B室", "Block B 12/F Flat B", "12B", "hello"):
        with pytest.raises(NotFound) as refused:
            await _find(db, estate_id, unknown)
        assert refused.value.key == "unit-not-found"


async def test_a_flat_alone_is_enough_in_an_estate_of_one_block(db: Database) -> None:
    estate_id = await _estate(db, [("A", "12B"), ("A", "3A")])
    assert await _find(db, estate_id, "12B") == "A-12B"
    assert await _find(db, estate_id, "３Ａ") == "A-3A"
    with pytest.raises(NotFound):
        await _find(db, estate_id, "7D")


