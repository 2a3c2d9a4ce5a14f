"""The registry lists (產權清冊, 租賃清冊) as at a month's end, and the month's changes.

A link counts at the month's end when it started on or before the last day and had not
ended by then (`ended_on` is the day it ended; a sale ends the old links and starts the new
owner's on the same day). Personal data: these lists go to the office only (desk, managers).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.model import Person, Relation, Unit
from domain.ports import UnitAttrs
from domain.reports.period import Month

OWNERS = (Relation.OWNER, Relation.CO_OWNER)


@dataclass(frozen=True)
class Holding:
    """One link of a person to a unit, with the unit's registry facts."""

    unit: Unit
    attrs: UnitAttrs
    person: Person
    relation: Relation
    since: date
    ended_on: date | None = None
    end_reason: str | None = None
    lease_start: date | None = None
    lease_end: date | None = None

    def held_on(self, day: date) -> bool:
        return self.since <= day and (self.ended_on is None or self.ended_on > day)


@dataclass(frozen=True)
class PropertyLine:
    unit: Unit
    attrs: UnitAttrs
    owners: tuple[Holding, ...]


@dataclass(frozen=True)
class Change:
    """A link that started or ended in the month: kind is start-<relation> or
    end-<reason> (sold, moved-out, removed)."""

    day: date
    unit: Unit
    kind: str
    holding: Holding


@dataclass(frozen=True)
class RegistryLists:
    month: Month
    properties: tuple[PropertyLine, ...]
    tenancies: tuple[Holding, ...]
    changes: tuple[Change, ...]


def lists(month: Month, units: list[tuple[Unit, UnitAttrs]],
          holdings: list[Holding]) -> RegistryLists:
    """Every unit with its owners, every tenancy, as at the month's last day; every change."""
    last = month.last_day
    current = [h for h in holdings if h.held_on(last)]
    owners: dict[int, list[Holding]] = {}
    for h in current:
        if h.relation in OWNERS:
            owners.setdefault(h.unit.id, []).append(h)
    properties = tuple(PropertyLine(u, a, tuple(owners.get(u.id, ())))
                       for u, a in sorted(units, key=lambda ua: ua[0].label))
    tenancies = tuple(sorted((h for h in current if h.relation is Relation.TENANT),
                             key=lambda h: (h.unit.label, h.since)))
    changes: list[Change] = []
    for h in holdings:
        if month.first_day <= h.since <= last:
            changes.append(Change(h.since, h.unit, f"start-{h.relation.value}", h))
        if h.ended_on is not None and month.first_day <= h.ended_on <= last:
            changes.append(Change(h.ended_on, h.unit, f"end-{h.end_reason or 'removed'}", h))
    changes.sort(key=lambda c: (c.day, c.unit.label, c.kind.startswith("start")))
    return RegistryLists(month, properties, tenancies, tuple(changes))
