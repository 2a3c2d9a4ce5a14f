"""One text asked after a complaint button, in the person's private chat.

The desk writes the reply, the reason for closing or the repair number there (so the desk
group stays readable and nothing internal reaches the resident by accident); the resident
writes their answer or why they are not satisfied.
"""

from __future__ import annotations

from enum import StrEnum

from aiogram import Bot, Dispatcher, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import Message

from bot.context import Ctx
from conversations.forms import ask_in_private_chat, reask
from domain.complaints import handling as complaints
from domain.errors import Conflict, InvalidInput, NotFound
from domain.tickets import Ticket
from handlers.filters import InPrivate


class Question(StrEnum):
    REPLY = "reply"
    CLOSE = "close"
    LINK = "link"
    ANSWER = "answer"
    REOPEN = "reopen"


FIELDS = {Question.REPLY: "reply", Question.CLOSE: "reason", Question.LINK: "number",
          Question.ANSWER: "answer", Question.REOPEN: "reason"}


class ComplaintFollowup(StatesGroup):
    waiting_text = State()


def build_router() -> Router:
    router = Router(name="complaint-followups")
    router.message.filter(InPrivate())
    router.message.register(text_received, ComplaintFollowup.waiting_text)
    return router


async def ask_in_private(ctx: Ctx, bot: Bot, dispatcher: Dispatcher, question: Question,
                         ticket: Ticket) -> None:
    """Ask the question in the person's private chat."""
    await ask_in_private_chat(ctx, bot, dispatcher, ComplaintFollowup.waiting_text,
                              {"question": question.value, "ticket_id": ticket.id},
                              ctx.t(f"complaint-ask-{question.value}", number=ticket.number))


async def text_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    data = await state.get_data()
    try:
        question = Question(data.get("question", ""))
        ticket_id = int(data["ticket_id"])
    except (ValueError, KeyError):
        await state.clear()
        await ctx.reply("unknown-text")
        return
    ticket = await ctx.uow.tickets.get(ticket_id)
    number = ticket.number if ticket else "?"
    prompt = f"complaint-ask-{question.value}"
    if not message.text:
        await reask(ctx, prompt, error=InvalidInput("input-need-text", field=FIELDS[question]),
                    number=number)
        return
    try:
        await _apply(ctx, question, ticket_id, message.text)
    except InvalidInput as exc:
        await reask(ctx, prompt, error=exc, number=number)
        return
    except (Conflict, NotFound) as exc:
        # The complaint moved on meanwhile (closed, replied by a colleague): the question ends.
        await state.clear()
        await ctx.reply(exc.key, **exc.args_map)
        return
    await state.clear()
    await ctx.reply(f"complaint-answered-{question.value}", number=number)


async def _apply(ctx: Ctx, question: Question, ticket_id: int, text: str) -> None:
    if question is Question.REPLY:
        await complaints.reply(ctx.uow, ctx.actor, ticket_id, text, ctx.now)
    elif question is Question.CLOSE:
        await complaints.close(ctx.uow, ctx.actor, ticket_id, text, ctx.now)
    elif question is Question.LINK:
        await complaints.link_repair(ctx.uow, ctx.actor, ticket_id, text, ctx.now)
    elif question is Question.ANSWER:
        await complaints.answer(ctx.uow, ctx.actor, ticket_id, text, ctx.now)
    else:
        await complaints.not_satisfied(ctx.uow, ctx.actor, ticket_id, text, ctx.now)
