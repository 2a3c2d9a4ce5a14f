"""Renovation texts shared by notices and handlers: card references, the review card with its
clock, the owner's summary, who gets which card."""

from __future__ import annotations

from datetime import datetime

from bot.i18n import Translator
from bot.notices.cards import when
from domain.model import GroupPurpose, Locale
from domain.renovation.model import REVIEW, Renovation
from domain.renovation.review import last_reason, review_due
from domain.text import mask_phone
from domain.tickets import Status, Ticket
from store.uow import SqlUnitOfWork

# Where each step's card goes (the desk group when the estate has no such group).
STEP_GROUP = {Status.DESK_CHECK: GroupPurpose.DESK, Status.TECH_REVIEW: GroupPurpose.SUPERVISORS,
              Status.MANAGER_REVIEW: GroupPurpose.MANAGERS}


def review_ref(ticket_id: int, step: str, cycle: int) -> str:
    return f"reno:{ticket_id}:{step}:{cycle}"


def card_ref(t: Ticket, card: str) -> str:
    """The message a button named `card` must sit on (review steps are per cycle)."""
    if card in {s.value for s in REVIEW}:
        return review_ref(t.id, card, t.cycle)
    return f"reno:{t.id}:{card}"


def worker_ref(ticket_id: int, worker_id: int, adding: bool) -> str:
    return f"reno:{ticket_id}:w{worker_id}:{'add' if adding else 'rm'}"


def inspection_ref(inspection_id: int) -> str:
    return f"reno:i:{inspection_id}"


def step_name(tr: Translator, locale: Locale, status: str) -> str:
    return tr(locale, f"status-{status}")


def works_list(app: Renovation, tr: Translator, locale: Locale) -> str:
    if not app.works:
        return tr(locale, "reno-works-none")
    return ("、" if locale is not Locale.EN else ", ").join(tr(locale, f"work-{w}")
                                                          for w in app.works)


async def unit_label(uow: SqlUnitOfWork, app: Renovation) -> str:
    unit = await uow.units.get(app.unit_id)
    return unit.label if unit else "?"


async def tz_of(uow: SqlUnitOfWork, estate_id: int) -> str:
    estate = await uow.estates.get(estate_id)
    return estate.tz if estate else "UTC"


async def review_card(uow: SqlUnitOfWork, t: Ticket, app: Renovation, tr: Translator,
                      locale: Locale, now: datetime, note: str = "") -> str:
    """The application as a reviewer sees it, with the 2-day clock (every review card)."""
    tz = await tz_of(uow, t.estate_id)
    owner = await uow.people.get(app.owner_id)
    workers = [w for w in await uow.renovations.workers(t.id) if w.status.value == "active"]
    drawings = len(await uow.files.for_owner("renovation", t.id, "drawing"))
    due = datetime.fromisoformat(t.extra["review_due"]) if t.extra.get("review_due") else None
    overdue = review_due(t) is not None and due is not None and now >= due
    text = tr(locale, "reno-card", number=t.number,
              step=step_name(tr, locale, t.status.value), unit=await unit_label(uow, app),
              owner=owner.name if owner else "—",
              phone=mask_phone(owner.phone) if owner and owner.phone else "—",
              works=works_list(app, tr, locale), description=app.works_text,
              start=app.start_date, end=app.end_date,
              days=(app.end_date - app.start_date).days + 1, contractor=app.contractor,
              contractor_phone=app.contractor_phone, drawings=drawings,
              workers=[w.name for w in workers] or "—",
              submissions=app.submissions, submitted=when(app.submitted_at, tz),
              due=when(due, tz), overdue=tr(locale, "reno-card-overdue") if overdue else "")
    if app.submissions > 1:
        reason = await last_reason(uow, t.id)
        if reason:
            text += "\n" + tr(locale, "reno-card-last-reason", reason=reason)
    return f"{text}\n{note}" if note else text


async def owner_summary(uow: SqlUnitOfWork, t: Ticket, app: Renovation, tr: Translator,
                        locale: Locale) -> str:
    """The owner's view of one application."""
    workers = [w for w in await uow.renovations.workers(t.id)
               if w.status.value in {"active", "pending_add", "pending_remove"}]
    passes = [p for p in await uow.renovations.passes(t.id) if p.returned_at is None]
    notices = [n for n in await uow.renovations.notices(t.id) if n.status.value == "open"]
    return tr(locale, "reno-app", number=t.number, unit=await unit_label(uow, app),
              status=step_name(tr, locale, t.status.value), start=app.start_date,
              end=app.end_date,
              workers=[w.name for w in workers] or "—",
              passes=[p.number for p in passes] or "—", notices=len(notices))
