"""Security checks a temporary pass (臨時出入證) at the gate: by scanning its QR code (a deep
link `/start pass_<number>_<code>`) or by typing `/pass P01`. The answer says whether the pass
lets its worker in today, for which unit and works; an expired, not yet valid or returned pass,
or one whose application has ended, is refused. Every check is audited, refusals included."""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from domain.errors import InvalidInput, NotAuthorized
from domain.model import Actor, StaffRole
from domain.ports import FileRef, RenovationUnitOfWork
from domain.registry import calendar_of
from domain.renovation.model import Renovation, Worker, WorkPass
from domain.renovation.review import face_role
from domain.tickets import Status, Ticket

CHECKERS = (StaffRole.SECURITY, StaffRole.DESK, StaffRole.MANAGER)
ON_SITE = (Status.WORKS, Status.FINAL_CHECK)  # the works may still need the worker
_NUMBER = re.compile(r"^[A-Z0-9-]{2,32}$")


class Verdict(StrEnum):
    VALID = "valid"
    NOT_YET = "not_yet"
    EXPIRED = "expired"
    RETURNED = "returned"
    ENDED = "ended"        # the application is no longer in works
    UNKNOWN = "unknown"    # no such pass in the checker's estates, or a wrong check code


@dataclass(frozen=True)
class PassCheck:
    query: str
    verdict: Verdict
    work_pass: WorkPass | None = None
    ticket: Ticket | None = None
    app: Renovation | None = None
    worker: Worker | None = None
    photo: FileRef | None = None
    today: date | None = None


def parse_link(payload: str) -> tuple[str, str | None]:
    """`pass_F-2026-000001-P01_1A2B3C4D` → (number, code); a typed number has no code."""
    number, _, code = payload.removeprefix("pass_").partition("_")
    return number, code or None


def verdict(p: WorkPass, ticket: Ticket, today: date) -> Verdict:
    if p.returned_at is not None:
        return Verdict.RETURNED
    if ticket.status not in ON_SITE:
        return Verdict.ENDED
    if today > p.valid_to:
        return Verdict.EXPIRED
    if today < p.valid_from:
        return Verdict.NOT_YET
    return Verdict.VALID


async def check_pass(uow: RenovationUnitOfWork, actor: Actor, raw: str, now: datetime, *,
                     code: str | None = None, record: bool = True) -> PassCheck:
    """Look the pass up in the estates where the actor is security, desk or manager; a check
    is an audit row (`record=False`: looked up to print the card, audited by the printer)."""
    estates = sorted({s.estate_id for s in actor.staff if s.role in CHECKERS})
    if actor.person is None or not estates:
        raise NotAuthorized("reno-pass-staff-only")
    query = (raw or "").strip().upper()
    if not _NUMBER.match(query):
        raise InvalidInput("reno-pass-usage")
    found = await uow.renovations.find_passes(estates, query)
    exact = [p for p in found if p.number == query]
    if not exact and len(found) > 1:
        # `P01` of several applications: the one valid today if only one is.
        dated = []
        for p in found:
            ticket = await uow.tickets.get(p.ticket_id)
            estate = await uow.estates.get(ticket.estate_id) if ticket else None
            if ticket and estate and verdict(p, ticket, calendar_of(estate).local(now).date()) \
                    is Verdict.VALID:
                dated.append(p)
        if len(dated) != 1:
            raise InvalidInput("reno-pass-ambiguous",
                               numbers=", ".join(p.number for p in found[:10]))
        found = dated
    candidates = exact or found
    chosen: WorkPass | None = candidates[0] if candidates else None
    if chosen is not None and code is not None and \
            not hmac.compare_digest(chosen.code.upper(), code.upper()):
        chosen = None  # a forged or altered QR code
    if chosen is None:
        if record:
            await _audit(uow, actor, now, query, Verdict.UNKNOWN, None, code is not None)
        return PassCheck(query, Verdict.UNKNOWN)
    ticket = await uow.tickets.get(chosen.ticket_id)
    app = await uow.renovations.get(chosen.ticket_id)
    estate = await uow.estates.get(ticket.estate_id) if ticket else None
    assert ticket is not None and app is not None and estate is not None
    today = calendar_of(estate).local(now).date()
    result = verdict(chosen, ticket, today)
    worker = await uow.renovations.worker(chosen.worker_id)
    photos = await uow.files.for_owner("renovation", chosen.ticket_id,
                                       face_role(chosen.worker_id))
    if record:
        await _audit(uow, actor, now, chosen.number, result, ticket, code is not None)
    return PassCheck(query, result, chosen, ticket, app, worker,
                     photos[-1] if photos else None, today)


async def _audit(uow: RenovationUnitOfWork, actor: Actor, now: datetime, number: str,
                 result: Verdict, ticket: Ticket | None, scanned: bool) -> None:
    await uow.audit.record(at=now, entity="pass", entity_id=number[:64], action="pass-checked",
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           to_state=result.value, update_id=uow.update_id,
                           detail={"ticket": ticket.id if ticket else None,
                                   "via": "qr" if scanned else "typed"})
