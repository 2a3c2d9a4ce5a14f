"""Survey keyboards (pure functions of the step, the questionnaire and the language)."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Translator
from bot.reports.survey.text import reason_text
from bot.ui.callbacks import SurveyCb, SurveyOfficeCb
from bot.ui.keyboards import button, rows
from domain.model import Locale
from domain.survey.answers import Walk
from domain.survey.definition import NOT_USED, Step, StepKind


def _cb(op: str, household_id: int, step: Step | None = None, value: int = 0) -> str:
    if step is None:
        return SurveyCb(op=op, h=household_id).pack()
    return SurveyCb(op=op, h=household_id, k=step.kind.value, q=step.index, v=value).pack()


def invitation(household_id: int, tr: Translator, locale: Locale,
               started: bool) -> InlineKeyboardMarkup:
    go = button(tr(locale, "survey-btn-continue" if started else "survey-btn-start"),
                _cb("go", household_id))
    return rows(go, button(tr(locale, "survey-btn-later"), _cb("later", household_id)))


def paused(household_id: int, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "survey-btn-continue"), _cb("go", household_id)))


def step(walk: Walk, tr: Translator, locale: Locale) -> InlineKeyboardMarkup | None:
    """Ratings 1-5, reasons, or Skip; Back and Later under every step."""
    s = walk.step
    h = walk.household.id
    if s is None:
        return None
    lines: list[list[InlineKeyboardButton]] = []
    if s.kind is StepKind.RATE:
        lines.append([button(str(v), _cb("a", h, s, v)) for v in range(1, 6)])
        lines.append([button(tr(locale, "survey-btn-not-used"), _cb("a", h, s, NOT_USED))])
    elif s.kind is StepKind.REASON:
        q = walk.campaign.definition.questions[s.index]
        lines += [[button(reason_text(tr, locale, r), _cb("a", h, s, i))]
                  for i, r in enumerate(q.reasons)]
        lines.append([button(tr(locale, "survey-btn-skip"), _cb("skip", h, s))])
    else:
        lines.append([button(tr(locale, "survey-btn-skip"), _cb("skip", h, s))])
    tail = [button(tr(locale, "survey-btn-later"), _cb("later", h, s))]
    if walk.rated or s.kind is not StepKind.RATE or s.index > 0:
        tail.insert(0, button(tr(locale, "survey-btn-back"), _cb("back", h, s)))
    lines.append(tail)
    return InlineKeyboardMarkup(inline_keyboard=lines)


def plan(campaign_id: int, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "survey-btn-cancel"),
                       SurveyOfficeCb(op="cancel", id=campaign_id).pack()))


def reviewed(campaign_id: int, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "survey-btn-reviewed"),
                       SurveyOfficeCb(op="reviewed", id=campaign_id).pack()))


def year_reviewed(review_id: int, tr: Translator, locale: Locale) -> InlineKeyboardMarkup:
    return rows(button(tr(locale, "survey-btn-reviewed"),
                       SurveyOfficeCb(op="year", id=review_id).pack()))
