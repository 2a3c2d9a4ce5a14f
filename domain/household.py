"""一戶一檔, the household file: a unit's registry facts, who owns and rents it (with history)
and everything filed for it (repairs, complaints, renovations, questions to the desk, survey
participation, callbacks, documents), newest first, for the office.

Who may look: the desk, managers and the equipment supervisor of the unit's estate. Crew and
security see the jobs and passes they work on, not a household's whole story (names, phones,
complaints), and residents never see a file: their own requests are on /my. ID-card images
(renovation workers' ID cards and face photos) are for the desk and managers only; anyone
else sees that they are withheld. Every look and every export is an audit row. Survey answers
are never here: the file says a household was asked and whether it answered, no more (an
anonymous campaign's completed answer is tied to no household at all)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Protocol

from domain.errors import InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, StaffRole, TenureRecord, Unit
from domain.move_in.model import Errand
from domain.ports import UnitAttrs, UnitOfWork
from domain.registry import unit_spelling
from domain.text import clean

VIEWERS = (StaffRole.DESK, StaffRole.MANAGER, StaffRole.SUPERVISOR)
ID_VIEWERS = (StaffRole.DESK, StaffRole.MANAGER)
PAGE_SIZE = 8


@dataclass(frozen=True)
class FileDoc:
    """A photo or document the office holds for an entry."""

    role: str
    mime: str
    name: str | None
    path: str | None
    sensitive: bool = False
    withheld: bool = False

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


@dataclass(frozen=True)
class Note:
    at: datetime
    kind: str
    author: str | None
    text: str


@dataclass(frozen=True)
class Entry:
    """One line of the household's timeline: a ticket of any kind, or a survey it was in."""

    at: datetime
    source: str          # ticket | survey | custody | move_in
    kind: str            # repair | complaint | renovation | enquiry | survey | custody | move_in
    ref: str             # the ticket number, or the survey's quarter
    status: str
    category: str = ""
    text: str = ""
    reporter: str | None = None
    callback: str | None = None
    rating: int | None = None
    notes: tuple[Note, ...] = ()
    files: tuple[FileDoc, ...] = ()
    period: tuple[date, date] | None = None  # custody: from and to
    counts: tuple[int, ...] = ()             # custody: readings, checks, readings flagged
    errands: tuple[Errand, ...] = ()         # move-in: what the owner entrusted (委託代辦)


@dataclass(frozen=True)
class HouseholdPage:
    unit: Unit
    facts: UnitAttrs
    holders: list[TenureRecord]
    entries: list[Entry]
    page: int
    pages: int
    total: int
    see_ids: bool = False
    withheld: int = 0


class HouseholdRepo(Protocol):
    async def units_numbered(self, estate_id: int, number: str) -> list[Unit]: ...
    async def facts(self, unit_id: int) -> UnitAttrs: ...
    async def count(self, unit_id: int) -> int: ...
    async def entries(self, unit_id: int, offset: int, limit: int) -> list[Entry]: ...


class HouseholdUnitOfWork(UnitOfWork, Protocol):
    @property
    def household(self) -> HouseholdRepo: ...


@dataclass(frozen=True)
class Choice:
    """A flat alone (12B) that more than one block has: the office picks one."""

    label: str
    units: list[Unit] = field(default_factory=list)


def may_view(actor: Actor, estate_id: int) -> bool:
    return actor.has_role(estate_id, *VIEWERS)


def may_see_ids(actor: Actor, estate_id: int) -> bool:
    return actor.has_role(estate_id, *ID_VIEWERS)


def viewer_estates(actor: Actor) -> list[int]:
    return sorted({s.estate_id for s in actor.staff if s.role in VIEWERS})


async def find_unit(uow: HouseholdUnitOfWork, actor: Actor, label: str) -> Unit | Choice:
    """The unit as the office writes it, in an estate where the actor may view files; a
    flat alone resolves when only one block has it, else the blocks that do are offered."""
    estates = viewer_estates(actor)
    if not estates:
        raise NotAuthorized("unit-file-staff-only")
    spelt = unit_spelling(label)
    shown = clean(label)[:40]
    if spelt is None:
        raise InvalidInput("unit-file-bad-unit", unit=shown)
    building, number = spelt
    found: list[Unit] = []
    for estate_id in estates:
        if building is None:
            found += await uow.household.units_numbered(estate_id, number)
        else:
            unit = await uow.units.find(estate_id, building, number)
            found += [unit] if unit is not None else []
    if not found:
        raise NotFound("unit-not-found", unit=shown)
    if len(found) == 1:
        return found[0]
    return Choice(shown, sorted(found, key=lambda u: (u.estate_id, u.label)))


def _withhold(entry: Entry) -> Entry:
    files = tuple(replace(f, path=None, name=None, withheld=True) if f.sensitive else f
                  for f in entry.files)
    return replace(entry, files=files)


async def _unit_for(uow: HouseholdUnitOfWork, actor: Actor, unit_id: int) -> Unit:
    unit = await uow.units.get(unit_id)
    if unit is None or not may_view(actor, unit.estate_id):
        # Another estate's unit, or an id no button of ours carried: the same answer.
        raise NotAuthorized("unit-file-staff-only")
    return unit


async def open_page(uow: HouseholdUnitOfWork, actor: Actor, unit_id: int, page: int,
                    now: datetime, *, size: int = PAGE_SIZE) -> HouseholdPage:
    """One page of the file (newest first); the look is audited."""
    unit = await _unit_for(uow, actor, unit_id)
    total = await uow.household.count(unit.id)
    pages = max(1, -(-total // size))
    if page < 0 or page >= pages:
        raise InvalidInput("button-stale")
    entries = await uow.household.entries(unit.id, page * size, size)
    result = await _assemble(uow, actor, unit, entries, page, pages, total)
    await uow.audit.record(at=now, entity="unit", entity_id=str(unit.id), action="file-viewed",
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           update_id=uow.update_id, detail={"page": page + 1})
    return result


async def export(uow: HouseholdUnitOfWork, actor: Actor, unit_id: int,
                 now: datetime) -> HouseholdPage:
    """The whole file, for the PDF; the export is audited with what it held."""
    unit = await _unit_for(uow, actor, unit_id)
    total = await uow.household.count(unit.id)
    entries = await uow.household.entries(unit.id, 0, max(total, 1))
    result = await _assemble(uow, actor, unit, entries, 0, 1, total)
    await uow.audit.record(at=now, entity="unit", entity_id=str(unit.id),
                           action="file-exported", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"entries": total, "ids": result.see_ids,
                                   "withheld": result.withheld})
    return result


async def _assemble(uow: HouseholdUnitOfWork, actor: Actor, unit: Unit, entries: list[Entry],
                    page: int, pages: int, total: int) -> HouseholdPage:
    see_ids = may_see_ids(actor, unit.estate_id)
    withheld = 0
    if not see_ids:
        withheld = sum(1 for e in entries for f in e.files if f.sensitive)
        entries = [_withhold(e) for e in entries]
    holders = await uow.tenures.history_for_unit(unit.id)
    holders.sort(key=lambda r: (r.current, r.since), reverse=True)
    return HouseholdPage(unit, await uow.household.facts(unit.id), holders, entries, page,
                         pages, total, see_ids, withheld)
