"""A complaint routed to a department: where its card goes (the estate's mapping), the
department's reply on the 72-hour clock, its question to the desk, who may do what."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.complaints import handling as complaints
from domain.complaints import routing
from domain.complaints.handling import ComplaintDraft
from domain.complaints.routing import Target, department_target
from domain.complaints.stats import reply_cycles
from domain.errors import Conflict, NotAuthorized
from domain.model import Actor, Estate, GroupPurpose, Locale, StaffRole, Trade
from domain.tickets import Status
from store.db import Database
from store.uow import SqlUnitOfWork
from tests.store.office import build_office

FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def estate(settings: dict[str, object]) -> Estate:
    return Estate(1, "HV", "HV", "Asia/Hong_Kong", "", settings=settings)


def test_departments_map_to_groups_by_setting_default_or_chat_id() -> None:
    plain = estate({})
    assert department_target(plain, "security") == Target(
        GroupPurpose.SECURITY, role=StaffRole.SECURITY)
    assert department_target(plain, "management").purpose is GroupPurpose.MANAGERS
    assert department_target(plain, "cleaning") == Target()  # nobody until the estate says
    mapped = estate({"complaints": {"departments": {
        "cleaning": "crew:general", "accounts": -100123, "security": "nonsense"}}})
    assert department_target(mapped, "cleaning") == Target(GroupPurpose.CREW, Trade.GENERAL)
    assert department_target(mapped, "finance").chat_id == -100123  # "accounts" is finance
    # An unreadable mapping keeps the default rather than losing the department.
    assert department_target(mapped, "security").purpose is GroupPurpose.SECURITY


async def test_the_mapping_is_set_like_other_estate_settings(db: Database) -> None:
    from domain.errors import InvalidInput
    from domain.estate_settings import set_estate_setting

    office = await build_office(db, FRI_10, plumbers=1)
    await run(db, set_estate_setting, office.estate, "complaints.departments.cleaning",
              "crew:general", FRI_10)
    async with SqlUnitOfWork(db.writer()) as uow:
        fresh = await uow.estates.get(office.estate.id)
    assert fresh is not None
    await run(db, set_estate_setting, fresh, "complaints.departments.accounts", "-1001234",
              FRI_10)
    async with SqlUnitOfWork(db.writer()) as uow:
        fresh = await uow.estates.get(office.estate.id)
    assert fresh is not None
    assert department_target(fresh, "cleaning").trade is Trade.GENERAL
    assert department_target(fresh, "finance").chat_id == -1001234
    for key, value in (("complaints.departments.kitchen", "security"),
                       ("complaints.departments.cleaning", "crew:cooking")):
        with pytest.raises(InvalidInput, match="setting-bad-value"):
            await run(db, set_estate_setting, fresh, key, value, FRI_10)


async def run(db: Database, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    async with SqlUnitOfWork(db.writer()) as uow:
        result = await fn(uow, *args, **kwargs)
        await uow.commit()
        return result


async def guard(db: Database, estate_id: int) -> Actor:
    async with SqlUnitOfWork(db.writer()) as uow:
        p = await uow.people.add("Guard", Locale.EN, tg_user_id=6000)
        a = await uow.staff.add(p.id, estate_id, StaffRole.SECURITY, None)
        await uow.commit()
    return Actor(6000, p, (a,), ())


async def test_department_replies_on_the_clock_asks_the_desk_and_is_told(db: Database) -> None:
    office = await build_office(db, FRI_10, plumbers=1)
    security = await guard(db, office.estate.id)
    t = await run(db, complaints.submit_complaint, office.resident, ComplaintDraft(
        category="security", description="A stranger tried the lobby door at night"), FRI_10)
    # Not routed yet: the guard has nothing to act on.
    with pytest.raises(NotAuthorized):
        await run(db, routing.department_reply, security, t.id, "We checked", FRI_10)
    await run(db, complaints.assign_department, office.desk, t.id, "security", FRI_10 + HOUR)
    with pytest.raises(NotAuthorized):  # a resident is not the department
        await run(db, routing.ask_desk, office.neighbour, t.id, "?", FRI_10 + HOUR)
    with pytest.raises(NotAuthorized):  # only the desk writes to the department
        await run(db, routing.tell_department, security, t.id, "hi", FRI_10 + HOUR)
    await run(db, routing.ask_desk, security, t.id, "Which night was it?", FRI_10 + 2 * HOUR)
    await run(db, routing.tell_department, office.desk, t.id, "Tuesday, about 2 am",
              FRI_10 + 3 * HOUR)
    t = await run(db, routing.department_reply, security, t.id,
                  "The CCTV shows a delivery man; the door lock was checked.", FRI_10 + 4 * HOUR)
    assert (t.status, t.replied_at) == (Status.REPLIED, FRI_10 + 4 * HOUR)
    cycle = reply_cycles(t)[0]  # the department's reply is what the 72 hours measure
    assert cycle.replied == FRI_10 + 4 * HOUR and cycle.replied <= cycle.due
    async with SqlUnitOfWork(db.writer()) as uow:
        rows = await uow.audit.history("ticket", str(t.id))
        notes = [kind for _, kind, _, _ in await uow.tickets.notes(t.id)]
    assert [r.action for r in rows] == ["created", "department", "department-asked",
                                        "department-told", "replied"]
    assert rows[-1].detail == {"reply": 1, "department": "security"}
    assert rows[-1].actor_person_id == security.person_id
    assert notes == ["dept-ask", "dept-told", "reply"]
    # Closed: the department can no longer act.
    await run(db, complaints.close, office.desk, t.id, "Resolved", FRI_10 + 5 * HOUR)
    with pytest.raises(Conflict):
        await run(db, routing.department_reply, security, t.id, "more", FRI_10 + 6 * HOUR)
