"""Messages of the satisfaction surveys: invitations and reminders to residents, campaign cards,
the quarterly summary with charts and a spreadsheet, review reminders, the year review."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from functools import partial
from typing import Any

from bot.notices.base import Notices
from bot.notices.cards import when
from bot.notices.late import late_line
from bot.reports.survey.report import (
    Attachment,
    Report,
    num,
    pct,
    quarter_sheets,
    render,
    year_sheets,
)
from bot.reports.survey.text import (
    cause_name,
    day,
    last_day,
    plan_text,
    quarter_name,
    service_name,
)
from conversations.survey import keyboards as kb
from domain.deadlines import late_since
from domain.model import Estate, GroupPurpose, Locale, StaffRole
from domain.survey import events as ev
from domain.survey.campaigns import review_opens
from domain.survey.definition import Service
from domain.survey.model import Campaign, HouseholdStatus, SurveyPolicy

SHOWN_COMMENTS = 5
COMMENT_CHARS = 300  # in the message; the spreadsheet has them whole
SHOWN_NOTES = 3      # per service: what residents wrote on a low rating
NOTE_CHARS = 150


def card_ref(kind: str, item_id: int, chat_id: int) -> str:
    """The message showing a survey card (`plan`, `report`, `year`) in one managers' chat."""
    return f"survey-{kind}:{item_id}:{chat_id}"


async def managers(n: Notices, estate_id: int) -> list[tuple[int, Locale]]:
    """The managers group; without one, each manager privately."""
    found = await n.group(estate_id, GroupPurpose.MANAGERS)
    if found is not None:
        return [(found[0].chat_id, found[1])]
    out = []
    for person in await n.uow.staff.people_with_role(estate_id, StaffRole.MANAGER):
        if person.tg_user_id is not None and not person.blocked:
            out.append((person.tg_user_id, person.locale))
    return out


async def _campaign(n: Notices, campaign_id: int) -> tuple[Campaign, Estate] | None:
    c = await n.uow.surveys.campaign(campaign_id)
    estate = await n.uow.estates.get(c.estate_id) if c else None
    return (c, estate) if c and estate else None


async def on_created(n: Notices, e: ev.SurveyCreated) -> None:
    found = await _campaign(n, e.campaign_id)
    if found is None:
        return
    c, estate = found
    for chat_id, locale in await managers(n, c.estate_id):
        await n.post.send(chat_id, plan_text(n.tr, locale, c, estate.tz, estate.name),
                          markup=kb.plan(c.id, n.tr, locale), ref=card_ref("plan", c.id, chat_id))


async def _refresh_plan(n: Notices, c: Campaign, estate: Estate) -> None:
    """The campaign card shows the new status; Cancel goes once it has closed."""
    live = c.status.value in ("planned", "open")
    for chat_id, locale in await managers(n, c.estate_id):
        ref = card_ref("plan", c.id, chat_id)
        if await n.uow.outbox.ref(ref) is not None:
            await n.post.edit(text=plan_text(n.tr, locale, c, estate.tz, estate.name),
                              markup=kb.plan(c.id, n.tr, locale) if live else None, ref=ref)


async def on_sent(n: Notices, e: ev.SurveySent) -> None:
    found = await _campaign(n, e.campaign_id)
    if found is None:
        return
    c, estate = found
    await _refresh_plan(n, c, estate)
    homes = await n.uow.surveys.households(c.id)
    paper = [h.unit_label for h in homes if h.status is HouseholdStatus.UNREACHABLE]
    for chat_id, locale in await managers(n, c.estate_id):
        text = n.tr(locale, "survey-sent", quarter=quarter_name(n.tr, locale, c.quarter),
                    asked=len(homes) - len(paper), close=last_day(c, estate.tz))
        if paper:
            text += "\n" + n.tr(locale, "survey-sent-paper", count=len(paper),
                                units=paper)
        await n.post.send(chat_id, text)


async def on_invited(n: Notices, e: ev.SurveyInvited) -> None:
    """The invitation, or a reminder, in the resident's language, with Start/Continue."""
    h = await n.uow.surveys.household(e.household_id)
    if h is None or h.person_id is None:
        return
    person = await n.person(h.person_id)
    found = await _campaign(n, h.campaign_id)
    if person is None or person.tg_user_id is None or found is None:
        return
    c, estate = found
    locale = person.locale
    args: dict[str, Any] = {
        "estate": estate.name, "quarter": quarter_name(n.tr, locale, c.quarter),
        "unit": h.unit_label, "count": len(c.definition.questions),
        "until": last_day(c, estate.tz),
        "privacy": n.tr(locale, "survey-privacy-named" if c.named
                        else "survey-privacy-anonymous")}
    key = "survey-invite" if e.reminder == 0 else "survey-reminder"
    started = h.status is HouseholdStatus.STARTED
    await n.post.send(person.tg_user_id, n.tr(locale, key, **args),
                      markup=kb.invitation(h.id, n.tr, locale, started))


async def on_closed(n: Notices, e: ev.SurveyClosed) -> None:
    found = await _campaign(n, e.campaign_id)
    if found is None or found[0].results is None:
        return
    c, estate = found
    await _refresh_plan(n, c, estate)
    responses = await n.uow.surveys.completed(c.id)
    homes = await n.uow.surveys.households(c.id)
    for chat_id, locale in await managers(n, c.estate_id):
        results = {**(c.results or {}), "quarter": c.quarter}
        rep = Report(n.tr, locale, results, c.definition)
        title = f"{estate.name} {quarter_name(n.tr, locale, c.quarter)}"
        trend = [{"label": quarter_name(n.tr, locale, p["quarter"]), "services": p["services"]}
                 for p in results.get("trend", [])]
        trend.append({"label": quarter_name(n.tr, locale, c.quarter),
                      "services": {s: v.get("avg") for s, v in
                                   results.get("services", {}).items()}})
        files = partial(render, n.settings.files.root, f"survey-{estate.code}-{c.quarter}",
                             partial(rep.charts, title, trend),
                             partial(quarter_sheets, rep, estate.name, c.quarter, responses,
                                     homes))
        notes = [(q.service.value, r.answers.notes[q.id]) for r in responses
                 for q in c.definition.questions if r.answers.notes.get(q.id)]
        text = summary_text(rep, title, [r.answers.comments or "" for r in responses],
                            [r.unit_label for r in responses], notes)
        late = late_line(n.tr, locale, late_since(c.closes_at, c.closed_at or c.closes_at),
                         estate.tz)
        if late:  # closed (and summed up) late: the bot was down when the window closed
            text = f"{late}\n{text}"
        text += "\n\n" + n.tr(locale, "survey-report-due-by",
                              due=day(c.report_due_at, estate.tz))
        await n.post.send(chat_id, text, markup=kb.reviewed(c.id, n.tr, locale),
                          ref=card_ref("report", c.id, chat_id))
        _attach_later(n, chat_id, files)


def _attach_later(n: Notices, chat_id: int,
                  draw: Callable[[], Awaitable[list[Attachment]]]) -> None:
    """Charts and the spreadsheet are made after the commit: the write transaction does not
    wait for the drawing (seconds); they follow the text in the chat."""
    async def job() -> None:
        await _attach(n, chat_id, await draw())

    n.uow.after_commit(job)


async def _attach(n: Notices, chat_id: int, files: list[Attachment]) -> None:
    """The charts as one album, then the spreadsheet."""
    await n.post.charts(chat_id, [(f.path, f.caption) for f in files if f.photo])
    for f in files:
        if not f.photo:
            await n.post.document(chat_id, path=f.path, filename=f.filename)


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def note_lines(rep: Report, notes: Sequence[tuple[str, str]]) -> list[str]:
    """Per service, how many residents wrote a note on a low rating and the first few
    (clipped), as the spreadsheet's comments sheet has them whole."""
    per: dict[str, list[str]] = {}
    for service, note in notes:
        if note.strip():
            per.setdefault(service, []).append(note.strip())
    if not per:
        return []
    lines = ["", rep.t("survey-report-notes", count=sum(len(v) for v in per.values()))]
    for s in Service:
        said = per.get(s.value)
        if not said:
            continue
        lines.append(rep.t("survey-report-notes-service",
                           service=service_name(rep.tr, rep.locale, s.value), count=len(said)))
        lines += [rep.t("survey-report-note", text=clip(x, NOTE_CHARS))
                  for x in said[:SHOWN_NOTES]]
        if len(said) > SHOWN_NOTES:
            lines.append(rep.t("survey-report-more", count=len(said) - SHOWN_NOTES))
    return lines


def summary_text(rep: Report, title: str, comments: list[str],
                 units: list[str | None], notes: Sequence[tuple[str, str]] = ()) -> str:
    """The summary as a chat message (the spreadsheet has everything); `notes` are
    (service, what the resident wrote) of the low ratings."""
    t, r = rep.t, rep.r
    lines = [t("survey-report-title", title=title),
             t("survey-report-counts", sampled=r.get("sampled", 0),
               asked=r.get("asked_chat", r.get("asked", 0)), paper=r.get("unreachable", 0),
               paper_answered=r.get("paper_answered", 0), answered=r.get("answered", 0),
               rate=pct(r.get("rate"))),
             t("survey-report-overall", avg=num((r.get("overall") or {}).get("avg")),
               satisfied=pct((r.get("overall") or {}).get("satisfied"))), ""]
    previous = (r.get("trend") or [{}])[-1].get("services", {}) if r.get("trend") else {}
    lines.append(t("survey-report-services"))
    for s, v in rep.services():
        change = ""
        if previous.get(s) is not None and v.get("avg") is not None:
            delta = round(v["avg"] - previous[s], 2)
            change = t("survey-change-up" if delta >= 0 else "survey-change-down",
                       delta=f"{abs(delta):.2f}")
        lines.append(t("survey-report-service-line", service=service_name(rep.tr, rep.locale, s),
                       avg=num(v.get("avg")), satisfied=pct(v.get("satisfied")), change=change))
    vital = [i for i in r.get("pareto", []) if i["vital"]]
    lines.append("")
    if vital:
        lines.append(t("survey-report-vital", share=pct(vital[-1]["cumulative"])))
        lines += [t("survey-report-vital-line", rank=k, problem=rep.problem(i), count=i["count"])
                  for k, i in enumerate(vital, start=1)]
        causes = " · ".join(t("survey-cause-count", cause=cause_name(rep.tr, rep.locale,
                                                                      b["cause"]),
                              count=b["count"]) for b in r.get("fishbone", []))
        lines.append(t("survey-report-causes", causes=causes))
    else:
        lines.append(t("survey-report-no-problems"))
    tickets = r.get("tickets", [])
    if tickets:
        lines += ["", t("survey-report-tickets")]
        lines += [t("survey-report-ticket-line", kind=rep.ticket_kind(x["kind"]),
                    satisfaction=num(x["satisfaction_avg"]), satisfaction_n=x["satisfaction_n"],
                    rating=num(x["rating_avg"]), rating_n=x["rating_n"]) for x in tickets]
    lines += note_lines(rep, notes)
    said = [(u, clip(c, COMMENT_CHARS)) for u, c in zip(units, comments, strict=True) if c]
    if said:
        lines += ["", t("survey-report-comments", count=len(said))]
        lines += [t("survey-report-comment-named", unit=u, text=c) if u else
                  t("survey-report-comment", text=c) for u, c in said[:SHOWN_COMMENTS]]
        if len(said) > SHOWN_COMMENTS:
            lines.append(t("survey-report-more", count=len(said) - SHOWN_COMMENTS))
    return "\n".join(lines)


async def on_cancelled(n: Notices, e: ev.SurveyCancelled) -> None:
    found = await _campaign(n, e.campaign_id)
    if found is None:
        return
    c, estate = found
    await _refresh_plan(n, c, estate)
    who = await n.uow.people.get(e.by_person_id) if e.by_person_id else None
    for chat_id, locale in await managers(n, c.estate_id):
        await n.post.send(chat_id, n.tr(locale, "survey-cancelled",
                                        quarter=quarter_name(n.tr, locale, c.quarter),
                                        name=who.name if who else n.tr(locale, "survey-office")))


async def on_report_due(n: Notices, e: ev.SurveyReportDue) -> None:
    found = await _campaign(n, e.campaign_id)
    if found is None:
        return
    c, estate = found
    for chat_id, locale in await managers(n, c.estate_id):
        where = await n.uow.outbox.ref(card_ref("report", c.id, chat_id))
        await n.post.send(chat_id, n.tr(locale, f"survey-{e.level}",
                                        quarter=quarter_name(n.tr, locale, c.quarter),
                                        due=when(c.report_due_at, estate.tz)),
                          reply_to=where[1] if where else None)


async def _mark_cards(n: Notices, kind: str, item_id: int, estate: Estate, by_person_id: int,
                      at: datetime | None) -> None:
    """Every copy of the card loses its button and says who reviewed it."""
    who = await n.uow.people.get(by_person_id)
    for chat_id, locale in await managers(n, estate.id):
        ref = card_ref(kind, item_id, chat_id)
        where = await n.uow.outbox.ref(ref)
        if where is None:
            continue
        await n.post.edit_markup(markup=None, ref=ref)
        await n.post.send(chat_id, n.tr(locale, "survey-report-reviewed",
                                        name=who.name if who else "—", at=when(at, estate.tz)),
                          reply_to=where[1])


async def on_reviewed(n: Notices, e: ev.SurveyReviewed) -> None:
    found = await _campaign(n, e.campaign_id)
    if found is not None:
        await _mark_cards(n, "report", e.campaign_id, found[1], e.by_person_id,
                          found[0].reviewed_at)


async def on_year_review(n: Notices, e: ev.SurveyYearReview) -> None:
    review = await n.uow.surveys.year_review(e.review_id)
    estate = await n.uow.estates.get(review.estate_id) if review else None
    if review is None or estate is None:
        return
    opens = review_opens(review.year, estate.tz, SurveyPolicy.of(estate))
    for chat_id, locale in await managers(n, estate.id):
        rep = Report(n.tr, locale, review.results)
        title = n.tr(locale, "survey-year-title", estate=estate.name, year=str(review.year))
        trend = [{"label": quarter_name(n.tr, locale, q["quarter"]), "services": q["services"]}
                 for q in review.results.get("quarters", [])]
        files = partial(render, n.settings.files.root, f"survey-{estate.code}-{review.year}",
                             partial(rep.charts, title, trend), partial(year_sheets, rep,
                                                                        estate.name))
        lines = [summary_text(rep, title, [], [])]
        late = late_line(n.tr, locale, late_since(opens, review.created_at), estate.tz)
        if late:  # made after 2 January: the bot was down (or a quarter closed late)
            lines.insert(0, late)
        lines += [n.tr(locale, "survey-year-quarter-line",
                       quarter=quarter_name(n.tr, locale, q["quarter"]),
                       rate=pct(q.get("rate")), avg=num(q.get("overall")))
                  for q in review.results.get("quarters", [])]
        lines.append("\n" + n.tr(locale, "survey-year-due", year=str(review.year + 1)))
        await n.post.send(chat_id, "\n".join(lines), markup=kb.year_reviewed(
            review.id, n.tr, locale), ref=card_ref("year", review.id, chat_id))
        _attach_later(n, chat_id, files)


async def on_year_due(n: Notices, e: ev.SurveyYearReviewDue) -> None:
    review = await n.uow.surveys.year_review(e.review_id)
    if review is None:
        return
    for chat_id, locale in await managers(n, review.estate_id):
        await n.post.send(chat_id, n.tr(locale, "survey-year-reminder", year=str(review.year)))


async def on_year_reviewed(n: Notices, e: ev.SurveyYearReviewed) -> None:
    review = await n.uow.surveys.year_review(e.review_id)
    estate = await n.uow.estates.get(review.estate_id) if review else None
    if review is not None and estate is not None:
        await _mark_cards(n, "year", review.id, estate, e.by_person_id, review.reviewed_at)


RENDERERS: dict[type, Any] = {
    ev.SurveyCreated: on_created,
    ev.SurveySent: on_sent,
    ev.SurveyInvited: on_invited,
    ev.SurveyClosed: on_closed,
    ev.SurveyCancelled: on_cancelled,
    ev.SurveyReportDue: on_report_due,
    ev.SurveyReviewed: on_reviewed,
    ev.SurveyYearReview: on_year_review,
    ev.SurveyYearReviewDue: on_year_due,
    ev.SurveyYearReviewed: on_year_reviewed,
}
