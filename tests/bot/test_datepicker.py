"""The date picker's keyboard: a full grid, and no button Telegram would refuse."""

from __future__ import annotations

from datetime import date

import pytest

from bot.i18n import Translator
from bot.ui.datepicker import NOOP, picker
from domain.model import Locale

TR = Translator()


@pytest.mark.parametrize("locale", list(Locale))
def test_no_blank_buttons_and_seven_cells_a_week(locale: Locale) -> None:
    blank = padding = 0
    for month in range(1, 13):
        first = date(2026, month, 1)
        rows = picker(first, date(2026, month, 10), date(2026, month, 20), TR, locale)
        for row in rows.inline_keyboard[2:]:
            assert len(row) == 7
            padding += sum(b.callback_data == NOOP for b in row)
        blank += sum(not b.text.strip() for row in rows.inline_keyboard for b in row)
    assert blank == 0 and padding > 100
