"""Text cleaning and one-time codes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain import codes
from domain.errors import InvalidInput
from domain.text import clean, mask_phone, phone_number, require_text, single_line


def test_clean_strips_controls_and_bidi_overrides() -> None:
    assert clean("a\x00b\u202ec\u2066d\r\ne  f\n\n\n\ng") == "abcd\ne f\n\ng"


@given(st.text())
def test_clean_never_leaves_controls(text: str) -> None:
    out = clean(text)
    assert not any(ord(ch) < 32 and ch != "\n" for ch in out)
    assert not any(0x202A <= ord(ch) <= 0x202E or 0x2066 <= ord(ch) <= 0x2069 for ch in out)


INVISIBLE = ["\u200e", "\u200f", "\u061c", "\u200b", "\u200c", "\u2060", "\u00ad",
             "\ufeff", "\u180e", "\u202a", "\u202e", "\u2066", "\u2069", "\u206a",
             "\U000e0001", "\U000e0041", "\U000e007f", "\x7f", "\x9b", "\x0b", "\x0c",
             "\ud800", "\udfff", "\u3164", "\u115f"]


@pytest.mark.parametrize("ch", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_each_invisible_character_is_dropped(ch: str) -> None:
    assert clean(f"水{ch}管 {ch}漏水{ch}") == "水管 漏水"


@pytest.mark.parametrize("ch", ["\u2028", "\u2029", "\x85"])
def test_line_and_paragraph_separators_become_newlines(ch: str) -> None:
    assert clean(f"第一行{ch}第二行") == "第一行\n第二行"


def test_emoji_joiners_and_odd_spaces() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert clean(f"謝謝 {family}") == f"謝謝 {family}"
    assert clean("\U0001f44d\U0001f3fd\u200d") == "\U0001f44d\U0001f3fd"  # no joiner at the end
    assert clean("a\u200db") == "ab"  # a joiner between letters shows nothing
    assert clean("A\u00a0座\u2003 12\u202fB") == "A 座 12 B"


@given(st.text())
def test_clean_leaves_no_invisible_characters(text: str) -> None:
    import unicodedata

    out = clean(text)
    for i, ch in enumerate(out):
        category = unicodedata.category(ch)
        assert category not in {"Cc", "Cs"} or ch == "\n"
        assert category != "Cf" or (ch == "\u200d" and 0 < i < len(out) - 1)
        assert ch not in "\u2028\u2029"


def test_limits_are_explained() -> None:
    with pytest.raises(InvalidInput) as err:
        require_text("x" * 10_000, max_len=2000, field="description")
    assert err.value.key == "input-too-long" and err.value.args_map["got"] == 10_000
    with pytest.raises(InvalidInput) as err:
        require_text(" \u202e ", max_len=10, field="name")
    assert err.value.key == "input-empty"
    with pytest.raises(InvalidInput):
        require_text(None, max_len=10, field="name")
    assert single_line("  Chan\nTai  Man ", field="name") == "Chan Tai Man"


def test_phone_numbers() -> None:
    assert phone_number("+852 9123-4567") == "+85291234567"
    assert mask_phone("+85291234567") == "••••••••4567"
    with pytest.raises(InvalidInput):
        phone_number("call me")


def test_codes_are_unambiguous_and_hashed() -> None:
    code = codes.new_code()
    assert codes.looks_like_code(code)
    assert codes.looks_like_code(code.lower().replace("-", " "))
    assert not set(codes.normalise(code)) & set("01ILOU")
    assert codes.code_hash(code, "p") == codes.code_hash(code.lower(), "p")
    assert codes.code_hash(code, "p") != codes.code_hash(code, "q")
    assert not codes.looks_like_code("hello")
