"""Security checks a temporary pass: the QR code on it (`/start pass_<number>_<code>`) or
`/pass P01` typed privately or in the security group (`domain/renovation/passes.py`)."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.context import Ctx
from conversations.renovation.cards import unit_label, works_list
from domain.model import Group, GroupPurpose
from domain.renovation import passes
from handlers.filters import ActiveGroup, InPrivate


def build_router() -> Router:
    router = Router(name="renovation-passes")
    router.message.register(cmd_pass, Command("pass"), InPrivate())
    router.message.register(cmd_pass_group, Command("pass"), ActiveGroup(
        GroupPurpose.SECURITY, GroupPurpose.DESK, GroupPurpose.MANAGERS))
    return router


async def cmd_pass(message: Message, command: CommandObject, ctx: Ctx) -> None:
    if not (command.args or "").strip():
        await ctx.reply("reno-pass-usage")
        return
    await show_check(ctx, (command.args or "").split()[0])


async def cmd_pass_group(message: Message, command: CommandObject, ctx: Ctx,
                         group: Group) -> None:
    """In the security (desk, managers) group: answered in the group's language."""
    ctx.locale = await ctx.postman.group_locale(group)
    await cmd_pass(message, command, ctx)


async def open_pass_link(ctx: Ctx, payload: str) -> None:
    """The pass's QR code, scanned with the phone's camera, opens this chat with it."""
    number, code = passes.parse_link(payload)
    await show_check(ctx, number, code=code or "-")


async def show_check(ctx: Ctx, number: str, *, code: str | None = None) -> None:
    check = await passes.check_pass(ctx.uow, ctx.actor, number, ctx.now, code=code)
    p, app, ticket = check.work_pass, check.app, check.ticket
    if p is None or app is None or ticket is None:
        await ctx.reply("reno-pass-unknown", number=check.query)
        return
    text = ctx.t(f"reno-pass-check-{check.verdict.value}", **{"pass": p.number},
                 name=check.worker.name if check.worker else "?", number=ticket.number,
                 unit=await unit_label(ctx.uow, app), works=works_list(app, ctx.tr, ctx.locale),
                 **{"from": p.valid_from}, to=p.valid_to, today=check.today)
    if check.photo is not None and check.verdict is passes.Verdict.VALID \
            and ctx.chat_id is not None:
        await ctx.postman.photo(ctx.chat_id, check.photo.file_id, caption=text)
        return
    await ctx.reply_html(text)
