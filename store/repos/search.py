"""The search index on SQL: rows written beside each ticket and person write, and the two
questions `/find` asks. SQLite narrows words of three characters or more with its FTS5
trigram tables, PostgreSQL with pg_trgm GIN indexes; both then check every word with the
same LIKE on the folded text, so they answer with the same rows, newest ticket first."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, column, delete, insert, or_, select, text
from sqlalchemy import table as sa_table
from sqlalchemy.ext.asyncio import AsyncSession

from domain.model import Unit
from domain.search import Scope, full_number, person_body, ticket_body
from domain.tickets import Kind
from store.tables.base import table
from store.tables.registry import BuildingRow, PersonRow, TenureRow, UnitRow
from store.tables.renovation import RenovationRow
from store.tables.search import PersonSearchRow, SearchRow, TicketSearchRow
from store.tables.tickets import TicketRow

_TS, _PS = table(TicketSearchRow), table(PersonSearchRow)
_T, _U, _B, _R = table(TicketRow), table(UnitRow), table(BuildingRow), table(RenovationRow)
_P, _TN = table(PersonRow), table(TenureRow)
_FTS = sa_table("ticket_search_fts", column("rowid"), column("ticket_search_fts"))
TRIGRAM = 3  # FTS5's trigram tokenizer and pg_trgm index words of three characters or more


def _dialect(session: AsyncSession) -> str:
    return session.bind.dialect.name if session.bind else "sqlite"


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _match(words: tuple[str, ...]) -> str | None:
    """An FTS5 query: every long word as a quoted phrase (a substring, for trigram)."""
    long = [w for w in words if len(w) >= TRIGRAM]
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in long) or None


async def index_ticket(session: AsyncSession, ticket_id: int) -> None:
    """(Re)write one ticket's row of the index from the ticket, its unit and its works."""
    label = (_B.c.code + "-" + _U.c.number).label("label")
    row = (await session.execute(
        select(_T.c.number, _T.c.kind, _T.c.estate_id, _T.c.trade, _T.c.unit_id, _T.c.location,
               _T.c.description, label, _R.c.works_text)
        .select_from(_T.outerjoin(_U, _U.c.id == _T.c.unit_id)
                     .outerjoin(_B, _B.c.id == _U.c.building_id)
                     .outerjoin(_R, _R.c.ticket_id == _T.c.id))
        .where(_T.c.id == ticket_id))).first()
    await session.execute(delete(_TS).where(_TS.c.ticket_id == ticket_id))
    if row is None:
        return
    body = ticket_body(row.number, row.description, unit=row.label, location=row.location,
                       works=row.works_text)
    await session.execute(insert(_TS).values(ticket_id=ticket_id, estate_id=row.estate_id,
                                             kind=row.kind, trade=row.trade,
                                             unit_id=row.unit_id, body=body))


async def index_person(session: AsyncSession, person_id: int) -> None:
    """(Re)write one person's row of the index: name and phone."""
    row = (await session.execute(select(_P.c.name, _P.c.phone)
                                 .where(_P.c.id == person_id))).first()
    await session.execute(delete(_PS).where(_PS.c.person_id == person_id))
    if row is not None:
        await session.execute(insert(_PS).values(person_id=person_id,
                                                 body=person_body(row.name, row.phone)))


class SqlSearch:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    def _words(self, body: Any, fts: str, key: Any, words: tuple[str, ...]) -> list[Any]:
        conds = [body.like(_like(w), escape="\\") for w in words]
        match = _match(words)
        if match is not None and _dialect(self.s) == "sqlite":
            fts_rows = f"SELECT rowid FROM {fts} WHERE {fts} MATCH :m"  # noqa: S608 (a constant)
            conds.insert(0, key.in_(text(fts_rows)
                                    .bindparams(m=match)))
        return conds

    async def tickets(self, scope: Scope, words: tuple[str, ...], unit_ids: tuple[int, ...],
                      offset: int, limit: int) -> list[int]:
        seen: list[Any] = []
        if scope.office:
            seen.append(_TS.c.estate_id.in_(scope.office))
        if scope.crew:
            crew = [_TS.c.estate_id.in_(scope.crew), _TS.c.kind != Kind.COMPLAINT.value]
            if scope.trades:
                crew.append(_TS.c.trade.in_(scope.trades))
            seen.append(and_(*crew))
        if not seen:
            return []
        conds: list[Any] = [or_(*seen)]
        if len(unit_ids) == 1:  # `=`, so PostgreSQL walks (unit_id, ticket_id) in order
            conds.append(_TS.c.unit_id == unit_ids[0])
        elif unit_ids:
            conds.append(_TS.c.unit_id.in_(unit_ids))
        conds += [_TS.c.body.like(_like(w), escape="\\") for w in words]
        numbers = [n for n in map(full_number, words) if n is not None]
        if numbers:  # a whole ticket number: its unique index, not its common trigrams
            conds += [_TS.c.ticket_id.in_(select(_T.c.id).where(_T.c.number == n))
                      for n in numbers]
        match = None if numbers else _match(words)
        query = select(_TS.c.ticket_id)
        if match is not None and _dialect(self.s) == "sqlite":
            # Driven by the FTS table in rowid order, newest first: SQLite stops at the limit
            # instead of collecting every match of a common word first.
            query = (query.select_from(_FTS.join(_TS, _TS.c.ticket_id == _FTS.c.rowid))
                     .where(_FTS.c.ticket_search_fts.op("MATCH")(match))
                     .order_by(_FTS.c.rowid.desc()))
        else:
            query = query.order_by(_TS.c.ticket_id.desc())
        rows = await self.s.execute(query.where(*conds).offset(offset).limit(limit))
        return [int(r[0]) for r in rows]

    async def units(self, estate_ids: tuple[int, ...], words: tuple[str, ...],
                    limit: int) -> list[Unit]:
        if not estate_ids or not words:
            return []
        people = (select(_PS.c.person_id)
                  .where(*self._words(_PS.c.body, "person_search_fts", _PS.c.person_id, words)))
        rows = await self.s.execute(
            select(_U.c.id, _U.c.estate_id, _U.c.building_id, _B.c.code, _U.c.number,
                   _U.c.occupied)
            .select_from(_U.join(_B, _B.c.id == _U.c.building_id))
            .where(_U.c.estate_id.in_(estate_ids),
                   _U.c.id.in_(select(_TN.c.unit_id).where(_TN.c.ended_on.is_(None),
                                                           _TN.c.person_id.in_(people))))
            .order_by(_B.c.code, _U.c.number, _U.c.id).limit(limit))
        return [Unit(r.id, r.estate_id, r.building_id, r.code, r.number, bool(r.occupied))
                for r in rows]

    async def remember(self, person_id: int, query: str, now: datetime) -> int:
        """Keep a query so its page buttons can carry its id."""
        t = table(SearchRow)
        value = await self.s.scalar(insert(t).values(
            person_id=person_id, text=query[:200], created_at=now).returning(t.c.id))
        return int(value)

    async def recall(self, search_id: int, person_id: int) -> str | None:
        """The query behind a page button, only for the person who ran it."""
        t = table(SearchRow)
        value = await self.s.scalar(select(t.c.text).where(t.c.id == search_id,
                                                           t.c.person_id == person_id))
        return None if value is None else str(value)
