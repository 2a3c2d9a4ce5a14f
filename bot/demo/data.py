"""A demo estate: buildings, units, a few owners and tenants, and codes to join with."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from domain import registry
from domain.calendar import zone
from domain.custody.model import CustodyPolicy, CustodyStatus, ReadingKind
from domain.faq import Entry
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


# A new owner waiting for move-in (入伙): A-15C was bought from the developer; the owner links
# with the code the office gave at the sale and books a move-in slot with /movein.
NEW_OWNER = ("A", "15C", "owner", "吳詠詩", "+85294567890")


async def seed_new_owner(uow: SqlUnitOfWork, codes: DemoCodes, now: datetime) -> None:
    """The code the office issued with the developer's sale documents (not linked yet)."""
    b, u, relation, name, _ = NEW_OWNER
    codes.residents[f"{b}-{u}"] = await registry.issue_code(
        uow, kind=CodeKind.RESIDENT, estate=codes.estate, now=now, created_by="demo", pepper="",
        days=30, unit_label=f"{b}-{u}", relation=Relation(relation), name=name)


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


# The demo estate's answers to residents' questions (常見問題), as its desk would keep them.
FAQ = [
    ("office-hours",
     ("管理處幾點開門", "管理處幾點關門", "管理處辦公時間", "管理處星期日開唔開",
      "when does the management office open", "office hours", "what time does the office close"),
     {"zh-Hant": "管理處服務時間：星期一至五 08:30–18:00，星期六、日 09:00–17:00（公眾假期休息）。"
                 "緊急維修 24 小時可用 /repair 報告。",
      "zh-Hans": "管理处服务时间：星期一至五 08:30–18:00，星期六、日 09:00–17:00（公众假期休息）。"
                 "紧急维修 24 小时可用 /repair 报告。",
      "en": "The management office is open Mon–Fri 08:30–18:00 and Sat–Sun 09:00–17:00 "
            "(closed on public holidays). Emergency repairs can be reported any time with "
            "/repair."}),
    ("clubhouse",
     ("會所幾點開門", "會所幾點關門", "會所開放時間", "泳池開放時間", "clubhouse opening hours",
      "when does the clubhouse close", "swimming pool hours"),
     {"zh-Hant": "會所每日 07:00–22:00 開放；泳池 4 月至 10 月 07:00–21:00。住戶憑住戶證進入。",
      "zh-Hans": "会所每日 07:00–22:00 开放；泳池 4 月至 10 月 07:00–21:00。住户凭住户证进入。",
      "en": "The clubhouse is open daily 07:00–22:00; the pool from April to October, "
            "07:00–21:00. Show your resident card at the door."}),
    ("mtr",
     ("最近的地鐵站", "最近的港鐵站", "點去港鐵站", "nearest MTR station", "how to get to the MTR"),
     {"zh-Hant": "最近的港鐵站是海景站 B 出口，由 A 座大堂步行約 5 分鐘；"
                 "屋苑穿梭巴士每 15 分鐘一班。",
      "zh-Hans": "最近的港铁站是海景站 B 出口，由 A 座大堂步行约 5 分钟；"
                 "屋苑穿梭巴士每 15 分钟一班。",
      "en": "The nearest MTR station is Harbour View, exit B, about 5 minutes' walk from "
            "Block A's lobby; the estate shuttle bus runs every 15 minutes."}),
    ("management-fee",
     ("管理費", "管理費幾錢一呎", "管理費收費標準", "管理費點交", "management fee",
      "management fee per square foot",
      "how much is the management fee", "how to pay the management fee"),
     {"zh-Hant": "管理費為每平方呎（實用面積）HK$3.2，每月 1 日前繳交；可用銀行自動轉賬、"
                 "轉數快或到管理處繳付。",
      "zh-Hans": "管理费为每平方呎（实用面积）HK$3.2，每月 1 日前缴交；可用银行自动转账、"
                 "转数快或到管理处缴付。",
      "en": "The management fee is HK$3.2 per square foot of saleable area, due by the 1st of "
            "each month; pay by bank autopay, FPS or at the office."}),
    ("parcel",
     ("可以代收包裹嗎", "管理處代收速遞", "包裹", "parcel collection",
      "can the office receive a parcel"),
     {"zh-Hant": "大堂保安可代收包裹，請在大堂登記簿簽收；貴重或需冷藏的物品恕不代收。",
      "zh-Hans": "大堂保安可代收包裹，请在大堂登记簿签收；贵重或需冷藏的物品恕不代收。",
      "en": "Security at the lobby can receive parcels for you; sign for them in the lobby "
            "book. Valuables and chilled goods cannot be held."}),
    ("renovation",
     ("裝修要申請嗎", "點樣申請裝修", "裝修時間", "how to apply for renovation",
      "renovation hours"),
     {"zh-Hant": "裝修前須申請：輸入 /renovate 填表，管理處 2 個工作天內審批。"
                 "裝修時間：星期一至六 09:00–18:00，星期日及公眾假期不准施工。",
      "zh-Hans": "装修前须申请：输入 /renovate 填表，管理处 2 个工作天内审批。"
                 "装修时间：星期一至六 09:00–18:00，星期日及公众假期不准施工。",
      "en": "Apply before you renovate: type /renovate; the office reviews it within 2 "
            "working days. Works are allowed Mon–Sat 09:00–18:00, never on Sundays or "
            "public holidays."}),
]


async def seed_faq(uow: SqlUnitOfWork, estate: Estate, now: datetime) -> None:
    """The estate's answers to the questions residents ask most."""
    await uow.faq.replace(estate.id, [Entry(key, questions, answers)
                                      for key, questions, answers in FAQ], now)
