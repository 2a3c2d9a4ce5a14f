"""Spot-check and action keyboards (pure functions of data)."""

from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup

from bot.i18n import Translator
from bot.ui.keyboards import button, rows
from conversations.spot_checks.callbacks import (
    ActionCloseCb,
    ActionFormCb,
    ActionsCb,
    SpotCb,
    SpotFailCb,
)
from domain.model import Locale
from domain.spotchecks.model import Action, ActionSource, Cause


def decide(tr: Translator, locale: Locale, check_id: int) -> InlineKeyboardMarkup:
    markup = rows(button(tr(locale, "spot-btn-pass"), SpotCb(op="pass", id=check_id).pack()),
                  button(tr(locale, "spot-btn-fail"), SpotCb(op="fail", id=check_id).pack()))
    return markup


def open_action(tr: Translator, locale: Locale, check_id: int) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "spot-btn-open-action"),
                       SpotCb(op="action", id=check_id).pack()))


def corrected(tr: Translator, locale: Locale, check_id: int) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "spot-btn-corrected"), SpotCb(op="fixed", id=check_id).pack()))


def _preview(cb: type[SpotFailCb] | type[ActionFormCb] | type[ActionCloseCb], tr: Translator,
             locale: Locale, edits: tuple[str, ...], submit: str) -> InlineKeyboardMarkup:
    markup = rows(*(button(tr(locale, f"spot-btn-edit-{f}"), cb(op="edit", value=f).pack())
                    for f in edits))
    markup.inline_keyboard.append([button(tr(locale, submit), cb(op="confirm").pack())])
    markup.inline_keyboard.append([button(tr(locale, "btn-cancel"), cb(op="cancel").pack())])
    return markup


def fail_preview(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _preview(SpotFailCb, tr, locale, ("reason", "photos"), "spot-btn-record-fail")


def action_preview(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _preview(ActionFormCb, tr, locale, ("cause", "owner", "due", "description"),
                    "spot-btn-open-action")


def close_preview(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _preview(ActionCloseCb, tr, locale, ("note",), "spot-btn-close-action")


def sources(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(*(button(tr(locale, "action-source", source=s.value),
                         ActionFormCb(op="source", value=s.value).pack())
                  for s in ActionSource if s is not ActionSource.CHECK))


def causes(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(*(button(tr(locale, "action-cause", cause=c.value),
                         ActionFormCb(op="cause", value=c.value).pack()) for c in Cause))


def owners(people: list[tuple[int, str]]) -> InlineKeyboardMarkup:
    return rows(*(button(name, ActionFormCb(op="owner", value=str(pid)).pack())
                  for pid, name in people))


def close(tr: Translator, locale: Locale, action: Action) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "spot-btn-close", number=action.number),
                       ActionsCb(op="close", id=action.id).pack()))


def page(tr: Translator, locale: Locale, actions: list[Action], n: int,
         pages: int) -> InlineKeyboardMarkup:
    markup = rows(*(button(tr(locale, "spot-btn-close", number=a.number),
                           ActionsCb(op="close", id=a.id).pack()) for a in actions))
    nav = []
    if n > 0:
        nav.append(button(tr(locale, "spot-btn-prev"), ActionsCb(op="page", id=n - 1).pack()))
    if n + 1 < pages:
        nav.append(button(tr(locale, "spot-btn-next"), ActionsCb(op="page", id=n + 1).pack()))
    if nav:
        markup.inline_keyboard.append(nav)
    return markup


def card_ref(check_id: int) -> str:
    return f"spot-check:{check_id}"


def manager_ref(check_id: int, person_id: int) -> str:
    """The card sent to one manager privately (an estate without a managers' group)."""
    return f"spot-check:{check_id}:{person_id}"


def desk_ref(check_id: int) -> str:
    return f"spot-fix:{check_id}"


def owner_ref(action_id: int) -> str:
    return f"action:{action_id}:owner"


def list_ref(tg_user_id: int) -> str:
    return f"actions:{tg_user_id}"
