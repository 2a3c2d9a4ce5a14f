"""Helpers shared by the conversations: re-asking on bad input, reading the draft."""

from __future__ import annotations

from typing import Any

from aiogram.types import Message

from bot.context import Ctx
from bot.postman import Markup
from domain.errors import DomainError


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
