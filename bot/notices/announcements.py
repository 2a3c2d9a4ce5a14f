"""Announcements to residents (in their language, with "Read"), its one reminder, and an
urgent one shown and pinned in the estate's staff groups. Bulk rows go in lane 1, after
replies and notices (bot/runtime/sender.py)."""

from __future__ import annotations

from typing import Any

from bot.notices.base import Notices
from bot.runtime.postman import Postman
from conversations.announce import keyboards as kb
from domain.announcements import events as ev
from domain.announcements.model import Announcement, text_for
from domain.model import Locale
from domain.ports import FileRef

BULK = 1


def body(n: Notices, a: Announcement, locale: Locale, estate: str, *,
         reminder: bool = False) -> str:
    key = "announce-reminder" if reminder else (
        "announce-message-urgent" if a.urgent else "announce-message")
    return n.tr(locale, key, estate=estate, text=text_for(a.texts, locale))


async def on_batch(n: Notices, e: ev.AnnouncementBatch) -> None:
    a = await n.uow.announcements.get(e.announcement_id)
    estate = await n.uow.estates.get(a.estate_id) if a else None
    if a is None or estate is None:
        return
    post = Postman(n.uow, n.tr, n.now, lane=BULK)
    photos = [FileRef(**p) for p in a.files.get("photos", [])]
    pdf = FileRef(**a.files["pdf"]) if a.files.get("pdf") else None
    # Those gone from Telegram or blocked since are left out: counted, not sent.
    for r, person in await n.uow.announcements.reachable(e.recipient_ids):
        if person.tg_user_id is None:
            continue
        if photos and not e.reminder:
            await post.images(person.tg_user_id, photos)
        if pdf is not None and not e.reminder:
            await post.document(person.tg_user_id, path="", filename="", file_id=pdf.file_id)
        await post.send(person.tg_user_id, body(n, a, person.locale, estate.name,
                                                reminder=e.reminder),
                        markup=kb.read(n.tr, person.locale, a.id),
                        ref=f"annr:{a.id}:{r.person_id}" if e.reminder else r.ref)


async def on_urgent(n: Notices, e: ev.AnnouncementUrgent) -> None:
    a = await n.uow.announcements.get(e.announcement_id)
    estate = await n.uow.estates.get(a.estate_id) if a else None
    if a is None or estate is None:
        return
    for group in await n.uow.groups.active(a.estate_id):
        locale = await n.post.group_locale(group)
        ref = f"annpin:{a.id}:{group.chat_id}"
        await n.post.send(group.chat_id, n.tr(locale, "announce-staff-urgent",
                                              estate=estate.name,
                                              text=text_for(a.texts, locale)), ref=ref)
        await n.post.pin(group.chat_id, ref)


RENDERERS: dict[type, Any] = {
    ev.AnnouncementBatch: on_batch,
    ev.AnnouncementUrgent: on_urgent,
}
