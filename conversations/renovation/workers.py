"""Workers of a renovation application: name, ID-card photo, their own photo (optional, for
the pass check at the gate), phone per worker, in the form
(listed with remove buttons) or added later by the owner (then checked by the desk)."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.context import Ctx
from bot.media import checked_photo
from conversations.forms import reask
from conversations.renovation import draft
from conversations.renovation import keyboards as kb
from conversations.renovation.callbacks import RenoFormCb
from domain.errors import DomainError, InvalidInput
from domain.renovation import works as renovation_works
from domain.renovation.review import NAME_MAX, own_application
from domain.text import phone_number, single_line
from handlers.filters import InPrivate

S = draft.FORM.states


def build_router() -> Router:
    router = Router(name="renovation-workers")
    router.message.filter(InPrivate())
    router.callback_query.filter(InPrivate())
    router.callback_query.register(on_workers, S.choosing_workers,
                                   RenoFormCb.filter(F.op == "worker"))
    router.message.register(name_received, S.waiting_worker_name, F.text)
    router.message.register(id_received, S.waiting_worker_id, F.photo | F.document)
    router.message.register(face_received, S.waiting_worker_face, F.photo | F.document)
    router.callback_query.register(on_face_skip, S.waiting_worker_face,
                                   RenoFormCb.filter(F.op == "face"))
    router.message.register(phone_received, S.waiting_worker_phone, F.text)
    return router


async def on_workers(query: CallbackQuery, callback_data: RenoFormCb, ctx: Ctx,
                     state: FSMContext) -> None:
    """➕ add, ✖ remove one from the draft, or done (then the rules, or back to the preview)."""
    data = await state.get_data()
    workers: list[dict[str, Any]] = list(data.get("workers", []))
    value = callback_data.value
    if value == "add":
        policy = await draft.policy_of(ctx, data)
        if len(workers) >= policy.max_workers:
            await reask(ctx, "reno-ask-workers", error=InvalidInput(
                "reno-too-many-workers", max=policy.max_workers),
                **await draft.prompt_args(ctx, data))
            return
        await state.update_data(worker={})
        await draft.FORM.ask(ctx, state, "waiting_worker_name")
    elif value.startswith("rm-") and value[3:].isdigit() and int(value[3:]) < len(workers):
        workers.pop(int(value[3:]))
        await state.update_data(workers=workers)
        await draft.FORM.ask(ctx, state, "choosing_workers")
    elif value == "done":
        if data.get("rules"):
            await draft.FORM.preview(ctx, state)
        else:
            await draft.FORM.ask(ctx, state, "reading_rules")
    else:
        await ctx.refuse_button()


async def start_later(ctx: Ctx, state: FSMContext, ticket_id: int) -> None:
    """After approval: one more worker for an application (the desk checks them)."""
    _, app = await own_application(ctx.uow, ctx.actor, ticket_id)
    await state.set_data({"later_for": ticket_id, "unit_id": app.unit_id, "worker": {}})
    await draft.FORM.ask(ctx, state, "waiting_worker_name")


async def name_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    try:
        name = single_line(message.text, max_len=NAME_MAX, field="name")
    except DomainError as exc:
        await reask(ctx, "reno-ask-worker-name", error=exc)
        return
    await state.update_data(worker={"name": name})
    await draft.FORM.ask(ctx, state, "waiting_worker_id")


async def id_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """A photo of the ID card (a photo, or an image sent as a file; checked by its bytes)."""
    data = await state.get_data()
    try:
        ref = checked_photo(message, ctx.settings.files, ctx.checked, sensitive=True)
    except InvalidInput as exc:
        await reask(ctx, "reno-ask-worker-id", error=exc, **await draft.prompt_args(ctx, data))
        return
    await state.update_data(worker={**data.get("worker", {}), "id_photo": draft.ref_dict(ref)})
    await draft.FORM.ask(ctx, state, "waiting_worker_face")


async def face_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    """The worker's own photo, collected with the ID copy (security sees it at the gate)."""
    data = await state.get_data()
    try:
        ref = checked_photo(message, ctx.settings.files, ctx.checked, sensitive=True)
    except InvalidInput as exc:
        await reask(ctx, "reno-ask-worker-face", error=exc,
                    markup=kb.face_skip(ctx.tr, ctx.locale),
                    **await draft.prompt_args(ctx, data))
        return
    await state.update_data(worker={**data.get("worker", {}), "face": draft.ref_dict(ref)})
    await draft.FORM.ask(ctx, state, "waiting_worker_phone")


async def on_face_skip(query: CallbackQuery, callback_data: RenoFormCb, ctx: Ctx,
                       state: FSMContext) -> None:
    if callback_data.value != "skip":
        ctx.answer("button-stale", alert=True)
        return
    await draft.FORM.ask(ctx, state, "waiting_worker_phone")


async def phone_received(message: Message, ctx: Ctx, state: FSMContext) -> None:
    data = await state.get_data()
    try:
        phone = phone_number(message.text)
    except DomainError as exc:
        await reask(ctx, "reno-ask-worker-phone", error=exc,
                    **await draft.prompt_args(ctx, data))
        return
    worker = {**data.get("worker", {}), "phone": phone}
    if data.get("later_for"):
        added = draft.worker_draft(worker)
        await renovation_works.request_worker(ctx.uow, ctx.actor, int(data["later_for"]),
                                              added, ctx.now)
        await state.clear()
        await ctx.reply("reno-worker-requested", name=worker["name"])
        return
    await state.update_data(workers=[*data.get("workers", []), worker], worker=None)
    await draft.FORM.ask(ctx, state, "choosing_workers")
