"""Helpers shared by the conversations: re-asking on bad input, reading the draft."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State
from aiogram.types import InlineKeyboardMarkup, Message

from bot.context import Ctx
from bot.media import photo_ref
from bot.runtime.postman import Markup
from domain.errors import DomainError, InvalidInput


def input_kind(message: Message) -> str:
    """What the person sent, for the hint when it is not what the step expects."""
    for kind in ("text", "photo", "document", "sticker", "voice", "video", "contact",
                 "location", "animation", "audio", "video_note"):
        if getattr(message, kind, None):
            return kind
    return "other"


async def reask(ctx: Ctx, prompt_key: str, *, error: DomainError | None = None,
                markup: Markup | None = None, **args: Any) -> None:
    """Say what was wrong (if anything), then ask the same question again."""
    text = ctx.t(prompt_key, **args)
    if error is not None:
        text = ctx.t(error.key, **error.args_map) + "\n\n" + text
    await ctx.reply_html(text, markup=markup)


async def wrong_kind(ctx: Ctx, message: Message, prompt_key: str, *,
                     markup: Markup | None = None, **args: Any) -> None:
    """A photo, sticker, ... where the step wanted something else."""
    kind = input_kind(message)
    hint = ctx.t("input-use-buttons") if kind == "text" else ctx.t(
        "input-wrong-kind", kind=ctx.t(f"kind-{kind}"))
    text = hint + "\n\n" + ctx.t(prompt_key, **args)
    await ctx.reply_html(text, markup=markup)


MarkupFn = Callable[[Ctx, "str | None", dict[str, Any]], Awaitable[Any]]


@dataclass(frozen=True)
class FormSteps:
    """A guided form's questions: a prompt and a keyboard per state; a field changed from the
    preview leads straight back to the preview."""

    prompts: Mapping[str | None, str]
    markup: MarkupFn
    preview: Callable[[Ctx, FSMContext], Awaitable[None]]
    args: dict[str, Any] = field(default_factory=dict)

    async def ask(self, ctx: Ctx, state: FSMContext, target: State) -> None:
        await state.set_state(target)
        data = await state.get_data()
        await ctx.reply(self.prompts[target.state], **self.args,
                        markup=await self.markup(ctx, target.state, data))

    async def next_step(self, ctx: Ctx, state: FSMContext, target: State) -> None:
        if (await state.get_data()).get("editing"):
            await state.update_data(editing=False)
            await self.preview(ctx, state)
        else:
            await self.ask(ctx, state, target)

    async def prompt_again(self, ctx: Ctx, state: FSMContext, message: Message,
                           default_key: str) -> None:
        """Anything the current step cannot use: say what it wants, keep the draft."""
        current = await state.get_state()
        key = self.prompts.get(current, default_key)
        markup = await self.markup(ctx, current, await state.get_data())
        await wrong_kind(ctx, message, key, markup=markup, **self.args)


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


async def show_photo_count(ctx: Ctx, state: FSMContext, text: str,
                           markup: InlineKeyboardMarkup) -> None:
    """One message per photo step: sent for the first photo, edited for the next ones (an
    album's photos arrive one update each). Its reference is unique to this step."""
    ref = (await state.get_data()).get("photo_status_ref")
    if not ref:
        ref = f"draft:{ctx.actor.tg_user_id}:photos:{ctx.update_id}"
        await state.update_data(photo_status_ref=ref)
        await ctx.reply_html(text, markup=markup, ref=ref)
    else:
        await ctx.postman.edit(text=text, markup=markup, ref=ref, chat_id=ctx.chat_id)


async def collect_photo(message: Message, ctx: Ctx, state: FSMContext, *, prompt_key: str,
                        max_photos: int,
                        done_markup: Callable[[int], InlineKeyboardMarkup]) -> bool:
    """A form's photo step: one photo (or an image sent as a file, checked for size) added to
    the draft's `photos` and counted in one message; an album's photos arrive one by one.
    Past `max_photos` the rest is ignored (the count says so). True once the step is full."""
    photos: list[dict[str, Any]] = list((await state.get_data()).get("photos", []))
    try:
        ref = photo_ref(message, ctx.settings.files.max_photo_bytes)
    except InvalidInput as exc:
        await reask(ctx, prompt_key, error=exc, max=max_photos,
                    markup=done_markup(len(photos)))
        return False
    if len(photos) >= max_photos:
        return False
    photos.append(ref.__dict__)
    await state.update_data(photos=photos)
    await show_photo_count(ctx, state, ctx.t("repair-photos-count", count=len(photos),
                                             max=max_photos), done_markup(len(photos)))
    return len(photos) >= max_photos


async def end_photo_step(state: FSMContext) -> None:
    """The next photo step gets a new count message."""
    await state.update_data(photo_status_ref=None)
