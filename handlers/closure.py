"""`/closed typhoon|rainstorm` and `/reopen`: a manager declares the office closed now and
reopens it (`domain.closure`), in private or in a staff group of the estate."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.context import Ctx
from domain import closure
from domain.errors import NotAuthorized
from domain.model import StaffRole
from handlers.filters import IsStaff

ALIASES = {"typhoon": "typhoon", "t8": "typhoon", "8": "typhoon", "風球": "typhoon",
           "rainstorm": "rainstorm", "black": "rainstorm", "黑雨": "rainstorm"}


def build_router() -> Router:
    router = Router(name="closure")
    router.message.register(cmd_closed, Command("closed"), IsStaff())
    router.message.register(cmd_reopen, Command("reopen"), IsStaff())
    return router


async def _estates(ctx: Ctx, message: Message) -> list[int]:
    """In a staff group its estate; in private every estate the person manages."""
    if message.chat.type != "private":
        group = await ctx.uow.groups.get(message.chat.id)
        estates = [group.estate_id] if group and group.estate_id is not None else []
    else:
        estates = sorted({s.estate_id for s in ctx.actor.staff if s.role is StaffRole.MANAGER})
    if not estates:
        raise NotAuthorized("closure-managers-only")
    return estates


async def cmd_closed(message: Message, command: CommandObject, ctx: Ctx) -> None:
    word = (command.args or "").strip().lower()
    reason = ALIASES.get(word)
    if reason is None:
        await ctx.reply("closure-usage")
        return
    for estate_id in await _estates(ctx, message):
        await closure.close_office(ctx.uow, ctx.actor, estate_id, reason, ctx.now)
    await ctx.reply("closure-set", reason=ctx.t(f"closure-reason-{reason}"))


async def cmd_reopen(message: Message, ctx: Ctx) -> None:
    moved = 0
    for estate_id in await _estates(ctx, message):
        moved += await closure.reopen_office(ctx.uow, ctx.actor, estate_id, ctx.now)
    await ctx.reply("closure-reopened", count=moved)
