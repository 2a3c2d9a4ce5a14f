"""Who an announcement reaches: the estate, buildings, floors, units; owners, tenants or both;
each person once; people the bot cannot message counted apart."""

from __future__ import annotations

import pytest

from domain.announcements.model import (
    ALL,
    Audience,
    Member,
    Reach,
    Scope,
    check_texts,
    parse_floors,
    select,
    text_for,
)
from domain.errors import InvalidInput
from domain.model import Locale, Relation

OWN, T, C = Relation.OWNER, Relation.TENANT, Relation.CO_OWNER
MEMBERS = [
    Member(1, 10, "A", "3", OWN, True),
    Member(2, 11, "A", "12", OWN, True),
    Member(3, 11, "A", "12", T, True),
    Member(4, 20, "B", "1", T, True),
    Member(5, 21, "B", "12", C, True),
    Member(6, 30, "C", "5", OWN, True),
    Member(7, 30, "C", "5", T, False),   # not on Telegram
    Member(1, 31, "C", "12", OWN, True),   # person 1 owns a second flat
]


def people(audience: Audience) -> list[int]:
    return [m.person_id for m in select(MEMBERS, audience).people]


def test_estate_reaches_everyone_once() -> None:
    reached = select(MEMBERS, Audience(Scope.ESTATE))
    assert [m.person_id for m in reached.people] == [1, 2, 3, 4, 5, 6]
    assert reached.unreachable == 1
    assert reached.households == 5  # two people in 12A of A


def test_buildings_and_reach() -> None:
    assert people(Audience(Scope.BUILDINGS, values=("A", "b"))) == [1, 2, 3, 4, 5]
    assert people(Audience(Scope.BUILDINGS, Reach.OWNERS, ("A", "B"))) == [1, 2, 5]
    assert people(Audience(Scope.BUILDINGS, Reach.TENANTS, ("A", "B"))) == [3, 4]
    assert 6 not in people(Audience(Scope.BUILDINGS, values=("A", "B")))


def test_floors_of_one_or_every_building() -> None:
    assert people(Audience(Scope.FLOORS, values=("*:12",))) == [1, 2, 3, 5]
    assert people(Audience(Scope.FLOORS, values=("A:12",))) == [2, 3]
    assert parse_floors("12, 3-5") == ("*:12", "*:3", "*:4", "*:5")
    assert parse_floors("A 3-4, B12") == ("A:3", "A:4", "B:12")
    assert parse_floors("Ａ12樓") == ("A:12",)
    with pytest.raises(InvalidInput, match="announce-floors-bad"):
        parse_floors("top")
    with pytest.raises(InvalidInput, match="announce-floors-bad"):
        parse_floors("9-3")


def test_units() -> None:
    assert people(Audience(Scope.UNITS, values=("11", "30"))) == [2, 3, 6]
    reached = select(MEMBERS, Audience(Scope.UNITS, values=("30",)))
    assert reached.unreachable == 1


def test_texts_per_language_or_one_for_all() -> None:
    texts = {"zh-Hant": "停水通知", "en": "Water cut"}
    assert text_for(texts, Locale.EN) == "Water cut"
    assert text_for(texts, Locale.ZH_HANS) == "停水通知"  # falls back in catalog order
    assert text_for({ALL: "x"}, Locale.EN) == "x"
    with pytest.raises(InvalidInput):
        check_texts({"en": "  "})


def test_audience_round_trips_as_json() -> None:
    a = Audience(Scope.FLOORS, Reach.TENANTS, ("A:3",))
    assert Audience.of(a.to_json()) == a
