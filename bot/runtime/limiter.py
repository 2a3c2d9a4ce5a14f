"""Telegram's flood limits as sliding windows: overall, per chat, per group.

Telegram counts sends over sliding windows (30 a second overall, about 1 a second in a chat,
20 a minute in a group), so the limiter does too: a rate `r` with a burst `b` allows at most `b`
sends in any `b / r` seconds (plus `margin`). A token bucket, as before, let a full bucket's
burst go on top of the rate: 59 to 77 sends in one second at the start of a 500-message wave,
3 a second in one chat.

A send is stamped when it is picked and stamped again when its round's answers are in
(`landed`): Telegram received it somewhere in between, so counting the window from the answer
keeps two windows' sends apart at Telegram's end whatever the delay on the way (a round's
database write, a busy event loop, the network). Rounds follow one another, so the sends of the
round in flight are always the newest stamps.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field


@dataclass
class Window:
    """At most `count` sends in any `span` seconds."""

    count: int
    span: float
    times: deque[float] = field(default_factory=deque)
    flying: int = 0  # the newest stamps: picked, their answers not in yet

    def _expire(self, now: float) -> None:
        while self.times and self.times[0] <= now - self.span:
            self.times.popleft()

    def wait(self, now: float) -> float:
        """Seconds until one more send fits (0 when it fits now)."""
        self._expire(now)
        if len(self.times) < self.count:
            return 0.0
        return max(0.0, self.times[-self.count] + self.span - now)

    def take(self, now: float) -> None:
        self._expire(now)
        self.times.append(now)
        self.flying += 1

    def landed(self, now: float) -> None:
        for i in range(1, min(self.flying, len(self.times)) + 1):
            self.times[-i] = max(self.times[-i], now)
        self.flying = 0

    def idle(self, now: float) -> bool:
        self._expire(now)
        return not self.times


def window(per_s: float, burst: int, margin: float) -> Window:
    burst = max(1, burst)
    return Window(burst, burst / per_s + margin)


BULK_BURST = 10


@dataclass
class Limiter:
    """Decides whether a message to a chat may go now, and when otherwise."""

    global_per_s: float
    per_chat_per_s: float
    per_chat_burst: int
    per_group_per_min: float
    group_burst: int
    margin: float = 0.0
    bulk_reserve: float = 0.0  # of the overall rate, left to lane 0 while bulk rows go
    overall: Window = field(init=False)
    bulk: Window = field(init=False)
    chats: dict[int, Window] = field(default_factory=dict)
    groups: dict[int, Window] = field(default_factory=dict)
    paused_until: dict[int, float] = field(default_factory=dict)
    touched: list[Window] = field(default_factory=list)  # windows taken from since `landed`

    def __post_init__(self) -> None:
        self.overall = window(self.global_per_s, max(1, int(self.global_per_s)), self.margin)
        # Bulk rows are paced smoothly (a few at a time, no margin): the overall window then
        # frees a slot every 1/30 s rather than a second's worth at once, and a reply waiting
        # in lane 0 takes the next one.
        bulk_rate = max(1.0, self.global_per_s - self.bulk_reserve)
        self.bulk = window(bulk_rate, BULK_BURST, 0.0)

    def _windows(self, chat_id: int) -> list[Window]:
        chat = self.chats.get(chat_id)
        if chat is None:
            chat = self.chats[chat_id] = window(self.per_chat_per_s, self.per_chat_burst,
                                                self.margin)
        out = [self.overall, chat]
        if chat_id < 0:
            group = self.groups.get(chat_id)
            if group is None:
                group = self.groups[chat_id] = window(self.per_group_per_min / 60.0,
                                                      self.group_burst, self.margin)
            out.append(group)
        return out

    def wait(self, chat_id: int, now: float, *, counts: bool = True,
             bulk: bool = False) -> float:
        paused = self.paused_until.get(chat_id, 0.0) - now
        extra = [self.bulk.wait(now)] if bulk else []
        if not counts:
            return max(0.0, paused, self.overall.wait(now), *extra)
        return max(0.0, paused, *extra, *(w.wait(now) for w in self._windows(chat_id)))

    def take(self, chat_id: int, now: float, *, counts: bool = True,
             bulk: bool = False) -> None:
        windows = self._windows(chat_id) if counts else [self.overall]
        for w in windows + ([self.bulk] if bulk else []):
            w.take(now)
            self.touched.append(w)

    def landed(self, now: float) -> None:
        """The answers to everything taken so far are in: count those sends from now."""
        for w in self.touched:
            w.landed(now)
        self.touched.clear()

    def pause(self, chat_id: int, until: float) -> None:
        self.paused_until[chat_id] = max(self.paused_until.get(chat_id, 0.0), until)

    def forget_idle(self, now: float) -> None:
        """Drop windows with nothing in them so the maps do not grow without bound."""
        for table in (self.chats, self.groups):
            for chat_id in [c for c, w in table.items() if w.idle(now)]:
                del table[chat_id]
        for chat_id in [c for c, t in self.paused_until.items() if t < now]:
            del self.paused_until[chat_id]
