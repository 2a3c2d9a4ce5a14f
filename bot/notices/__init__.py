"""Turning domain events into outbox messages, one module per feature."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from bot.i18n import Translator
from bot.notices import complaints, onboarding, repair
from bot.notices.base import Notices
from bot.settings import Settings
from domain.events import Event
from store.uow import Publisher, SqlUnitOfWork

Renderer = Callable[[Notices, Any], Awaitable[None]]

RENDERERS: dict[type[Event], Renderer] = {**onboarding.RENDERERS, **repair.RENDERERS,
                                           **complaints.RENDERERS}


def make_publisher(tr: Translator, settings: Settings,
                   now_fn: Callable[[], Any]) -> Publisher:
    """The function the unit of work calls for each recorded event, before it commits."""

    async def publish(uow: SqlUnitOfWork, event: Event) -> None:
        renderer = RENDERERS.get(type(event))
        if renderer is not None:
            await renderer(Notices(uow, tr, settings, now_fn()), event)

    return publish
