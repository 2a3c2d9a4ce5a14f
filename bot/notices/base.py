"""Shared helpers for renderers: recipients, their language, the outbox writer."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.i18n import Translator
from bot.runtime.postman import Markup, Postman
from bot.settings import Settings
from domain.model import Group, GroupPurpose, Locale, Person, Trade
from store.uow import SqlUnitOfWork


class Notices:
    """What a renderer needs: the unit of work, the translator and an outbox writer."""

    def __init__(self, uow: SqlUnitOfWork, tr: Translator, settings: Settings,
                 now: datetime) -> None:
        self.uow = uow
        self.tr = tr
        self.settings = settings
        self.now = now
        self.post = Postman(uow, tr, now)

    async def person(self, person_id: int) -> Person | None:
        return await self.post.person(person_id)

    async def to_person(self, person_id: int, key: str, *, markup: Markup | None = None,
                        ref: str | None = None, **args: Any) -> bool:
        person = await self.person(person_id)
        if person is None or person.tg_user_id is None:
            return False
        await self.post.send(person.tg_user_id, self.tr(person.locale, key, **args),
                             markup=markup, ref=ref)
        return True

    async def group(self, estate_id: int, purpose: GroupPurpose,
                    trade: Trade | None = None) -> tuple[Group, Locale] | None:
        group = await self.uow.groups.find(estate_id, purpose, trade)
        if group is None:
            return None
        return group, await self.post.group_locale(group)

    async def to_group(self, estate_id: int, purpose: GroupPurpose, key: str, *,
                       trade: Trade | None = None, markup: Markup | None = None,
                       ref: str | None = None, **args: Any) -> bool:
        found = await self.group(estate_id, purpose, trade)
        if found is None:
            return False
        group, locale = found
        await self.post.send(group.chat_id, self.tr(locale, key, **args), markup=markup, ref=ref)
        return True
