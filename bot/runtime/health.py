"""Liveness, readiness and Prometheus metrics for the running bot.

`/healthz` says the process answers; `/readyz` says it can do its work (the database answers,
its schema is the code's, the processor, sender and sweeper are running, the inbox is not
backing up); `/metrics` is the Prometheus text format. In webhook mode the routes sit on the
webhook server; in polling mode on a small listener of their own (`PROPDESK_HEALTH__PORT`).

Counts that belong to the database (inbox backlog, outbox queue, deadlines due and overdue)
are read from it at each scrape, so every process of a multi-worker setup reports the same
numbers; counts of one process (updates it processed, its sends, its 429s) come from the
stats its parts keep.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from aiohttp import web
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import and_, func, or_, select, text

from store.migrate import schema_is_current
from store.tables.infra import InboxRow, OutboxRow
from store.tables.tickets import TicketRow

if TYPE_CHECKING:
    from bot.app import Runtime

log = logging.getLogger(__name__)

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
# The parts whose death makes the bot unready (ingest is checked where it runs).
NEEDED_TASKS = ("processor", "sender", "sweeper")


@dataclass
class Snapshot:
    """What the last scrape read from the database."""

    inbox_backlog: int = 0
    outbox_queue: int = 0
    due: dict[str, int] = field(default_factory=dict)
    overdue: dict[str, int] = field(default_factory=dict)


async def read_snapshot(runtime: Runtime, now: datetime) -> Snapshot:
    snap = Snapshot()
    async with runtime.db.reader() as session:
        snap.inbox_backlog = int(await session.scalar(
            select(func.count()).select_from(InboxRow).where(InboxRow.status == "pending"))
            or 0)
        snap.outbox_queue = int(await session.scalar(
            select(func.count()).select_from(OutboxRow).where(
                OutboxRow.status.in_(("pending", "sending")))) or 0)
        t = TicketRow
        open_ = t.closed_at.is_(None)
        for kind, n in await session.execute(
                select(t.kind, func.count()).where(open_, t.next_due_at <= now)
                .group_by(t.kind)):
            snap.due[kind] = int(n)
        late = or_(and_(t.accepted_at.is_(None), t.accept_due < now),
                   and_(t.done_at.is_(None), t.complete_due < now),
                   and_(t.replied_at.is_(None), t.reply_due < now))
        for kind, n in await session.execute(
                select(t.kind, func.count()).where(open_, late).group_by(t.kind)):
            snap.overdue[kind] = int(n)
    return snap


class RuntimeCollector(Collector):
    """Turns the runtime's stats and the last snapshot into metric families."""

    def __init__(self, runtime: Runtime, snapshot: Callable[[], Snapshot]) -> None:
        self.runtime = runtime
        self.snapshot = snapshot

    def collect(self) -> Iterator[Metric]:
        rt, snap = self.runtime, self.snapshot()
        p, s = rt.processor.stats, rt.sender.stats

        def counter(name: str, doc: str, value: float) -> CounterMetricFamily:
            return CounterMetricFamily(f"propdesk_{name}", doc, value=value)

        def gauge(name: str, doc: str, value: float) -> GaugeMetricFamily:
            return GaugeMetricFamily(f"propdesk_{name}", doc, value=value)

        yield counter("updates_processed", "Updates this process handled", p.processed)
        yield counter("updates_failed", "Updates this process could not handle", p.failed)
        yield counter("updates_refused", "Updates answered with a domain refusal",
                      p.domain_errors)
        yield gauge("inbox_backlog", "Updates stored and not yet processed", snap.inbox_backlog)
        yield gauge("outbox_queue", "Messages waiting to be sent", snap.outbox_queue)
        yield counter("outbox_sent", "Bot API calls this process made that succeeded", s.sent)
        yield counter("outbox_failed", "Outbox rows given up on", s.failed)
        yield counter("outbox_dropped", "Outbox rows dropped (chat gone)", s.dropped)
        yield counter("telegram_429", "Too Many Requests answers from the Bot API", s.retried_429)
        yield from rt.sender.send_seconds.collect()
        for name, doc, values in (
                ("deadlines_due", "Open tickets with a deadline level due now", snap.due),
                ("deadlines_overdue", "Open tickets past an accept, complete or reply deadline",
                 snap.overdue)):
            family = GaugeMetricFamily(f"propdesk_{name}", doc, labels=["kind"])
            for kind, n in sorted(values.items()):
                family.add_metric([kind], n)
            yield family
        yield gauge("sweeper_duration_seconds", "How long the last sweeper pass took",
                    rt.sweeper.last_duration_s)
        yield counter("sweeper_passes", "Sweeper passes run by this process", rt.sweeper.runs)


class Health:
    """The three routes, and the small listener used in polling mode."""

    def __init__(self, runtime: Runtime, *, max_backlog: int) -> None:
        self.runtime = runtime
        self.max_backlog = max_backlog
        self._snapshot = Snapshot()
        self.registry = CollectorRegistry(auto_describe=False)
        self.registry.register(RuntimeCollector(runtime, lambda: self._snapshot))
        self.runner: web.AppRunner | None = None

    def add_routes(self, app: web.Application) -> None:
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/readyz", self.readyz)
        app.router.add_get("/metrics", self.metrics)

    async def healthz(self, request: web.Request) -> web.Response:
        return web.json_response({"alive": True})

    async def readyz(self, request: web.Request) -> web.Response:
        checks = await self.checks()
        ready = all(v == "ok" for v in checks.values())
        return web.json_response({"ready": ready, "checks": checks},
                                 status=200 if ready else 503)

    async def checks(self) -> dict[str, str]:
        checks: dict[str, str] = {}
        try:
            async with asyncio.timeout(3):
                async with self.runtime.db.reader() as session:
                    await session.execute(text("SELECT 1"))
                ok, have, want = await schema_is_current(self.runtime.db)
            checks["database"] = "ok"
            checks["schema"] = "ok" if ok else f"at {have}, needs {want}"
        except Exception as exc:
            checks["database"] = f"unreachable ({type(exc).__name__})"
            checks["schema"] = "unknown"
        alive = self.runtime.task_states()
        for name in NEEDED_TASKS:
            checks[name] = alive.get(name, "not started")
        if checks["database"] == "ok":
            try:
                snap = await read_snapshot(self.runtime, self.runtime.clock.now())
                checks["inbox"] = ("ok" if snap.inbox_backlog <= self.max_backlog
                                   else f"backlog {snap.inbox_backlog} > {self.max_backlog}")
            except Exception as exc:
                checks["inbox"] = f"unreadable ({type(exc).__name__})"
        return checks

    async def metrics(self, request: web.Request) -> web.Response:
        try:
            self._snapshot = await read_snapshot(self.runtime, self.runtime.clock.now())
        except Exception as exc:  # the process's own counts still go out
            log.warning("metrics: database not read (%s)", type(exc).__name__)
        return web.Response(body=generate_latest(self.registry),
                            headers={"Content-Type": CONTENT_TYPE})

    async def start(self, host: str, port: int) -> None:
        app = web.Application()
        self.add_routes(app)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        await web.TCPSite(self.runner, host, port).start()
        log.info("health and metrics on http://%s:%d/healthz", host, port)

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

