"""The contractor is a person too: the owner asks for a one-time code (the same codes as the
office's invitations) and forwards it; the contractor opens the bot with it and from then on is
told of the approval, the passes, inspection results and rectification notices beside the
owner. The application has one linked contractor; a new code replaces the old contact."""

from __future__ import annotations

from datetime import datetime

from domain import registry
from domain.errors import Conflict, NotFound
from domain.model import Actor, Code, CodeKind, Person
from domain.ports import RenovationUnitOfWork
from domain.renovation import events as rev
from domain.renovation.review import application, own_application

CODE_DAYS = 14


async def invite_contractor(uow: RenovationUnitOfWork, actor: Actor, ticket_id: int,
                            now: datetime, *, pepper: str) -> str:
    """The owner gets a code to forward to the contractor (a new one each time)."""
    ticket, _ = await own_application(uow, actor, ticket_id)
    if not ticket.is_open:
        raise Conflict("reno-contractor-closed")
    estate = await uow.estates.get(ticket.estate_id)
    if estate is None:  # pragma: no cover - foreign key
        raise NotFound("reno-not-found")
    code = await registry.issue_code(uow, kind=CodeKind.CONTRACTOR, estate=estate, now=now,
                                     created_by=f"owner:{actor.person_id}", pepper=pepper,
                                     days=CODE_DAYS, ticket_id=ticket.id)
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                           action="contractor-invited", actor_person_id=actor.person_id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id)
    return code


async def join_contractor(uow: RenovationUnitOfWork, actor: Actor, code: Code, person: Person,
                          now: datetime) -> str:
    """The code was valid: the person becomes the application's contractor contact. Returns
    the application's number."""
    ticket, app = await application(uow, int(code.payload["ticket_id"]))
    if not ticket.is_open or ticket.estate_id != code.estate_id:
        raise Conflict("reno-contractor-closed")
    if person.id == app.owner_id:
        raise Conflict("reno-contractor-is-owner")
    await uow.renovations.update(ticket.id, contractor_person_id=person.id)
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id),
                           action="contractor-linked", actor_person_id=person.id,
                           actor_tg_id=actor.tg_user_id, update_id=uow.update_id,
                           detail={"code": code.id, "before": app.contractor_person_id})
    uow.emit(rev.ContractorLinked(ticket.id, person_id=person.id))
    return ticket.number
