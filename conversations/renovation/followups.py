"""Questions asked privately after an office button: why an application is rejected, what
more is needed, and what a violation is (a description, then photos)."""

from __future__ import annotations

from typing import Any

from aiogram import Bot, Dispatcher, F, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.media import checked_photo
from conversations.forms import (
    Data,
    reask,
    wrong_kind,
)
from conversations.questions import PrivateQuestions, Question, ask_in_private_chat
from conversations.renovation import keyboards as kb
from conversations.renovation.callbacks import RenoFormCb
from conversations.renovation.draft import ref_dict
from domain.errors import Conflict, DomainError, InvalidInput
from domain.ports import FileRef
from domain.renovation import review as renovation
from domain.renovation import site as renovation_site
from domain.renovation.model import Decision
from domain.renovation.site import MAX_PHOTOS
from domain.text import require_text
from domain.tickets import Status
from handlers.filters import InPrivate


class RenoFollowupForm(StatesGroup):
    waiting_reason = State()
    waiting_violation = State()
    waiting_violation_photos = State()


R = RenoFollowupForm


def build_router() -> Router:
    router = Router(name="renovation-followups")
    router.message.filter(InPrivate())
    REASONS.register(router)
    router.message.register(violation_received, R.waiting_violation, F.text)
    router.message.register(photo_received, R.waiting_violation_photos, F.photo | F.document)
    router.callback_query.register(photos_done, R.waiting_violation_photos,
                                   RenoFormCb.filter(F.op == "photos"))
    for state in RenoFollowupForm.__states__:
        router.message.register(fallback, state)
    return router


async def _private(ctx: Ctx, bot: Bot, dispatcher: Dispatcher, target: State,
                   data: dict[str, Any], key: str, **args: Any) -> None:
    """Ask in the person's private chat (the group stays readable)."""
    await ask_in_private_chat(ctx, bot, dispatcher, target, data, ctx.t(key, **args))


async def _review(ctx: Ctx, data: Data, message: Message) -> None:
    await renovation.review(ctx.uow, ctx.actor, int(data["ticket_id"]), Status(data["step"]),
                            Decision(data["question"]), ctx.now, reason=message.text)


# Why an application is rejected or what more is needed, keyed by the decision.
REASONS = PrivateQuestions(R.waiting_reason, {
    d.value: Question(f"reno-ask-{d.value}", f"reno-answered-{d.value}", _review)
    for d in (Decision.REJECT, Decision.MORE_INFO)})


async def ask_reason(ctx: Ctx, bot: Bot, dispatcher: Dispatcher, ticket_id: int, number: str,
                     step: str, decision: Decision) -> None:
    await REASONS.ask(ctx, bot, dispatcher, decision.value, ticket_id, number, step=step)


async def ask_violation(ctx: Ctx, bot: Bot, dispatcher: Dispatcher, inspection_id: int,
                        number: str) -> None:
    await _private(ctx, bot, dispatcher, R.waiting_violation,
                   {"inspection_id": inspection_id, "number": number, "photos": []},
                   "reno-ask-violation", number=number)


async def violation_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    data = await state.get_data()
    try:
        note = require_text(message.text, max_len=1000, field="violation")
    except DomainError as exc:
        await reask(ctx, "reno-ask-violation", error=exc, number=data.get("number"))
        return
    await state.update_data(note=note)
    await state.set_state(R.waiting_violation_photos)
    await ctx.reply("reno-ask-violation-photos", max=MAX_PHOTOS,
                    markup=kb.photos_done(ctx.tr, ctx.locale, 0))


async def photo_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    data = await state.get_data()
    photos: list[dict[str, Any]] = list(data.get("photos", []))
    try:
        ref = checked_photo(message, ctx.settings.files, ctx.checked)
        if len(photos) >= MAX_PHOTOS:
            raise InvalidInput("reno-too-many-photos", max=MAX_PHOTOS)
    except InvalidInput as exc:
        await reask(ctx, "reno-ask-violation-photos", error=exc, max=MAX_PHOTOS,
                    markup=kb.photos_done(ctx.tr, ctx.locale, len(photos)))
        return
    photos.append(ref_dict(ref))
    await state.update_data(photos=photos)
    await ctx.reply("reno-violation-photos-count", count=len(photos),
                    markup=kb.photos_done(ctx.tr, ctx.locale, len(photos)))


async def photos_done(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
    """The violation is recorded with its photos: the notice goes to the owner."""
    data = await state.get_data()
    if "inspection_id" not in data or "note" not in data:
        await state.clear()
        await ctx.refuse_button()
        return
    try:
        await renovation_site.record_inspection(
            ctx.uow, ctx.actor, int(data["inspection_id"]), False, ctx.now, note=data["note"],
            photos=[FileRef(**p) for p in data.get("photos", [])])
    except Conflict as exc:  # someone recorded this round first
        await state.clear()
        await ctx.reply(exc.key, **exc.args_map)
        return
    await state.clear()
    if query.message is not None:
        await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)
    await ctx.reply("reno-answered-violation", number=data.get("number"))


async def fallback(message: Message, ctx: Ctx, state: FSMContext) -> None:
    current = await state.get_state()
    data = await state.get_data()
    if current == R.waiting_violation_photos.state:
        if message.text:
            await reask(ctx, "reno-ask-violation-photos", error=InvalidInput("reno-photo-or-done"),
                        max=MAX_PHOTOS, markup=kb.photos_done(ctx.tr, ctx.locale,
                                                              len(data.get("photos", []))))
        else:
            await wrong_kind(ctx, message, "reno-ask-violation-photos", max=MAX_PHOTOS,
                             markup=kb.photos_done(ctx.tr, ctx.locale,
                                                   len(data.get("photos", []))))
        return
    await wrong_kind(ctx, message, "reno-ask-violation", number=data.get("number"))
