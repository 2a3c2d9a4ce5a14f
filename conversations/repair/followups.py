"""One question asked after a work order's or a resident's button: a reason, a photo, a
comment. Crew and desk are asked in their private chat, so the staff group stays readable.
"""

from __future__ import annotations

from enum import StrEnum

from aiogram import Bot, Dispatcher, F, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.media import checked_photo
from bot.ui.callbacks import FixCb
from conversations.forms import Data
from conversations.questions import PrivateQuestions, Question
from conversations.repair import keyboards as kb
from domain import repair
from domain.errors import InvalidInput
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


def _id(data: Data) -> int:
    return int(data["ticket_id"])


async def _parts(ctx: Ctx, data: Data, message: Message) -> None:
    await repair.report_progress(ctx.uow, ctx.actor, _id(data), Progress.WAITING_PARTS,
                                 ctx.now, reason=message.text)


async def _done(ctx: Ctx, data: Data, message: Message) -> None:
    if not (message.photo or message.document):
        raise InvalidInput("job-done-needs-photo")
    photo = checked_photo(message, ctx.settings.files, ctx.checked)
    await repair.complete_job(ctx.uow, ctx.actor, _id(data), photo, ctx.now,
                              note=message.caption)


async def _back(ctx: Ctx, data: Data, message: Message) -> None:
    await repair.hand_back(ctx.uow, ctx.actor, _id(data), message.text or "", ctx.now)


async def _problem(ctx: Ctx, data: Data, message: Message) -> None:
    await repair.record_callback(ctx.uow, ctx.actor, _id(data), CallbackResult.PROBLEM,
                                 ctx.now, problem=message.text)


async def _reopen(ctx: Ctx, data: Data, message: Message) -> None:
    await repair.reopen(ctx.uow, ctx.actor, _id(data), message.text or "", ctx.now)


async def _comment(ctx: Ctx, data: Data, message: Message) -> None:
    ticket = await ctx.uow.tickets.get(_id(data))
    await repair.rate(ctx.uow, ctx.actor, _id(data), ticket.rating or 5 if ticket else 5,
                      message.text or "", ctx.now)


def _skip(ctx: Ctx, data: Data) -> object:
    return kb.skip_comment(int(data["ticket_id"]), ctx.tr, ctx.locale)


QUESTIONS = PrivateQuestions(FollowupForm.waiting_answer, {
    f.value: Question(f"ask-{f.value}", f"answered-{f.value}", apply,
                      needs_text=None if f is Followup.DONE_PHOTO else "reason",
                      markup=_skip if f is Followup.FIX_COMMENT else None)
    for f, apply in ((Followup.PARTS_REASON, _parts), (Followup.DONE_PHOTO, _done),
                     (Followup.HAND_BACK_REASON, _back), (Followup.PROBLEM, _problem),
                     (Followup.FIX_COMMENT, _comment), (Followup.REOPEN_REASON, _reopen))})


def build_router() -> Router:
    router = Router(name="followups")
    router.message.filter(InPrivate())
    QUESTIONS.register(router)
    router.callback_query.register(on_skip, FollowupForm.waiting_answer,
                                   FixCb.filter(F.op == "skip"))
    return router


async def ask_privately(ctx: Ctx, bot: Bot, dispatcher: Dispatcher, follow: Followup,
                        ticket: Ticket) -> None:
    """Ask the follow-up question in the person's private chat."""
    await QUESTIONS.ask(ctx, bot, dispatcher, follow.value, ticket.id, ticket.number)


async def on_skip(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    await state.clear()
    ctx.answer("answered-comment")
