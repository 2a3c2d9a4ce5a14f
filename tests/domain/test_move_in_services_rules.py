"""Move-in services with no store: the inspection checklist by room and the errand list from
the estate's settings (defaults when unset), and the errand note's limits."""

from __future__ import annotations

from typing import Any

import pytest

from domain.errors import InvalidInput
from domain.model import Estate
from domain.move_in.errands import NOTE_MAX, note_text
from domain.move_in.model import CHECKLIST, ERRANDS, MoveInPolicy


def policy(move_in: Any) -> MoveInPolicy:
    return MoveInPolicy.of(Estate(1, "HV", "Harbour View", "Asia/Hong_Kong", "",
                                  settings={"move_in": move_in}))


def test_the_default_checklist_is_a_hong_kong_flat_room_by_room() -> None:
    p = policy({})
    assert [room for room, _ in p.checklist] == ["living", "bedroom", "kitchen", "bathroom",
                                                 "balcony"]
    assert p.rooms == tuple(room for room, _ in CHECKLIST)
    assert "gas" in p.items("kitchen") and "toilet" in p.items("bathroom")
    assert p.items("garage") == ()
    assert p.errands == ERRANDS and "water" in ERRANDS


def test_an_estate_sets_its_own_rooms_items_and_errands() -> None:
    p = policy({"checklist": {"living": ["walls", "floor"], "study": ["walls"],
                              "empty": []},
                "errands": ["water", "Broadband (HKBN)"]})
    assert p.checklist == (("living", ("walls", "floor")), ("study", ("walls",)))
    assert p.rooms == ("living", "study")
    assert p.errands == ("water", "Broadband (HKBN)")


def test_rooms_alone_get_the_default_items_or_a_generic_list() -> None:
    p = policy({"rooms": ["kitchen", "store_room"]})
    assert p.items("kitchen") == dict(CHECKLIST)["kitchen"]
    assert p.items("store_room") == ("walls", "floor", "windows", "sockets")


@pytest.mark.parametrize("bad", [{"checklist": ["living"]}, {"checklist": {"living": 3}}])
def test_an_unreadable_checklist_is_said(bad: dict[str, Any]) -> None:
    with pytest.raises(InvalidInput) as exc:
        policy(bad)
    assert exc.value.key == "movein-bad-settings"


def test_the_errand_note_is_cleaned_and_limited() -> None:
    assert note_text("  after\u202e 6pm\n") == "after 6pm"
    assert note_text(None) == ""
    with pytest.raises(InvalidInput):
        note_text("   ", required=True)
    with pytest.raises(InvalidInput) as long:
        note_text("x" * (NOTE_MAX + 1))
    assert long.value.key == "movein-errand-note-long"
