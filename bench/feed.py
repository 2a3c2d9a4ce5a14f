"""One reader of the sandbox's event log for a whole run: when each update was queued, and
what the bot sent back to each chat and when.

Timing. Every sandbox event carries `t`, the sandbox's `time.monotonic()` at the moment it
happened:

* the `update` event is emitted when a pushed user action is put in the update queue, i.e. the
  instant the bot could first fetch it with getUpdates;
* the `message` / `edit` / `callback_answer` events are emitted while the sandbox handles the
  bot's sendMessage / edit* / answerCallbackQuery call, i.e. the instant the reply reaches the
  sandbox (what Telegram would forward to the person).

A latency is the difference of two such `t` values, so it is measured entirely on the sandbox's
clock: the driver's own HTTP round trips and the time this reader takes to fetch the events do
not count. The sandbox runs in the bench process; `time.monotonic()` is CLOCK_MONOTONIC on
Linux, system-wide, so it is also comparable with times taken in the bench code and with a
sandbox running as a separate process on the same machine.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from sandbox.driver import Driver

TYPES = ["update", "message", "edit", "callback_answer"]


@dataclass
class Out:
    """Something the bot did in a chat, as the sandbox saw it."""

    kind: str  # "message" | "edit" | "answer"
    t: float
    chat_id: int
    message_id: int | None
    buttons: list[str] = field(default_factory=list)  # callback_data of inline buttons
    query_id: str | None = None  # an answer: the callback query it answers
    text: str | None = None  # an answer's text; a message's text or caption (its start)


def _buttons(view: dict[str, Any] | None) -> list[str]:
    if not view:
        return []
    return [b["callback_data"] for row in view.get("buttons") or [] for b in row
            if b.get("callback_data")]


class Feed:
    """Long-polls /sandbox/events with its own HTTP session and indexes what it reads."""

    def __init__(self, base_url: str) -> None:
        self.driver = Driver(base_url, timeout=30.0)
        self.update_t: dict[int, float] = {}
        self.outs: dict[int, list[Out]] = {}
        self.bot_messages = 0
        self.last_seq = 0
        self.errors: list[str] = []
        self._events: dict[int, asyncio.Event] = {}
        self._any = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stop = False

    async def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="bench-feed")

    async def close(self) -> None:
        self._stop = True
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        await self.driver.close()

    async def _loop(self) -> None:
        while not self._stop:
            try:
                events = await self.driver.events(self.last_seq, timeout=2.0, types=TYPES)
            except (OSError, TimeoutError, AssertionError, aiohttp.ClientError) as exc:
                self.errors.append(f"{type(exc).__name__}: {exc}")
                await asyncio.sleep(0.1)
                continue
            touched: set[int] = set()
            for ev in events:
                self.last_seq = max(self.last_seq, int(ev["seq"]))
                chat = self._take(ev)
                if chat is not None:
                    touched.add(chat)
            for chat in touched:
                self._event(chat).set()
            if touched:
                self._any.set()

    def _take(self, ev: dict[str, Any]) -> int | None:
        kind = ev["type"]
        if kind == "update":
            self.update_t[int(ev["update_id"])] = float(ev["t"])
            return None
        chat = ev.get("chat_id")
        if chat is None:
            return None
        if kind in ("message", "edit"):
            if not ev.get("from_bot"):
                return None
            view = ev.get("message") or {}
            text = view.get("text") or view.get("caption")
            out = Out(kind, float(ev["t"]), int(chat), ev.get("message_id"), _buttons(view),
                      text=text[:160] if text else None)
            if kind == "message":
                self.bot_messages += 1
        elif kind == "callback_answer":
            answer = ev.get("answer") or {}
            out = Out("answer", float(ev["t"]), int(chat), ev.get("message_id"),
                      query_id=ev.get("callback_query_id"), text=answer.get("text"))
        else:
            return None
        self.outs.setdefault(int(chat), []).append(out)
        return int(chat)

    def _event(self, chat: int) -> asyncio.Event:
        ev = self._events.get(chat)
        if ev is None:
            ev = self._events[chat] = asyncio.Event()
        return ev

    def messages(self, chat: int, start: int = 0) -> list[Out]:
        """The bot's new messages in a chat, from index `start` of everything it did there."""
        return [o for o in self.outs.get(chat, [])[start:] if o.kind == "message"]

    def cursor(self, chat: int) -> int:
        """Index to pass to `wait_outputs` for what comes next in this chat."""
        return len(self.outs.get(chat, []))

    async def wait_outputs(self, chat: int, start: int, *, messages: int, edits: int = 0,
                           answers: int = 0, timeout: float) -> list[Out]:
        """Wait until the bot did at least this much in the chat since `start`; returns it."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        event = self._event(chat)
        while True:
            got = self.outs.get(chat, [])[start:]
            if (sum(o.kind == "message" for o in got) >= messages
                    and sum(o.kind == "edit" for o in got) >= edits
                    and sum(o.kind == "answer" for o in got) >= answers):
                return got
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"chat {chat}: wanted {messages} message(s), {edits} "
                                   f"edit(s), {answers} answer(s); got "
                                   f"{[o.kind for o in got]}")
            event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    async def wait_answers(self, chat: int, start: int, query_ids: set[str],
                           timeout: float) -> dict[str, Out]:
        """Wait for the answers to these callback queries (pressed in `chat`, answered after
        index `start`); returns those that came, by query id, when all did or time ran out."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        event = self._event(chat)
        while True:
            event.clear()
            got = {o.query_id: o for o in self.outs.get(chat, [])[start:]
                   if o.kind == "answer" and o.query_id in query_ids}
            remaining = deadline - loop.time()
            if len(got) == len(query_ids) or remaining <= 0:
                return {k: v for k, v in got.items() if k is not None}
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    async def wait_total(self, total_messages: int, timeout: float) -> bool:
        """Wait until the bot has sent this many messages in all; False on timeout."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self.bot_messages < total_messages:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            self._any.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._any.wait(), remaining)
        return True

    async def wait_updates_seen(self, update_ids: list[int], timeout: float = 10.0) -> None:
        """Make sure the enqueue times of these updates have been read."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while any(u not in self.update_t for u in update_ids):
            if loop.time() > deadline:
                raise TimeoutError("update events not seen")
            await asyncio.sleep(0.01)
