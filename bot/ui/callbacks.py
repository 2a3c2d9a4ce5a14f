"""Typed callback data: ids only, versioned by prefix (bump it when a payload changes)."""

from __future__ import annotations

from typing import Annotated

from aiogram.filters.callback_data import CallbackData
from pydantic import Field

from domain.model import Locale

# Buttons come back from Telegram as text anyone can forge: every number is range-checked
# when the data is read, so an id that no database column can hold (>= 2**63, negative)
# matches no handler and is refused like any unknown button (handlers.fallback).
Id = Annotated[int, Field(ge=0, lt=2**63)]
# A small number on a button: a score, an answer's index, a question's index (-1: none).
Small = Annotated[int, Field(ge=-1, lt=2**15)]


class LangCb(CallbackData, prefix="lang1"):
    """Choose a language."""

    code: Locale


class StartCb(CallbackData, prefix="st1"):
    """Buttons of the welcome message for people not yet linked."""

    op: str  # code | request


class LinkFormCb(CallbackData, prefix="lf1"):
    """Steps of the link-request form (choices and edit buttons)."""

    op: str  # estate | rel | skip | edit | confirm | cancel
    value: str = ""


class LinkDecisionCb(CallbackData, prefix="ld1"):
    """Desk decision on a link request."""

    op: str  # ok | no
    id: Id


class RepairFormCb(CallbackData, prefix="rf1"):
    """Steps of the repair form: choices, photos done, edit buttons, confirm."""

    op: str  # cat | place | urg | time | photos | edit | confirm | cancel
    value: str = ""


class JobCb(CallbackData, prefix="job1"):
    """A crew action on a work order card (or the on-call page)."""

    op: str  # take | way | site | parts | done | back | contact | ack
    id: Id


class CallbackCb(CallbackData, prefix="cb1"):
    """The desk's callback result."""

    op: str  # satisfied | problem | unreachable
    id: Id


class FixCb(CallbackData, prefix="fix1"):
    """The resident's answer when the crew says the job is done."""

    op: str  # yes | no | rate | skip
    id: Id
    value: Small = 0


class SurveyCb(CallbackData, prefix="sv1"):
    """A resident's step in the survey: the household and the step the button belongs to."""

    op: str  # go (start/continue) | a (answer) | skip | back | later
    h: Id
    k: str = ""   # step kind (r, c, t, m)
    q: Small = -1   # question index
    v: Small = 0


class SurveyOfficeCb(CallbackData, prefix="so1"):
    """Managers' buttons on survey cards."""

    op: str  # cancel | reviewed | year
    id: Id
class ComplaintFormCb(CallbackData, prefix="cf1"):
    """Steps of the complaint form: unit, category, photos, call back, edit, confirm."""

    op: str  # unit | cat | photos | cb | time | edit | confirm | cancel
    value: str = ""


class ComplaintCb(CallbackData, prefix="cp1"):
    """The desk's buttons on a complaint card."""

    op: str  # take | depts | dept | back | reply | link | close
    id: Id
    value: str = ""


class ComplaintResidentCb(CallbackData, prefix="cr1"):
    """The resident's buttons under the office's reply."""

    op: str  # answer | ok | rate | no
    id: Id
    value: Small = 0


class SatisfactionCb(CallbackData, prefix="sat1"):
    """The one satisfaction question after a ticket is closed (1-5)."""

    id: Id
    score: Small


class QueueCb(CallbackData, prefix="q1"):
    """A page or filter of /queue (the list is recomputed for whoever presses)."""

    f: str = "all"  # all | mine | overdue
    k: str = ""     # ticket kind, "" for every kind
    tr: str = ""    # trade, "" for every trade
    p: Small = 0    # page, from 0


class HandoverCb(CallbackData, prefix="ho1"):
    """The buttons offered on text the bot did not understand, and ending a conversation
    with the desk."""

    op: str      # repair | complaint | ask | end
    id: Id = 0  # the enquiry ticket (end)


class UnitFileCb(CallbackData, prefix="uf1"):
    """A page of a household file, the export of the whole file as a PDF, or the block
    picked for a flat several blocks have (the viewer's roles are checked on every press)."""

    op: str      # page | pdf
    u: Id        # the unit
    p: Small = 0  # page, from 0


class FindCb(CallbackData, prefix="fd1"):
    """A page of /find results: the remembered query (only its owner may page it)."""

    s: Id       # the query's id (store `searches`)
    p: Small = 0  # page, from 0


class MonthlyCb(CallbackData, prefix="mr1"):
    """已呈交 / Marked as sent on a monthly report or its reminder (managers' group)."""

    op: str      # sent
    e: Id        # the estate
    m: Id        # the month as 202611


class DailyCb(CallbackData, prefix="dy1"):
    """A button under a group's daily list: opens the group's queue (all, or overdue) as a
    new message, so the list stays as it was sent."""

    f: str  # all | overdue
