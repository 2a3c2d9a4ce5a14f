"""Registry tables: estates, holidays, buildings, units, people, tenures, staff, groups."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    String,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from store.tables.base import Base, BigId
from store.types import JSONText, UTCDateTime


class EstateRow(Base):
    __tablename__ = "estates"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    tz: Mapped[str] = mapped_column(String(64))
    hours: Mapped[str] = mapped_column(String(500))
    locale: Mapped[str] = mapped_column(String(10))
    settings: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class HolidayRow(Base):
    __tablename__ = "holidays"
    __table_args__ = (UniqueConstraint("estate_id", "day"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    name: Mapped[str] = mapped_column(String(200))


class BuildingRow(Base):
    __tablename__ = "buildings"
    __table_args__ = (UniqueConstraint("estate_id", "code"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))


class UnitRow(Base):
    __tablename__ = "units"
    __table_args__ = (UniqueConstraint("building_id", "number"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"),
                                           index=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(16))
    floor: Mapped[str | None] = mapped_column(String(16))
    unit_type: Mapped[str | None] = mapped_column(String(64))
    usable_area: Mapped[float | None] = mapped_column(Float)
    built_area: Mapped[float | None] = mapped_column(Float)
    land_area: Mapped[float | None] = mapped_column(Float)
    use: Mapped[str | None] = mapped_column(String(64))
    facilities: Mapped[str | None] = mapped_column(String(500))
    parking: Mapped[str | None] = mapped_column(String(100))
    occupied: Mapped[bool] = mapped_column(Boolean, default=True)


class PersonRow(Base):
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tg_user_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    locale: Mapped[str] = mapped_column(String(10))
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class TenureRow(Base):
    __tablename__ = "tenures"
    __table_args__ = (Index("ix_tenures_unit_active", "unit_id", "ended_on"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"),
                                           index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    relation: Mapped[str] = mapped_column(String(16))
    since: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    lease_start: Mapped[date | None] = mapped_column(Date)
    lease_end: Mapped[date | None] = mapped_column(Date)
    # History (issue 13): who ended the link and why (moved-out, sold, removed).
    ended_by: Mapped[int | None] = mapped_column(BigInteger)
    end_reason: Mapped[str | None] = mapped_column(String(16))


class StaffRow(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"),
                                           index=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16))
    trade: Mapped[str | None] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    on_call: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # History (issue 13): when and by whom the role ended.
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_by: Mapped[int | None] = mapped_column(BigInteger)


class GroupRow(Base):
    __tablename__ = "staff_groups"
    __table_args__ = (Index("ix_staff_groups_route", "estate_id", "purpose", "trade", "status"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    title: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16))
    estate_id: Mapped[int | None] = mapped_column(ForeignKey("estates.id", ondelete="SET NULL"))
    purpose: Mapped[str | None] = mapped_column(String(16))
    trade: Mapped[str | None] = mapped_column(String(16))
    added_by: Mapped[int | None] = mapped_column(BigInteger)
    added_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    linked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CodeRow(Base):
    __tablename__ = "codes"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    payload: Mapped[dict[str, Any]] = mapped_column(JSONText)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    used_by: Mapped[int | None] = mapped_column(BigInteger)


class LinkRequestRow(Base):
    __tablename__ = "link_requests"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tg_user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    relation: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    reason: Mapped[str | None] = mapped_column(String(500))


class GroupDepartureRow(Base):
    """A staff member who left a staff group: no power in it until they are added back."""

    __tablename__ = "group_departures"
    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    tg_user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    left_at: Mapped[datetime] = mapped_column(UTCDateTime)
