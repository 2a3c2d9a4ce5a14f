"""Outer middleware: loads who is acting from the database and builds `ctx` (injects only)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import Chat, TelegramObject, Update, User

from bot.context import Ctx, Outcome
from bot.i18n import Translator
from bot.runtime.postman import Postman
from bot.settings import Settings
from domain.clock import Clock
from domain.model import Actor, Locale
from store.uow import SqlUnitOfWork

# Telegram's stand-ins for anonymous group admins and channel posts: never a person.
ANONYMOUS_IDS = {1087968824, 777000, 136817688}


async def load_actor(uow: SqlUnitOfWork, user: User | None, anonymous: bool) -> Actor:
    if user is None:
        return Actor(tg_user_id=0, person=None)
    if anonymous or user.is_bot or user.id in ANONYMOUS_IDS:
        return Actor(tg_user_id=user.id, person=None)
    person = await uow.people.by_tg(user.id)
    if person is None:
        return Actor(tg_user_id=user.id, person=None)
    staff = tuple(await uow.staff.for_person(person.id))
    tenures = tuple(await uow.tenures.active_for_person(person.id))
    return Actor(user.id, person, staff, tenures)


def _is_anonymous(update: Update) -> bool:
    message = update.message or update.edited_message
    return bool(message and message.sender_chat)


class ContextMiddleware(BaseMiddleware):
    """Puts `actor` and `ctx` into the handler data."""

    def __init__(self, tr: Translator, settings: Settings, clock: Clock) -> None:
        self.tr = tr
        self.settings = settings
        self.clock = clock

    async def __call__(self, handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
                       event: TelegramObject, data: dict[str, Any]) -> Any:
        uow: SqlUnitOfWork = data["uow"]
        outcome: Outcome = data["outcome"]
        user: User | None = data.get("event_from_user")
        chat: Chat | None = data.get("event_chat")
        assert isinstance(event, Update)
        actor = await load_actor(uow, user, _is_anonymous(event))
        locale = actor.person.locale if actor.person else Locale.guess(
            user.language_code if user else None)
        now = self.clock.now()
        name = " ".join(p for p in (user.first_name, user.last_name) if p) if user else ""
        data["actor"] = actor
        data["ctx"] = Ctx(uow=uow, actor=actor, locale=locale, now=now,
                          chat_id=chat.id if chat else None, update_id=event.update_id,
                          tr=self.tr, postman=Postman(uow, self.tr, now), outcome=outcome,
                          settings=self.settings, clock=self.clock, display_name=name,
                          checked=data.get("checked") or {})
        return await handler(event, data)
