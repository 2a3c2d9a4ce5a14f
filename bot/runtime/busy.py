"""Telling a person at once that the database is busy (directly: the outbox needs it too)."""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.methods import AnswerCallbackQuery, SendMessage
from aiogram.types import Update

from bot.i18n import Translator
from domain.model import Locale

log = logging.getLogger(__name__)


async def tell_busy(bot: Bot, tr: Translator, update: Update) -> bool:
    """Say the message is kept and will be handled; True if something was sent."""
    user = getattr(update.event, "from_user", None)
    if user is None:
        return False
    text = tr(Locale.guess(user.language_code), "error-busy")
    try:
        if update.callback_query is not None:
            await bot(AnswerCallbackQuery(callback_query_id=update.callback_query.id,
                                          text=text[:200], show_alert=True))
            return True
        chat = getattr(update.event, "chat", None)
        if chat is not None and chat.type == "private":
            await bot(SendMessage(chat_id=chat.id, text=text))
            return True
    except Exception as exc:  # an API error, a network error or an unreadable reply
        log.info("busy notice not delivered: %s", type(exc).__name__)
    return False
