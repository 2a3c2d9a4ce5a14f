"""Residents' questions: the estate's answers (常見問題) and the questions nobody answered."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from store.tables.base import Base, BigId
from store.types import JSONText, UTCDateTime


class FaqEntryRow(Base):
    """One answer of an estate, with the ways people ask for it."""

    __tablename__ = "faq_entries"
    __table_args__ = (UniqueConstraint("estate_id", "key"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)
    questions: Mapped[list[str]] = mapped_column(JSONText)
    answers: Mapped[dict[str, Any]] = mapped_column(JSONText)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class FaqMissRow(Base):
    """A question the bot had no answer for, counted each time it is asked (the desk adds
    answers from this list)."""

    __tablename__ = "faq_misses"
    __table_args__ = (UniqueConstraint("estate_id", "text"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(String(200))
    count: Mapped[int] = mapped_column(Integer, default=1)
    first_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_at: Mapped[datetime] = mapped_column(UTCDateTime)
