"""House custody on the real store (SQLite and PostgreSQL): the agreement signed, start
readings, weekly checks made due once, rain checks, a lower reading refused, use over the
limit flagged, the keys returned and acknowledged."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.demo.data import seed_custody, seed_demo
from domain.custody import agreement, checks, meters, records
from domain.custody import events as ev
from domain.custody.agreement import CustodyDraft
from domain.custody.model import CHECK_ITEMS, CheckKind, CheckResult, CustodyStatus
from domain.errors import Conflict, InvalidInput, NotAuthorized
from domain.model import Actor, Relation
from domain.ports import FileRef
from domain.registry import find_unit_by_label
from store.db import Database
from store.uow import SqlUnitOfWork
from tests.store.office import build_office
from tests.store.test_repair_usecases import run

MON_10 = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # Monday 10:00 in Hong Kong
PHOTOS = (FileRef("w", "uw", "image/jpeg", 10), FileRef("e", "ue", "image/jpeg", 10))


async def test_custody_from_request_to_keys_returned(db: Database) -> None:
    office = await build_office(db, MON_10, plumbers=0)
    owner = office.resident
    good = CustodyDraft(office.unit.id, date(2026, 12, 1), date(2027, 3, 31), "+44 20 7946 0000",
                        True)
    with pytest.raises(InvalidInput, match="custody-date-past"):
        await run(db, agreement.request_custody, owner,
                  CustodyDraft(office.unit.id, date(2026, 11, 1), date(2027, 1, 1), "x", True),
                  MON_10)
    with pytest.raises(InvalidInput, match="custody-end-before-start"):
        await run(db, agreement.request_custody, owner,
                  CustodyDraft(office.unit.id, date(2026, 12, 5), date(2026, 12, 1), "x", True),
                  MON_10)
    assert owner.person is not None
    tenant = Actor(owner.tg_user_id, owner.person,
                   (), (owner.tenures[0].__class__(owner.tenures[0].id, owner.person.id,
                                                   office.unit, Relation.TENANT),))
    with pytest.raises(NotAuthorized):
        await run(db, agreement.request_custody, tenant, good, MON_10)
    c = await run(db, agreement.request_custody, owner, good, MON_10)
    assert c.status is CustodyStatus.REQUESTED and c.fee_rate == 70
    assert c.number.startswith("T-2026-")
    with pytest.raises(InvalidInput, match="custody-already-open"):
        await run(db, agreement.request_custody, owner, good, MON_10)
    with pytest.raises(NotAuthorized):
        await run(db, agreement.decide, owner, c.id, True, MON_10)
    await run(db, agreement.decide, office.desk, c.id, True, MON_10)
    with pytest.raises(Conflict):
        await run(db, agreement.decide, office.manager, c.id, True, MON_10)
    with pytest.raises(NotAuthorized):
        await run(db, agreement.sign, office.neighbour, c.id, MON_10)
    signed = await run(db, agreement.sign, owner, c.id, MON_10)
    assert signed.signed_at == MON_10 and signed.signed_tg_id == owner.tg_user_id
    with pytest.raises(InvalidInput, match="custody-photos-needed"):
        await run(db, meters.record_reading, office.desk, c.id, water=100, electricity=2000,
                  photos=PHOTOS[:1], now=MON_10)
    await run(db, meters.record_reading, office.desk, c.id, water=100, electricity=2000,
              photos=PHOTOS, now=MON_10)
    async with SqlUnitOfWork(db.reader()) as uow:
        active = await uow.custody.get(c.id)
    assert active is not None and active.status is CustodyStatus.ACTIVE
    assert active.next_check_at == MON_10 + timedelta(days=7)

    # The weekly check: not before its day, then once.
    assert await run(db, checks.sweep_weekly, MON_10 + timedelta(days=6)) == 0
    assert await run(db, checks.sweep_weekly, MON_10 + timedelta(days=7)) == 1
    assert await run(db, checks.sweep_weekly, MON_10 + timedelta(days=7, hours=1)) == 0
    assert await run(db, checks.rain_checks, office.manager, office.estate.id,
                     CheckKind.RAIN_BEFORE, MON_10 + timedelta(days=8)) == 1
    with pytest.raises(NotAuthorized):
        await run(db, checks.rain_checks, owner, office.estate.id, CheckKind.RAIN_AFTER,
                  MON_10)
    async with SqlUnitOfWork(db.reader()) as uow:
        made = await uow.custody.checks(c.id)
    assert [x.kind for x in made] == [CheckKind.WEEKLY, CheckKind.RAIN_BEFORE]
    fine = dict.fromkeys(CHECK_ITEMS, True)
    with pytest.raises(InvalidInput, match="custody-check-photo-needed"):
        await run(db, checks.record_check, office.desk, made[0].id, fine, None, (), MON_10)
    done = await run(db, checks.record_check, office.desk, made[0].id, fine, None,
                     PHOTOS[:1], MON_10 + timedelta(days=7))
    assert done.result is CheckResult.OK
    with pytest.raises(Conflict, match="custody-check-recorded"):
        await run(db, checks.record_check, office.manager, made[0].id, fine, None,
                  PHOTOS[:1], MON_10 + timedelta(days=7))
    wet = {**fine, "seepage": False}
    with pytest.raises(InvalidInput):  # a problem needs a word on what it is
        await run(db, checks.record_check, office.desk, made[1].id, wet, "", PHOTOS[:1],
                  MON_10)
    bad = await run(db, checks.record_check, office.desk, made[1].id, wet,
                    "Water stain under the window", PHOTOS[:1], MON_10)
    assert bad.result is CheckResult.PROBLEM

    # Readings: lower refused; over the limit in one period flagged.
    with pytest.raises(InvalidInput, match="custody-reading-lower"):
        await run(db, meters.record_reading, office.desk, c.id, water=99, electricity=2001,
                  photos=PHOTOS, now=MON_10 + timedelta(days=9))
    async with SqlUnitOfWork(db.writer()) as uow:
        r = await meters.record_reading(uow, office.desk, c.id, water=104, electricity=2030,
                                        photos=PHOTOS, now=MON_10 + timedelta(days=9))
        flagged = [e for e in uow.events if isinstance(e, ev.UseFlagged)]
        await uow.commit()
    assert r.flagged and r.water_used == 4 and r.electricity_used == 30 and flagged
    calm = await run(db, meters.record_reading, office.desk, c.id, water=105,
                     electricity=2040, photos=PHOTOS, now=MON_10 + timedelta(days=10))
    assert not calm.flagged

    # The end: final readings, keys back, the owner acknowledges.
    await run(db, meters.record_reading, office.desk, c.id, water=106, electricity=2045,
              photos=PHOTOS, now=MON_10 + timedelta(days=20), final=True)
    with pytest.raises(NotAuthorized):
        await run(db, agreement.acknowledge_keys, office.desk, c.id, MON_10)
    ended = await run(db, agreement.acknowledge_keys, owner, c.id, MON_10 + timedelta(days=21))
    assert ended.status is CustodyStatus.ENDED
    async with SqlUnitOfWork(db.reader()) as uow:
        (record,) = await records.unit_records(uow, office.unit.id)
    assert record.custody.id == c.id and record.custody.status is CustodyStatus.ENDED
    assert [x.kind.value for x in record.readings] == ["start", "during", "during", "final"]
    assert [x.result for x in record.checks] == [CheckResult.OK, CheckResult.PROBLEM]


async def test_the_demo_has_an_absent_owner_in_custody(db: Database) -> None:
    async with SqlUnitOfWork(db.writer()) as uow:
        codes = await seed_demo(uow, MON_10)
        await seed_custody(uow, codes.estate, MON_10)
        await uow.commit()
    async with SqlUnitOfWork(db.reader()) as uow:
        unit = await find_unit_by_label(uow, codes.estate.id, "B-20D")
        (custody,) = await uow.custody.for_unit(unit.id)
        readings = await uow.custody.readings(custody.id)
    assert custody.status is CustodyStatus.ACTIVE and custody.signed_at is not None
    assert [r.kind.value for r in readings] == ["start"]
    assert await run(db, checks.sweep_weekly, MON_10) == 0
    assert await run(db, checks.sweep_weekly, MON_10 + timedelta(days=1)) == 1
    # Not recorded by the next week: flagged once, both checks open.
    async with SqlUnitOfWork(db.writer()) as uow:
        assert await checks.sweep_weekly(uow, MON_10 + timedelta(days=8)) == 1
        overdue = [e for e in uow.events if isinstance(e, ev.CheckOverdue)]
        await uow.commit()
    assert len(overdue) == 1
    async with SqlUnitOfWork(db.reader()) as uow:
        made = await uow.custody.checks(custody.id)
    assert [x.result for x in made] == [CheckResult.PENDING, CheckResult.PENDING]


async def test_the_observatorys_warnings_call_rain_checks_once_per_spell(db: Database) -> None:
    """Amber then red is one spell: checks before once; the all clear: checks after once; the
    same summaries read again (another process, a restart) call nothing more."""
    async with SqlUnitOfWork(db.writer()) as uow:
        codes = await seed_demo(uow, MON_10)
        await seed_custody(uow, codes.estate, MON_10)
        await uow.commit()
    at = "2026-11-30T10:05:00+08:00"
    amber = {"WRAIN": {"code": "WRAINA", "actionCode": "ISSUE", "issueTime": at}}
    red = {"WRAIN": {"code": "WRAINR", "actionCode": "ISSUE",
                     "issueTime": "2026-11-30T11:00:00+08:00"}}
    called: list[ev.WeatherChecksCalled] = []

    async def observe(summary: dict[str, object]) -> int:
        async with SqlUnitOfWork(db.writer()) as uow:
            made = await checks.weather_observed(uow, summary, MON_10)
            called.extend(e for e in uow.events if isinstance(e, ev.WeatherChecksCalled))
            await uow.commit()
        return made

    assert await observe({}) == 0
    assert await observe(amber) == 1
    assert await observe(amber) == 0 and await observe(red) == 0
    assert await observe({}) == 1
    assert await observe({}) == 0
    assert [(c.kind, c.signal, c.count) for c in called] == [
        ("rain_before", "WRAINA", 1), ("rain_after", "end", 1)]
    # An estate that only counts black rain is not called for amber.
    async with SqlUnitOfWork(db.writer()) as uow:
        await uow.estates.update(codes.estate.id, settings={
            **codes.estate.settings, "custody": {"rain_signal": "black"}})
        await uow.commit()
    assert await observe({"WRAIN": {"code": "WRAINA", "actionCode": "ISSUE",
                                    "issueTime": "2026-12-01T09:00:00+08:00"}}) == 0
    async with SqlUnitOfWork(db.reader()) as uow:
        unit = await find_unit_by_label(uow, codes.estate.id, "B-20D")
        (custody,) = await uow.custody.for_unit(unit.id)
        made = await uow.custody.checks(custody.id)
    assert [c.kind for c in made] == [CheckKind.RAIN_BEFORE, CheckKind.RAIN_AFTER]
