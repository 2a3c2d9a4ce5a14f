"""House custody: the agreement, meter readings and outside checks."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from store.tables.base import Base, BigId
from store.types import JSONText, UTCDateTime


class CustodyRow(Base):
    """One custody agreement (託管協議) of a unit."""

    __tablename__ = "custody"
    __table_args__ = (Index("ix_custody_unit", "unit_id"),
                      Index("ix_custody_status", "status"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), default="")
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    owner_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    contact: Mapped[str] = mapped_column(String(120))
    keys_held: Mapped[bool] = mapped_column(Boolean)
    fee_rate: Mapped[int] = mapped_column(Integer)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    accepted_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    signed_tg_id: Mapped[int | None] = mapped_column(BigInteger)
    active_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_check_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    checks_due: Mapped[int] = mapped_column(Integer, default=0)
    keys_returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class CustodyReadingRow(Base):
    """Water and electricity meters read (查抄水表、電表讀數), with the use since the last."""

    __tablename__ = "custody_readings"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    custody_id: Mapped[int] = mapped_column(ForeignKey("custody.id", ondelete="CASCADE"),
                                            index=True)
    kind: Mapped[str] = mapped_column(String(16))
    water: Mapped[float] = mapped_column(Float)
    electricity: Mapped[float] = mapped_column(Float)
    water_used: Mapped[float | None] = mapped_column(Float)
    electricity_used: Mapped[float | None] = mapped_column(Float)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    read_at: Mapped[datetime] = mapped_column(UTCDateTime)
    by_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id",
                                                               ondelete="SET NULL"))


class CustodyCheckRow(Base):
    """An outside check: weekly, or before or after heavy rain."""

    __tablename__ = "custody_checks"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    custody_id: Mapped[int] = mapped_column(ForeignKey("custody.id", ondelete="CASCADE"),
                                            index=True)
    kind: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    result: Mapped[str] = mapped_column(String(16), default="pending")
    items: Mapped[dict[str, Any] | None] = mapped_column(JSONText)
    note: Mapped[str | None] = mapped_column(Text)
    by_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id",
                                                               ondelete="SET NULL"))
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
