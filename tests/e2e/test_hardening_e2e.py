"""The real process under abuse: a flooder, forged buttons with ids no column can hold, an
anonymous admin at the crew queue, an HTML file posing as a photo. Others are served, nothing
crashes, no traceback is logged."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

from domain.model import Locale
from tests.bot.conftest import says
from tests.bot.office import staffed_office
from tests.e2e.conftest import E2E

EN = Locale.EN
FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
HTML = b"<!doctype html><html><script>alert(1)</script></html>"


async def answered_in(e2e: E2E, users: list[Any]) -> float:
    """Seconds until the slowest of them has the answer to /help."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    sent = await asyncio.gather(*[e2e.d.send(u, "/help") for u in users])
    await asyncio.gather(*[e2e.d.wait_for(u, predicate=lambda m: "/language" in m.content,
                                          after=s.message_id, include_edits=False, timeout=30)
                           for u, s in zip(users, sent, strict=True)])
    return loop.time() - start


async def test_abuse_is_contained_by_the_real_process(e2e: E2E) -> None:
    e2e.freeze(FRI_10)
    e2e.bot.env.update({"PROPDESK_QUOTA__UPDATES_PER_MIN": "30",
                        "PROPDESK_QUOTA__REPLIES_PER_MIN": "40"})  # the defaults
    e2e.bot.start()
    await e2e.bot.wait_ready(e2e.d)
    cast = await staffed_office(e2e)
    d = e2e.d
    e2e.freeze(FRI_10 + timedelta(minutes=1))  # a fresh minute for everyone
    # One resident floods; the others are answered in full.
    flooder = cast.resident
    before = len(await d.messages(flooder, from_bot=True))
    others = [cast.neighbour, *[await d.user(f"Other {i}", language_code="en") for i in range(3)]]
    await answered_in(e2e, others)  # warm up
    alone = [await answered_in(e2e, others) for _ in range(3)]
    flood = asyncio.create_task(d.send_many([(flooder, f"spam {i}") for i in range(200)]))
    await asyncio.sleep(0.05)
    flooded = [await answered_in(e2e, others) for _ in range(3)]
    await flood
    print(f"others' slowest /help answer: alone {[round(x * 1000) for x in alone]} ms, "
          f"during the flood {[round(x * 1000) for x in flooded]} ms")
    # Forged presses with ids no column can hold, from a crew member in their group.
    plumber, group = cast.plumbers[0], cast.plumbing_group
    mid = (await d.last(group)).message_id  # type: ignore[union-attr]
    for data in ("job1:take:9223372036854775808", "job1:contact:18446744073709551616",
                 "cb1:satisfied:-1", "ld1:ok:99999999999999999999"):
        pressed = await d.press(plumber, (group.id, mid), data, forge=True)
        assert (await d.callback_answer(pressed)).show_alert
    # An anonymous admin asks for the crew queue.
    await d.push_raw({"message": {
        "message_id": 90001, "date": 1796000000,
        "chat": {"id": group.id, "title": "Plumbing", "type": "group"},
        "from": {"id": 1087968824, "is_bot": True, "first_name": "Group",
                 "username": "GroupAnonymousBot"},
        "sender_chat": {"id": group.id, "title": "Plumbing", "type": "group"},
        "text": "/queue", "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}})
    await d.wait_for(group, contains=says("group-write-as-yourself"), after=mid)
    # An HTML page sent as a PNG at the photo step does not count.
    me = cast.neighbour
    await d.send(me, "/repair")
    menu = await d.wait_for(me, contains=says("repair-ask-category", EN))
    await d.press(me, menu, text=says("cat-leak", EN))
    await d.wait_for(me, contains="describe the problem")
    await d.send(me, "Water drips from the ceiling")
    ask = await d.wait_for(me, contains="Send up to 5 photos")
    await d.send_document(me, HTML, "photo.png", "image/png")
    await d.wait_for(me, contains=says("file-not-photo", EN), after=ask.message_id)
    await e2e.settle(timeout=60)
    got = [m.content for m in await d.messages(flooder, from_bot=True)][before:]
    assert got.count(says("slow-down", EN)) == 1 and len(got) == 31
    assert e2e.bot.stop() == 0
    log = e2e.bot.log()
    assert "Traceback" not in log and " ERROR " not in log
    assert log.count("over the per-person quota") == 170
