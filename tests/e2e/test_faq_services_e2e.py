"""Residents' questions through the real `propdesk run` process: answered from the estate's
own facts in the asker's language (Chinese without spaces, simplified or traditional, and
English), a question with no answer handed to the desk and counted, and the desk keeping the
answers as a spreadsheet (export, a bad row that imports nothing, a good import)."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from openpyxl import Workbook, load_workbook

from bot.demo.data import FAQ, seed_faq
from domain.model import Locale
from sandbox.driver import BotMessage, User
from store.uow import SqlUnitOfWork
from tests.bot.conftest import says, tiny_jpeg
from tests.bot.office import staffed_office
from tests.e2e.conftest import E2E

EN = Locale.EN
MON_10 = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # Monday 10:00 in Hong Kong
PARKING = "Is there parking for visitors?"


def _book(rows: list[list[str]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["key", "questions", "zh-hant", "zh-hans", "en"])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


async def _ask(e2e: E2E, me: User, text: str, contains: str) -> BotMessage:
    sent = await e2e.d.send(me, text)
    return await e2e.d.wait_for(me, contains=contains, after=sent.message_id)


async def test_questions_answered_missed_and_kept_by_the_desk(e2e: E2E) -> None:
    e2e.freeze(MON_10)
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await staffed_office(e2e)
    async with SqlUnitOfWork(e2e.db.writer()) as uow:
        await seed_faq(uow, cast.codes.estate, MON_10)
        await uow.commit()
    d, chan, desk = e2e.d, cast.resident, cast.desk

    # Three residents, three languages, no spaces in Chinese.
    mary = await d.user("Lee", language_code="zh-hk")  # the tenant of B-1C, in 繁體中文
    await d.send(mary, f"/start {cast.codes.residents['B-1C']}")
    await d.wait_for(mary, contains="B-1C")
    lee = cast.neighbour  # A-3A's owner switches to 简体中文
    ask = await d.send(lee, "/language")
    menu = await d.wait_for(lee, after=ask.message_id, predicate=lambda m: bool(m.buttons))
    await d.press(lee, menu, text="简体中文")
    await d.wait_for(lee, contains=says("language-set", Locale.ZH_HANS), after=ask.message_id)
    answer = await _ask(e2e, mary, "管理處幾點開門？", "💡")
    assert "星期一至五 08:30–18:00" in answer.content
    assert [b.text for r in answer.buttons for b in r] == [says("btn-handover-ask")]
    answer = await _ask(e2e, lee, "会所几点关？", "💡")
    assert "会所每日 07:00–22:00" in answer.content
    answer = await _ask(e2e, chan, "What time does the office open?", "💡")
    assert "The management office is open Mon–Fri" in answer.content
    answer = await _ask(e2e, chan, "最近的地鐵站？", "💡")  # asked in Chinese, answered in English
    assert "Harbour View, exit B" in answer.content

    # No answer: the hand-over, and the desk gets the question; it is counted twice.
    offer = await _ask(e2e, chan, PARKING, says("handover-offer", EN))
    await d.press(chan, offer, text=says("btn-handover-ask", EN))
    card = await d.wait_for(cast.desk_group, contains="💬 Q-2026-")
    assert PARKING in card.content
    opened = await d.wait_for(chan, contains="Passed to the management office")
    await d.press(chan, opened, text=says("btn-handover-end", EN))
    await d.wait_for(chan, contains=says("handover-ended", EN))
    await _ask(e2e, mary, PARKING, says("handover-offer"))
    ask = await d.send(desk, "/faq misses")
    misses = await d.wait_for(desk, contains="with no answer", after=ask.message_id)
    assert f"2×: {PARKING}" in misses.content

    # The desk's spreadsheet: every answer in it.
    ask = await d.send(desk, "/faq export")
    sent = await d.wait_for(desk, after=ask.message_id, predicate=lambda m: m.document is not None)
    assert sent.document is not None
    sheet = load_workbook(io.BytesIO(await d.file_bytes(sent.document.file_id))).active
    assert sheet is not None
    rows = [[c or "" for c in r] for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["key", "questions", "zh-hant", "zh-hans", "en"]
    assert [r[0] for r in rows[1:]] == [key for key, _, _ in FAQ]

    # A photo is not the file; a bad row imports nothing and names the row.
    ask = await d.send(desk, "/faq import")
    await d.wait_for(desk, contains="Send the XLSX file", after=ask.message_id)
    await d.send_photo(desk, tiny_jpeg())
    await d.wait_for(desk, contains="Please send an .xlsx file", after=ask.message_id)
    parking = ["parking", "visitor parking\nparking for visitors",
               "訪客車位在地庫 B1，每小時 HK$20。", "", "Visitor parking is on B1, HK$20 an hour."]
    bad = _book([[str(x) for x in r[:5]] for r in rows[1:]] + [parking, ["Bad Key", "x", "y",
                                                                          "", ""]])
    sent_bad = await d.send_document(desk, bad, "faq.xlsx", XLSX)
    await d.wait_for(desk, contains=f"Row {len(rows) + 2}: the key", after=sent_bad.message_id)
    await _ask(e2e, chan, PARKING, says("handover-offer", EN))  # still no answer

    good = _book([[str(x) for x in r[:5]] for r in rows[1:]] + [parking])
    sent_good = await d.send_document(desk, good, "faq.xlsx", XLSX)
    await d.wait_for(desk, contains=f"{len(FAQ) + 1} answers imported",
                     after=sent_good.message_id)
    answer = await _ask(e2e, chan, PARKING, "💡")
    assert "Visitor parking is on B1" in answer.content
    answer = await _ask(e2e, mary, "visitor parking?", "💡")  # asked in English, answered in 中文
    assert "訪客車位在地庫 B1" in answer.content

    # Residents cannot keep the answers; removing one works at once.
    ask = await d.send(chan, "/faq")
    refused = await d.wait_for(chan, after=ask.message_id)
    assert "answers" not in refused.content
    ask = await d.send(desk, "/faq remove parking")
    await d.wait_for(desk, contains='"parking" removed', after=ask.message_id)
    await _ask(e2e, chan, PARKING, says("handover-offer", EN))
    assert "Traceback" not in e2e.bot.log()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
