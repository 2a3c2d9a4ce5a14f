"""`/announcements`: the recent announcements with delivered / read / blocked counts per
building and a "Remind unread" button (once); a resident's "Read" under an announcement."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.i18n import Translator
from conversations.announce import keyboards as kb
from conversations.announce.callbacks import AnnounceCb
from domain.announcements import service
from domain.announcements.model import Announcement, BuildingCounts, Status, text_for
from domain.errors import NotAuthorized
from domain.model import Locale
from handlers.filters import IsStaff, pressed_on


def build_router() -> Router:
    router = Router(name="announcements")
    router.message.register(cmd_announcements, Command("announcements"), IsStaff())
    router.callback_query.register(on_button, AnnounceCb.filter())
    return router


def card(tr: Translator, locale: Locale, a: Announcement,
         counts: list[BuildingCounts]) -> str:
    lines = [tr(locale, "announce-card-building", building=c.building, recipients=c.recipients,
                delivered=c.delivered, read=c.read, blocked=c.blocked) for c in counts]
    first = text_for(a.texts, locale).splitlines()[0][:60] if a.texts else ""
    return tr(locale, "announce-card", id=a.id, status=tr(locale, f"announce-status-{a.status}"),
              title=first, total=sum(c.recipients for c in counts),
              delivered=sum(c.delivered for c in counts), read=sum(c.read for c in counts),
              blocked=sum(c.blocked for c in counts),
              buildings="\n".join(lines) or tr(locale, "announce-card-none"),
              reminded=tr(locale, "announce-card-reminded") if a.reminded_at else "")


async def cmd_announcements(message: Message, ctx: Ctx) -> None:
    estate_id = service.writer_estate(ctx.actor)
    recent = await ctx.uow.announcements.recent(estate_id)
    if not recent:
        await ctx.reply("announce-list-empty")
        return
    for a in recent:
        counts = await ctx.uow.announcements.counts(a.id)
        can_remind = a.status is Status.SENT and a.reminded_at is None
        await ctx.reply_html(card(ctx.tr, ctx.locale, a, counts),
                             markup=kb.remind(ctx.tr, ctx.locale, a.id) if can_remind else None,
                             ref=kb.list_ref(a.id, message.chat.id))


async def on_button(query: CallbackQuery, callback_data: AnnounceCb, ctx: Ctx) -> None:
    target = callback_data.id
    if callback_data.op == "read":
        # Only a recipient's own copy marks anything: mark_read refuses anyone else.
        if query.message is None or query.message.chat.id != ctx.actor.tg_user_id:
            raise NotAuthorized("button-stale")
        first = await service.mark_read(ctx.uow, ctx.actor, target, ctx.now)
        ctx.answer("announce-read-thanks" if first else "announce-read-already")
        return
    if callback_data.op == "remind":
        chat = query.message.chat.id if query.message else 0
        if not await pressed_on(ctx.uow, query, kb.list_ref(target, chat)):
            raise NotAuthorized("button-stale")
        await service.remind(ctx.uow, ctx.actor, target, ctx.now)
        ctx.answer("announce-remind-queued")
        if query.message is not None:
            await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                          message_id=query.message.message_id)
        return
    await ctx.refuse_button()
