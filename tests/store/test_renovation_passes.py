"""Security checks a pass: valid today, not yet, expired, returned, unknown or forged; only
security, desk and managers; each check audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from domain.errors import InvalidInput, NotAuthorized
from domain.model import Actor, Locale, StaffRole
from domain.ports import FileRef
from domain.renovation import works as renovation_works
from domain.renovation.passes import Verdict, check_pass, parse_link
from domain.renovation.review import face_role
from store.db import Database
from store.tables.infra import AuditRow
from store.uow import SqlUnitOfWork
from tests.store.renovation_office import build_reno_office, run
from tests.store.test_renovation_usecases import END, FRI_10, START, approved, hk

FACE = FileRef("face-1", "u-face-1", "image/jpeg", 30_000)


async def guard(db: Database, estate_id: int) -> Actor:
    async with SqlUnitOfWork(db.writer()) as uow:
        p = await uow.people.add("Guard", Locale.EN, tg_user_id=9100)
        a = await uow.staff.add(p.id, estate_id, StaffRole.SECURITY, None)
        await uow.commit()
    return Actor(9100, p, (a,), ())


def test_the_qr_link_carries_number_and_code() -> None:
    assert parse_link("pass_F-2026-000001-P01_1A2B3C4D") == ("F-2026-000001-P01", "1A2B3C4D")
    assert parse_link("pass_F-2026-000001-P01") == ("F-2026-000001-P01", None)


async def test_security_checks_valid_not_yet_expired_returned_and_forged(db: Database) -> None:
    office = await build_reno_office(db, FRI_10)
    security = await guard(db, office.estate.id)
    ticket_id = await approved(db, office)
    await run(db, renovation_works.record_payment, office.desk, ticket_id, True, FRI_10)
    async with SqlUnitOfWork(db.writer()) as uow:
        first, second = await uow.renovations.passes(ticket_id)
        await uow.files.add(FACE, owner="renovation", owner_id=ticket_id,
                            role=face_role(first.worker_id), sensitive=True, now=FRI_10)
        await uow.commit()
    early = await run(db, check_pass, security, "p01", FRI_10)
    assert (early.verdict, early.work_pass.number) == (Verdict.NOT_YET, first.number)
    today = await run(db, check_pass, security, first.number, hk(START, 9),
                      code=first.code.lower())
    assert today.verdict is Verdict.VALID and today.today == START
    assert today.app.works == ("floor", "kitchen") and today.worker.name == "Ho Ka Ming"
    assert today.photo == FACE
    late = await run(db, check_pass, office.desk, "P02", hk(END + timedelta(days=1), 9))
    assert late.verdict is Verdict.EXPIRED and late.photo is None
    forged = await run(db, check_pass, security, first.number, hk(START, 9), code="00000000")
    assert forged.verdict is Verdict.UNKNOWN and forged.work_pass is None
    # Another estate's desk does not see this estate's passes.
    other = await run(db, check_pass, office.other_desk, "P01", hk(START, 9))
    assert other.verdict is Verdict.UNKNOWN
    for who in (office.resident, office.plumbers[0], office.supervisor):
        with pytest.raises(NotAuthorized):
            await run(db, check_pass, who, "P01", hk(START, 9))
    with pytest.raises(InvalidInput):
        await run(db, check_pass, security, "P 01; drop", hk(START, 9))
    # The second worker leaves: their pass is returned and refused from then on.
    await run(db, renovation_works.request_worker_removal, office.resident, ticket_id,
              second.worker_id, hk(START, 10))
    await run(db, renovation_works.decide_worker, office.desk, ticket_id, second.worker_id,
              True, hk(START, 10))
    gone = await run(db, check_pass, security, "P02", hk(START, 11))
    assert gone.verdict is Verdict.RETURNED
    async with db.reader() as s:
        rows = list(await s.execute(select(AuditRow.entity_id, AuditRow.to_state,
                                           AuditRow.actor_person_id).where(
            AuditRow.action == "pass-checked").order_by(AuditRow.id)))
    assert [r[1] for r in rows] == ["not_yet", "valid", "expired", "unknown", "unknown",
                                    "returned"]
    assert rows[0][0] == first.number and rows[4][0] == "P01"
    assert rows[1][2] == security.person_id


async def test_worker_photo_is_kept_with_the_id_copy_and_purged_with_it(db: Database) -> None:
    from domain.renovation import review as renovation
    from domain.renovation.review import WorkerDraft
    from tests.store.renovation_office import ID_A, reno_draft

    office = await build_reno_office(db, FRI_10)
    t = await run(db, renovation.submit_renovation, office.resident, reno_draft(
        office, START, END, workers=(WorkerDraft("Ho Ka Ming", "61234567", ID_A, face=FACE),)),
        FRI_10)
    async with SqlUnitOfWork(db.writer()) as uow:
        (worker,) = await uow.renovations.workers(t.id)
        assert await uow.files.for_owner("renovation", t.id, face_role(worker.id)) == [FACE]
        purged = await uow.renovations.purge_id_photos(t.id)
        assert len(purged) == 2  # the ID card and the face, both sensitive
        assert await uow.files.for_owner("renovation", t.id, face_role(worker.id)) == []
