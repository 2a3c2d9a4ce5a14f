"""Announcement keyboards (pure functions of data)."""

from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup

from bot.i18n import Translator
from bot.ui.keyboards import button, rows
from conversations.announce.callbacks import AnnounceCb, AnnounceFormCb
from domain.announcements.model import Reach, Scope
from domain.model import Locale


def _choices(tr: Translator, locale: Locale, op: str, values: list[str],
             width: int = 2) -> InlineKeyboardMarkup:
    return rows(*(button(tr(locale, f"announce-btn-{op}-{v}"),
                         AnnounceFormCb(op=op, value=v).pack()) for v in values), width=width)


def mode(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _choices(tr, locale, "mode", ["one", "each"])


def no_pdf(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "announce-btn-no-pdf"), AnnounceFormCb(op="nopdf").pack()))


def scope(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _choices(tr, locale, "scope", [s.value for s in Scope])


def reach(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _choices(tr, locale, "reach", [r.value for r in Reach], width=3)


def urgent(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _choices(tr, locale, "urgent", ["no", "yes"])


def when(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return _choices(tr, locale, "when", ["now", "later"])


def preview(tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    markup = rows(*(button(tr(locale, f"announce-btn-edit-{f}"),
                           AnnounceFormCb(op="edit", value=f).pack())
                    for f in ("text", "photos", "pdf", "audience", "urgent", "when")))
    markup.inline_keyboard.append([button(tr(locale, "announce-btn-send"),
                                          AnnounceFormCb(op="confirm").pack())])
    markup.inline_keyboard.append([button(tr(locale, "btn-cancel"),
                                          AnnounceFormCb(op="cancel").pack())])
    return markup


def read(tr: Translator, locale: Locale, announcement_id: int) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "announce-btn-read"),
                       AnnounceCb(op="read", id=announcement_id).pack()))


def remind(tr: Translator, locale: Locale, announcement_id: int) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "announce-btn-remind"),
                       AnnounceCb(op="remind", id=announcement_id).pack()))


def list_ref(announcement_id: int, chat_id: int) -> str:
    """The staff's card of one announcement in one chat (its Remind button sits on it)."""
    return f"annlist:{announcement_id}:{chat_id}"
