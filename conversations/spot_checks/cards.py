"""What spot-check and action messages show."""

from __future__ import annotations

from typing import Any

from bot.i18n import Translator
from bot.notices.cards import when
from domain.model import Locale
from domain.queue import link
from domain.spotchecks.model import Action, CheckKind, Draw, SpotCheck
from store.uow import SqlUnitOfWork


async def _unit(uow: SqlUnitOfWork, unit_id: int | None) -> str:
    unit = await uow.units.get(unit_id) if unit_id else None
    return unit.label if unit else "—"


async def _person(uow: SqlUnitOfWork, person_id: int | None) -> tuple[str, str]:
    person = await uow.people.get(person_id) if person_id else None
    return (person.name, person.phone or "—") if person else ("—", "—")


async def target_args(uow: SqlUnitOfWork, check: SpotCheck) -> dict[str, Any]:
    """The record checked: its number, unit, owner and how to reach them."""
    if check.kind is CheckKind.MOVE_IN:
        record = await uow.move_ins.get(check.target_id)
        if record is None:
            return {"number": "—", "unit": "—", "owner": "—", "phone": "—", "link": "—",
                    "status": "—"}
        owner, phone = await _person(uow, record.owner_id)
        return {"number": record.number, "unit": await _unit(uow, record.unit_id),
                "owner": owner, "phone": phone, "link": "—", "status": record.status.value}
    ticket = await uow.tickets.get(check.target_id)
    if ticket is None:
        return {"number": "—", "unit": "—", "owner": "—", "phone": "—", "link": "—",
                "status": "—"}
    owner, phone = await _person(uow, ticket.reporter_id)
    return {"number": ticket.number, "unit": await _unit(uow, ticket.unit_id), "owner": owner,
            "phone": phone, "link": link(ticket.number), "status": ticket.status.value}


async def check_card(uow: SqlUnitOfWork, tr: Translator, locale: Locale, check: SpotCheck,
                     total: int) -> str:
    """The card: which check of the month, what to verify and where."""
    args = await target_args(uow, check)
    return tr(locale, "spot-card", kind=check.kind.value, n=check.position, total=total,
              month=check.month, **args)


async def decided_card(uow: SqlUnitOfWork, tr: Translator, locale: Locale, tz: str,
                       check: SpotCheck, total: int) -> str:
    text = await check_card(uow, tr, locale, check, total)
    who, _ = await _person(uow, check.by_person_id)
    text += "\n\n" + tr(locale, "spot-card-result", result=check.status.value, name=who,
                        at=when(check.decided_at, tz))
    if check.reason:
        text += "\n" + tr(locale, "spot-card-reason", reason=check.reason)
    if check.rectify_by is not None:
        text += "\n" + tr(locale, "spot-card-rectify", day=check.rectify_by,
                          status=(check.rectify_status.value if check.rectify_status
                                  else "open"))
    return text


def draw_text(tr: Translator, locale: Locale, draw: Draw, drawn: int) -> str:
    text = tr(locale, "spot-draw", month=draw.month, source=draw.source_month, count=drawn,
              seed=str(draw.seed))
    for kind, missing in sorted(draw.shortfall.items()):
        if missing:
            text += "\n" + tr(locale, "spot-draw-short", kind=kind, missing=missing,
                              found=int(draw.found.get(kind, 0)))
    return text


async def action_text(uow: SqlUnitOfWork, tr: Translator, locale: Locale,
                      action: Action) -> str:
    owner, _ = await _person(uow, action.owner_id)
    text = tr(locale, "action-card", number=action.number, source=action.source.value,
              cause=action.cause.value, owner=owner, due=action.due_on,
              description=action.description, status=action.status.value)
    if action.close_note:
        text += "\n" + tr(locale, "action-card-note", note=action.close_note)
    return text
