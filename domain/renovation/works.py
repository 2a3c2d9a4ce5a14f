"""After approval: fees and deposit, temporary passes, worker changes, completion, pass
return and deposit settlement (source 五(四)-(六)); ID-card images shown to the office only."""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime, timedelta

from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, StaffRole
from domain.moves import move as move_ticket
from domain.ports import FileRef, RenovationUnitOfWork
from domain.registry import calendar_of
from domain.renovation import events as rev
from domain.renovation.model import (
    ID_VIEWERS,
    InspectionKind,
    Renovation,
    RenovationPolicy,
    WorkerStatus,
    WorkPass,
)
from domain.renovation.review import (
    WorkerDraft,
    add_worker_row,
    application,
    own_application,
)
from domain.tickets import Status, Ticket

OFFICE = (StaffRole.DESK, StaffRole.MANAGER)
# Who may look at the drawings: the reviewers and the site staff.
DRAWING_VIEWERS = (StaffRole.DESK, StaffRole.SUPERVISOR, StaffRole.MANAGER)


def require_office(actor: Actor, ticket: Ticket) -> None:
    if actor.person is None or not actor.has_role(ticket.estate_id, *OFFICE):
        raise NotAuthorized("reno-office-only")


async def _issue(uow: RenovationUnitOfWork, ticket: Ticket, app: Renovation, worker_id: int,
                 today: date, now: datetime) -> WorkPass:
    """A numbered pass with a random check code (printed in the QR), valid for the works."""
    count = len(await uow.renovations.passes(ticket.id))
    return await uow.renovations.add_pass(
        ticket.id, worker_id, f"{ticket.number}-P{count + 1:02d}", secrets.token_hex(4).upper(),
        max(app.start_date, today), app.end_date, now)


async def record_payment(uow: RenovationUnitOfWork, actor: Actor, ticket_id: int, paid: bool,
                         now: datetime) -> Ticket:
    """The desk records the fees and deposit. Paid: a pass for every worker, the owner may
    start on the approved date, site staff and security are told. Not paid: the owner is
    reminded of the amounts."""
    ticket, app = await application(uow, ticket_id)
    require_office(actor, ticket)
    if ticket.status is not Status.APPROVED:
        raise Conflict("reno-not-waiting-payment")
    if not paid:
        await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                               action="payment-not-yet", actor_person_id=actor.person_id,
                               actor_tg_id=actor.tg_user_id, update_id=uow.update_id)
        uow.emit(rev.PaymentRecorded(ticket.id, paid=False, by_person_id=actor.person_id or 0))
        return ticket
    estate = await uow.estates.get(ticket.estate_id)
    assert estate is not None
    cal = calendar_of(estate)
    # The day after the approved end, at opening: the owner is asked to report completion.
    day = app.end_date + timedelta(days=1)
    while not cal.is_open_day(day) and day < app.end_date + timedelta(days=60):
        day += timedelta(days=1)
    over = cal.opens_at(day)
    extra = {**ticket.extra, "works_over": over.astimezone(UTC).isoformat()} if over \
        else ticket.extra
    updated = await move_ticket(uow, actor, ticket, Status.WORKS, now, action="paid",
                                detail={"fee": app.fee, "deposit": app.deposit}, extra=extra)
    await uow.renovations.update(ticket.id, paid_at=now)
    today = cal.local(now).date()
    issued = [await _issue(uow, ticket, app, w.id, today, now)
              for w in await uow.renovations.workers(ticket.id)
              if w.status is WorkerStatus.ACTIVE]
    uow.emit(rev.PaymentRecorded(ticket.id, paid=True, by_person_id=actor.person_id or 0))
    uow.emit(rev.PassesIssued(ticket.id, tuple(p.id for p in issued), first=True))
    return updated


# ---------------------------------------------------------------- workers added or removed


CHANGEABLE = (Status.APPROVED, Status.WORKS)


async def request_worker(uow: RenovationUnitOfWork, actor: Actor, ticket_id: int,
                         worker: WorkerDraft, now: datetime) -> int:
    """The owner adds a worker after approval; the desk checks them before a pass is made."""
    ticket, _ = await own_application(uow, actor, ticket_id)
    if ticket.status not in CHANGEABLE:
        raise Conflict("reno-workers-not-now")
    estate = await uow.estates.get(ticket.estate_id)
    assert estate is not None
    current = [w for w in await uow.renovations.workers(ticket.id)
               if w.status in (WorkerStatus.ACTIVE, WorkerStatus.PENDING_ADD)]
    if len(current) >= RenovationPolicy.of(estate).max_workers:
        raise InvalidInput("reno-too-many-workers", max=RenovationPolicy.of(estate).max_workers)
    worker_id = await add_worker_row(uow, ticket.id, worker, WorkerStatus.PENDING_ADD, now)
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                           action="worker-add-asked", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"worker": worker_id})
    uow.emit(rev.WorkerChangeRequested(ticket.id, worker_id=worker_id, adding=True))
    return worker_id


async def request_worker_removal(uow: RenovationUnitOfWork, actor: Actor, ticket_id: int,
                                 worker_id: int, now: datetime) -> None:
    """The owner takes a worker off the job; the desk confirms (and collects the pass)."""
    ticket, _ = await own_application(uow, actor, ticket_id)
    if ticket.status not in CHANGEABLE:
        raise Conflict("reno-workers-not-now")
    worker = await uow.renovations.worker(worker_id)
    if worker is None or worker.ticket_id != ticket.id:
        raise NotFound("reno-not-found")
    if not await uow.renovations.set_worker_status(worker.id, [WorkerStatus.ACTIVE],
                                                   WorkerStatus.PENDING_REMOVE, now):
        raise Conflict("reno-worker-changed")
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                           action="worker-remove-asked", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"worker": worker.id})
    uow.emit(rev.WorkerChangeRequested(ticket.id, worker_id=worker.id, adding=False))


async def decide_worker(uow: RenovationUnitOfWork, actor: Actor, ticket_id: int, worker_id: int,
                        approve: bool, now: datetime) -> None:
    """The desk approves or refuses a worker change; a new worker gets a pass at once when
    the works are under way, a removed worker's pass is recorded as returned."""
    ticket, app = await application(uow, ticket_id)
    require_office(actor, ticket)
    worker = await uow.renovations.worker(worker_id)
    if worker is None or worker.ticket_id != ticket.id:
        raise NotFound("reno-not-found")
    adding = worker.status is WorkerStatus.PENDING_ADD
    if worker.status not in (WorkerStatus.PENDING_ADD, WorkerStatus.PENDING_REMOVE):
        raise Conflict("reno-worker-changed")
    if adding:
        to = WorkerStatus.ACTIVE if approve else WorkerStatus.REJECTED
    else:
        to = WorkerStatus.REMOVED if approve else WorkerStatus.ACTIVE
    if not await uow.renovations.set_worker_status(worker.id, [worker.status], to, now):
        raise Conflict("reno-worker-changed")
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                           action="worker-approved" if approve else "worker-refused",
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           update_id=uow.update_id,
                           detail={"worker": worker.id, "adding": adding})
    uow.emit(rev.WorkerChangeDecided(ticket.id, worker_id=worker.id, adding=adding,
                                     approved=approve, by_person_id=actor.person_id or 0))
    if adding and approve and ticket.status is Status.WORKS:
        estate = await uow.estates.get(ticket.estate_id)
        assert estate is not None
        issued = await _issue(uow, ticket, app, worker.id,
                              calendar_of(estate).local(now).date(), now)
        uow.emit(rev.PassesIssued(ticket.id, (issued.id,)))
    elif not adding and approve:
        returned = [p.id for p in await uow.renovations.passes(ticket.id)
                    if p.worker_id == worker.id and p.returned_at is None
                    and await uow.renovations.return_pass(p.id, now)]
        if returned:
            uow.emit(rev.PassesReturned(ticket.id, tuple(returned)))


# ---------------------------------------------------------------- completion and settlement


async def report_completion(uow: RenovationUnitOfWork, actor: Actor, ticket_id: int,
                            now: datetime) -> Ticket:
    """The owner says the works are finished: the final inspection is asked for."""
    ticket, _ = await own_application(uow, actor, ticket_id)
    if ticket.status is not Status.WORKS:
        raise Conflict("reno-not-in-works")
    updated = await move_ticket(uow, actor, ticket, Status.FINAL_CHECK, now,
                                action="completion-reported")
    await uow.renovations.update(ticket.id, completed_at=now)
    estate = await uow.estates.get(ticket.estate_id)
    assert estate is not None
    inspection = await uow.renovations.add_inspection(
        ticket.id, InspectionKind.FINAL, calendar_of(estate).local(now).date(), "final", now)
    uow.emit(rev.CompletionReported(ticket.id))
    uow.emit(rev.InspectionDue(ticket.id, inspection_id=inspection.id))
    return updated


async def return_passes(uow: RenovationUnitOfWork, actor: Actor, ticket_id: int,
                        now: datetime) -> Ticket:
    """The site staff collected every pass (收回臨時出入證); security is told."""
    ticket, _ = await application(uow, ticket_id)
    require_office(actor, ticket)
    if ticket.status is not Status.SETTLING:
        raise Conflict("reno-not-settling")
    if not await uow.renovations.mark(ticket.id, "passes_returned_at", now):
        raise Conflict("reno-already-recorded")
    returned = [p.id for p in await uow.renovations.passes(ticket.id)
                if p.returned_at is None and await uow.renovations.return_pass(p.id, now)]
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                           action="passes-returned", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"passes": len(returned)})
    uow.emit(rev.PassesReturned(ticket.id, tuple(returned)))
    return await _close_if_settled(uow, actor, ticket_id, now)


async def settle_deposit(uow: RenovationUnitOfWork, actor: Actor, ticket_id: int,
                         now: datetime) -> Ticket:
    """The deposit is settled (結清費用) after the final inspection."""
    ticket, _ = await application(uow, ticket_id)
    require_office(actor, ticket)
    if ticket.status is not Status.SETTLING:
        raise Conflict("reno-not-settling")
    if not await uow.renovations.mark(ticket.id, "deposit_settled_at", now):
        raise Conflict("reno-already-recorded")
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                           action="deposit-settled", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id)
    uow.emit(rev.DepositSettled(ticket.id, by_person_id=actor.person_id or 0))
    return await _close_if_settled(uow, actor, ticket_id, now)


async def _close_if_settled(uow: RenovationUnitOfWork, actor: Actor, ticket_id: int,
                            now: datetime) -> Ticket:
    ticket, app = await application(uow, ticket_id)
    if app.passes_returned_at is None or app.deposit_settled_at is None:
        return ticket
    updated = await move_ticket(uow, actor, ticket, Status.CLOSED, now, action="closed",
                                closed_at=now)
    await uow.renovations.update(ticket.id, works_ended_at=now)
    uow.emit(rev.RenovationClosed(ticket.id))
    return updated


# ---------------------------------------------------------------- files shown to the office


async def id_photos(uow: RenovationUnitOfWork, actor: Actor, ticket_id: int,
                    now: datetime, worker_id: int | None = None,
                    ) -> list[tuple[str, FileRef, str | None]]:
    """(worker name, the file, its file store path) of every ID-card image still kept,
    for the desk and managers of the estate only; every look is audited."""
    ticket, _ = await application(uow, ticket_id)
    if actor.person is None or not actor.has_role(ticket.estate_id, *ID_VIEWERS):
        raise NotAuthorized("reno-id-office-only")
    workers = {w.id: w for w in await uow.renovations.workers(ticket.id)}
    shown = [(workers[wid].name, ref, path)
             for wid, ref, path in await uow.renovations.id_photos(ticket.id)
             if wid in workers and worker_id in (None, wid)]
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id), action="id-viewed",
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           update_id=uow.update_id,
                           detail={"images": len(shown), "worker": worker_id})
    return shown


async def drawings(uow: RenovationUnitOfWork, actor: Actor, ticket_id: int) -> list[FileRef]:
    """The drawings, for the owner and the office's reviewers and site staff."""
    ticket, app = await application(uow, ticket_id)
    own = actor.person is not None and app.owner_id == actor.person.id
    if not own and not actor.has_role(ticket.estate_id, *DRAWING_VIEWERS):
        raise NotAuthorized("reno-office-only")
    return await uow.files.for_owner("renovation", ticket.id, "drawing")
