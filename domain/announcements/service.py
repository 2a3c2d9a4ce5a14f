"""Announcements: written (desk or manager), previewed, scheduled; the sweeper records who it
reaches once, then queues them in batches; read receipts and the one reminder by
compare-and-set, each with an audit row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.announcements import events as ev
from domain.announcements.model import (
    Announcement,
    Audience,
    Draft,
    Reached,
    Status,
    check_texts,
    select,
)
from domain.announcements.ports import AnnouncementUnitOfWork
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, StaffRole

ENTITY = "announcement"
WRITERS = (StaffRole.DESK, StaffRole.MANAGER)


def require_writer(actor: Actor | None, estate_id: int) -> None:
    if actor is None or not actor.has_role(estate_id, *WRITERS):
        raise NotAuthorized("announce-staff-only")


def writer_estate(actor: Actor) -> int:
    """The estate a desk clerk or manager writes for (the first, when several)."""
    estates = sorted({s.estate_id for s in actor.staff if s.role in WRITERS})
    if not estates:
        raise NotAuthorized("announce-staff-only")
    return estates[0]


async def reach(uow: AnnouncementUnitOfWork, estate_id: int, audience: Audience) -> Reached:
    """Who it would reach now (the preview's counts)."""
    return select(await uow.announcements.members(estate_id), audience)


async def create(uow: AnnouncementUnitOfWork, actor: Actor, draft: Draft,
                 now: datetime) -> Announcement:
    require_writer(actor, draft.estate_id)
    check_texts(draft.texts)
    if draft.send_at < now - timedelta(minutes=1):
        raise InvalidInput("announce-when-past")
    if not (await reach(uow, draft.estate_id, draft.audience)).people:
        raise InvalidInput("announce-nobody")
    a = await uow.announcements.add(draft, actor.person_id, now)
    await uow.audit.record(at=now, entity=ENTITY, entity_id=str(a.id), action="created",
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           to_state=a.status.value, update_id=uow.update_id,
                           detail={"audience": draft.audience.to_json(), "urgent": draft.urgent,
                                   "send_at": draft.send_at.isoformat()})
    return a


@dataclass(frozen=True)
class Feed:
    """How many recipients a sweep pass queues (in transactions of `chunk`, so ordinary
    updates never wait long for the database), and how far ahead of the sender it may be."""

    batch: int = 1000
    backlog: int = 2000
    chunk: int = 100


async def sweep(uow: AnnouncementUnitOfWork, now: datetime, feed: Feed = Feed()) -> int:
    """One pass: start what is due (record its recipients), then queue the next batch of
    recipients (or reminders) while the sender's bulk backlog has room. A restart in between
    loses nothing: a recipient is queued in the transaction that writes its outbox rows."""
    done = 0
    for a in await uow.announcements.with_status([Status.SCHEDULED], due_by=now):
        if not await uow.announcements.move(a.id, Status.SCHEDULED, Status.SENDING,
                                            started_at=now):
            continue
        reached = select(await uow.announcements.members(a.estate_id), a.audience)
        total = await uow.announcements.add_recipients(a.id, reached.people)
        await uow.announcements.move(a.id, Status.SENDING, Status.SENDING, total=total)
        await uow.audit.record(at=now, entity=ENTITY, entity_id=str(a.id), action="started",
                               from_state=Status.SCHEDULED.value, to_state=Status.SENDING.value,
                               detail={"recipients": total, "unreachable": reached.unreachable})
        if a.urgent:
            uow.emit(ev.AnnouncementUrgent(a.id))
        done += 1
    room = feed.backlog - await uow.announcements.backlog()
    for a in await uow.announcements.with_status([Status.SENDING, Status.REMINDING]):
        if room <= 0:
            break
        reminder = a.status is Status.REMINDING
        want = min(room, feed.batch)
        ids = await uow.announcements.next_batch(a.id, now, want, reminder=reminder)
        if ids:
            uow.emit(ev.AnnouncementBatch(a.id, tuple(ids), reminder=reminder))
            room -= len(ids)
            done += len(ids)
            if len(ids) == want:
                continue  # maybe more: the next pass looks
        to = Status.REMINDED if reminder else Status.SENT
        if await uow.announcements.move(a.id, a.status, to, **(
                {} if reminder else {"queued_at": now})):
            await uow.audit.record(at=now, entity=ENTITY, entity_id=str(a.id),
                                   action="queued", from_state=a.status.value,
                                   to_state=to.value)
            done += 1
    return done


async def mark_read(uow: AnnouncementUnitOfWork, actor: Actor, announcement_id: int,
                    now: datetime) -> bool:
    """The resident's "Read": True the first time (recorded), False after (nothing changes)."""
    if actor.person_id is None:
        raise NotAuthorized("button-stale")
    r = await uow.announcements.recipient(announcement_id, actor.person_id)
    if r is None:
        raise NotAuthorized("button-stale")
    if r.read_at is not None or not await uow.announcements.mark_read(r.id, now):
        return False
    await uow.audit.record(at=now, entity=ENTITY, entity_id=str(announcement_id),
                           action="read", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"recipient": r.id})
    return True


async def remind(uow: AnnouncementUnitOfWork, actor: Actor, announcement_id: int,
                 now: datetime) -> Announcement:
    """Remind those who have not read it: once, after everyone was sent it."""
    a = await uow.announcements.get(announcement_id)
    if a is None:
        raise NotFound("announce-not-found")
    require_writer(actor, a.estate_id)
    if a.reminded_at is not None or a.status in (Status.REMINDING, Status.REMINDED):
        raise Conflict("announce-already-reminded")
    if a.status is not Status.SENT:
        raise Conflict("announce-still-sending")
    if not await uow.announcements.move(a.id, Status.SENT, Status.REMINDING, reminded_at=now,
                                        reminded_by=actor.person_id):
        raise Conflict("announce-already-reminded")
    await uow.audit.record(at=now, entity=ENTITY, entity_id=str(a.id), action="remind",
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           from_state=Status.SENT.value, to_state=Status.REMINDING.value,
                           update_id=uow.update_id)
    found = await uow.announcements.get(a.id)
    assert found is not None
    return found
