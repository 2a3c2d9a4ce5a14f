"""One question asked after a button: a reason, a photo, a comment.

The question is data (which follow-up, which ticket) walked by one handler. Crew and desk
are asked in their private chat, so the staff group stays readable.
"""

from __future__ import annotations

from enum import StrEnum

from aiogram import Bot, Dispatcher, F, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.media import photo_ref
from bot.ui.callbacks import FixCb
from conversations.forms import ask_in_private_chat, reask
from conversations.repair import keyboards as kb
from domain import repair
from domain.errors import DomainError, InvalidInput
from domain.repair import CallbackResult, Progress
from domain.tickets import Ticket
from handlers.filters import InPrivate


class Followup(StrEnum):
    PARTS_REASON = "parts"
    DONE_PHOTO = "done"
    HAND_BACK_REASON = "back"
    PROBLEM = "problem"
    FIX_COMMENT = "comment"
    REOPEN_REASON = "reopen"


class FollowupForm(StatesGroup):
    waiting_answer = State()


def build_router() -> Router:
    router = Router(name="followups")
    router.message.filter(InPrivate())
    router.message.register(answer_received, FollowupForm.waiting_answer)
    router.callback_query.register(on_skip, FollowupForm.waiting_answer,
                                   FixCb.filter(F.op == "skip"))
    return router


async def ask_privately(ctx: Ctx, bot: Bot, dispatcher: Dispatcher, follow: Followup,
                        ticket: Ticket) -> None:
    """Ask the follow-up question in the person's private chat."""
    markup = kb.skip_comment(ticket, ctx.tr, ctx.locale) if follow is Followup.FIX_COMMENT \
        else None
    await ask_in_private_chat(ctx, bot, dispatcher, FollowupForm.waiting_answer,
                              {"followup": follow.value, "ticket_id": ticket.id},
                              ctx.t(f"ask-{follow.value}", number=ticket.number),
                              markup=markup)


async def answer_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    data = await state.get_data()
    try:
        follow = Followup(data.get("followup", ""))
        ticket_id = int(data["ticket_id"])
    except (ValueError, KeyError):
        await state.clear()
        await ctx.reply("unknown-text")
        return
    ticket = await ctx.uow.tickets.get(ticket_id)
    number = ticket.number if ticket else "?"
    prompt = f"ask-{follow.value}"
    try:
        done_key = await _apply(ctx, follow, ticket_id, message)
    except InvalidInput as exc:
        await reask(ctx, prompt, error=exc, number=number)
        return
    await state.clear()
    await ctx.reply(done_key, number=number)


async def _apply(ctx: Ctx, follow: Followup, ticket_id: int, message: Message) -> str:
    """Run the use case for the answer; InvalidInput keeps the question open."""
    if follow is Followup.DONE_PHOTO:
        if not (message.photo or message.document):
            raise InvalidInput("job-done-needs-photo")
        photo = photo_ref(message, ctx.settings.files.max_photo_bytes)
        await repair.complete_job(ctx.uow, ctx.actor, ticket_id, photo, ctx.now,
                                  note=message.caption)
        return "done-recorded"
    if not message.text:
        raise InvalidInput("input-need-text", field="reason")
    text = message.text
    if follow is Followup.PARTS_REASON:
        await repair.report_progress(ctx.uow, ctx.actor, ticket_id, Progress.WAITING_PARTS,
                                     ctx.now, reason=text)
    elif follow is Followup.HAND_BACK_REASON:
        await repair.hand_back(ctx.uow, ctx.actor, ticket_id, text, ctx.now)
    elif follow is Followup.PROBLEM:
        await repair.record_callback(ctx.uow, ctx.actor, ticket_id, CallbackResult.PROBLEM,
                                     ctx.now, problem=text)
    elif follow is Followup.REOPEN_REASON:
        await repair.reopen(ctx.uow, ctx.actor, ticket_id, text, ctx.now)
    elif follow is Followup.FIX_COMMENT:
        ticket = await ctx.uow.tickets.get(ticket_id)
        await repair.rate(ctx.uow, ctx.actor, ticket_id, ticket.rating or 5 if ticket else 5,
                          text, ctx.now)
    return f"answered-{follow.value}"


async def on_skip(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    await state.clear()
    ctx.answer("answered-comment")


__all__ = ["DomainError", "Followup", "FollowupForm", "ask_privately", "build_router"]
