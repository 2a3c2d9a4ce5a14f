"""A demo estate: buildings, units, a few owners and tenants, and codes to join with."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from domain import registry
from domain.calendar import zone
from domain.custody.model import CustodyPolicy, CustodyStatus, ReadingKind
from domain.model import CodeKind, Estate, GroupPurpose, Locale, Relation, StaffRole, Trade
from domain.renovation import review as renovation
from domain.survey import campaigns as surveys
from domain.survey.definition import Answers
from domain.survey.model import Quarter
from store.uow import SqlUnitOfWork

UNITS = [
    ("A", "Block A", "3A", "3"), ("A", "Block A", "12B", "12"), ("A", "Block A", "15C", "15"),
    ("B", "Block B", "1C", "1"), ("B", "Block B", "8A", "8"), ("B", "Block B", "20D", "20"),
]
PEOPLE = [
    ("A", "12B", "owner", "陳大文", "+85291234567"),
    ("A", "3A", "owner", "Mary Wong", "+85292345678"),
    ("B", "1C", "tenant", "李小明", "+85293456789"),
]
# What the office charges for renovation works (a management fee and a refundable deposit, in
# HK$), so a renovation application in the demo shows real amounts rather than HK$0.
RENOVATION = {"fee": 2000, "deposit": 10000}


@dataclass
class DemoCodes:
    estate: Estate
    staff: dict[str, str] = field(default_factory=dict)   # "manager", "desk", "crew:plumbing"...
    groups: dict[str, str] = field(default_factory=dict)  # "desk", "managers", "crew:plumbing"...
    residents: dict[str, str] = field(default_factory=dict)  # unit label -> code


STAFF = [(StaffRole.MANAGER, None), (StaffRole.DESK, None), (StaffRole.SUPERVISOR, None),
         (StaffRole.SECURITY, None), (StaffRole.CREW, Trade.PLUMBING),
         (StaffRole.CREW, Trade.ELECTRICAL), (StaffRole.CREW, Trade.PLUMBING)]
GROUPS = [(GroupPurpose.DESK, None), (GroupPurpose.MANAGERS, None),
          (GroupPurpose.SECURITY, None), (GroupPurpose.SUPERVISORS, None),
          (GroupPurpose.CREW, Trade.PLUMBING), (GroupPurpose.CREW, Trade.ELECTRICAL),
          (GroupPurpose.CREW, Trade.GENERAL)]


async def seed_demo(uow: SqlUnitOfWork, now: datetime, *, pepper: str = "", code: str = "HV",
                    name: str = "Harbour View 海景花園", tz: str = "Asia/Hong_Kong",
                    locale: Locale = Locale.ZH_HANT) -> DemoCodes:
    """Create the demo estate with its registry; returns fresh codes for every role."""
    estate = await registry.create_estate(uow, code=code, name=name, tz=tz, locale=locale,
                                          settings={"locale": locale.value})
    await renovation.configure(uow, estate, now, **RENOVATION)
    estate = await uow.estates.get(estate.id) or estate
    await registry.import_units(uow, estate, [
        (n, {"building": b, "building_name": bn, "unit": u, "floor": f, "occupied": "yes"})
        for n, (b, bn, u, f) in enumerate(UNITS, start=2)])
    await registry.import_people(uow, estate, [
        (n, {"building": b, "unit": u, "relation": r, "name": nm, "phone": ph})
        for n, (b, u, r, nm, ph) in enumerate(PEOPLE, start=2)], now.date())
    out = DemoCodes(estate)

    async def issue(**kw: object) -> str:
        return await registry.issue_code(uow, estate=estate, now=now, created_by="demo",
                                         pepper=pepper, days=30, **kw)  # type: ignore[arg-type]

    for role, trade in STAFF:
        key = f"{role.value}:{trade.value}" if trade else role.value
        while key in out.staff:
            key += "+"
        out.staff[key] = await issue(kind=CodeKind.STAFF, role=role, trade=trade)
    for purpose, trade in GROUPS:
        key = f"{purpose.value}:{trade.value}" if trade else purpose.value
        out.groups[key] = await issue(kind=CodeKind.GROUP, purpose=purpose, trade=trade)
    for b, u, r, nm, _ in PEOPLE:
        out.residents[f"{b}-{u}"] = await issue(kind=CodeKind.RESIDENT, unit_label=f"{b}-{u}",
                                                relation=Relation(r), name=nm)
    return out


# Last quarter's owner survey, carried over from paper (業主評議表): four of five households
# asked answered, so the demo's first summary has a trend and the year review a quarter more.
PAST_RATINGS = [
    {"desk": 4, "repairs": 2, "security": 5, "cleaning": 3, "greening": 4, "facilities": 4,
     "fees": 3, "community": 4},
    {"desk": 5, "repairs": 3, "security": 4, "cleaning": 2, "greening": 5, "facilities": 3,
     "fees": 4, "community": 5},
    {"desk": 4, "repairs": 1, "security": 4, "cleaning": 4, "greening": 4, "facilities": 5,
     "fees": 3, "community": 4},
    {"desk": 5, "repairs": 4, "security": 5, "cleaning": 3, "greening": 3, "facilities": 4,
     "fees": 4, "community": 3},
]
PAST_REASONS = [{"repairs": "repairs-slow"}, {"cleaning": "cleaning-schedule"},
                {"repairs": "repairs-parts"}, {}]


async def seed_past_quarter(uow: SqlUnitOfWork, estate: Estate, now: datetime) -> None:
    """The quarter before this one, as the office's paper survey recorded it."""
    local = now.astimezone(zone(estate.tz)).date()
    this = Quarter.of(local)
    past = Quarter.of(this.first_day - timedelta(days=1))
    answers = [Answers(ratings=dict(r), reasons=dict(c))
               for r, c in zip(PAST_RATINGS, PAST_REASONS, strict=True)]
    await surveys.record_past_quarter(uow, estate, past, answers, sampled=len(UNITS),
                                      asked=len(UNITS) - 1, now=now)


async def seed_custody(uow: SqlUnitOfWork, estate: Estate, now: datetime) -> None:
    """An absent owner in custody (託管): B-20D's owner left for London a week ago; the
    agreement is signed, the start readings taken, the first weekly check due tomorrow."""
    unit = await registry.find_unit_by_label(uow, estate.id, "B-20D")
    owner = await uow.people.add("Ho Ka Yan", Locale.EN, phone="+447700900123")
    since = now - timedelta(days=6)
    await uow.tenures.add(owner.id, unit.id, Relation.OWNER, since.date() - timedelta(days=900))
    policy = CustodyPolicy.of(estate)
    custody = await uow.custody.add(
        estate_id=estate.id, unit_id=unit.id, owner_id=owner.id, start_date=since.date(),
        end_date=since.date() + timedelta(days=120), contact="+44 7700 900123 (WhatsApp)",
        keys_held=True, fee_rate=policy.fee_rate, now=since - timedelta(days=2))
    await uow.custody.move(custody, CustodyStatus.ACTIVE, accepted_at=since - timedelta(days=1),
                           signed_at=since - timedelta(days=1), active_at=since,
                           next_check_at=since + timedelta(days=policy.check_days))
    await uow.custody.add_reading(custody.id, ReadingKind.START, 1523.4, 20871.0, since, None,
                                  None, None, False)
    await uow.audit.record(at=now, entity="custody", entity_id=str(custody.id),
                           action="demo-seeded")
