"""Staff changes for managers: `/staff` lists the estate's staff with buttons to deactivate
someone (asked, then confirmed) or issue them new codes; leaving a staff group is noted."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, ChatMemberUpdated, InlineKeyboardMarkup, Message

from bot.context import Ctx
from bot.ui.keyboards import button, rows
from bot.ui.office_callbacks import StaffCb
from domain import team
from domain.errors import NotAuthorized, NotFound
from domain.model import Estate, StaffMember, StaffRole
from handlers.filters import InPrivate, IsStaff, pressed_on

PRESENT = {"member", "administrator", "creator", "restricted"}


def build_router() -> Router:
    router = Router(name="team")
    router.message.register(cmd_staff, Command("staff"), InPrivate(), IsStaff())
    router.callback_query.register(on_staff, StaffCb.filter(), InPrivate())
    router.chat_member.register(on_member)
    router.message.register(on_left_message, F.left_chat_member)
    router.message.register(on_joined_message, F.new_chat_members)
    return router


def list_ref(estate_id: int, chat_id: int | None) -> str:
    return f"staff:{estate_id}:{chat_id}"


async def _estate(ctx: Ctx) -> Estate:
    estates = sorted({s.estate_id for s in ctx.actor.staff if s.role is StaffRole.MANAGER})
    if not estates:
        raise NotAuthorized("staff-managers-only")
    estate = await ctx.uow.estates.get(estates[0])
    assert estate is not None
    return estate


def _roles(ctx: Ctx, m: StaffMember) -> str:
    return ", ".join(ctx.t(f"role-{s.role.value}") + (f" · {ctx.t(f'trade-{s.trade.value}')}"
                                                     if s.trade else "") for s in m.roles)


async def _list(ctx: Ctx, estate: Estate) -> tuple[str, InlineKeyboardMarkup | None]:
    members = await ctx.uow.staff.members(estate.id)
    lines = [ctx.t("staff-title", estate=estate.name, count=len(members))]
    buttons = []
    for m in members:
        lines.append(ctx.t("staff-line", name=m.person.name, roles=_roles(ctx, m),
                           oncall=" 📟" if m.on_call else ""))
        if m.person.id != ctx.actor.person_id:
            buttons.append(button(ctx.t("btn-staff-off", name=m.person.name),
                                  StaffCb(op="off", id=m.person.id).pack()))
        buttons.append(button(ctx.t("btn-staff-code", name=m.person.name),
                              StaffCb(op="code", id=m.person.id).pack()))
    return "\n".join(lines), rows(*buttons) if buttons else None


async def cmd_staff(message: Message, ctx: Ctx) -> None:
    estate = await _estate(ctx)
    text, markup = await _list(ctx, estate)
    await ctx.reply_html(text, markup=markup, ref=list_ref(estate.id, ctx.chat_id))


async def on_staff(query: CallbackQuery, callback_data: StaffCb, ctx: Ctx) -> None:
    estate = await _estate(ctx)
    ref = list_ref(estate.id, ctx.chat_id)
    if not await pressed_on(ctx.uow, query, ref):
        raise NotAuthorized("button-stale")
    person = await ctx.uow.people.get(callback_data.id)
    if person is None:
        raise NotFound("staff-not-active")
    op = callback_data.op
    if op == "off":
        await ctx.postman.edit(text=ctx.t("staff-off-confirm", name=person.name), ref=ref,
                               markup=rows(button(ctx.t("btn-confirm"),
                                                  StaffCb(op="offok", id=person.id).pack()),
                                           button(ctx.t("btn-back-to-list"),
                                                  StaffCb(op="back", id=person.id).pack())))
        return
    if op == "offok":
        returned = await team.deactivate(ctx.uow, ctx.actor, estate, person.id, ctx.now)
        ctx.answer("staff-off-done", name=person.name, count=len(returned))
    elif op == "code":
        codes = await team.reissue_codes(
            ctx.uow, ctx.actor, estate, person.id, ctx.now,
            pepper=ctx.settings.security.code_pepper.get_secret_value(),
            created_by=f"tg:{ctx.actor.tg_user_id}")
        me = await query.bot.me() if query.bot else None
        links = "\n".join(f"{ctx.t(f'role-{s.role.value}')}: <code>{code}</code>"
                          + (f"\nhttps://t.me/{me.username}?start={code}" if me else "")
                          for s, code in codes)
        await ctx.reply("staff-codes", name=person.name, codes=links)
        ctx.answer("decision-recorded")
    text, markup = await _list(ctx, estate)
    await ctx.postman.edit(text=text, markup=markup, ref=ref)


async def on_member(event: ChatMemberUpdated, ctx: Ctx) -> None:
    """Someone left or was removed from a group (or came back)."""
    user = event.new_chat_member.user
    present = event.new_chat_member.status in PRESENT
    if present:
        await team.member_joined_group(ctx.uow, event.chat.id, user.id)
    elif event.old_chat_member.status in PRESENT:
        await team.member_left_group(ctx.uow, event.chat.id, user.id, ctx.now)


async def on_left_message(message: Message, ctx: Ctx) -> None:
    """The service message "X left the group" (groups send it even when the bot is no admin)."""
    assert message.left_chat_member is not None
    if not message.left_chat_member.is_bot:
        await team.member_left_group(ctx.uow, message.chat.id, message.left_chat_member.id,
                                     ctx.now)


async def on_joined_message(message: Message, ctx: Ctx) -> None:
    for user in message.new_chat_members or []:
        if not user.is_bot:
            await team.member_joined_group(ctx.uow, message.chat.id, user.id)
