"""Keyboards of complaints and of the satisfaction question (pure functions of data)."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Translator
from bot.ui.callbacks import ComplaintCb, ComplaintFormCb, ComplaintResidentCb, SatisfactionCb
from bot.ui.keyboards import button, rows
from domain.complaints.handling import ComplaintCategory, Department
from domain.model import Locale, Tenure
from domain.tickets import Status, Ticket

EDITABLE = ("category", "description", "photos", "callback")


def units(tenures: tuple[Tenure, ...]) -> InlineKeyboardMarkup:
    return rows(*(button(t.unit.label, ComplaintFormCb(op="unit", value=str(t.unit.id)).pack())
                  for t in tenures))


def categories(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(*(button(tr(locale, f"complaint-cat-{c.value}"),
                         ComplaintFormCb(op="cat", value=c.value).pack())
                  for c in ComplaintCategory))



def callback(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "complaint-btn-callback-yes"),
                       ComplaintFormCb(op="cb", value="yes").pack()),
                button(tr(locale, "complaint-btn-callback-no"),
                       ComplaintFormCb(op="cb", value="no").pack()))



def preview(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    edits = [button(tr(locale, f"complaint-btn-edit-{f}"),
                    ComplaintFormCb(op="edit", value=f).pack()) for f in EDITABLE]
    return InlineKeyboardMarkup(inline_keyboard=[
        edits[0:2], edits[2:4],
        [button(tr(locale, "btn-confirm"), ComplaintFormCb(op="confirm").pack()),
         button(tr(locale, "btn-cancel"), ComplaintFormCb(op="cancel").pack())]])


def _desk(op: str, t: Ticket, tr: Translator, locale: Locale) -> InlineKeyboardButton:
    return button(tr(locale, f"complaint-btn-{op}"), ComplaintCb(op=op, id=t.id).pack())


def desk_card(t: Ticket, tr: Translator, locale: Locale) -> InlineKeyboardMarkup | None:
    """The card's buttons follow the complaint's status; a closed one has none."""
    if not t.is_open:
        return None
    ops = ["take"] if t.status is Status.RECEIVED else []
    ops += ["depts", "reply", "link", "close"]
    if t.department:
        ops.append("tell")
    return rows(*(_desk(op, t, tr, locale) for op in ops), width=2)


def department_card(t: Ticket, tr: Translator, locale: Locale) -> InlineKeyboardMarkup | None:
    """The routed department's card: reply to the resident, or ask the desk."""
    if not t.is_open:
        return None
    return rows(*(_desk(op, t, tr, locale) for op in ("dreply", "dask")), width=2)


def departments(t: Ticket, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    items = [button(("✓ " if t.department == d.value else "") + tr(locale, f"dept-{d.value}"),
                    ComplaintCb(op="dept", id=t.id, value=d.value).pack()) for d in Department]
    return rows(*items, _desk("back", t, tr, locale), width=2)


def resident_reply(t: Ticket, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    """Under the office's reply: write back, satisfied (then stars), not satisfied."""
    return rows(*(button(tr(locale, f"complaint-btn-res-{op}"),
                         ComplaintResidentCb(op=op, id=t.id).pack())
                  for op in ("answer", "ok", "no")), width=1)


def stars(t: Ticket) -> InlineKeyboardMarkup:
    return rows(*(button("⭐" * n, ComplaintResidentCb(op="rate", id=t.id, value=n).pack())
                  for n in range(1, 6)), width=5)


def satisfaction(t: Ticket) -> InlineKeyboardMarkup:
    return rows(*(button(f"{n} " + "⭐" * n, SatisfactionCb(id=t.id, score=n).pack())
                  for n in range(1, 6)), width=5)
