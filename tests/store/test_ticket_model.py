"""A Hypothesis state machine drives repairs through the real use cases on SQLite, with
restarts (a fresh engine) and clock jumps; no invariant may break."""

from __future__ import annotations

import asyncio
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import func, select

from domain import repair
from domain.errors import DomainError
from domain.ports import FileRef
from domain.registry import calendar_of
from domain.repair import CallbackResult, Progress, RepairDraft
from domain.tickets import WORKING, Status, allowed, next_due
from store.db import Database, create_database
from store.migrate import upgrade
from store.tables.infra import AuditRow, FiredRow
from store.tables.tickets import TicketRow
from store.uow import SqlUnitOfWork
from tests.store.office import Office, build_office

START = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
PHOTO = FileRef("f", "u", "image/jpeg", 10)


class RepairMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.tmp = tempfile.TemporaryDirectory()
        self.url = f"sqlite+aiosqlite:///{Path(self.tmp.name) / 'm.db'}"
        upgrade(self.url)
        self.db: Database = create_database(self.url)
        self.now = START
        self.ids: list[int] = []
        self.transitions = 0  # status changes that succeeded (each must have an audit row)

    def run(self, coro):  # type: ignore[no-untyped-def]
        return self.loop.run_until_complete(coro)

    async def _do(self, fn, *args, **kw):  # type: ignore[no-untyped-def]
        async with SqlUnitOfWork(self.db.writer()) as uow:
            try:
                result = await fn(uow, *args, **kw)
            except DomainError:
                return None
            await uow.commit()
            return result

    async def _on_ticket(self, fn, actor, ticket_id: int, *args, **kw):  # type: ignore[no-untyped-def]
        """Run a use case on one ticket; count the status change it made, if any."""
        async with SqlUnitOfWork(self.db.writer()) as uow:
            before = await uow.tickets.get(ticket_id)
            try:
                await fn(uow, actor, ticket_id, *args, **kw)
            except DomainError:
                return
            await uow.commit()
            after = await uow.tickets.get(ticket_id)
        assert before is not None and after is not None
        if before.status is not after.status or before.cycle != after.cycle:
            assert allowed(before.kind, before.status, after.status)
            self.transitions += 1

    @initialize()
    def office(self) -> None:
        self.office_: Office = self.run(build_office(self.db, START, plumbers=3))

    def crew(self, i: int):  # type: ignore[no-untyped-def]
        return self.office_.plumbers[i % len(self.office_.plumbers)]

    @rule(emergency=st.booleans())
    def submit(self, emergency: bool) -> None:
        draft = RepairDraft("leak", "Drip drip drip", "emergency" if emergency else "normal",
                            unit_id=self.office_.unit.id)
        sub = self.run(self._do(repair.submit_repair, self.office_.resident, draft, self.now))
        if sub is not None:
            self.ids.append(sub.ticket.id)
            self.transitions += 1

    @rule(t=st.integers(0, 20), who=st.integers(0, 5))
    def accept(self, t: int, who: int) -> None:
        if self.ids:
            self.run(self._do_t(repair.accept_job, self.crew(who), t, self.now))

    def _do_t(self, fn, actor, t: int, *args, **kw):  # type: ignore[no-untyped-def]
        return self._on_ticket(fn, actor, self.ids[t % len(self.ids)], *args, **kw)

    @rule(t=st.integers(0, 20), who=st.integers(0, 5),
          step=st.sampled_from([Progress.ON_THE_WAY, Progress.ON_SITE, Progress.WAITING_PARTS]))
    def progress(self, t: int, who: int, step: Progress) -> None:
        if self.ids:
            self.run(self._do_t(repair.report_progress, self.crew(who), t, step, self.now,
                                reason="parts"))

    @rule(t=st.integers(0, 20), who=st.integers(0, 5))
    def done(self, t: int, who: int) -> None:
        if self.ids:
            self.run(self._do_t(repair.complete_job, self.crew(who), t, PHOTO, self.now))

    @rule(t=st.integers(0, 20), who=st.integers(0, 5))
    def hand_back(self, t: int, who: int) -> None:
        if self.ids:
            self.run(self._do_t(repair.hand_back, self.crew(who), t, "busy", self.now))

    @rule(t=st.integers(0, 20), ok=st.booleans())
    def resident_answers(self, t: int, ok: bool) -> None:
        if not self.ids:
            return
        if ok:
            self.run(self._do_t(repair.confirm_fix, self.office_.resident, t, self.now, rating=4))
        else:
            self.run(self._do_t(repair.reopen, self.office_.resident, t, "no", self.now))

    @rule(t=st.integers(0, 20), result=st.sampled_from(list(CallbackResult)))
    def callback(self, t: int, result: CallbackResult) -> None:
        if self.ids:
            self.run(self._do_t(repair.record_callback, self.office_.desk, t, result, self.now,
                                problem="still bad"))

    @rule(t=st.integers(0, 20), who=st.integers(0, 5))
    def acknowledge(self, t: int, who: int) -> None:
        if self.ids:
            self.run(self._do_t(repair.acknowledge_rework, self.crew(who), t, self.now))

    @rule(minutes=st.sampled_from([5, 30, 61, 60 * 5, 60 * 24, 60 * 24 * 4]))
    def time_passes(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)

    @rule()
    def sweep(self) -> None:
        report = self.run(self._do(repair.sweep_deadlines, self.now))
        if report is not None:
            self.transitions += sum(1 for _, level in report.fired if level == "auto-confirm")

    @rule()
    def restart(self) -> None:
        self.run(self.db.dispose())
        self.db = create_database(self.url)

    @invariant()
    def consistent(self) -> None:
        if not hasattr(self, "office_"):
            return
        self.run(self._check())

    async def _check(self) -> None:
        async with SqlUnitOfWork(self.db.writer()) as uow:
            rows = list(await uow.session.scalars(select(TicketRow)))
            for row in rows:
                t = await uow.tickets.get(row.id)
                assert t is not None
                status = t.status
                if status in WORKING:
                    assert t.assignee_id is not None, "working without an assignee"
                if status is Status.DISPATCHED:
                    assert t.assignee_id is None, "waiting with an assignee"
                fired = await uow.fired.fired("ticket", t.id)
                estate = await uow.estates.get(t.estate_id)
                assert estate is not None
                assert t.next_due_at == next_due(t, fired, calendar_of(estate).add), \
                    "stored deadline is stale"
            audited = await uow.session.scalar(select(func.count()).select_from(AuditRow).where(
                AuditRow.entity == "ticket",
                AuditRow.action.not_in(("deadline", "deadline-dropped", "rated")),
                AuditRow.to_state.is_not(None)))
            assert audited == self.transitions, "a transition without its audit row"
            dupes = await uow.session.scalar(select(func.count()).select_from(
                select(FiredRow.entity_id, FiredRow.level).group_by(
                    FiredRow.entity_id, FiredRow.level).having(func.count() > 1).subquery()))
            assert dupes == 0

    def teardown(self) -> None:
        self.run(self.db.dispose())
        self.loop.close()
        self.tmp.cleanup()


RepairMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
TestRepairLifecycle = RepairMachine.TestCase
