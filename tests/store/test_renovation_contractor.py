"""The contractor links with a one-time code the owner gets for their application."""

from __future__ import annotations

import pytest

from domain import onboarding
from domain.errors import CodeRejected, Conflict, NotFound
from domain.model import Actor, CodeKind, Locale
from domain.renovation import contractor
from domain.renovation import events as rev
from domain.renovation import review as renovation
from store.db import Database
from store.uow import SqlUnitOfWork
from tests.store.renovation_office import build_reno_office, reno_draft, run
from tests.store.test_renovation_usecases import END, FRI_10, START

PEPPER = "test-pepper"


async def redeem(db: Database, actor: Actor, code: str) -> onboarding.Redeemed:
    async with SqlUnitOfWork(db.writer()) as uow:
        done = await onboarding.redeem_private_code(uow, actor, code, display_name="Lee Builder",
                                                    locale=Locale.EN, now=FRI_10, pepper=PEPPER)
        linked = [e for e in uow.events if isinstance(e, rev.ContractorLinked)]
        await uow.commit()
    assert len(linked) == 1
    return done


async def test_owner_invites_contractor_links_once(db: Database) -> None:
    office = await build_reno_office(db, FRI_10)
    t = await run(db, renovation.submit_renovation, office.resident,
                  reno_draft(office, START, END), FRI_10)
    with pytest.raises(NotFound):  # only the owner invites
        await run(db, contractor.invite_contractor, office.neighbour, t.id, FRI_10,
                  pepper=PEPPER)
    own = await run(db, contractor.invite_contractor, office.resident, t.id, FRI_10,
                    pepper=PEPPER)
    with pytest.raises(Conflict, match="reno-contractor-is-owner"):
        async with SqlUnitOfWork(db.writer()) as uow:
            await onboarding.redeem_private_code(uow, office.resident, own, display_name="x",
                                                 locale=Locale.EN, now=FRI_10, pepper=PEPPER)
    code = await run(db, contractor.invite_contractor, office.resident, t.id, FRI_10,
                     pepper=PEPPER)
    lee = Actor(9500, None)
    done = await redeem(db, lee, code)
    assert (done.kind, done.ticket_number) == (CodeKind.CONTRACTOR, t.number)
    with pytest.raises(CodeRejected):
        await redeem(db, Actor(9501, None), code)
    async with SqlUnitOfWork(db.writer()) as uow:
        app = await uow.renovations.get(t.id)
        person = await uow.people.by_tg(9500)
        actions = [r.action for r in await uow.audit.history("ticket", str(t.id))]
    assert person is not None and app is not None and app.contractor_person_id == person.id
    assert person.name == "Lee Builder"
    assert actions.count("contractor-invited") == 2 and actions.count("contractor-linked") == 1
    # Once the application has ended no contractor can be linked.
    late = await run(db, contractor.invite_contractor, office.resident, t.id, FRI_10,
                     pepper=PEPPER)
    await run(db, renovation.cancel_application, office.resident, t.id, FRI_10)
    with pytest.raises(Conflict, match="reno-contractor-closed"):
        async with SqlUnitOfWork(db.writer()) as uow:
            await onboarding.redeem_private_code(uow, Actor(9502, None), late,
                                                 display_name="x", locale=Locale.EN,
                                                 now=FRI_10, pepper=PEPPER)
    with pytest.raises(Conflict, match="reno-contractor-closed"):
        await run(db, contractor.invite_contractor, office.resident, t.id, FRI_10,
                  pepper=PEPPER)
