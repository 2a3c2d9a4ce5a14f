"""The outbox limiter on a fake clock: every sliding window within Telegram's limits."""

from __future__ import annotations

from collections import defaultdict

import pytest

from bot.runtime.limiter import Limiter
from bot.settings import OutboxSettings


def limiter(margin: float) -> Limiter:
    cfg = OutboxSettings()  # the defaults are Telegram's limits
    return Limiter(cfg.global_per_s, cfg.per_chat_per_s, cfg.per_chat_burst,
                   cfg.per_group_per_min, cfg.group_burst, margin)


def drain(lim: Limiter, queue: list[int], *, start: float = 1000.0,
          answer_after: float = 0.0) -> list[tuple[float, int]]:
    """Send a queue the way the sender does (a chat's rows in order, a held chat's later rows
    wait too), each round's answers `answer_after` seconds later, then the clock moved to
    the soonest moment something may go."""
    now, sent = start, []
    pending = list(queue)
    while pending:
        held: set[int] = set()
        soonest = None
        rest = []
        for chat in pending:
            wait = lim.wait(chat, now) if chat not in held else None
            if wait == 0:
                lim.take(chat, now)
                sent.append((now, chat))
                continue
            held.add(chat)
            rest.append(chat)
            if wait is not None:
                soonest = wait if soonest is None else min(soonest, wait)
        pending = rest
        lim.landed(now + answer_after)  # the round's answers are in
        if pending:
            assert soonest is not None and soonest > 0
            now += answer_after + soonest
    return sent


def most_in_window(times: list[float], span: float) -> int:
    """The most sends in any window [t, t + span) (a window starting at a send is the worst)."""
    times = sorted(times)
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - span:
            j += 1
        best = max(best, i - j + 1)
    return best


def wave(messages: int, chats: int) -> list[int]:
    """Messages to chats (every fifth a group, negative id): the first chats get three in a
    row (a card, its photos, a notice), the rest one each, then round-robin."""
    ids = [(-100 - c) if c % 5 == 0 else (10_000 + c) for c in range(chats)]
    triple = max(0, min(chats, (messages - chats) // 2))
    out = [c for c in ids[:triple] for _ in range(3)] + ids[triple:]
    return (out + [ids[i % chats] for i in range(messages)])[:messages]


@pytest.mark.parametrize("margin", [0.0, 0.1])
def test_a_wave_keeps_every_sliding_second_within_the_limits(margin: float) -> None:
    sent = drain(limiter(margin), wave(500, 300))
    assert len(sent) == 500
    times = [t for t, _ in sent]
    assert most_in_window(times, 1.0) <= 30
    by_chat: dict[int, list[float]] = defaultdict(list)
    for t, chat in sent:
        by_chat[chat].append(t)
    assert max(most_in_window(ts, 1.0) for ts in by_chat.values()) == 1
    assert max(most_in_window(ts, 60.0) for c, ts in by_chat.items() if c < 0) <= 20
    # Not slower than the limits ask: 500 at 30 a second (windows of 1 s + margin) is ~17 s.
    assert times[-1] - times[0] <= 500 / 30 * (1 + margin) + 1


def test_one_group_gets_twenty_a_minute_and_one_a_second() -> None:
    sent = drain(limiter(0.0), [-100] * 45)
    times = [t for t, _ in sent]
    assert most_in_window(times, 1.0) == 1
    assert most_in_window(times, 60.0) == 20
    assert times[19] - times[0] == pytest.approx(19.0)  # the first 20 a second apart
    assert times[20] - times[0] == pytest.approx(60.0)  # then the minute must pass


def test_a_burst_setting_allows_that_many_at_once_then_waits() -> None:
    lim = Limiter(30, 1.0, 3, 20, 20)
    sent = drain(lim, [7] * 6)
    assert [t - sent[0][0] for t, _ in sent] == [0, 0, 0, 3, 3, 3]


def test_calls_that_are_not_messages_count_only_overall() -> None:
    lim = limiter(0.0)
    lim.take(7, 0.0)
    assert lim.wait(7, 0.5) == pytest.approx(0.5)
    assert lim.wait(7, 0.5, counts=False) == 0
    lim.pause(7, 5.0)
    assert lim.wait(7, 2.0, counts=False) == pytest.approx(3.0)
    lim.forget_idle(10.0)
    assert not lim.chats and not lim.paused_until


def test_sends_count_from_their_answers() -> None:
    """Telegram received a send somewhere between the call and its answer: the window counts
    from the answer, so a slow round can never crowd two windows' sends together there."""
    lim = limiter(0.0)
    lim.take(7, 0.0)
    lim.landed(0.4)  # the answer came 0.4 s after the call
    assert lim.wait(7, 1.0) == pytest.approx(0.4)
    assert lim.wait(7, 1.4) == 0
    sent = drain(limiter(0.0), [7, 8] * 3, answer_after=0.25)
    assert [round(t - 1000.0, 2) for t, _ in sent] == [0, 0, 1.25, 1.25, 2.5, 2.5]
