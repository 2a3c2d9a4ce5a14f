"""Charts: a CJK font is found, and a chart is a PNG with the labels drawn."""

from __future__ import annotations

import io

from bot.reports.charts import bar_chart, cjk_font, pyplot


def test_a_cjk_font_is_available_and_has_chinese_glyphs() -> None:
    family = cjk_font()
    assert family == "Noto Sans CJK HK"  # Hong Kong glyph shapes, bundled with the project
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont(font_manager.FontProperties(family=family),
                                 fallback_to_default=False)
    font = FT2Font(path)
    assert all(font.get_char_index(ord(ch)) for ch in "維修投訴滲水")


def test_bar_chart_is_a_readable_png() -> None:
    data = bar_chart("投訴統計", ["保安", "清潔", "噪音"], [3, 1, 5], ylabel="宗數")
    assert data.startswith(b"\x89PNG")
    image = pyplot().imread(io.BytesIO(data))
    height, width = image.shape[:2]
    assert width > 500 and height > 300
