"""What the move-in tells whom: the desk group's cards (a booking, each document, the fees,
the inspection, the re-inspection), the owner's messages, the records sent at sign-off."""

from __future__ import annotations

from typing import Any

from bot.context import Ctx
from bot.i18n import Translator
from bot.notices.cards import when
from conversations.move_in import keyboards as kb
from domain.model import GroupPurpose, Locale
from domain.move_in.model import (
    AGREEMENTS,
    Document,
    MoveIn,
    MoveInPolicy,
    Status,
)
from domain.ports import FileRef

Markup = Any  # a function of (Translator, Locale) giving buttons, or None


def doc_ref(doc_id: int) -> str:
    return f"movein:doc:{doc_id}"


def card_ref(record: MoveIn, card: str) -> str:
    return f"movein:{record.id}:{card}:{record.version}"


async def unit_label(ctx: Ctx, record: MoveIn) -> str:
    unit = await ctx.uow.units.get(record.unit_id)
    return unit.label if unit else "?"


async def desk(ctx: Ctx, estate_id: int) -> tuple[int, Locale] | None:
    group = await ctx.uow.groups.find(estate_id, GroupPurpose.DESK)
    if group is None:
        return None
    return group.chat_id, await ctx.postman.group_locale(group)


async def head(ctx: Ctx, record: MoveIn, locale: Locale) -> dict[str, Any]:
    """What every card names: the number, the unit, the slot (in the estate's time), who
    handles it."""
    estate = await ctx.uow.estates.get(record.estate_id)
    return {"number": record.number, "unit": await unit_label(ctx, record),
            "slot": when(record.slot_at, estate.tz) if estate else record.slot_at,
            "team": ctx.tr(locale, "movein-team" if record.collective else "movein-desk")}


async def to_desk(ctx: Ctx, record: MoveIn, key: str, *, markup: Markup = None,
                  ref: str | None = None, **args: Any) -> None:
    found = await desk(ctx, record.estate_id)
    if found is None:
        return
    chat_id, locale = found
    text = ctx.tr(locale, key, **await head(ctx, record, locale), **args)
    await ctx.postman.send(chat_id, text, markup=markup(ctx.tr, locale) if markup else None,
                           ref=ref)


async def to_owner(ctx: Ctx, record: MoveIn, key: str, *, markup: Markup = None,
                   **args: Any) -> None:
    person = await ctx.uow.people.get(record.owner_id)
    if person is None or person.tg_user_id is None:
        return
    await ctx.postman.send(person.tg_user_id,
                           ctx.tr(person.locale, key, **await head(ctx, record, person.locale),
                                  **args),
                           markup=markup(ctx.tr, person.locale) if markup else None)


def item_name(tr: Translator, locale: Locale, item: str) -> str:
    return tr(locale, f"movein-doc-{item}")


async def post_document(ctx: Ctx, record: MoveIn, doc: Document, ref: FileRef) -> None:
    """The file, then its card with accept and return buttons."""
    found = await desk(ctx, record.estate_id)
    if found is None:
        return
    chat_id, locale = found
    caption = f"{record.number} · {item_name(ctx.tr, locale, doc.item)}"
    if ref.name is None and ref.mime.startswith("image/"):
        await ctx.postman.photo(chat_id, ref.file_id, caption=caption)
    else:
        await ctx.postman.document(chat_id, path="", filename=ref.name or "file",
                                   caption=caption, file_id=ref.file_id)
    await to_desk(ctx, record, "movein-card-document", ref=doc_ref(doc.id),
                  item=item_name(ctx.tr, locale, doc.item),
                  markup=lambda tr, loc: kb.document_card(doc.id, tr, loc))


async def fees_text(ctx: Ctx, record: MoveIn, locale: Locale) -> dict[str, Any]:
    estate = await ctx.uow.estates.get(record.estate_id)
    fees = MoveInPolicy.of(estate).fees if estate else ()
    lines = "\n".join(f"• {f.item}: HK${f.amount:,}" for f in fees) or ctx.tr(
        locale, "movein-no-fees")
    return {"fees": lines, "total": f"HK${sum(f.amount for f in fees):,}"}


async def moved(ctx: Ctx, before: MoveIn, after: MoveIn) -> None:
    """What follows a step: the fee card, the inspection card, the re-inspection card, or
    the keys for the owner."""
    if before.status is after.status:
        return
    done_card = {Status.FEES: "fee", Status.INSPECTION: "insp"}.get(before.status)
    if done_card is not None:  # the step's card in the desk group loses its button
        await ctx.postman.edit_markup(markup=None, ref=card_ref(before, done_card))
    if after.status is Status.FEES:
        found = await desk(ctx, after.estate_id)
        fees = await fees_text(ctx, after, found[1] if found else ctx.locale)
        await to_desk(ctx, after, "movein-card-fees", ref=card_ref(after, "fee"),
                      markup=lambda tr, loc: kb.one("fee", after.id, "btn-movein-receipt",
                                                    tr, loc), **fees)
        await to_owner(ctx, after, "movein-owner-fees", **fees)
    elif after.status is Status.INSPECTION:
        await to_desk(ctx, after, "movein-card-inspection", ref=card_ref(after, "insp"),
                      receipt=after.receipt or "",
                      markup=lambda tr, loc: kb.one("insp", after.id, "btn-movein-inspect",
                                                    tr, loc))
        await to_owner(ctx, after, "movein-owner-paid", receipt=after.receipt or "")
    elif after.status is Status.RECTIFYING:
        estate = await ctx.uow.estates.get(after.estate_id)
        days = MoveInPolicy.of(estate).rectify_days if estate else 14
        await to_desk(ctx, after, "movein-card-rectifying", ref=card_ref(after, "re"),
                      day=after.reinspect_on,
                      markup=lambda tr, loc: kb.reinspection(after.id, days, tr, loc))
        await to_owner(ctx, after, "movein-owner-rectifying", day=after.reinspect_on)
    elif after.status is Status.KEYS:
        key = "movein-owner-keys-deadline" if after.rectify_by else "movein-owner-keys"
        await to_owner(ctx, after, key, day=after.rectify_by or "",
                       markup=lambda tr, loc: kb.keys(after.id, tr, loc))
        await to_desk(ctx, after, "movein-card-accepted", day=after.rectify_by or "",
                      deadline="yes" if after.rectify_by else "no")
    elif after.status is Status.DONE:
        await to_desk(ctx, after, "movein-card-done")
        await to_owner(ctx, after, "movein-owner-done")


async def status_text(ctx: Ctx, record: MoveIn) -> str:
    """Where the owner's move-in stands, with the errands entrusted to the office and
    whether each is done."""
    text = ctx.t("movein-status", **await head(ctx, record, ctx.locale),
                 status=ctx.t(f"movein-status-{record.status.value}"))
    lines = [ctx.t("movein-status-errand", item=ctx.tr.named(ctx.locale, "movein-errand",
                                                             e.item),
                   done="yes" if e.status.value == "done" else "no")
             for e in await ctx.uow.move_ins.errands(record.id)]
    return "\n".join([text, *lines])


def agreements_left(confirmed: set[str]) -> list[str]:
    return [a for a in AGREEMENTS if a not in confirmed]

