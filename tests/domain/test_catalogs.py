"""Every language has every message, and every message id the code uses exists."""

from __future__ import annotations

import re
from pathlib import Path

from bot.i18n import Translator
from domain.model import Locale

ROOT = Path(__file__).resolve().parents[2]
USES = [
    re.compile(r"""\.(?:t|reply|answer)\(\s*"([a-z][a-z0-9_-]+)\""""),
    re.compile(r"""\btr\(\s*[\w.]+,\s*"([a-z][a-z0-9_-]+)\""""),
    re.compile(r"""(?:Error|Invalid\w*|Conflict|NotFound|NotAuthorized|CodeFailure|"""
               r"""TooManyAttempts)\(\s*"([a-z][a-z0-9_-]+)\""""),
    re.compile(r"""(?:to_person|to_group|tell_reporter)\([^"]*"([a-z][a-z0-9_-]+)\""""),
]


def test_all_locales_have_the_same_messages() -> None:
    tr = Translator()
    base = tr.ids[Locale.ZH_HANT]
    assert len(base) > 200
    for locale in Locale:
        assert tr.ids[locale] == base, (locale, sorted(base ^ tr.ids[locale])[:20])


def test_message_ids_used_in_code_exist() -> None:
    tr = Translator()
    known = tr.ids[Locale.EN]
    missing = set()
    for package in ("bot", "handlers", "conversations", "domain"):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            for pattern in USES:
                for key in pattern.findall(text):
                    if key not in known:
                        missing.add(f"{path.relative_to(ROOT)}: {key}")
    assert not missing, sorted(missing)


def test_every_message_renders_in_every_language() -> None:
    tr = Translator()
    for locale in Locale:
        for key in tr.ids[locale]:
            text = tr(locale, key)
            assert text and text != key


def test_numbers_are_written_without_grouping() -> None:
    tr = Translator()
    text = tr(Locale.EN, "complaint-escalate", number="C-2026-001234", id=1234, hours=1234,
              category="x", place="y", status="z", due="w")
    assert "1234 hours" in text


def test_alerts_link_the_ticket_by_its_number_not_its_id() -> None:
    tr = Translator()
    for locale in Locale:
        text = tr(locale, "escalate-accept-escalate", number="R-2026-001234", id=77,
                  category="x", place="y", status="z")
        assert "/t_R2026001234" in text and "77" not in text
