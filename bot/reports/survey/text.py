"""Survey words in each language: services, questions, reasons, causes, steps, campaign cards."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.i18n import Translator
from domain.model import Locale
from domain.survey.answers import Walk
from domain.survey.definition import Definition, Question, Reason, StepKind
from domain.survey.model import Campaign


def own_words(text: dict[str, str] | None, locale: Locale) -> str | None:
    """The office's own wording in this language, else in Traditional Chinese, else any."""
    if not text:
        return None
    return text.get(locale.value) or text.get(Locale.ZH_HANT.value) or next(iter(text.values()))


def service_name(tr: Translator, locale: Locale, service: str) -> str:
    return tr(locale, f"survey-service-{service}")


def question_text(tr: Translator, locale: Locale, q: Question) -> str:
    return own_words(q.text, locale) or tr(locale, f"survey-q-{q.service.value}")


def reason_text(tr: Translator, locale: Locale, reason: Reason) -> str:
    return own_words(reason.text, locale) or tr(locale, f"survey-reason-{reason.key}")


def problem_label(tr: Translator, locale: Locale, defn: Definition, service: str,
                  key: str) -> str:
    """`Repairs: slow to respond`; a skipped reason reads `Repairs: no reason given`."""
    reason = defn.reason(service, key) if key else None
    if reason is not None:
        words = reason_text(tr, locale, reason)
    elif key and tr.has(f"survey-reason-{key}"):
        words = tr(locale, f"survey-reason-{key}")
    else:
        words = tr(locale, "survey-reason-none")
    return tr(locale, "survey-problem", service=service_name(tr, locale, service), reason=words)


def cause_name(tr: Translator, locale: Locale, cause: str) -> str:
    return tr(locale, f"survey-cause-{cause}")


def quarter_name(tr: Translator, locale: Locale, quarter: str) -> str:
    return tr(locale, "survey-quarter", year=quarter[:4], q=quarter[-1])


def day(at: Any, tz: str) -> date | str:
    """The estate's local day of a moment; the translator writes it as people say it."""
    return at.astimezone(ZoneInfo(tz)).date() if at else "—"


def last_day(c: Campaign, tz: str) -> date | str:
    """The last day answers are taken (the window closes at the midnight after it)."""
    return day(c.closes_at - timedelta(seconds=1), tz)


def step_text(tr: Translator, locale: Locale, walk: Walk, tz: str) -> str:
    """The message that asks the current step (or thanks, when finished)."""
    if walk.step is None:
        return tr(locale, "survey-thanks")
    header = tr(locale, "survey-step-header", unit=walk.household.unit_label,
                until=last_day(walk.campaign, tz))
    defn = walk.campaign.definition
    if walk.step.kind is StepKind.COMMENTS:
        return f"{header}\n\n" + tr(locale, "survey-ask-comments")
    q = defn.questions[walk.step.index]
    service = service_name(tr, locale, q.service.value)
    if walk.step.kind is StepKind.RATE:
        body = tr(locale, "survey-ask-rate", n=walk.step.index + 1, total=walk.total,
                  service=service, question=question_text(tr, locale, q))
    elif walk.step.kind is StepKind.REASON:
        body = tr(locale, "survey-ask-reason", service=service,
                  rating=walk.answers.ratings.get(q.id, 0))
    else:
        body = tr(locale, "survey-ask-note", service=service)
    return f"{header}\n\n{body}"


def plan_text(tr: Translator, locale: Locale, c: Campaign, tz: str, estate_name: str) -> str:
    """The campaign card: when it goes out, to how many households, how they were chosen."""
    info = c.sample_info
    buildings = [tr(locale, "survey-plan-building", building=b, count=n)
                 for b, n in sorted(info.get("per_building", {}).items())]
    lines = [tr(locale, "survey-plan", estate=estate_name,
                quarter=quarter_name(tr, locale, c.quarter), households=info.get("target", 0),
                occupied=info.get("occupied", 0), share=f"{c.share * 100:g}",
                buildings=buildings or "—", send=day(c.send_at, tz),
                close=last_day(c, tz), due=day(c.report_due_at, tz),
                reminders=[day(r, tz) for r in c.reminders] or "—",
                questions=len(c.definition.questions),
                privacy=tr(locale, "survey-privacy-named" if c.named
                           else "survey-privacy-anonymous"))]
    if info.get("repeats"):
        lines.append(tr(locale, "survey-plan-repeats", count=info["repeats"]))
    if info.get("unreachable"):
        lines.append(tr(locale, "survey-plan-unreachable", count=info["unreachable"]))
    lines.append(tr(locale, "survey-status-line",
                    status=tr(locale, f"survey-status-{c.status.value}")))
    return "\n".join(lines)
