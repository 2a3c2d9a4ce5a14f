"""Questions asked in a person's private chat after a button in a group or on a card: a
reason, a reply, a photo. A staff group stays readable, and nothing typed there reaches the
wrong eyes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State
from aiogram.types import Message

from bot.context import Ctx
from bot.runtime.postman import Markup
from conversations.forms import Data, reask
from domain.errors import Conflict, InvalidInput, NotFound


async def ask_in_private_chat(ctx: Ctx, bot: Bot, dispatcher: Dispatcher, target: State,
                              data: dict[str, Any], text: str, *,
                              markup: Markup | None = None) -> None:
    """Put the person's private chat in `target` with `data` and ask there: a reason or a
    reply typed in a staff group would clutter it (and could reach the wrong eyes)."""
    user = ctx.actor.tg_user_id
    private = dispatcher.fsm.get_context(bot, chat_id=user, user_id=user)
    await private.set_state(target)
    await private.set_data(data)
    await ctx.postman.send(user, text, markup=markup)
    if ctx.chat_id != user:
        ctx.answer("check-private-chat")


@dataclass(frozen=True)
class Question:
    """One question asked after a button: its prompt, what the answer does (`apply`, which
    raises InvalidInput to ask again) and what is said when it is done. Both texts get the
    ticket's `number`. `needs_text` names the field when only text will do (None: `apply`
    reads the message itself, for a photo); `markup` adds buttons (a "skip")."""

    prompt: str
    done: str
    apply: Callable[[Ctx, Data, Message], Awaitable[None]]
    needs_text: str | None = "reason"
    markup: Callable[[Ctx, Data], Any] | None = None


@dataclass
class PrivateQuestions:
    """A family of one-answer questions asked in the person's private chat after a button in
    a group or a card: the question is data (which one, which ticket) walked by one handler.
    An answer that a change meanwhile made moot (the ticket closed, a colleague answered)
    ends the question with the reason."""

    state: State
    questions: Mapping[str, Question]

    def register(self, router: Router) -> None:
        router.message.register(self.received, self.state)

    async def ask(self, ctx: Ctx, bot: Bot, dispatcher: Dispatcher, name: str, ticket_id: int,
                  number: str, **extra: Any) -> None:
        question = self.questions[name]
        data: Data = {"question": name, "ticket_id": ticket_id, "number": number, **extra}
        markup = question.markup(ctx, data) if question.markup else None
        await ask_in_private_chat(ctx, bot, dispatcher, self.state, data,
                                  ctx.t(question.prompt, number=number), markup=markup)

    async def received(self, message: Message, ctx: Ctx, state: FSMContext) -> None:
        data = await state.get_data()
        # "followup" is how repair questions asked before this version name themselves.
        question = self.questions.get(str(data.get("question") or data.get("followup") or ""))
        if question is None or "ticket_id" not in data:
            await state.clear()
            await ctx.reply("unknown-text")
            return
        number = data.get("number")
        if number is None:
            ticket = await ctx.uow.tickets.get(int(data["ticket_id"]))
            number = ticket.number if ticket else "?"
        markup = question.markup(ctx, data) if question.markup else None
        try:
            if question.needs_text and not message.text:
                raise InvalidInput("input-need-text", field=question.needs_text)
            await question.apply(ctx, data, message)
        except InvalidInput as exc:
            await reask(ctx, question.prompt, error=exc, number=number, markup=markup)
            return
        except (Conflict, NotFound) as exc:
            await state.clear()
            await ctx.reply(exc.key, **exc.args_map)
            return
        await state.clear()
        await ctx.reply(question.done, number=number)
