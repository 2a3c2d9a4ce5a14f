"""Command menus: security, desk and managers see /pass; managers see /questions."""

from __future__ import annotations

from bot.i18n import Translator
from bot.ui import menus
from domain.model import Actor, GroupPurpose, Locale, Person, StaffAssignment, StaffRole

TR = Translator()


def names(role: StaffRole) -> list[str]:
    actor = Actor(1, Person(1, 1, "X", Locale.EN), (StaffAssignment(1, 1, role),))
    return [c.command for c in menus.for_actor(actor, TR, Locale.EN)]


def test_pass_and_questions_in_the_menus_of_who_may_use_them() -> None:
    assert "pass" in names(StaffRole.SECURITY) and "questions" not in names(StaffRole.SECURITY)
    assert "pass" in names(StaffRole.DESK) and "questions" in names(StaffRole.MANAGER)
    assert "pass" not in names(StaffRole.CREW)
    group = [c.command for c in menus.for_group(GroupPurpose.SECURITY, TR, Locale.ZH_HANT)]
    assert "pass" in group
    managers = [c.command for c in menus.for_group(GroupPurpose.MANAGERS, TR, Locale.EN)]
    assert "questions" in managers and "complaints" in managers
