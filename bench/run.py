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

from bench.feed import Feed
from bench.procs import (
    BARE_TOKEN,
    OPEN_LIMITS,
    PROPDESK_TOKEN,
    BotProcess,
    prepare_bare,
    prepare_propdesk,
)
from bench.scenarios import STEPS, Measured, Probe, Scenario, echo_max, echo_rate, onboarding
from sandbox.driver import Driver
from sandbox.server import SandboxServer

RESULTS = Path(__file__).resolve().parent / "results"
BOTS = ("propdesk", "bare")
TARGET_THROUGHPUT_RATIO = 0.5
TARGET_P99_MS = 50.0
TARGET_RSS_RATIO = 1.3
SHARED_TOKEN = PROPDESK_TOKEN  # with --sandbox-url: one server, so one token for both bots


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-q * len(ordered) // 100))))
    return ordered[rank - 1]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="smaller numbers, for a smoke run")
    p.add_argument("--scenario", action="append", choices=["echo-max", "echo-rate", "onboarding"],
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
    return args


def scenarios(args: argparse.Namespace) -> list[Scenario]:
    warm = 5
    all_ = [
        Scenario("echo-max", f"/help from {args.users} users, {args.updates} updates pushed at "
                 "once", args.users, echo_max(args.updates, 250, timeout=90.0)),
        Scenario("echo-rate", f"/help from {args.users} users at {args.rate:g} updates/s for "
                 f"{args.seconds:g} s", args.users,
                 echo_rate(args.rate, args.seconds, timeout=60.0)),
        Scenario("onboarding", f"link-request form, {args.people} people at once, "
                 f"{len(STEPS)} steps each", args.people + warm,
                 onboarding(args.people, warm, step_timeout=60.0)),
    ]
    chosen = args.scenario or [s.name for s in all_]
    return [s for s in all_ if s.name in chosen]


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
            users = await scenario.make_users(d)
            if bot == "propdesk":
                proc = await prepare_propdesk(tmp, base, concurrency=args.concurrency,
                                              polling_timeout=args.polling_timeout,
                                              token=token or PROPDESK_TOKEN)
            else:
                proc = prepare_bare(tmp, base, polling_timeout=args.polling_timeout,
                                    token=token or BARE_TOKEN)
            proc.start()
            row["startup_s"] = await proc.wait_ready(d)
            row["rss_ready_mb"] = proc.status_mb("VmRSS")
            probe = Probe(proc, args.profile / f"{bot}-{scenario.name}.txt"
                          if args.profile else None)
            m: Measured = await scenario.run(d, feed, users, probe)
            row["peak_rss_mb"] = proc.status_mb("VmHWM")
            row.update(figures(m, probe))
            row["sandbox_calls"] = (await d.stats()).get("calls", {})
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


# ----------------------------------------------------------------------------- report

def _cell(x: Any, fmt: str = "{:.1f}") -> str:
    if x is None:
        return "-"
    return fmt.format(x) if isinstance(x, (int, float)) else str(x)


def _verdict(ok: bool | None) -> str:
    return "n/a " if ok is None else ("PASS" if ok else "MISS")


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The three target ratios."""
    def get(scenario: str, bot: str, key: str) -> Any:
        for r in rows:
            if r["scenario"] == scenario and r["bot"] == bot:
                return r.get(key)
        return None

    out: dict[str, Any] = {}
    for sc in ("echo-max", "onboarding"):
        a, b = get(sc, "propdesk", "updates_per_s"), get(sc, "bare", "updates_per_s")
        ratio = a / b if a is not None and b else None
        out[f"throughput_ratio_{sc}"] = {
            "value": None if ratio is None else round(ratio, 3),
            "target": f">= {TARGET_THROUGHPUT_RATIO}",
            "pass": None if ratio is None else ratio >= TARGET_THROUGHPUT_RATIO}
    p99 = get("echo-rate", "propdesk", "p99_ms")
    out["propdesk_p99_at_rate_ms"] = {"value": p99, "target": f"< {TARGET_P99_MS:g}",
                                      "pass": None if p99 is None else p99 < TARGET_P99_MS}
    peaks = {bot: [r["peak_rss_mb"] for r in rows if r["bot"] == bot and "peak_rss_mb" in r]
             for bot in BOTS}
    ratio = (max(peaks["propdesk"]) / max(peaks["bare"])
             if peaks["propdesk"] and peaks["bare"] else None)
    out["rss_ratio"] = {"value": None if ratio is None else round(ratio, 3),
                        "target": f"<= {TARGET_RSS_RATIO}",
                        "pass": None if ratio is None else ratio <= TARGET_RSS_RATIO,
                        "propdesk_peak_mb": max(peaks["propdesk"], default=None),
                        "bare_peak_mb": max(peaks["bare"], default=None)}
    return out


def render(meta: dict[str, Any], rows: list[dict[str, Any]], summary: dict[str, Any]) -> str:
    lines = [
        f"propdesk benchmark  {meta['started']}  {meta['cpus']} CPUs  Python "
        f"{meta['python']}  aiogram {meta['aiogram']}",
        "Bots: propdesk = `propdesk run` (SQLite, inbox/outbox); bare = bench/bare_bot.py "
        "(aiogram, MemoryStorage, direct replies).",
        f"propdesk settings: PROPDESK_PROCESSING__CONCURRENCY={meta['concurrency']}, outbox "
        "batch 30 (default);",
        "  outbox rate limits opened, because the sandbox enforces none of Telegram's limits "
        "and the bare bot has none:",
        "  " + ", ".join(f"{k.removeprefix('PROPDESK_')}={v}" for k, v in OPEN_LIMITS.items()),
        f"Both bots: getUpdates long-poll timeout {meta['polling_timeout']} s. Latency = "
        "update queued in the sandbox -> reply received by the sandbox.",
        "CPU: % of one core while measuring, whole process (its event-loop thread); "
        "CPU ms/upd = bot CPU time / updates answered.",
        f"Code: {meta['git']}",
        "",
    ]
    head = (f"{'scenario':<11} {'bot':<9} {'updates':>7} {'upd/s':>7} {'p50 ms':>8} "
            f"{'p99 ms':>8} {'max ms':>8} {'peak RSS MB':>11} {'start s':>7} "
            f"{'bot CPU (loop)':>14} {'CPU ms/upd':>10} {'bench CPU':>9}")
    lines += [head, "-" * len(head)]
    for r in rows:
        if "error" in r:
            lines.append(f"{r['scenario']:<11} {r['bot']:<9} ERROR {r['error'][:150]}")
            continue
        rate = r.get("offered_per_s")
        upd = f"{r['replied']}/{r['updates']}" if r["replied"] != r["updates"] else \
            str(r["updates"])
        cpu = f"{r['bot_cpu_pct']:.0f}% ({r['bot_loop_cpu_pct']:.0f}%)"
        lines.append(
            f"{r['scenario']:<11} {r['bot']:<9} {upd:>7} {_cell(r['updates_per_s']):>7} "
            f"{_cell(r['p50_ms']):>8} {_cell(r['p99_ms']):>8} {_cell(r['max_ms']):>8} "
            f"{_cell(r['peak_rss_mb']):>11} {_cell(r['startup_s'], '{:.2f}'):>7} {cpu:>14} "
            f"{_cell(r['bot_cpu_ms_per_update'], '{:.2f}'):>10} "
            f"{_cell(r['bench_cpu_pct'], '{:.0f}%'):>9}"
            + (f"   (offered {rate:.1f}/s)" if rate is not None else ""))
        for err in r.get("errors") or []:
            lines.append(f"{'':<21} ! {err}")
    steps = [r for r in rows if r.get("per_step")]
    if steps:
        lines += ["", "onboarding per step, p50 / p99 ms:"]
        names = [s.name for s in STEPS]
        lines.append(f"  {'bot':<9} " + " ".join(f"{n:>15}" for n in names))
        for r in steps:
            cells = []
            for n in names:
                s = r["per_step"].get(n)
                cells.append(f"{_cell(s['p50_ms'], '{:.0f}')} / {_cell(s['p99_ms'], '{:.0f}')}"
                             if s else "-")
            lines.append(f"  {r['bot']:<9} " + " ".join(f"{c:>15}" for c in cells))
    lines += ["", "Targets (a MISS is reported, never fatal):"]
    t = summary
    for sc in ("echo-max", "onboarding"):
        x = t[f"throughput_ratio_{sc}"]
        lines.append(f"  throughput propdesk/bare, {sc:<10} {_cell(x['value'], '{:.2f}'):>8}   "
                     f"target >= {TARGET_THROUGHPUT_RATIO}   {_verdict(x['pass'])}")
    x = t["propdesk_p99_at_rate_ms"]
    lines.append(f"  propdesk p99 at {meta['rate']:g} updates/s       "
                 f"{_cell(x['value'], '{:.1f}'):>8}   target < {TARGET_P99_MS:g} ms  "
                 f"{_verdict(x['pass'])}")
    x = t["rss_ratio"]
    lines.append(f"  peak RSS propdesk/bare            {_cell(x['value'], '{:.2f}'):>8}   "
                 f"target <= {TARGET_RSS_RATIO}   {_verdict(x['pass'])}   "
                 f"({_cell(x['propdesk_peak_mb'])} MB / {_cell(x['bare_peak_mb'])} MB)")
    warned = [r for r in rows if r.get("log_warnings")]
    for r in warned:
        lines.append(f"  note: {r['bot']} logged {r['log_warnings']} warning(s) in "
                     f"{r['scenario']}, e.g. {r.get('log_sample', [''])[0][:160]}")
    return "\n".join(lines)


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
        for bot in bots:
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
