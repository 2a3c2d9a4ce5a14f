"""Token buckets for Telegram's flood limits: overall, per private chat, per group."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Bucket:
    rate: float  # tokens per second
    burst: float
    tokens: float = -1.0
    stamp: float = 0.0

    def _refill(self, now: float) -> None:
        if self.tokens < 0:
            self.tokens, self.stamp = self.burst, now
            return
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def wait(self, now: float) -> float:
        """Seconds until one token is available (0 when available now)."""
        self._refill(now)
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate

    def take(self, now: float) -> None:
        self._refill(now)
        self.tokens -= 1


@dataclass
class Limiter:
    """Decides whether a message to a chat may go now, and when otherwise."""

    global_per_s: float
    per_chat_per_s: float
    per_chat_burst: int
    per_group_per_min: float
    group_burst: int
    overall: Bucket = field(init=False)
    chats: dict[int, Bucket] = field(default_factory=dict)
    groups: dict[int, Bucket] = field(default_factory=dict)
    paused_until: dict[int, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.overall = Bucket(self.global_per_s, max(1.0, self.global_per_s))

    def _buckets(self, chat_id: int) -> list[Bucket]:
        chat = self.chats.setdefault(chat_id, Bucket(self.per_chat_per_s, self.per_chat_burst))
        out = [self.overall, chat]
        if chat_id < 0:
            out.append(self.groups.setdefault(
                chat_id, Bucket(self.per_group_per_min / 60.0, self.group_burst)))
        return out

    def wait(self, chat_id: int, now: float, *, counts: bool = True) -> float:
        paused = self.paused_until.get(chat_id, 0.0) - now
        if not counts:
            return max(0.0, paused, self.overall.wait(now))
        return max(0.0, paused, *(b.wait(now) for b in self._buckets(chat_id)))

    def take(self, chat_id: int, now: float, *, counts: bool = True) -> None:
        for bucket in (self._buckets(chat_id) if counts else [self.overall]):
            bucket.take(now)

    def pause(self, chat_id: int, until: float) -> None:
        self.paused_until[chat_id] = max(self.paused_until.get(chat_id, 0.0), until)

    def forget_idle(self, now: float) -> None:
        """Drop full buckets so the maps do not grow without bound."""
        for table in (self.chats, self.groups):
            for chat_id in [c for c, b in table.items()
                            if b.tokens >= b.burst or now - b.stamp > 600]:
                del table[chat_id]
        for chat_id in [c for c, t in self.paused_until.items() if t < now]:
            del self.paused_until[chat_id]
