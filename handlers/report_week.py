"""`/report` (how to ask for a report) and `/report week [last]`: the weekly status deck, for
the desk and managers. Other arguments (`month`, `registry`) are left to their own handlers."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.context import Ctx
from bot.reports.weekly import post_deck
from domain.errors import NotAuthorized
from domain.model import Group, GroupPurpose
from domain.routine import weekly
from handlers.filters import ActiveGroup, InPrivate, require_staff_here


def week_or_bare(message: Message) -> bool:
    """`/report` alone or `/report week ...`; anything else falls through."""
    words = (message.text or "").split()
    return len(words) == 1 or words[1].lower() == "week"


def build_router() -> Router:
    router = Router(name="report-week")
    router.message.register(cmd_report_group, Command("report"), week_or_bare,
                            ActiveGroup(GroupPurpose.DESK, GroupPurpose.MANAGERS))
    router.message.register(cmd_report_elsewhere, Command("report"), week_or_bare,
                            ActiveGroup())
    router.message.register(cmd_report_private, Command("report"), week_or_bare, InPrivate())
    return router


async def cmd_report_group(message: Message, command: CommandObject, ctx: Ctx,
                           group: Group) -> None:
    """In the desk or managers group: that group's estate."""
    assert group.estate_id is not None
    require_staff_here(ctx.actor, group)
    ctx.locale = await ctx.postman.group_locale(group)
    await _report(ctx, command, [group.estate_id])


async def cmd_report_elsewhere(message: Message) -> None:
    """A crew, security or supervisors group: the reports are the office's (the refusal is
    in the writer's language)."""
    raise NotAuthorized("report-office-only")


async def cmd_report_private(message: Message, command: CommandObject, ctx: Ctx) -> None:
    """Privately: every estate where the person is desk or manager; others are refused."""
    estates = sorted({s.estate_id for s in ctx.actor.staff
                      if ctx.actor.has_role(s.estate_id, *weekly.READERS)})
    if not estates:
        raise NotAuthorized("report-office-only")
    await _report(ctx, command, estates)


async def _report(ctx: Ctx, command: CommandObject, estate_ids: list[int]) -> None:
    args = (command.args or "").lower().split()
    if args not in (["week"], ["week", "last"]):
        await ctx.reply("report-usage")
        return
    assert ctx.chat_id is not None
    for estate_id in estate_ids:
        figures = await weekly.week_deck(ctx.uow, ctx.actor, estate_id, ctx.now,
                                         last=args[1:] == ["last"])
        estate = await ctx.uow.estates.get(estate_id)
        assert estate is not None
        await post_deck(ctx.postman, ctx.tr, ctx.locale, ctx.chat_id, figures, estate,
                        ctx.settings.files.root)
