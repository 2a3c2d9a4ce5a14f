"""The small office of the use-case tests, with what renovation needs on top: an equipment
supervisor, a tenant, staff of a second estate, and helpers to build an application."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from domain import registry
from domain.model import Actor, Locale, Relation, StaffRole
from domain.ports import FileRef
from domain.renovation.review import RenovationDraft, WorkerDraft
from store.db import Database
from store.uow import SqlUnitOfWork
from tests.store.office import Office, build_office

DRAWING = FileRef("drawing-1", "u-drawing-1", "application/pdf", 50_000, "plan.pdf")
ID_A = FileRef("id-a", "u-id-a", "image/jpeg", 40_000)
ID_B = FileRef("id-b", "u-id-b", "image/jpeg", 40_000)
RULES = {"fee": 2000, "deposit": 10000, "retention_days": 30}


@dataclass
class RenoOffice:
    base: Office
    supervisor: Actor
    tenant: Actor
    other_manager: Actor   # a manager of another estate
    other_desk: Actor

    def __getattr__(self, name: str) -> Any:
        return getattr(self.base, name)


async def build_reno_office(db: Database, now: datetime, *, hours: str | None = None,
                            settings: dict[str, Any] | None = None) -> RenoOffice:
    base = await build_office(db, now, plumbers=1,
                              settings={"renovation": {**RULES, **(settings or {})}})
    async with SqlUnitOfWork(db.writer()) as uow:
        if hours:
            await uow.estates.update(base.estate.id, hours=hours)

        async def staff(name: str, tg: int, estate_id: int, role: StaffRole) -> Actor:
            p = await uow.people.add(name, Locale.EN, tg_user_id=tg)
            a = await uow.staff.add(p.id, estate_id, role, None)
            return Actor(tg, p, (a,), ())

        supervisor = await staff("Sup", 6000, base.estate.id, StaffRole.SUPERVISOR)
        p = await uow.people.add("Tenant", Locale.EN, tg_user_id=7000)
        tenure = await uow.tenures.add(p.id, base.unit.id, Relation.TENANT, now.date())
        tenant = Actor(7000, p, (), (tenure,))
        other = await registry.create_estate(uow, code="SV", name="Sea View")
        other_manager = await staff("Other boss", 8000, other.id, StaffRole.MANAGER)
        other_desk = await staff("Other desk", 8001, other.id, StaffRole.DESK)
        await uow.commit()
        estate = await uow.estates.get(base.estate.id)
    assert estate is not None
    return RenoOffice(replace(base, estate=estate), supervisor, tenant, other_manager,
                      other_desk)


def reno_draft(office: RenoOffice, start: date, end: date, **over: Any) -> RenovationDraft:
    values: dict[str, Any] = {
        "unit_id": office.unit.id, "works": ("floor", "kitchen"),
        "description": "New floor tiles in the living room; kitchen cabinets replaced",
        "start": start, "end": end, "contractor": "Lee Decoration Co.",
        "contractor_phone": "+852 2345 6789", "drawings": (DRAWING,),
        "workers": (WorkerDraft("Ho Ka Ming", "+852 6123 4567", ID_A),
                    WorkerDraft("Lam Siu Fung", "+852 6234 5678", ID_B)),
        "rules_accepted": True}
    values.update(over)
    return RenovationDraft(**values)


async def run(db: Database, fn: Any, *args: Any, **kwargs: Any) -> Any:
    async with SqlUnitOfWork(db.writer()) as uow:
        result = await fn(uow, *args, **kwargs)
        await uow.commit()
        return result
