"""The webhook behind N workers on PostgreSQL + Redis: updates/s and p99 for 1, 2 and 4.

`python -m bench.workers [--workers 1 --workers 2 ...] [--updates 1200] [--users 200]`

For each N: a scratch PostgreSQL database on 127.0.0.1 (created, migrated, seeded with the
demo estate, dropped at the end), Redis db 15 (the leader key cleared), a sandbox Bot API in
this process, and N `propdesk run` processes in webhook mode, each on its own port, as in
compose.yaml. The bench plays Telegram and the proxy together: it POSTs `/help` updates with
up to 40 requests in flight (Telegram's default max_connections), round robin over the
workers, each with the secret header; a worker answers 200 once the update is in the inbox.
Every worker processes what it stored; Redis elects the one that sends and sweeps.

Latency is POST start -> the reply reaching the sandbox (one reply per /help). The sandbox's
own webhook delivery goes to a stub that answers 200 (the updates were made before the
workers started; the bench delivers them itself, concurrently, as Telegram does).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bench.feed import Feed
from bench.procs import OPEN_LIMITS, PROPDESK, PROPDESK_TOKEN, BotProcess, _base_env
from bench.scenarios import percentile
from bench.sweeper_query import PG_ADMIN_URL, _pg_admin
from sandbox.driver import Driver
from sandbox.server import SandboxServer

SECRET = "bench-workers-secret-0123456789"
REDIS_URL = "redis://127.0.0.1:6379/15"
IN_FLIGHT = 40


async def _stub() -> tuple[web.AppRunner, str]:
    """Where the sandbox's own webhook delivery goes: answered 200, dropped."""
    app = web.Application()

    async def ok(_: web.Request) -> web.Response:
        return web.Response(text="ok")

    app.router.add_post("/telegram", ok)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}/telegram"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _seed(url: str) -> None:
    from bot.demo.data import seed_demo
    from store.db import create_database
    from store.migrate import upgrade
    from store.uow import SqlUnitOfWork

    await asyncio.to_thread(upgrade, url)
    db = create_database(url)
    try:
        async with SqlUnitOfWork(db.writer()) as uow:
            await seed_demo(uow, datetime.now(UTC))
            await uow.commit()
    finally:
        await db.dispose()


async def _clear_redis() -> None:
    import redis.asyncio as aioredis

    client = aioredis.from_url(REDIS_URL)
    try:
        await client.flushdb()
    finally:
        await client.aclose()


async def measure(n: int, updates: int, users: int, admin_url: str, tmp: Path
                  ) -> dict[str, Any]:
    from bench.sweeper_query import _pg_scratch

    name, url = _pg_scratch(admin_url)
    name, url = f"{name}_w{n}", url.rsplit("/", 1)[0] + f"/{name}_w{n}"
    await _pg_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}"')
    await _pg_admin(admin_url, f'CREATE DATABASE "{name}"')
    await _clear_redis()
    server = SandboxServer()
    base = await server.start("127.0.0.1")
    stub, stub_url = await _stub()
    feed = Feed(base)
    procs: list[BotProcess] = []
    row: dict[str, Any] = {"workers": n}
    try:
        await _seed(url)
        async with Driver(base) as d:
            await feed.start()
            people = [await d.user(f"W{i}", language_code="en") for i in range(users)]
            warm = [(people[i % users], "/help") for i in range(50)]
            load = [(people[i % users], "/help") for i in range(updates)]
            await d.send_many(warm + load)
            raw = await d.updates()
            ports = [_free_port() for _ in range(n)]
            for i, port in enumerate(ports):
                settings = {
                    "PROPDESK_TELEGRAM__TOKEN": PROPDESK_TOKEN,
                    "PROPDESK_TELEGRAM__API_BASE": base,
                    "PROPDESK_TELEGRAM__MODE": "webhook",
                    "PROPDESK_WEBHOOK__URL": stub_url,
                    "PROPDESK_WEBHOOK__SECRET": SECRET,
                    "PROPDESK_WEBHOOK__HOST": "127.0.0.1",
                    "PROPDESK_WEBHOOK__PORT": str(port),
                    "PROPDESK_DATABASE__URL": url,
                    "PROPDESK_REDIS__URL": REDIS_URL,
                    "PROPDESK_FILES__ROOT": str(tmp / "files"),
                    "PROPDESK_LOG_LEVEL": "WARNING",
                    **OPEN_LIMITS,
                }
                proc = BotProcess(f"worker-{i + 1}", [PROPDESK, "run"],
                                  {**_base_env(), **settings}, tmp, tmp / f"worker-{i + 1}.log")
                proc.start()
                procs.append(proc)
            async with aiohttp.ClientSession() as http:
                await _wait_up(http, ports, procs)
                warm_raw, load_raw = raw[:len(warm)], raw[len(warm):]
                await _post_all(http, ports, warm_raw, {})
                ok = await feed.wait_total(len(warm), 60)
                if not ok:
                    raise TimeoutError("warm-up not answered")
                cpu0 = sum(p.cpu_s() for p in procs)
                posted: dict[int, float] = {}  # update_id -> POST start
                t0 = time.monotonic()
                await _post_all(http, ports, load_raw, posted)
                answered = await feed.wait_total(len(warm) + len(load), 120)
                cpu = sum(p.cpu_s() for p in procs) - cpu0
        latencies, last = _latencies(feed, load_raw, posted)
        window = last - t0
        row.update({
            "updates": len(load_raw), "answered_in_time": answered,
            "updates_per_s": round(len(latencies) / window, 1) if window > 0 else None,
            "p50_ms": round(percentile(latencies, 50) or 0, 1),
            "p99_ms": round(percentile(latencies, 99) or 0, 1),
            "max_ms": round(max(latencies), 1) if latencies else None,
            "cpu_ms_per_update": round(1000 * cpu / max(1, len(latencies)), 2),
            "replied": len(latencies),
        })
    except Exception as exc:
        row["error"] = f"{type(exc).__name__}: {exc}"[:1500]
        row["log_tail"] = [p.log_tail(1500) for p in procs]
    finally:
        for p in procs:
            p.stop()
        await feed.close()
        await stub.cleanup()
        await server.stop()
        await _pg_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}"')
    return row


async def _wait_up(http: aiohttp.ClientSession, ports: list[int],
                   procs: list[BotProcess]) -> None:
    """Every worker answers /healthz."""
    deadline = time.monotonic() + 90
    for port, proc in zip(ports, procs, strict=True):
        while True:
            try:
                async with http.get(f"http://127.0.0.1:{port}/healthz") as r:
                    if r.status == 200:
                        break
            except aiohttp.ClientError:
                pass
            if proc.proc is not None and proc.proc.poll() is not None:
                raise RuntimeError(f"{proc.name} exited:\n{proc.log_tail()}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"{proc.name} did not start:\n{proc.log_tail()}")
            await asyncio.sleep(0.1)


async def _post_all(http: aiohttp.ClientSession, ports: list[int], raw: list[dict[str, Any]],
                    posted: dict[int, float]) -> None:
    """POST every update, IN_FLIGHT at a time, round robin over the workers; a refused or
    failed POST is retried (as Telegram does)."""
    queue: asyncio.Queue[tuple[int, dict[str, Any]]] = asyncio.Queue()
    for i, u in enumerate(raw):
        queue.put_nowait((i, u))
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}

    async def lane() -> None:
        while not queue.empty():
            i, u = queue.get_nowait()
            port = ports[i % len(ports)]
            body = json.dumps(u)
            posted.setdefault(int(u["update_id"]), time.monotonic())
            for _ in range(20):
                try:
                    async with http.post(f"http://127.0.0.1:{port}/telegram", data=body,
                                         headers=headers) as r:
                        if r.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.2)

    await asyncio.gather(*(lane() for _ in range(IN_FLIGHT)))


def _latencies(feed: Feed, raw: list[dict[str, Any]], posted: dict[int, float]
               ) -> tuple[list[float], float]:
    """Per chat, the k-th /help of the load is answered by the k-th reply after the warm-up
    ones (a user's updates are answered in order)."""
    by_chat: dict[int, list[int]] = {}
    for u in raw:
        by_chat.setdefault(int(u["message"]["chat"]["id"]), []).append(int(u["update_id"]))
    out: list[float] = []
    last = 0.0
    for chat, ids in by_chat.items():
        replies = [o.t for o in feed.outs.get(chat, []) if o.kind == "message"]
        replies = replies[len(replies) - len(ids):] if len(replies) >= len(ids) else replies
        for uid, t in zip(ids, replies, strict=False):
            out.append((t - posted[uid]) * 1000)
            last = max(last, t)
    return out, last


async def main_async(args: argparse.Namespace) -> list[dict[str, Any]]:
    rows = []
    for n in args.workers or [1, 2, 4]:
        runs = []
        for trial in range(args.trials):
            print(f"... {n} worker(s), trial {trial + 1}", file=sys.stderr, flush=True)
            with tempfile.TemporaryDirectory(prefix=f"bench-workers-{n}-") as tmp:
                runs.append(await measure(n, args.updates, args.users, args.pg_url, Path(tmp)))
        good = [r for r in runs if "error" not in r]
        row: dict[str, Any] = {"workers": n, "trials": runs}
        if good:
            for key in ("updates_per_s", "p50_ms", "p99_ms", "cpu_ms_per_update"):
                row[key] = statistics.median(r[key] for r in good)
        rows.append(row)
    return rows


def render(rows: list[dict[str, Any]], args: argparse.Namespace) -> str:
    lines = [f"webhook behind N workers (PostgreSQL + Redis), {args.updates} /help from "
             f"{args.users} users, {IN_FLIGHT} POSTs in flight; medians of {args.trials} "
             f"trial(s); {os.cpu_count()} CPUs",
             f"{'workers':>7} {'upd/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'CPU ms/upd':>10}"]
    for r in rows:
        if "updates_per_s" not in r:
            err = next((t.get("error") for t in r["trials"] if "error" in t), "")
            lines.append(f"{r['workers']:>7} ERROR {str(err)[:300]}")
            continue
        lines.append(f"{r['workers']:>7} {r['updates_per_s']:>8.1f} {r['p50_ms']:>8.1f} "
                     f"{r['p99_ms']:>8.1f} {r['cpu_ms_per_update']:>10.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.workers")
    p.add_argument("--workers", type=int, action="append")
    p.add_argument("--updates", type=int, default=1200)
    p.add_argument("--users", type=int, default=200)
    p.add_argument("--trials", type=int, default=1)
    p.add_argument("--pg-url", default=PG_ADMIN_URL)
    p.add_argument("--out", type=Path, default=Path("bench/results/workers.json"))
    args = p.parse_args(argv)
    rows = asyncio.run(main_async(args))
    print(render(rows, args))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
