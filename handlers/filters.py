"""Router filters by audience; authorisation of actions is re-checked in the use cases."""

from __future__ import annotations

from typing import Any

from aiogram.filters import BaseFilter
from aiogram.types import CallbackQuery, Message

from bot.middlewares import ANONYMOUS_IDS
from domain.errors import NotAuthorized
from domain.model import Actor, Group, GroupPurpose, GroupStatus
from store.uow import SqlUnitOfWork

PRIVATE = {"private"}
GROUPS = {"group", "supergroup"}


def chat_type(event: Message | CallbackQuery) -> str | None:
    if isinstance(event, CallbackQuery):
        return event.message.chat.type if event.message else None
    return event.chat.type


class InPrivate(BaseFilter):
    async def __call__(self, event: Message | CallbackQuery) -> bool:
        return chat_type(event) in PRIVATE


class InGroup(BaseFilter):
    async def __call__(self, event: Message | CallbackQuery) -> bool:
        return chat_type(event) in GROUPS


class ActiveGroup(BaseFilter):
    """A registered staff group (optionally of given purposes); injects `group`."""

    def __init__(self, *purposes: GroupPurpose) -> None:
        self.purposes = set(purposes)

    async def __call__(self, event: Message | CallbackQuery,
                       uow: SqlUnitOfWork) -> bool | dict[str, Any]:
        if chat_type(event) not in GROUPS:
            return False
        chat = event.message.chat if isinstance(event, CallbackQuery) and event.message else (
            event.chat if isinstance(event, Message) else None)
        if chat is None:
            return False
        group = await uow.groups.get(chat.id)
        if group is None or group.status is not GroupStatus.ACTIVE:
            return False
        if self.purposes and group.purpose not in self.purposes:
            return False
        if event.from_user and await uow.departures.has_left(chat.id, event.from_user.id):
            return False  # left the group: no power in it until added back
        return {"group": group}


async def pressed_on(uow: SqlUnitOfWork, query: CallbackQuery, *refs: str) -> bool:
    """True when the pressed button sits on the message that shows one of these cards.

    A button counts from the moment the person can see it. While a card's send is in flight
    (shown in the chat, its answer and so its message id not recorded yet, for milliseconds
    or, behind a slow upload, seconds), a press counts when it comes from that chat and from
    a message newer than every message recorded there: message ids only grow within a chat,
    so that is the card on its way, never an older card (docs/decisions.md)."""
    if query.message is None:
        return False
    here = (query.message.chat.id, query.message.message_id)
    if await uow.departures.has_left(here[0], query.from_user.id):
        return False
    for ref in refs:
        where = await uow.outbox.ref(ref)
        if where == here:
            return True
        if await uow.outbox.in_flight(ref) == here[0] and \
                here[1] > max(await uow.outbox.last_recorded(here[0]),
                              where[1] if where and where[0] == here[0] else 0):
            return True
    return False


class IsResident(BaseFilter):
    async def __call__(self, event: Any, actor: Actor) -> bool:
        return actor.is_resident


class IsStaff(BaseFilter):
    async def __call__(self, event: Any, actor: Actor) -> bool:
        return actor.is_staff


def is_anonymous(message: Message) -> bool:
    """Written as the group or a channel (anonymous admin, linked channel), not as a person."""
    user = message.from_user
    return message.sender_chat is not None or user is None or user.is_bot \
        or user.id in ANONYMOUS_IDS


class Anonymous(BaseFilter):
    async def __call__(self, event: Message) -> bool:
        return is_anonymous(event)


def require_staff_here(actor: Actor, group: Group) -> None:
    """A staff command in a group acts for the person who wrote it, never for the group: they
    must be staff of the group's estate."""
    if actor.person is None or not any(s.estate_id == group.estate_id for s in actor.staff):
        raise NotAuthorized()
