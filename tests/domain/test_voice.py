"""Every message in the three catalogs, rendered with values like the real ones, speaks as
../shared/VOICE.md says: no ISO dates or weeks, no MIME types, no ASCII commas in Chinese,
你 (not 您) in zh-Hant, Hong Kong terms in zh-Hans, a space between Chinese and a Latin
name, no "— —" for a missing value."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.i18n import Safe, Translator, span_text
from domain.model import Locale

LOCALES = Path(__file__).resolve().parents[2] / "bot" / "locales"
HK = ZoneInfo("Asia/Hong_Kong")
AT = datetime(2026, 12, 2, 0, 30, tzinfo=UTC).astimezone(HK)  # Wed 2 Dec 08:30 in Hong Kong

CJK = r"[\u3400-\u9fff\uf900-\ufaff]"
RULES: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    "all": [
        ("ISO date", re.compile(r"\d{4}-\d{2}-\d{2}")),
        ("ISO week", re.compile(r"\d{4}-W\d{2}")),
        ("MIME type", re.compile(r"\b(?:image|application|video|audio|text)/[a-z0-9.+-]+")),
        # Two missing values side by side; "——" is the Chinese dash, not a missing value.
        ("empty value pair", re.compile(r"—[ \u3000]+—")),
    ],
    "zh": [
        ("ASCII comma between Chinese", re.compile(rf"{CJK}\s*,\s*{CJK}")),
        # A Latin name or code touching Chinese (單位A-12B); a unit written the Chinese way
        # (A座12樓B室) is one word.
        ("no space before Latin", re.compile(rf"(?![樓楼][A-Za-z]室){CJK}[A-Za-z]")),
        ("no space after Latin", re.compile(rf"[A-Za-z](?![座栋室]){CJK}")),
    ],
    Locale.ZH_HANT.value: [
        ("您 in zh-Hant", re.compile("您")),
        ("周 beside 週 in zh-Hant", re.compile("[每本上下]周|周[一二三四五六日末]")),
    ],
    Locale.EN.value: [],
    Locale.ZH_HANS.value: [("Mainland term", re.compile("物业服务中心|秩序维护|保洁|房号"))],
}

# What the code passes, by variable name: words in the person's language where the code
# translates them, Latin names where the office's records hold them (estates, people, units).
WORDS = {Locale.ZH_HANT: "水喉", Locale.ZH_HANS: "水喉", Locale.EN: "plumbing"}
TYPED = {Locale.ZH_HANT: "廚房漏水", Locale.ZH_HANS: "厨房漏水", Locale.EN: "kitchen leak"}
NUMBERS = {"count", "max", "id", "hours", "n", "total", "days", "minutes", "rank", "cycle",
           "asked", "answered", "households", "occupied", "sampled", "paper", "questions",
           "submissions", "drawings", "photos", "before", "after", "got", "score", "apps",
           "rows", "buildings", "units", "people", "tenures", "decided", "ok", "pending",
           "window", "q", "month", "satisfaction_n", "rating_n", "week"}
LATIN = {"estate": "Harbour View", "unit": "A-12B", "name": "Chan Tai Man",
         "number": "R-2026-000123", "repair": "R-2026-000124", "notice": "RN-2026-0001",
         "first": "RN-2026-0001", "pass": "P-2026-0001", "code": "K7M2Q-9XD4T",
         "owner": "Chan Tai Man", "resident": "Chan Tai Man", "plumber": "Lee Siu Ming",
         "other": "Wong Ka Yan", "desk": "Ho Mei Ling", "by": "Ho Mei Ling",
         "reporter": "Chan Tai Man", "who": "Ho Mei Ling", "contractor": "Wing Fat Co",
         "phone": "+852 9123 4567", "contractor_phone": "+852 9876 5432", "tg": "Chan Tai Man",
         "tz": "Asia/Hong_Kong", "path": "renovations.xlsx", "link": "https://t.me/x?start=q",
         "png": "qr.png", "target": "A-12B", "currency": "HK$", "fee": "1,500",
         "deposit": "10,000", "year": 2026, "usage": "/start K7M2Q-9XD4T"}
DAYS = {"start": date(2026, 12, 1), "end": date(2026, 12, 15), "day": date(2026, 12, 7),
        "until": date(2026, 12, 20), "send": date(2026, 12, 6), "close": date(2026, 12, 20),
        "from": date(2026, 12, 1), "to": date(2026, 12, 15), "earliest": date(2026, 12, 3),
        "latest": date(2026, 12, 10)}
MOMENTS = {"due", "at", "created", "submitted", "opens"}
TYPED_NAMES = {"description", "text", "reason", "comment", "note", "problem", "location",
               "time", "callback", "question", "comments", "error", "value", "part", "rules",
               "settings", "hours", "lines", "codes", "signature", "privacy"}


def plausible(locale: Locale, name: str) -> Any:
    if name in DAYS:
        return DAYS[name]
    if name in MOMENTS:
        return AT
    if name in NUMBERS:
        return 3
    if name in LATIN:
        return LATIN[name]
    if name == "emergency":
        return "🚨 "
    if name in ("reminders",):
        return [date(2026, 12, 10), date(2026, 12, 14)]
    if name in ("workers", "passes", "notices", "works", "trades", "roles", "causes"):
        return [WORDS[locale], WORDS[locale]]
    if name in ("avg", "delta", "stars", "rating", "satisfaction", "rate", "pct", "share",
                "satisfied", "size"):
        return "4.5"
    if name in TYPED_NAMES:
        return TYPED[locale]
    return WORDS[locale]  # category, status, step, service, ... : a translated word


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802
        self.names.add(node.id.name)


def messages(locale: Locale) -> dict[str, set[str]]:
    """Every message id of the locale with the variables it uses."""
    out: dict[str, set[str]] = {}
    for path in sorted((LOCALES / locale.value).glob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message):
                found = _Variables()
                found.visit(entry)
                out[entry.id.name] = found.names
    return out


def violations() -> list[str]:
    tr = Translator()
    found = []
    for locale in Locale:
        rules = RULES["all"] + RULES[locale.value]
        if locale is not Locale.EN:
            rules += RULES["zh"]
        for key, names in sorted(messages(locale).items()):
            text = tr(locale, key, **{n: plausible(locale, n) for n in names})
            visible = re.sub(r"<[^>]*>", "", text)
            for what, pattern in rules:
                for hit in pattern.finditer(visible):
                    found.append(f"{locale.value} {key}: {what}: "
                                 f"…{visible[max(0, hit.start() - 12):hit.end() + 12]}…")
    return found


def test_every_message_speaks_as_voice_md_says() -> None:
    found = violations()
    assert not found, f"{len(found)} violations:\n" + "\n".join(found)


def test_the_rules_find_what_they_forbid() -> None:
    samples = {Locale.ZH_HANT: ["2026-12-02 08:30", "2026-W49", "application/pdf", "浴室, 水喉",
                                "登記為Harbour View", "評分：— —", "您好", "每周"],
               Locale.ZH_HANS: ["物业服务中心", "秩序维护", "保洁", "房号"]}
    for locale, texts in samples.items():
        rules = RULES["all"] + RULES["zh"] + RULES[locale.value]
        for text in texts:
            assert any(p.search(text) for _, p in rules), text
    allowed = ["單位 A-12B", "A座大堂", "A座12樓B室", "12月2日（三）08:30",
               "第49週（12月1日至7日）", "浴室、水喉"]
    rules = RULES["all"] + RULES["zh"] + RULES[Locale.ZH_HANT.value]
    assert not [t for t in allowed for _, p in rules if p.search(t)]


def test_dates_and_weeks_are_written_as_people_say_them() -> None:
    tr = Translator()
    assert tr(Locale.ZH_HANT, "report-late", due=AT).endswith("12月2日（三）08:30 發出。")
    assert "Wed 2 Dec 08:30" in tr(Locale.EN, "report-late", due=AT)
    assert "12月2日（周三）08:30" in tr(Locale.ZH_HANS, "report-late", due=AT)
    assert span_text(Locale.ZH_HANT, date(2026, 12, 1), date(2026, 12, 7)) == "12月1日至7日"
    assert span_text(Locale.ZH_HANT, date(2026, 11, 30), date(2026, 12, 6)) == "11月30日至12月6日"
    assert span_text(Locale.EN, date(2026, 11, 30), date(2026, 12, 6)) == "30 Nov – 6 Dec"
    assert span_text(Locale.EN, date(2026, 12, 1), date(2026, 12, 7)) == "1–7 Dec"


def test_a_latin_name_is_spaced_from_chinese_but_a_chinese_one_is_not() -> None:
    tr = Translator()
    args = {"unit": "A-12B", "relation": "業主"}
    assert "登記為 Harbour View 單位" in tr(Locale.ZH_HANT, "resident-linked",
                                         estate="Harbour View", **args)
    assert "登記為海景花園單位" in tr(Locale.ZH_HANT, "resident-linked", estate="海景花園", **args)
    # What the catalog wraps in a tag keeps the tag around the name only.
    text = tr(Locale.ZH_HANT, "staff-joined", estate="Harbour View", role="維修技工", trade="")
    assert "是 <b>Harbour View</b> 的" in text
    # Already rendered text is left alone.
    assert tr(Locale.ZH_HANT, "complaint-thread-answer", number="C-1",
              text=Safe("A")).endswith("A")


MENTION = {"zh": re.compile(r"按\s*(?:<b>|「)([^<」{]+)(?:</b>|」)"),
           "en": re.compile(r"\b[Tt]ap (?:<b>|“|\")([^<”\"{]+)(?:</b>|”|\")")}


def test_a_text_that_names_a_button_uses_its_label() -> None:
    """"請按沒有相片" while the button says 不附相片: the mention must be the label."""
    tr = Translator()
    wrong = []
    for locale in Locale:
        found = messages(locale)
        labels = {re.sub(r"<[^>]*>", "", tr(locale, k, **{n: plausible(locale, n) for n in v}))
                  for k, v in found.items() if "btn-" in k}
        labels |= {"☰ 選單", "☰ 选单", "☰ Menu"}  # Telegram's own menu button
        pattern = MENTION["en" if locale is Locale.EN else "zh"]
        for key, names in sorted(found.items()):
            # A label passed in as a value (the demo tour's) is the button's by construction.
            text = tr(locale, key, **{n: Safe("{" + n + "}") for n in names})
            wrong += [f"{locale.value} {key}: {m}" for m in pattern.findall(text)
                      if m.strip() not in labels]
    assert not wrong, wrong


def test_a_value_a_message_selects_by_reaches_fluent_unchanged(tmp_path: Path) -> None:
    """The spacing pass marks values; a variant chosen by a string value still matches."""
    for locale in Locale:
        (tmp_path / locale.value).mkdir()
        (tmp_path / locale.value / "a.ftl").write_text(
            "pick = { $kind ->\n    [repair] 報修\n   *[other] 其他\n}\nsay = 單位{ $unit }\n",
            encoding="utf-8")
    tr = Translator(tmp_path)
    assert tr(Locale.ZH_HANT, "pick", kind="repair") == "報修"
    assert tr(Locale.ZH_HANT, "say", unit="A-12B") == "單位 A-12B"
