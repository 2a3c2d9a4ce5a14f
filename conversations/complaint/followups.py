"""One text asked after a complaint button, in the person's private chat.

The desk writes the reply, the reason for closing or the repair number there (so the desk
group stays readable and nothing internal reaches the resident by accident); the resident
writes their answer or why they are not satisfied.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from enum import StrEnum
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import Message

from bot.context import Ctx
from conversations.forms import Data
from conversations.questions import PrivateQuestions
from conversations.questions import Question as Asked
from domain.complaints import handling as complaints
from domain.complaints import routing
from domain.model import Actor
from domain.ports import UnitOfWork
from domain.tickets import Ticket
from handlers.filters import InPrivate


class Question(StrEnum):
    REPLY = "reply"
    CLOSE = "close"
    LINK = "link"
    ANSWER = "answer"
    REOPEN = "reopen"
    DEPT_REPLY = "dept_reply"  # the routed department answers the resident
    DEPT_ASK = "dept_ask"      # the department asks the desk
    TELL = "tell"              # the desk writes to the department


class ComplaintFollowup(StatesGroup):
    waiting_text = State()


UseCase = Callable[[UnitOfWork, Actor, int, str, Any], Awaitable[Any]]


def _asked(question: Question, field: str, use_case: UseCase) -> Asked:
    async def apply(ctx: Ctx, data: Data, message: Message) -> None:
        await use_case(ctx.uow, ctx.actor, int(data["ticket_id"]), message.text or "", ctx.now)

    return Asked(f"complaint-ask-{question.value}", f"complaint-answered-{question.value}",
                 apply, needs_text=field)


QUESTIONS = PrivateQuestions(ComplaintFollowup.waiting_text, {
    Question.REPLY: _asked(Question.REPLY, "reply", complaints.reply),
    Question.CLOSE: _asked(Question.CLOSE, "reason", complaints.close),
    Question.LINK: _asked(Question.LINK, "number", complaints.link_repair),
    Question.ANSWER: _asked(Question.ANSWER, "answer", complaints.answer),
    Question.REOPEN: _asked(Question.REOPEN, "reason", complaints.not_satisfied),
    Question.DEPT_REPLY: _asked(Question.DEPT_REPLY, "reply", routing.department_reply),
    Question.DEPT_ASK: _asked(Question.DEPT_ASK, "question", routing.ask_desk),
    Question.TELL: _asked(Question.TELL, "message", routing.tell_department),
})


def build_router() -> Router:
    router = Router(name="complaint-followups")
    router.message.filter(InPrivate())
    QUESTIONS.register(router)
    return router


async def ask_in_private(ctx: Ctx, bot: Bot, dispatcher: Dispatcher, question: Question,
                         ticket: Ticket) -> None:
    """Ask the question in the person's private chat."""
    await QUESTIONS.ask(ctx, bot, dispatcher, question.value, ticket.id, ticket.number)
