"""Group membership: joining, /link with a code, leaving, supergroup migration, blocks."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import ChatMemberUpdated, Message

from bot.context import Ctx
from bot.i18n import trade_of
from bot.ui.menus import GROUP, for_group
from domain import onboarding
from domain.errors import NotAuthorized
from domain.model import GroupStatus
from handlers.filters import Anonymous, InGroup

PRESENT = {"member", "administrator", "creator", "restricted"}
# Commands that act for a person: refused when written as the group or a channel.
PERSONAL = sorted({c for names in GROUP.values() for c in names} - {"help"} | {"link", "ticket"})


def build_router() -> Router:
    router = Router(name="groups")
    router.my_chat_member.register(on_bot_membership)
    router.message.register(write_as_yourself, InGroup(), Anonymous(), Command(*PERSONAL))
    router.message.register(cmd_help_group, InGroup(), Command("help"))
    router.message.register(cmd_link, Command("link"), F.chat.type.in_({"group", "supergroup"}))
    router.message.register(on_migrated, F.migrate_to_chat_id)
    return router


async def on_bot_membership(event: ChatMemberUpdated, ctx: Ctx) -> None:
    """The bot was added to or removed from a chat, or a resident blocked it."""
    now = ctx.now
    present = event.new_chat_member.status in PRESENT
    was_present = event.old_chat_member.status in PRESENT
    if event.chat.type == "private":
        await ctx.uow.people.set_blocked(event.chat.id, not present)
        return
    if present and not was_present:
        await onboarding.bot_added_to_group(ctx.uow, ctx.actor, event.chat.id,
                                            event.chat.title or "", now)
    elif was_present and not present:
        await onboarding.bot_removed_from_group(ctx.uow, event.chat.id, now)
        await ctx.uow.outbox.drop_chat(event.chat.id)  # nothing more goes there


async def write_as_yourself(message: Message, ctx: Ctx) -> None:
    """An anonymous admin, a channel or a member posting as the group: nobody to check."""
    raise NotAuthorized("group-write-as-yourself")


async def cmd_help_group(message: Message, ctx: Ctx) -> None:
    """/help in a group: the commands of this group's menu, or how to link it."""
    group = await ctx.uow.groups.get(message.chat.id)
    if group is None or group.status is not GroupStatus.ACTIVE or group.purpose is None:
        await ctx.reply("group-link-usage")
        return
    ctx.locale = await ctx.postman.group_locale(group)
    lines = "\n".join(f"/{c.command} · {c.description}"
                      for c in for_group(group.purpose, ctx.tr, ctx.locale))
    await ctx.reply("help-group", commands=lines)


async def cmd_link(message: Message, command: CommandObject, ctx: Ctx) -> None:
    """`/link <code>`: register this group as a staff group."""
    if not command.args:
        await ctx.reply("group-link-usage")
        return
    done = await onboarding.link_group(
        ctx.uow, ctx.actor, message.chat.id, message.chat.title or "", command.args, now=ctx.now,
        pepper=ctx.settings.security.code_pepper.get_secret_value())
    assert done.purpose is not None
    # The group speaks the estate's language from now on.
    group = await ctx.uow.groups.get(message.chat.id)
    if group is not None:
        ctx.locale = await ctx.postman.group_locale(group)
    await ctx.reply("group-linked", estate=done.estate.name,
                    purpose=ctx.t(f"purpose-{done.purpose.value}"),
                    trade=trade_of(ctx.tr, ctx.locale, done.trade.value if done.trade else None))


async def on_migrated(message: Message, ctx: Ctx) -> None:
    """A group became a supergroup: follow it."""
    assert message.migrate_to_chat_id is not None
    await onboarding.group_migrated(ctx.uow, message.chat.id, message.migrate_to_chat_id, ctx.now)
