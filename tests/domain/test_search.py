"""/find's rules without a database: folding, query parsing, who may search what, snippets."""

from __future__ import annotations

import pytest

from domain import search
from domain.errors import InvalidInput
from domain.model import Actor, Locale, Person, StaffAssignment, StaffRole, Trade


def test_fold_makes_one_script_case_and_width() -> None:
    assert search.fold("廚房水喉漏水") == search.fold("厨房水喉漏水") == "厨房水喉漏水"
    assert search.fold("  Water\tLEAK  ") == "water leak"
    assert search.fold("ＡＢ１２") == "ab12"
    assert search.fold("裏面") == search.fold("里面")  # a Hong Kong variant folds too
    assert "漏水" in search.fold("廚房水喉漏水")  # Chinese needs no spaces


def test_bodies_hold_the_number_unit_and_texts() -> None:
    body = search.ticket_body("R-2026-000123", "廚房漏水", unit="A-12B", location=None,
                              works="拆牆")
    assert body == "r2026000123 a-12b 厨房漏水 拆墙"
    assert search.person_body("陳大文", "+852 9123 4567") == "陈大文 85291234567"


def test_parse_words_numbers_and_units() -> None:
    assert search.parse("R-2026-000123").words == ("r2026000123",)
    assert search.parse("+852 9123-4567").words == ("852", "91234567")
    assert search.parse("Kitchen  LEAK kitchen").words == ("kitchen", "leak")
    assert search.parse("A座12樓B室").unit == ("A", "12B")
    assert search.parse("Block A 12/F Flat B").unit == ("A", "12B")
    assert search.parse("漏水").unit is None
    with pytest.raises(InvalidInput):
        search.parse("   ")
    with pytest.raises(InvalidInput):
        search.parse("x" * 101)
    with pytest.raises(InvalidInput):
        search.parse("a b c d e f g")


def _actor(*staff: StaffAssignment) -> Actor:
    return Actor(1, Person(1, 1, "x", Locale.EN), staff, ())


def test_scope_follows_the_queue_rules() -> None:
    desk = search.scope_of(_actor(StaffAssignment(1, 7, StaffRole.DESK)))
    assert (desk.office, desk.crew, desk.trades) == ((7,), (), ())
    crew = search.scope_of(_actor(StaffAssignment(1, 7, StaffRole.CREW, Trade.PLUMBING)))
    assert (crew.office, crew.crew, crew.trades) == ((), (7,), ("plumbing",))
    assert search.scope_of(_actor()).empty


def test_snippet_is_cut_around_the_word() -> None:
    text = "一二三四五六七八九十" * 6 + "漏水" + "甲乙丙丁" * 10
    cut = search.snippet(text, ("漏水",))
    assert "漏水" in cut and cut.startswith("…") and cut.endswith("…")
    assert search.snippet("短", ("x",)) == "短"
