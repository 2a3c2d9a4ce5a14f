"""Fault injection, flood limits, retry-after windows and call statistics."""

from __future__ import annotations

import math
import random
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any

from sandbox.util import ApiError, ControlError

# Methods never faulted by default (the bot's plumbing, not its outbox).
EXEMPT = {"getupdates", "getme", "getfile", "setwebhook", "deletewebhook", "getwebhookinfo"}
SENDING = {
    "sendmessage",
    "sendphoto",
    "senddocument",
    "sendmediagroup",
    "editmessagetext",
    "editmessagereplymarkup",
    "editmessagecaption",
    "forwardmessage",
    "copymessage",
}
FAIL_KINDS = {"blocked", "kicked", "clear"}
# Answers a client cannot read, for calls that were carried out ("outcome unknown").
GARBLED = {
    "truncated": '{"ok":true,"result":{"message_id":',
    "html": "<html><body><h1>502 Bad Gateway</h1></body></html>",
    "shape": '{"ok":true,"result":"?"}',
}


@dataclass
class FaultConfig:
    """Random 429/5xx faults and answer delay."""

    rate_429: float = 0.0
    retry_after: int = 1
    rate_5xx: float = 0.0
    delay_ms: int = 0
    methods: set[str] | None = None
    seed: int | None = None

    def applies(self, method: str) -> bool:
        """Whether the method is in scope."""
        if self.methods is None:
            return method not in EXEMPT
        return method in self.methods


# Telegram's documented limits: 30 messages a second overall, about 1 a second in a chat,
# 20 a minute in a group.
TELEGRAM_LIMITS = {"global_per_s": 30.0, "per_chat_per_s": 1.0, "per_group_per_min": 20.0}


@dataclass
class LimitConfig:
    """Optional Telegram-like flood limits on message-sending methods, over sliding windows.

    `enforce` answers a send over a limit with 429 and retry_after; without it the send goes
    through and is only counted as a violation (to measure a sender)."""

    per_chat_per_s: float | None = None
    per_group_per_min: float | None = None
    global_per_s: float | None = None
    enforce: bool = True


@dataclass
class Faults:
    """Decides, per Bot API call, whether to answer with an injected error."""

    config: FaultConfig = field(default_factory=FaultConfig)
    limits: LimitConfig = field(default_factory=LimitConfig)
    fail: dict[int, str] = field(default_factory=dict)
    windows: dict[int | None, float] = field(default_factory=dict)
    rng: random.Random = field(default_factory=random.Random)
    calls: Counter[str] = field(default_factory=Counter)
    given_429: int = 0
    given_5xx: int = 0
    given_403: int = 0
    limited: int = 0
    early: list[dict[str, Any]] = field(default_factory=list)
    sent: dict[str, deque[float]] = field(default_factory=dict)
    garble: dict[str, int | None] = field(default_factory=dict)  # method -> answers left
    garble_mode: str = "truncated"
    given_garbled: int = 0
    violations: Counter[str] = field(default_factory=Counter)  # by limit: chat, group, global
    peak: Counter[str] = field(default_factory=Counter)  # most sends seen in one window
    answer_delay_ms: int = 0  # a network round trip: sends and edits are answered late

    def reset(self) -> None:
        """Clear configuration and statistics."""
        self.clear()
        self.calls.clear()
        self.given_429 = self.given_5xx = self.given_403 = self.limited = 0
        self.early.clear()
        self.violations.clear()
        self.peak.clear()

    def clear(self) -> None:
        """Clear configuration, windows and chat failures (statistics stay)."""
        self.config = FaultConfig()
        self.limits = LimitConfig()
        self.fail.clear()
        self.windows.clear()
        self.sent.clear()
        self.garble.clear()

    def set_faults(self, **kw: Any) -> FaultConfig:
        """Install a new FaultConfig."""
        methods = kw.get("methods")
        for key in ("rate_429", "rate_5xx"):
            if not 0.0 <= float(kw.get(key) or 0.0) <= 1.0:
                raise ControlError(f"{key} must be within 0..1")
        cfg = FaultConfig(
            rate_429=float(kw.get("rate_429") or 0.0),
            retry_after=max(1, int(kw.get("retry_after") or 1)),
            rate_5xx=float(kw.get("rate_5xx") or 0.0),
            delay_ms=max(0, int(kw.get("delay_ms") or 0)),
            methods={m.lower() for m in methods} if methods else None,
            seed=kw.get("seed"),
        )
        self.config = cfg
        self.rng = random.Random(cfg.seed)
        return cfg

    def set_limits(self, **kw: Any) -> LimitConfig:
        """Install flood limits (None disables a limit; `telegram` sets Telegram's own)."""
        if kw.get("telegram"):
            kw = {**TELEGRAM_LIMITS, **{k: v for k, v in kw.items() if v is not None}}

        def num(key: str) -> float | None:
            value = kw.get(key)
            return None if value is None else float(value)

        self.limits = LimitConfig(
            per_chat_per_s=num("per_chat_per_s"),
            per_group_per_min=num("per_group_per_min"),
            global_per_s=num("global_per_s"),
            enforce=bool(kw.get("enforce", True)),
        )
        self.sent.clear()
        self.violations.clear()
        self.peak.clear()
        return self.limits

    def set_answer_delay(self, ms: int) -> int:
        """Delay answers to sends and edits (the message is shown at once)."""
        self.answer_delay_ms = max(0, min(10_000, int(ms)))
        return self.answer_delay_ms

    def set_fail(self, chat_id: int, kind: str) -> None:
        """Make every call for a chat fail as blocked/kicked, or clear that."""
        if kind not in FAIL_KINDS:
            raise ControlError(f"kind must be one of {sorted(FAIL_KINDS)}")
        if kind == "clear":
            self.fail.pop(chat_id, None)
        else:
            self.fail[chat_id] = kind

    def _too_many(self, key: int | None, retry_after: int, now: float) -> ApiError:
        self.given_429 += 1
        self.windows[key] = max(self.windows.get(key, 0.0), now + retry_after)
        return ApiError(429, f"Too Many Requests: retry after {retry_after}",
                        retry_after=retry_after)

    def _limit(self, method: str, chat_id: int | None, now: float) -> int | None:
        """Seconds to wait if a flood limit is exceeded, else None (and count the send)."""
        if method not in SENDING:
            return None
        checks: list[tuple[str, str, float, float]] = []
        lim = self.limits
        if lim.per_chat_per_s is not None and chat_id is not None:
            checks.append(("chat", f"c{chat_id}", lim.per_chat_per_s, 1.0))
        if lim.per_group_per_min is not None and chat_id is not None and chat_id < 0:
            checks.append(("group", f"g{chat_id}", lim.per_group_per_min, 60.0))
        if lim.global_per_s is not None:
            checks.append(("global", "global", lim.global_per_s, 1.0))
        wait = 0.0
        for kind, key, count, span in checks:
            times = self.sent.setdefault(key, deque())
            while times and times[0] <= now - span:
                times.popleft()
            if len(times) >= max(1, int(count)):
                self.violations[kind] += 1
                wait = max(wait, times[0] + span - now)
        if wait > 0 and lim.enforce:
            return max(1, math.ceil(wait))
        for kind, key, _count, _span in checks:
            self.sent[key].append(now)
            self.peak[kind] = max(self.peak[kind], len(self.sent[key]))
        return None

    def check(self, method: str, chat_id: int | None, chat_type: str | None) -> ApiError | None:
        """The injected error for this call, if any (method is lower-case)."""
        now = time.monotonic()
        if method in EXEMPT:
            return None
        kind = self.fail.get(chat_id) if chat_id is not None else None
        if kind is not None:
            self.given_403 += 1
            if kind == "blocked":
                return ApiError(403, "Forbidden: bot was blocked by the user")
            where = "supergroup" if chat_type == "supergroup" else "group"
            return ApiError(403, f"Forbidden: bot was kicked from the {where} chat")
        cfg = self.config
        until = self.windows.get(chat_id)
        if until is not None and now < until and (cfg.applies(method) or method in SENDING):
            remaining = until - now
            self.early.append(
                {"chat_id": chat_id, "method": method, "seconds_early": round(remaining, 3),
                 "t": now}
            )
            self.given_429 += 1
            wait = max(1, math.ceil(remaining))
            return ApiError(429, f"Too Many Requests: retry after {wait}", retry_after=wait)
        if cfg.applies(method) and (cfg.rate_429 or cfg.rate_5xx):
            roll = self.rng.random()
            if roll < cfg.rate_429:
                return self._too_many(chat_id, cfg.retry_after, now)
            if roll < cfg.rate_429 + cfg.rate_5xx:
                self.given_5xx += 1
                return ApiError(502, "Bad Gateway")
        limit_wait = self._limit(method, chat_id, now)
        if limit_wait is not None:
            self.limited += 1
            return self._too_many(chat_id, limit_wait, now)
        return None

    def delay(self, method: str) -> float:
        """Seconds to delay this answer."""
        cfg = self.config
        return cfg.delay_ms / 1000.0 if cfg.delay_ms and cfg.applies(method) else 0.0

    def answer_delay(self, method: str) -> float:
        """Seconds to hold the answer to a send or edit that has already taken effect."""
        return self.answer_delay_ms / 1000.0 if method in SENDING else 0.0

    def stats(self) -> dict[str, Any]:
        """Counters for the control API."""
        return {
            "calls": dict(self.calls),
            "total_calls": sum(self.calls.values()),
            "given_429": self.given_429,
            "given_5xx": self.given_5xx,
            "given_403": self.given_403,
            "limited": self.limited,
            "early_retry": list(self.early),
            "early_retry_count": len(self.early),
            "faults": {
                "rate_429": self.config.rate_429,
                "retry_after": self.config.retry_after,
                "rate_5xx": self.config.rate_5xx,
                "delay_ms": self.config.delay_ms,
                "methods": sorted(self.config.methods) if self.config.methods else None,
            },
            "limits": {
                "per_chat_per_s": self.limits.per_chat_per_s,
                "per_group_per_min": self.limits.per_group_per_min,
                "global_per_s": self.limits.global_per_s,
                "enforce": self.limits.enforce,
            },
            "violations": {k: self.violations[k] for k in ("chat", "group", "global")},
            "violations_total": sum(self.violations.values()),
            "peak": {k: self.peak[k] for k in ("chat", "group", "global")},
            "answer_delay_ms": self.answer_delay_ms,
        }

    def set_garble(self, methods: list[str], count: int | None = None,
                   mode: str = "truncated") -> dict[str, Any]:
        """Carry out calls of these methods but answer them with an unreadable body (the
        next `count` calls of each, or all of them); no methods turns it off."""
        if mode not in GARBLED:
            raise ControlError(f"mode must be one of {sorted(GARBLED)}")
        if count is not None and count < 1:
            raise ControlError("count must be at least 1")
        self.garble = {m.lower(): count for m in methods}
        self.garble_mode = mode
        return {"methods": sorted(self.garble), "count": count, "mode": mode}

    def garbled(self, method: str) -> str | None:
        """The unreadable body to answer this call with, if it is to be garbled."""
        if method not in self.garble:
            return None
        left = self.garble[method]
        if left is not None:
            if left <= 1:
                del self.garble[method]
            else:
                self.garble[method] = left - 1
        self.given_garbled += 1
        return GARBLED[self.garble_mode]
