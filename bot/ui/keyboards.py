"""Keyboards as pure functions of data and language."""

from __future__ import annotations

from typing import Any

from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)

from bot.i18n import Translator
from bot.ui.callbacks import LangCb, LinkDecisionCb, LinkFormCb, StartCb
from domain.model import Estate, Locale, Relation

# When a resident would like the crew or the desk to come or call.
TIMES = ("any", "morning", "afternoon", "evening")

LANGUAGE_NAMES = {Locale.ZH_HANT: "繁體中文", Locale.ZH_HANS: "简体中文", Locale.EN: "English"}


def button(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data)


def rows(*buttons: InlineKeyboardButton, width: int = 2) -> InlineKeyboardMarkup:
    items = list(buttons)
    return InlineKeyboardMarkup(inline_keyboard=[items[i:i + width]
                                                 for i in range(0, len(items), width)])


def languages(current: Locale) -> InlineKeyboardMarkup:
    return rows(*(button(("✓ " if loc is current else "") + name, LangCb(code=loc).pack())
                  for loc, name in LANGUAGE_NAMES.items()), width=3)


def welcome(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "btn-have-code"), StartCb(op="code").pack()),
                button(tr(locale, "btn-request-link"), StartCb(op="request").pack()), width=1)


def estates(items: list[Estate]) -> InlineKeyboardMarkup:
    return rows(*(button(e.name, LinkFormCb(op="estate", value=str(e.id)).pack())
                  for e in items), width=1)


def relations(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(*(button(tr(locale, f"relation-{r.value}"), LinkFormCb(op="rel", value=r.value)
                         .pack()) for r in Relation))


def share_phone(tr: Translator, locale: Locale) -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(keyboard=[[KeyboardButton(text=tr(locale, "btn-share-phone"),
                                                         request_contact=True)],
                                         [KeyboardButton(text=tr(locale, "btn-skip"))]],
                               resize_keyboard=True, one_time_keyboard=True)


def link_preview(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    edit = [button(tr(locale, f"btn-edit-{f}"), LinkFormCb(op="edit", value=f).pack())
            for f in ("unit", "relation", "name", "phone")]
    return InlineKeyboardMarkup(inline_keyboard=[
        edit[:2], edit[2:],
        [button(tr(locale, "btn-confirm"), LinkFormCb(op="confirm").pack()),
         button(tr(locale, "btn-cancel"), LinkFormCb(op="cancel").pack())]])


def link_decision(request_id: int, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "btn-approve"), LinkDecisionCb(op="ok", id=request_id).pack()),
                button(tr(locale, "btn-reject"), LinkDecisionCb(op="no", id=request_id).pack()))


def times(cb: Any, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    """The preferred times, pressed as `cb(op="time", value=...)` of the form."""
    return rows(*(button(tr(locale, f"time-{t}"), cb(op="time", value=t).pack())
                  for t in TIMES))


def photos_done(cb: Any, tr: Translator, locale: Locale, count: int) -> InlineKeyboardMarkup:
    """"Done" once photos came, "no photos" before; pressed as `cb(op="photos")`."""
    key = "btn-photos-done" if count else "btn-no-photos"
    return rows(button(tr(locale, key), cb(op="photos").pack()))
