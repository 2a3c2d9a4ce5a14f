"""Survey charts people can read in chat: scores per service, the trend over quarters, the
Pareto chart (排列圖, bars with a cumulative line, the vital few highlighted) and the
cause-and-effect (fishbone, 因果圖) diagram."""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass

from bot.reports.charts import MIN_PT, WIDTH_IN, png, pyplot

VITAL = "#c0392b"
OTHER = "#7f8c8d"
MAIN = "#2e86c1"
PREVIOUS = "#aed6f1"
FISH_CHARS = 6  # a problem's words on a fishbone branch (the spreadsheet has them whole)


def _clip(text: str, width: int) -> str:
    """Shorten by characters (Chinese has no spaces to cut at)."""
    return text if len(text) <= width else text[:width - 1] + "…"


def _finite(values: list[float | None]) -> list[float]:
    return [v if v is not None else math.nan for v in values]


def scores_chart(title: str, labels: list[str], current: list[float | None], *,
                 ylabel: str, current_name: str, previous: list[float | None] | None = None,
                 previous_name: str = "") -> bytes:
    """Average score (1-5) per service, beside last quarter's when there is one."""
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(9, 4.8))
    xs = list(range(len(labels)))
    width = 0.4 if previous is not None else 0.6
    series = [(current_name, current, MAIN, 0.0)]
    if previous is not None:
        series = [(previous_name, previous, PREVIOUS, -width / 2),
                  (current_name, current, MAIN, width / 2)]
    for name, values, colour, shift in series:
        bars = ax.bar([x + shift for x in xs], _finite(values), width, label=name, color=colour)
        ax.bar_label(bars, labels=[f"{v:.1f}" if v is not None else "" for v in values],
                     fontsize=9)
    ax.set_xticks(xs, labels, rotation=20, ha="right")
    ax.set_ylim(0, 5.4)
    ax.set_ylabel(ylabel)
    ax.set_title(title, pad=24)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return png(fig)


def trend_chart(title: str, quarters: list[str], series: dict[str, list[float | None]], *,
                ylabel: str) -> bytes:
    """One line per service over the last quarters."""
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(9, 4.8))
    for name, values in series.items():
        ax.plot(quarters, _finite(values), marker="o", label=name)
    ax.set_ylim(1, 5.2)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    return png(fig)


def pareto_chart(title: str, labels: list[str], counts: list[int], cumulative: list[float],
                 vital: list[bool], *, ylabel: str, cumulative_label: str,
                 vital_label: str, other_label: str) -> bytes:
    """Problems from the most frequent down; the cumulative share on the right axis, the
    80% line dashed, the vital few in red."""
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(10, 6))
    xs = list(range(len(labels)))
    bars = ax.bar(xs, counts, color=[VITAL if v else OTHER for v in vital])
    ax.bar_label(bars, fontsize=9)
    ax.set_xticks(xs, [_clip(label, 16) for label in labels], rotation=35, ha="right",
                  fontsize=8)
    ax.set_ylabel(ylabel)
    ax.set_ylim(0, max(counts, default=1) * 1.15)
    line_ax = ax.twinx()
    (line,) = line_ax.plot(xs, [c * 100 for c in cumulative], color="#34495e", marker="o",
                           label=cumulative_label)
    for x, c in zip(xs, cumulative, strict=True):
        line_ax.annotate(f"{c * 100:.0f}%", (x, c * 100), textcoords="offset points",
                         xytext=(0, 7), ha="center", fontsize=8)
    line_ax.axhline(80, color=VITAL, linestyle="--", linewidth=1)
    line_ax.set_ylim(0, 112)
    line_ax.set_ylabel(cumulative_label)
    line_ax.yaxis.set_major_formatter(lambda v, _pos: f"{v:.0f}%")
    from matplotlib.patches import Patch

    handles = [Patch(color=VITAL, label=vital_label), Patch(color=OTHER, label=other_label),
               line]
    ax.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3,
              frameon=False, fontsize=9)
    ax.set_title(title, pad=28)
    return png(fig)


@dataclass(frozen=True)
class BoneData:
    label: str
    count: int
    items: list[tuple[str, int]]


def fishbone_chart(title: str, effect: str, bones: list[BoneData]) -> bytes:
    """The cause-and-effect diagram: five bones into the spine, each with its count and its
    most frequent problems written on its branches, the effect in the head; drawn 1080 px
    wide with every word at a size a phone can show (problems cut to FISH_CHARS)."""
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 4.2))
    ax.set_xlim(0, 15)
    ax.set_ylim(0, 7)
    ax.axis("off")
    spine_y = 3.5
    ax.annotate("", xy=(12.7, spine_y), xytext=(0.6, spine_y),
                arrowprops={"arrowstyle": "-|>", "lw": 2.5, "color": "#2c3e50"})
    ax.text(13.85, spine_y, textwrap.fill(effect, 5), ha="center", va="center", fontsize=11,
            bbox={"boxstyle": "round,pad=0.6", "fc": "#fdebd0", "ec": "#2c3e50"})
    slots = [(4.6, True), (8.1, True), (11.6, True), (6.35, False), (9.85, False)]
    for bone, (x, top) in zip(bones, slots, strict=False):
        tip_y = 6.2 if top else 0.8
        start_x = x - 2.1
        ax.plot([start_x, x], [tip_y, spine_y], color="#2c3e50", lw=2)
        ax.text(start_x, tip_y + (0.2 if top else -0.2), f"{bone.label}  {bone.count}",
                ha="center", va="bottom" if top else "top", fontsize=11,
                color=VITAL if bone.count else "#2c3e50")
        for i, (name, n) in enumerate(bone.items[:3]):
            frac = 0.25 + 0.25 * i
            bx = start_x + (x - start_x) * frac
            by = tip_y + (spine_y - tip_y) * frac
            ax.plot([bx - 2.2, bx], [by, by], color="#7f8c8d", lw=1)
            ax.text(bx - 0.3, by + 0.04, f"{_clip(name, FISH_CHARS)} ×{n}", ha="right",
                    va="bottom", fontsize=MIN_PT)
    ax.set_title(title, fontsize=12)
    return png(fig)
