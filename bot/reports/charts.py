"""Charts as PNG images people can read in chat, with Chinese labels.

matplotlib draws them off screen (Agg). Chinese needs a CJK font: the one installed with the
project (noto-cjk-sans-otc, Google's Noto Sans CJK) or, failing that, one found on the system.
"""

from __future__ import annotations

import io
import logging
from functools import cache
from typing import Any, TypeVar

log = logging.getLogger(__name__)
N = TypeVar("N", int, float)

# Hong Kong glyph shapes first (the office writes Traditional Chinese as used in Hong Kong).
SYSTEM_CJK = ("Noto Sans CJK HK", "Noto Sans CJK TC", "Noto Sans CJK SC", "Noto Sans CJK JP",
              "Source Han Sans HC", "Source Han Sans TC",
              "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
              "Droid Sans Fallback", "Microsoft JhengHei", "PingFang TC", "Heiti TC")


@cache
def cjk_font() -> str | None:
    """The family name of a font that has Chinese glyphs (registered with matplotlib)."""
    from matplotlib import font_manager

    try:
        import noto_cjk_sans_otc

        # A collection: matplotlib registers every face (JP, KR, SC, TC, HK) by its name.
        font_manager.fontManager.addfont(str(noto_cjk_sans_otc.FONT_PATH))
    except (ImportError, OSError, RuntimeError) as exc:
        log.info("bundled CJK font not available (%s)", type(exc).__name__)
    names = {f.name for f in font_manager.fontManager.ttflist}
    for family in SYSTEM_CJK:
        if family in names:
            return family
    log.warning("no CJK font found: Chinese labels in charts will not render")
    return None


def pyplot() -> Any:
    """matplotlib.pyplot on the Agg backend with the CJK font first in line."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    font = cjk_font()
    if font:
        plt.rcParams["font.family"] = [font, "DejaVu Sans"]
    plt.rcParams["axes.unicode_minus"] = False
    return plt


# Charts are read on a phone: 1080 px wide (what Telegram keeps of a photo), every text at
# least MIN_PT (about 22 px at that width, legible when the picture fills a phone's screen).
WIDTH_PX = 1080
DPI = 180
WIDTH_IN = WIDTH_PX / DPI
MIN_PT = 9.0
LONG_LABEL = 4    # characters: longer labels (or more than MANY_BARS bars) make bars horizontal
MANY_BARS = 6


def legible(fig: Any) -> float:
    """Raise every text of the figure to at least MIN_PT; returns the smallest size left."""
    from matplotlib.text import Text

    smallest = float("inf")
    for text in fig.findobj(Text):
        if not text.get_text():
            continue
        if text.get_fontsize() < MIN_PT:
            text.set_fontsize(MIN_PT)
        smallest = min(smallest, text.get_fontsize())
    return smallest


def png(fig: Any, dpi: int = DPI) -> bytes:
    """Render a figure to a PNG exactly WIDTH_PX wide (its height in proportion), every text
    legible, and free it."""
    plt = pyplot()
    w, h = fig.get_size_inches()
    fig.set_size_inches(WIDTH_PX / dpi, h * (WIDTH_PX / dpi) / w)
    legible(fig)
    try:
        fig.tight_layout()
    except (ValueError, RuntimeError):  # a layout that cannot be tightened is drawn as it is
        pass
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    plt.close(fig)
    return buffer.getvalue()


def horizontal(labels: list[str]) -> bool:
    """Bars lie down when their labels are long or many (they are read, not tilted)."""
    return len(labels) > MANY_BARS or max((len(x) for x in labels), default=0) > LONG_LABEL


def non_empty(labels: list[str], data: dict[str, list[N]]) -> tuple[list[str],
                                                                   dict[str, list[N]]]:
    """Only the categories with something in some series."""
    keep = [i for i in range(len(labels)) if any(vals[i] for vals in data.values())]
    return [labels[i] for i in keep], {k: [v[i] for i in keep] for k, v in data.items()}


def bar_chart(title: str, labels: list[str], values: list[float], *, ylabel: str = "",
              series: dict[str, list[float]] | None = None, counts: bool = False) -> bytes:
    """A labelled bar chart (several series side by side when `series` is given; whole-number
    ticks on the value axis when the values are `counts`). Empty categories are left out;
    long labels lay the bars down, read from the top."""
    from matplotlib.ticker import MaxNLocator

    plt = pyplot()
    labels, data = non_empty(labels, series or {"": values})
    lying = horizontal(labels)
    rows = max(len(labels), 1)
    fig, ax = plt.subplots(figsize=(WIDTH_IN, max(3.2, 1.2 + 0.45 * rows * len(data))
                                    if lying else 4.2))
    width = 0.8 / len(data)
    positions = list(range(len(labels)))
    for i, (name, vals) in enumerate(data.items()):
        xs = [p + (i - (len(data) - 1) / 2) * width for p in positions]
        bars = (ax.barh(xs, vals, width, label=name or None) if lying
                else ax.bar(xs, vals, width, label=name or None))
        ax.bar_label(bars, fmt="%g", padding=2)
    value_axis = ax.xaxis if lying else ax.yaxis
    if lying:
        ax.set_yticks(positions, labels)
        ax.invert_yaxis()
        ax.set_xlabel(ylabel)
        ax.margins(x=0.15)
    else:
        ax.set_xticks(positions, labels)
        ax.set_ylabel(ylabel)
    if counts:
        value_axis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(title)
    if series:
        ax.legend()
    ax.spines[["top", "right"]].set_visible(False)
    return png(fig)
