"""Spot-check and action buttons: ids only, range-checked (bot/ui/callbacks.py)."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData

from bot.ui.callbacks import Id


class SpotCb(CallbackData, prefix="sp1"):
    """A check's card: the manager passes or fails it, opens an action on a failed one; the
    desk marks a returned move-in record corrected."""

    op: str  # pass | fail | action | fixed
    id: Id


class SpotFailCb(CallbackData, prefix="spf1"):
    """Steps of a failed check: the reason, photos (optional), preview."""

    op: str  # photos | edit | confirm | cancel
    value: str = ""


class ActionFormCb(CallbackData, prefix="caf1"):
    """Steps of a corrective action: source, cause, owner, deadline, description."""

    op: str  # source | cause | owner | edit | confirm | cancel
    value: str = ""


class ActionCloseCb(CallbackData, prefix="cac1"):
    """Steps of closing an action: the note, preview."""

    op: str  # edit | confirm | cancel
    value: str = ""


class ActionsCb(CallbackData, prefix="ca1"):
    """`/actions`: a page of the open actions (`id` the page), or close one (`id` it)."""

    op: str  # page | close
    id: Id
