"""Plumbing tables: inbox, outbox, message references, FSM state, audit log, fired deadlines."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from store.tables.base import Base, BigId
from store.types import JSONText, UTCDateTime


class InboxRow(Base):
    """Every update, stored before Telegram is told it arrived; processed once."""

    __tablename__ = "inbox"
    __table_args__ = (Index("ix_inbox_pending", "status", "id"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    update_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    key: Mapped[int] = mapped_column(BigInteger)
    payload: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    error: Mapped[str | None] = mapped_column(String(200))


class OutboxRow(Base):
    """A Bot API call to make, written in the transaction of the change that caused it."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "status", "chat_id", "id"),
                      Index("ix_outbox_ref", "ref"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    method: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(JSONText)
    ref: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    not_before: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    update_id: Mapped[int | None] = mapped_column(BigInteger)
    error: Mapped[str | None] = mapped_column(String(200))
    # 0: replies and notices; 1: bulk (announcements), sent after lane 0 and below the ceiling.
    lane: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class MessageRefRow(Base):
    """Which Telegram message shows a given card (`ticket:12:crew`), so it can be edited."""

    __tablename__ = "message_refs"
    ref: Mapped[str] = mapped_column(String(100), primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class FsmRow(Base):
    """Conversation state (aiogram FSM) per user and chat."""

    __tablename__ = "fsm_state"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    state: Mapped[str | None] = mapped_column(String(200))
    data: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AuditRow(Base):
    """Append-only log of every state change: who, from, to, when, which update."""

    __tablename__ = "audit"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),
                      Index("ix_audit_actor", "actor_tg_id", "action", "at"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_person_id: Mapped[int | None] = mapped_column(BigInteger)
    actor_tg_id: Mapped[int | None] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str | None] = mapped_column(String(32))
    update_id: Mapped[int | None] = mapped_column(BigInteger)
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSONText)


class FiredRow(Base):
    """A reminder or escalation that fired: unique per (entity, id, level), so at most once."""

    __tablename__ = "fired"
    __table_args__ = (UniqueConstraint("entity", "entity_id", "level"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(BigInteger)
    level: Mapped[str] = mapped_column(String(48))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
