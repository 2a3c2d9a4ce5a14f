"""An announcement to many households with Telegram's limits on (30 messages/s overall, 1/s
per chat, 20/min per group), measured in the sandbox:

* messages/s of the broadcast, as a share of the 30/s ceiling (goal >= 95%);
* limit violations the sandbox counted (it counts, does not enforce; goal 0);
* the bot's p99 for ordinary updates (`/help` from residents, one every 0.5 s) while the
  broadcast runs, against the same probe while idle (goal < 2x).

The office is written straight into propdesk's database before the bot starts (what `/start
<code>` would leave behind): every household is a unit of block Z with one owner, a sandbox
user who has started the bot. The announcement is then written (as `/announce` would) while
the bot runs, due at once; the bot runs with its default settings (sweeper every 30 s, the
announcements job queueing up to 1000 recipients a pass) and the real limits.

    .venv/bin/python -m bench.broadcast --households 10000
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from bench.feed import Feed
from bench.procs import OPEN_LIMITS, prepare_propdesk
from bench.scenarios import percentile
from sandbox.driver import Driver, User
from sandbox.server import SandboxServer

CEILING = 30.0
PROBES = 4  # residents who send /help during both phases


def _users(server: SandboxServer, n: int, prefix: str) -> list[int]:
    ids = []
    for i in range(n):
        user = server.world.add_user(f"{prefix}{i}", language_code="en")
        user.started = True
        ids.append(user.id)
    return ids


def seed_households(ids: list[int], probes: list[int]):  # type: ignore[no-untyped-def]
    async def seed(db: Any, codes: Any, now: datetime) -> None:
        from sqlalchemy import insert, select

        from store.tables.registry import BuildingRow, PersonRow, TenureRow, UnitRow

        estate_id = codes.estate.id
        async with db.writer() as s:
            b = (await s.execute(insert(BuildingRow).values(
                estate_id=estate_id, code="Z", name="Block Z").returning(BuildingRow.id))
                ).scalar_one()
            everyone = ids + probes
            await s.execute(insert(UnitRow), [
                {"estate_id": estate_id, "building_id": b, "number": f"{n // 10 + 1}{n % 10}",
                 "floor": str(n // 10 + 1), "occupied": True} for n in range(len(everyone))])
            units = list((await s.scalars(select(UnitRow.id).where(
                UnitRow.building_id == b).order_by(UnitRow.id))).all())
            await s.execute(insert(PersonRow), [
                {"tg_user_id": tg, "name": f"Resident {n}", "locale": "en", "blocked": False,
                 "created_at": now} for n, tg in enumerate(everyone)])
            people = dict((await s.execute(select(PersonRow.tg_user_id, PersonRow.id).where(
                PersonRow.tg_user_id.in_(everyone)))).all())
            await s.execute(insert(TenureRow), [
                {"person_id": people[tg], "unit_id": u, "relation": "owner",
                 "since": date(2026, 1, 1)} for tg, u in zip(everyone, units, strict=True)])
            await s.commit()
    return seed


async def announce(db_url: str, estate_code: str, probes: int) -> int:
    """What `/announce` submits: to block Z, owners, now (the probes' flats excluded)."""
    from domain.announcements.model import Audience, Draft, Reach, Scope
    from store.db import create_database
    from store.uow import SqlUnitOfWork

    db = create_database(db_url)
    try:
        async with SqlUnitOfWork(db.writer()) as uow:
            estate = await uow.estates.by_code(estate_code)
            assert estate is not None
            a = await uow.announcements.add(Draft(
                estate.id, {"*": "Water cut on Saturday, 10:00-14:00 (bench)."},
                Audience(Scope.BUILDINGS, Reach.OWNERS, ("Z",)), datetime.now(UTC)), None,
                datetime.now(UTC))
            # The probes are residents too; they are asked to ignore it (not excluded, to keep
            # the bench honest about the fan-out they sit behind).
            await uow.commit()
            return a.id
    finally:
        await db.dispose()


async def probe(d: Driver, feed: Feed, users: list[User], seconds: float,
                every: float = 0.5, stop: asyncio.Event | None = None) -> list[float]:
    """Latency (ms) of /help from each probe resident in turn, on the sandbox's clock (for
    `seconds`, or until `stop` is set)."""
    sent: list[tuple[int, int]] = []
    loop = asyncio.get_running_loop()
    end = loop.time() + seconds
    i = 0
    while loop.time() < end and not (stop is not None and stop.is_set()):
        s = await d.send(users[i % len(users)], "/help")
        sent.append((s.chat_id, int(s.update_id or 0)))
        i += 1
        await asyncio.sleep(every)
    await asyncio.sleep(3.0)
    out: list[float] = []
    for chat, uid in sent:
        t0 = feed.update_t.get(uid)
        if t0 is None:
            continue
        replies = [o.t for o in feed.outs.get(chat, []) if o.kind == "message" and o.t > t0
                   and "announcement" not in (o.text or "").lower()]
        if replies:
            out.append((min(replies) - t0) * 1000)
            WHEN.append((round(t0, 2), round((min(replies) - t0) * 1000, 1)))
    return out


WHEN: list[tuple[float, float]] = []  # (sandbox time, latency ms) of every probe


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    server = SandboxServer()
    base = await server.start()
    tmp = Path(tempfile.mkdtemp(prefix="bench-broadcast-"))
    d = Driver(base)
    await d.__aenter__()
    feed = Feed(base)
    await feed.start()
    bot = None
    try:
        ids = _users(server, args.households, "H")
        probe_ids = _users(server, PROBES, "P")
        t = time.monotonic()
        bot = await prepare_propdesk(tmp, base, concurrency=4, polling_timeout=10,
                                     seed=seed_households(ids, probe_ids))
        seeded_s = time.monotonic() - t
        for key in OPEN_LIMITS:  # the bot's real limits: 30/s, 1/s a chat, 20/min a group
            if key.startswith("PROPDESK_OUTBOX__"):
                bot.env.pop(key, None)
        bot.env["PROPDESK_LOG_LEVEL"] = "WARNING"
        await d.limits(telegram=True, enforce=False)
        bot.start()
        await bot.wait_ready(d)
        users = [User(i, f"P{n}") for n, i in enumerate(probe_ids)]  # type: ignore[call-arg]
        await probe(d, feed, users, 3.0)  # warm up
        idle = await probe(d, feed, users, args.idle_s)
        before = await d.stats()
        started = time.monotonic()
        await announce(bot.env["PROPDESK_DATABASE__URL"], "HV", PROBES)
        targets = set(ids)
        done = asyncio.Event()
        probing = asyncio.create_task(probe(d, feed, users, args.max_s, stop=done))
        # The probe counts only while the broadcast runs: from its first message to its last.
        while time.monotonic() - started < args.max_s:
            got = sum(1 for c in targets if feed.outs.get(c))
            if got >= len(targets):
                break
            await asyncio.sleep(1.0)
        done.set()
        during = await probing
        times = sorted(o.t for c in targets for o in feed.outs.get(c, [])
                       if o.kind == "message")
        stats = await d.stats()
        first, last = (times[0], times[-1]) if times else (0.0, 0.0)
        rate = (len(times) - 1) / (last - first) if len(times) > 1 and last > first else 0.0
        result = {
            "households": args.households, "delivered": len(times),
            "seed_s": round(seeded_s, 1),
            "broadcast_s": round(last - first, 1),
            "messages_per_s": round(rate, 2),
            "share_of_ceiling": round(rate / CEILING, 3),
            "violations": stats.get("violations"),
            "violations_total": int(stats.get("violations_total", 0))
            - int(before.get("violations_total", 0)),
            "idle_p99_ms": _r(percentile(idle, 99)), "idle_p50_ms": _r(percentile(idle, 50)),
            "during_p99_ms": _r(percentile(during, 99)),
            "during_p50_ms": _r(percentile(during, 50)),
            "probes_idle": len(idle), "probes_during": len(during),
        }
        result["slowest_during"] = sorted(
            ((round(t - first, 1), ms) for t, ms in WHEN if first <= t <= last),
            key=lambda x: -x[1])[:5]  # (seconds into the broadcast, ms)
        ip, dp = result["idle_p99_ms"], result["during_p99_ms"]
        result["p99_ratio"] = round(dp / ip, 2) if ip and dp else None
        return result
    finally:
        if bot is not None:
            await asyncio.to_thread(bot.stop)
        await feed.close()
        await d.close()
        await server.stop()


def _r(x: float | None) -> float | None:
    return round(x, 1) if x is not None else None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--households", type=int, default=10000)
    p.add_argument("--idle-s", type=float, default=20.0)
    p.add_argument("--max-s", type=float, default=900.0)
    args = p.parse_args(argv)
    print(json.dumps(asyncio.run(main_async(args)), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
