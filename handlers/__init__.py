"""Routers in the order they must see updates."""

from __future__ import annotations

from aiogram import Router

from conversations import complaint, complaint_followups, followups, onboarding, repair
from handlers import common, complaints, desk, fallback, groups, jobs, resident, staff


def build_routers() -> list[Router]:
    """Fresh routers (a router attaches to one parent only)."""
    return [
        groups.build_router(),       # membership changes, /link, migrations
        common.build_router(),       # /cancel and /start first, then /help, /language
        staff.build_router(),        # /queue, /ticket, /oncall
        resident.build_router(),     # /my, "is it fixed?"
        onboarding.build_router(),   # conversations
        repair.build_router(),
        followups.build_router(),    # one question after a button (reasons, photos)
        complaint.build_router(),    # /complaint form
        complaint_followups.build_router(),  # complaint reply, reason, answer (private)
        desk.build_router(),         # staff buttons in registered groups
        jobs.build_router(),         # work order and callback buttons
        complaints.build_router(),   # complaint cards, replies, satisfaction, /complaints
        fallback.build_router(),     # catch-all, last
    ]
