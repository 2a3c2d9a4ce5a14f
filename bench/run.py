"""propdesk benchmark: the real `propdesk run` process beside a bare aiogram bot, same load.

    .venv/bin/python -m bench.run            (or `make bench`)
    .venv/bin/python -m bench.run --quick    (a smaller smoke run)

Each (scenario, bot) pair gets a fresh sandbox Bot API server on 127.0.0.1 in this process
(the sandbox serves one bot token per server), a fresh bot process and, for propdesk, a fresh
migrated SQLite database seeded with the demo estate. The pairs run one after another, never
two bots at once (the machine may have only 2 cores). Figures are printed as a table and
written to bench/results/latest.json. Targets are reported as PASS/MISS; a miss never fails
the run (exit code 0). See docs/bench.md for what each figure means.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import repair
from bench.feed import Feed
from bench.procs import (
    BARE_TOKEN,
    OPEN_LIMITS,
    PROPDESK_TOKEN,
    BotProcess,
    prepare_bare,
    prepare_propdesk,
)
from bench.report import BOTS, render, summarise
from bench.scenarios import (
    STEPS,
    Measured,
    Probe,
    Scenario,
    echo_max,
    echo_rate,
    onboarding,
    percentile,
)
from sandbox.driver import Driver
from sandbox.server import SandboxServer

RESULTS = Path(__file__).resolve().parent / "results"
SCENARIOS = ["echo-max", "echo-rate", "onboarding", "repair", "repair-rate", "accept-race",
             "sweeper-query"]
SHARED_TOKEN = PROPDESK_TOKEN  # with --sandbox-url: one server, so one token for both bots


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="smaller numbers, for a smoke run")
    p.add_argument("--scenario", action="append", choices=SCENARIOS,
                   help="run only these scenarios (repeatable)")
    p.add_argument("--bot", action="append", choices=list(BOTS),
                   help="run only these bots (repeatable)")
    p.add_argument("--concurrency", type=int, default=32,
                   help="PROPDESK_PROCESSING__CONCURRENCY for propdesk (default 32, its default)")
    p.add_argument("--users", type=int, default=200, help="echo: distinct users")
    p.add_argument("--updates", type=int, default=2000, help="echo-max: updates pushed")
    p.add_argument("--rate", type=float, default=100.0, help="echo-rate: updates per second")
    p.add_argument("--seconds", type=float, default=10.0, help="echo-rate: duration")
    p.add_argument("--people", type=int, default=100, help="onboarding: concurrent people")
    p.add_argument("--residents", type=int, default=300, help="repair: concurrent residents")
    p.add_argument("--rate-residents", type=int, default=20,
                   help="repair-rate: residents filling in the form at any moment (each "
                   "files one repair, then a new one starts)")
    p.add_argument("--trials", type=int, default=200, help="accept-race: work orders raced for")
    p.add_argument("--tickets", type=int, default=1_000_000,
                   help="sweeper-query: tickets in the database")
    p.add_argument("--query-runs", type=int, default=50, help="sweeper-query: timed runs")
    p.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432/postgres",
                   help="sweeper-query and workers: the PostgreSQL server (a scratch database "
                   "is created on it and dropped)")
    p.add_argument("--polling-timeout", type=int, default=1,
                   help="getUpdates long-poll timeout of both bots, seconds (default 1)")
    p.add_argument("--sandbox-url", metavar="URL",
                   help="use this running sandbox (`python -m sandbox`, started without --token) "
                   "instead of one per run; it is reset before each run and both bots use one "
                   "token, one after the other")
    p.add_argument("--out", type=Path, default=RESULTS / "latest.json")
    p.add_argument("--keep", action="store_true", help="keep temp dirs (bot logs, database)")
    p.add_argument("--profile", type=Path, metavar="DIR",
                   help="py-spy the bots while measuring; collapsed stacks go to DIR")
    args = p.parse_args(argv)
    if args.quick:
        args.users, args.updates, args.seconds, args.people = 50, 300, 3.0, 20
        args.residents, args.trials = 50, 30
        args.tickets, args.query_runs = 100_000, 20
    return args


def scenarios(args: argparse.Namespace) -> list[Scenario]:
    warm = 5
    # Each resident files one repair: enough for every form the rate can start (the bare
    # form has 5 updates, propdesk's 9), and spare.
    rate_pool = args.rate_residents + int(args.rate * args.seconds / 5 * 1.2) + 10
    all_ = [
        Scenario("echo-max", f"/help from {args.users} users, {args.updates} updates pushed at "
                 "once", args.users, echo_max(args.updates, 250, timeout=90.0)),
        Scenario("echo-rate", f"/help from {args.users} users at {args.rate:g} updates/s for "
                 f"{args.seconds:g} s", args.users,
                 echo_rate(args.rate, args.seconds, timeout=60.0)),
        Scenario("onboarding", f"link-request form, {args.people} people at once, "
                 f"{len(STEPS)} steps each", args.people + warm,
                 onboarding(args.people, warm, step_timeout=60.0)),
        Scenario("repair", f"repair form, {args.residents} residents at once, photos included",
                 args.residents + warm, repair.repair_form(args.residents, warm, 60.0),
                 setup=repair.repair_world(args.residents + warm)),
        Scenario("repair-rate", f"repair form at {args.rate:g} updates/s for {args.seconds:g} s "
                 f"({args.rate_residents} residents at a time)", rate_pool + warm,
                 repair.repair_rate(args.rate, args.seconds, args.rate_residents, warm, 30.0),
                 bots=("propdesk",), on_request=("bare",),
                 setup=repair.repair_world(rate_pool + warm)),
        Scenario("accept-race", f"{repair.CREW} crew press Accept at once on each of "
                 f"{args.trials} work orders", 10,
                 repair.accept_race(args.trials, warm, timeout=30.0), bots=("propdesk",),
                 setup=repair.race_world(10, args.trials + warm)),
        Scenario("sweeper-query", f"the sweeper's due query on {args.tickets:,} tickets "
                 "(SQLite and PostgreSQL, no bot)", 0, _no_run, bots=("propdesk",)),
    ]
    chosen = args.scenario or [s.name for s in all_]
    return [s for s in all_ if s.name in chosen]


async def _no_run(*_: Any) -> Measured:
    raise NotImplementedError("sweeper-query runs no bot")


async def run_sweeper_query(args: argparse.Namespace, database: str = "sqlite"
                            ) -> dict[str, Any]:
    """In a child process with the bot's GC settings; its JSON line is the row."""
    bot = "propdesk-pg" if database == "postgresql" else "propdesk"
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.sweeper_query", "--rows", str(args.tickets),
        "--runs", str(args.query_runs), *(["--keep"] if args.keep else []),
        "--database", database, "--pg-url", args.pg_url,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        cwd=Path(__file__).resolve().parent.parent)
    out, err = await proc.communicate()
    if proc.returncode != 0:
        return {"scenario": "sweeper-query", "bot": bot, "database": database,
                "error": f"exit {proc.returncode}: {err.decode(errors='replace')[-1500:]}"}
    row: dict[str, Any] = json.loads(out.decode().strip().splitlines()[-1])
    row["bot"] = bot
    return row


async def run_pair(scenario: Scenario, bot: str, args: argparse.Namespace,
                   tmp: Path) -> dict[str, Any]:
    """One bot, one scenario, on a sandbox of its own."""
    server: SandboxServer | None = None
    if args.sandbox_url:
        base = args.sandbox_url.rstrip("/")
        token: str | None = SHARED_TOKEN
    else:
        server = SandboxServer()
        base, token = await server.start("127.0.0.1"), None
    feed = Feed(base)
    proc: BotProcess | None = None
    row: dict[str, Any] = {"scenario": scenario.name, "bot": bot}
    try:
        async with Driver(base) as d:
            if server is None:
                await d.reset()
            await feed.start()
            world = await scenario.make_world(d, bot)
            if bot == "propdesk":
                proc = await prepare_propdesk(tmp, base, concurrency=args.concurrency,
                                              polling_timeout=args.polling_timeout,
                                              token=token or PROPDESK_TOKEN, seed=world.seed)
                world.db_url = proc.settings["PROPDESK_DATABASE__URL"]
            else:
                proc = prepare_bare(tmp, base, polling_timeout=args.polling_timeout,
                                    token=token or BARE_TOKEN)
            proc.start()
            row["startup_s"] = await proc.wait_ready(d)
            row["rss_ready_mb"] = proc.status_mb("VmRSS")
            probe = Probe(proc, args.profile / f"{bot}-{scenario.name}.txt"
                          if args.profile else None)
            # Measured against Telegram's limits, not enforced (the bot's are opened up).
            await d.limits(telegram=True, enforce=False)
            m: Measured = await scenario.run(d, feed, world, probe)
            row["peak_rss_mb"] = proc.status_mb("VmHWM")
            row.update(figures(m, probe))
            stats = await d.stats()
            row["sandbox_calls"] = stats.get("calls", {})
            row["telegram_limits"] = {"peak": stats.get("peak"),
                                      "violations": stats.get("violations")}
    except Exception as exc:
        row["error"] = f"{type(exc).__name__}: {exc}"[:2000]
        if proc is not None:
            row["log_tail"] = proc.log_tail()
    finally:
        if proc is not None:
            row["exit_code"] = proc.stop()
            log = proc.log_tail(200_000)
            row["log_warnings"] = sum(1 for line in log.splitlines()
                                      if " WARNING " in line or " ERROR " in line)
            if row["log_warnings"]:
                row["log_sample"] = [line for line in log.splitlines()
                                     if " WARNING " in line or " ERROR " in line][:5]
        row["feed_errors"] = feed.errors[:5]
        await feed.close()
        if server is not None:
            await server.stop()
    return row


def figures(m: Measured, probe: Probe) -> dict[str, Any]:
    lat = m.latencies_ms
    out: dict[str, Any] = {
        "updates": m.updates,
        "replied": m.replied,
        "window_s": round(m.window_s, 3),
        "updates_per_s": round(m.throughput, 1),
        "p50_ms": _r(percentile(lat, 50)),
        "p99_ms": _r(percentile(lat, 99)),
        "max_ms": _r(max(lat) if lat else None),
        "mean_ms": _r(statistics.fmean(lat) if lat else None),
        "bot_cpu_ms_per_update": round(1000 * probe.bot_cpu / m.replied, 2) if m.replied
        else None,
        "bot_cpu_pct": round(probe.share(probe.bot_cpu), 1),
        "bot_loop_cpu_pct": round(probe.share(probe.loop_cpu), 1),
        "bench_cpu_pct": round(probe.share(probe.bench_cpu), 1),
        "params": m.params,
        "errors": m.errors[:10],
    }
    if m.offered_per_s is not None:
        out["offered_per_s"] = round(m.offered_per_s, 1)
    if m.per_step_ms:
        out["per_step"] = {name: {"n": len(v), "p50_ms": _r(percentile(v, 50)),
                                  "p99_ms": _r(percentile(v, 99))}
                           for name, v in m.per_step_ms.items()}
    return out


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 1)


def git_revision() -> str:
    """The commit measured, and whether the work tree had changes (they are measured too)."""
    root = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root,
                              capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=root, capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{head or 'unknown'}{' + uncommitted changes' if dirty.strip() else ''}"


async def main_async(args: argparse.Namespace) -> int:
    import aiogram

    meta = {
        "started": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%SZ"),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "aiogram": aiogram.__version__,
        "machine": platform.machine(),
        "concurrency": args.concurrency,
        "polling_timeout": args.polling_timeout,
        "rate": args.rate,
        "quick": args.quick,
        "outbox_limits": OPEN_LIMITS,
        "git": git_revision(),
    }
    bots = [b for b in BOTS if not args.bot or b in args.bot]
    rows: list[dict[str, Any]] = []
    began = time.monotonic()
    for scenario in scenarios(args):
        if scenario.name == "sweeper-query":
            print(f"... {scenario.name}: {scenario.title}", file=sys.stderr, flush=True)
            for database in ("sqlite", "postgresql"):
                row = await run_sweeper_query(args, database)
                row["title"] = scenario.title
                rows.append(row)
            continue
        for bot in bots:
            if bot not in scenario.bots and not (args.bot and bot in scenario.on_request):
                continue
            print(f"... {scenario.name} on {bot}: {scenario.title}", file=sys.stderr, flush=True)
            with tempfile.TemporaryDirectory(prefix=f"bench-{bot}-") as tmp:
                row = await run_pair(scenario, bot, args, Path(tmp))
                if args.keep:
                    kept = Path(tempfile.mkdtemp(prefix=f"bench-kept-{bot}-"))
                    for f in Path(tmp).iterdir():
                        if f.is_file():
                            (kept / f.name).write_bytes(f.read_bytes())
                    row["kept"] = str(kept)
            row["title"] = scenario.title
            rows.append(row)
    meta["duration_s"] = round(time.monotonic() - began, 1)
    summary = summarise(rows)
    print(render(meta, rows, summary))
    print(f"\n({meta['duration_s']} s in all; JSON in {args.out})")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"meta": meta, "rows": rows, "targets": summary},
                                   indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    return asyncio.run(main_async(parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
