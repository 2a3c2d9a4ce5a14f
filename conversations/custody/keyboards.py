"""Custody keyboards (pure functions of data)."""

from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup

from bot.i18n import Translator
from bot.ui.keyboards import button, rows
from conversations.custody.callbacks import CheckFormCb, CustodyCb, CustodyFormCb, MeterFormCb
from domain.model import Locale, Tenure


def units(tenures: list[Tenure]) -> InlineKeyboardMarkup:
    return rows(*(button(t.unit.label, CustodyFormCb(op="unit", value=str(t.unit.id)).pack())
                  for t in tenures))


def keys(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "custody-btn-keys-yes"),
                       CustodyFormCb(op="keys", value="yes").pack()),
                button(tr(locale, "custody-btn-keys-no"),
                       CustodyFormCb(op="keys", value="no").pack()))


def _preview(cb: type[CustodyFormCb] | type[MeterFormCb] | type[CheckFormCb], tr: Translator,
             locale: Locale, edits: tuple[str, ...], submit: str) -> InlineKeyboardMarkup:
    buttons = [button(tr(locale, f"custody-btn-edit-{f}"), cb(op="edit", value=f).pack())
               for f in edits]
    markup = rows(*buttons)
    markup.inline_keyboard.append([button(tr(locale, submit), cb(op="confirm").pack())])
    markup.inline_keyboard.append([button(tr(locale, "btn-cancel"), cb(op="cancel").pack())])
    return markup


def request_preview(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _preview(CustodyFormCb, tr, locale, ("dates", "contact", "keys"),
                    "custody-btn-send")


def meter_preview(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _preview(MeterFormCb, tr, locale, ("water", "electricity"), "custody-btn-record")


def check_preview(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _preview(CheckFormCb, tr, locale, ("items", "note", "photos"), "custody-btn-record")


def item(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "custody-btn-item-ok"),
                       CheckFormCb(op="item", value="ok").pack()),
                button(tr(locale, "custody-btn-item-bad"),
                       CheckFormCb(op="item", value="bad").pack()))


def skip_note(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "custody-btn-no-note"), CheckFormCb(op="skip").pack()))


def decision(tr: Translator, locale: Locale, custody_id: int) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "custody-btn-accept"), CustodyCb(op="ok", id=custody_id).pack()),
                button(tr(locale, "custody-btn-decline"),
                       CustodyCb(op="no", id=custody_id).pack()))


def sign(tr: Translator, locale: Locale, custody_id: int) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "custody-btn-sign"), CustodyCb(op="sign", id=custody_id).pack()))


def keys_back(tr: Translator, locale: Locale, custody_id: int) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "custody-btn-keys-back"),
                       CustodyCb(op="keys", id=custody_id).pack()))


def record_check(tr: Translator, locale: Locale, check_id: int) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "custody-btn-check"), CustodyCb(op="check", id=check_id).pack()))


def agreement_ref(custody_id: int) -> str:
    return f"custody:{custody_id}:agreement"


def card_ref(custody_id: int) -> str:
    return f"custody:{custody_id}:card"


def keys_ref(custody_id: int) -> str:
    return f"custody:{custody_id}:keys"


def check_ref(check_id: int) -> str:
    return f"custody-check:{check_id}"
