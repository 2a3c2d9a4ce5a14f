"""Tickets, files, fired deadlines and deep links on SQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.ports import FileRef
from domain.tickets import FINAL, Kind, Status, Ticket, Urgency
from store.repos.search import index_ticket
from store.tables.base import table
from store.tables.tickets import CounterRow, DeepLinkRow, FileRow, TicketNoteRow, TicketRow

_COLUMNS = {f.name for f in fields(Ticket)} - {"kind", "status", "urgency"}
_OPEN = [s.value for s in Status if s not in FINAL]
# Fields the search index reads: changing one rewrites the ticket's index row.
_INDEXED = {"description", "location", "unit_id", "trade"}


def _ticket(row: TicketRow) -> Ticket:
    values = {name: getattr(row, name) for name in _COLUMNS}
    values["extra"] = dict(row.extra or {})
    return Ticket(kind=Kind(row.kind), status=Status(row.status), urgency=Urgency(row.urgency),
                  **values)


_T = table(TicketRow)
_FIELDS = [c.name for c in _T.columns if c.name in _COLUMNS | {"kind", "status", "urgency"}]
_DUE = (select(*(_T.c[name] for name in _FIELDS)).where(_T.c.next_due_at <= bindparam("now"))
        .order_by(_T.c.next_due_at).limit(bindparam("limit")))


_GET = select(*(_T.c[name] for name in _FIELDS)).where(_T.c.id == bindparam("id"))
_ADD = insert(_T).returning(*(_T.c[name] for name in _FIELDS))

# Every field of Ticket comes from a column: a row can fill the instance directly.
_EVERY_FIELD = set(_FIELDS) == {f.name for f in fields(Ticket)}
_KINDS = {k.value: k for k in Kind}
_STATUSES = {s.value: s for s in Status}
_URGENCIES = {u.value: u for u in Urgency}


def _ticket_row(row: Any) -> Ticket:
    """A ticket from a Core row of `_FIELDS` (the sweeper reads 200 of them each pass: the
    frozen dataclass's field-by-field __init__ is skipped when every field is a column)."""
    values = dict(zip(_FIELDS, row, strict=True))
    values["kind"] = _KINDS[values["kind"]]
    values["status"] = _STATUSES[values["status"]]
    values["urgency"] = _URGENCIES[values["urgency"]]
    values["extra"] = dict(values["extra"] or {})
    if not _EVERY_FIELD:
        return Ticket(**values)
    ticket = object.__new__(Ticket)
    ticket.__dict__.update(values)
    return ticket


def _columns(values: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in values.items():
        if key not in _COLUMNS | {"status", "urgency"}:
            raise ValueError(f"unknown ticket field {key}")
        out[key] = value.value if isinstance(value, Status | Urgency) else value
    return out


class SqlTickets:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def next_seq(self, name: str) -> int:
        """The next number of a sequence, race-free (the row is updated in place)."""
        result = await self.s.execute(update(CounterRow).where(CounterRow.name == name)
                                      .values(value=CounterRow.value + 1)
                                      .returning(CounterRow.value))
        value = result.scalar_one_or_none()
        if value is None:
            self.s.add(CounterRow(name=name, value=1))
            await self.s.flush()
            return 1
        return int(value)

    async def add(self, ticket: Ticket) -> Ticket:
        """A Core insert (no ORM object to flush); the row comes back as stored."""
        values = {name: getattr(ticket, name) for name in _COLUMNS if name != "id"}
        values.update(kind=ticket.kind.value, status=ticket.status.value,
                      urgency=ticket.urgency.value, extra=dict(ticket.extra or {}))
        row = (await self.s.execute(_ADD, values)).one()
        await index_ticket(self.s, row.id)
        return _ticket_row(row)

    async def get(self, ticket_id: int) -> Ticket | None:
        """Read fresh from the database (a Core select: no identity map to refresh)."""
        row = (await self.s.execute(_GET, {"id": ticket_id})).first()
        return _ticket_row(row) if row else None

    async def by_number(self, number: str) -> Ticket | None:
        row = await self.s.scalar(select(TicketRow).where(TicketRow.number == number.upper()))
        return _ticket(row) if row else None

    async def transition(self, ticket_id: int, expected: Sequence[Status], to: Status,
                         *, version: int, **values: Any) -> Ticket | None:
        """Compare-and-set: only from one of `expected` and at `version`; None if lost."""
        result = await self.s.execute(
            update(TicketRow).where(TicketRow.id == ticket_id,
                                    TicketRow.status.in_([e.value for e in expected]),
                                    TicketRow.version == version)
            .values(status=to.value, version=TicketRow.version + 1, **_columns(values))
            .execution_options(synchronize_session=False))
        if result.rowcount != 1:  # type: ignore[attr-defined]
            return None
        if _INDEXED & set(values):
            await index_ticket(self.s, ticket_id)
        return await self.get(ticket_id)

    async def set_fields(self, ticket_id: int, *, version: int | None = None,
                         **values: Any) -> bool:
        query = update(TicketRow).where(TicketRow.id == ticket_id)
        if version is not None:
            query = query.where(TicketRow.version == version)
        result = await self.s.execute(query.values(**_columns(values))
                                      .execution_options(synchronize_session=False))
        if result.rowcount == 1 and _INDEXED & set(values):  # type: ignore[attr-defined]
            await index_ticket(self.s, ticket_id)
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]

    async def due(self, now: datetime, limit: int = 200) -> list[Ticket]:
        """The sweeper's question, asked every pass: a Core statement built once, rows made
        into tickets directly (no ORM objects, no identity map)."""
        rows = await self.s.execute(_DUE, {"now": now, "limit": limit})
        return [_ticket_row(r) for r in rows.all()]

    async def for_reporter(self, person_id: int, limit: int = 10) -> list[Ticket]:
        rows = await self.s.scalars(select(TicketRow).where(TicketRow.reporter_id == person_id)
                                    .order_by(TicketRow.id.desc()).limit(limit))
        return [_ticket(r) for r in rows]

    async def open_in_estate(self, estate_id: int, kind: Kind | None = None,
                             limit: int = 50) -> list[Ticket]:
        query = select(TicketRow).where(TicketRow.estate_id == estate_id,
                                        TicketRow.status.in_(_OPEN))
        if kind is not None:
            query = query.where(TicketRow.kind == kind.value)
        rows = await self.s.scalars(query.order_by(TicketRow.next_due_at.is_(None),
                                                   TicketRow.next_due_at, TicketRow.id)
                                    .limit(limit))
        return [_ticket(r) for r in rows]

    async def add_note(self, ticket_id: int, kind: str, author_id: int | None, text: str,
                       at: datetime) -> None:
        self.s.add(TicketNoteRow(ticket_id=ticket_id, kind=kind, author_id=author_id, text=text,
                                 at=at))
        await self.s.flush()

    async def notes(self, ticket_id: int) -> list[tuple[datetime, str, int | None, str]]:
        rows = await self.s.execute(select(TicketNoteRow.at, TicketNoteRow.kind,
                                           TicketNoteRow.author_id, TicketNoteRow.text)
                                    .where(TicketNoteRow.ticket_id == ticket_id)
                                    .order_by(TicketNoteRow.id))
        return [(a, k, p, t) for a, k, p, t in rows]


class SqlFiles:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session
        self.added = 0

    async def add(self, ref: FileRef, *, owner: str, owner_id: int, role: str,
                  sensitive: bool = False, now: datetime) -> int:
        # A file checked and stored before its update (a form's photo) is kept as it is.
        row = FileRow(file_id=ref.file_id, unique_id=ref.unique_id, mime=ref.mime, size=ref.size,
                      name=ref.name, owner=owner, owner_id=owner_id, role=role,
                      sensitive=sensitive, status="stored" if ref.path else "pending",
                      path=ref.path, stored_at=now if ref.path else None, created_at=now)
        self.s.add(row)
        await self.s.flush()
        self.added += 1
        return row.id

    async def for_owner(self, owner: str, owner_id: int, role: str | None = None) -> list[FileRef]:
        query = select(FileRow).where(FileRow.owner == owner, FileRow.owner_id == owner_id,
                                      FileRow.status != "deleted")
        if role is not None:
            query = query.where(FileRow.role == role)
        rows = await self.s.scalars(query.order_by(FileRow.id))
        return [FileRef(r.file_id, r.unique_id, r.mime, r.size, r.name, r.path) for r in rows]


class SqlDeepLinks:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session

    async def add(self, token: str, kind: str, estate_id: int, unit_id: int | None,
                  equipment: str | None, now: datetime) -> None:
        self.s.add(DeepLinkRow(token=token, kind=kind, estate_id=estate_id, unit_id=unit_id,
                               equipment=equipment, created_at=now))
        await self.s.flush()

    async def get(self, token: str) -> tuple[str, int, int | None, str | None] | None:
        row = await self.s.get(DeepLinkRow, token)
        return (row.kind, row.estate_id, row.unit_id, row.equipment) if row else None
