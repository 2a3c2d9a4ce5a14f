"""The repair scenarios: residents through the repair form (all at once, and at a fixed rate),
and crew members racing for work orders.

The office is set up before the bot starts, straight in propdesk's database (what `/start
<code>` and `/link <code>` would leave behind, without the updates): every sandbox resident is
a person with the sandbox user's id as `tg_user_id` and an owner's tenure on a unit of its own
in a block C added to the demo estate; the crew are plumbing crew staff of the estate; the
crew group is a sandbox group with the bot in it, registered as the estate's active plumbing
crew group, so confirmed repairs (water leaks) are dispatched there. The bare bot needs none of
this and gets only the residents.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import re
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bench.feed import Feed, Out
from bench.scenarios import (
    Measured,
    Probe,
    Seed,
    Step,
    World,
    make_users,
    percentile,
    person,
    take_step,
)
from sandbox.driver import Chat, Driver, Pressed, User

CREW = 8  # crew members in the crew group, all pressing Accept at once
DESCRIPTION = "Water drips from the bathroom ceiling since last night"
PHOTOS = 2  # the album each resident sends

# propdesk's repair form for a resident with one unit (so there is no "where" step), a
# two-photo album, and every output each step produces: its messages, edits (the photo count
# is one message, edited for the second photo; Confirm removes the preview's buttons) and the
# answers to pressed buttons.
PROPDESK_STEPS = [
    Step("repair", "text", "/repair", 1),
    Step("category", "press", "rf1:cat:leak", 1, answers=1),
    Step("description", "text", DESCRIPTION, 1),
    Step("photos", "album", str(PHOTOS), 1, edits=1),
    Step("done", "press", "rf1:photos:", 1, answers=1),
    Step("urgency", "press", "rf1:urg:normal", 1, answers=1),
    Step("time", "press", "rf1:time:morning", 1, answers=1),
    Step("confirm", "press", "rf1:confirm:", 1, edits=1, answers=1),
]
# The bare bot's four-step form after /repair (bench/bare_bot.py), same callback data.
BARE_STEPS = [
    Step("repair", "text", "/repair", 1),
    Step("category", "press", "rf1:cat:leak", 1, answers=1),
    Step("description", "text", DESCRIPTION, 1),
    Step("urgency", "press", "rf1:urg:normal", 1, answers=1),
    Step("confirm", "press", "rf1:confirm:", 1, edits=1, answers=1),
]
STEP_NAMES = [s.name for s in PROPDESK_STEPS]


def steps_of(bot: str) -> list[Step]:
    return PROPDESK_STEPS if bot == "propdesk" else BARE_STEPS


# ----------------------------------------------------------------------------- the office

def seed_office(residents: list[User], crew: list[User], group: Chat, *,
                tickets: int = 0) -> Seed:
    """Link the sandbox people into the demo estate; optionally file `tickets` repairs (the
    work orders the bot posts to the crew group when it starts)."""

    async def seed(db: Any, codes: Any, now: datetime) -> None:
        from domain import registry
        from domain.model import Actor, GroupPurpose, GroupStatus, Locale, Relation, StaffRole
        from domain.model import Trade as T
        from store.uow import SqlUnitOfWork

        estate = codes.estate
        numbers = [f"{1 + i // 8}{'ABCDEFGH'[i % 8]}" for i in range(len(residents))]
        actors = []
        async with SqlUnitOfWork(db.writer()) as uow:
            await registry.import_units(uow, estate, [
                (n, {"building": "C", "building_name": "Block C", "unit": u,
                     "floor": u[:-1], "occupied": "yes"}) for n, u in enumerate(numbers, 2)])
            for user, number in zip(residents, numbers, strict=True):
                unit = await uow.units.find(estate.id, "C", number)
                assert unit is not None
                p = await uow.people.add(user.first_name, Locale.EN, tg_user_id=user.id)
                tenure = await uow.tenures.add(p.id, unit.id, Relation.OWNER, now.date())
                actors.append(Actor(user.id, p, (), (tenure,)))
            for user in crew:
                p = await uow.people.add(user.first_name, Locale.EN, tg_user_id=user.id)
                await uow.staff.add(p.id, estate.id, StaffRole.CREW, T.PLUMBING)
            await uow.groups.upsert_pending(group.id, group.title or "Plumbing crew",
                                            crew[0].id, now)
            assert await uow.groups.transition(group.id, [GroupStatus.PENDING],
                                               GroupStatus.ACTIVE, estate_id=estate.id,
                                               purpose=GroupPurpose.CREW, trade=T.PLUMBING,
                                               now=now)
            await uow.commit()
        if tickets:
            await _file_repairs(db, actors, tickets, now)

    return seed


async def _file_repairs(db: Any, actors: list[Any], n: int, now: datetime) -> None:
    """The same use case and notices as a resident's Confirm: each repair leaves its work order
    card in the outbox, which the bot sends to the crew group when it starts."""
    from bot.i18n import Translator
    from bot.notices import make_publisher
    from bot.settings import Settings
    from domain import repair
    from store.uow import SqlUnitOfWork

    publisher = make_publisher(Translator(), Settings(), lambda: now)
    for i in range(n):
        actor = actors[i % len(actors)]
        draft = repair.RepairDraft(category="leak", description=DESCRIPTION, urgency="normal",
                                   unit_id=actor.tenures[0].unit.id, preferred_time="morning")
        async with SqlUnitOfWork(db.writer(), publisher=publisher) as uow:
            await repair.submit_repair(uow, actor, draft, now)
            await uow.commit()


async def _crew_group(d: Driver) -> tuple[list[User], Chat]:
    crew = await make_users(d, CREW, "Plumber")
    group = await d.group("Plumbing crew", crew)
    await d.add_bot(group, by=crew[0])  # queued before the bot starts: it keeps the group
    return crew, group


def repair_world(residents: int) -> Callable[[Driver, str], Awaitable[World]]:
    async def setup(d: Driver, bot: str) -> World:
        users = await make_users(d, residents)
        if bot != "propdesk":
            return World(users, bot=bot)
        crew, group = await _crew_group(d)
        return World(users, {"crew": crew, "group": group}, bot=bot,
                     seed=seed_office(users, crew, group))

    return setup


def race_world(reporters: int, tickets: int) -> Callable[[Driver, str], Awaitable[World]]:
    async def setup(d: Driver, bot: str) -> World:
        users = await make_users(d, reporters)
        crew, group = await _crew_group(d)
        for user in users:  # they have started the bot, so it may tell them who took the job
            await d.send(user, "/help")
        return World(users, {"crew": crew, "group": group}, bot=bot,
                     seed=seed_office(users, crew, group, tickets=tickets))

    return setup


NUMBER = re.compile(r"R-\d{4}-\d{6}")


@dataclass(frozen=True)
class Card:
    """A work order card the bot posted in the crew group."""

    ticket_id: int
    message_id: int
    number: str | None
    t: float


def _cards(feed: Feed, group: Chat) -> list[Card]:
    """Work order cards in the crew group (new messages with an Accept button), by ticket id."""
    out = []
    for o in feed.outs.get(group.id, []):
        take = next((b for b in o.buttons if b.startswith("job1:take:")), None)
        if o.kind == "message" and take and o.message_id is not None:
            found = NUMBER.search(o.text or "")
            out.append(Card(int(take.rsplit(":", 1)[1]), o.message_id,
                            found.group(0) if found else None, o.t))
    return sorted(out, key=lambda c: c.ticket_id)


async def _wait_cards(feed: Feed, group: Chat, n: int, timeout: float) -> list[Card]:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while len(cards := _cards(feed, group)) < n and loop.time() < deadline:
        await asyncio.sleep(0.02)
    return cards


# ----------------------------------------------------------------------- the repair form

Done = tuple[User, str, int, list[int], float]  # who, step, updates, update ids, last output


def _collect(m: Measured, done: list[Done], feed: Feed) -> None:
    for _, name, updates, uids, t_done in done:
        ms = (t_done - feed.update_t[uids[0]]) * 1000
        m.latencies_ms.append(ms)
        m.per_step_ms.setdefault(name, []).append(ms)
        m.replied += updates
    if done:
        first = min(feed.update_t[d[3][0]] for d in done)
        m.window_s = max(d[4] for d in done) - first


def _recorder(done: list[Done], user: User) -> Callable[[str, int, list[int], float], None]:
    return lambda name, n, uids, t: done.append((user, name, n, uids, t))


async def _dispatch(feed: Feed, world: World, m: Measured, done: list[Done],
                    window_end: float, grace: float) -> None:
    """The work orders: each confirmed repair's card in the crew group. Not part of the
    resident's step (so not in its latency); timed from the resident's Confirm to the card,
    matched by ticket number, waiting at most `grace` seconds after the measured window."""
    group = world.extra.get("group")
    if group is None:
        return
    confirmed: dict[str, float] = {}
    for user, name, _, uids, t_done in done:
        if name != "confirm":
            continue
        said = [o for o in feed.outs.get(user.id, []) if o.kind == "message" and o.t <= t_done
                and NUMBER.search(o.text or "")]
        if said:
            number = NUMBER.search(said[-1].text or "")
            assert number is not None
            confirmed[number.group(0)] = feed.update_t[uids[0]]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + grace
    while loop.time() < deadline:
        posted = {c.number for c in _cards(feed, group)}
        if all(n in posted for n in confirmed):
            break
        await asyncio.sleep(0.05)
    cards = {c.number: c for c in _cards(feed, group) if c.number in confirmed}
    late = [(c.t - confirmed[n]) * 1000 for n, c in cards.items()]
    in_window = sum(c.t <= window_end for c in cards.values())
    m.params["dispatch"] = {
        "confirmed": len(confirmed), "cards_in_window": in_window, "cards_posted": len(cards),
        "grace_s": grace, "p50_ms": _ms(percentile(late, 50)),
        "p99_ms": _ms(percentile(late, 99)), "max_ms": _ms(max(late, default=None))}
    if len(cards) < len(confirmed):
        m.errors.append(f"work orders: {len(cards)} of {len(confirmed)} cards in the crew "
                        f"group {grace:g} s after the last answer (the rest still queued)")


def _ms(x: float | None) -> float | None:
    return None if x is None else round(x, 1)


def repair_form(people: int, warmup: int, step_timeout: float,
                grace: float = 3.0) -> Callable[..., Awaitable[Measured]]:
    """`people` residents at once, each through the whole form, waiting for every answer."""

    async def run(d: Driver, feed: Feed, world: World, probe: Probe) -> Measured:
        steps = steps_of(world.bot)
        warm, measured = world.users[:warmup], world.users[warmup:warmup + people]
        await asyncio.gather(*(person(d, feed, u, 30.0, lambda *_: None, steps)
                               for u in warm))
        m = Measured(updates=len(measured) * sum(s.updates for s in steps),
                     params={"people": len(measured), "steps": [s.name for s in steps],
                             "photos": PHOTOS if world.bot == "propdesk" else 0})
        done: list[Done] = []
        probe.begin()
        results = await asyncio.gather(
            *(person(d, feed, u, step_timeout, _recorder(done, u), steps)
              for u in measured), return_exceptions=True)
        probe.end()
        for r in results:
            if isinstance(r, BaseException):
                m.errors.append(f"{type(r).__name__}: {r}"[:300])
        _collect(m, done, feed)
        await asyncio.sleep(0.3)  # anything more the bot sends to a resident is a shape error
        expected = sum(s.messages + s.edits + s.answers for s in steps)
        for u in measured:
            got = feed.outs.get(u.id, [])
            if len(got) != expected:
                m.errors.append(f"user {u.id}: {len(got)} bot outputs, expected {expected}: "
                                f"{[o.kind for o in got]}")
                break
        if done:
            await _dispatch(feed, world, m, done, max(x[4] for x in done), grace)
        return m

    return run


def repair_rate(rate: float, seconds: float, active: int, warmup: int,
                step_timeout: float, grace: float = 3.0) -> Callable[..., Awaitable[Measured]]:
    """The form at a fixed rate: a step every 1/rate seconds (an album's photos count as two),
    each given to the resident who has waited longest for their turn. `active` residents fill
    in the form at any moment, each waiting for the answer before their next step; one who
    confirms leaves and a new resident starts (each files one repair, as in `repair`)."""

    async def run(d: Driver, feed: Feed, world: World, probe: Probe) -> Measured:
        steps = steps_of(world.bot)
        warm, pool = world.users[:warmup], iter(world.users[warmup:])
        await asyncio.gather(*(person(d, feed, u, 30.0, lambda *_: None, steps)
                               for u in warm))
        n = int(rate * seconds)
        m = Measured(params={"active": active, "rate_per_s": rate, "seconds": seconds,
                             "steps": [s.name for s in steps]})
        ready: asyncio.Queue[tuple[User, int]] = asyncio.Queue()
        for u in itertools.islice(pool, active):
            ready.put_nowait((u, 0))
        done: list[Done] = []
        confirmed = 0

        async def one(user: User, i: int) -> None:
            nonlocal confirmed
            step = steps[i]
            try:
                uids, t_done = await take_step(d, feed, user, step, step_timeout)
            except Exception as exc:  # the resident drops out; reported
                m.errors.append(f"{step.name}: {type(exc).__name__}: {exc}"[:300])
                return
            done.append((user, step.name, step.updates, uids, t_done))
            if i + 1 < len(steps):
                ready.put_nowait((user, i + 1))
                return
            confirmed += 1
            fresh = next(pool, None)
            if fresh is not None:
                ready.put_nowait((fresh, 0))
            else:
                m.errors.append("ran out of residents: give the scenario more")

        loop = asyncio.get_running_loop()
        tasks: list[asyncio.Task[None]] = []
        probe.begin()
        t0, k = loop.time() + 0.01, 0
        while k < n:
            delay = t0 + k / rate - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            try:  # waits only when every resident awaits an answer
                user, i = await asyncio.wait_for(ready.get(), step_timeout)
            except TimeoutError:
                m.errors.append(f"no resident ready for {step_timeout:g} s; stopped")
                break
            tasks.append(asyncio.create_task(one(user, i)))
            k += steps[i].updates
        await asyncio.gather(*tasks)
        probe.end()
        m.updates = k
        _collect(m, done, feed)
        uids = [u for x in done for u in x[3]]
        await feed.wait_updates_seen(uids)
        times = sorted(feed.update_t[u] for u in uids)
        m.offered_per_s = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
        m.params["conversations_confirmed"] = confirmed
        if done:
            await _dispatch(feed, world, m, done, max(x[4] for x in done), grace)
        return m

    return run


# ----------------------------------------------------------------------- the accept race

@dataclass
class Trial:
    presses: int = 0
    answered: int = 0
    winners: int = 0
    first_t: float = 0.0  # first press queued in the sandbox
    last_t: float = 0.0  # last answer received
    spread_ms: float = 0.0  # first to last press queued


async def _race(d: Driver, feed: Feed, crew: list[User], group: Chat, card: Card,
                taken: str, timeout: float, latencies: list[float]) -> Trial:
    """Every crew member presses Accept on one card at the same moment (concurrent presses;
    forged, i.e. sent even if the button has just gone, as a client with a stale view does)."""
    start = feed.cursor(group.id)
    data = f"job1:take:{card.ticket_id}"
    presses: list[Pressed] = list(await asyncio.gather(
        *(d.press(c, (group.id, card.message_id), data, forge=True) for c in crew)))
    answers = await feed.wait_answers(group.id, start, {p.callback_query_id for p in presses},
                                      timeout)
    await feed.wait_updates_seen([p.update_id for p in presses])
    queued = [feed.update_t[p.update_id] for p in presses]
    trial = Trial(len(presses), len(answers), first_t=min(queued),
                  last_t=max([a.t for a in answers.values()], default=max(queued)),
                  spread_ms=(max(queued) - min(queued)) * 1000)
    for p in presses:
        a: Out | None = answers.get(p.callback_query_id)
        if a is not None:
            latencies.append((a.t - feed.update_t[p.update_id]) * 1000)
            trial.winners += a.text == taken
    return trial


def _double_assignments(db_url: str | None) -> dict[str, Any]:
    """From propdesk's database: tickets accepted more than once, and tickets accepted."""
    if not db_url:
        return {}
    path = db_url.split("///", 1)[1]
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        doubles = conn.execute(
            "SELECT COUNT(*) FROM (SELECT entity_id FROM audit WHERE entity = 'ticket' AND "
            "action = 'accepted' GROUP BY entity_id HAVING COUNT(*) > 1)").fetchone()[0]
        accepted = conn.execute("SELECT COUNT(*) FROM tickets WHERE status = 'accepted' AND "
                                "assignee_id IS NOT NULL").fetchone()[0]
    return {"db_double_assignments": doubles, "db_tickets_accepted": accepted}


def accept_race(trials: int, warmup: int,
                timeout: float) -> Callable[..., Awaitable[Measured]]:
    async def run(d: Driver, feed: Feed, world: World, probe: Probe) -> Measured:
        from bot.i18n import Translator
        from domain.model import Locale

        taken = Translator()(Locale.EN, "job-taken")
        crew, group = world.extra["crew"], world.extra["group"]

        async def card(n: int) -> Card:
            """The n-th work order, once posted. The cards were all queued at start, but the
            outbox sends one message per chat per round, and rounds come at commits or once
            a second: the cards trickle out while the crews race (not measured)."""
            cards = await _wait_cards(feed, group, n + 1, 60.0)
            if len(cards) <= n:
                raise TimeoutError(f"only {len(cards)} of {warmup + trials} work orders posted")
            return cards[n]

        for n in range(warmup):
            await _race(d, feed, crew, group, await card(n), taken, timeout, [])
        m = Measured(updates=trials * len(crew),
                     params={"trials": trials, "crew": len(crew)})
        got: list[Trial] = []
        probe.begin()
        for n in range(warmup, warmup + trials):
            got.append(await _race(d, feed, crew, group, await card(n), taken, timeout,
                                   m.latencies_ms))
        probe.end()
        m.replied = sum(t.answered for t in got)
        # Presses answered per second of racing: the trials' own durations (first press
        # queued to last answer), without the waits for the next card.
        m.window_s = sum(t.last_t - t.first_t for t in got)
        spreads = sorted(t.spread_ms for t in got)
        m.params.update({
            "presses": sum(t.presses for t in got),
            "presses_answered": m.replied,
            "trials_one_winner": sum(t.winners == 1 for t in got),
            "trials_no_winner": sum(t.winners == 0 for t in got),
            "answer_double_assignments": sum(t.winners > 1 for t in got),
            "press_spread_ms_p50": round(spreads[len(spreads) // 2], 1) if spreads else None,
            "press_spread_ms_max": round(spreads[-1], 1) if spreads else None,
        })
        await asyncio.sleep(0.5)  # let the last card edits and notices go out
        m.params.update(_double_assignments(world.db_url))
        if m.params.get("db_double_assignments") or m.params["answer_double_assignments"]:
            m.errors.append("a job was given to two crew members")
        if m.params.get("db_tickets_accepted") not in (None, warmup + trials):
            m.errors.append(f"{m.params['db_tickets_accepted']} tickets accepted, expected "
                            f"{warmup + trials}")
        if m.replied < m.updates:
            m.errors.append(f"only {m.replied} of {m.updates} presses answered")
        return m

    return run
