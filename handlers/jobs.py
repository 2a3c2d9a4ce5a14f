"""Buttons on work orders and callback tasks: crew in their group (or paged privately), desk."""

from __future__ import annotations

from aiogram import Bot, Dispatcher, Router
from aiogram.types import CallbackQuery

from bot.context import Ctx
from bot.notices.cards import callback_ref, crew_ref, page_ref
from bot.ui.callbacks import CallbackCb, JobCb
from conversations.repair.followups import Followup, ask_privately
from domain import repair
from domain.errors import NotAuthorized, NotFound
from domain.repair import CallbackResult, Progress
from domain.tickets import Ticket
from handlers.filters import pressed_on


def build_router() -> Router:
    router = Router(name="jobs")
    router.callback_query.register(on_job, JobCb.filter())
    router.callback_query.register(on_callback_result, CallbackCb.filter())
    return router


async def _pressed_on(ctx: Ctx, query: CallbackQuery, refs: list[str]) -> bool:
    return await pressed_on(ctx.uow, query, *refs)


async def _ticket(ctx: Ctx, ticket_id: int) -> Ticket:
    ticket = await ctx.uow.tickets.get(ticket_id)
    if ticket is None:
        raise NotFound("button-stale")
    return ticket


async def on_job(query: CallbackQuery, callback_data: JobCb, ctx: Ctx, bot: Bot,
                 dispatcher: Dispatcher) -> None:
    """Every press is re-authorised: the card must be the ticket's current one, the role
    and the ticket's status are read from the database."""
    ticket = await _ticket(ctx, callback_data.id)
    op = callback_data.op
    refs = [crew_ref(ticket)] + ([page_ref(ticket)] if op in {"take", "contact"} else [])
    if not await _pressed_on(ctx, query, refs):
        raise NotAuthorized("button-stale")
    if op == "take":
        await repair.accept_job(ctx.uow, ctx.actor, ticket.id, ctx.now)
        ctx.answer("job-taken")
    elif op in {"way", "site"}:
        step = Progress.ON_THE_WAY if op == "way" else Progress.ON_SITE
        await repair.report_progress(ctx.uow, ctx.actor, ticket.id, step, ctx.now)
        ctx.answer("decision-recorded")
    elif op == "ack":
        await repair.acknowledge_rework(ctx.uow, ctx.actor, ticket.id, ctx.now)
        ctx.answer("job-taken")
    elif op == "contact":
        await send_contact(ctx, ticket)
    elif op in {"parts", "done", "back"}:
        repair.require_may_work(ctx.actor, ticket)
        follow = {"parts": Followup.PARTS_REASON, "done": Followup.DONE_PHOTO,
                  "back": Followup.HAND_BACK_REASON}[op]
        await ask_privately(ctx, bot, dispatcher, follow, ticket)
    else:
        raise NotAuthorized("button-stale")


async def send_contact(ctx: Ctx, ticket: Ticket) -> None:
    """The resident's name and phone, privately to the crew member or desk who asked."""
    repair.require_may_contact(ctx.actor, ticket)
    reporter = await ctx.uow.people.get(ticket.reporter_id) if ticket.reporter_id else None
    if reporter is None or ctx.actor.person is None:
        raise NotFound()
    await ctx.uow.audit.record(at=ctx.now, entity="ticket", entity_id=str(ticket.id),
                               action="contact-shown", actor_person_id=ctx.actor.person_id,
                               actor_tg_id=ctx.actor.tg_user_id, update_id=ctx.update_id)
    await ctx.postman.send(ctx.actor.tg_user_id, ctx.t(
        "contact-card", number=ticket.number, name=reporter.name,
        phone=reporter.phone or ctx.t("value-none")))
    ctx.answer("contact-sent")


async def on_callback_result(query: CallbackQuery, callback_data: CallbackCb, ctx: Ctx, bot: Bot,
                             dispatcher: Dispatcher) -> None:
    """The desk records the callback: satisfied, could not reach, or a problem (asked next)."""
    ticket = await _ticket(ctx, callback_data.id)
    if not await _pressed_on(ctx, query, [callback_ref(ticket)]):
        raise NotAuthorized("button-stale")
    try:
        result = CallbackResult(callback_data.op)
    except ValueError:
        raise NotAuthorized("button-stale") from None
    if result is CallbackResult.PROBLEM:
        repair.require_office(ctx.actor, ticket)
        await ask_privately(ctx, bot, dispatcher, Followup.PROBLEM, ticket)
        return
    await repair.record_callback(ctx.uow, ctx.actor, ticket.id, result, ctx.now)
    ctx.answer("decision-recorded")
