"""Announcements (通告): what the office sends to households, and who it went to."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from store.tables.base import Base, BigId
from store.types import JSONText, UTCDateTime


class AnnouncementRow(Base):
    """One announcement: its texts per language (or one for all), files, audience, schedule."""

    __tablename__ = "announcements"
    __table_args__ = (Index("ix_announcements_status", "status", "send_at"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    texts: Mapped[dict[str, Any]] = mapped_column(JSONText)
    files: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    audience: Mapped[dict[str, Any]] = mapped_column(JSONText)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16))
    send_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    queued_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    total: Mapped[int] = mapped_column(Integer, default=0)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reminded_by: Mapped[int | None] = mapped_column(BigInteger)


class AnnouncementRecipientRow(Base):
    """One person an announcement goes to; the unique key makes it once per person, and the
    outbox row is written in the same transaction that sets `queued_at`."""

    __tablename__ = "announcement_recipients"
    __table_args__ = (UniqueConstraint("announcement_id", "person_id"),
                      Index("ix_announcement_recipients_queue", "announcement_id", "queued_at"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    announcement_id: Mapped[int] = mapped_column(
        ForeignKey("announcements.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    building: Mapped[str] = mapped_column(String(16))
    ref: Mapped[str] = mapped_column(String(100))
    queued_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
