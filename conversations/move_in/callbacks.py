"""Typed callback data of the move-in feature: ids only, versioned by prefix."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData

from bot.ui.callbacks import Id


class MoveInFormCb(CallbackData, prefix="mif1"):
    """The owner's booking form: unit, time, applicant, edit, confirm, cancel."""

    op: str
    value: str = ""


class MoveInOwnerCb(CallbackData, prefix="mio1"):
    """The owner's buttons on their move-in: send documents, confirm an agreement, keys."""

    op: str  # docs | agree | keys
    id: Id
    v: str = ""


class MoveInDeskCb(CallbackData, prefix="mid1"):
    """An office button on a move-in card: a document accepted or returned (with a reason),
    the fee receipt, the inspection, the re-inspection."""

    op: str  # ok | ret | fee | insp | re | dl
    id: Id  # the document (ok, ret) or the move-in
    v: str = ""


class InspectCb(CallbackData, prefix="mii1"):
    """The inspector's buttons in their private chat: add a defect, no more defects, the
    defect's category and room."""

    op: str  # add | done | cat | room
    value: str = ""


class MoveInReceiptCb(CallbackData, prefix="mir1"):
    """The desk's receipt form in private: save, change, cancel."""

    op: str
    value: str = ""
