"""The demo's people, chats and QR posters, set up through the bot as a real office would."""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass, field
from datetime import datetime

from bot.demo.data import NEW_OWNER, PEOPLE, DemoCodes
from domain import registry
from domain.model import Estate
from sandbox.driver import Chat, Driver, User
from store.uow import SqlUnitOfWork

STAFF = [  # (name, language, code key)
    ("周經理 Manager Chow", "zh-hant", "manager"),
    ("林小姐 Desk Lam", "zh-hant", "desk"),
    ("何主管 Supervisor Ho", "zh-hant", "supervisor"),
    ("陳保安 Guard Chan", "zh-hant", "security"),
    ("張師傅 Plumber Cheung", "zh-hant", "crew:plumbing"),
    ("黃師傅 Plumber Wong", "zh-hant", "crew:plumbing+"),
    ("Raj Electrician", "en", "crew:electrical"),
]
RESIDENTS = [("陳大文 Chan Tai Man", "zh-hant", "A-12B"), ("Mary Wong", "en", "A-3A"),
             ("李小明 Lee Siu Ming", "zh-hans", "B-1C"),
             ("吳詠詩 Ng Wing Sze", "zh-hant", "A-15C")]  # the new owner, before move-in
GROUPS = [  # (title, group code key, members by staff index)
    ("客戶服務 Desk", "desk", [0, 1]),
    ("經理 Managers", "managers", [0]),
    ("水喉維修組 Plumbing crew", "crew:plumbing", [0, 1, 4, 5]),
    ("電力維修組 Electrical crew", "crew:electrical", [0, 1, 6]),
    ("綜合維修組 General crew", "crew:general", [0, 1, 4, 6]),
    ("設備主管 Supervisors", "supervisors", [0, 2]),
    ("保安 Security", "security", [0, 3]),
]
POSTERS = [("unit", "A-12B"), ("unit", "A-3A"), ("unit", "B-1C"),
           ("equipment", "A座2號升降機 Lift 2, Block A")]
PHONES = {f"{b}-{u}": phone for b, u, _, _, phone in [*PEOPLE, NEW_OWNER]}


@dataclass
class Cast:
    """The demo's Telegram accounts and groups, in the order of STAFF, RESIDENTS and GROUPS."""

    staff: list[User] = field(default_factory=list)
    residents: list[User] = field(default_factory=list)
    groups: list[Chat] = field(default_factory=list)

    def staff_by_key(self, key: str) -> User:
        return self.staff[[k for _, _, k in STAFF].index(key)]

    def group_by_key(self, key: str) -> Chat:
        return self.groups[[k for _, k, _ in GROUPS].index(key)]

    def resident_of(self, lang: str) -> tuple[User, str]:
        """The resident who speaks this language (the first one otherwise), with their unit."""
        for user, (_, code, unit) in zip(self.residents, RESIDENTS, strict=True):
            if code == lang.lower():
                return user, unit
        return self.residents[0], RESIDENTS[0][2]


@dataclass(frozen=True)
class Poster:
    """A repair QR code as the office would print it on a unit door or on equipment."""

    key: str
    kind: str      # "unit" or "equipment"
    target: str
    payload: str   # the start parameter: repair_<token>


async def make_posters(uow: SqlUnitOfWork, estate: Estate, now: datetime) -> list[Poster]:
    """Repair links for a few units and one lift, as `propdesk admin qr` makes them."""
    out = []
    for n, (kind, target) in enumerate(POSTERS):
        token = await registry.create_repair_link(
            uow, estate, now=now, token=secrets.token_urlsafe(9),
            unit_label=target if kind == "unit" else None,
            equipment=target if kind == "equipment" else None)
        out.append(Poster(f"{kind}-{n}", kind, target, f"repair_{token}"))
    return out


async def _join(d: Driver, user: User, code: str, expect: str) -> None:
    await d.send(user, f"/start {code}")
    await d.wait_for(user, contains=expect, timeout=30)


async def _link(d: Driver, manager: User, group: Chat, code: str, expect: str) -> None:
    await d.add_bot(group, by=manager)
    await d.send(manager, f"/link {code}", chat=group)
    await d.wait_for(group, contains=expect, timeout=30)


async def set_up_cast(d: Driver, codes: DemoCodes) -> Cast:
    """Everyone joins through the bot, exactly as a real office would (side by side)."""
    cast = Cast()
    estate = codes.estate.name.split()[0]
    for name, lang, _ in STAFF:  # accounts one by one, so their ids are always the same
        cast.staff.append(await d.user(name, language_code=lang))
    await asyncio.gather(*(_join(d, user, codes.staff[key], estate)
                           for user, (_, _, key) in zip(cast.staff, STAFF, strict=True)))
    manager = cast.staff[0]
    for title, _, members in GROUPS:
        cast.groups.append(await d.group(title, [cast.staff[i] for i in members]))
    await asyncio.gather(*(_link(d, manager, group, codes.groups[key], estate)
                           for group, (_, key, _) in zip(cast.groups, GROUPS, strict=True)))
    for name, lang, unit in RESIDENTS:
        cast.residents.append(await d.user(name, language_code=lang,
                                           phone_number=PHONES.get(unit)))
    await asyncio.gather(*(_join(d, user, codes.residents[unit], unit)
                           for user, (_, _, unit) in zip(cast.residents, RESIDENTS, strict=True)))
    return cast
