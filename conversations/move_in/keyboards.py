"""Buttons of the move-in feature."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from aiogram.types import InlineKeyboardMarkup

from bot.i18n import Translator
from bot.ui.keyboards import button
from conversations.move_in.callbacks import (
    ErrandDoneCb,
    ErrandFormCb,
    InspectCb,
    MoveInDeskCb,
    MoveInFormCb,
    MoveInOwnerCb,
)
from domain.model import Locale
from domain.move_in.model import AGREEMENTS, DEFECT_CATEGORIES, RETURN_REASONS, Applicant


def _markup(rows: list[list[tuple[str, str]]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[button(t, d) for t, d in row]
                                                 for row in rows])


def units(labels: Sequence[tuple[int, str]]) -> InlineKeyboardMarkup:
    return _markup([[(label, MoveInFormCb(op="unit", value=str(uid)).pack())]
                    for uid, label in labels])


def times(slots: Sequence[time]) -> InlineKeyboardMarkup:
    return _markup([[(f"{t:%H:%M}", MoveInFormCb(op="time", value=f"{t:%H%M}").pack())
                     for t in slots]])


def applicants(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _markup([[(tr(locale, f"movein-applicant-{a.value}"),
                      MoveInFormCb(op="applicant", value=a.value).pack())] for a in Applicant])


def preview(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _markup([
        [(tr(locale, "btn-movein-book"), MoveInFormCb(op="confirm").pack())],
        [(tr(locale, "btn-movein-edit-day"), MoveInFormCb(op="edit", value="day").pack()),
         (tr(locale, "btn-movein-edit-applicant"),
          MoveInFormCb(op="edit", value="applicant").pack())],
        [(tr(locale, "btn-cancel"), MoveInFormCb(op="cancel").pack())]])


def send_documents(move_in_id: int, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _markup([[(tr(locale, "btn-movein-docs"),
                      MoveInOwnerCb(op="docs", id=move_in_id).pack())]])


def agreements(move_in_id: int, left: Sequence[str], tr: Translator,
               locale: Locale) -> InlineKeyboardMarkup:
    return _markup([[(tr(locale, "btn-movein-agree", item=tr(locale, f"movein-agreement-{a}")),
                      MoveInOwnerCb(op="agree", id=move_in_id, v=a).pack())]
                    for a in AGREEMENTS if a in left])


def keys(move_in_id: int, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _markup([[(tr(locale, "btn-movein-keys"),
                      MoveInOwnerCb(op="keys", id=move_in_id).pack())]])


def document_card(doc_id: int, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _markup([[(tr(locale, "btn-movein-doc-ok"), MoveInDeskCb(op="ok", id=doc_id).pack())],
                    *[[(tr(locale, "btn-movein-doc-return",
                           reason=tr(locale, f"movein-reason-{r}")),
                        MoveInDeskCb(op="ret", id=doc_id, v=r).pack())]
                      for r in RETURN_REASONS]])


def one(op: str, move_in_id: int, key: str, tr: Translator,
        locale: Locale) -> InlineKeyboardMarkup:
    return _markup([[(tr(locale, key), MoveInDeskCb(op=op, id=move_in_id).pack())]])


def reinspection(move_in_id: int, days: int, tr: Translator,
                 locale: Locale) -> InlineKeyboardMarkup:
    return _markup([[(tr(locale, "btn-movein-reinspected"),
                      MoveInDeskCb(op="re", id=move_in_id).pack())],
                    [(tr(locale, "btn-movein-deadline", days=days),
                      MoveInDeskCb(op="dl", id=move_in_id).pack())]])


def room_items(items: Sequence[str], tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    """A room's checklist: each item not yet found defective (press it for a defect), then
    "the rest are OK"."""
    return _markup([*[[(tr(locale, "btn-movein-check-defect",
                           item=tr.named(locale, "movein-check", i)),
                        InspectCb(op="item", value=i).pack())] for i in items],
                    [(tr(locale, "btn-movein-room-ok"), InspectCb(op="rest").pack())]])


def categories(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _markup([[(tr(locale, f"cat-{c}"), InspectCb(op="cat", value=c).pack())]
                    for c in DEFECT_CATEGORIES])


def owner_status(move_in_id: int, keys_ready: bool, tr: Translator,
                 locale: Locale) -> InlineKeyboardMarkup:
    """Under the owner's move-in: entrust an errand to the office; the keys, when ready."""
    rows = [[(tr(locale, "btn-movein-errand"), MoveInOwnerCb(op="errand", id=move_in_id).pack())]]
    if keys_ready:
        rows.append([(tr(locale, "btn-movein-keys"),
                      MoveInOwnerCb(op="keys", id=move_in_id).pack())])
    return _markup(rows)


def booked(move_in_id: int, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _markup([[(tr(locale, "btn-movein-docs"),
                      MoveInOwnerCb(op="docs", id=move_in_id).pack())],
                    [(tr(locale, "btn-movein-errand"),
                      MoveInOwnerCb(op="errand", id=move_in_id).pack())]])


def errand_items(items: Sequence[str], tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _markup([[(tr.named(locale, "movein-errand", i),
                      ErrandFormCb(op="item", value=i).pack())] for i in items])


def errand_skip(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _markup([[(tr(locale, "btn-movein-errand-no-note"),
                      ErrandFormCb(op="skip").pack())]])


def errand_preview(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _markup([
        [(tr(locale, "btn-movein-errand-send"), ErrandFormCb(op="confirm").pack())],
        [(tr(locale, "btn-movein-errand-edit-item"),
          ErrandFormCb(op="edit", value="item").pack()),
         (tr(locale, "btn-movein-errand-edit-note"),
          ErrandFormCb(op="edit", value="note").pack())],
        [(tr(locale, "btn-cancel"), ErrandFormCb(op="cancel").pack())]])


def errand_card(errand_id: int, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _markup([[(tr(locale, "btn-movein-errand-done"),
                      MoveInDeskCb(op="errand", id=errand_id).pack())]])


def errand_done_preview(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _markup([
        [(tr(locale, "btn-movein-errand-save"), ErrandDoneCb(op="confirm").pack())],
        [(tr(locale, "btn-movein-errand-change"), ErrandDoneCb(op="edit", value="note").pack()),
         (tr(locale, "btn-cancel"), ErrandDoneCb(op="cancel").pack())]])
