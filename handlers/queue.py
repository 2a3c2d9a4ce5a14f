"""/queue: open work with each row's own deadline or how long it is overdue, overdue first,
25 rows a page with buttons to page and filter (mine, overdue, kind, trade)."""

from __future__ import annotations

from datetime import timedelta

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.context import Ctx
from bot.notices.cards import place, status_line, when
from bot.ui.callbacks import DailyCb, QueueCb
from bot.ui.keyboards import button
from domain import repair
from domain.complaints import handling as complaints
from domain.model import Group, GroupPurpose, Locale, Trade
from domain.queue import FILTERS, Page, Row, View, arrange, link, span_parts
from domain.tickets import Kind, Ticket
from handlers.filters import ActiveGroup, InPrivate, IsStaff, require_staff_here


def build_router() -> Router:
    router = Router(name="queue")
    router.message.register(cmd_queue_group, Command("queue"), ActiveGroup())
    router.message.register(cmd_queue_private, Command("queue"), InPrivate(), IsStaff())
    router.callback_query.register(on_page_group, QueueCb.filter(), ActiveGroup())
    router.callback_query.register(on_page_private, QueueCb.filter(), InPrivate(), IsStaff())
    router.callback_query.register(on_daily_button, DailyCb.filter(), ActiveGroup())
    return router


async def _group_tickets(ctx: Ctx, group: Group) -> tuple[list[Ticket], str]:
    """In a crew group: that trade's open jobs; in the desk or managers group: everything.
    Only for a staff member of the group's estate writing as themselves."""
    assert group.estate_id is not None
    require_staff_here(ctx.actor, group)
    ctx.locale = await ctx.postman.group_locale(group)
    estate = await ctx.uow.estates.get(group.estate_id)
    tickets = await ctx.uow.tickets.open_in_estate(group.estate_id, limit=1000)
    if group.purpose not in (GroupPurpose.DESK, GroupPurpose.MANAGERS):
        tickets = [t for t in tickets if t.kind not in (Kind.COMPLAINT, Kind.ENQUIRY)]
    if group.purpose is GroupPurpose.CREW and group.trade is not None:
        tickets = [t for t in tickets if t.trade == group.trade.value]
    return tickets, estate.tz if estate else "UTC"


async def _private_tickets(ctx: Ctx) -> tuple[list[Ticket], str]:
    tickets: list[Ticket] = []
    tz = "UTC"
    for estate_id in sorted({s.estate_id for s in ctx.actor.staff}):
        estate = await ctx.uow.estates.get(estate_id)
        tz = estate.tz if estate else tz
        tickets += [t for t in await ctx.uow.tickets.open_in_estate(estate_id, limit=1000)
                    if complaints.may_see(ctx.actor, t)]
    trades = {s.trade.value for s in ctx.actor.staff if s.trade is not None}
    if trades and not any(ctx.actor.has_role(t.estate_id, *repair.OFFICE) for t in tickets):
        tickets = [t for t in tickets if t.trade in trades]
    return tickets, tz


def _office_group(group: Group) -> list[int]:
    return [group.estate_id] if group.estate_id is not None and group.purpose in (
        GroupPurpose.DESK, GroupPurpose.MANAGERS) else []


def _office_estates(ctx: Ctx) -> list[int]:
    return sorted({s.estate_id for s in ctx.actor.staff
                   if ctx.actor.has_role(s.estate_id, *repair.OFFICE)})


async def cmd_queue_group(message: Message, ctx: Ctx, group: Group) -> None:
    tickets, tz = await _group_tickets(ctx, group)
    await _show(ctx, tickets, tz, View(), None,
                footer=await errands_footer(ctx, _office_group(group)))


async def cmd_queue_private(message: Message, ctx: Ctx) -> None:
    tickets, tz = await _private_tickets(ctx)
    await _show(ctx, tickets, tz, View(), None,
                footer=await errands_footer(ctx, _office_estates(ctx)))


async def on_page_group(query: CallbackQuery, callback_data: QueueCb, ctx: Ctx,
                        group: Group) -> None:
    view = _view(callback_data)
    if view is None:
        await ctx.refuse_button()
        return
    tickets, tz = await _group_tickets(ctx, group)
    await _show(ctx, tickets, tz, view, query,
                footer=await errands_footer(ctx, _office_group(group)))


async def on_page_private(query: CallbackQuery, callback_data: QueueCb, ctx: Ctx) -> None:
    view = _view(callback_data)
    if view is None:
        await ctx.refuse_button()
        return
    tickets, tz = await _private_tickets(ctx)
    await _show(ctx, tickets, tz, view, query,
                footer=await errands_footer(ctx, _office_estates(ctx)))


async def on_daily_button(query: CallbackQuery, callback_data: DailyCb, ctx: Ctx,
                          group: Group) -> None:
    """A button under the group's daily list: the group's queue (or its overdue part) as a
    new message; the list itself stays as it was."""
    if callback_data.f not in ("all", "overdue"):
        await ctx.refuse_button()
        return
    tickets, tz = await _group_tickets(ctx, group)
    await _show(ctx, tickets, tz, View(callback_data.f), None)
    ctx.answer()


def _view(data: QueueCb) -> View | None:
    """The view a page button asks for; None when no button of ours could say it."""
    view = View(data.f, data.k, data.tr, data.p)
    known_trade = data.tr == "" or data.tr in {t.value for t in Trade}
    return view if view == view.normal() and known_trade else None


async def _show(ctx: Ctx, tickets: list[Ticket], tz: str, view: View,
                query: CallbackQuery | None, *, footer: str = "") -> None:
    page = arrange(tickets, view, ctx.actor.person_id, ctx.now)
    view = view.normal()
    if page.total:
        lines = [ctx.t("queue-page-header", count=page.total, page=page.page + 1,
                       pages=page.pages)]
        lines += [await _line(ctx, row, tz) for row in page.rows]
        text = "\n".join(lines)
    else:
        text = ctx.t("queue-empty")
    if footer:
        text = f"{text}\n\n{footer}"
    markup = _keyboard(ctx, page, view) if tickets else None
    if query is None:
        await ctx.reply_html(text, markup=markup)
        return
    if query.message is not None:
        await ctx.postman.edit(text=text, markup=markup, chat_id=query.message.chat.id,
                               message_id=query.message.message_id)
    ctx.answer()


async def _line(ctx: Ctx, row: Row, tz: str) -> str:
    t = row.ticket
    if row.overdue is not None:
        due = ctx.t("queue-overdue", span=span_text(ctx, row.overdue))
    elif row.due is not None:
        due = ctx.t("queue-due", at=when(row.due, tz))
    else:
        due = ctx.t("queue-no-due")
    return ctx.t("queue-row", number=t.number, link=link(t.number),
                 status=await status_line(ctx.uow, t, ctx.tr, ctx.locale),
                 place=await place(ctx.uow, t, ctx.tr, ctx.locale), due=due,
                 emergency="🚨 " if t.emergency else "")


async def errands_footer(ctx: Ctx, estate_ids: list[int]) -> str:
    """The office's move-in errands not done yet (委託代辦), under the tickets: they are
    not tickets, so they are listed, not paged (the first ten)."""
    found = [(number, e) for estate_id in estate_ids
             for number, e in await ctx.uow.move_ins.open_errands(estate_id)]
    if not found:
        return ""
    sep = ", " if ctx.locale is Locale.EN else "、"
    items = sep.join(f"{number} {ctx.tr.named(ctx.locale, 'movein-errand', e.item)}"
                     for number, e in found[:10])
    return ctx.t("queue-errands", count=len(found), items=items)


def span_text(ctx: Ctx, span: timedelta) -> str:
    days, hours, minutes = span_parts(span)
    if days:
        return ctx.t("span-days", days=days, hours=hours)
    if hours:
        return ctx.t("span-hours", hours=hours, minutes=minutes)
    return ctx.t("span-minutes", minutes=minutes)


def _keyboard(ctx: Ctx, page: Page, view: View) -> InlineKeyboardMarkup:
    def cb(**over: object) -> str:
        fields = {"f": view.filter, "k": view.kind, "tr": view.trade, "p": 0, **over}
        return QueueCb(**fields).pack()

    def mark(on: bool, text: str) -> str:
        return f"• {text}" if on else text

    keyboard: list[list[InlineKeyboardButton]] = []
    if page.pages > 1:
        nav = []
        if page.page > 0:
            nav.append(button(ctx.t("queue-btn-prev"), cb(p=page.page - 1)))
        nav.append(button(f"{page.page + 1}/{page.pages}", cb(p=page.page)))
        if page.page + 1 < page.pages:
            nav.append(button(ctx.t("queue-btn-next"), cb(p=page.page + 1)))
        keyboard.append(nav)
    keyboard.append([button(mark(view.filter == f, ctx.t(f"queue-btn-{f}")), cb(f=f))
                     for f in FILTERS])
    if len(page.kinds) > 1:
        keyboard.append([button(mark(view.kind == k, ctx.t(f"queue-btn-kind-{k}")),
                                cb(k="" if view.kind == k else k)) for k in page.kinds])
    if len(page.trades) > 1:
        trades = [button(mark(view.trade == tr, ctx.t(f"trade-{tr}").strip("（）()")),
                         cb(tr="" if view.trade == tr else tr)) for tr in page.trades]
        keyboard += [trades[i:i + 3] for i in range(0, len(trades), 3)]
    return InlineKeyboardMarkup(inline_keyboard=keyboard)
