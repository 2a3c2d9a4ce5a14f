"""The owner's side: /renovate lists their applications with what they can do now (fix and
resubmit, add or remove workers, report completion, see notices, withdraw), or opens the form."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.notices.cards import when
from conversations.renovation import keyboards as kb
from conversations.renovation.callbacks import OwnerCb
from conversations.renovation.cards import owner_summary, step_name, tz_of
from conversations.renovation.form import start_fix, start_form
from conversations.renovation.workers import start_later
from domain.errors import NotAuthorized
from domain.model import Actor
from domain.renovation import contractor
from domain.renovation import review as renovation
from domain.renovation import works as renovation_works
from domain.renovation.model import WorkerStatus
from handlers.filters import InPrivate, IsResident


def build_router() -> Router:
    router = Router(name="renovation-owner")
    router.message.filter(InPrivate())
    router.callback_query.filter(InPrivate())
    router.message.register(cmd_renovate, Command("renovate"), IsResident())
    router.callback_query.register(on_owner, OwnerCb.filter(F.op.in_(
        {"show", "fix", "add", "remove", "rmw", "done", "cancel", "notices", "new",
         "contractor"})))
    return router


async def _open(ctx: Ctx, actor: Actor) -> list[tuple[int, str]]:
    """The owner's applications that are still open, as (id, button label)."""
    assert actor.person is not None
    items = []
    for app in await ctx.uow.renovations.for_owner(actor.person.id):
        ticket = await ctx.uow.tickets.get(app.ticket_id)
        if ticket is not None and ticket.is_open:
            items.append((ticket.id, ctx.t("btn-reno-show", number=ticket.number,
                                           status=step_name(ctx.tr, ctx.locale,
                                                            ticket.status.value))))
    return items


async def cmd_renovate(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """Open applications first (with a button for a new one), or straight into the form."""
    if ctx.actor.person is None:
        raise NotAuthorized("reno-owners-only")
    items = await _open(ctx, ctx.actor)
    if not items:
        await start_form(ctx, state)
        return
    await ctx.reply("reno-hub", markup=kb.hub(items, ctx.tr, ctx.locale))


async def on_owner(query: CallbackQuery, callback_data: OwnerCb, ctx: Ctx,
                   state: FSMContext) -> None:
    op = callback_data.op
    if op == "new":
        await start_form(ctx, state)
        return
    ticket, app = await renovation.own_application(ctx.uow, ctx.actor, callback_data.id)
    if op == "show":
        notices = await ctx.uow.renovations.notices(ticket.id)
        await ctx.reply_html(await owner_summary(ctx.uow, ticket, app, ctx.tr, ctx.locale),
                             markup=kb.owner_actions(ticket, len(notices), ctx.tr, ctx.locale))
    elif op == "fix":
        await start_fix(ctx, state, ticket.id)
    elif op == "add":
        await start_later(ctx, state, ticket.id)
    elif op == "remove":
        active = [w for w in await ctx.uow.renovations.workers(ticket.id)
                  if w.status is WorkerStatus.ACTIVE]
        await ctx.reply("reno-pick-worker", markup=kb.removable(ticket.id, active))
    elif op == "rmw":
        await renovation_works.request_worker_removal(ctx.uow, ctx.actor, ticket.id,
                                                      callback_data.w, ctx.now)
        worker = await ctx.uow.renovations.worker(callback_data.w)
        await ctx.reply("reno-worker-remove-requested", name=worker.name if worker else "")
    elif op == "contractor":
        code = await contractor.invite_contractor(
            ctx.uow, ctx.actor, ticket.id, ctx.now,
            pepper=ctx.settings.security.code_pepper.get_secret_value())
        username = ctx.settings.telegram.bot_username
        link = f"https://t.me/{username}?start={code}" if username else f"/start {code}"
        await ctx.reply("reno-contractor-invite", number=ticket.number, code=code, link=link,
                        days=contractor.CODE_DAYS)
    elif op == "done":
        await renovation_works.report_completion(ctx.uow, ctx.actor, ticket.id, ctx.now)
        await ctx.reply("reno-completion-reported", number=ticket.number)
    elif op == "cancel":
        await renovation.cancel_application(ctx.uow, ctx.actor, ticket.id, ctx.now)
        await ctx.reply("reno-withdrawn", number=ticket.number)
    elif op == "notices":
        tz = await tz_of(ctx.uow, ticket.estate_id)
        lines = [ctx.t("reno-notice-line", notice=n.number, description=n.description,
                       status=ctx.t(f"notice-{n.status.value}"), due=when(n.due, tz))
                 for n in await ctx.uow.renovations.notices(ticket.id)]
        await ctx.reply_html("\n".join(lines) or ctx.t("reno-notices-none"))
