"""The weekly deck as a file: read back with python-pptx in every language, late decks say so,
charts only where the week has something (whole-number axes, bars lying down for long labels)."""

from __future__ import annotations

import io
from datetime import timedelta

from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE

from bot.i18n import Translator
from bot.reports.weekly import deck, slides
from domain.complaints.stats import summarise
from domain.model import Estate, Locale
from domain.routine.figures import Move, week_figures
from domain.tickets import Kind, Status
from tests.domain.test_routine_rules import END, LABEL, START, TZ, H, ticket

TR = Translator()
ESTATE = Estate(1, "HV", "Harbour View 海景花園", TZ, "mon-fri 08:30-18:00; sat-sun 09:00-17:00")


def figures():  # type: ignore[no-untyped-def]
    noise = ticket(Kind.COMPLAINT, Status.RECEIVED, START + H, category="noise",
                   reply_due=START + 73 * H)
    fixed = ticket(Kind.REPAIR, Status.DONE, START + H, complete_due=START + 30 * H,
                   trade="plumbing")
    stats = summarise(1, [noise], START, END, END + H, LABEL)
    return week_figures(1, stats, [noise, fixed],
                        [Move(fixed.id, START + 5 * H, "done", "on_site", "done")], [])


def read(data: bytes) -> list[tuple[str, str, list[object]]]:
    out = []
    for s in Presentation(io.BytesIO(data)).slides:
        text = "\n".join(sh.text_frame.text for sh in s.shapes
                         if sh.has_text_frame and sh != s.shapes.title)
        out.append((s.shapes.title.text, text, [sh.chart for sh in s.shapes if sh.has_chart]))
    return out


def test_the_deck_reads_back_in_every_language() -> None:
    titles = {}
    for locale in Locale:
        pages = read(deck(slides(TR, locale, figures(), ESTATE)))
        assert len(pages) == 6
        titles[locale] = [t for t, _, _ in pages]
    assert titles[Locale.EN] == ["Harbour View 海景花園: weekly status", "Complaints", "Repairs",
                                 "Callbacks", "Renovation", "Overdue"]
    assert titles[Locale.ZH_HANS][1:] == ["投诉", "维修", "回访", "装修", "逾期事项"]


def test_charts_have_whole_number_axes_and_no_empty_categories() -> None:
    pages = read(deck(slides(TR, Locale.ZH_HANT, figures(), ESTATE)))
    (complaints,) = pages[1][2]
    assert list(complaints.plots[0].categories) == ["噪音"]
    assert complaints.value_axis.major_unit == 1
    assert complaints.value_axis.tick_labels.number_format == "0"
    assert complaints.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED  # short labels stand
    assert "完成維修：1 宗" in pages[2][1] and "按時完成：100%（1 宗中 1 宗）" in pages[2][1]
    assert pages[3][2] == [] and pages[4][2] == []  # nothing to draw: no chart
    (risks,) = pages[5][2]
    assert risks.chart_type == XL_CHART_TYPE.BAR_CLUSTERED  # long labels lie down
    assert list(risks.plots[0].categories) == ["投訴未回覆"]


def test_a_late_deck_says_so_on_its_title_slide() -> None:
    f = figures()
    pages = read(deck(slides(TR, Locale.EN, f, ESTATE, late_since=f.end + timedelta(hours=8,
                                                                                   minutes=30))))
    assert pages[0][1].startswith("⚠️ Sent late: this report was due on Mon 30 Nov 08:30.")
    assert "week 48 (23–29 Nov)" in pages[0][1]
