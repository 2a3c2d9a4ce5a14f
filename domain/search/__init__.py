"""Staff search (`/find`): one folding of text for the index and the query, the rules of a
query (ticket numbers, units, names, phones, words), who may find what, and the use case.

Matching is by substring on folded text, so Chinese needs no spaces ("漏水" finds
"廚房水喉漏水") and simplified finds traditional: both sides are folded to one script
(`fold_table`, generated once from OpenCC), NFKC (full-width ＡＢ１２), case-folded and with
runs of spaces made one. Every word of a query must match; the store answers with the same
rows on SQLite and PostgreSQL, newest ticket first."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Protocol

from domain.errors import InvalidInput, NotAuthorized
from domain.model import Actor, StaffRole, Unit
from domain.ports import UnitOfWork
from domain.queue import number_of
from domain.registry import unit_spelling
from domain.search.fold_table import SIMPLIFIED, TRADITIONAL
from domain.tickets import Ticket

PAGE = 10
UNIT_HITS = 5          # units shown above the tickets, on the first page only
MAX_WORDS = 6
MAX_QUERY = 100
OFFICE = (StaffRole.DESK, StaffRole.MANAGER)

_FOLD = str.maketrans(TRADITIONAL, SIMPLIFIED)
_SPACE = re.compile(r"\s+")
# A ticket number or a phone as people type it: R-2026-000123, r2026000123, +852 9123-4567.
_NUMBERISH = re.compile(r"^\+?[a-z]?[\d\-]*\d[\d\-]*$")
_FULL_NUMBER = re.compile(r"^[a-z]\d{10}$")


def fold(text: str) -> str:
    """Text as the index keeps it and a query is matched: NFKC, case-folded, traditional and
    Hong Kong variant characters as simplified, one space between words."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
    return _SPACE.sub(" ", text).strip()


def compact(number: str) -> str:
    """R-2026-000123 -> r2026000123; +852 9123 4567 -> 85291234567."""
    return re.sub(r"[^0-9a-z]", "", fold(number))


def full_number(word: str) -> str | None:
    """R-2026-000123 for a folded word that is a whole ticket number (r2026000123), so the
    store can look it up by its unique index; None otherwise."""
    return number_of(word.upper()) if _FULL_NUMBER.match(word) else None


def ticket_body(number: str, description: str, *, unit: str | None = None,
                location: str | None = None, works: str | None = None) -> str:
    """What the index keeps for a ticket: its number (compact), unit, place and texts."""
    parts = [compact(number), unit or "", location or "", description, works or ""]
    return fold(" ".join(p for p in parts if p))


def person_body(name: str, phone: str | None) -> str:
    """What the index keeps for a person: the name and the phone's digits."""
    return fold(f"{name} {compact(phone or '')}")


@dataclass(frozen=True)
class Query:
    """A parsed query: the words every hit must contain (folded), and a unit spelling
    (building, number) when the whole query reads as one."""

    words: tuple[str, ...]
    unit: tuple[str | None, str] | None = None


def parse(text: str) -> Query:
    """Split a query into words; numbers lose their dashes and spaces inside them are kept
    as separate words (each must match). Too long or empty is refused."""
    raw = _SPACE.sub(" ", text).strip()
    if not raw:
        raise InvalidInput("find-usage")
    if len(raw) > MAX_QUERY:
        raise InvalidInput("find-too-long", max=MAX_QUERY)
    spelt = unit_spelling(raw) if any(c.isdigit() for c in raw) else None
    words = []
    for token in fold(raw).split(" "):
        word = compact(token) if _NUMBERISH.match(token) else token
        if word and word not in words:
            words.append(word)
    if not words:
        raise InvalidInput("find-usage")
    if len(words) > MAX_WORDS:
        raise InvalidInput("find-too-many", max=MAX_WORDS)
    return Query(tuple(words), spelt)


@dataclass(frozen=True)
class Scope:
    """Where one staff member may search: estates where they see every ticket (desk and
    managers, who also find people), and estates where they see the work of their trades
    (no complaints, and only their trades' jobs when they have trades)."""

    office: tuple[int, ...] = ()
    crew: tuple[int, ...] = ()
    trades: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.office and not self.crew


def scope_of(actor: Actor) -> Scope:
    """The /queue rules, as search filters."""
    office = sorted({s.estate_id for s in actor.staff if s.role in OFFICE})
    crew = sorted({s.estate_id for s in actor.staff} - set(office))
    trades = sorted({s.trade.value for s in actor.staff if s.trade is not None})
    return Scope(tuple(office), tuple(crew), tuple(trades) if not office else ())


@dataclass(frozen=True)
class Hit:
    """One ticket found: the ticket, its unit's label, and a short snippet of its text."""

    ticket: Ticket
    unit: str | None
    snippet: str


@dataclass(frozen=True)
class Results:
    query: Query
    units: list[Unit] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    page: int = 0
    more: bool = False


class SearchRepo(Protocol):
    async def tickets(self, scope: Scope, words: tuple[str, ...], unit_ids: tuple[int, ...],
                      offset: int, limit: int) -> list[int]:
        """Ticket ids, newest first: every word in the ticket's text, or the ticket on one
        of `unit_ids` (when given, the words are not needed)."""
        ...

    async def units(self, estate_ids: tuple[int, ...], words: tuple[str, ...],
                    limit: int) -> list[Unit]:
        """Units whose current owners, tenants or proxies match every word (name, phone)."""
        ...


class SearchUnitOfWork(UnitOfWork, Protocol):
    @property
    def search(self) -> SearchRepo: ...


SNIPPET = 40


def snippet(text: str, words: tuple[str, ...], width: int = SNIPPET) -> str:
    """About `width` characters of `text` around the first word found in it (folded)."""
    text = _SPACE.sub(" ", text).strip()
    folded = fold(text)
    at = -1
    if len(folded) == len(text):  # folding kept positions (it nearly always does)
        at = min((i for i in (folded.find(w) for w in words) if i >= 0), default=-1)
    start = max(0, at - width // 3) if at >= 0 else 0
    cut = text[start:start + width]
    return ("…" if start else "") + cut + ("…" if start + width < len(text) else "")


async def find(uow: SearchUnitOfWork, actor: Actor, text: str, page: int = 0) -> Results:
    """Search for staff: a unit (its file and its tickets), people by name or phone (their
    units), and tickets by number or words, newest first, 10 a page."""
    scope = scope_of(actor)
    if scope.empty:
        raise NotAuthorized("find-staff-only")
    query = parse(text)
    page = max(0, page)
    estates = scope.office + scope.crew
    units: list[Unit] = []
    if query.unit is not None:
        units = await _units_spelt(uow, estates, query.unit)
    if not units and scope.office and page == 0:
        units = await uow.search.units(scope.office, query.words, UNIT_HITS)
    unit_ids = tuple(u.id for u in units) if query.unit is not None else ()
    words = () if unit_ids else query.words
    ids = await uow.search.tickets(scope, words, unit_ids, page * PAGE, PAGE + 1)
    hits = []
    labels: dict[int, str] = {}
    for ticket_id in ids[:PAGE]:
        ticket = await uow.tickets.get(ticket_id)
        if ticket is None:
            continue
        label = None
        if ticket.unit_id is not None:
            if ticket.unit_id not in labels:
                unit = await uow.units.get(ticket.unit_id)
                labels[ticket.unit_id] = unit.label if unit else ""
            label = labels[ticket.unit_id] or None
        hits.append(Hit(ticket, label, snippet(ticket.description, query.words)))
    return Results(query, units if page == 0 else [], hits, page, len(ids) > PAGE)


async def _units_spelt(uow: UnitOfWork, estates: tuple[int, ...],
                       spelt: tuple[str | None, str]) -> list[Unit]:
    building, number = spelt
    found = []
    for estate_id in estates:
        code = building
        if code is None:
            blocks = await uow.units.buildings(estate_id)
            code = blocks[0].code if len(blocks) == 1 else None
        unit = await uow.units.find(estate_id, code, number) if code else None
        if unit is not None:
            found.append(unit)
    return found
