"""Facts about announcements; `bot/notices/announcements.py` turns them into messages."""

from __future__ import annotations

from dataclasses import dataclass

from domain.events import Event


@dataclass(frozen=True)
class AnnouncementBatch(Event):
    """These recipients are to get it now (or its reminder): one outbox row set each."""

    announcement_id: int
    recipient_ids: tuple[int, ...]
    reminder: bool = False


@dataclass(frozen=True)
class AnnouncementUrgent(Event):
    """An urgent announcement started going out: shown and pinned in the staff groups."""

    announcement_id: int
