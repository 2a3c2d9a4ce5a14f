"""Complaint buttons (desk card, the resident's answer to a reply), the satisfaction question,
and `/complaints` (open complaints, weekly statistics) for the desk and managers."""

from __future__ import annotations

from aiogram import Bot, Dispatcher, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.notices.cards import category_label, place, status_line, when
from bot.notices.complaint_routing import dept_ref
from bot.notices.complaints import card_ref, reply_ref, satisfaction_ref
from bot.reports.complaints import post_week
from bot.ui.callbacks import ComplaintCb, ComplaintResidentCb, SatisfactionCb
from conversations.complaint import keyboards as kb
from conversations.complaint.followups import Question, ask_in_private
from domain import satisfaction
from domain.complaints import handling as complaints
from domain.complaints import routing
from domain.errors import NotAuthorized, NotFound
from domain.model import Group, GroupPurpose, Locale
from domain.queue import link
from domain.tickets import Kind, Status, Ticket
from handlers.filters import ActiveGroup, InPrivate, IsStaff, pressed_on, require_staff_here

ASKS = {"reply": Question.REPLY, "link": Question.LINK, "close": Question.CLOSE,
        "tell": Question.TELL}
DEPARTMENT_ASKS = {"dreply": Question.DEPT_REPLY, "dask": Question.DEPT_ASK}


def build_router() -> Router:
    router = Router(name="complaints")
    router.callback_query.register(on_desk_button, ComplaintCb.filter())
    router.callback_query.register(on_resident_button, ComplaintResidentCb.filter(), InPrivate())
    router.callback_query.register(on_satisfaction, SatisfactionCb.filter(), InPrivate())
    router.message.register(cmd_complaints_group, Command("complaints"),
                            ActiveGroup(GroupPurpose.DESK, GroupPurpose.MANAGERS))
    router.message.register(cmd_complaints_private, Command("complaints"), InPrivate(),
                            IsStaff())
    return router


async def _pressed_on(ctx: Ctx, query: CallbackQuery, ref: str) -> bool:
    """True when the button sits on the message that shows this card (not a forged press)."""
    return await pressed_on(ctx.uow, query, ref)


async def on_desk_button(query: CallbackQuery, callback_data: ComplaintCb, ctx: Ctx, bot: Bot,
                         dispatcher: Dispatcher) -> None:
    """Every press is re-authorised: the card must be the complaint's own, and the person
    desk or manager of its estate (read from the database)."""
    ticket = await ctx.uow.tickets.get(callback_data.id)
    if ticket is None or ticket.kind is not Kind.COMPLAINT:
        raise NotFound("button-stale")
    op = callback_data.op
    if op in DEPARTMENT_ASKS:
        await _department_button(ctx, query, bot, dispatcher, ticket, DEPARTMENT_ASKS[op])
        return
    if not await _pressed_on(ctx, query, card_ref(ticket)):
        raise NotAuthorized("button-stale")
    if op == "take":
        await complaints.take(ctx.uow, ctx.actor, ticket.id, ctx.now)
        ctx.answer("complaint-yours")
    elif op == "dept":
        await complaints.assign_department(ctx.uow, ctx.actor, ticket.id, callback_data.value,
                                           ctx.now)
        ctx.answer("decision-recorded")
    elif op in {"depts", "back"}:
        await complaints.office_complaint(ctx.uow, ctx.actor, ticket.id)
        if not ticket.is_open:
            raise NotAuthorized("button-stale")
        locale = await _card_locale(ctx, ticket, query)
        markup = kb.departments(ticket, ctx.tr, locale) if op == "depts" else \
            kb.desk_card(ticket, ctx.tr, locale)
        await ctx.postman.edit_markup(markup=markup, ref=card_ref(ticket))
    elif op in ASKS:
        await complaints.office_complaint(ctx.uow, ctx.actor, ticket.id)
        if not ticket.is_open:
            raise NotAuthorized("button-stale")
        await ask_in_private(ctx, bot, dispatcher, ASKS[op], ticket)
    else:
        raise NotAuthorized("button-stale")


async def _department_button(ctx: Ctx, query: CallbackQuery, bot: Bot, dispatcher: Dispatcher,
                             ticket: Ticket, question: Question) -> None:
    """On the department's card (its group's, or the person's own): staff of the estate."""
    if ticket.department is None:
        raise NotAuthorized("button-stale")
    refs = [dept_ref(ticket, ticket.department)]
    if ctx.actor.person_id is not None:
        refs.append(dept_ref(ticket, ticket.department, ctx.actor.person_id))
    if not any([await _pressed_on(ctx, query, ref) for ref in refs]):
        raise NotAuthorized("button-stale")
    await routing.department_complaint(ctx.uow, ctx.actor, ticket.id)
    await ask_in_private(ctx, bot, dispatcher, question, ticket)


async def _card_locale(ctx: Ctx, ticket: Ticket, query: CallbackQuery | None = None) -> Locale:
    """Cards are written in the group's language (the estate's). A card pressed while its
    send is still on its way has no recorded reference yet: its chat is the pressed one."""
    where = await ctx.uow.outbox.ref(card_ref(ticket))
    chat_id = where[0] if where else (query.message.chat.id if query and query.message
                                      else None)
    group = await ctx.uow.groups.get(chat_id) if chat_id is not None else None
    return await ctx.postman.group_locale(group) if group else ctx.locale


async def on_resident_button(query: CallbackQuery, callback_data: ComplaintResidentCb, ctx: Ctx,
                             bot: Bot, dispatcher: Dispatcher) -> None:
    """Under the office's latest reply: answer, satisfied (then stars), not satisfied."""
    ticket = await complaints.own_complaint(ctx.uow, ctx.actor, callback_data.id)
    ref = reply_ref(ticket, int(ticket.extra.get("replies", 0)))
    if not await _pressed_on(ctx, query, ref) or ticket.status is not Status.REPLIED:
        raise NotAuthorized("button-stale")
    op = callback_data.op
    if op == "answer":
        await ask_in_private(ctx, bot, dispatcher, Question.ANSWER, ticket)
    elif op == "ok":
        await ctx.postman.edit_markup(markup=kb.stars(ticket), ref=ref)
        ctx.answer("complaint-rate-ask")
    elif op == "rate":
        await complaints.satisfied(ctx.uow, ctx.actor, ticket.id, callback_data.value, ctx.now)
        ctx.answer("rate-thanks", stars="⭐" * callback_data.value)
    elif op == "no":
        await ask_in_private(ctx, bot, dispatcher, Question.REOPEN, ticket)
    else:
        raise NotAuthorized("button-stale")


async def on_satisfaction(query: CallbackQuery, callback_data: SatisfactionCb, ctx: Ctx) -> None:
    """The one question after a ticket is closed; answered once."""
    ticket = await ctx.uow.tickets.get(callback_data.id)
    if ticket is None or ctx.actor.person is None or ticket.reporter_id != ctx.actor.person.id:
        raise NotFound("button-stale")
    if not await _pressed_on(ctx, query, satisfaction_ref(ticket)):
        raise NotAuthorized("button-stale")
    await satisfaction.record_satisfaction(ctx.uow, ctx.actor, ticket.id, callback_data.score,
                                           ctx.now)
    ctx.answer("satisfaction-thanks-short")


# ---------------------------------------------------------------- /complaints


async def cmd_complaints_group(message: Message, command: CommandObject, ctx: Ctx,
                               group: Group) -> None:
    """In the desk or managers group: that estate's complaints."""
    assert group.estate_id is not None
    require_staff_here(ctx.actor, group)
    ctx.locale = await ctx.postman.group_locale(group)
    await _complaints(ctx, command, [group.estate_id])


async def cmd_complaints_private(message: Message, command: CommandObject, ctx: Ctx) -> None:
    """Privately: every estate where the person is desk or manager."""
    estates = sorted({s.estate_id for s in ctx.actor.staff
                      if complaints.is_office(ctx.actor, s.estate_id)})
    if not estates:
        raise NotAuthorized("complaint-office-only")
    await _complaints(ctx, command, estates)


async def _complaints(ctx: Ctx, command: CommandObject, estate_ids: list[int]) -> None:
    args = (command.args or "").lower().split()
    if args and args[0] == "week" and len(args) <= 2 and args[1:] in ([], ["last"]):
        for estate_id in estate_ids:
            stats = await complaints.week_stats(ctx.uow, ctx.actor, estate_id, ctx.now,
                                                last=args[1:] == ["last"])
            estate = await ctx.uow.estates.get(estate_id)
            assert estate is not None and ctx.chat_id is not None
            await post_week(ctx.postman, ctx.tr, ctx.locale, ctx.chat_id, stats, estate,
                            ctx.settings.files.root)
        return
    if args:
        await ctx.reply("complaint-usage")
        return
    for estate_id in estate_ids:
        await _open_list(ctx, estate_id)


async def _open_list(ctx: Ctx, estate_id: int) -> None:
    """Open complaints, the soonest reply due first."""
    tickets = await complaints.open_complaints(ctx.uow, ctx.actor, estate_id)
    if not tickets:
        await ctx.reply("complaint-list-empty")
        return
    estate = await ctx.uow.estates.get(estate_id)
    tz = estate.tz if estate else "UTC"
    lines = [ctx.t("complaint-list-header", count=len(tickets))]
    for t in tickets[:25]:
        lines.append(ctx.t("complaint-list-line", number=t.number, id=link(t.number),
                           category=category_label(t, ctx.tr, ctx.locale),
                           place=await place(ctx.uow, t, ctx.tr, ctx.locale),
                           status=await status_line(ctx.uow, t, ctx.tr, ctx.locale),
                           due=when(t.reply_due, tz) if t.status in complaints.WAITING_REPLY
                           else "—"))
    await ctx.reply_html("\n".join(lines))
