"""What custody messages show: the agreement, a reading, a check's report, the summary."""

from __future__ import annotations

from typing import Any

from bot.i18n import Translator
from bot.notices.cards import when
from domain.custody.model import (
    CHECK_ITEMS,
    Check,
    Custody,
    CustodyPolicy,
    Reading,
)
from domain.model import Locale
from store.uow import SqlUnitOfWork


def num(value: float | None) -> str:
    """A meter number as read (no grouping, no trailing zeros)."""
    return "—" if value is None else f"{value:g}"


async def context(uow: SqlUnitOfWork, custody: Custody) -> tuple[str, str, CustodyPolicy]:
    """The unit's label, the estate's time zone and its custody policy."""
    unit = await uow.units.get(custody.unit_id)
    estate = await uow.estates.get(custody.estate_id)
    assert estate is not None
    return (unit.label if unit else "?"), estate.tz, CustodyPolicy.of(estate)


async def agreement_text(uow: SqlUnitOfWork, tr: Translator, locale: Locale,
                         custody: Custody) -> str:
    """The agreement as the owner signs it: dates, contact, keys, the fee during custody and
    the meter limits."""
    unit, _, policy = await context(uow, custody)
    return tr(locale, "custody-agreement", number=custody.number, unit=unit,
              start=custody.start_date, end=custody.end_date, contact=custody.contact,
              keys=tr(locale, "custody-keys-yes" if custody.keys_held else "custody-keys-no"),
              rate=str(custody.fee_rate), water_limit=num(policy.water_limit),
              power_limit=num(policy.electricity_limit))


def reading_text(tr: Translator, locale: Locale, reading: Reading, tz: str) -> str:
    args: dict[str, Any] = {"kind": reading.kind.value, "at": when(reading.read_at, tz),
                            "water": num(reading.water), "power": num(reading.electricity)}
    text = tr(locale, "custody-reading-line", **args)
    if reading.water_used is not None:
        text += "\n" + tr(locale, "custody-reading-used", water_used=num(reading.water_used),
                          power_used=num(reading.electricity_used))
    return text


def checklist(tr: Translator, locale: Locale, items: dict[str, bool] | None) -> str:
    return "\n".join(tr(locale, "custody-check-item-line",
                        item=tr(locale, f"custody-item-{name}"),
                        ok="yes" if (items or {}).get(name) else "no")
                     for name in CHECK_ITEMS if items is not None and name in items)


def check_report(tr: Translator, locale: Locale, custody: Custody, unit: str, check: Check,
                 tz: str) -> str:
    text = tr(locale, "custody-check-report", number=custody.number, unit=unit,
              kind=check.kind.value, at=when(check.recorded_at, tz),
              result=check.result.value)
    text += "\n" + checklist(tr, locale, check.items)
    if check.note:
        text += "\n" + tr(locale, "custody-check-note", note=check.note)
    return text


async def summary(uow: SqlUnitOfWork, tr: Translator, locale: Locale, custody: Custody) -> str:
    """The staff's view of one agreement: its state, readings and checks."""
    unit, tz, _ = await context(uow, custody)
    lines = [tr(locale, "custody-summary", number=custody.number, unit=unit,
                status=custody.status.value, start=custody.start_date, end=custody.end_date,
                contact=custody.contact, rate=str(custody.fee_rate))]
    if custody.signed_at is not None:
        lines.append(tr(locale, "custody-summary-signed", at=when(custody.signed_at, tz)))
    for reading in await uow.custody.readings(custody.id):
        lines.append(reading_text(tr, locale, reading, tz)
                     + ("\n" + tr(locale, "custody-flag-mark") if reading.flagged else ""))
    for check in await uow.custody.checks(custody.id):
        lines.append(tr(locale, "custody-summary-check", kind=check.kind.value,
                        due=when(check.due_at, tz), result=check.result.value))
    if custody.keys_returned_at is not None:
        lines.append(tr(locale, "custody-summary-keys", at=when(custody.keys_returned_at, tz)))
    return "\n".join(lines)
