"""Office set-up: estates, calendars, the unit and people registry, one-time codes."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from domain import codes
from domain.calendar import BusinessCalendar, estate_holidays, format_hours, parse_hours, zone
from domain.errors import ImportFailed, InvalidInput, NotFound
from domain.model import (
    CodeKind,
    Estate,
    GroupPurpose,
    Locale,
    Relation,
    StaffRole,
    Trade,
    Unit,
)
from domain.ports import UnitAttrs, UnitOfWork
from domain.text import clean, phone_number

_ESTATE_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")
_UNIT_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9/_.-]{0,15}$")

DEFAULT_CODE_DAYS = {CodeKind.STAFF: 7, CodeKind.GROUP: 2, CodeKind.RESIDENT: 30,
                     CodeKind.CONTRACTOR: 14}


def calendar_of(estate: Estate) -> BusinessCalendar:
    """The estate's office calendar: its hours, its own holidays and the public holidays."""
    return BusinessCalendar.build(estate.tz, estate.hours,
                                  estate_holidays(estate.holidays, estate.settings))


async def create_estate(uow: UnitOfWork, *, code: str, name: str, tz: str = "Asia/Hong_Kong",
                        hours: str = "mon-fri 08:30-18:00; sat-sun 09:00-17:00",
                        locale: Locale = Locale.ZH_HANT,
                        settings: dict[str, Any] | None = None) -> Estate:
    """Create an estate with its time zone and office hours."""
    if not _ESTATE_CODE.match(code):
        raise InvalidInput("estate-bad-code", code=code)
    zone(tz)
    normalised = format_hours(parse_hours(hours))
    if await uow.estates.by_code(code) is not None:
        raise InvalidInput("estate-exists", code=code)
    name = clean(name)
    if not name:
        raise InvalidInput("input-empty", field="name")
    return await uow.estates.add(code, name, tz, normalised, locale, settings or {})


async def estate_by_code(uow: UnitOfWork, code: str) -> Estate:
    estate = await uow.estates.by_code(code)
    if estate is None:
        raise NotFound("estate-not-found", code=code)
    return estate


# ---------------------------------------------------------------- registry import

UNIT_COLUMNS = ("building", "unit")
PEOPLE_COLUMNS = ("building", "unit", "relation", "name")


@dataclass(frozen=True)
class ImportReport:
    buildings: int
    units: int
    people: int
    tenures: int


def _opt_float(row: dict[str, str], key: str, errors: list[str]) -> float | None:
    raw = (row.get(key) or "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        errors.append(f"{key}: not a number ({raw[:20]})")
        return None
    if value < 0 or value > 1e6:
        errors.append(f"{key}: out of range")
    return value


def _opt_date(row: dict[str, str], key: str, errors: list[str]) -> date | None:
    raw = (row.get(key) or "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        errors.append(f"{key}: not a date YYYY-MM-DD ({raw[:20]})")
        return None


def _bool(raw: str | None) -> bool:
    return (raw or "yes").strip().lower() not in {"no", "n", "0", "false", "vacant", "否", "空置"}


def _part(row: dict[str, str], key: str, errors: list[str]) -> str:
    raw = clean(row.get(key) or "")
    if not raw:
        errors.append(f"{key}: missing")
    elif not _UNIT_PART.match(raw):
        errors.append(f"{key}: bad value ({raw[:20]})")
    return raw.upper()


Rows = list[tuple[int, dict[str, str]]]


async def import_units(uow: UnitOfWork, estate: Estate, rows: Rows) -> ImportReport:
    """Create or update buildings and units; any bad row rejects the whole file."""
    errors: list[tuple[int, str]] = []
    parsed = []
    seen: set[tuple[str, str]] = set()
    for n, row in rows:
        errs: list[str] = []
        b, u = _part(row, "building", errs), _part(row, "unit", errs)
        attrs = UnitAttrs(
            floor=clean(row.get("floor") or "") or None,
            unit_type=clean(row.get("type") or "") or None,
            usable_area=_opt_float(row, "usable_area", errs),
            built_area=_opt_float(row, "built_area", errs),
            land_area=_opt_float(row, "land_area", errs),
            use=clean(row.get("use") or "") or None,
            facilities=clean(row.get("facilities") or "") or None,
            parking=clean(row.get("parking") or "") or None,
            occupied=_bool(row.get("occupied")),
        )
        if (b, u) in seen and not errs:
            errs.append(f"unit {b}-{u} appears twice")
        seen.add((b, u))
        errors.extend((n, e) for e in errs)
        parsed.append((b, clean(row.get("building_name") or "") or b, u, attrs))
    if errors:
        raise ImportFailed(errors)
    if not parsed:
        raise ImportFailed([(1, "no rows")])
    buildings = {}
    for b, bname, u, attrs in parsed:
        if b not in buildings:
            buildings[b] = await uow.units.upsert_building(estate.id, b, bname)
        await uow.units.upsert_unit(buildings[b], u, attrs)
    return ImportReport(len(buildings), len(parsed), 0, 0)


async def import_people(uow: UnitOfWork, estate: Estate, rows: Rows,
                        today: date) -> ImportReport:
    """Add owners, tenants and proxies to existing units; any bad row rejects the whole file."""
    errors: list[tuple[int, str]] = []
    parsed = []
    for n, row in rows:
        errs: list[str] = []
        b, u = _part(row, "building", errs), _part(row, "unit", errs)
        unit = await uow.units.find(estate.id, b, u) if not errs else None
        if not errs and unit is None:
            errs.append(f"unit {b}-{u} is not in the registry")
        rel_raw = (row.get("relation") or "").strip().lower()
        try:
            relation = Relation(rel_raw)
        except ValueError:
            errs.append(f"relation: one of {', '.join(r.value for r in Relation)}")
            relation = Relation.OWNER
        name = clean(row.get("name") or "")
        if not name:
            errs.append("name: missing")
        elif len(name) > 100:
            errs.append("name: longer than 100 characters")
        phone = None
        if (row.get("phone") or "").strip():
            try:
                phone = phone_number(row.get("phone"))
            except InvalidInput:
                errs.append("phone: not a phone number")
        since = _opt_date(row, "since", errs) or today
        lease_start = _opt_date(row, "lease_start", errs)
        lease_end = _opt_date(row, "lease_end", errs)
        if lease_start and lease_end and lease_end < lease_start:
            errs.append("lease_end is before lease_start")
        if relation is not Relation.TENANT and (lease_start or lease_end):
            errs.append("lease dates are only for tenants")
        errors.extend((n, e) for e in errs)
        parsed.append((unit, relation, name, phone, since, lease_start, lease_end))
    if errors:
        raise ImportFailed(errors)
    if not parsed:
        raise ImportFailed([(1, "no rows")])
    people = tenures = 0
    for unit, relation, name, phone, since, ls, le in parsed:
        assert unit is not None
        person = await uow.people.find_in_unit(unit.id, name, relation)
        if person is None:
            person = await uow.people.add(name, estate_locale(estate), phone=phone)
            people += 1
        if await uow.tenures.find_active(person.id, unit.id) is None:
            await uow.tenures.add(person.id, unit.id, relation, since, ls, le)
            tenures += 1
    return ImportReport(0, 0, people, tenures)


def estate_locale(estate: Estate) -> Locale:
    return Locale(estate.settings.get("locale", Locale.ZH_HANT.value))


# ---------------------------------------------------------------- one-time codes


async def issue_code(uow: UnitOfWork, *, kind: CodeKind, estate: Estate, now: datetime,
                     created_by: str, pepper: str, role: StaffRole | None = None,
                     trade: Trade | None = None, purpose: GroupPurpose | None = None,
                     unit_label: str | None = None, relation: Relation | None = None,
                     name: str | None = None, days: int | None = None,
                     ticket_id: int | None = None) -> str:
    """Issue a one-time code and return it in plain text (it is stored only as a hash)."""
    payload: dict[str, Any] = {}
    if kind is CodeKind.STAFF:
        if role is None:
            raise InvalidInput("code-needs-role")
        if role is StaffRole.CREW and trade is None:
            raise InvalidInput("code-needs-trade")
        payload = {"role": role.value, "trade": trade.value if trade else None}
        if name:
            payload["name"] = clean(name)[:100]
    elif kind is CodeKind.GROUP:
        if purpose is None:
            raise InvalidInput("code-needs-purpose")
        if purpose is GroupPurpose.CREW and trade is None:
            raise InvalidInput("code-needs-trade")
        payload = {"purpose": purpose.value,
                   "trade": trade.value if purpose is GroupPurpose.CREW and trade else None}
    elif kind is CodeKind.CONTRACTOR:
        if ticket_id is None:
            raise InvalidInput("code-needs-ticket")
        payload = {"ticket_id": ticket_id}
    else:
        if not unit_label or relation is None:
            raise InvalidInput("code-needs-unit")
        unit = await find_unit_by_label(uow, estate.id, unit_label)
        payload = {"unit_id": unit.id, "relation": relation.value}
        if name:
            person = await uow.people.find_in_unit(unit.id, clean(name), relation)
            payload["name"] = clean(name)[:100]
            if person is not None:
                payload["person_id"] = person.id
    plain = codes.new_code()
    ttl = timedelta(days=days if days is not None else DEFAULT_CODE_DAYS[kind])
    if ttl <= timedelta(0) or ttl > timedelta(days=366):
        raise InvalidInput("code-bad-days")
    code_id = await uow.codes.add(codes.code_hash(plain, pepper), kind, estate.id, payload,
                                  now + ttl, created_by)
    await uow.audit.record(at=now, entity="code", entity_id=str(code_id), action="issued",
                           to_state=kind.value, detail={"by": created_by})
    return plain


_B = r"(?P<b>[A-Z0-9]{1,8})"
_FLOOR_FLAT = (r"(?P<f>\d{1,3})\s*(?:/\s*F|F|FLOOR|[樓楼層层])\s*,?\s*(?:FLAT\s*)?"
               r"(?P<x>[A-Z0-9]{1,4})\s*[室號号]?")
_NUMBER = r"(?:FLAT\s*)?(?P<n>[A-Z0-9]{1,8})\s*[室號号]?"
# How people write a unit, after NFKC (full-width ＡＢ１２ become AB12) and upper case:
# A-12B, A座12樓B室, A座12B, Block A 12/F Flat B, Flat B, 12/F, Block A, 12B, Block A.
_SPELLINGS = [re.compile(p) for p in (
    rf"^{_B}\s*-\s*(?P<n>[A-Z0-9][A-Z0-9/_.]{{0,15}})$",
    rf"^{_B}\s*座\s*,?\s*{_FLOOR_FLAT}$",
    rf"^{_B}\s*座\s*,?\s*{_NUMBER}$",
    rf"^BLOCK\s*{_B}\s*,?\s*{_FLOOR_FLAT}$",
    rf"^BLOCK\s*{_B}\s*,?\s*{_NUMBER}$",
    rf"^FLAT\s*(?P<x>[A-Z0-9]{{1,4}})\s*,?\s*(?P<f>\d{{1,3}})\s*/\s*F\s*,?\s*BLOCK\s*{_B}$",
    rf"^{_NUMBER}\s*,?\s*BLOCK\s*{_B}$",
)]
_BARE = re.compile(r"^(?:FLAT\s*)?(?P<n>\d{1,3}[A-Z]{0,2})\s*[室號号]?$")
_BARE_FLOOR_FLAT = re.compile(rf"^{_FLOOR_FLAT}$")
_DASHES = re.compile("[\u2010-\u2015\u2212\ufe58\ufe63]")


def unit_spelling(label: str) -> tuple[str | None, str] | None:
    """(building, number) from a unit as people write it; building None for a flat alone
    (12B), which names a unit only in an estate of one block; None when it reads as no unit."""
    text = unicodedata.normalize("NFKC", clean(label)).upper()
    text = _DASHES.sub("-", text).strip()
    for pattern in _SPELLINGS:
        m = pattern.match(text)
        if m:
            parts = m.groupdict()
            number = parts.get("n") or f"{parts['f']}{parts['x']}"
            return parts["b"], number
    m = _BARE.match(text) or _BARE_FLOOR_FLAT.match(text)
    if m:
        return None, m.groupdict().get("n") or f"{m['f']}{m['x']}"
    building, _, number = text.replace(" ", "").rpartition("-")  # codes with a dash: T-1-12B
    return (building, number) if building and number else None


async def find_unit_by_label(uow: UnitOfWork, estate_id: int, label: str) -> Unit:
    """A unit as people write it (A-12B, A座12樓B室, 12B, Block A, full-width digits), or by
    flat alone when the estate has one block."""
    spelt = unit_spelling(label)
    if spelt is not None:
        building, number = spelt
        if building is None:
            blocks = await uow.units.buildings(estate_id)
            building = blocks[0].code if len(blocks) == 1 else None
        unit = await uow.units.find(estate_id, building, number) if building else None
        if unit is not None:
            return unit
    raise NotFound("unit-not-found", unit=clean(label)[:40])


async def create_repair_link(uow: UnitOfWork, estate: Estate, *, now: datetime, token: str,
                             unit_label: str | None = None,
                             equipment: str | None = None) -> str:
    """A `/start repair_<token>` link bound to a unit or to a piece of shared equipment."""
    if bool(unit_label) == bool(equipment):
        raise InvalidInput("qr-needs-target")
    unit_id = (await find_unit_by_label(uow, estate.id, unit_label)).id if unit_label else None
    label = clean(equipment)[:200] if equipment else None
    await uow.links.add(token, "repair", estate.id, unit_id, label, now)
    await uow.audit.record(at=now, entity="link", entity_id=token, action="issued",
                           detail={"unit": unit_id, "equipment": label})
    return token
