"""Charts as PNG images people can read in chat, with Chinese labels.

matplotlib draws them off screen (Agg). Chinese needs a CJK font: the one installed with the
project (noto-cjk-sans-otc, Google's Noto Sans CJK) or, failing that, one found on the system.
"""

from __future__ import annotations

import io
import logging
from functools import cache
from typing import Any

log = logging.getLogger(__name__)

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


def png(fig: Any, dpi: int = 120) -> bytes:
    """Render a figure to PNG bytes and free it."""
    plt = pyplot()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
    plt.close(fig)
    return buffer.getvalue()


def bar_chart(title: str, labels: list[str], values: list[float], *, ylabel: str = "",
              series: dict[str, list[float]] | None = None, counts: bool = False) -> bytes:
    """A labelled bar chart (several series side by side when `series` is given; whole-number
    ticks on the value axis when the values are `counts`)."""
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(8, 4.5))
    data = series or {"": values}
    width = 0.8 / len(data)
    positions = list(range(len(labels)))
    for i, (name, vals) in enumerate(data.items()):
        xs = [p + (i - (len(data) - 1) / 2) * width for p in positions]
        bars = ax.bar(xs, vals, width, label=name or None)
        ax.bar_label(bars, fmt="%g", fontsize=9)
    ax.set_xticks(positions, labels, rotation=30 if max((len(x) for x in labels), default=0) > 6
                  else 0, ha="right" if max((len(x) for x in labels), default=0) > 6 else "center")
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    if counts:
        from matplotlib.ticker import MaxNLocator

        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    if series:
        ax.legend()
    ax.spines[["top", "right"]].set_visible(False)
    return png(fig)
