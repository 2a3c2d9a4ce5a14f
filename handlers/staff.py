"""Staff tools: /ticket (full history) and its links, /oncall (/queue: `handlers.queue`)."""

from __future__ import annotations

import re

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.context import Ctx
from bot.notices.cards import category_label, place, status_line, when
from domain import repair
from domain.errors import NotFound
from domain.queue import number_of
from handlers.filters import InPrivate, IsStaff

_NUMBER = re.compile(r"^[A-Za-z]-\d{4}-\d{1,6}$")


def build_router() -> Router:
    router = Router(name="staff")
    router.message.register(cmd_ticket, Command("ticket"), IsStaff())
    router.message.register(cmd_ticket_link, Command(re.compile(r"(?:ticket|t)_(\w+)")),
                            IsStaff())
    router.message.register(cmd_oncall, Command("oncall"), InPrivate(), IsStaff())
    return router


async def cmd_ticket(message: Message, command: CommandObject, ctx: Ctx) -> None:
    """`/ticket R-2026-000123`: the ticket and its whole history."""
    number = (command.args or "").strip()
    if not _NUMBER.match(number):
        await ctx.reply("ticket-usage")
        return
    ticket = await ctx.uow.tickets.by_number(number)
    if ticket is None:
        raise NotFound("ticket-not-found")
    await show_ticket(ctx, ticket.id)


async def cmd_ticket_link(message: Message, command: CommandObject, ctx: Ctx) -> None:
    """`/t_R2026000123` or `/ticket_R2026000123`, the links in alerts and queues; the older
    `/ticket_123` (an internal id) still works."""
    assert command.regexp_match is not None
    await open_ticket_link(ctx, command.regexp_match.group(1))


async def open_ticket_link(ctx: Ctx, token: str) -> None:
    """A ticket named by its compact number (R2026000123), or by the older internal id; also
    what the QR on a printed form opens (`/start t_R2026000123`)."""
    number = number_of(token)
    if number is not None:
        ticket = await ctx.uow.tickets.by_number(number)
        if ticket is None:
            raise NotFound("ticket-not-found")
        await show_ticket(ctx, ticket.id)
    elif token.isdigit() and len(token) <= 12:
        await show_ticket(ctx, int(token))
    else:
        raise NotFound("ticket-not-found")


async def show_ticket(ctx: Ctx, ticket_id: int) -> None:
    ticket = await repair.visible_ticket(ctx.uow, ctx.actor, ticket_id)
    if ticket.estate_id not in {s.estate_id for s in ctx.actor.staff}:
        raise NotFound("ticket-not-found")
    estate = await ctx.uow.estates.get(ticket.estate_id)
    tz = estate.tz if estate else "UTC"
    reporter = await ctx.uow.people.get(ticket.reporter_id) if ticket.reporter_id else None
    lines = [ctx.t("ticket-detail", number=ticket.number,
                   category=category_label(ticket, ctx.tr, ctx.locale),
                   place=await place(ctx.uow, ticket, ctx.tr, ctx.locale),
                   description=ticket.description,
                   status=await status_line(ctx.uow, ticket, ctx.tr, ctx.locale),
                   reporter=reporter.name if reporter else "—",
                   created=when(ticket.created_at, tz))]
    if ticket.rating:
        lines.append(ctx.t("ticket-detail-rating", rating="⭐" * ticket.rating))
    if ticket.rating_comment:
        lines.append(ctx.t("ticket-detail-comment", comment=ticket.rating_comment))
    lines.append(ctx.t("ticket-history"))
    names: dict[int, str] = {}
    for row in await ctx.uow.audit.history("ticket", str(ticket.id)):
        who = ""
        if row.actor_person_id:
            if row.actor_person_id not in names:
                person = await ctx.uow.people.get(row.actor_person_id)
                names[row.actor_person_id] = person.name if person else "?"
            who = names[row.actor_person_id]
        step = history_step(ctx, row.action, row.to_state)
        lines.append(ctx.t("history-line", at=when(row.at, tz), step=step, who=who or "—"))
    for at, kind, _author, text in await ctx.uow.tickets.notes(ticket.id):
        lines.append(ctx.t("note-line", at=when(at, tz), kind=ctx.t(f"note-{kind}"), text=text))
    await ctx.reply_html("\n".join(lines))


def history_step(ctx: Ctx, action: str, to_state: str | None) -> str:
    """What an audit row means, in words."""
    if action == "deadline" and to_state and to_state.startswith("reply-remind-"):
        return ctx.t("level-reply-remind", hours=to_state.removeprefix("reply-remind-")
                     .removesuffix("h"))
    if action == "deadline" and to_state:
        return ctx.t(f"level-{to_state}")
    if action == "rated" and to_state:
        return ctx.t("history-rated", stars="⭐" * int(to_state))
    if to_state and ctx.tr.has(f"status-{to_state}"):
        return ctx.t(f"status-{to_state}")
    return ctx.t(f"action-{action}") if ctx.tr.has(f"action-{action}") else action


async def cmd_oncall(message: Message, ctx: Ctx) -> None:
    """A crew member takes the on-call duty: emergencies page them privately."""
    duties = await repair.take_on_call(ctx.uow, ctx.actor, ctx.now)
    await ctx.reply("oncall-set", trades=[ctx.t(f"trade-{t.value}") for _, t in duties])
