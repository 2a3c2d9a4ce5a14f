"""Office buttons on renovation cards: review decisions, drawings and ID cards (privately),
payment, worker changes, pass return and deposit; and /renovations (the records as XLSX).

Every press is re-authorised: the button must sit on the card it names (a message the bot
sent for this application), and the role and status are read from the database."""

from __future__ import annotations

from aiogram import Bot, Dispatcher, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.filestore import save_generated
from bot.reports.renovation import workbook
from conversations.renovation.callbacks import RenoCb, RenoWorkerCb
from conversations.renovation.cards import card_ref, worker_ref
from conversations.renovation.followups import ask_reason
from domain.errors import Conflict, NotAuthorized, NotFound
from domain.model import StaffRole
from domain.ports import FileRef
from domain.renovation import review as renovation
from domain.renovation import works as renovation_works
from domain.renovation.model import REVIEW, Decision
from domain.tickets import Status, Ticket
from handlers.desk import pressed_on_card
from handlers.filters import InPrivate, IsStaff

REVIEW_OPS = {"ok": Decision.APPROVE, "no": Decision.REJECT, "info": Decision.MORE_INFO}
CARDS = {*(s.value for s in REVIEW), "pay", "settle"}


def build_router() -> Router:
    router = Router(name="renovation-office")
    router.callback_query.register(on_card, RenoCb.filter())
    router.callback_query.register(on_worker, RenoWorkerCb.filter())
    router.message.register(cmd_renovations, Command("renovations"), InPrivate(), IsStaff())
    return router


async def _ticket(ctx: Ctx, ticket_id: int) -> Ticket:
    ticket, _ = await renovation.application(ctx.uow, ticket_id)
    return ticket


async def on_card(query: CallbackQuery, callback_data: RenoCb, ctx: Ctx, bot: Bot,
                  dispatcher: Dispatcher) -> None:
    ticket = await _ticket(ctx, callback_data.id)
    card, op = callback_data.s, callback_data.op
    if card not in CARDS or not await pressed_on_card(ctx, query, card_ref(ticket, card)):
        raise NotAuthorized("button-stale")
    if op in REVIEW_OPS:
        decision = REVIEW_OPS[op]
        step = Status(card) if card in {s.value for s in REVIEW} else None
        if step is None:
            raise NotAuthorized("button-stale")
        if decision is Decision.APPROVE:
            await renovation.review(ctx.uow, ctx.actor, ticket.id, step, decision, ctx.now)
            ctx.answer("decision-recorded")
            return
        # The reason is asked privately; check first that this person may decide now.
        if not renovation.may_review(ctx.actor, ticket, step):
            raise NotAuthorized("reno-not-your-step")
        if ticket.status is not step:
            raise Conflict("reno-step-decided")
        await ask_reason(ctx, bot, dispatcher, ticket.id, ticket.number, step.value, decision)
    elif op == "draw":
        await send_drawings(ctx, ticket)
    elif op == "ids":
        await send_ids(ctx, ticket)
    elif op in {"paid", "unpaid"} and card == "pay":
        await renovation_works.record_payment(ctx.uow, ctx.actor, ticket.id, op == "paid",
                                              ctx.now)
        ctx.answer("decision-recorded" if op == "paid" else "reno-unpaid-noted")
    elif op == "returned" and card == "settle":
        await renovation_works.return_passes(ctx.uow, ctx.actor, ticket.id, ctx.now)
        ctx.answer("decision-recorded")
    elif op == "settled" and card == "settle":
        await renovation_works.settle_deposit(ctx.uow, ctx.actor, ticket.id, ctx.now)
        ctx.answer("decision-recorded")
    else:
        raise NotAuthorized("button-stale")


async def _send_file(ctx: Ctx, chat_id: int, ref: FileRef, caption: str,
                     path: str | None = None) -> None:
    """Our stored copy when there is one, else Telegram's; a photo stays a photo."""
    if path is not None:
        await ctx.postman.photo(chat_id, "", caption=caption, path=path)
    elif ref.name is None and ref.mime.startswith("image/"):
        await ctx.postman.photo(chat_id, ref.file_id, caption=caption)
    else:
        await ctx.postman.document(chat_id, path="", filename=ref.name or "file",
                                   caption=caption, file_id=ref.file_id)


async def send_drawings(ctx: Ctx, ticket: Ticket) -> None:
    """The drawings, privately to the reviewer who asked."""
    files = await renovation_works.drawings(ctx.uow, ctx.actor, ticket.id)
    for n, ref in enumerate(files, start=1):
        await _send_file(ctx, ctx.actor.tg_user_id, ref,
                         ctx.t("reno-drawing-caption", number=ticket.number, n=n))
    ctx.answer("reno-drawings-sent")


async def send_ids(ctx: Ctx, ticket: Ticket, worker_id: int | None = None) -> None:
    """ID-card images, privately to an authorised desk member or manager (audited)."""
    shown = await renovation_works.id_photos(ctx.uow, ctx.actor, ticket.id, ctx.now, worker_id)
    if not shown:
        ctx.answer("reno-id-none", number=ticket.number, alert=True)
        return
    for name, ref, path in shown:
        await _send_file(ctx, ctx.actor.tg_user_id, ref,
                         ctx.t("reno-id-caption", name=name, number=ticket.number), path)
    ctx.answer("reno-ids-sent")


async def on_worker(query: CallbackQuery, callback_data: RenoWorkerCb, ctx: Ctx) -> None:
    """The desk's decision on a worker the owner added or wants to remove."""
    ticket = await _ticket(ctx, callback_data.id)
    worker = await ctx.uow.renovations.worker(callback_data.w)
    if worker is None or worker.ticket_id != ticket.id:
        raise NotFound("button-stale")
    refs = [worker_ref(ticket.id, worker.id, True), worker_ref(ticket.id, worker.id, False)]
    if not any([await pressed_on_card(ctx, query, ref) for ref in refs]):
        raise NotAuthorized("button-stale")
    if callback_data.op == "ids":
        await send_ids(ctx, ticket, worker.id)
        return
    if callback_data.op not in {"ok", "no"}:
        raise NotAuthorized("button-stale")
    await renovation_works.decide_worker(ctx.uow, ctx.actor, ticket.id, worker.id,
                                         callback_data.op == "ok", ctx.now)
    ctx.answer("decision-recorded")


async def cmd_renovations(message: Message, ctx: Ctx) -> None:
    """The desk and managers get their estates' renovation records as a spreadsheet."""
    estates = sorted({s.estate_id for s in ctx.actor.staff
                      if s.role in (StaffRole.DESK, StaffRole.MANAGER)})
    if not estates:
        raise NotAuthorized("reno-export-office-only")
    for estate_id in estates:
        estate = await ctx.uow.estates.get(estate_id)
        if estate is None:
            continue
        data, counts = await workbook(ctx.uow, estate, ctx.tr, ctx.locale)
        if not counts["apps"]:
            await ctx.reply("reno-export-none")
            continue
        path = save_generated(ctx.settings.files.root, data, ".xlsx")
        await ctx.postman.document(ctx.actor.tg_user_id, path=path,
                                   filename=f"renovations-{estate.code}-{ctx.now:%Y%m%d}.xlsx",
                                   caption=ctx.t("reno-export-caption", estate=estate.name,
                                                 count=counts["apps"]))
