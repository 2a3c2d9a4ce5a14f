"""Routers in the order they must see updates."""

from __future__ import annotations

from aiogram import Router

from conversations import onboarding
from handlers import common, desk, fallback, groups


def build_routers() -> list[Router]:
    """Fresh routers (a router attaches to one parent only)."""
    return [
        groups.build_router(),       # membership changes, /link, migrations
        common.build_router(),       # /cancel and /start first, then /help, /language
        onboarding.build_router(),   # conversations
        desk.build_router(),         # staff buttons in registered groups
        fallback.build_router(),     # catch-all, last
    ]
