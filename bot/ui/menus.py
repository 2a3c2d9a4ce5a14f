"""Command menus per audience, set with setMyCommands in each person's language."""

from __future__ import annotations

from aiogram.types import BotCommand

from bot.i18n import Translator
from domain.model import Actor, GroupPurpose, Locale, StaffRole

# Order is the order in the menu. Features add their commands here.
ANON = ["start", "help", "language"]
RESIDENT = ["repair", "complaint", "renovate", "my", "survey", "start", "help", "language",
            "cancel"]
STAFF = ["queue", "ticket", "oncall", "code", "renovations", "survey", "start", "help",
         "language", "cancel"]
GROUP: dict[GroupPurpose, list[str]] = {p: ["queue", "ticket", "help"] for p in GroupPurpose}
GROUP[GroupPurpose.MANAGERS] = ["queue", "ticket", "survey", "help"]
# Desk and managers only (complaints are theirs).
OFFICE = ["complaints", "assign", "holders", "moveout", "sale"]
GROUP[GroupPurpose.DESK].insert(2, "complaints")
GROUP[GroupPurpose.MANAGERS].insert(2, "complaints")
# Security, desk and managers check renovation passes; managers edit the survey's questions.
CHECKERS = ["pass"]
MANAGERS = ["questions", "staff"]
GROUP[GroupPurpose.SECURITY].insert(2, "pass")
GROUP[GroupPurpose.MANAGERS].insert(4, "questions")
# Registry, staff and reassignment (issue 13).
GROUP[GroupPurpose.DESK].insert(3, "assign")
GROUP[GroupPurpose.MANAGERS].insert(3, "assign")
# House custody: the owner asks; the office reads meters, calls rain checks, views a unit's.
RESIDENT.insert(3, "custody")
OFFICE += ["meter", "custody_end", "custody", "rain"]
GROUP[GroupPurpose.DESK].insert(4, "rain")
GROUP[GroupPurpose.MANAGERS].insert(4, "rain")
# The household file (一戶一檔): desk, managers and the equipment supervisor.
FILE_VIEWERS = ["unit"]
# Repairs and complaints over a period as XLSX (desk and managers).
OFFICE += ["export"]


def _build(names: list[str], tr: Translator, locale: Locale) -> list[BotCommand]:
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return [BotCommand(command=n, description=tr(locale, f"cmd-{n}")) for n in seen]


def for_actor(actor: Actor, tr: Translator, locale: Locale) -> list[BotCommand]:
    names: list[str] = []
    if actor.is_resident:
        names += RESIDENT
    if actor.has_role_anywhere(StaffRole.DESK, StaffRole.MANAGER):
        names += OFFICE
    if actor.has_role_anywhere(StaffRole.DESK, StaffRole.MANAGER, StaffRole.SUPERVISOR):
        names += FILE_VIEWERS
    if actor.has_role_anywhere(StaffRole.SECURITY, StaffRole.DESK, StaffRole.MANAGER):
        names += CHECKERS
    if actor.has_role_anywhere(StaffRole.MANAGER):
        names += MANAGERS
    if actor.is_staff:
        names += STAFF
    return _build(names or ANON, tr, locale)


def default(tr: Translator, locale: Locale) -> list[BotCommand]:
    return _build(ANON, tr, locale)


def for_group(purpose: GroupPurpose, tr: Translator, locale: Locale) -> list[BotCommand]:
    return _build(GROUP[purpose], tr, locale)
# Staff search (issue 13).
STAFF.insert(2, "find")
# Residents' questions: the desk and managers keep the estate's answers (issue 15).
OFFICE.append("faq")
# Spot checks and corrective actions (issue 16): managers open and follow actions.
MANAGERS += ["action", "actions"]
GROUP[GroupPurpose.MANAGERS].insert(4, "actions")
# Paper forms (issue 16): desk, managers and the equipment supervisor print them.
FILE_VIEWERS.append("print")
# Paper surveys: the desk enters a returned paper form.
OFFICE.append("paper")
# Announcements (通告): the desk and managers write them and see who has read them.
OFFICE += ["announce", "announcements"]
# Reports (issue 16): /report week|month|registry for desk and managers.
OFFICE.append("report")
GROUP[GroupPurpose.DESK].insert(-1, "report")
GROUP[GroupPurpose.MANAGERS].insert(-1, "report")
