"""The monthly draw, pure: the same seed and the same candidates give the same checks, so a
draw can be reproduced from what was recorded."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from domain.spotchecks.model import CheckKind


@dataclass(frozen=True)
class Drawn:
    picked: dict[CheckKind, list[int]]
    found: dict[CheckKind, int]
    shortfall: dict[CheckKind, int]

    def checks(self) -> list[tuple[CheckKind, int]]:
        """The checks in the order they are shown: callbacks, renovations, move-ins."""
        return [(kind, target) for kind in CheckKind for target in self.picked.get(kind, [])]


def draw(candidates: Mapping[CheckKind, Sequence[int]], wanted: Mapping[CheckKind, int],
         seed: int) -> Drawn:
    """`wanted[kind]` of each kind's candidates at random (fewer candidates: all of them, the
    rest a shortfall). Candidates are sorted first, so their order does not matter."""
    rng = random.Random(seed)
    picked: dict[CheckKind, list[int]] = {}
    found: dict[CheckKind, int] = {}
    shortfall: dict[CheckKind, int] = {}
    for kind in CheckKind:
        pool = sorted(set(candidates.get(kind, ())))
        need = max(0, int(wanted.get(kind, 0)))
        found[kind] = len(pool)
        picked[kind] = rng.sample(pool, min(need, len(pool)))
        shortfall[kind] = max(0, need - len(pool))
    return Drawn(picked, found, shortfall)


def month_label(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_start(label: str) -> date:
    year, month = label.split("-")
    return date(int(year), int(month), 1)


def previous_month(label: str) -> str:
    first = month_start(label)
    return month_label(date(first.year - 1, 12, 1) if first.month == 1
                       else date(first.year, first.month - 1, 1))


def next_month(label: str) -> str:
    first = month_start(label)
    return month_label(date(first.year + 1, 1, 1) if first.month == 12
                       else date(first.year, first.month + 1, 1))


def valid_month(label: str) -> bool:
    try:
        return month_label(month_start(label)) == label
    except ValueError:
        return False
