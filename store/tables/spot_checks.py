"""Spot checks (抽查): each month's draw and its checks; corrective and preventive actions."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from store.tables.base import Base, BigId
from store.types import JSONText, UTCDateTime


class SpotDrawRow(Base):
    """One estate's draw for one month, with its seed (the draw can be reproduced)."""

    __tablename__ = "spot_draws"
    __table_args__ = (UniqueConstraint("estate_id", "month"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    month: Mapped[str] = mapped_column(String(7))
    source_month: Mapped[str] = mapped_column(String(7))
    seed: Mapped[int] = mapped_column(BigInteger)
    drawn_at: Mapped[datetime] = mapped_column(UTCDateTime)
    wanted: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    found: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    shortfall: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)


class SpotCheckRow(Base):
    """One check of a draw: a callback, a renovation or a move-in record, and its result."""

    __tablename__ = "spot_checks"
    __table_args__ = (Index("ix_spot_checks_draw", "draw_id"),
                      Index("ix_spot_checks_month", "estate_id", "month"),
                      Index("ix_spot_checks_rectify", "rectify_status"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    draw_id: Mapped[int] = mapped_column(ForeignKey("spot_draws.id", ondelete="CASCADE"))
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    month: Mapped[str] = mapped_column(String(7))
    kind: Mapped[str] = mapped_column(String(16))
    target_id: Mapped[int] = mapped_column(BigInteger)
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    reason: Mapped[str | None] = mapped_column(Text)
    by_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id",
                                                               ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rectify_by: Mapped[date | None] = mapped_column(Date)
    rectify_status: Mapped[str | None] = mapped_column(String(16))
    corrected_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    corrected_by: Mapped[int | None] = mapped_column(ForeignKey("people.id",
                                                               ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(Integer, default=1)


class ActionRow(Base):
    """A corrective or preventive action (糾正/預防措施實施通知單)."""

    __tablename__ = "corrective_actions"
    __table_args__ = (Index("ix_corrective_actions_estate_status", "estate_id", "status"),
                      Index("ix_corrective_actions_check", "check_id"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), default="")
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(16))
    cause: Mapped[str] = mapped_column(String(16))
    owner_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    due_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default="open")
    check_id: Mapped[int | None] = mapped_column(ForeignKey("spot_checks.id",
                                                           ondelete="SET NULL"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    close_note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
