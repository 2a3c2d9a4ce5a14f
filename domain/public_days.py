"""The estate's days off as the office edits them: Hong Kong's public holidays (from the
`holidays` package) by default, plus the estate's own; a public holiday the office works on is
kept in `calendar.open_days` (audited like every estate setting)."""

from __future__ import annotations

import json
from datetime import date, datetime

from domain.calendar import estate_holidays, public_holidays
from domain.estate_settings import set_estate_setting
from domain.model import Estate
from domain.ports import UnitOfWork


def _country(estate: Estate) -> str:
    raw = estate.settings.get("calendar") or {}
    country = str(raw.get("public_holidays", "HK") or "").upper()
    return "" if country == "NONE" else country


def _open_days(estate: Estate) -> list[str]:
    return [str(d) for d in (estate.settings.get("calendar") or {}).get("open_days") or ()]


async def _set_open_days(uow: UnitOfWork, estate: Estate, days: list[str],
                         now: datetime) -> None:
    await set_estate_setting(uow, estate, "calendar.open_days", json.dumps(sorted(set(days))),
                             now)


async def days_off(uow: UnitOfWork, estate: Estate, years: range) -> list[tuple[date, str, str]]:
    """(day, name, "estate" | "public") for the given years, in order."""
    own = dict(await uow.estates.holidays(estate.id))
    public = public_holidays(_country(estate)) if _country(estate) else {}
    off = estate_holidays(frozenset(own), estate.settings)
    out = [(d, own.get(d) or public.get(d, ""), "estate" if d in own else "public")
           for d in off if d.year in years]
    return sorted(out)


async def add_day(uow: UnitOfWork, estate: Estate, day: date, name: str,
                  now: datetime) -> bool:
    """A day off: the estate's own, or a public holiday no longer worked."""
    country = _country(estate)
    if day.isoformat() in _open_days(estate):
        await _set_open_days(uow, estate, [d for d in _open_days(estate)
                                           if d != day.isoformat()], now)
        if country and day in public_holidays(country):
            return True
    return await uow.estates.add_holiday(estate.id, day, name)


async def remove_day(uow: UnitOfWork, estate: Estate, day: date, now: datetime) -> bool:
    """The office works that day: the estate's own holiday goes, a public one is kept in
    `calendar.open_days`."""
    removed = await uow.estates.remove_holiday(estate.id, day)
    country = _country(estate)
    if country and day in public_holidays(country) and day.isoformat() not in _open_days(estate):
        await _set_open_days(uow, estate, [*_open_days(estate), day.isoformat()], now)
        return True
    return removed
