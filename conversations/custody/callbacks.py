"""Custody buttons: ids only, range-checked (bot/ui/callbacks.py)."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData

from bot.ui.callbacks import Id


class CustodyFormCb(CallbackData, prefix="cuf1"):
    """Steps of the owner's custody request."""

    op: str  # unit | keys | edit | confirm | cancel
    value: str = ""


class MeterFormCb(CallbackData, prefix="cum1"):
    """Steps of a meter reading (water, electricity, their photos)."""

    op: str  # photos | edit | confirm | cancel
    value: str = ""


class CheckFormCb(CallbackData, prefix="cuc1"):
    """Steps of an outside check: each checklist item, a note, photos."""

    op: str  # item | skip | photos | edit | confirm | cancel
    value: str = ""


class CustodyCb(CallbackData, prefix="cu1"):
    """A custody card's buttons: the desk accepts or declines, the owner signs or confirms
    the keys back, the staff record a check."""

    op: str  # ok | no | sign | keys | check
    id: Id
