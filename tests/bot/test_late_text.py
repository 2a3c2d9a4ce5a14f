"""A report that goes out late says so first, in every language; on time it says nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.i18n import Translator
from bot.notices.late import late_line, spoken
from bot.reports.complaints import week_text
from domain.complaints.stats import summarise, week_bounds
from domain.model import Estate, Locale

MON_0900 = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # Monday 30 November 09:00, Hong Kong
TZ = "Asia/Hong_Kong"


def test_moments_as_people_say_them() -> None:
    assert spoken(Locale.ZH_HANT, MON_0900, TZ) == "11月30日（一）09:00"
    assert spoken(Locale.ZH_HANS, MON_0900, TZ) == "11月30日（周一）09:00"
    assert spoken(Locale.EN, MON_0900, TZ) == "Mon 30 Nov 09:00"


def test_the_late_weekly_report_says_so_in_three_languages() -> None:
    tr = Translator()
    estate = Estate(1, "HV", "Harbour View", TZ, "")
    start, end, label = week_bounds(TZ, (MON_0900 - timedelta(days=7)).date())
    stats = summarise(1, [], start, end, MON_0900 + timedelta(days=2), label)
    first = {locale: week_text(tr, locale, stats, estate, MON_0900).split("\n")[0]
             for locale in Locale}
    assert first == {
        Locale.ZH_HANT: "⚠️ 此報告遲了發出：原定於 11月30日（一）09:00 發出。",
        Locale.ZH_HANS: "⚠️ 此报告迟了发出：原定于 11月30日（周一）09:00 发出。",
        Locale.EN: "⚠️ Sent late: this report was due on Mon 30 Nov 09:00."}
    on_time = week_text(tr, Locale.EN, stats, estate)
    assert "late" not in on_time and late_line(tr, Locale.EN, None, TZ) is None
    assert "per reply cycle" in on_time
