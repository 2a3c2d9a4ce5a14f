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


def _size(data: bytes) -> tuple[int, int]:
    height, width = pyplot().imread(io.BytesIO(data)).shape[:2]
    return width, height


def test_charts_are_1080_px_wide_for_a_phone() -> None:
    from bot.reports.charts import WIDTH_PX

    assert WIDTH_PX == 1080
    assert _size(bar_chart("投訴統計", ["保安", "清潔"], [3, 1]))[0] == 1080
    assert _size(bar_chart("投訴統計", ["保安", "清潔"], [3, 1], series={
        "本週": [3, 1], "上週": [2, 2]}))[0] == 1080


def test_long_labels_lie_down_and_short_ones_stand() -> None:
    from bot.reports.charts import horizontal

    assert not horizontal(["保安", "清潔", "噪音"])
    assert horizontal(["投訴未回覆", "未接單"])            # a long label
    assert horizontal([str(n) for n in range(8)])          # many bars
    wide, tall = _size(bar_chart("逾期事項", ["投訴未回覆", "裝修審批逾期", "未接單"],
                                 [2, 1, 1], counts=True))
    assert wide == 1080 and tall > 400


def test_empty_categories_are_left_out() -> None:
    from bot.reports.charts import non_empty

    labels, data = non_empty(["保安", "清潔", "噪音"], {"a": [0, 2, 0], "b": [0, 1, 1]})
    assert labels == ["清潔", "噪音"] and data == {"a": [2, 0], "b": [1, 1]}


def _texts_and_ticks(monkeypatch, draw):  # type: ignore[no-untyped-def]
    """Draw a chart and keep its figure's text sizes and axis ticks (as `png` saw them)."""
    import bot.reports.charts as charts

    seen: dict[str, object] = {}
    real = charts.png

    def spy(fig, dpi=charts.DPI):  # type: ignore[no-untyped-def]
        from matplotlib.text import Text

        out = real(fig, dpi)
        seen["sizes"] = [t.get_fontsize() for t in fig.findobj(Text) if t.get_text()]
        seen["ticks"] = [list(ax.get_xticks()) + list(ax.get_yticks()) for ax in fig.axes]
        return out

    monkeypatch.setattr(charts, "png", spy)
    return draw(), seen


def test_counts_have_whole_number_ticks_and_every_text_is_legible(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import bot.reports.charts as charts

    _, seen = _texts_and_ticks(monkeypatch, lambda: charts.bar_chart(
        "投訴", ["清潔", "噪音"], [1, 3], counts=True))
    ticks = [v for axis in seen["ticks"] for v in axis]  # type: ignore[attr-defined]
    assert all(float(v).is_integer() for v in ticks)
    assert min(seen["sizes"]) >= charts.MIN_PT  # type: ignore[type-var]


def test_the_fishbone_is_legible_at_1080_px(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import bot.reports.charts as charts
    import bot.reports.survey.charts as survey

    bones = [survey.BoneData(name, n, [("大堂門口經常有雜物堆積", 3), ("電梯按鈕失靈", 2),
                                       ("管理費單據錯誤", 1)])
             for name, n in (("人", 6), ("機", 2), ("料", 0), ("法", 1), ("環", 3))]
    seen: dict[str, object] = {}
    real = charts.png

    def spy(fig, dpi=charts.DPI):  # type: ignore[no-untyped-def]
        from matplotlib.text import Text

        out = real(fig, dpi)
        seen["sizes"] = [t.get_fontsize() for t in fig.findobj(Text) if t.get_text()]
        seen["texts"] = [t.get_text() for t in fig.findobj(Text) if t.get_text()]
        return out

    monkeypatch.setattr(survey, "png", spy)
    data = survey.fishbone_chart("因果圖", "住戶不滿意", bones)
    assert _size(data)[0] == 1080
    assert min(seen["sizes"]) >= charts.MIN_PT  # type: ignore[type-var]
    # Long problems are cut to what fits a branch.
    assert "大堂門口經…" in " ".join(seen["texts"])  # type: ignore[arg-type]
