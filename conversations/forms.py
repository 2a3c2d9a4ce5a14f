"""The form engine shared by every conversation: steps declared as data, re-asking on bad
input, photo collection, the preview with "change X" buttons, cancel, private follow-ups."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.context import Ctx
from bot.i18n import Translator
from bot.media import checked_photo, discard
from bot.runtime.postman import Markup
from bot.ui import keyboards
from domain.errors import DomainError, InvalidInput
from domain.model import Locale
from domain.text import DESCRIPTION_MAX, require_text, single_line
from handlers.filters import InPrivate


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


Data = dict[str, Any]
Changes = dict[str, Any]


class Stale(Exception):
    """A button value the step does not offer (an old keyboard, a forged press)."""


@dataclass(frozen=True)
class Ask:
    """Ask this step next, even when the person is changing one field from the preview."""

    step: str


# What comes after an answer: a step by name (or the preview, when one field was being
# changed), a step asked in any case (`Ask`), or None for the preview.
Next = str | Ask | None


@dataclass(frozen=True)
class Photos:
    """A step that collects up to `max` photos, finished with a "done" button (op `done_op`)."""

    max: int
    done_markup: Callable[[Ctx, int], InlineKeyboardMarkup]
    done_op: str = "photos"


@dataclass(frozen=True)
class Step:
    """One question of a form: its name (the state waiting for it), its prompt and buttons,
    and how an answer is read.

    `text` reads typed text and `choice` a pressed button's value; each returns the draft's
    changes (a DomainError from `text` asks again with the reason, `Stale` from `choice`
    answers "button-stale"). `then` says what comes next (a `Next`, or a function of the
    updated draft). `edit` names the preview's "change" button for this step; `reset` is what
    changing it clears. `text_error` is said when text comes where a file or button is wanted;
    `hint` replaces the prompt when something else entirely arrives.
    """

    name: str
    prompt: str
    markup: Callable[[Ctx, Data], Any] | None = None  # a keyboard, or an awaitable one
    text: Callable[[Ctx, Data, str], Awaitable[Changes]] | None = None
    text_filter: Any = None
    choice: Callable[[Ctx, Data, str], Awaitable[Changes]] | None = None
    op: str = ""
    photos: Photos | None = None
    then: Next | Callable[[Ctx, Data], Next] = None
    said: Callable[[Ctx, Data], Awaitable[None]] | None = None  # a word before going on
    edit: str | None = None
    reset: Changes = field(default_factory=dict)
    # Changing the step from the preview, when asking it again is not enough (the drawings
    # already sent are listed to keep or remove).
    on_edit: Callable[[Ctx, FSMContext], Awaitable[None]] | None = None
    text_error: str | None = None
    hint: str | None = None


Submit = Callable[[Ctx, Data], Awaitable[tuple[str, Data]]]


@dataclass
class Form:
    """A guided form declared as its steps: the engine asks each question, re-asks on bad
    input with the draft kept, collects photos, shows the preview with "change X" buttons
    (a changed field leads straight back to it), submits from the preview, cancels, and
    answers anything a step cannot use. The draft is plain JSON in the FSM data until the
    use case (`submit`) takes it; `submit` returns the message (key, arguments) to send."""

    name: str  # the states' group, as stored with a draft ("RepairForm:waiting_photos")
    callback: Any  # the form's CallbackData type (fields `op`, `value`)
    steps: Sequence[Step]
    preview_text: Callable[[Ctx, Data], Awaitable[str]]
    preview_markup: Callable[[Translator, Locale], Any]  # the preview's buttons
    submit: Submit
    confirm_hint: str
    prompt_args: Data | Callable[[Ctx, Data], Awaitable[Data]] | None = None
    cancel_markup: Callable[[], Any] | None = None
    states: Any = field(init=False)  # the StatesGroup: one state per step, and `confirming`
    by_state: dict[str, Step] = field(init=False)

    def __post_init__(self) -> None:
        names = [s.name for s in self.steps] + ["confirming"]
        self.states = type(self.name, (StatesGroup,), {n: State() for n in names})
        self.by_state = {f"{self.name}:{s.name}": s for s in self.steps}

    def state(self, name: str) -> State:
        found: State = getattr(self.states, name)
        return found

    @property
    def confirming(self) -> State:
        return self.state("confirming")

    def router(self, name: str, entry: Callable[[Router], Any] | None = None) -> Router:
        """The form's router in private chats: `entry` registers what opens it, then the
        steps, the preview's buttons, cancel, and last what re-asks on anything else."""
        router = Router(name=name)
        router.message.filter(InPrivate())
        router.callback_query.filter(InPrivate())
        if entry is not None:
            entry(router)
        self.register(router)
        self.register_fallback(router)
        return router

    # ------------------------------------------------------------ moving through the form

    async def args(self, ctx: Ctx, data: Data) -> Data:
        if callable(self.prompt_args):
            return await self.prompt_args(ctx, data)
        return dict(self.prompt_args or {})

    async def markup_of(self, ctx: Ctx, state_name: str | None, data: Data) -> Any:
        if state_name == self.confirming.state:
            return self.preview_markup(ctx.tr, ctx.locale)
        step = self.by_state.get(state_name or "")
        if step is None:
            return None
        if step.markup is None:
            return step.photos.done_markup(ctx, len(data.get("photos", []))) if step.photos \
                else None
        markup = step.markup(ctx, data)
        return await markup if inspect.isawaitable(markup) else markup

    async def start(self, ctx: Ctx, state: FSMContext, data: Data, first: str) -> None:
        """A new draft, and its first question."""
        await state.set_data(data)
        await self.ask(ctx, state, first)

    async def ask(self, ctx: Ctx, state: FSMContext, step: str) -> None:
        """Go to a step and ask its question (with its buttons)."""
        target = self.state(step)
        await state.set_state(target)
        data = await state.get_data()
        await ctx.reply(self.by_state[str(target.state)].prompt,
                        markup=await self.markup_of(ctx, target.state, data),
                        **await self.args(ctx, data))

    async def next_step(self, ctx: Ctx, state: FSMContext, target: Next) -> None:
        """On to `target`, or back to the preview when one field was being changed."""
        if isinstance(target, Ask):
            await self.ask(ctx, state, target.step)
        elif target is None or (await state.get_data()).get("editing"):
            await self.preview(ctx, state)
        else:
            await self.ask(ctx, state, target)

    async def preview(self, ctx: Ctx, state: FSMContext) -> None:
        """The whole draft with "change" buttons; submitted only from here."""
        await state.set_state(self.confirming)
        await state.update_data(editing=False)
        text = await self.preview_text(ctx, await state.get_data())
        await ctx.reply_html(text, markup=self.preview_markup(ctx.tr, ctx.locale))

    async def _after(self, ctx: Ctx, state: FSMContext, step: Step) -> None:
        data = await state.get_data()
        if step.said is not None:
            await step.said(ctx, data)
        then = step.then
        if callable(then):
            then = then(ctx, data)
        await self.next_step(ctx, state, then)

    # ------------------------------------------------------------ handlers

    def register(self, router: Router) -> None:
        """The steps' handlers, the preview's buttons and cancel (before the fallback)."""
        cb = self.callback
        for step in self.steps:
            if step.choice is not None:
                router.callback_query.register(self._on_choice(step), self.state(step.name),
                                               cb.filter(F.op == step.op))
            if step.text is not None:
                router.message.register(self._on_text(step), self.state(step.name),
                                        step.text_filter if step.text_filter is not None
                                        else F.text)
            if step.photos is not None:
                router.message.register(self._on_photo(step), self.state(step.name),
                                        F.photo | F.document)
                router.callback_query.register(self._on_photos_done(step),
                                               self.state(step.name),
                                               cb.filter(F.op == step.photos.done_op))
        router.callback_query.register(self.on_edit, self.confirming, cb.filter(F.op == "edit"))
        router.callback_query.register(self.on_confirm, self.confirming,
                                       cb.filter(F.op == "confirm"))
        router.callback_query.register(self.on_cancel, cb.filter(F.op == "cancel"))

    def register_fallback(self, router: Router) -> None:
        """Anything else while a step waits: say what it wants; the draft stays."""
        for state in self.states.__states__:
            router.message.register(self.fallback, state)

    def _on_choice(self, step: Step) -> Callable[..., Awaitable[None]]:
        assert step.choice is not None
        choice = step.choice

        async def choice_made(query: CallbackQuery, callback_data: Any, ctx: Ctx,
                              state: FSMContext) -> None:
            try:
                changes = await choice(ctx, await state.get_data(), str(callback_data.value))
            except Stale:
                await ctx.refuse_button()
                return
            await state.update_data(**changes)
            await self._after(ctx, state, step)

        return choice_made

    def _on_text(self, step: Step) -> Callable[..., Awaitable[None]]:
        assert step.text is not None
        read = step.text

        async def text_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
            data = await state.get_data()
            try:
                changes = await read(ctx, data, message.text or "")
            except DomainError as exc:
                await reask(ctx, step.prompt, error=exc,
                            markup=await self.markup_of(ctx, self.state(step.name).state,
                                                          data),
                            **await self.args(ctx, data))
                return
            await state.update_data(**changes)
            await self._after(ctx, state, step)

        return text_received

    def _on_photo(self, step: Step) -> Callable[..., Awaitable[None]]:
        photos = step.photos
        assert photos is not None

        async def photo_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
            if await collect_photo(message, ctx, state, prompt_key=step.prompt,
                                   max_photos=photos.max,
                                   done_markup=lambda n: photos.done_markup(ctx, n)):
                await end_photo_step(state)
                await self._after(ctx, state, step)

        return photo_received

    def _on_photos_done(self, step: Step) -> Callable[..., Awaitable[None]]:
        async def photos_done(query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
            await end_photo_step(state)
            await self._after(ctx, state, step)

        return photos_done

    async def on_edit(self, query: CallbackQuery, callback_data: Any, ctx: Ctx,
                      state: FSMContext) -> None:
        step = next((s for s in self.steps if s.edit and s.edit == callback_data.value), None)
        if step is None:
            await ctx.refuse_button()
            return
        await state.update_data(**step.reset, editing=True)
        if step.on_edit is not None:
            await state.set_state(self.state(step.name))
            await step.on_edit(ctx, state)
            return
        await self.ask(ctx, state, step.name)

    async def on_confirm(self, query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
        """Submit. A rule that fails now is explained and the preview stays, filled in."""
        try:
            key, args = await self.submit(ctx, await state.get_data())
        except InvalidInput as exc:
            await reask(ctx, self.confirm_hint, error=exc,
                        markup=self.preview_markup(ctx.tr, ctx.locale))
            return
        await state.clear()
        if query.message is not None:
            await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                          message_id=query.message.message_id)
        await ctx.reply(key, **args)

    async def on_cancel(self, query: CallbackQuery, ctx: Ctx, state: FSMContext) -> None:
        if (await state.get_state() or "").startswith(f"{self.name}:"):
            await state.clear()
        await ctx.reply("cancel-done", markup=self.cancel_markup() if self.cancel_markup
                        else None)

    async def fallback(self, message: Message, ctx: Ctx, state: FSMContext) -> None:
        current = await state.get_state()
        data = await state.get_data()
        step = self.by_state.get(current or "")
        key = step.prompt if step else self.confirm_hint
        markup = await self.markup_of(ctx, current, data)
        args = await self.args(ctx, data)
        if step is not None and step.text_error and message.text:
            await reask(ctx, key, error=InvalidInput(step.text_error), markup=markup, **args)
        else:
            await wrong_kind(ctx, message, step.hint or key if step else key, markup=markup,
                             **args)


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
    """A form's photo step: one photo (or an image sent as a file) added to the draft's
    `photos` and counted in one message once its bytes were checked and a clean copy stored
    (bot.media.check_update); an album's photos arrive one by one. Past `max_photos` the rest
    is ignored (the count says so). True once the step is full."""
    photos: list[dict[str, Any]] = list((await state.get_data()).get("photos", []))
    try:
        ref = checked_photo(message, ctx.settings.files, ctx.checked)
    except InvalidInput as exc:
        await reask(ctx, prompt_key, error=exc, max=max_photos,
                    markup=done_markup(len(photos)))
        return False
    if len(photos) >= max_photos:
        discard(ref, ctx.settings.files)
        return False
    photos.append(ref.__dict__)
    await state.update_data(photos=photos)
    await show_photo_count(ctx, state, ctx.t("repair-photos-count", count=len(photos),
                                             max=max_photos), done_markup(len(photos)))
    return len(photos) >= max_photos


async def end_photo_step(state: FSMContext) -> None:
    """The next photo step gets a new count message."""
    await state.update_data(photo_status_ref=None)


# ---------------------------------------------------------------- answers several forms read alike


async def read_description(ctx: Ctx, data: Data, text: str) -> Data:
    """What happened, in the person's words (3 characters at least)."""
    return {"description": require_text(text, max_len=DESCRIPTION_MAX, field="description",
                                        min_len=3)}


def read_time_choice(allowed: Sequence[str]) -> Callable[[Ctx, Data, str], Awaitable[Data]]:
    """A preferred time pressed from `allowed` (any, morning, ...)."""
    async def read(ctx: Ctx, data: Data, value: str) -> Data:
        if value not in allowed:
            raise Stale
        return {"time": value, "time_text": None}
    return read


async def read_time_typed(ctx: Ctx, data: Data, text: str) -> Data:
    """A preferred time in the person's words instead of a button."""
    return {"time": None, "time_text": single_line(text, max_len=100, field="preferred_time")}


def choice_of(field: str, kind: Any) -> Callable[[Ctx, Data, str], Awaitable[Data]]:
    """A button whose value is one of an enum's (`kind`), stored as `field`."""
    async def read(ctx: Ctx, data: Data, value: str) -> Data:
        try:
            return {field: kind(value).value}
        except ValueError as exc:
            raise Stale from exc
    return read


def photo_step(name: str, prompt: str, callback: Any, *, max: int, then: Next,
               edit: str | None = "photos") -> Step:
    """Up to `max` photos (or none), then "done"; changing them from the preview starts over."""
    return Step(name, prompt, then=then, edit=edit, reset={"photos": []},
                text_error="repair-photo-or-done",
                photos=Photos(max, lambda ctx, n: keyboards.photos_done(callback, ctx.tr,
                                                                        ctx.locale, n)))


def time_step(name: str, prompt: str, callback: Any, *, edit: str | None = None) -> Step:
    """When the resident would like to be visited or called: a button, or their own words;
    then the preview."""
    return Step(name, prompt, op="time", choice=read_time_choice(keyboards.TIMES),
                text=read_time_typed, then=None, edit=edit,
                markup=lambda ctx, d: keyboards.times(callback, ctx.tr, ctx.locale))


async def picked_day(query: CallbackQuery, value: str, ctx: Ctx) -> date | None:
    """The day a date-picker button carries, its keyboard taken off the message; a forged
    value is refused and gives None."""
    try:
        day = date.fromisoformat(value)
    except ValueError:
        await ctx.refuse_button()
        return None
    if query.message is not None:
        await ctx.postman.edit_markup(markup=None, chat_id=query.message.chat.id,
                                      message_id=query.message.message_id)
    return day
