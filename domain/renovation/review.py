"""Renovation applications (裝修申請): the owner's submission, the three-step review on the
estate's 2-day clock, and resubmission after a rejection without retyping anything.

Every change is a compare-and-set on the ticket (the shared ticket engine) plus an audit row;
the application's own data lives in the renovation tables, keyed by the ticket's id.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from domain.calendar import BusinessCalendar
from domain.errors import Conflict, InvalidInput, NotAuthorized, NotFound
from domain.model import Actor, Estate, Relation, StaffRole, Tenure
from domain.moves import move as move_ticket
from domain.ports import FileRef, RenovationUnitOfWork
from domain.registry import calendar_of
from domain.renovation import events as rev
from domain.renovation.model import (
    NEXT_STEP,
    RETURNED,
    REVIEW,
    REVIEWERS,
    WORK_KINDS,
    Decision,
    Renovation,
    RenovationPolicy,
    WorkerStatus,
)
from domain.text import DESCRIPTION_MAX, phone_number, require_text, single_line
from domain.tickets import (
    PLANNERS,
    Deadline,
    Kind,
    Status,
    Ticket,
    next_due,
    ticket_number,
)

OWNERS = (Relation.OWNER, Relation.CO_OWNER)
NAME_MAX = 60
CATEGORY = "renovation"


# ---------------------------------------------------------------- the review clock


def review_clock(cal: BusinessCalendar, start: datetime, days: int) -> dict[str, str]:
    """The whole review is due `days` open days after a complete submission; a reminder
    goes out one open day earlier (kept on the ticket, so the sweeper finds it)."""
    due = cal.add_days(start, days)
    clock = {"review_from": _utc(start), "review_due": _utc(due)}
    if days > 1:
        clock["review_remind"] = _utc(cal.add_days(start, days - 1))
    return clock


def _utc(at: datetime) -> str:
    return at.astimezone(UTC).isoformat()


REVIEW_REPEAT = timedelta(hours=2)


def renovation_plan(t: Ticket) -> list[Deadline]:
    """Reminder and one escalation while under review, then repeated reminders; a nudge
    when the works run late."""
    out: list[Deadline] = []
    if t.status in REVIEW and t.extra.get("review_due"):
        due = datetime.fromisoformat(t.extra["review_due"])
        if t.extra.get("review_remind"):
            out.append(Deadline("review-remind", datetime.fromisoformat(t.extra["review_remind"]),
                                until=due))
        out.append(Deadline("review-overdue", due))
        # Still undecided: whoever holds it is reminded again every two office hours.
        out.append(Deadline("review-repeat", due, every=REVIEW_REPEAT, office=True))
    elif t.status is Status.WORKS and t.extra.get("works_over"):
        out.append(Deadline("works-overdue", datetime.fromisoformat(t.extra["works_over"])))
    return out


PLANNERS[Kind.RENOVATION] = renovation_plan


def review_due(t: Ticket) -> datetime | None:
    raw = t.extra.get("review_due")
    return datetime.fromisoformat(raw) if raw and t.status in REVIEW else None


# ---------------------------------------------------------------- the owner's form


@dataclass(frozen=True)
class WorkerDraft:
    name: str
    phone: str
    id_photo: FileRef | None = None
    id: int | None = None  # a worker already on the application (resubmission keeps them)
    face: FileRef | None = None  # the worker's own photo, for the pass check at the gate


@dataclass(frozen=True)
class RenovationDraft:
    """What the owner filled in (validated by `submit_renovation`)."""

    unit_id: int | None
    works: tuple[str, ...]
    description: str
    start: date | None
    end: date | None
    contractor: str
    contractor_phone: str
    drawings: tuple[FileRef, ...] = ()
    workers: tuple[WorkerDraft, ...] = ()
    rules_accepted: bool = False


_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


def parse_day(text: str | None) -> date:
    """A typed date: 2026-12-01, 2026/12/01, or day first as Hong Kong writes it, 1/12/2026."""
    raw = single_line(text, max_len=20, field="date")
    for pattern, order in ((_ISO, (0, 1, 2)), (_DMY, (2, 1, 0))):
        m = pattern.match(raw)
        if m:
            parts = [int(g) for g in m.groups()]
            try:
                return date(parts[order[0]], parts[order[1]], parts[order[2]])
            except ValueError:
                break
    raise InvalidInput("reno-bad-date")


def earliest_start(today: date) -> date:
    """Works start at the earliest the day after the application (the review takes time)."""
    return today + timedelta(days=1)


def check_start(start: date, today: date) -> None:
    if start < earliest_start(today):
        raise InvalidInput("reno-start-too-soon", earliest=earliest_start(today))
    if start > today + timedelta(days=365):
        raise InvalidInput("reno-start-too-late")


def check_end(start: date, end: date, policy: RenovationPolicy) -> None:
    if end < start:
        raise InvalidInput("reno-end-before-start", start=start)
    if (end - start).days + 1 > policy.max_days:
        raise InvalidInput("reno-too-long", max=policy.max_days)


def check_works(works: tuple[str, ...], description: str) -> tuple[tuple[str, ...], str]:
    unknown = [w for w in works if w not in WORK_KINDS]
    if unknown:
        raise InvalidInput("reno-bad-works")
    text = require_text(description, max_len=DESCRIPTION_MAX, field="description", min_len=3)
    return tuple(dict.fromkeys(works)), text


def check_worker(name: str | None, phone: str | None) -> tuple[str, str]:
    return single_line(name, max_len=NAME_MAX, field="name"), phone_number(phone)


def owner_tenures(actor: Actor) -> list[Tenure]:
    """The units this person may apply for: the ones they own (alone or jointly)."""
    return [t for t in actor.tenures if t.relation in OWNERS]


def _owner_tenure(actor: Actor, unit_id: int | None) -> Tenure:
    owned = owner_tenures(actor)
    if actor.person is None or not owned:
        raise NotAuthorized("reno-owners-only")
    tenure = next((t for t in owned if t.unit.id == unit_id), None)
    if tenure is None:
        raise NotAuthorized("reno-not-your-unit")
    return tenure


async def _estate(uow: RenovationUnitOfWork, estate_id: int) -> Estate:
    estate = await uow.estates.get(estate_id)
    if estate is None:  # pragma: no cover - foreign key
        raise NotFound()
    return estate


def _validate(draft: RenovationDraft, today: date, policy: RenovationPolicy,
              ) -> dict[str, Any]:
    """Everything the form collected, checked once more (the draft is only JSON)."""
    works, text = check_works(draft.works, draft.description)
    if draft.start is None or draft.end is None:
        raise InvalidInput("reno-need-dates")
    check_start(draft.start, today)
    check_end(draft.start, draft.end, policy)
    contractor = single_line(draft.contractor, max_len=100, field="contractor")
    contractor_phone = phone_number(draft.contractor_phone)
    if not draft.drawings:
        raise InvalidInput("reno-need-drawing")
    if len(draft.drawings) > policy.max_drawings:
        raise InvalidInput("reno-too-many-drawings", max=policy.max_drawings)
    if len(draft.workers) > policy.max_workers:
        raise InvalidInput("reno-too-many-workers", max=policy.max_workers)
    for w in draft.workers:
        check_worker(w.name, w.phone)
        if w.id is None and w.id_photo is None:
            raise InvalidInput("reno-worker-needs-id", name=w.name)
    if not draft.rules_accepted:
        raise InvalidInput("reno-need-rules")
    return {"works": works, "works_text": text, "start_date": draft.start,
            "end_date": draft.end, "contractor": contractor, "contractor_phone": contractor_phone}


def rules_version(policy: RenovationPolicy) -> str:
    """Which rules the owner accepted: a short hash of the estate's text ("default" when the
    catalog's default text applies)."""
    if not policy.rules:
        return "default"
    return hashlib.sha256(policy.rules.encode("utf-8")).hexdigest()[:12]


async def add_worker_row(uow: RenovationUnitOfWork, ticket_id: int, w: WorkerDraft,
                         status: WorkerStatus, now: datetime) -> int:
    """A worker and their ID-card image (kept apart: sensitive, deleted after retention)."""
    name, phone = check_worker(w.name, w.phone)
    if w.id_photo is None:
        raise InvalidInput("reno-worker-needs-id", name=name)
    file_pk = await uow.files.add(w.id_photo, owner="renovation", owner_id=ticket_id,
                                  role="id-card", sensitive=True, now=now)
    worker_id = await uow.renovations.add_worker(ticket_id, name, phone, status, file_pk, now)
    if w.face is not None:  # kept and deleted with the ID-card images
        await uow.files.add(w.face, owner="renovation", owner_id=ticket_id,
                            role=face_role(worker_id), sensitive=True, now=now)
    return worker_id


def face_role(worker_id: int) -> str:
    """The file role of a worker's own photo (shown to security when a pass is checked)."""
    return f"face-{worker_id}"


async def submit_renovation(uow: RenovationUnitOfWork, actor: Actor, draft: RenovationDraft,
                            now: datetime) -> Ticket:
    """The owner confirms the form: the application goes to the desk; the clock starts."""
    tenure = _owner_tenure(actor, draft.unit_id)
    assert actor.person is not None
    estate = await _estate(uow, tenure.unit.estate_id)
    policy = RenovationPolicy.of(estate)
    cal = calendar_of(estate)
    values = _validate(draft, cal.local(now).date(), policy)
    year = cal.local(now).year
    seq = await uow.tickets.next_seq(f"{Kind.RENOVATION.value}:{year}")
    ticket = Ticket(
        id=0, number=ticket_number(Kind.RENOVATION, year, seq), kind=Kind.RENOVATION,
        estate_id=estate.id, status=Status.DESK_CHECK, reporter_id=actor.person.id,
        category=CATEGORY, description=values["works_text"], created_at=now,
        unit_id=tenure.unit.id, extra=review_clock(cal, now, policy.review_days))
    ticket = await uow.tickets.add(replace(ticket, next_due_at=next_due(ticket, set())))
    await uow.renovations.add(Renovation(
        ticket_id=ticket.id, estate_id=estate.id, unit_id=tenure.unit.id,
        owner_id=actor.person.id, rules_version=rules_version(policy), rules_accepted_at=now,
        submitted_at=now, **values))
    for ref in draft.drawings:
        await uow.files.add(ref, owner="renovation", owner_id=ticket.id, role="drawing", now=now)
    for w in draft.workers:
        await add_worker_row(uow, ticket.id, w, WorkerStatus.ACTIVE, now)
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id), action="created",
                           actor_person_id=actor.person.id, actor_tg_id=actor.tg_user_id,
                           to_state=Status.DESK_CHECK.value, update_id=uow.update_id,
                           detail={"number": ticket.number, "workers": len(draft.workers),
                                   "drawings": len(draft.drawings)})
    uow.emit(rev.RenovationSubmitted(ticket.id))
    return ticket


async def application(uow: RenovationUnitOfWork, ticket_id: int) -> tuple[Ticket, Renovation]:
    ticket = await uow.tickets.get(ticket_id)
    app = await uow.renovations.get(ticket_id)
    if ticket is None or app is None or ticket.kind is not Kind.RENOVATION:
        raise NotFound("reno-not-found")
    return ticket, app


async def own_application(uow: RenovationUnitOfWork, actor: Actor,
                          ticket_id: int) -> tuple[Ticket, Renovation]:
    """The owner's own application (anyone else: not found, so nothing leaks)."""
    ticket, app = await application(uow, ticket_id)
    if actor.person is None or app.owner_id != actor.person.id:
        raise NotFound("reno-not-found")
    return ticket, app


async def resubmit_renovation(uow: RenovationUnitOfWork, actor: Actor, ticket_id: int,
                              draft: RenovationDraft, now: datetime) -> Ticket:
    """After a rejection or a request for more: the corrected application starts a new review
    (a new cycle, a new 2-day clock); drawings and workers not changed are kept."""
    ticket, app = await own_application(uow, actor, ticket_id)
    if ticket.status not in RETURNED:
        raise Conflict("reno-not-returned")
    estate = await _estate(uow, ticket.estate_id)
    policy = RenovationPolicy.of(estate)
    cal = calendar_of(estate)
    values = _validate(replace(draft, unit_id=app.unit_id), cal.local(now).date(), policy)
    keep = {ref.unique_id for ref in draft.drawings}
    have = {ref.unique_id for ref in await uow.files.for_owner("renovation", ticket.id,
                                                               "drawing")}
    await uow.renovations.drop_files(ticket.id, "drawing", keep)
    for ref in draft.drawings:
        if ref.unique_id not in have:
            await uow.files.add(ref, owner="renovation", owner_id=ticket.id, role="drawing",
                                now=now)
    kept = {w.id for w in draft.workers if w.id is not None}
    for worker in await uow.renovations.workers(ticket.id):
        if worker.id not in kept and worker.status is WorkerStatus.ACTIVE:
            await uow.renovations.set_worker_status(worker.id, [WorkerStatus.ACTIVE],
                                                    WorkerStatus.REMOVED, now)
    for w in draft.workers:
        if w.id is None:
            await add_worker_row(uow, ticket.id, w, WorkerStatus.ACTIVE, now)
    await uow.renovations.update(ticket.id, submitted_at=now, submissions=app.submissions + 1,
                                 returned_at=None, rules_version=rules_version(policy),
                                 rules_accepted_at=now, **values)
    extra = {**ticket.extra, **review_clock(cal, now, policy.review_days)}
    updated = await move_ticket(uow, actor, ticket, Status.DESK_CHECK, now, action="resubmitted",
                                description=values["works_text"], cycle=ticket.cycle + 1,
                                extra=extra)
    uow.emit(rev.RenovationSubmitted(ticket.id, resubmitted=True))
    return updated


# ---------------------------------------------------------------- the office's review


def may_review(actor: Actor, ticket: Ticket, step: Status) -> bool:
    return actor.person is not None and actor.has_role(ticket.estate_id,
                                                       *REVIEWERS.get(step, ()))


async def review(uow: RenovationUnitOfWork, actor: Actor, ticket_id: int, step: Status,
                 decision: Decision, now: datetime, reason: str | None = None) -> Ticket:
    """Approve (on to the next reviewer), reject with a reason, or ask for more; the first
    decision on a step wins."""
    ticket, _ = await application(uow, ticket_id)
    if step not in REVIEWERS or not may_review(actor, ticket, step):
        raise NotAuthorized("reno-not-your-step")
    if ticket.status is not step:
        raise Conflict("reno-step-decided")
    text = None
    if decision is Decision.APPROVE:
        to = NEXT_STEP[step]
    else:
        text = require_text(reason, max_len=1000, field="reason")
        to = Status.REJECTED if decision is Decision.REJECT else Status.INFO_NEEDED
    if to is Status.APPROVED:
        estate = await _estate(uow, ticket.estate_id)
        policy = RenovationPolicy.of(estate)
        await uow.renovations.update(ticket.id, approved_at=now, fee=policy.fee,
                                     deposit=policy.deposit)
    elif text is not None:
        await uow.renovations.update(ticket.id, returned_at=now)
        kind = "reno-reject" if decision is Decision.REJECT else "reno-info"
        await uow.tickets.add_note(ticket.id, kind, actor.person_id, text, now)
    updated = await move_ticket(uow, actor, ticket, to, now, action=f"review-{decision.value}",
                                detail={"step": step.value, "reason": text} if text
                                else {"step": step.value})
    uow.emit(rev.RenovationReviewed(ticket.id, step=step.value, decision=decision.value,
                                    by_person_id=actor.person_id or 0, reason=text))
    return updated


async def last_reason(uow: RenovationUnitOfWork, ticket_id: int) -> str | None:
    """Why the application was last sent back (shown when the owner fixes it)."""
    notes = [n for n in await uow.tickets.notes(ticket_id) if n[1] in {"reno-reject",
                                                                        "reno-info"}]
    return notes[-1][3] if notes else None


async def cancel_application(uow: RenovationUnitOfWork, actor: Actor | None, ticket_id: int,
                             now: datetime, *, automatic: bool = False) -> Ticket:
    """The owner withdraws (or the office cancels) an application before the works start;
    the retention clock of the ID-card images starts."""
    ticket, app = await application(uow, ticket_id)
    if not automatic:
        assert actor is not None
        office = actor.has_role(ticket.estate_id, StaffRole.DESK, StaffRole.MANAGER)
        if not office and (actor.person is None or app.owner_id != actor.person.id):
            raise NotFound("reno-not-found")
    if ticket.status not in (*REVIEW, *RETURNED, Status.APPROVED):
        raise Conflict("reno-too-late-to-cancel")
    updated = await move_ticket(uow, actor, ticket, Status.CANCELLED, now,
                                action="auto-cancelled" if automatic else "cancelled",
                                closed_at=now)
    await uow.renovations.update(ticket.id, works_ended_at=now)
    uow.emit(rev.RenovationCancelled(ticket.id, by_person_id=(actor.person_id or 0) if actor else 0,
                                     automatic=automatic))
    return updated


# ---------------------------------------------------------------- the office's settings

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_AT_LEAST_ONE = {"review_days", "retention_days", "rectify_days", "violations_flag",
                 "abandon_days", "max_days", "max_workers", "max_drawings"}


async def configure(uow: RenovationUnitOfWork, estate: Estate, now: datetime,
                    **changes: Any) -> RenovationPolicy:
    """The office sets its renovation policy (fees, deposit, retention, inspection rounds,
    the rules text); unknown names and impossible values are refused."""
    raw: dict[str, Any] = dict(estate.settings.get("renovation") or {})
    known = RenovationPolicy.__dataclass_fields__
    for name, value in changes.items():
        if value is None:
            continue
        if name not in known:
            raise InvalidInput("reno-bad-setting", name=name)
        if name == "inspection_times":
            times = [t.strip() for t in str(value).split(",") if t.strip()]
            if not times or not all(_TIME.match(t) for t in times):
                raise InvalidInput("reno-bad-setting", name=name)
            raw[name] = times
        elif name == "rules":
            raw[name] = require_text(str(value), max_len=3000, field="rules")
        elif name == "currency":
            raw[name] = single_line(str(value), max_len=8, field="currency")
        else:
            number = int(value)
            if number < (1 if name in _AT_LEAST_ONE else 0):
                raise InvalidInput("reno-bad-setting", name=name)
            raw[name] = number
    settings = {**estate.settings, "renovation": raw}
    policy = RenovationPolicy.of(replace(estate, settings=settings))
    await uow.estates.update(estate.id, settings=settings)
    await uow.audit.record(at=now, entity="estate", entity_id=str(estate.id),
                           action="renovation-settings", update_id=uow.update_id,
                           detail={k: v for k, v in raw.items() if k != "rules"})
    return policy
