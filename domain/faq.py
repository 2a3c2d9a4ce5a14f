"""Residents' questions answered from the estate's own facts (常見問題): office hours,
facilities, surroundings, fee standards, procedures. The desk keeps the entries (in chat or by
spreadsheet); a question nobody could answer is counted for the desk to add.

Matching works on what people type, in any of the three languages, without spaces: both sides
are folded (`domain.search.fold`: simplified finds traditional, case, full-width), Chinese is cut
into overlapping pairs of characters and English into words without the small ones. Each pair
or word weighs by how rare it is among the estate's questions (幾點 is in many, 會所 in few), and
an entry answers when the weight its question shares with the text is most of that question's.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from domain.errors import InvalidInput, NotAuthorized
from domain.model import Actor, Locale, StaffRole
from domain.ports import UnitOfWork
from domain.search import fold

THRESHOLD = 0.62       # share of a question's weight the text must hold
KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
MAX_QUESTIONS = 12
MAX_QUESTION = 120
MAX_ANSWER = 1500
MAX_ENTRIES = 300
MISS_TEXT = 200        # a missed question is kept this long, for the desk
OFFICE = (StaffRole.DESK, StaffRole.MANAGER)

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z0-9]+")
# English words that say nothing about what is asked.
_SMALL = frozenset({"a", "an", "the", "is", "are", "was", "were", "be", "do", "does", "did",
                    "can", "could", "will", "would", "i", "we", "you", "my", "our", "your", "me",
                    "us", "it", "its", "of", "to", "in", "on", "at", "for", "from", "by", "with",
                    "and", "or", "what", "when", "where", "which", "who", "how", "please", "pls",
                    "hi", "hello", "thanks", "thank", "there", "this", "that", "time"})


@dataclass(frozen=True)
class Entry:
    key: str
    questions: tuple[str, ...]               # how people ask, in any language
    answers: Mapping[str, str] = field(default_factory=dict)  # locale value -> answer

    def answer(self, locale: Locale) -> str:
        """The answer in the person's language, else zh-Hant, else any."""
        for loc in (locale.value, Locale.ZH_HANT.value, Locale.EN.value):
            if self.answers.get(loc):
                return self.answers[loc]
        return next(iter(self.answers.values()), "")


@dataclass(frozen=True)
class Miss:
    text: str
    count: int


def terms(text: str) -> set[str]:
    """The pairs of Chinese characters and the English words of a text (folded)."""
    folded = fold(text)
    out: set[str] = set()
    for run in _CJK.findall(folded):
        if len(run) == 1:
            out.add(run)
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    out.update(w for w in _WORD.findall(_CJK.sub(" ", folded)) if w not in _SMALL)
    return out


def _weights(asked: Sequence[set[str]]) -> dict[str, float]:
    """How rare each term is among the estate's questions (inverse document frequency)."""
    seen: Counter[str] = Counter()
    for own in asked:
        seen.update(own)
    return {t: math.log(1 + len(asked) / n) for t, n in seen.items()}


def match(entries: Sequence[Entry], text: str) -> Entry | None:
    """The entry whose question the text asks, or None."""
    asked = terms(text)
    if not asked:
        return None
    questions = [(e, terms(q)) for e in entries for q in e.questions]  # each cut once
    weight = _weights([own for _, own in questions])
    best: tuple[float, Entry] | None = None
    for e, own in questions:
        if not own:
            continue
        score = sum(weight[t] for t in own & asked) / sum(weight[t] for t in own)
        if score >= THRESHOLD and (best is None or score > best[0]):
            best = (score, e)
    return best[1] if best else None


# ---- the desk's edits -------------------------------------------------------------------

class FaqRepo(Protocol):
    async def entries(self, estate_id: int) -> list[Entry]: ...
    async def replace(self, estate_id: int, entries: Sequence[Entry], now: Any) -> None:
        """All of an estate's entries at once (an import is all or nothing)."""
        ...
    async def remove(self, estate_id: int, key: str) -> bool: ...
    async def missed(self, estate_id: int, text: str, now: Any) -> None: ...
    async def misses(self, estate_id: int, limit: int = 20) -> list[Miss]: ...


class FaqUnitOfWork(UnitOfWork, Protocol):
    @property
    def faq(self) -> FaqRepo: ...


def require_office(actor: Actor, estate_id: int) -> None:
    if not actor.has_role(estate_id, *OFFICE):
        raise NotAuthorized("faq-office-only")


def entry_of(row: int, key: Any, questions: Any, answers: Mapping[str, Any]) -> Entry:
    """One spreadsheet row as an entry; InvalidInput names the row and what is wrong."""
    key = str(key or "").strip().lower()
    if not KEY.match(key):
        raise InvalidInput("faq-import-bad-key", row=row)
    asked = tuple(q.strip() for q in re.split(r"[\n|｜;；]", str(questions or "")) if q.strip())
    if not asked or len(asked) > MAX_QUESTIONS or any(len(q) > MAX_QUESTION for q in asked):
        raise InvalidInput("faq-import-bad-questions", row=row, most=MAX_QUESTIONS,
                           length=MAX_QUESTION)
    said = {loc: str(text).strip() for loc, text in answers.items() if text and str(text).strip()}
    if Locale.ZH_HANT.value not in said and Locale.EN.value not in said:
        raise InvalidInput("faq-import-no-answer", row=row)
    if any(len(a) > MAX_ANSWER for a in said.values()):
        raise InvalidInput("faq-import-long-answer", row=row, length=MAX_ANSWER)
    return Entry(key, asked, said)


async def import_entries(uow: FaqUnitOfWork, actor: Actor, estate_id: int,
                         entries: Iterable[Entry], now: Any) -> int:
    """Replace the estate's entries with these (checked by `entry_of`); one key once."""
    require_office(actor, estate_id)
    entries = list(entries)
    keys = [e.key for e in entries]
    dup = next((k for k in keys if keys.count(k) > 1), None)
    if dup is not None:
        raise InvalidInput("faq-import-duplicate", name=dup)
    if not entries or len(entries) > MAX_ENTRIES:
        raise InvalidInput("faq-import-count", most=MAX_ENTRIES)
    await uow.faq.replace(estate_id, entries, now)
    await uow.audit.record(at=now, entity="estate", entity_id=str(estate_id),
                           action="faq-imported", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"entries": len(entries)})
    return len(entries)


async def remove_entry(uow: FaqUnitOfWork, actor: Actor, estate_id: int, key: str,
                       now: Any) -> None:
    require_office(actor, estate_id)
    if not await uow.faq.remove(estate_id, key.strip().lower()):
        raise InvalidInput("faq-no-such-entry", name=key.strip())
    await uow.audit.record(at=now, entity="estate", entity_id=str(estate_id),
                           action="faq-removed", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"key": key.strip().lower()})


async def answer(uow: FaqUnitOfWork, estate_id: int, text: str, now: Any) -> Entry | None:
    """The estate's answer to a resident's question; a question with none is counted."""
    found = match(await uow.faq.entries(estate_id), text)
    if found is None:
        await uow.faq.missed(estate_id, " ".join(text.split())[:MISS_TEXT], now)
    return found
