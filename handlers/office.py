"""Issuing one-time codes from Telegram: the desk for residents, managers for everyone."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.context import Ctx
from domain import registry
from domain.errors import InvalidInput, NotAuthorized
from domain.model import CodeKind, GroupPurpose, Relation, StaffRole, Trade
from handlers.filters import InPrivate, IsStaff


def build_router() -> Router:
    router = Router(name="office")
    router.message.register(cmd_code, Command("code"), InPrivate(), IsStaff())
    return router


def _parse(args: list[str]) -> dict[str, object]:
    """`resident A-12B owner [name]`, `staff desk`, `staff crew plumbing`, `group crew lift`."""
    if not args:
        raise InvalidInput("code-cmd-usage")
    kind = args[0].lower()
    try:
        if kind == "resident" and len(args) >= 3:
            return {"kind": CodeKind.RESIDENT, "unit_label": args[1],
                    "relation": Relation(args[2].lower()), "name": " ".join(args[3:]) or None}
        if kind == "staff" and len(args) >= 2:
            role = StaffRole(args[1].lower())
            trade = Trade(args[2].lower()) if role is StaffRole.CREW and len(args) >= 3 else None
            return {"kind": CodeKind.STAFF, "role": role, "trade": trade}
        if kind == "group" and len(args) >= 2:
            purpose = GroupPurpose(args[1].lower())
            trade = Trade(args[2].lower()) if len(args) >= 3 else None
            return {"kind": CodeKind.GROUP, "purpose": purpose, "trade": trade}
    except ValueError:
        pass
    raise InvalidInput("code-cmd-usage")


async def cmd_code(message: Message, command: CommandObject, ctx: Ctx, bot: Bot) -> None:
    """A code to give to a resident, a new colleague or a new staff group."""
    params = _parse((command.args or "").split())
    kind = params.pop("kind")
    assert isinstance(kind, CodeKind)
    estates = sorted({s.estate_id for s in ctx.actor.staff if s.role in (
        StaffRole.MANAGER, StaffRole.DESK)})
    if not estates:
        raise NotAuthorized()
    estate_id = estates[0]
    if kind is not CodeKind.RESIDENT and not ctx.actor.has_role(estate_id, StaffRole.MANAGER):
        raise NotAuthorized("code-cmd-managers-only")
    estate = await ctx.uow.estates.get(estate_id)
    assert estate is not None
    code = await registry.issue_code(
        ctx.uow, kind=kind, estate=estate, now=ctx.now,
        created_by=f"tg:{ctx.actor.tg_user_id}",
        pepper=ctx.settings.security.code_pepper.get_secret_value(), **params)  # type: ignore[arg-type]
    me = await bot.me()
    usage = f"/link {code}" if kind is CodeKind.GROUP else \
        f"https://t.me/{me.username}?start={code}"
    await ctx.reply("code-cmd-issued", code=code, usage=usage, estate=estate.name)
