"""Typed callback data of the renovation feature: ids only, versioned by prefix."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData

from bot.ui.callbacks import Id


class DateCb(CallbackData, prefix="dp1"):
    """The month-grid date picker: a day, another month, or a cell that does nothing."""

    op: str  # day | nav | noop
    value: str = ""  # 2026-12-01 | 2026-12


class RenoFormCb(CallbackData, prefix="rnf1"):
    """Steps of the application form: choices, done buttons, edit buttons, confirm."""

    op: str  # unit | work | works | drawings | worker | later | rules | edit | confirm | cancel
    value: str = ""


class RenoCb(CallbackData, prefix="rn1"):
    """An office button on an application's card; `s` names the card it sits on."""

    op: str  # ok | no | info | draw | ids | paid | unpaid | returned | settled
    id: Id
    s: str = ""


class RenoWorkerCb(CallbackData, prefix="rnw1"):
    """The desk's decision on a worker added or removed after approval."""

    op: str  # ok | no | ids
    id: Id
    w: Id


class InspectionCb(CallbackData, prefix="rni1"):
    """The site staff's result of an inspection round."""

    op: str  # ok | bad
    id: Id


class RectifiedCb(CallbackData, prefix="rnr1"):
    """On the final inspection card: the inspector found open notice `n` rectified."""

    id: Id  # the final inspection
    n: Id


class OwnerCb(CallbackData, prefix="rno1"):
    """The owner's buttons on their application (from /renovate and from notices)."""

    op: str  # show | fix | add | remove | rmw | done | cancel | notices | new | contractor
    id: Id = 0
    w: Id = 0
