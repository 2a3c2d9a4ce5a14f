"""Typed callback data: ids only, versioned by prefix (bump it when a payload changes)."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class LangCb(CallbackData, prefix="lang1"):
    """Choose a language."""

    code: str


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
    id: int


class RepairFormCb(CallbackData, prefix="rf1"):
    """Steps of the repair form: choices, photos done, edit buttons, confirm."""

    op: str  # cat | place | urg | time | photos | edit | confirm | cancel
    value: str = ""


class JobCb(CallbackData, prefix="job1"):
    """A crew action on a work order card (or the on-call page)."""

    op: str  # take | way | site | parts | done | back | contact | ack
    id: int


class CallbackCb(CallbackData, prefix="cb1"):
    """The desk's callback result."""

    op: str  # satisfied | problem | unreachable
    id: int


class FixCb(CallbackData, prefix="fix1"):
    """The resident's answer when the crew says the job is done."""

    op: str  # yes | no | rate | skip
    id: int
    value: int = 0


class SurveyCb(CallbackData, prefix="sv1"):
    """A resident's step in the survey: the household and the step the button belongs to."""

    op: str  # go (start/continue) | a (answer) | skip | back | later
    h: int
    k: str = ""   # step kind (r, c, t, m)
    q: int = -1   # question index
    v: int = 0


class SurveyOfficeCb(CallbackData, prefix="so1"):
    """Managers' buttons on survey cards."""

    op: str  # cancel | reviewed | year
    id: int
class ComplaintFormCb(CallbackData, prefix="cf1"):
    """Steps of the complaint form: unit, category, photos, call back, edit, confirm."""

    op: str  # unit | cat | photos | cb | time | edit | confirm | cancel
    value: str = ""


class ComplaintCb(CallbackData, prefix="cp1"):
    """The desk's buttons on a complaint card."""

    op: str  # take | depts | dept | back | reply | link | close
    id: int
    value: str = ""


class ComplaintResidentCb(CallbackData, prefix="cr1"):
    """The resident's buttons under the office's reply."""

    op: str  # answer | ok | rate | no
    id: int
    value: int = 0


class SatisfactionCb(CallbackData, prefix="sat1"):
    """The one satisfaction question after a ticket is closed (1-5)."""

    id: int
    score: int


class QueueCb(CallbackData, prefix="q1"):
    """A page or filter of /queue (the list is recomputed for whoever presses)."""

    f: str = "all"  # all | mine | overdue
    k: str = ""     # ticket kind, "" for every kind
    tr: str = ""    # trade, "" for every trade
    p: int = 0      # page, from 0


class HandoverCb(CallbackData, prefix="ho1"):
    """The buttons offered on text the bot did not understand, and ending a conversation
    with the desk."""

    op: str      # repair | complaint | ask | end
    id: int = 0  # the enquiry ticket (end)
