"""The office closed now and reopened: the desk, the managers and every crew group hear it."""

from __future__ import annotations

from typing import Any

from bot.notices.base import Notices
from domain import events as ev
from domain.model import GroupPurpose, Trade


async def _tell(n: Notices, estate_id: int, key: str, reason: str) -> None:
    targets: list[tuple[GroupPurpose, Trade | None]] = [
        (GroupPurpose.DESK, None), (GroupPurpose.MANAGERS, None),
        *((GroupPurpose.CREW, trade) for trade in Trade)]
    seen: set[int] = set()
    for purpose, trade in targets:
        found = await n.group(estate_id, purpose, trade)
        if found is None or found[0].chat_id in seen:
            continue
        group, locale = found
        seen.add(group.chat_id)
        await n.post.send(group.chat_id, n.tr(locale, key,
                                              reason=n.tr(locale, f"closure-reason-{reason}")))


async def on_closed(n: Notices, e: ev.OfficeClosed) -> None:
    await _tell(n, e.estate_id, "office-closed-notice", e.reason)


async def on_reopened(n: Notices, e: ev.OfficeReopened) -> None:
    await _tell(n, e.estate_id, "office-reopened-notice", e.reason)


RENDERERS: dict[type, Any] = {ev.OfficeClosed: on_closed, ev.OfficeReopened: on_reopened}
