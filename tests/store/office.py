"""A small office for use-case tests: one estate, two units, a resident, crews, desk, manager."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain import registry
from domain.model import (
    Actor,
    Estate,
    Locale,
    Person,
    Relation,
    StaffRole,
    Trade,
    Unit,
)
from store.db import Database
from store.uow import SqlUnitOfWork


@dataclass
class Office:
    estate: Estate
    unit: Unit
    other_unit: Unit
    resident: Actor
    neighbour: Actor
    plumbers: list[Actor]
    electrician: Actor
    desk: Actor
    manager: Actor


async def _person(uow: SqlUnitOfWork, name: str, tg: int) -> Person:
    return await uow.people.add(name, Locale.EN, tg_user_id=tg)


async def build_office(db: Database, now: datetime, plumbers: int = 8,
                       settings: dict[str, object] | None = None) -> Office:
    async with SqlUnitOfWork(db.writer()) as uow:
        estate = await registry.create_estate(uow, code="HV", name="Harbour View",
                                              settings=settings or {})
        await registry.import_units(uow, estate, [
            (2, {"building": "A", "unit": "12B"}), (3, {"building": "A", "unit": "3A"})])
        unit = await registry.find_unit_by_label(uow, estate.id, "A-12B")
        other = await registry.find_unit_by_label(uow, estate.id, "A-3A")

        async def resident(name: str, tg: int, u: Unit) -> Actor:
            p = await _person(uow, name, tg)
            tenure = await uow.tenures.add(p.id, u.id, Relation.OWNER, now.date())
            return Actor(tg, p, (), (tenure,))

        async def staff(name: str, tg: int, role: StaffRole, trade: Trade | None = None) -> Actor:
            p = await _person(uow, name, tg)
            a = await uow.staff.add(p.id, estate.id, role, trade)
            return Actor(tg, p, (a,), ())

        res = await resident("Chan", 1001, unit)
        nb = await resident("Wong", 1002, other)
        crew = [await staff(f"Plumber {i}", 2000 + i, StaffRole.CREW, Trade.PLUMBING)
                for i in range(plumbers)]
        elec = await staff("Sparky", 3000, StaffRole.CREW, Trade.ELECTRICAL)
        desk = await staff("Desk", 4000, StaffRole.DESK)
        manager = await staff("Boss", 5000, StaffRole.MANAGER)
        await uow.commit()
        estate = await uow.estates.get(estate.id) or estate
    return Office(estate, unit, other, res, nb, crew, elec, desk, manager)
