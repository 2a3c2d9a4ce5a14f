"""Property tests of the registry history (Hypothesis): any sequence of registry changes keeps
owners' tenures from overlapping (co-owners aside), gives every ended link an end date and a
reason, and leaves each person's access equal to their current tenures."""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiogram.types import User
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.middlewares import load_actor
from domain import registry, tenancy
from domain.errors import DomainError
from domain.model import Relation
from store.db import create_database
from store.migrate import upgrade
from store.uow import SqlUnitOfWork

BASE = datetime(2026, 1, 5, 2, 0, tzinfo=UTC)
TG = 7_000_000
_estates = itertools.count(1)

OPS = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(list(tenancy.ADDABLE)), st.integers(0, 3)),
    st.tuples(st.just("end"), st.integers(0, 5), st.integers(0, 2)),
    st.tuples(st.just("sale"), st.integers(0, 3), st.integers(0, 2)),
    st.tuples(st.just("wait"), st.integers(1, 40), st.just(0)),
)


async def _scenario(url: str, ops: list[tuple[str, object, int]]) -> None:
    db = create_database(url)
    try:
        now = BASE
        async with SqlUnitOfWork(db.writer()) as uow:
            estate = await registry.create_estate(uow, code=f"P{next(_estates)}", name="P")
            await registry.import_units(uow, estate, [(2, {"building": "A", "unit": "1A"})])
            await registry.import_people(uow, estate, [(2, {
                "building": "A", "unit": "1A", "relation": "owner", "name": "First"})],
                now.date())
            unit = await tenancy.unit_of(uow, estate, "A-1A")
            await uow.commit()
        for n, (op, arg, back) in enumerate(ops):
            if op == "wait":
                assert isinstance(arg, int)
                now += timedelta(days=arg)
                continue
            async with SqlUnitOfWork(db.writer()) as uow:
                on = (now - timedelta(days=back)).astimezone(UTC).date() if back else None
                try:
                    if op == "add":
                        assert isinstance(arg, Relation)
                        await tenancy.add_link(uow, None, estate, "A-1A", arg, f"P{n}", now,
                                               pepper="", created_by="test", on=on)
                    elif op == "end":
                        current = await tenancy.current_links(uow, unit)
                        if current:
                            assert isinstance(arg, int)
                            pick = current[arg % len(current)]
                            await tenancy.end_link(uow, None, pick.tenure.id, now, on=on)
                    else:
                        await tenancy.record_sale(uow, None, estate, "A-1A", f"Buyer{n}", now,
                                                  pepper="", created_by="test", on=on)
                    await uow.commit()
                except DomainError:
                    await uow.rollback()
        async with SqlUnitOfWork(db.writer()) as uow:
            # Give everyone a Telegram account, to load them as the bot does on each update.
            for r in await uow.tenures.history_for_unit(unit.id):
                await uow.people.attach_tg(r.person.id, TG + r.person.id)
            await uow.commit()
        async with SqlUnitOfWork(db.reader()) as uow:
            history = await uow.tenures.history_for_unit(unit.id)
            # Every link that ended has an end date on or after its start, and a reason.
            for r in history:
                if r.ended_on is not None:
                    assert r.ended_on >= r.since and r.end_reason
                else:
                    assert r.end_reason is None
            # Owners (co-owners aside) never overlap: at most one at any day.
            owners = sorted((r for r in history if r.tenure.relation is Relation.OWNER),
                            key=lambda r: (r.since, r.tenure.id))
            for a, b in itertools.pairwise(owners):
                assert a.ended_on is not None and a.ended_on <= b.since, (a, b)
            assert sum(1 for r in owners if r.current) <= 1
            # Access follows the current tenures exactly.
            for person_id in {r.person.id for r in history}:
                expected = {r.tenure.id for r in history if r.person.id == person_id
                            and r.current}
                active = await uow.tenures.active_for_person(person_id)
                assert {t.id for t in active} == expected
                actor = await load_actor(uow, User(id=TG + person_id, is_bot=False,
                                                   first_name="x"), False)
                assert {t.id for t in actor.tenures} == expected
                assert actor.is_resident == bool(expected)
    finally:
        await db.dispose()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(OPS, max_size=10))
def test_registry_history_invariants(tmp_path_factory: object, ops: list) -> None:  # type: ignore[type-arg]
    url = _migrated(tmp_path_factory)
    asyncio.run(_scenario(url, ops))


_URL: dict[str, str] = {}


def _migrated(factory: object) -> str:
    if "url" not in _URL:
        path = Path(factory.mktemp("registry")) / "history.db"  # type: ignore[attr-defined]
        _URL["url"] = f"sqlite+aiosqlite:///{path}"
        upgrade(_URL["url"])
    return _URL["url"]
