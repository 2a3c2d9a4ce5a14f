"""Satisfaction surveys: campaigns, the sampled households, answers, year reviews."""

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
    Integer,
    String,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from store.tables.base import Base, BigId
from store.types import JSONText, UTCDateTime


class SurveyCampaignRow(Base):
    """One quarter's survey of one estate; `active_key` keeps one live campaign a quarter."""

    __tablename__ = "survey_campaigns"
    __table_args__ = (Index("ix_survey_campaigns_due", "next_due_at"),
                      Index("ix_survey_campaigns_estate", "estate_id", "quarter"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    quarter: Mapped[str] = mapped_column(String(8))
    # "<estate>:<quarter>" while not cancelled, NULL after: unique, so one live campaign.
    active_key: Mapped[str | None] = mapped_column(String(48), unique=True)
    status: Mapped[str] = mapped_column(String(16))
    share: Mapped[float] = mapped_column(Float)
    send_on: Mapped[date] = mapped_column(Date)
    send_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closes_at: Mapped[datetime] = mapped_column(UTCDateTime)
    report_due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reminders: Mapped[list[str]] = mapped_column(JSONText, default=list)
    definition: Mapped[dict[str, Any]] = mapped_column(JSONText)
    named: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    seed: Mapped[int] = mapped_column(BigInteger, default=0)
    sample_info: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    results: Mapped[dict[str, Any] | None] = mapped_column(JSONText)
    next_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class SurveyResponseRow(Base):
    """One household's answers. Only `survey_households.response_id` ties it to a household,
    and that link is dropped when an anonymous campaign's answer is complete."""

    __tablename__ = "survey_responses"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("survey_campaigns.id", ondelete="CASCADE"), index=True)
    answers: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    completed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    unit_label: Mapped[str | None] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1)


class SurveyHouseholdRow(Base):
    """A sampled household: who was asked, when, and whether it answered."""

    __tablename__ = "survey_households"
    __table_args__ = (UniqueConstraint("campaign_id", "unit_id"),
                      Index("ix_survey_households_person", "person_id", "status"),
                      Index("ix_survey_households_unit", "unit_id"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("survey_campaigns.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16))
    repeat: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    response_id: Mapped[int | None] = mapped_column(
        ForeignKey("survey_responses.id", ondelete="SET NULL"))
    asked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SurveyYearReviewRow(Base):
    """The year review (每年1月5日之前), one per estate and year."""

    __tablename__ = "survey_year_reviews"
    __table_args__ = (UniqueConstraint("estate_id", "year"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estates.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    results: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
