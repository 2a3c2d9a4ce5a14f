"""The load: /help echo at full speed and at a fixed rate, and the link-request conversation.

Every scenario first warms the bot up (imports, caches, connection pools) with a few updates
that are not measured, then measures. What counts as "the reply" to an update:

* echo: the bot's message in that chat. Replies are matched to the /help messages of the same
  chat first-in first-out (propdesk answers a user's updates in order; the bare bot may swap
  two identical answers, which changes no figure but the pairing).
* onboarding: everything the step produces, as a person waits for it: its messages, the edit
  (Confirm removes the preview's buttons) and, for a pressed button, the answerCallbackQuery.
  A step's latency runs until the last of these reaches the sandbox.
"""

from __future__ import annotations

import asyncio
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.feed import Feed, Out
from bench.procs import BotProcess
from sandbox.driver import Driver, Sent, User

if TYPE_CHECKING:
    from bot.demo.data import DemoCodes
    from store.db import Database


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-q * len(ordered) // 100))))
    return ordered[rank - 1]


@dataclass
class Probe:
    """CPU use of the bot process and of this process (sandbox + driver) while measuring;
    optionally a py-spy profile of the bot over the same window (`--profile DIR`)."""

    proc: BotProcess
    profile_to: Path | None = None
    t0: float = 0.0
    t1: float = 0.0
    bot_cpu: float = 0.0
    bench_cpu: float = 0.0
    loop_cpu: float = 0.0  # the bot's main thread: its event loop
    _threads: dict[int, float] = field(default_factory=dict)
    _spy: subprocess.Popen[bytes] | None = None

    def begin(self) -> None:
        if self.profile_to is not None:
            self._spy = profiler(self.proc.pid, self.profile_to)
        self.t0 = time.monotonic()
        self.bot_cpu = -self.proc.cpu_s()
        self._threads = self.proc.thread_cpu_s()
        self.bench_cpu = -time.process_time()

    def end(self) -> None:
        self.t1 = time.monotonic()
        self.bot_cpu += self.proc.cpu_s()
        self.loop_cpu = (self.proc.thread_cpu_s().get(self.proc.pid, 0.0)
                         - self._threads.get(self.proc.pid, 0.0))
        self.bench_cpu += time.process_time()
        if self._spy is not None:
            self._spy.send_signal(signal.SIGINT)
            try:
                self._spy.wait(30)
            except subprocess.TimeoutExpired:
                self._spy.kill()

    def share(self, cpu: float) -> float:
        """CPU seconds as a percentage of one core over the measured wall time."""
        wall = self.t1 - self.t0
        return 100.0 * cpu / wall if wall > 0 else 0.0


def profiler(pid: int, out: Path) -> subprocess.Popen[bytes] | None:
    """py-spy sampling the bot: collapsed stacks of the thread holding the GIL (the process is
    GIL-bound under load), stopped by SIGINT."""
    spy = shutil.which("py-spy", path=str(Path(sys.executable).parent)) or shutil.which("py-spy")
    if spy is None:
        print("bench: --profile needs py-spy (.venv/bin/pip install py-spy)", file=sys.stderr)
        return None
    out.parent.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen([spy, "record", "--pid", str(pid), "--rate", "200", "--format",
                             "raw", "--gil", "-o", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@dataclass
class Measured:
    """The raw figures of one scenario on one bot."""

    updates: int = 0
    replied: int = 0
    window_s: float = 0.0  # first update queued → last reply received
    latencies_ms: list[float] = field(default_factory=list)
    offered_per_s: float | None = None
    per_step_ms: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def throughput(self) -> float:
        return self.replied / self.window_s if self.window_s > 0 else 0.0


# Seeds propdesk's database (after the demo estate) before the bot starts.
Seed = Callable[["Database", "DemoCodes", datetime], Awaitable[None]]


@dataclass
class World:
    """What a scenario set up before the bot started: sandbox users and chats, and what
    propdesk's database needs to know about them."""

    users: list[User]
    extra: dict[str, Any] = field(default_factory=dict)
    seed: Seed | None = None  # propdesk only
    bot: str = ""
    db_url: str | None = None  # propdesk's database, set by the runner


@dataclass
class Scenario:
    name: str
    title: str
    users: int
    run: Callable[[Driver, Feed, World, Probe], Awaitable[Measured]]
    bots: tuple[str, ...] = ("propdesk", "bare")
    on_request: tuple[str, ...] = ()  # bots it runs only when named with --bot
    # Builds the world in the sandbox for one bot (default: `users` English residents).
    setup: Callable[[Driver, str], Awaitable[World]] | None = None

    async def make_world(self, d: Driver, bot: str) -> World:
        if self.setup is not None:
            return await self.setup(d, bot)
        return World(await make_users(d, self.users), bot=bot)


async def make_users(d: Driver, n: int, name: str = "Resident") -> list[User]:
    """Sandbox users (English, so both bots answer in the same language)."""
    return [await d.user(f"{name} {i}", language_code="en") for i in range(n)]


# ----------------------------------------------------------------------------- echo

async def _help_round(d: Driver, feed: Feed, users: list[User], timeout: float) -> None:
    """Every user sends /help once; wait for all answers (warm-up)."""
    before = feed.bot_messages
    await d.send_many([(u, "/help") for u in users])
    if not await feed.wait_total(before + len(users), timeout):
        raise TimeoutError("warm-up /help not answered")


def _match_fifo(feed: Feed, sent: list[Sent], start: dict[int, int], m: Measured) -> None:
    """Pair each chat's /help updates with the bot's messages there, in order."""
    by_chat: dict[int, list[int]] = {}
    for s in sent:
        assert s.update_id is not None
        by_chat.setdefault(s.chat_id, []).append(s.update_id)
    last_reply = 0.0
    for chat, uids in by_chat.items():
        replies = feed.messages(chat, start[chat])
        if len(replies) > len(uids):
            m.errors.append(f"chat {chat}: {len(replies)} replies to {len(uids)} updates")
        for uid, reply in zip(uids, replies, strict=False):
            m.latencies_ms.append((reply.t - feed.update_t[uid]) * 1000)
            last_reply = max(last_reply, reply.t)
    m.replied = len(m.latencies_ms)
    first = min(feed.update_t[s.update_id] for s in sent if s.update_id is not None)
    m.window_s = max(0.0, last_reply - first)
    if m.replied < m.updates:
        m.errors.append(f"only {m.replied} of {m.updates} updates answered in time")


def echo_max(updates: int, chunk: int, timeout: float) -> Callable[..., Awaitable[Measured]]:
    async def run(d: Driver, feed: Feed, world: World, probe: Probe) -> Measured:
        users = world.users
        await _help_round(d, feed, users[:50], 30.0)
        m = Measured(updates=updates, params={"users": len(users), "updates": updates,
                                             "push_chunk": chunk})
        start = {u.id: feed.cursor(u.id) for u in users}
        before = feed.bot_messages
        items = [(users[i % len(users)], "/help") for i in range(updates)]
        probe.begin()
        sent: list[Sent] = []
        for i in range(0, updates, chunk):
            sent += await d.send_many(items[i:i + chunk])
        done = await feed.wait_total(before + updates, timeout)
        probe.end()
        if not done:
            await asyncio.sleep(0.5)
        await feed.wait_updates_seen([s.update_id for s in sent if s.update_id is not None])
        _match_fifo(feed, sent, start, m)
        return m

    return run


def echo_rate(rate: float, seconds: float, timeout: float) -> Callable[..., Awaitable[Measured]]:
    async def run(d: Driver, feed: Feed, world: World, probe: Probe) -> Measured:
        users = world.users
        await _help_round(d, feed, users[:50], 30.0)
        n = int(rate * seconds)
        m = Measured(updates=n, params={"users": len(users), "rate_per_s": rate,
                                       "seconds": seconds})
        start = {u.id: feed.cursor(u.id) for u in users}
        before = feed.bot_messages
        loop = asyncio.get_running_loop()
        probe.begin()
        t0 = loop.time() + 0.01
        pushes: list[asyncio.Task[Sent]] = []
        for i in range(n):
            delay = t0 + i / rate - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            # A task per push: a slow HTTP answer does not hold back the next one.
            pushes.append(asyncio.create_task(d.send(users[i % len(users)], "/help")))
        sent = list(await asyncio.gather(*pushes))
        done = await feed.wait_total(before + n, timeout)
        probe.end()
        if not done:
            await asyncio.sleep(0.5)
        uids = [s.update_id for s in sent if s.update_id is not None]
        await feed.wait_updates_seen(uids)
        times = sorted(feed.update_t[u] for u in uids)
        m.offered_per_s = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
        _match_fifo(feed, sent, start, m)
        return m

    return run


# ----------------------------------------------------------------------- onboarding

@dataclass(frozen=True)
class Step:
    name: str
    kind: str  # "text" | "press" | "album"
    value: str  # the text, the callback_data of the button to press, or the album's size
    messages: int
    edits: int = 0
    answers: int = 0

    @property
    def updates(self) -> int:
        """Updates the step sends (an album: one per photo)."""
        return int(self.value) if self.kind == "album" else 1


# The "ask to be linked" form, as a person fills it in (the demo estate has one estate, so
# there is no estate step). The bare bot has the same steps, buttons and callback data.
STEPS = [
    Step("start", "text", "/start", 1),
    Step("request", "press", "st1:request", 1, answers=1),
    Step("unit", "text", "A-12B", 1),
    Step("relation", "press", "lf1:rel:tenant", 1, answers=1),
    Step("name", "text", "Chan Tai Man", 1),
    Step("phone", "text", "+852 9123 4567", 2),
    Step("confirm", "press", "lf1:confirm:", 1, edits=1, answers=1),
]


def _with_button(outs: list[Out], data: str) -> int:
    for out in reversed(outs):
        if out.kind == "message" and data in out.buttons and out.message_id is not None:
            return out.message_id
    raise LookupError(f"no bot message with a {data!r} button")


# A small JPEG header and padding: the sandbox and the bots take it as a photo.
def _jpeg() -> bytes:
    """A small real JPEG (propdesk decodes and re-encodes every photo it keeps)."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (32, 24), (90, 140, 200)).save(out, "JPEG", quality=80)
    return out.getvalue()


JPEG = _jpeg()


async def take_step(d: Driver, feed: Feed, user: User, step: Step,
                    step_timeout: float) -> tuple[list[int], float]:
    """Do one step and wait for all it produces; returns the step's update ids and when its
    last output reached the sandbox."""
    start = feed.cursor(user.id)
    if step.kind == "text":
        sent = [await d.send(user, step.value)]
    elif step.kind == "album":
        sent = await d.send_album(user, [JPEG] * step.updates)
    else:
        target = _with_button(feed.outs.get(user.id, []), step.value)
        pressed = await d.press(user, (user.id, target), step.value)
        sent = [Sent(pressed.update_id, user.id, target)]
    update_ids = [s.update_id for s in sent if s.update_id is not None]
    assert len(update_ids) == step.updates
    got = await feed.wait_outputs(user.id, start, messages=step.messages, edits=step.edits,
                                  answers=step.answers, timeout=step_timeout)
    return update_ids, max(o.t for o in got)


async def person(d: Driver, feed: Feed, user: User, step_timeout: float,
                 record: Callable[[str, int, list[int], float], None],
                 steps: list[Step] = STEPS) -> None:
    """One person through the whole form, waiting for each answer before the next step;
    `record(step name, updates, update ids, last output time)` after each step."""
    for step in steps:
        update_ids, t_done = await take_step(d, feed, user, step, step_timeout)
        record(step.name, step.updates, update_ids, t_done)


def onboarding(people: int, warmup: int,
               step_timeout: float) -> Callable[..., Awaitable[Measured]]:
    async def run(d: Driver, feed: Feed, world: World, probe: Probe) -> Measured:
        users = world.users
        warm, measured = users[:warmup], users[warmup:warmup + people]
        await asyncio.gather(*(person(d, feed, u, 30.0, lambda *_: None) for u in warm))
        m = Measured(updates=len(measured) * len(STEPS),
                     params={"people": len(measured), "steps": [s.name for s in STEPS]})
        done: list[tuple[str, int, float]] = []
        probe.begin()
        results = await asyncio.gather(
            *(person(d, feed, u, step_timeout,
                     lambda name, _n, uids, t: done.append((name, uids[0], t)))
              for u in measured), return_exceptions=True)
        probe.end()
        for r in results:
            if isinstance(r, BaseException):
                m.errors.append(f"{type(r).__name__}: {r}"[:300])
        for name, uid, t_done in done:
            ms = (t_done - feed.update_t[uid]) * 1000
            m.latencies_ms.append(ms)
            m.per_step_ms.setdefault(name, []).append(ms)
        m.replied = len(done)
        if done:
            first = min(feed.update_t[uid] for _, uid, _ in done)
            m.window_s = max(t for _, _, t in done) - first
        await asyncio.sleep(0.3)  # anything more the bot sends is a shape error
        expected = sum(s.messages + s.edits + s.answers for s in STEPS)
        for u in measured:
            got = len(feed.outs.get(u.id, []))
            if got != expected:
                m.errors.append(f"user {u.id}: {got} bot outputs, expected {expected}")
                break
        return m

    return run
