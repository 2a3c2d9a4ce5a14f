"""The bench's verdicts and its printed table (docs/bench.md says what each figure means)."""

from __future__ import annotations

from typing import Any

from bench.procs import OPEN_LIMITS

BOTS = ("propdesk", "bare")
TARGET_THROUGHPUT_RATIO = 0.5
TARGET_P99_MS = 50.0  # echo at a fixed rate
TARGET_REPAIR_P99_MS = 100.0  # the repair form at a fixed rate
TARGET_RSS_RATIO = 1.3
TARGET_SWEEPER_MS = 5.0
RATIO_SCENARIOS = ("echo-max", "onboarding", "repair")


def _cell(x: Any, fmt: str = "{:.1f}") -> str:
    if x is None:
        return "-"
    return fmt.format(x) if isinstance(x, (int, float)) else str(x)


def _verdict(ok: bool | None) -> str:
    return "n/a " if ok is None else ("PASS" if ok else "MISS")


def _get(rows: list[dict[str, Any]], scenario: str, bot: str, key: str) -> Any:
    for r in rows:
        if r["scenario"] == scenario and r["bot"] == bot:
            return r.get(key)
    return None


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The targets, each with its value and PASS/MISS (None: not measured in this run)."""
    out: dict[str, Any] = {}
    for sc in RATIO_SCENARIOS:
        a, b = _get(rows, sc, "propdesk", "updates_per_s"), _get(rows, sc, "bare", "updates_per_s")
        ratio = a / b if a is not None and b else None
        out[f"throughput_ratio_{sc}"] = {
            "value": None if ratio is None else round(ratio, 3),
            "target": f">= {TARGET_THROUGHPUT_RATIO}",
            "pass": None if ratio is None else ratio >= TARGET_THROUGHPUT_RATIO}
    for key, sc, target in (("propdesk_p99_at_rate_ms", "echo-rate", TARGET_P99_MS),
                            ("propdesk_repair_p99_at_rate_ms", "repair-rate",
                             TARGET_REPAIR_P99_MS)):
        p99 = _get(rows, sc, "propdesk", "p99_ms")
        offered = _get(rows, sc, "propdesk", "offered_per_s")
        out[key] = {"value": p99, "offered_per_s": offered, "target": f"< {target:g}",
                    "pass": None if p99 is None else p99 < target}
    peaks = {bot: [r["peak_rss_mb"] for r in rows if r["bot"] == bot and "peak_rss_mb" in r]
             for bot in BOTS}
    ratio = (max(peaks["propdesk"]) / max(peaks["bare"])
             if peaks["propdesk"] and peaks["bare"] else None)
    out["rss_ratio"] = {"value": None if ratio is None else round(ratio, 3),
                        "target": f"<= {TARGET_RSS_RATIO}",
                        "pass": None if ratio is None else ratio <= TARGET_RSS_RATIO,
                        "propdesk_peak_mb": max(peaks["propdesk"], default=None),
                        "bare_peak_mb": max(peaks["bare"], default=None)}
    race = (_get(rows, "accept-race", "propdesk", "params") or {}) \
        if _get(rows, "accept-race", "propdesk", "error") is None else {}
    doubles = None
    if race:
        doubles = max(race.get("db_double_assignments") or 0,
                      race.get("answer_double_assignments") or 0)
    out["accept_race_double_assignments"] = {"value": doubles, "target": "== 0",
                                             "pass": None if doubles is None else doubles == 0}
    answered, presses = race.get("presses_answered"), race.get("presses")
    out["accept_race_presses_answered"] = {
        "value": None if not race else f"{answered}/{presses}", "target": "all",
        "pass": None if not race else answered == presses}
    for key, bot in (("sweeper_due_query_ms", "propdesk"), ("sweeper_due_query_pg_ms",
                                                             "propdesk-pg")):
        q = _get(rows, "sweeper-query", bot, "query_ms")
        out[key] = {"value": q["median"] if q else None, "p99": q["p99"] if q else None,
                    "target": f"median < {TARGET_SWEEPER_MS:g}",
                    "pass": None if not q else q["median"] < TARGET_SWEEPER_MS}
    return out


def _per_step(rows: list[dict[str, Any]], scenario: str) -> list[str]:
    steps = [r for r in rows if r["scenario"] == scenario and r.get("per_step")]
    if not steps:
        return []
    names: list[str] = []
    for r in steps:
        names += [n for n in r["params"].get("steps", r["per_step"]) if n not in names]
    width = max(11, *(len(n) for n in names))
    lines = ["", f"{scenario} per step, p50 / p99 ms:",
             f"  {'bot':<9} " + " ".join(f"{n:>{width}}" for n in names)]
    for r in steps:
        cells = []
        for n in names:
            s = r["per_step"].get(n)
            cells.append(f"{_cell(s['p50_ms'], '{:.0f}')} / {_cell(s['p99_ms'], '{:.0f}')}"
                         if s else "-")
        lines.append(f"  {r['bot']:<9} " + " ".join(f"{c:>{width}}" for c in cells))
    return lines


def _extras(rows: list[dict[str, Any]]) -> list[str]:
    """What the main table has no column for: work orders posted, the race's checks, the
    sweeper's query."""
    lines: list[str] = []
    for r in rows:
        p = r.get("params") or {}
        if r["scenario"] in ("repair", "repair-rate") and "dispatch" in p:
            x = p["dispatch"]
            lines.append(f"  {r['scenario']} on {r['bot']}: {x['confirmed']} repairs confirmed; "
                         f"work order cards in the crew group: {x['cards_in_window']} by the "
                         f"last answer, {x['cards_posted']} within {x['grace_s']:g} s after; "
                         f"Confirm -> posted card p50 {_cell(x['p50_ms'], '{:.0f}')} / p99 "
                         f"{_cell(x['p99_ms'], '{:.0f}')} / max {_cell(x['max_ms'], '{:.0f}')} ms")
        if r["scenario"] == "accept-race" and "trials" in p:
            lines.append(
                f"  accept-race: {p['trials']} trials x {p['crew']} crew; presses answered "
                f"{p.get('presses_answered')}/{p.get('presses')}; one winner in "
                f"{p.get('trials_one_winner')} trial(s), none in {p.get('trials_no_winner')}; "
                f"double assignments {p.get('db_double_assignments')} (database), "
                f"{p.get('answer_double_assignments')} (answers); tickets accepted "
                f"{p.get('db_tickets_accepted')}; presses of a trial queued within "
                f"{_cell(p.get('press_spread_ms_p50'))} ms (p50), "
                f"{_cell(p.get('press_spread_ms_max'))} ms (max)")
        if r["scenario"] == "sweeper-query" and "query_ms" in r:
            q, s, raw = r["query_ms"], r["session_ms"], r.get("alone_ms") or {}
            pg = r.get("database") == "postgresql"
            where = ("a {:.0f} MB scratch PostgreSQL database" if pg
                     else "a {:.0f} MB SQLite file").format(r["file_mb"])
            lines += [
                f"  sweeper-query ({'PostgreSQL' if pg else 'SQLite'}): {r['rows']:,} tickets "
                f"({r['open']:,} open, {r['due']} due) in {where}, built in "
                f"{r['build_s']:.1f} s; SqlTickets.due(now, {r['limit']}) returned "
                f"{r['returned']} rows",
                f"    due() on the bot's engine, {r['runs']} runs: median {q['median']:.2f} ms, "
                f"p99 {q['p99']:.2f} ms, max {q['max']:.2f} ms; with session, "
                f"{'BEGIN' if pg else 'BEGIN IMMEDIATE'} and rollback: median "
                f"{s['median']:.2f} ms, p99 {s['p99']:.2f} ms",
                f"    the same statement on bare {'asyncpg' if pg else 'sqlite3'}: median "
                f"{_cell(raw.get('median'), '{:.2f}')} ms, p99 {_cell(raw.get('p99'), '{:.2f}')}"
                " ms (the rest is SQLAlchemy's row processing and Ticket building)",
                f"    {'EXPLAIN' if pg else 'EXPLAIN QUERY PLAN'}: "
                f"{' | '.join(r.get('plan') or ['-'])}"]
    return ["", "Details:", *lines] if lines else []


def _row_line(r: dict[str, Any]) -> str:
    rate = r.get("offered_per_s")
    upd = f"{r['replied']}/{r['updates']}" if r["replied"] != r["updates"] else \
        str(r["updates"])
    cpu = f"{r['bot_cpu_pct']:.0f}% ({r['bot_loop_cpu_pct']:.0f}%)"
    return (f"{r['scenario']:<11} {r['bot']:<9} {upd:>9} {_cell(r['updates_per_s']):>7} "
            f"{_cell(r['p50_ms']):>8} {_cell(r['p99_ms']):>8} {_cell(r['max_ms']):>8} "
            f"{_cell(r['peak_rss_mb']):>11} {_cell(r['startup_s'], '{:.2f}'):>7} {cpu:>14} "
            f"{_cell(r['bot_cpu_ms_per_update'], '{:.2f}'):>10} "
            f"{_cell(r['bench_cpu_pct'], '{:.0f}%'):>9}"
            + (f"   (offered {rate:.1f}/s)" if rate is not None else ""))


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
        "accept-race: updates = presses, latency = press queued -> its answerCallbackQuery.",
        f"Code: {meta['git']}",
        "",
    ]
    head = (f"{'scenario':<11} {'bot':<9} {'updates':>9} {'upd/s':>7} {'p50 ms':>8} "
            f"{'p99 ms':>8} {'max ms':>8} {'peak RSS MB':>11} {'start s':>7} "
            f"{'bot CPU (loop)':>14} {'CPU ms/upd':>10} {'bench CPU':>9}")
    lines += [head, "-" * len(head)]
    for r in rows:
        if "error" in r:
            lines.append(f"{r['scenario']:<11} {r['bot']:<9} ERROR {r['error'][:150]}")
            continue
        if r["scenario"] == "sweeper-query":
            q = r["query_ms"]
            db = "pg" if r.get("database") == "postgresql" else "sqlite"
            lines.append(f"{r['scenario']:<11} {db:<9} {r['runs']:>9} {'':>7} "
                         f"{q['median']:>8.1f} {q['p99']:>8.1f} {q['max']:>8.1f}   "
                         f"(due query, {r['rows']:,} tickets; see below)")
            continue
        lines.append(_row_line(r))
        for err in r.get("errors") or []:
            lines.append(f"{'':<21} ! {err}")
    for sc in ("onboarding", "repair", "repair-rate"):
        lines += _per_step(rows, sc)
    lines += _extras(rows)
    lines += ["", "Targets (a MISS is reported, never fatal):"]
    t = summary
    for sc in RATIO_SCENARIOS:
        x = t[f"throughput_ratio_{sc}"]
        lines.append(f"  throughput propdesk/bare, {sc:<10}    {_cell(x['value'], '{:.2f}'):>8}   "
                     f"target >= {TARGET_THROUGHPUT_RATIO}   {_verdict(x['pass'])}")
    for key, what, target in (("propdesk_p99_at_rate_ms", "echo", TARGET_P99_MS),
                              ("propdesk_repair_p99_at_rate_ms", "repair", TARGET_REPAIR_P99_MS)):
        x = t[key]
        offered = f"   (offered {x['offered_per_s']:.1f}/s)" if x["offered_per_s"] else ""
        lines.append(f"  propdesk p99, {what:<6} at {meta['rate']:g} updates/s  "
                     f"{_cell(x['value'], '{:.1f}'):>8}   target < {target:g} ms  "
                     f"{_verdict(x['pass'])}{offered}")
    x = t["rss_ratio"]
    lines.append(f"  peak RSS propdesk/bare               {_cell(x['value'], '{:.2f}'):>8}   "
                 f"target <= {TARGET_RSS_RATIO}   {_verdict(x['pass'])}   "
                 f"({_cell(x['propdesk_peak_mb'])} MB / {_cell(x['bare_peak_mb'])} MB)")
    x = t["accept_race_double_assignments"]
    lines.append(f"  accept race: double assignments     {_cell(x['value'], '{}'):>8}   "
                 f"target == 0     {_verdict(x['pass'])}")
    x = t["accept_race_presses_answered"]
    lines.append(f"  accept race: presses answered  {_cell(x['value'], '{}'):>13}   "
                 f"target all      {_verdict(x['pass'])}")
    for key, what in (("sweeper_due_query_ms", "SQLite"), ("sweeper_due_query_pg_ms",
                                                            "PostgreSQL")):
        x = t[key]
        lines.append(f"  sweeper due query, {what:<10} (median) {_cell(x['value'], '{:.2f}'):>6}   "
                     f"target < {TARGET_SWEEPER_MS:g} ms   {_verdict(x['pass'])}   "
                     f"(p99 {_cell(x['p99'], '{:.2f}')} ms)")
    warned = [r for r in rows if r.get("log_warnings")]
    for r in warned:
        lines.append(f"  note: {r['bot']} logged {r['log_warnings']} warning(s) in "
                     f"{r['scenario']}, e.g. {r.get('log_sample', [''])[0][:160]}")
    return "\n".join(lines)
