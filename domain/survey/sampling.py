"""Who gets the survey: at least a share of occupied households (入伙業主數), spread across
buildings, avoiding households asked in the last 12 months (年度內避免重復). A pure function
with a seeded random generator, so the same inputs give the same sample."""

from __future__ import annotations

import math
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Household:
    """One unit of the registry as the sampler sees it."""

    unit_id: int
    building: str
    occupied: bool = True
    reachable: bool = True           # someone in it can be asked in chat
    last_surveyed: date | None = None  # send date of the latest other campaign that asked it


@dataclass(frozen=True)
class Sample:
    unit_ids: tuple[int, ...]
    target: int                       # ceil(share x occupied households)
    occupied: int
    per_building: dict[str, int]      # how many each building gets (proportional)
    repeats: tuple[int, ...] = ()     # asked again within 12 months: too few others were left
    unreachable: tuple[int, ...] = ()  # nobody on Telegram: the office hands out the paper form


def year_before(day: date) -> date:
    """The same day a year earlier (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def is_recent(h: Household, on: date) -> bool:
    """Asked by another campaign less than a year before (or after) `on`."""
    return h.last_surveyed is not None and h.last_surveyed > year_before(on)


def sample_size(occupied: int, share: float) -> int:
    """At least `share` of the occupied households, rounded up (one at least, if any)."""
    if occupied <= 0:
        return 0
    return min(occupied, max(1, math.ceil(round(share * occupied, 9))))


def allocate(counts: dict[str, int], target: int) -> dict[str, int]:
    """Split `target` over buildings in proportion to their households (largest remainder):
    every building gets its quota rounded down or up, never more than it has."""
    total = sum(counts.values())
    if total == 0:
        return {b: 0 for b in counts}
    quotas = {b: target * n / total for b, n in counts.items()}
    out = {b: math.floor(q) for b, q in quotas.items()}
    left = target - sum(out.values())
    order = sorted(counts, key=lambda b: (-(quotas[b] - out[b]), -counts[b], b))
    for b in order[:left]:
        out[b] += 1
    return out


def sample_households(households: list[Household], *, share: float, on: date,
                      seed: int) -> Sample:
    """Draw the sample for a campaign sent on `on`.

    Within each building: households not asked in the last 12 months first (at random,
    those someone can be asked in chat first); when too few are left, the least recently
    asked make up the number, and the sample says which ones they are."""
    occupied = sorted((h for h in households if h.occupied),
                      key=lambda h: (h.building, h.unit_id))
    by_building: dict[str, list[Household]] = defaultdict(list)
    for h in occupied:
        by_building[h.building].append(h)
    target = sample_size(len(occupied), share)
    shares = allocate({b: len(hs) for b, hs in by_building.items()}, target)
    rng = random.Random(seed)
    chosen: list[Household] = []
    for building in sorted(by_building):
        keyed = []
        for h in by_building[building]:
            recent = is_recent(h, on)
            last = h.last_surveyed if recent and h.last_surveyed else date.min
            keyed.append(((recent, last, not h.reachable, rng.random()), h))
        keyed.sort(key=lambda pair: pair[0])
        chosen += [h for _, h in keyed[:shares[building]]]
    return Sample(
        unit_ids=tuple(h.unit_id for h in chosen), target=target, occupied=len(occupied),
        per_building=shares,
        repeats=tuple(h.unit_id for h in chosen if is_recent(h, on)),
        unreachable=tuple(h.unit_id for h in chosen if not h.reachable))
