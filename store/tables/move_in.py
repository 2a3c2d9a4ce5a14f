"""Move-in (入伙): the record, documents, agreement confirmations, meter readings, defects,
the inspection checklist by room and the entrusted errands."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from store.tables.base import Base, BigId
from store.types import JSONText, UTCDateTime


class MoveInRow(Base):
    """One unit's move-in (業主登記表 and the state of its procedure)."""

    __tablename__ = "move_ins"
    __table_args__ = (Index("ix_move_ins_unit", "unit_id"),
                      Index("ix_move_ins_owner", "owner_id"),
                      Index("ix_move_ins_estate", "estate_id"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    owner_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    applicant: Mapped[str] = mapped_column(String(16))
    slot_at: Mapped[datetime] = mapped_column(UTCDateTime)
    collective: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    receipt: Mapped[str | None] = mapped_column(String(40))
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reinspect_on: Mapped[date | None] = mapped_column(Date)
    rectify_by: Mapped[date | None] = mapped_column(Date)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    keys_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    extra: Mapped[dict[str, object]] = mapped_column(JSONText, default=dict)


class MoveInDocumentRow(Base):
    """A document of the checklist as sent, and the desk's decision (入伙資料簽收記錄)."""

    __tablename__ = "move_in_documents"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    move_in_id: Mapped[int] = mapped_column(ForeignKey("move_ins.id", ondelete="CASCADE"),
                                            index=True)
    item: Mapped[str] = mapped_column(String(24))
    file_id: Mapped[int] = mapped_column(ForeignKey("files.id", ondelete="CASCADE"))
    name: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str | None] = mapped_column(String(24))
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MoveInConfirmationRow(Base):
    """The owner's confirmation of an agreement in chat: who (account) and when."""

    __tablename__ = "move_in_confirmations"
    move_in_id: Mapped[int] = mapped_column(ForeignKey("move_ins.id", ondelete="CASCADE"),
                                            primary_key=True)
    item: Mapped[str] = mapped_column(String(24), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    tg_user_id: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class MeterReadingRow(Base):
    """A unit's meter reading (water, electricity, gas), in hundredths of a unit."""

    __tablename__ = "meter_readings"
    __table_args__ = (Index("ix_meter_readings_unit_meter", "unit_id", "meter"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    meter: Mapped[str] = mapped_column(String(16))
    value: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    move_in_id: Mapped[int | None] = mapped_column(ForeignKey("move_ins.id",
                                                              ondelete="SET NULL"))
    photo_file_id: Mapped[int | None] = mapped_column(ForeignKey("files.id",
                                                                 ondelete="SET NULL"))


class MoveInDefectRow(Base):
    """A defect found at inspection, and the repair ticket it became (驗房簽收記錄)."""

    __tablename__ = "move_in_defects"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    move_in_id: Mapped[int] = mapped_column(ForeignKey("move_ins.id", ondelete="CASCADE"),
                                            index=True)
    room: Mapped[str] = mapped_column(String(24))
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    description: Mapped[str] = mapped_column(Text)


class MoveInCheckRow(Base):
    """One checklist item of one room at the inspection: OK or a defect with its repair
    ticket (房屋質量驗收登記表, row by row). A restarted inspection replaces them."""

    __tablename__ = "move_in_checks"
    move_in_id: Mapped[int] = mapped_column(ForeignKey("move_ins.id", ondelete="CASCADE"),
                                            primary_key=True)
    room: Mapped[str] = mapped_column(String(24), primary_key=True)
    item: Mapped[str] = mapped_column(String(40), primary_key=True)
    result: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id",
                                                             ondelete="SET NULL"))


class MoveInErrandRow(Base):
    """An item the owner entrusted to the office (委託代辦服務記錄), open until done."""

    __tablename__ = "move_in_errands"
    __table_args__ = (Index("ix_move_in_errands_status", "status"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    move_in_id: Mapped[int] = mapped_column(ForeignKey("move_ins.id", ondelete="CASCADE"),
                                            index=True)
    item: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    asked_by: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    done_note: Mapped[str | None] = mapped_column(Text)
