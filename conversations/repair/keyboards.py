"""Keyboards of the repair flow (pure functions of data and language)."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Translator
from bot.ui.callbacks import CallbackCb, FixCb, JobCb, RepairFormCb
from bot.ui.keyboards import button, rows
from domain.model import Locale, Tenure
from domain.repair import CallbackResult, Category
from domain.tickets import Status, Ticket


def categories(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(*(button(tr(locale, f"cat-{c.value}"), RepairFormCb(op="cat", value=c.value)
                         .pack()) for c in Category))


def places(tenures: tuple[Tenure, ...], tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    units = [button(t.unit.label, RepairFormCb(op="place", value=str(t.unit.id)).pack())
             for t in tenures]
    return rows(*units, button(tr(locale, "repair-common-area"),
                               RepairFormCb(op="place", value="common").pack()), width=2)



def urgency(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "urgency-normal"), RepairFormCb(op="urg", value="normal").pack()),
                button(tr(locale, "urgency-emergency"),
                       RepairFormCb(op="urg", value="emergency").pack()))



def preview(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    edits = [button(tr(locale, f"btn-edit-{f}"), RepairFormCb(op="edit", value=f).pack())
             for f in ("category", "place", "description", "photos", "urgency", "time")]
    return InlineKeyboardMarkup(inline_keyboard=[
        edits[0:2], edits[2:4], edits[4:6],
        [button(tr(locale, "btn-confirm"), RepairFormCb(op="confirm").pack()),
         button(tr(locale, "btn-cancel"), RepairFormCb(op="cancel").pack())]])


def _job(op: str, ticket: Ticket, tr: Translator, locale: Locale) -> InlineKeyboardButton:
    return button(tr(locale, f"btn-job-{op}"), JobCb(op=op, id=ticket.id).pack())


def job_card(ticket: Ticket, tr: Translator, locale: Locale) -> InlineKeyboardMarkup | None:
    """The work order's buttons follow its status."""
    s = ticket.status
    if s is Status.DISPATCHED:
        ops = ["take", "contact"]
    elif s is Status.REWORK:
        ops = ["ack", "contact"]
    elif s is Status.WAITING_PARTS:
        ops = ["site", "done", "back", "contact"]
    elif s in (Status.ACCEPTED, Status.ON_THE_WAY, Status.ON_SITE):
        steps = {Status.ACCEPTED: ["way", "site"], Status.ON_THE_WAY: ["site"],
                 Status.ON_SITE: []}[s]
        ops = [*steps, "parts", "done", "back", "contact"]
    else:
        return None
    return rows(*(_job(op, ticket, tr, locale) for op in ops), width=2)


def page(ticket: Ticket, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    """The on-call page: accept first (the resident's phone comes with the job)."""
    return rows(_job("take", ticket, tr, locale))


def callback_task(ticket: Ticket, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(*(button(tr(locale, f"btn-cb-{r.value}"), CallbackCb(op=r.value, id=ticket.id)
                         .pack()) for r in CallbackResult), width=1)


def fixed(ticket: Ticket, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "btn-fixed-yes"), FixCb(op="yes", id=ticket.id).pack()),
                button(tr(locale, "btn-fixed-no"), FixCb(op="no", id=ticket.id).pack()))


def stars(ticket: Ticket) -> InlineKeyboardMarkup:
    return rows(*(button("⭐" * n, FixCb(op="rate", id=ticket.id, value=n).pack())
                  for n in range(1, 6)), width=5)


def skip_comment(ticket_id: int, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "btn-skip"), FixCb(op="skip", id=ticket_id).pack()))
