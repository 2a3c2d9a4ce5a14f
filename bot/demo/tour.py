"""The guided tour on the demo page: one repair from the report to the callback (回訪), then
a flat in custody on a day of heavy rain, and a new owner booking the move-in.

Each step names whom to play and where, and what the bot will say when the step is done
(pieces of the bot's own messages, so the page can move on by itself).
"""

from __future__ import annotations

from typing import Any

from bot.demo.cast import Cast
from bot.i18n import Translator
from bot.reports.pdf import plain
from domain.model import Locale

GROUP_LOCALE = Locale.ZH_HANT  # the demo estate's language: its staff groups speak it
ARGS = {  # the arguments of the messages a step waits for
    "repair-ask-category": (),
    "repair-submitted": ("number",),
    "repair-submitted-emergency": ("number",),
    "repair-submitted-emergency-desk": ("number",),
    "repair-submitted-after-hours": ("number", "opens"),
    "repair-accepted": ("number", "name"),
    "repair-done": ("number",),
    "callback-task": ("number", "category", "place", "name", "phone", "due"),
    "repair-closed": ("number",),
    "movein-ask-day": (),
}




def fragment(tr: Translator, locale: Locale, key: str) -> str:
    """A piece of a message that does not depend on its arguments: its start, or else its
    longest fixed part."""
    text = plain(tr(locale, key, **{a: "\x00" for a in ARGS[key]}))
    pieces = [p.strip() for p in text.split("\x00")]
    return pieces[0] if len(pieces[0]) >= 2 else max(pieces, key=len)


def tour_steps(tr: Translator, loc: Locale, cast: Cast) -> list[dict[str, Any]]:
    """The steps in the page's language; the resident is the one who speaks it."""
    resident, unit = cast.resident_of(loc.value)
    res_loc = Locale.guess(resident.language_code)
    plumber, other = cast.staff_by_key("crew:plumbing"), cast.staff_by_key("crew:plumbing+")
    desk = cast.staff_by_key("desk")
    new_owner = cast.residents[-1]
    crew_group, desk_group = cast.group_by_key("crew:plumbing"), cast.group_by_key("desk")

    def waits(chat_id: int, locale: Locale, *keys: str) -> dict[str, Any]:
        return {"chat_id": chat_id, "contains": [fragment(tr, locale, k) for k in keys]}

    args: dict[str, str] = {
        "resident": resident.first_name, "unit": unit, "plumber": plumber.first_name,
        "other": other.first_name, "desk": desk.first_name,
        "category": tr(res_loc, "cat-leak"), "confirm": tr(res_loc, "btn-confirm"),
        "accept": tr(GROUP_LOCALE, "btn-job-take"), "done": tr(GROUP_LOCALE, "btn-job-done"),
        "fixed": tr(res_loc, "btn-fixed-yes"),
        "satisfied": tr(GROUP_LOCALE, "btn-cb-satisfied"),
        "problem": tr(GROUP_LOCALE, "btn-cb-problem"),
    }
    where: list[tuple[int | None, int | None, dict[str, Any] | None]] = [
        (None, None, None),
        (resident.id, resident.id, waits(resident.id, res_loc, "repair-ask-category")),
        (resident.id, resident.id, waits(resident.id, res_loc, "repair-submitted",
                                         "repair-submitted-emergency",
                                         "repair-submitted-emergency-desk",
                                         "repair-submitted-after-hours")),
        (plumber.id, crew_group.id, waits(resident.id, res_loc, "repair-accepted")),
        (plumber.id, crew_group.id, waits(resident.id, res_loc, "repair-done")),
        (None, None, waits(desk_group.id, GROUP_LOCALE, "callback-task")),
        (desk.id, desk_group.id, waits(resident.id, res_loc, "repair-closed")),
        # The Observatory's warning (the page's Black rain button) calls B-20D's rain check.
        (desk.id, desk_group.id, {"chat_id": desk_group.id, "contains": [plain(tr(
            GROUP_LOCALE, "custody-weather-called", signal="WRAINB", kind="rain_before",
            count=1))]}),
        # A new owner books the move-in (入伙).
        (new_owner.id, new_owner.id, waits(new_owner.id, GROUP_LOCALE, "movein-ask-day")),
        (None, None, None),
    ]
    steps = []
    for n, (user_id, chat_id, wait) in enumerate(where, start=1):
        steps.append({"title": plain(tr(loc, f"demo-tour-{n}-title")),
                      "body": plain(tr(loc, f"demo-tour-{n}-body", **args)),
                      "user_id": user_id, "chat_id": chat_id, "wait_for": wait})
    return steps
