"""Repositories of the staff: roles per estate, on-call duty, who left a staff group."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update

from domain.model import Person, StaffAssignment, StaffMember, StaffRole, Trade
from store.repos.registry import _STAFF_OF, Repo, _now, _person
from store.tables.registry import GroupDepartureRow, PersonRow, StaffRow


class SqlStaff(Repo):
    async def add(self, person_id: int, estate_id: int, role: StaffRole,
                  trade: Trade | None) -> StaffAssignment:
        self.s.add(StaffRow(person_id=person_id, estate_id=estate_id, role=role.value,
                            trade=trade.value if trade else None, active=True,
                            created_at=_now()))
        await self.s.flush()
        return StaffAssignment(person_id, estate_id, role, trade)

    async def for_person(self, person_id: int) -> list[StaffAssignment]:
        rows = await self.s.execute(_STAFF_OF, {"id": person_id})
        return [StaffAssignment(r.person_id, r.estate_id, StaffRole(r.role),
                                Trade(r.trade) if r.trade else None) for r in rows]

    async def deactivate(self, person_id: int, estate_id: int, role: StaffRole, *,
                         at: datetime | None = None, by: int | None = None) -> bool:
        """The role ends (and its on-call duty with it); False when it was not active."""
        result = await self.s.execute(update(StaffRow).where(
            StaffRow.person_id == person_id, StaffRow.estate_id == estate_id,
            StaffRow.role == role.value, StaffRow.active.is_(True)).values(
            active=False, on_call=False, ended_at=at, ended_by=by))
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def members(self, estate_id: int) -> list[StaffMember]:
        """The estate's active staff, by name, with their roles and on-call duty."""
        rows = await self.s.execute(
            select(StaffRow, PersonRow).join(PersonRow, PersonRow.id == StaffRow.person_id)
            .where(StaffRow.estate_id == estate_id, StaffRow.active.is_(True))
            .order_by(PersonRow.name, PersonRow.id, StaffRow.id))
        people: dict[int, tuple[Person, list[StaffAssignment], bool]] = {}
        for staff, person in rows:
            entry = people.setdefault(person.id, (_person(person), [], False))
            entry[1].append(StaffAssignment(person.id, estate_id, StaffRole(staff.role),
                                            Trade(staff.trade) if staff.trade else None))
            if staff.on_call:
                people[person.id] = (entry[0], entry[1], True)
        return [StaffMember(p, tuple(roles), on) for p, roles, on in people.values()]

    async def crew_of(self, estate_id: int, trade: Trade) -> list[Person]:
        """Active crew members of one trade."""
        rows = await self.s.scalars(
            select(PersonRow).join(StaffRow, StaffRow.person_id == PersonRow.id).where(
                StaffRow.estate_id == estate_id, StaffRow.role == StaffRole.CREW.value,
                StaffRow.trade == trade.value, StaffRow.active.is_(True))
            .order_by(PersonRow.id).distinct())
        return [_person(r) for r in rows]

    async def set_on_call(self, person_id: int, estate_id: int, trade: Trade) -> None:
        """One on-call crew member per estate and trade."""
        await self.s.execute(update(StaffRow).where(
            StaffRow.estate_id == estate_id, StaffRow.trade == trade.value,
            StaffRow.role == StaffRole.CREW.value).values(on_call=False))
        await self.s.execute(update(StaffRow).where(
            StaffRow.estate_id == estate_id, StaffRow.trade == trade.value,
            StaffRow.role == StaffRole.CREW.value, StaffRow.person_id == person_id,
            StaffRow.active.is_(True)).values(on_call=True))

    async def on_call(self, estate_id: int, trade: Trade) -> Person | None:
        row = await self.s.scalar(
            select(PersonRow).join(StaffRow, StaffRow.person_id == PersonRow.id).where(
                StaffRow.estate_id == estate_id, StaffRow.trade == trade.value,
                StaffRow.on_call.is_(True), StaffRow.active.is_(True)).limit(1))
        return _person(row) if row else None

    async def people_with_role(self, estate_id: int, role: StaffRole) -> list[Person]:
        rows = await self.s.scalars(
            select(PersonRow).join(StaffRow, StaffRow.person_id == PersonRow.id).where(
                StaffRow.estate_id == estate_id, StaffRow.role == role.value,
                StaffRow.active.is_(True)).order_by(PersonRow.id).distinct())
        return [_person(r) for r in rows]


class SqlDepartures(Repo):
    """Staff members who left a staff group (chat_member updates)."""

    async def left(self, chat_id: int, tg_user_id: int, at: datetime) -> None:
        if await self.s.get(GroupDepartureRow, (chat_id, tg_user_id)) is None:
            self.s.add(GroupDepartureRow(chat_id=chat_id, tg_user_id=tg_user_id, left_at=at))
            await self.s.flush()

    async def returned(self, chat_id: int, tg_user_id: int) -> None:
        await self.s.execute(delete(GroupDepartureRow).where(
            GroupDepartureRow.chat_id == chat_id, GroupDepartureRow.tg_user_id == tg_user_id))

    async def has_left(self, chat_id: int, tg_user_id: int) -> bool:
        return await self.s.scalar(select(GroupDepartureRow.left_at).where(
            GroupDepartureRow.chat_id == chat_id,
            GroupDepartureRow.tg_user_id == tg_user_id)) is not None
