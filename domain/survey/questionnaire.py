"""The estate's standing questionnaire: what the next campaign asks. Managers edit it in chat
(reword, add, reorder, retire a question; add or retire a reason offered after a low rating);
a campaign copies it when it is created and keeps
its own copy, so a running campaign never changes. Kept in the estate's settings
(`survey.questions`, the same JSON as `propdesk admin survey questions`); every edit is
audited with the questionnaire before and after."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from domain.errors import InvalidInput
from domain.model import Actor, Estate, Locale
from domain.ports import UnitOfWork
from domain.survey.definition import (
    MAX_QUESTIONS,
    MAX_REASONS,
    Cause,
    Definition,
    Question,
    Reason,
    Service,
    default_definition,
    parse_definition,
)
from domain.text import require_text

TEXT_MAX = 300


def standing(estate: Estate) -> Definition:
    """The questions the estate's next campaign asks (the default ones until edited)."""
    raw = (estate.settings.get("survey") or {}).get("questions")
    if not raw:
        return default_definition()
    try:
        return parse_definition(raw)
    except InvalidInput:  # a malformed setting must not stop the survey
        return default_definition()


def _index(defn: Definition, n: int) -> int:
    if not 1 <= n <= len(defn.questions):
        raise InvalidInput("survey-q-number", max=len(defn.questions))
    return n - 1


def reword(defn: Definition, n: int, locale: Locale, text: str, *,
           shown: Mapping[str, str] | None = None) -> Definition:
    """Question `n` in the office's own words in one language; the other languages keep the
    words they show now (`shown`, per language: the catalog's until the office wrote its own),
    so a resident never gets another language's words."""
    i = _index(defn, n)
    words = require_text(text, max_len=TEXT_MAX, field="question")
    q = defn.questions[i]
    updated = replace(q, text={**(shown or {}), **(q.text or {}), locale.value: words})
    return replace(defn, questions=(*defn.questions[:i], updated, *defn.questions[i + 1:]))


def add(defn: Definition, service: str, locale: Locale, text: str | None) -> Definition:
    """A new question about a service, last (the catalog's words when no text is given)."""
    try:
        kind = Service(service.lower())
    except ValueError:
        raise InvalidInput("survey-q-service",
                           services=", ".join(s.value for s in Service)) from None
    if len(defn.questions) >= MAX_QUESTIONS:
        raise InvalidInput("survey-def-count", max=MAX_QUESTIONS)
    taken = {q.id for q in defn.questions}
    qid = next(i for i in (kind.value, *(f"{kind.value[:13]}_{k}" for k in range(2, 99)))
               if i not in taken)
    words = {locale.value: require_text(text, max_len=TEXT_MAX, field="question")} \
        if text and text.strip() else None
    return replace(defn, questions=(*defn.questions, Question(qid, kind, words)))


def move(defn: Definition, n: int, to: int) -> Definition:
    i, j = _index(defn, n), _index(defn, to)
    items = list(defn.questions)
    items.insert(j, items.pop(i))
    return replace(defn, questions=tuple(items))


def retire(defn: Definition, n: int) -> Definition:
    i = _index(defn, n)
    if len(defn.questions) == 1:
        raise InvalidInput("survey-q-last")
    return replace(defn, questions=defn.questions[:i] + defn.questions[i + 1:])


def _with_question(defn: Definition, i: int, q: Question) -> Definition:
    return replace(defn, questions=(*defn.questions[:i], q, *defn.questions[i + 1:]))


def add_reason(defn: Definition, n: int, cause: str, locale: Locale, text: str) -> Definition:
    """One more reason offered after a low rating of question `n` (the service's default
    reasons stay, now as the question's own list)."""
    i = _index(defn, n)
    try:
        bone = Cause(cause.lower())
    except ValueError:
        raise InvalidInput("survey-r-cause",
                           causes=", ".join(c.value for c in Cause)) from None
    q = defn.questions[i]
    reasons = q.reasons
    if len(reasons) >= MAX_REASONS:
        raise InvalidInput("survey-r-count", max=MAX_REASONS)
    taken = {r.key for r in reasons}
    key = next(f"own{k}" for k in range(1, 99) if f"own{k}" not in taken)
    words = require_text(text, max_len=TEXT_MAX, field="reason")
    return _with_question(defn, i, replace(q, custom_reasons=(
        *reasons, Reason(key, bone, {locale.value: words}))))


def retire_reason(defn: Definition, n: int, key: str) -> Definition:
    i = _index(defn, n)
    q = defn.questions[i]
    if key not in {r.key for r in q.reasons}:
        raise InvalidInput("survey-r-key", keys=", ".join(r.key for r in q.reasons))
    left = tuple(r for r in q.reasons if r.key != key)
    if not left:
        raise InvalidInput("survey-r-last")
    return _with_question(defn, i, replace(q, custom_reasons=left))


async def save(uow: UnitOfWork, actor: Actor, estate: Estate, defn: Definition, op: str,
               now: datetime) -> Definition:
    """Store the edited questionnaire for the next campaigns (managers only); audited."""
    from domain.survey.campaigns import require_manager

    require_manager(actor, estate.id)
    before = standing(estate)
    settings: dict[str, Any] = copy.deepcopy(estate.settings)
    survey = settings.setdefault("survey", {})
    if not isinstance(survey, dict):
        survey = settings["survey"] = {}
    survey["questions"] = None if op == "reset" else defn.to_json()
    await uow.estates.update(estate.id, settings=settings)
    await uow.audit.record(at=now, entity="estate", entity_id=str(estate.id),
                           action="survey-questions", to_state=op[:32],
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           update_id=uow.update_id,
                           detail={"from": before.to_json(), "to": defn.to_json()})
    return defn
