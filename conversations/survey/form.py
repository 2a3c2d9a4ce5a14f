"""Answering the satisfaction survey: one generic step handler walks the questionnaire (data),
one question at a time with buttons; typed words for reasons and comments.

Progress is kept in the database, so Later, /cancel or another form in between lose nothing:
/survey or the Continue button picks up at the first unanswered step."""

from __future__ import annotations

import re

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.reports.survey.text import last_day, step_text
from bot.ui.callbacks import SurveyCb
from conversations.forms import input_kind
from conversations.survey import keyboards as kb
from domain.errors import Conflict, DomainError, InvalidInput, NotAuthorized, NotFound
from domain.survey import answers as sa
from domain.survey.definition import Step, StepKind
from handlers.filters import InPrivate, IsStaff, pressed_on
from handlers.surveys import list_campaigns

_DIGIT = re.compile(r"^\s*[0-5]\s*$")


class SurveyForm(StatesGroup):
    answering = State()  # data: {"h": household id}


def build_router() -> Router:
    router = Router(name="survey")
    router.message.filter(InPrivate())
    router.callback_query.filter(InPrivate())
    router.message.register(cmd_survey, Command("survey"), F.text.regexp(r"^/survey(@\w+)?\s*$"))
    router.message.register(cmd_paper, Command("paper"), IsStaff())
    router.callback_query.register(on_step, SurveyCb.filter())
    router.message.register(text_received, SurveyForm.answering, F.text)
    router.message.register(fallback, SurveyForm.answering)
    return router


def question_ref(household_id: int) -> str:
    """The message that shows the household's current question (edited in place)."""
    return f"survey:{household_id}:q"


async def _tz(ctx: Ctx, walk: sa.Walk) -> str:
    estate = await ctx.uow.estates.get(walk.campaign.estate_id)
    return estate.tz if estate else "UTC"


async def show(ctx: Ctx, state: FSMContext, walk: sa.Walk, *,
               edit: tuple[int, int] | None = None, error: DomainError | None = None) -> None:
    """Ask the current step: edit the question message in place, or send it anew."""
    text = step_text(ctx.tr, ctx.locale, walk, await _tz(ctx, walk))
    if error is not None:
        text = ctx.t(error.key, **error.args_map) + "\n\n" + text
    markup = kb.step(walk, ctx.tr, ctx.locale)
    if walk.step is None:
        await state.clear()
    else:
        await state.set_state(SurveyForm.answering)
        await state.set_data({"h": walk.household.id})
    if edit is not None:
        await ctx.postman.edit(text=text, markup=markup, chat_id=edit[0], message_id=edit[1])
    else:
        await ctx.postman.edit_markup(markup=None, ref=question_ref(walk.household.id))
        await ctx.reply_html(text, markup=markup, ref=question_ref(walk.household.id))


async def cmd_survey(message: Message, command: CommandObject, ctx: Ctx,
                     state: FSMContext) -> None:
    """Continue the open survey; with several (two units), one message per unit."""
    waiting = await sa.waiting_surveys(ctx.uow, ctx.actor)
    if not waiting:
        if ctx.actor.is_staff:
            await list_campaigns(ctx, None)
            return
        await ctx.reply("survey-none")
        return
    if len(waiting) > 1:
        for h in waiting:
            await ctx.reply("survey-which", unit=h.unit_label,
                            markup=kb.paused(h.id, ctx.tr, ctx.locale))
        return
    await show(ctx, state, await sa.begin(ctx.uow, ctx.actor, waiting[0].id, ctx.now))


async def cmd_paper(message: Message, command: CommandObject, ctx: Ctx,
                    state: FSMContext) -> None:
    """`/paper A-15C`: the desk enters a returned paper form, step by step, as the household
    would have answered in chat (its answers count in the response rate)."""
    unit = (command.args or "").strip()
    if not unit:
        await ctx.reply("survey-paper-usage")
        return
    estates = sorted({s.estate_id for s in ctx.actor.staff if s.role in sa.PAPER_CLERKS})
    if not estates:
        raise NotAuthorized("survey-paper-office-only")
    household = await sa.paper_household(ctx.uow, ctx.actor, estates[0], unit)
    await show(ctx, state, await sa.begin(ctx.uow, ctx.actor, household.id, ctx.now))


def _here(query: CallbackQuery) -> tuple[int, int] | None:
    return (query.message.chat.id, query.message.message_id) if query.message else None


async def on_step(query: CallbackQuery, callback_data: SurveyCb, ctx: Ctx,
                  state: FSMContext) -> None:
    """Every survey button: start/continue, an answer, skip, back, later."""
    h, op = callback_data.h, callback_data.op
    here = _here(query)
    on_question = await pressed_on(ctx.uow, query, question_ref(h))  # even if just sent
    if op == "go":
        walk = await sa.begin(ctx.uow, ctx.actor, h, ctx.now)
        await show(ctx, state, walk, edit=here if on_question else None)
        return
    if op == "later":
        walk = await sa.where(ctx.uow, ctx.actor, h)
        await state.clear()
        text = ctx.t("survey-paused", until=last_day(walk.campaign, await _tz(ctx, walk)))
        markup = kb.paused(h, ctx.tr, ctx.locale)
        if here is not None:
            await ctx.postman.edit(text=text, markup=markup, chat_id=here[0],
                                   message_id=here[1])
        ctx.answer("survey-paused-short")
        return
    try:
        step = Step(StepKind(callback_data.k), callback_data.q)
    except ValueError:
        await ctx.refuse_button()
        return
    # The step in the button must be the current one (checked by the use case), so a button
    # of an older message changes nothing; the message itself is not compared with the
    # recorded one, which may not be recorded yet when a quick thumb presses it.
    try:
        if op == "a":
            walk = await sa.answer(ctx.uow, ctx.actor, h, step, callback_data.v, ctx.now)
        elif op == "skip":
            walk = await sa.answer(ctx.uow, ctx.actor, h, step, None, ctx.now)
        elif op == "back":
            walk = await sa.go_back(ctx.uow, ctx.actor, h, step)
        else:
            await ctx.refuse_button()
            return
    except InvalidInput as exc:
        ctx.answer(exc.key, alert=True, **exc.args_map)
        return
    await show(ctx, state, walk, edit=here)
    if walk.step is None:
        ctx.answer("survey-thanks-short")


async def _walk(ctx: Ctx, state: FSMContext, household: int) -> sa.Walk | None:
    """Where the household's answer stands; None (and the person told why) when the survey
    is no longer open to them."""
    try:
        return await sa.where(ctx.uow, ctx.actor, household)
    except (Conflict, NotFound) as exc:
        await state.clear()
        await ctx.reply(exc.key)
        return None


async def text_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """Own words for a reason or the comments; at a rating step, a digit 0-5 also counts."""
    household = int((await state.get_data()).get("h", 0))
    walk = await _walk(ctx, state, household)
    if walk is None:
        return
    step = walk.step
    assert message.text is not None
    value: int | str | None = message.text
    if step is not None and step.kind is StepKind.RATE and _DIGIT.match(message.text):
        value = int(message.text.strip())
    elif step is None or not step.takes_text:
        await show(ctx, state, walk, error=InvalidInput("survey-use-buttons"))
        return
    try:
        walk = await sa.answer(ctx.uow, ctx.actor, household, step, value, ctx.now)
    except InvalidInput as exc:
        await show(ctx, state, walk, error=exc)
        return
    await show(ctx, state, walk)


async def fallback(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """A photo, sticker, voice... while a survey step is open: say so, ask the step again."""
    household = int((await state.get_data()).get("h", 0))
    walk = await _walk(ctx, state, household)
    if walk is None:
        return
    if walk.step is None:
        await state.clear()
        return
    await show(ctx, state, walk, error=InvalidInput(
        "input-wrong-kind", kind=ctx.t(f"kind-{input_kind(message)}")))
