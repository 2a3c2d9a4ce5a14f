"""Typed callback data: ids only, versioned by prefix (bump it when a payload changes)."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class LangCb(CallbackData, prefix="lang1"):
    """Choose a language."""

    code: str


class StartCb(CallbackData, prefix="st1"):
    """Buttons of the welcome message for people not yet linked."""

    op: str  # code | request


class LinkFormCb(CallbackData, prefix="lf1"):
    """Steps of the link-request form (choices and edit buttons)."""

    op: str  # estate | rel | skip | edit | confirm | cancel
    value: str = ""


class LinkDecisionCb(CallbackData, prefix="ld1"):
    """Desk decision on a link request."""

    op: str  # ok | no
    id: int
