"""Temporary passes as QR images: the pass number, its check code and validity."""

from __future__ import annotations

import io

import segno

from domain.renovation.model import WorkPass


def pass_payload(p: WorkPass) -> str:
    """What the QR code says; security reads the number and dates, the code is checked
    against the office's pass record."""
    return f"PROPDESK-PASS {p.number} {p.code} {p.valid_from.isoformat()}/{p.valid_to.isoformat()}"


def pass_png(p: WorkPass) -> bytes:
    out = io.BytesIO()
    segno.make(pass_payload(p), error="m").save(out, kind="png", scale=6, border=2)
    return out.getvalue()
