"""The monthly management report (月度管理報告): made on the 1st, marked sent by a manager."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from store.tables.base import Base, BigId
from store.types import UTCDateTime


class MonthlyReportRow(Base):
    """One estate's report of one month (YYYY-MM): when it was made and who marked it sent
    (已呈交); the daily reminders stop once `sent_at` is set (compare-and-set)."""

    __tablename__ = "monthly_reports"
    __table_args__ = (UniqueConstraint("estate_id", "month"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    month: Mapped[str] = mapped_column(String(7))
    made_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_by: Mapped[int | None] = mapped_column(BigInteger)
