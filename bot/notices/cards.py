"""Ticket texts shared by notices and handlers: the work order card, summaries, history."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.i18n import Translator
from domain.model import Locale
from domain.tickets import Kind, Ticket
from store.uow import SqlUnitOfWork


def crew_ref(t: Ticket) -> str:
    return f"ticket:{t.id}:crew:{t.cycle}"


def page_ref(t: Ticket) -> str:
    return f"ticket:{t.id}:page:{t.cycle}"


def callback_ref(t: Ticket) -> str:
    return f"ticket:{t.id}:callback:{t.cycle}"


def fixed_ref(t: Ticket) -> str:
    return f"ticket:{t.id}:fixed:{t.cycle}"


def when(at: datetime | None, tz: str) -> datetime | str:
    """A moment in the estate's local time; the translator writes it as people say it
    (12月2日（三）08:30, Wed 2 Dec 08:30)."""
    if at is None:
        return "—"
    return at.astimezone(ZoneInfo(tz))


def stamp(at: datetime | None, tz: str) -> str:
    """A moment in the estate's local time for a spreadsheet cell: 2026-12-02 08:30 sorts."""
    if at is None:
        return "—"
    return at.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")


def category_label(t: Ticket, tr: Translator, locale: Locale) -> str:
    """Repairs and complaints have their own category lists."""
    key = f"complaint-cat-{t.category}" if t.kind is Kind.COMPLAINT else f"cat-{t.category}"
    return tr(locale, key)


async def place(uow: SqlUnitOfWork, t: Ticket, tr: Translator, locale: Locale) -> str:
    if t.unit_id is not None:
        unit = await uow.units.get(t.unit_id)
        return unit.label if unit else "?"
    return tr(locale, "repair-place-common", location=t.location or "")


async def status_line(uow: SqlUnitOfWork, t: Ticket, tr: Translator, locale: Locale) -> str:
    who = await uow.people.get(t.assignee_id) if t.assignee_id else None
    return tr(locale, f"status-{t.status.value}") + (f" — {who.name}" if who else "")


async def job_card(uow: SqlUnitOfWork, t: Ticket, tr: Translator, locale: Locale,
                   note: str = "") -> str:
    """派工單: everything the crew needs, and where the job stands."""
    estate = await uow.estates.get(t.estate_id)
    tz = estate.tz if estate else "UTC"
    photos = len(await uow.files.for_owner("ticket", t.id, "report"))
    due_key, due = ("card-accept-due", t.accept_due) if t.accept_due and not t.accepted_at \
        else ("card-complete-due", t.complete_due)
    text = tr(locale, "card", number=t.number, emergency=tr(locale, "card-emergency")
              if t.emergency else "", category=tr(locale, f"cat-{t.category}"),
              place=await place(uow, t, tr, locale), description=t.description,
              photos=photos, time=tr.named(locale, "time", t.preferred_time)
              if t.preferred_time else "—", status=await status_line(uow, t, tr, locale),
              due_label=tr(locale, due_key), due=when(due, tz))
    return f"{text}\n{note}" if note else text


async def resident_summary(uow: SqlUnitOfWork, t: Ticket, tr: Translator, locale: Locale) -> str:
    return tr(locale, "my-line", number=t.number, category=category_label(t, tr, locale),
              status=tr(locale, f"status-{t.status.value}"),
              place=await place(uow, t, tr, locale))
