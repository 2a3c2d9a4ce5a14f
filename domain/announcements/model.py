"""What an announcement is and who it reaches: a pure function of the registry (the people
living in units of the estate) and the audience the office picked."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from domain.errors import InvalidInput
from domain.model import Locale, Relation

ALL = "*"  # the key of one text for every language
TEXT_MAX = 3500
OWNERS = (Relation.OWNER, Relation.CO_OWNER)


class Scope(StrEnum):
    ESTATE = "estate"
    BUILDINGS = "buildings"
    FLOORS = "floors"
    UNITS = "units"


class Reach(StrEnum):
    OWNERS = "owners"
    TENANTS = "tenants"
    BOTH = "both"


class Status(StrEnum):
    SCHEDULED = "scheduled"  # waiting for its time
    SENDING = "sending"      # recipients recorded, being queued in batches
    SENT = "sent"            # everyone queued
    REMINDING = "reminding"  # the one reminder being queued
    REMINDED = "reminded"


@dataclass(frozen=True)
class Audience:
    """Who it is for: the estate, some buildings (codes), floors ("A:12", "*:3": a floor of
    every building) or units (ids); owners, tenants or both."""

    scope: Scope
    reach: Reach = Reach.BOTH
    values: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"scope": self.scope.value, "reach": self.reach.value, "values": list(self.values)}

    @classmethod
    def of(cls, raw: dict[str, Any]) -> Audience:
        return cls(Scope(raw["scope"]), Reach(raw.get("reach", "both")),
                   tuple(str(v) for v in raw.get("values", ())))


@dataclass(frozen=True)
class Member:
    """One person living in a unit of the estate, as the registry says today."""

    person_id: int
    unit_id: int
    building: str
    floor: str
    relation: Relation
    reachable: bool  # on Telegram and not known to have blocked the bot


@dataclass(frozen=True)
class Reached:
    """Who an audience reaches: one row per person (their first unit in the audience)."""

    people: tuple[Member, ...]
    unreachable: int  # people in the audience the bot cannot message

    @property
    def households(self) -> int:
        return len({m.unit_id for m in self.people})


def _relation_fits(relation: Relation, reach: Reach) -> bool:
    if reach is Reach.OWNERS:
        return relation in OWNERS
    if reach is Reach.TENANTS:
        return relation is Relation.TENANT
    return True


def _place_fits(m: Member, a: Audience) -> bool:
    if a.scope is Scope.ESTATE:
        return True
    if a.scope is Scope.BUILDINGS:
        return m.building.upper() in {v.upper() for v in a.values}
    if a.scope is Scope.FLOORS:
        floor = _floor_key(m.floor)
        return any(b in (ALL, m.building.upper()) and f == floor
                   for b, _, f in (v.partition(":") for v in a.values))
    return str(m.unit_id) in a.values


def select(members: list[Member], audience: Audience) -> Reached:
    """The people an audience reaches, each once, in a stable order (by person)."""
    seen: dict[int, Member] = {}
    unreachable: set[int] = set()
    for m in sorted(members, key=lambda m: (m.person_id, m.unit_id)):
        if not (_relation_fits(m.relation, audience.reach) and _place_fits(m, audience)):
            continue
        if not m.reachable:
            unreachable.add(m.person_id)
        elif m.person_id not in seen:
            seen[m.person_id] = m
    return Reached(tuple(seen.values()), len(unreachable - set(seen)))


# ---------------------------------------------------------------- reading what the office typed

_SPLIT = re.compile(r"[,，、;；\s]+")
_FLOOR = re.compile(r"^(?:([A-Z]+)[:/座]?)?(\d{1,3})(?:-(\d{1,3}))?[F樓楼层層]?$")


def _floor_key(raw: str) -> str:
    digits = "".join(ch for ch in raw if ch.isdigit())
    return str(int(digits)) if digits else raw.strip().upper()


def tokens(text: str) -> list[str]:
    norm = unicodedata.normalize("NFKC", text).upper()
    return [t for t in _SPLIT.split(norm) if t]


def parse_floors(text: str) -> tuple[str, ...]:
    """Floors as typed: "12", "3-5", "A12", "A:3-5", "B 12/F" → ("A:12", "*:3", ...)."""
    out: list[str] = []
    pending: str | None = None  # "A" then "12" as two tokens
    for tok in tokens(text.replace("/F", "F")):
        if re.fullmatch(r"[A-Z][A-Z0-9]*", tok) and not tok[-1].isdigit():
            pending = tok
            continue
        m = _FLOOR.match(tok)
        if m is None:
            raise InvalidInput("announce-floors-bad", text=tok[:20])
        building = m.group(1) or pending or ALL
        low = int(m.group(2))
        high = int(m.group(3) or low)
        if high < low or high - low > 200:
            raise InvalidInput("announce-floors-bad", text=tok[:20])
        out.extend(f"{building}:{f}" for f in range(low, high + 1))
        pending = None
    if not out:
        raise InvalidInput("announce-floors-bad", text=text.strip()[:20])
    return tuple(dict.fromkeys(out))


def check_texts(texts: dict[str, str]) -> dict[str, str]:
    """One text for all, or one per language; each kept as written (trimmed)."""
    clean = {k: v.strip() for k, v in texts.items() if v and v.strip()}
    if not clean:
        raise InvalidInput("announce-text-empty")
    for k in clean:
        if k != ALL and k not in {loc.value for loc in Locale}:
            raise InvalidInput("announce-text-empty")
    return clean


def read_text(text: str) -> str:
    body = (text or "").strip()
    if len(body) < 3:
        raise InvalidInput("announce-text-short")
    if len(body) > TEXT_MAX:
        raise InvalidInput("announce-text-long", max=TEXT_MAX)
    return body


def text_for(texts: dict[str, str], locale: Locale) -> str:
    """The text in the person's language; one text for all; else the first one written."""
    if locale.value in texts:
        return texts[locale.value]
    if ALL in texts:
        return texts[ALL]
    for loc in Locale:
        if loc.value in texts:
            return texts[loc.value]
    return next(iter(texts.values()), "")


@dataclass(frozen=True)
class Draft:
    estate_id: int
    texts: dict[str, str]
    audience: Audience
    send_at: datetime
    urgent: bool = False
    files: dict[str, Any] = field(default_factory=dict)  # {"photos": [FileRef dicts]}


@dataclass(frozen=True)
class Announcement:
    id: int
    estate_id: int
    author_id: int | None
    texts: dict[str, str]
    files: dict[str, Any]
    audience: Audience
    urgent: bool
    status: Status
    send_at: datetime
    created_at: datetime
    total: int = 0
    reminded_at: datetime | None = None


@dataclass(frozen=True)
class Recipient:
    id: int
    announcement_id: int
    person_id: int
    unit_id: int
    building: str
    ref: str
    read_at: datetime | None = None


@dataclass(frozen=True)
class BuildingCounts:
    building: str
    recipients: int
    delivered: int
    read: int
    blocked: int


def recipient_ref(announcement_id: int, person_id: int) -> str:
    return f"ann:{announcement_id}:{person_id}"
