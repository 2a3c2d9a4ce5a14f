"""Sampling properties: at least the share of occupied households, vacant units never, no
household asked twice within 12 months while others are left, spread across buildings."""

from __future__ import annotations

import math
from collections import Counter
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.survey.sampling import (
    Household,
    allocate,
    is_recent,
    sample_households,
    sample_size,
    year_before,
)

ON = date(2026, 12, 15)


@st.composite
def estates(draw: st.DrawFn) -> list[Household]:
    buildings = draw(st.lists(st.sampled_from("ABCDEFG"), min_size=1, max_size=5, unique=True))
    out = []
    uid = 0
    for b in buildings:
        for _ in range(draw(st.integers(0, 40))):
            uid += 1
            surveyed = draw(st.one_of(st.none(), st.integers(-900, 200)))
            out.append(Household(uid, b, occupied=draw(st.booleans() | st.just(True)),
                                 reachable=draw(st.booleans()),
                                 last_surveyed=ON + timedelta(days=surveyed)
                                 if surveyed is not None else None))
    return out


shares = st.sampled_from([0.05, 0.1, 0.2, 0.25, 1 / 3, 0.5, 0.8, 1.0]) | st.floats(0.01, 1.0)


@settings(max_examples=300, deadline=None)
@given(estates(), shares, st.integers(0, 2**32))
def test_sample_properties(households: list[Household], share: float, seed: int) -> None:
    s = sample_households(households, share=share, on=ON, seed=seed)
    occupied = [h for h in households if h.occupied]
    by_id = {h.unit_id: h for h in households}
    chosen = [by_id[u] for u in s.unit_ids]
    # At least the configured share of occupied households, rounded up; no one twice.
    assert len(s.unit_ids) == len(set(s.unit_ids)) == s.target
    assert s.target >= share * len(occupied) - 1e-9
    assert s.target == (math.ceil(round(share * len(occupied), 9)) if occupied else 0)
    # Vacant units are never sampled.
    assert all(h.occupied for h in chosen)
    # Spread: each building gets its proportional quota, rounded down or up.
    per = Counter(h.building for h in chosen)
    totals = Counter(h.building for h in occupied)
    for b, n in totals.items():
        quota = s.target * n / len(occupied)
        assert math.floor(quota) <= per[b] <= math.ceil(quota)
        assert per[b] == s.per_building[b]
    # No household asked again within 12 months while a household of its building was not.
    for b in totals:
        fresh_left = [h for h in occupied if h.building == b and not is_recent(h, ON)
                      and h.unit_id not in s.unit_ids]
        repeats = [h for h in chosen if h.building == b and is_recent(h, ON)]
        assert not (fresh_left and repeats)
        # ...and the repeats are the least recently asked ones.
        others = [h for h in occupied if h.building == b and is_recent(h, ON)
                  and h.unit_id not in s.unit_ids]
        if repeats and others:
            assert max(h.last_surveyed for h in repeats) <= min(  # type: ignore[type-var]
                h.last_surveyed for h in others)  # type: ignore[type-var]
    assert set(s.repeats) == {h.unit_id for h in chosen if is_recent(h, ON)}
    assert set(s.unreachable) == {h.unit_id for h in chosen if not h.reachable}


@settings(max_examples=100, deadline=None)
@given(estates(), st.integers(0, 2**32))
def test_enough_fresh_households_means_no_repeat_within_a_year(households: list[Household],
                                                               seed: int) -> None:
    fresh = [h for h in households if h.occupied and not is_recent(h, ON)]
    s = sample_households(households, share=0.2, on=ON, seed=seed)
    if all(sum(1 for h in fresh if h.building == b) >= n for b, n in s.per_building.items()):
        assert s.repeats == ()


@settings(max_examples=50, deadline=None)
@given(estates(), st.integers(0, 2**32))
def test_same_seed_same_sample(households: list[Household], seed: int) -> None:
    a = sample_households(households, share=0.2, on=ON, seed=seed)
    b = sample_households(list(reversed(households)), share=0.2, on=ON, seed=seed)
    assert a == b


def test_reachable_households_come_first_among_fresh_ones() -> None:
    homes = [Household(i, "A", reachable=i > 5) for i in range(1, 11)]
    s = sample_households(homes, share=0.5, on=ON, seed=7)
    assert sorted(s.unit_ids) == [6, 7, 8, 9, 10] and s.unreachable == ()


def test_year_boundaries_and_sizes() -> None:
    assert year_before(date(2028, 2, 29)) == date(2027, 2, 28)
    asked_a_year_ago = Household(1, "A", last_surveyed=date(2025, 12, 15))
    assert not is_recent(asked_a_year_ago, ON)
    assert is_recent(Household(1, "A", last_surveyed=date(2025, 12, 16)), ON)
    assert sample_size(150, 0.2) == 30 and sample_size(151, 0.2) == 31
    assert sample_size(3, 0.2) == 1 and sample_size(0, 0.2) == 0
    assert allocate({"A": 60, "B": 50, "C": 40}, 30) == {"A": 12, "B": 10, "C": 8}
    assert allocate({"A": 1, "B": 1, "C": 1}, 2) == {"A": 1, "B": 1, "C": 0}
