"""The staff search index (`/find`): folded text per ticket and per person, written in the
same transaction as the row it describes (store/repos/search.py). The fast lookups are not
models: on SQLite FTS5 tables with the trigram tokenizer, on PostgreSQL pg_trgm GIN indexes
(migration 0008)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from store.tables.base import Base, BigId
from store.types import UTCDateTime


class TicketSearchRow(Base):
    __tablename__ = "ticket_search"
    __table_args__ = (Index("ix_ticket_search_unit", "unit_id", "ticket_id"),)
    ticket_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True,
        autoincrement=False)
    estate_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))
    trade: Mapped[str | None] = mapped_column(String(16))
    unit_id: Mapped[int | None] = mapped_column(BigInteger)
    body: Mapped[str] = mapped_column(Text)


class PersonSearchRow(Base):
    __tablename__ = "person_search"
    person_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("people.id", ondelete="CASCADE"), primary_key=True,
        autoincrement=False)
    body: Mapped[str] = mapped_column(Text)


class SearchRow(Base):
    """A query a staff member ran, so its page buttons carry only this id."""

    __tablename__ = "searches"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
