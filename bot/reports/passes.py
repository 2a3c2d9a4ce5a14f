"""Temporary passes as QR images: the pass number, its check code and validity."""

from __future__ import annotations

import io

import segno

from domain.renovation.model import WorkPass


def pass_payload(p: WorkPass, bot_username: str | None = None) -> str:
    """What the QR code says: a link that opens the bot with the pass (security scans it with
    the phone's camera and the bot checks number and code against the office's record)."""
    start = f"pass_{p.number}_{p.code}"
    return f"https://t.me/{bot_username}?start={start}" if bot_username else f"/start {start}"


def pass_png(p: WorkPass, bot_username: str | None = None) -> bytes:
    out = io.BytesIO()
    segno.make(pass_payload(p, bot_username), error="m").save(out, kind="png", scale=6,
                                                               border=2)
    return out.getvalue()
