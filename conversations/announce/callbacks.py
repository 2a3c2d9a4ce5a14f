"""Announcement buttons: ids only, range-checked (bot/ui/callbacks.py)."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData

from bot.ui.callbacks import Id


class AnnounceFormCb(CallbackData, prefix="anf1"):
    """Steps of writing one."""

    op: str  # mode | photos | scope | reach | urgent | when | edit | confirm | cancel
    value: str = ""


class AnnounceCb(CallbackData, prefix="an1"):
    """A resident's "Read" under an announcement; the staff's "Remind unread"."""

    op: str  # read | remind
    id: Id
