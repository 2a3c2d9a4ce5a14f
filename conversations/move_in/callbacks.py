"""Typed callback data of the move-in feature: ids only, versioned by prefix."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData

from bot.ui.callbacks import Id


class MoveInFormCb(CallbackData, prefix="mif1"):
    """The owner's booking form: unit, time, applicant, edit, confirm, cancel."""

    op: str
    value: str = ""


class MoveInOwnerCb(CallbackData, prefix="mio1"):
    """The owner's buttons on their move-in: send documents, confirm an agreement, keys,
    entrust an errand to the office."""

    op: str  # docs | agree | keys | errand
    id: Id
    v: str = ""


class MoveInDeskCb(CallbackData, prefix="mid1"):
    """An office button on a move-in card: a document accepted or returned (with a reason),
    the fee receipt, the inspection, the re-inspection, an errand done."""

    op: str  # ok | ret | fee | insp | re | dl | errand
    id: Id  # the document (ok, ret), the errand (errand) or the move-in
    v: str = ""


class InspectCb(CallbackData, prefix="mii1"):
    """The inspector's buttons in their private chat: a room's item with a defect, the rest
    of the room OK, the defect's category."""

    op: str  # item | rest | cat
    value: str = ""


class MoveInReceiptCb(CallbackData, prefix="mir1"):
    """The desk's receipt form in private: save, change, cancel."""

    op: str
    value: str = ""


class ErrandFormCb(CallbackData, prefix="mie1"):
    """The owner's errand form (委託代辦): the item, skip the note, edit, confirm, cancel."""

    op: str
    value: str = ""


class ErrandDoneCb(CallbackData, prefix="mied1"):
    """The desk's "done" note for an errand, asked in private: save, change, cancel."""

    op: str
    value: str = ""
