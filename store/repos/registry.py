"""Repositories of the registry: rows in, domain objects out; they never commit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.model import (
    Building,
    Code,
    CodeKind,
    Estate,
    Group,
    GroupPurpose,
    GroupStatus,
    LinkRequest,
    LinkStatus,
    Locale,
    Person,
    Relation,
    Tenure,
    TenureRecord,
    Trade,
    Unit,
)
from domain.ports import UnitAttrs
from store.repos.search import index_person
from store.tables.base import table
from store.tables.registry import (
    BuildingRow,
    CodeRow,
    EstateRow,
    GroupRow,
    HolidayRow,
    LinkRequestRow,
    PersonRow,
    StaffRow,
    TenureRow,
    UnitRow,
)

# The reads made for every update (who is acting, their estate's calendar) are Core statements
# on the tables, built once: SQLAlchemy reuses their compiled form and skips the ORM.
_P, _S, _T, _U, _B = (table(m) for m in (PersonRow, StaffRow, TenureRow, UnitRow, BuildingRow))
_E, _H = table(EstateRow), table(HolidayRow)
_UNIT_COLS = (_U.c.id.label("unit_id"), _U.c.estate_id, _U.c.building_id, _U.c.number,
              _U.c.occupied, _B.c.code)
_ESTATE = select(_E.c.id, _E.c.code, _E.c.name, _E.c.tz, _E.c.hours, _E.c.locale,
                 _E.c.settings).where(_E.c.id == bindparam("id"))
_HOLIDAY_DAYS = select(_H.c.day).where(_H.c.estate_id == bindparam("id"))
_UNIT = select(*_UNIT_COLS).join(_B, _B.c.id == _U.c.building_id).where(
    _U.c.id == bindparam("id"))
_PERSON_BY_TG = select(_P.c.id, _P.c.tg_user_id, _P.c.name, _P.c.locale, _P.c.phone,
                       _P.c.blocked).where(_P.c.tg_user_id == bindparam("tg"))
_STAFF_OF = (select(_S.c.person_id, _S.c.estate_id, _S.c.role, _S.c.trade)
             .where(_S.c.person_id == bindparam("id"), _S.c.active.is_(True))
             .order_by(_S.c.id))
_TENURES_OF = (select(_T.c.id, _T.c.person_id, _T.c.relation, *_UNIT_COLS)
               .join(_U, _U.c.id == _T.c.unit_id).join(_B, _B.c.id == _U.c.building_id)
               .where(_T.c.person_id == bindparam("id"), _T.c.ended_on.is_(None))
               .order_by(_T.c.id))


def _unit_of(row: Any) -> Unit:
    """A Unit from a row holding `_UNIT_COLS`."""
    return Unit(row.unit_id, row.estate_id, row.building_id, row.code, row.number, row.occupied)


def _now() -> datetime:
    # Only for bookkeeping columns (created_at); rules take time from the injected clock.
    return datetime.now(UTC)


class Repo:
    def __init__(self, session: AsyncSession) -> None:
        self.s = session


class SqlEstates(Repo):
    async def _to_domain(self, row: Any) -> Estate:
        days = await self.s.scalars(_HOLIDAY_DAYS, {"id": row.id})
        settings = dict(row.settings or {})
        settings.setdefault("locale", row.locale)
        return Estate(row.id, row.code, row.name, row.tz, row.hours, frozenset(days), settings)

    async def add(self, code: str, name: str, tz: str, hours: str, locale: Locale,
                  settings: dict[str, Any]) -> Estate:
        row = EstateRow(code=code, name=name, tz=tz, hours=hours, locale=locale.value,
                        settings=settings, created_at=_now())
        self.s.add(row)
        await self.s.flush()
        return await self._to_domain(row)

    async def get(self, estate_id: int) -> Estate | None:
        row = (await self.s.execute(_ESTATE, {"id": estate_id})).first()
        return await self._to_domain(row) if row else None

    async def by_code(self, code: str) -> Estate | None:
        row = await self.s.scalar(select(EstateRow).where(
            func.lower(EstateRow.code) == code.lower()))
        return await self._to_domain(row) if row else None

    async def all(self) -> list[Estate]:
        rows = await self.s.scalars(select(EstateRow).order_by(EstateRow.id))
        return [await self._to_domain(r) for r in rows]

    async def update(self, estate_id: int, *, name: str | None = None, tz: str | None = None,
                     hours: str | None = None, settings: dict[str, Any] | None = None) -> None:
        values: dict[str, Any] = {}
        if name is not None:
            values["name"] = name
        if tz is not None:
            values["tz"] = tz
        if hours is not None:
            values["hours"] = hours
        if settings is not None:
            values["settings"] = settings
        if values:
            await self.s.execute(update(EstateRow).where(EstateRow.id == estate_id).values(values))

    async def add_holiday(self, estate_id: int, day: date, name: str) -> bool:
        exists = await self.s.scalar(select(HolidayRow.id).where(
            HolidayRow.estate_id == estate_id, HolidayRow.day == day))
        if exists:
            return False
        self.s.add(HolidayRow(estate_id=estate_id, day=day, name=name))
        await self.s.flush()
        return True

    async def remove_holiday(self, estate_id: int, day: date) -> bool:
        row = await self.s.scalar(select(HolidayRow).where(
            HolidayRow.estate_id == estate_id, HolidayRow.day == day))
        if row is None:
            return False
        await self.s.delete(row)
        await self.s.flush()
        return True

    async def holidays(self, estate_id: int) -> list[tuple[date, str]]:
        rows = await self.s.execute(select(HolidayRow.day, HolidayRow.name).where(
            HolidayRow.estate_id == estate_id).order_by(HolidayRow.day))
        return [(d, n) for d, n in rows]


def _unit(row: UnitRow, building_code: str) -> Unit:
    return Unit(row.id, row.estate_id, row.building_id, building_code, row.number, row.occupied)


class SqlUnits(Repo):
    async def upsert_building(self, estate_id: int, code: str, name: str) -> Building:
        row = await self.s.scalar(select(BuildingRow).where(
            BuildingRow.estate_id == estate_id, BuildingRow.code == code))
        if row is None:
            row = BuildingRow(estate_id=estate_id, code=code, name=name)
            self.s.add(row)
            await self.s.flush()
        elif name and row.name != name:
            row.name = name
        return Building(row.id, row.estate_id, row.code, row.name)

    async def buildings(self, estate_id: int) -> list[Building]:
        rows = await self.s.scalars(select(BuildingRow).where(
            BuildingRow.estate_id == estate_id).order_by(BuildingRow.code))
        return [Building(r.id, r.estate_id, r.code, r.name) for r in rows]

    async def upsert_unit(self, building: Building, number: str, attrs: UnitAttrs) -> Unit:
        row = await self.s.scalar(select(UnitRow).where(
            UnitRow.building_id == building.id, UnitRow.number == number))
        values = {k: getattr(attrs, k) for k in (
            "floor", "unit_type", "usable_area", "built_area", "land_area", "use", "facilities",
            "parking", "occupied")}
        if row is None:
            row = UnitRow(estate_id=building.estate_id, building_id=building.id, number=number,
                          **values)
            self.s.add(row)
        else:
            for k, v in values.items():
                setattr(row, k, v)
        await self.s.flush()
        return _unit(row, building.code)

    async def get(self, unit_id: int) -> Unit | None:
        found = (await self.s.execute(_UNIT, {"id": unit_id})).first()
        return _unit_of(found) if found else None

    async def find(self, estate_id: int, building_code: str, number: str) -> Unit | None:
        found = (await self.s.execute(
            select(UnitRow, BuildingRow.code)
            .join(BuildingRow, BuildingRow.id == UnitRow.building_id)
            .where(BuildingRow.estate_id == estate_id,
                   func.upper(BuildingRow.code) == building_code.upper(),
                   func.upper(UnitRow.number) == number.upper()))).first()
        return _unit(found[0], found[1]) if found else None

    async def in_building(self, building_id: int) -> list[Unit]:
        rows = await self.s.execute(
            select(UnitRow, BuildingRow.code)
            .join(BuildingRow, BuildingRow.id == UnitRow.building_id)
            .where(UnitRow.building_id == building_id).order_by(UnitRow.number))
        return [_unit(r, c) for r, c in rows]

    async def count(self, estate_id: int) -> int:
        return int(await self.s.scalar(select(func.count()).select_from(UnitRow).where(
            UnitRow.estate_id == estate_id)) or 0)


def _person(row: Any) -> Person:
    return Person(row.id, row.tg_user_id, row.name, Locale(row.locale), row.phone, row.blocked)


class SqlPeople(Repo):
    async def get(self, person_id: int) -> Person | None:
        row = await self.s.get(PersonRow, person_id)
        return _person(row) if row else None

    async def by_tg(self, tg_user_id: int) -> Person | None:
        row = (await self.s.execute(_PERSON_BY_TG, {"tg": tg_user_id})).first()
        return _person(row) if row else None

    async def add(self, name: str, locale: Locale, *, tg_user_id: int | None = None,
                  phone: str | None = None) -> Person:
        row = PersonRow(name=name, locale=locale.value, tg_user_id=tg_user_id, phone=phone,
                        blocked=False, created_at=_now())
        self.s.add(row)
        await self.s.flush()
        await index_person(self.s, row.id)
        return _person(row)

    async def attach_tg(self, person_id: int, tg_user_id: int) -> bool:
        result = await self.s.execute(update(PersonRow).where(
            PersonRow.id == person_id, PersonRow.tg_user_id.is_(None)).values(
            tg_user_id=tg_user_id))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]

    async def set_locale(self, person_id: int, locale: Locale) -> None:
        await self.s.execute(update(PersonRow).where(PersonRow.id == person_id).values(
            locale=locale.value))

    async def set_blocked(self, tg_user_id: int, blocked: bool) -> None:
        await self.s.execute(update(PersonRow).where(PersonRow.tg_user_id == tg_user_id).values(
            blocked=blocked))

    async def find_in_unit(self, unit_id: int, name: str, relation: Relation) -> Person | None:
        row = await self.s.scalar(
            select(PersonRow).join(TenureRow, TenureRow.person_id == PersonRow.id).where(
                TenureRow.unit_id == unit_id, TenureRow.relation == relation.value,
                TenureRow.ended_on.is_(None), PersonRow.name == name).limit(1))
        return _person(row) if row else None


class SqlTenures(Repo):
    async def _tenure(self, row: TenureRow) -> Tenure:
        unit = await SqlUnits(self.s).get(row.unit_id)
        assert unit is not None
        return Tenure(row.id, row.person_id, unit, Relation(row.relation))

    async def add(self, person_id: int, unit_id: int, relation: Relation, since: date,
                  lease_start: date | None = None, lease_end: date | None = None) -> Tenure:
        row = TenureRow(person_id=person_id, unit_id=unit_id, relation=relation.value,
                        since=since, lease_start=lease_start, lease_end=lease_end)
        self.s.add(row)
        await self.s.flush()
        return await self._tenure(row)

    async def active_for_person(self, person_id: int) -> list[Tenure]:
        rows = await self.s.execute(_TENURES_OF, {"id": person_id})
        return [Tenure(r.id, r.person_id, _unit_of(r), Relation(r.relation)) for r in rows]

    async def active_for_unit(self, unit_id: int) -> list[tuple[Tenure, Person]]:
        rows = await self.s.execute(
            select(TenureRow, PersonRow).join(PersonRow, PersonRow.id == TenureRow.person_id)
            .where(TenureRow.unit_id == unit_id, TenureRow.ended_on.is_(None))
            .order_by(TenureRow.id))
        return [(await self._tenure(t), _person(p)) for t, p in rows]

    async def find_active(self, person_id: int, unit_id: int) -> Tenure | None:
        row = await self.s.scalar(select(TenureRow).where(
            TenureRow.person_id == person_id, TenureRow.unit_id == unit_id,
            TenureRow.ended_on.is_(None)))
        return await self._tenure(row) if row else None

    async def end(self, tenure_id: int, on: date, *, by: int | None = None,
                  reason: str | None = None) -> bool:
        """Compare-and-set: only a current link ends (once)."""
        result = await self.s.execute(update(TenureRow).where(
            TenureRow.id == tenure_id, TenureRow.ended_on.is_(None)).values(
            ended_on=on, ended_by=by, end_reason=reason))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]

    async def _records(self, where: Any) -> list[TenureRecord]:
        rows = await self.s.execute(
            select(TenureRow, PersonRow).join(PersonRow, PersonRow.id == TenureRow.person_id)
            .where(where).order_by(TenureRow.since.desc(), TenureRow.id.desc()))
        return [TenureRecord(await self._tenure(t), _person(p), t.since, t.ended_on,
                             t.end_reason, t.ended_by) for t, p in rows]

    async def get(self, tenure_id: int) -> TenureRecord | None:
        found = await self._records(TenureRow.id == tenure_id)
        return found[0] if found else None

    async def history_for_unit(self, unit_id: int) -> list[TenureRecord]:
        """Every link the unit ever had, newest first (current and ended)."""
        return await self._records(TenureRow.unit_id == unit_id)

    async def ended_for_person(self, person_id: int) -> list[TenureRecord]:
        return await self._records((TenureRow.person_id == person_id)
                                   & TenureRow.ended_on.is_not(None))


def _group(row: GroupRow) -> Group:
    return Group(row.chat_id, GroupStatus(row.status), row.estate_id,
                 GroupPurpose(row.purpose) if row.purpose else None,
                 Trade(row.trade) if row.trade else None, row.title, row.added_at)


class SqlGroups(Repo):
    async def get(self, chat_id: int) -> Group | None:
        row = await self.s.scalar(select(GroupRow).where(GroupRow.chat_id == chat_id))
        return _group(row) if row else None

    async def upsert_pending(self, chat_id: int, title: str, added_by: int,
                             now: datetime) -> Group:
        row = await self.s.scalar(select(GroupRow).where(GroupRow.chat_id == chat_id))
        if row is None:
            row = GroupRow(chat_id=chat_id, title=title, status=GroupStatus.PENDING.value,
                           added_by=added_by, added_at=now)
            self.s.add(row)
        else:
            row.title, row.added_by, row.added_at = title, added_by, now
            if row.status == GroupStatus.LEFT.value and row.estate_id is None:
                row.status = GroupStatus.PENDING.value
        await self.s.flush()
        return _group(row)

    async def transition(self, chat_id: int, expected: Sequence[GroupStatus], to: GroupStatus,
                         *, estate_id: int | None = None, purpose: GroupPurpose | None = None,
                         trade: Trade | None = None, now: datetime | None = None) -> bool:
        values: dict[str, Any] = {"status": to.value}
        if estate_id is not None:
            values.update(estate_id=estate_id, purpose=purpose.value if purpose else None,
                          trade=trade.value if trade else None, linked_at=now)
        if to is GroupStatus.LEFT:
            values["left_at"] = now
        result = await self.s.execute(update(GroupRow).where(
            GroupRow.chat_id == chat_id, GroupRow.status.in_([e.value for e in expected]))
            .values(values))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]

    async def find(self, estate_id: int, purpose: GroupPurpose,
                   trade: Trade | None = None) -> Group | None:
        query = select(GroupRow).where(GroupRow.estate_id == estate_id,
                                       GroupRow.purpose == purpose.value,
                                       GroupRow.status == GroupStatus.ACTIVE.value)
        query = query.where(GroupRow.trade == trade.value) if trade else query.where(
            GroupRow.trade.is_(None))
        row = await self.s.scalar(query.order_by(GroupRow.id.desc()).limit(1))
        return _group(row) if row else None

    async def stale_pending(self, before: datetime) -> list[Group]:
        rows = await self.s.scalars(select(GroupRow).where(
            GroupRow.status == GroupStatus.PENDING.value, GroupRow.added_at < before))
        return [_group(r) for r in rows]

    async def migrate(self, old_chat_id: int, new_chat_id: int) -> bool:
        if await self.s.scalar(select(GroupRow.id).where(GroupRow.chat_id == new_chat_id)):
            return False
        result = await self.s.execute(update(GroupRow).where(GroupRow.chat_id == old_chat_id)
                                      .values(chat_id=new_chat_id))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]

    async def active(self, estate_id: int | None = None) -> list[Group]:
        query = select(GroupRow).where(GroupRow.status == GroupStatus.ACTIVE.value)
        if estate_id is not None:
            query = query.where(GroupRow.estate_id == estate_id)
        return [_group(r) for r in await self.s.scalars(query.order_by(GroupRow.id))]


class SqlCodes(Repo):
    async def add(self, code_hash: str, kind: CodeKind, estate_id: int, payload: dict[str, Any],
                  expires_at: datetime, created_by: str) -> int:
        row = CodeRow(code_hash=code_hash, kind=kind.value, estate_id=estate_id, payload=payload,
                      created_by=created_by, created_at=_now(), expires_at=expires_at)
        self.s.add(row)
        await self.s.flush()
        return row.id

    async def by_hash(self, code_hash: str) -> Code | None:
        row = await self.s.scalar(select(CodeRow).where(CodeRow.code_hash == code_hash))
        if row is None:
            return None
        return Code(row.id, CodeKind(row.kind), row.estate_id, dict(row.payload), row.expires_at,
                    row.used_at)

    async def use(self, code_id: int, tg_user_id: int, now: datetime) -> bool:
        result = await self.s.execute(update(CodeRow).where(
            CodeRow.id == code_id, CodeRow.used_at.is_(None)).values(used_at=now,
                                                                     used_by=tg_user_id))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def _request(row: LinkRequestRow) -> LinkRequest:
    return LinkRequest(row.id, row.tg_user_id, row.person_id, row.estate_id, row.unit_id,
                       Relation(row.relation), row.name, row.phone, LinkStatus(row.status))


class SqlLinkRequests(Repo):
    async def add(self, tg_user_id: int, person_id: int, estate_id: int, unit_id: int,
                  relation: Relation, name: str, phone: str | None,
                  now: datetime) -> LinkRequest:
        row = LinkRequestRow(tg_user_id=tg_user_id, person_id=person_id, estate_id=estate_id,
                             unit_id=unit_id, relation=relation.value, name=name, phone=phone,
                             status=LinkStatus.PENDING.value, created_at=now)
        self.s.add(row)
        await self.s.flush()
        return _request(row)

    async def get(self, request_id: int) -> LinkRequest | None:
        row = await self.s.get(LinkRequestRow, request_id)
        return _request(row) if row else None

    async def pending_for(self, tg_user_id: int) -> list[LinkRequest]:
        rows = await self.s.scalars(select(LinkRequestRow).where(
            LinkRequestRow.tg_user_id == tg_user_id,
            LinkRequestRow.status == LinkStatus.PENDING.value))
        return [_request(r) for r in rows]

    async def decide(self, request_id: int, to: LinkStatus, by_person_id: int, reason: str | None,
                     now: datetime) -> bool:
        result = await self.s.execute(update(LinkRequestRow).where(
            LinkRequestRow.id == request_id,
            LinkRequestRow.status == LinkStatus.PENDING.value).values(
            status=to.value, decided_by=by_person_id, decided_at=now, reason=reason))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]
