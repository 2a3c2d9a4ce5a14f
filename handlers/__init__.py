"""Routers in the order they must see updates."""

from __future__ import annotations

from aiogram import Router

from conversations import handover, onboarding
from conversations.announce import form as announce_form
from conversations.complaint import followups as complaint_followups
from conversations.complaint import form as complaint
from conversations.custody import check as custody_check
from conversations.custody import form as custody_form
from conversations.custody import meter as custody_meter
from conversations.move_in import booking as move_in_form
from conversations.move_in import documents as move_in_documents
from conversations.move_in import errands as move_in_errands
from conversations.move_in import inspection as move_in_inspection
from conversations.move_in import receipt as move_in_receipt
from conversations.renovation import followups as renovation_followups
from conversations.renovation import form as renovation_form
from conversations.repair import followups
from conversations.repair import form as repair
from conversations.spot_checks import action as spot_action
from conversations.spot_checks import close as spot_close
from conversations.spot_checks import fail as spot_fail
from conversations.survey import form as survey
from handlers import (
    announcements,
    assign,
    closure,
    common,
    complaints,
    custody,
    desk,
    exports,
    fallback,
    faq,
    find,
    groups,
    jobs,
    move_in,
    office,
    printing,
    questionnaire,
    queue,
    registry,
    report_month,
    report_week,
    resident,
    spot_checks,
    staff,
    surveys,
    team,
    unitfile,
)
from handlers.renovation import owner as renovation_owner
from handlers.renovation import passes as renovation_passes
from handlers.renovation import review as renovation
from handlers.renovation import site as renovation_site


def build_routers() -> list[Router]:
    """Fresh routers (a router attaches to one parent only)."""
    return [
        groups.build_router(),       # membership changes, /link, migrations
        common.build_router(),       # /cancel and /start first, then /help, /language
        staff.build_router(),        # /ticket and its links, /oncall
        queue.build_router(),        # /queue and its pages
        find.build_router(),         # /find and its pages
        faq.build_router(),          # /faq: the estate's answers, kept as a spreadsheet
        printing.build_router(),     # /print: paper forms and repair QR posters
        office.build_router(),       # /code
        team.build_router(),         # /staff, members leaving staff groups
        registry.build_router(),     # /holders, /moveout, /sale, /coowner, /proxy, /tenant
        unitfile.build_router(),     # /unit: the household file and its PDF
        report_month.build_router(), exports.build_router(),  # /report month|registry, /export
        assign.build_router(),       # /assign
        closure.build_router(),      # /closed, /reopen
        resident.build_router(),     # /my, "is it fixed?"
        renovation_owner.build_router(),  # /renovate and the owner's buttons
        move_in.build_router(),      # /movein
        custody.build_router(),      # custody buttons, /rain, /custody A-12B (staff)
        spot_checks.build_router(),  # spot-check cards, Corrected, /actions (managers)
        onboarding.build_router(),   # conversations
        repair.build_router(),
        renovation_form.build_router(),
        move_in_form.build_router(),  # booking a move-in slot
        move_in_documents.build_router(),  # the owner's documents and agreements
        move_in_receipt.build_router(),  # the desk's fee receipt, asked in private
        move_in_inspection.build_router(),  # the inspection, in the inspector's private chat
        move_in_errands.build_router(),  # errands entrusted to the office, the desk's "done"
        followups.build_router(),    # one question after a button (reasons, photos)
        surveys.build_router(),      # /survey new|list for the office, survey card buttons
        questionnaire.build_router(),  # /questions: managers edit the next survey's questions
        survey.build_router(),       # the resident's questionnaire (one generic step handler)
        renovation_followups.build_router(),
        complaint.build_router(),    # /complaint form
        complaint_followups.build_router(),  # complaint reply, reason, answer (private)
        custody_form.build_router(),   # /custody: the owner's request
        custody_meter.build_router(),  # /meter, /custody_end: readings by the staff
        custody_check.build_router(),  # an outside check, asked in private
        spot_fail.build_router(),    # a failed spot check's reason and photos (private)
        spot_action.build_router(),  # /action and Open action: a corrective action (private)
        spot_close.build_router(),   # closing an action with a note (private)
        announcements.build_router(),  # /announcements, Read and Remind unread buttons
        announce_form.build_router(),  # /announce: the desk or a manager writes one
        desk.build_router(),         # staff buttons in registered groups
        jobs.build_router(),         # work order and callback buttons
        renovation.build_router(),   # renovation cards: review, payment, workers, settlement
        renovation_site.build_router(),  # inspection cards
        renovation_passes.build_router(),  # /pass: security checks a pass
        complaints.build_router(),   # complaint cards, replies, satisfaction, /complaints
        report_week.build_router(),  # /report, /report week [last]: the weekly deck
        handover.build_router(),     # talking to the desk through the desk group
        fallback.build_router(),     # catch-all, last
    ]
