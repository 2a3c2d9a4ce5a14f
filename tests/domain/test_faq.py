"""Matching residents' questions to the estate's answers: Chinese without spaces in either
script, English with small words ignored, rare words weighing more than common ones, and the
rows of an imported spreadsheet checked one by one."""

from __future__ import annotations

import pytest

from bot.demo.data import FAQ
from domain.errors import InvalidInput
from domain.faq import Entry, entry_of, match, terms
from domain.model import Locale

ENTRIES = [Entry(key, questions, answers) for key, questions, answers in FAQ]


@pytest.mark.parametrize(("asked", "key"), [
    ("管理處幾點開門？", "office-hours"),
    ("请问管理处几点开门", "office-hours"),           # simplified finds traditional
    ("会所几点关？", "clubhouse"),
    ("最近的地鐵站？", "mtr"),
    ("管理費幾錢一呎？", "management-fee"),
    ("What time does the office open?", "office-hours"),
    ("Where is the nearest MTR station", "mtr"),
    ("HOW MUCH IS THE MANAGEMENT FEE", "management-fee"),
    ("ｍａｎａｇｅｍｅｎｔ ｆｅｅ", "management-fee"),  # full-width
])
def test_questions_people_type_find_their_answer(asked: str, key: str) -> None:
    found = match(ENTRIES, asked)
    assert found is not None and found.key == key


@pytest.mark.parametrize("asked", ["我家漏水", "樓下好嘈", "電梯壞了", "幾點", "hello",
                                   "管理處幾點收工", "what time", "", "？？？"])
def test_other_text_finds_nothing(asked: str) -> None:
    assert match(ENTRIES, asked) is None


def test_a_common_pair_weighs_less_than_a_rare_one() -> None:
    # 幾點 and 關門 are in the office's and the clubhouse's questions; 會所 only in one.
    found = match(ENTRIES, "會所幾點關門")
    assert found is not None and found.key == "clubhouse"
    assert terms("管理處 hours!") == {"管理", "理处", "hours"}


def test_the_answer_is_in_the_askers_language_or_the_estates() -> None:
    e = Entry("x", ("q",), {"zh-Hant": "中", "en": "E"})
    assert e.answer(Locale.EN) == "E" and e.answer(Locale.ZH_HANS) == "中"
    assert Entry("y", ("q",), {"en": "E"}).answer(Locale.ZH_HANT) == "E"


def test_spreadsheet_rows_are_checked_and_named() -> None:
    ok = entry_of(2, " Office-Hours ", "幾點開門\nopening hours｜open", {"zh-Hant": "9-6"})
    assert ok.key == "office-hours" and ok.questions == ("幾點開門", "opening hours", "open")
    for row, args, key in [(3, ("a b", "q", {"en": "x"}), "faq-import-bad-key"),
                           (4, ("k", "", {"en": "x"}), "faq-import-bad-questions"),
                           (5, ("k", "q", {"zh-Hans": "x"}), "faq-import-no-answer"),
                           (6, ("k", "q", {"en": "x" * 1501}), "faq-import-long-answer")]:
        with pytest.raises(InvalidInput) as err:
            entry_of(row, *args)
        assert err.value.key == key and err.value.args_map["row"] == row
