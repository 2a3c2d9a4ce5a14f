"""Tickets (repairs, complaints), their notes, counters, files, deep links."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from store.tables.base import Base, BigId
from store.types import JSONText, UTCDateTime


class TicketRow(Base):
    __tablename__ = "tickets"
    __table_args__ = (
        # The sweeper's query: open tickets whose next deadline has come.
        Index("ix_tickets_due", "next_due_at"),
        Index("ix_tickets_estate_status", "estate_id", "status"),
        Index("ix_tickets_reporter", "reporter_id", "id"),
        # Weekly complaint statistics: one estate's tickets of a kind by date received.
        Index("ix_tickets_estate_kind_created", "estate_id", "kind", "created_at"),
        # The household file (一戶一檔): one unit's tickets, newest first.
        Index("ix_tickets_unit", "unit_id", "created_at"),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16))
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"))
    location: Mapped[str | None] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(32))
    trade: Mapped[str | None] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String(16))
    preferred_time: Mapped[str | None] = mapped_column(String(100))
    cycle: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    accept_due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    complete_due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    callback_due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rework_due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reply_due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rating: Mapped[int | None] = mapped_column(Integer)
    rating_comment: Mapped[str | None] = mapped_column(Text)
    # The short satisfaction question after a ticket is closed (1-5), for the surveys.
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    satisfaction_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    extra: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    # Complaints: the responsible department, when the office first replied (the 72-hour
    # clock), and the repair ticket that carries the department's work.
    department: Mapped[str | None] = mapped_column(String(16))
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    linked_ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("tickets.id", ondelete="SET NULL"), index=True)


class TicketNoteRow(Base):
    """Reasons and messages on a ticket (parts, hand-back, reopen, rework, replies)."""

    __tablename__ = "ticket_notes"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"),
                                           index=True)
    kind: Mapped[str] = mapped_column(String(16))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class CounterRow(Base):
    """Sequences for ticket numbers (R-2026-000123), one per kind and year."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class FileRow(Base):
    """A file a person sent: Telegram's id, and its copy in the office's file store."""

    __tablename__ = "files"
    __table_args__ = (Index("ix_files_owner", "owner", "owner_id"),
                      Index("ix_files_status", "status"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    file_id: Mapped[str] = mapped_column(String(255))
    unique_id: Mapped[str] = mapped_column(String(128))
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int | None] = mapped_column(BigInteger)
    name: Mapped[str | None] = mapped_column(String(255))
    owner: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[int] = mapped_column(BigInteger)
    role: Mapped[str] = mapped_column(String(32))
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    path: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    stored_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    error: Mapped[str | None] = mapped_column(String(200))


class DeepLinkRow(Base):
    """`/start repair_<token>` links (printed as QR codes) bound to a unit or equipment."""

    __tablename__ = "deep_links"
    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    equipment: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
