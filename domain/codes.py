"""One-time codes: random, unambiguous, stored only as a hash."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

# Crockford-style alphabet without 0/O, 1/I/L and U, so codes read aloud survive.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LEN = 10
_KEEP = re.compile(r"[^0-9A-Z]")


def new_code() -> str:
    """A fresh code such as `K7M2Q-9XD4T` (about 49 bits)."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LEN))
    return f"{raw[:5]}-{raw[5:]}"


def normalise(text: str) -> str:
    """Upper-case and drop separators and spaces."""
    return _KEEP.sub("", text.upper())


def looks_like_code(text: str) -> bool:
    """True when the text could be a code (so a wrong one gets a code-specific answer)."""
    raw = normalise(text)
    return len(raw) == CODE_LEN and all(ch in ALPHABET for ch in raw)


def code_hash(text: str, pepper: str = "") -> str:
    """The stored form of a code; the plain code is shown once and never stored."""
    raw = normalise(text)
    return hmac.new(pepper.encode(), raw.encode(), hashlib.sha256).hexdigest()
