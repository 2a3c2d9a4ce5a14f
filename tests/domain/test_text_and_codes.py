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
