"""Keyboards of the renovation feature (pure functions of data and language)."""

from __future__ import annotations

from typing import Any

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Translator
from bot.ui import keyboards
from bot.ui.keyboards import button, rows
from conversations.renovation.callbacks import (
    InspectionCb,
    OwnerCb,
    RectifiedCb,
    RenoCb,
    RenoFormCb,
    RenoWorkerCb,
)
from domain.model import Locale, Tenure
from domain.renovation.model import (
    RETURNED,
    REVIEW,
    Inspection,
    InspectionKind,
    Renovation,
    Worker,
    WorkerStatus,
)
from domain.tickets import Status, Ticket


def _form(tr: Translator, locale: Locale, key: str, op: str, value: str = "",
          **args: Any) -> InlineKeyboardButton:
    return button(tr(locale, key, **args), RenoFormCb(op=op, value=value).pack())


# ---------------------------------------------------------------- the owner's form


def units(tenures: list[Tenure]) -> InlineKeyboardMarkup:
    return rows(*(button(t.unit.label, RenoFormCb(op="unit", value=str(t.unit.id)).pack())
                  for t in tenures), width=3)


def works(kinds: tuple[str, ...], chosen: list[str], tr: Translator,
          locale: Locale) -> InlineKeyboardMarkup:
    ticks = [button(("✅ " if k in chosen else "▫️ ") + tr(locale, f"work-{k}"),
                    RenoFormCb(op="work", value=k).pack()) for k in kinds]
    markup = rows(*ticks, width=2)
    markup.inline_keyboard.append([_form(tr, locale, "btn-reno-next", "works")])
    return markup


def drawings_done(tr: Translator, locale: Locale,
                  drawings: tuple[tuple[str, str], ...] = ()) -> InlineKeyboardMarkup:
    """Remove one of the drawings sent (unique id, label), or go on."""
    markup = rows(*(button(f"✖ {label}", RenoFormCb(op="drawing", value=unique_id).pack())
                    for unique_id, label in drawings), width=1)
    markup.inline_keyboard.append([_form(tr, locale, "btn-reno-drawings-done", "drawings")])
    return markup


def workers(names: list[str], tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    """Remove a worker from the draft, add one, or go on."""
    removes = [button(f"✖ {name}", RenoFormCb(op="worker", value=f"rm-{i}").pack())
               for i, name in enumerate(names)]
    done = _form(tr, locale, "btn-reno-workers-done", "worker", "done") if names else \
        _form(tr, locale, "btn-reno-workers-later", "worker", "done")
    markup = rows(*removes, width=2)
    markup.inline_keyboard += [[_form(tr, locale, "btn-reno-worker-add", "worker", "add")],
                               [done]]
    return markup


def rules(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(_form(tr, locale, "btn-reno-accept", "rules"),
                _form(tr, locale, "btn-cancel", "cancel"), width=1)


EDITS = ("works", "description", "dates", "contractor", "drawings", "workers")


def preview(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    edits = [_form(tr, locale, f"btn-reno-edit-{f}", "edit", f) for f in EDITS]
    markup = rows(*edits, width=2)
    markup.inline_keyboard.append([_form(tr, locale, "btn-reno-submit", "confirm"),
                                   _form(tr, locale, "btn-cancel", "cancel")])
    return markup


def face_skip(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    """Under "a photo of the worker": go on without one."""
    return rows(_form(tr, locale, "btn-reno-face-skip", "face", "skip"))


def photos_done(tr: Translator, locale: Locale, count: int) -> InlineKeyboardMarkup:
    return keyboards.photos_done(RenoFormCb, tr, locale, count)


# ---------------------------------------------------------------- office cards


def _reno(tr: Translator, locale: Locale, key: str, op: str, ticket_id: int,
          card: str) -> InlineKeyboardButton:
    return button(tr(locale, key), RenoCb(op=op, id=ticket_id, s=card).pack())


def review_card(ticket: Ticket, tr: Translator, locale: Locale) -> InlineKeyboardMarkup | None:
    """Approve / reject / ask for more, and the files (ID cards only on desk and manager
    cards: the equipment supervisor does not see them)."""
    if ticket.status not in REVIEW:
        return None
    step = ticket.status.value
    buttons = [_reno(tr, locale, "btn-reno-approve", "ok", ticket.id, step),
               _reno(tr, locale, "btn-reno-reject", "no", ticket.id, step),
               _reno(tr, locale, "btn-reno-info", "info", ticket.id, step),
               _reno(tr, locale, "btn-reno-drawings", "draw", ticket.id, step)]
    if ticket.status is not Status.TECH_REVIEW:
        buttons.append(_reno(tr, locale, "btn-reno-ids", "ids", ticket.id, step))
    return rows(*buttons, width=3)


def payment_card(ticket: Ticket, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(_reno(tr, locale, "btn-reno-paid", "paid", ticket.id, "pay"),
                _reno(tr, locale, "btn-reno-unpaid", "unpaid", ticket.id, "pay"),
                _reno(tr, locale, "btn-reno-ids", "ids", ticket.id, "pay"), width=2)


def settle_card(ticket: Ticket, app: Renovation, tr: Translator,
                locale: Locale) -> InlineKeyboardMarkup | None:
    buttons = []
    if app.passes_returned_at is None:
        buttons.append(_reno(tr, locale, "btn-reno-returned", "returned", ticket.id, "settle"))
    if app.deposit_settled_at is None:
        buttons.append(_reno(tr, locale, "btn-reno-settled", "settled", ticket.id, "settle"))
    return rows(*buttons, width=1) if buttons else None


def worker_card(ticket_id: int, worker: Worker, tr: Translator,
                locale: Locale) -> InlineKeyboardMarkup:
    buttons = [button(tr(locale, "btn-reno-approve"),
                      RenoWorkerCb(op="ok", id=ticket_id, w=worker.id).pack()),
               button(tr(locale, "btn-reno-reject"),
                      RenoWorkerCb(op="no", id=ticket_id, w=worker.id).pack())]
    if worker.status is WorkerStatus.PENDING_ADD:
        buttons.append(button(tr(locale, "btn-reno-ids"),
                              RenoWorkerCb(op="ids", id=ticket_id, w=worker.id).pack()))
    return rows(*buttons, width=2)


INSPECTION_BUTTONS = {
    InspectionKind.ROUTINE: ("btn-reno-insp-ok", "btn-reno-insp-bad"),
    InspectionKind.FOLLOWUP: ("btn-reno-followup-ok", "btn-reno-followup-bad"),
    InspectionKind.FINAL: ("btn-reno-final-ok", "btn-reno-final-bad"),
}


def inspection_card(inspection: Inspection, tr: Translator, locale: Locale,
                    open_notices: tuple[tuple[int, str], ...] = ()) -> InlineKeyboardMarkup:
    """OK or a problem; on the final inspection first one button per open notice (id, V2)
    to confirm it rectified."""
    ok, bad = INSPECTION_BUTTONS[inspection.kind]
    markup = rows(*(button(tr(locale, "btn-reno-final-rectified", notice=short),
                           RectifiedCb(id=inspection.id, n=notice_id).pack())
                    for notice_id, short in open_notices), width=2)
    markup.inline_keyboard += rows(
        button(tr(locale, ok), InspectionCb(op="ok", id=inspection.id).pack()),
        button(tr(locale, bad), InspectionCb(op="bad", id=inspection.id).pack())).inline_keyboard
    return markup


# ---------------------------------------------------------------- the owner's buttons


def hub(items: list[tuple[int, str]], tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    """One button per application (id, label), then a new application."""
    markup = rows(*(button(label, OwnerCb(op="show", id=i).pack()) for i, label in items),
                  width=1)
    markup.inline_keyboard.append([button(tr(locale, "btn-reno-new"),
                                          OwnerCb(op="new").pack())])
    return markup


def owner_actions(ticket: Ticket, notices: int, tr: Translator,
                  locale: Locale) -> InlineKeyboardMarkup | None:
    """What the owner can do in the application's current status."""
    ops: list[tuple[str, str]] = []
    if ticket.status in RETURNED:
        ops.append(("fix", "btn-reno-fix"))
    if ticket.status in (Status.APPROVED, Status.WORKS):
        ops += [("add", "btn-reno-add-worker"), ("remove", "btn-reno-remove-worker")]
    if ticket.status is Status.WORKS:
        ops.append(("done", "btn-reno-done"))
    if notices:
        ops.append(("notices", "btn-reno-notices"))
    if ticket.is_open:
        ops.append(("contractor", "btn-reno-contractor"))
    if ticket.status in (*REVIEW, *RETURNED, Status.APPROVED):
        ops.append(("cancel", "btn-reno-cancel"))
    if not ops:
        return None
    return rows(*(button(tr(locale, key), OwnerCb(op=op, id=ticket.id).pack())
                  for op, key in ops), width=2)


def fix_button(ticket: Ticket, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "btn-reno-fix"), OwnerCb(op="fix", id=ticket.id).pack()))


def removable(ticket_id: int, items: list[Worker]) -> InlineKeyboardMarkup:
    return rows(*(button(w.name, OwnerCb(op="rmw", id=ticket_id, w=w.id).pack())
                  for w in items), width=2)
