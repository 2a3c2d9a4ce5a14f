"""Last in line: unknown commands, stray text, stale or forged buttons."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.ui import keyboards
from conversations import handover
from domain import codes
from handlers.common import redeem
from handlers.filters import InPrivate


def build_router() -> Router:
    router = Router(name="fallback")
    router.message.register(link_first, InPrivate(), Command("repair", "complaint"))
    router.message.register(unknown_command, InPrivate(), F.text.startswith("/"))
    router.message.register(stray_message, InPrivate())
    router.callback_query.register(stale_button)
    return router


async def former_unit(ctx: Ctx) -> str | None:
    """The unit a person no longer linked anywhere was last linked to (their access ended)."""
    if ctx.actor.person is None or ctx.actor.is_resident or ctx.actor.is_staff:
        return None
    ended = await ctx.uow.tenures.ended_for_person(ctx.actor.person.id)
    return ended[0].tenure.unit.label if ended else None


async def unknown_command(message: Message, ctx: Ctx) -> None:
    unit = await former_unit(ctx)
    if unit is not None:
        await ctx.reply("access-ended", unit=unit)
        return
    await ctx.reply("unknown-command")


async def link_first(message: Message, ctx: Ctx) -> None:
    """/repair or /complaint from someone with no linked unit: how to link first (or, for
    someone whose link ended, that it ended)."""
    unit = await former_unit(ctx)
    if unit is not None:
        await ctx.reply("access-ended", unit=unit)
        return
    await ctx.reply("repair-link-first", markup=keyboards.welcome(ctx.tr, ctx.locale))


async def stray_message(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """Text outside any conversation; a code typed on its own still works. A linked
    resident is offered a repair, a complaint, or the desk (a person)."""
    if message.text and codes.looks_like_code(message.text):
        await redeem(ctx, message.text)
        return
    unit = await former_unit(ctx)
    if unit is not None:
        await ctx.reply("access-ended", unit=unit)
        return
    if ctx.actor.is_resident and message.text:
        await handover.offer_handover(ctx, state, message.text)
        return
    await ctx.reply("unknown-text")


async def stale_button(query: CallbackQuery, ctx: Ctx) -> None:
    """A button that no handler accepts: old, from another version, or forged."""
    unit = await former_unit(ctx)
    if unit is not None:
        await ctx.refuse_button("access-ended", action="bad-callback", unit=unit)
        return
    await ctx.refuse_button(action="bad-callback")
