"""Turning domain events into outbox messages, one module per feature."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from bot.i18n import Translator
from bot.notices import (
    announcements,
    closure,
    complaint_routing,
    complaints,
    custody,
    delivery,
    handover,
    ladder,
    move_in,
    onboarding,
    registry,
    renovation,
    renovation_site,
    repair,
    reports_month,
    routine,
    spot_checks,
    surveys,
)
from bot.notices.base import Notices
from bot.settings import Settings
from domain.events import Event
from store.uow import Publisher, SqlUnitOfWork

Renderer = Callable[[Notices, Any], Awaitable[None]]


def _merge(*tables: dict[type, Renderer]) -> dict[type[Event], list[Renderer]]:
    """Several features may render one event (e.g. DeadlineReached for their own ticket
    kind; each renderer skips tickets of other kinds)."""
    merged: dict[type[Event], list[Renderer]] = {}
    for table in tables:
        for event_type, renderer in table.items():
            merged.setdefault(event_type, []).append(renderer)
    return merged


RENDERERS = _merge(onboarding.RENDERERS, repair.RENDERERS, renovation.RENDERERS,
                   renovation_site.RENDERERS, surveys.RENDERERS, complaints.RENDERERS,
                   delivery.RENDERERS, complaint_routing.RENDERERS, registry.RENDERERS,
                   ladder.RENDERERS, closure.RENDERERS, handover.RENDERERS,
                   custody.RENDERERS, spot_checks.RENDERERS,
                   reports_month.RENDERERS, move_in.RENDERERS, announcements.RENDERERS,
                   routine.RENDERERS)


def make_publisher(tr: Translator, settings: Settings,
                   now_fn: Callable[[], Any]) -> Publisher:
    """The function the unit of work calls for each recorded event, before it commits."""

    async def publish(uow: SqlUnitOfWork, event: Event) -> None:
        for renderer in RENDERERS.get(type(event), ()):
            await renderer(Notices(uow, tr, settings, now_fn()), event)

    return publish
