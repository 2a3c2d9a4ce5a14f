"""Who may open a household file and who sees ID-card images (domain/household.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from domain import household
from domain.household import Entry, FileDoc
from domain.model import Actor, Locale, Person, StaffAssignment, StaffRole

AT = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


def _actor(*roles: StaffRole, estate: int = 1) -> Actor:
    person = Person(1, 10, "P", Locale.EN)
    return Actor(10, person, tuple(StaffAssignment(1, estate, r) for r in roles), ())


def test_viewers_and_id_viewers() -> None:
    for role, view, ids in [(StaffRole.DESK, True, True), (StaffRole.MANAGER, True, True),
                            (StaffRole.SUPERVISOR, True, False), (StaffRole.CREW, False, False),
                            (StaffRole.SECURITY, False, False)]:
        actor = _actor(role)
        assert household.may_view(actor, 1) is view, role
        assert household.may_see_ids(actor, 1) is ids, role
        assert not household.may_view(actor, 2)  # another estate's files, never
    assert not household.may_view(Actor(11, None), 1)  # a resident or a stranger


def test_withheld_files_lose_their_path_and_name() -> None:
    entry = Entry(AT, "ticket", "renovation", "F-2026-000001", "closed", files=(
        FileDoc("id-card", "image/jpeg", None, "private/x.jpg", sensitive=True),
        FileDoc("drawing", "application/pdf", "plan.pdf", "files/p.pdf")))
    out = household._withhold(entry)
    assert out.files[0].withheld and out.files[0].path is None
    assert out.files[1] == entry.files[1]
