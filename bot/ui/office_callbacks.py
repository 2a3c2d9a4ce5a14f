"""Callback data of the office's registry, staff and reassignment cards (issue 13)."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData

from bot.ui.callbacks import Id


class RegistryCb(CallbackData, prefix="rg1"):
    """A unit's links card: end a link (asked, then confirmed), confirm or drop a sale."""

    op: str  # end | endok | back | sale | nosale
    id: Id  # tenure id (end, endok), unit id (back, sale, nosale)


class StaffCb(CallbackData, prefix="sf1"):
    """The /staff list: deactivate someone (asked, then confirmed) or issue a new code."""

    op: str  # off | offok | back | code
    id: Id  # person id


class AssignCb(CallbackData, prefix="as1"):
    """The /assign card: to a named crew member, to another trade, or to oneself."""

    op: str  # person | trade | me
    id: Id  # ticket id
    v: Id  # the ticket's version the card showed (compare-and-set)
    arg: str = ""  # person id or trade
