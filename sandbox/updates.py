"""The update queue (getUpdates / webhook semantics) and the control event log."""

from __future__ import annotations

import asyncio
import bisect
import copy
import time
from dataclasses import dataclass
from typing import Any

from sandbox.util import ApiError, ControlError, Notifier

# Update types Telegram leaves out unless they are asked for explicitly.
OPT_IN_TYPES = {"chat_member", "message_reaction", "message_reaction_count"}
MAX_POLL_TIMEOUT = 50.0


def update_type(data: dict[str, Any]) -> str:
    """The update's kind: the first key other than update_id."""
    return next((k for k in data if k != "update_id"), "unknown")


@dataclass
class Pending:
    """A queued update."""

    update_id: int
    data: dict[str, Any]
    delivered: bool = False
    force: bool = False


class UpdateQueue:
    """Pending updates with Telegram's confirmation rules and long-poll wake-up."""

    def __init__(self, start: int) -> None:
        self.start = start
        self.next_id = start
        self.pending: list[Pending] = []
        self.history: dict[int, dict[str, Any]] = {}
        self.allowed: set[str] | None = None
        self.notifier = Notifier()
        self.poll_generation = 0
        self.closing = False

    def clear(self) -> None:
        """Forget every update; ids keep increasing so a running bot's offset stays valid."""
        self.pending.clear()
        self.history.clear()
        self.allowed = None
        self.notifier.notify()

    def _insert(self, entry: Pending) -> None:
        self.pending = [p for p in self.pending if p.update_id != entry.update_id]
        self.pending.append(entry)
        self.pending.sort(key=lambda p: p.update_id)
        self.notifier.notify()

    def add(self, kind: str, payload: dict[str, Any]) -> int:
        """Queue a new update; returns its update_id."""
        uid = self.next_id
        self.next_id += 1
        data = {"update_id": uid, kind: copy.deepcopy(payload)}
        self.history[uid] = data
        self._insert(Pending(uid, data))
        return uid

    def push_raw(self, update: dict[str, Any]) -> int:
        """Queue a raw update, assigning update_id if missing."""
        data = copy.deepcopy(update)
        if not isinstance(data.get("update_id"), int):
            data = {"update_id": self.next_id, **{k: v for k, v in data.items()
                                                   if k != "update_id"}}
        uid = int(data["update_id"])
        self.next_id = max(self.next_id, uid + 1)
        self.history[uid] = data
        self._insert(Pending(uid, data, force=True))
        return uid

    def redeliver(self, update_id: int) -> None:
        """Queue an already created update again with the same id."""
        data = self.history.get(update_id)
        if data is None:
            raise ControlError(f"unknown update_id {update_id}", 404)
        self._insert(Pending(update_id, copy.deepcopy(data), force=True))

    def is_allowed(self, data: dict[str, Any], allowed: set[str] | None = None) -> bool:
        """Whether the bot asked for this update type."""
        allowed = self.allowed if allowed is None else allowed
        kind = update_type(data)
        if not allowed:
            return kind not in OPT_IN_TYPES
        return kind in allowed

    def confirm(self, offset: int) -> None:
        """Apply a getUpdates offset: forget confirmed updates."""
        if offset < 0:
            keep = self.pending[offset:] if -offset < len(self.pending) else self.pending
            self.pending = [p for p in self.pending if p in keep or (p.force and not p.delivered)]
            return
        self.pending = [
            p for p in self.pending if p.update_id >= offset or (p.force and not p.delivered)
        ]

    def take(self, limit: int) -> list[dict[str, Any]]:
        """Up to limit allowed updates (dropping ones the bot did not ask for)."""
        self.pending = [p for p in self.pending if self.is_allowed(p.data)]
        batch = self.pending[:limit]
        for p in batch:
            p.delivered = True
        return [copy.deepcopy(p.data) for p in batch]

    def remove(self, update_id: int) -> None:
        """Drop one update (webhook answered 2xx)."""
        self.pending = [p for p in self.pending if p.update_id != update_id]

    def next_for_webhook(self) -> Pending | None:
        """The lowest pending update that passes the allowed filter."""
        self.pending = [p for p in self.pending if self.is_allowed(p.data)]
        return self.pending[0] if self.pending else None

    def drop_pending(self) -> None:
        """drop_pending_updates=True."""
        self.pending.clear()

    def pending_ids(self) -> list[int]:
        """Ids of queued, unconfirmed updates."""
        return [p.update_id for p in self.pending]

    async def get_updates(self, offset: int | None, limit: int, timeout: float) -> list[Any]:
        """getUpdates with long polling; a newer call terminates an older waiting one."""
        self.poll_generation += 1
        generation = self.poll_generation
        self.notifier.notify()
        if offset is not None:
            self.confirm(offset)
        deadline = time.monotonic() + min(max(timeout, 0.0), MAX_POLL_TIMEOUT)
        while True:
            batch = self.take(limit)
            remaining = deadline - time.monotonic()
            if batch or remaining <= 0 or self.closing:
                return batch
            await self.notifier.wait(remaining)
            if generation != self.poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )


class EventLog:
    """Increasing-seq log of things the driver or a web UI may watch."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        self.seq = 0
        self.notifier = Notifier()
        self.closing = False

    def clear(self) -> None:
        """Forget events (seq keeps increasing so watchers never go backwards)."""
        self.events.clear()
        self.notifier.notify()

    def emit(self, kind: str, **fields: Any) -> dict[str, Any]:
        """Append an event."""
        self.seq += 1
        event = {"seq": self.seq, "type": kind, "t": time.monotonic(), "wall": time.time()}
        event.update(fields)
        self.events.append(event)
        self.notifier.notify()
        return event

    def select(
        self, after: int, chat_id: int | None = None, types: set[str] | None = None
    ) -> list[dict[str, Any]]:
        """Events with seq > after matching the filters."""
        start = bisect.bisect_right(self.events, after, key=lambda e: int(e["seq"]))
        return [
            e
            for e in self.events[start:]
            if (chat_id is None or e.get("chat_id") == chat_id)
            and (not types or e["type"] in types)
        ]

    async def wait(
        self,
        after: int,
        timeout: float,
        chat_id: int | None = None,
        types: set[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Matching events after seq, waiting up to timeout for the first one."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(0.0, timeout)
        while True:
            found = self.select(after, chat_id, types)
            remaining = deadline - loop.time()
            if found or remaining <= 0 or self.closing:
                return found
            await self.notifier.wait(remaining)
