"""Renovation applications: the application, workers, passes, inspections, notices."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from store.tables.base import Base, BigId
from store.types import JSONText, UTCDateTime


class RenovationRow(Base):
    """One application (裝修申請表); status and review clock are on its ticket."""

    __tablename__ = "renovations"
    __table_args__ = (Index("ix_renovations_owner", "owner_id"),
                      Index("ix_renovations_estate", "estate_id"))
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"),
                                           primary_key=True, autoincrement=False)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    owner_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    works: Mapped[list[str]] = mapped_column(JSONText, default=list)
    works_text: Mapped[str] = mapped_column(Text)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    contractor: Mapped[str] = mapped_column(String(100))
    contractor_phone: Mapped[str] = mapped_column(String(24))
    rules_version: Mapped[str] = mapped_column(String(16))
    rules_accepted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    submissions: Mapped[int] = mapped_column(Integer, default=1)
    fee: Mapped[int] = mapped_column(Integer, default=0)
    deposit: Mapped[int] = mapped_column(Integer, default=0)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    passes_returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deposit_settled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When the works ended (closed or cancelled): the ID-card retention period starts.
    works_ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ids_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    violations: Mapped[int] = mapped_column(Integer, default=0)
    # The contractor's contact, once they linked with the code the owner forwarded.
    contractor_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"))


class RenovationWorkerRow(Base):
    """A worker on the application (施工人員): name, phone, ID-card image (a sensitive file)."""

    __tablename__ = "renovation_workers"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"),
                                           index=True)
    name: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str] = mapped_column(String(24))
    status: Mapped[str] = mapped_column(String(16))
    id_file_id: Mapped[int | None] = mapped_column(ForeignKey("files.id", ondelete="SET NULL"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class RenovationPassRow(Base):
    """A temporary pass (臨時出入證): issued, and returned at the end (收發記錄)."""

    __tablename__ = "renovation_passes"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"),
                                           index=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("renovation_workers.id",
                                                      ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(32), unique=True)
    code: Mapped[str] = mapped_column(String(16))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class RenovationInspectionRow(Base):
    """A site inspection round, a follow-up of a notice, or the final inspection (日誌)."""

    __tablename__ = "renovation_inspections"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"),
                                           index=True)
    kind: Mapped[str] = mapped_column(String(16))
    day: Mapped[date] = mapped_column(Date)
    slot: Mapped[str] = mapped_column(String(16))
    notice_id: Mapped[int | None] = mapped_column(Integer)
    result: Mapped[str] = mapped_column(String(16), default="pending")
    inspector_id: Mapped[int | None] = mapped_column(ForeignKey("people.id",
                                                                ondelete="SET NULL"))
    prompted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)


class RenovationNoticeRow(Base):
    """A rectification notice (業主裝修違規整改通知書) with its deadline and follow-up."""

    __tablename__ = "renovation_notices"
    __table_args__ = (Index("ix_renovation_notices_due", "status", "due"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"),
                                           index=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    inspection_id: Mapped[int | None] = mapped_column(
        ForeignKey("renovation_inspections.id", ondelete="SET NULL"))
    followup_id: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    due: Mapped[datetime] = mapped_column(UTCDateTime)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default="open")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
