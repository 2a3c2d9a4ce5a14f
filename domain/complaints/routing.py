"""A complaint routed to a department: where its card goes, and what the department does there.

The estate maps each department to a staff group in its settings
(`complaints.departments.<department>`: a group's purpose such as `security`, `supervisors`,
`managers`, `crew:general`, or a group's chat id). With no mapping the defaults below hold;
when the department has no active group its people (the staff of the matching role) get the
card privately. The department replies to the resident (the reply counts on the 72-hour clock
like the desk's) or asks the desk; the desk can answer the department. Every move is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.complaints import events as cev
from domain.complaints.handling import (
    TEXT_MAX,
    Department,
    _complaint,
    is_office,
    office_complaint,
    record_reply,
)
from domain.errors import Conflict, NotAuthorized
from domain.model import Actor, Estate, GroupPurpose, StaffRole, Trade
from domain.ports import UnitOfWork
from domain.text import require_text
from domain.tickets import Ticket

# Where a department's card goes when the estate has not said otherwise.
DEFAULT_GROUPS: dict[Department, str] = {
    Department.SECURITY: GroupPurpose.SECURITY.value,
    Department.ENGINEERING: GroupPurpose.SUPERVISORS.value,
    Department.MANAGEMENT: GroupPurpose.MANAGERS.value,
}
# Whose private chats get the card when the department has no active group.
PEOPLE: dict[Department, StaffRole] = {
    Department.SECURITY: StaffRole.SECURITY,
    Department.ENGINEERING: StaffRole.SUPERVISOR,
    Department.MANAGEMENT: StaffRole.MANAGER,
}
ALIASES = {"accounts": Department.FINANCE.value}  # the office's word for the finance team


@dataclass(frozen=True)
class Target:
    """A department's group: by purpose (and trade), or by the group's chat id."""

    purpose: GroupPurpose | None = None
    trade: Trade | None = None
    chat_id: int | None = None
    role: StaffRole | None = None  # its people, when no group is found


def parse_target(raw: object) -> Target | None:
    """`security`, `crew:plumbing`, `-1001234` (a chat id) → a Target; None when unreadable."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        return Target(chat_id=raw)
    text = str(raw or "").strip().lower()
    if text.lstrip("-").isdigit():
        return Target(chat_id=int(text))
    purpose, _, trade = text.partition(":")
    try:
        return Target(purpose=GroupPurpose(purpose), trade=Trade(trade) if trade else None)
    except ValueError:
        return None


def valid_mapping(department: str, raw: object) -> bool:
    """For `propdesk admin estate set complaints.departments.<department> <group>`."""
    name = ALIASES.get(department, department)
    return name in {d.value for d in Department} and parse_target(raw) is not None


def department_target(estate: Estate, department: str) -> Target:
    """The estate's group for the department (its setting, else the default) and its people."""
    dept = Department(department)
    raw = (estate.settings.get("complaints") or {}).get("departments") or {}
    named = {ALIASES.get(str(k), str(k)): v for k, v in raw.items()} \
        if isinstance(raw, dict) else {}
    found = parse_target(named[dept.value]) if dept.value in named else None
    if found is None and dept in DEFAULT_GROUPS:
        found = parse_target(DEFAULT_GROUPS[dept])
    found = found or Target()
    return Target(found.purpose, found.trade, found.chat_id, PEOPLE.get(dept))


# ---------------------------------------------------------------- the department acts


def in_department(actor: Actor, ticket: Ticket) -> bool:
    """Staff of the complaint's estate acting on a routed complaint's department card (the
    handler checks that the button sits on that card, in the department's group or chat)."""
    return (actor.person is not None and ticket.department is not None
            and bool(actor.roles_in(ticket.estate_id)))


async def department_complaint(uow: UnitOfWork, actor: Actor, ticket_id: int) -> Ticket:
    ticket = await _complaint(uow, ticket_id)
    if not (in_department(actor, ticket) or is_office(actor, ticket.estate_id)):
        raise NotAuthorized("complaint-department-only")
    if not ticket.is_open:
        raise Conflict("ticket-wrong-state", status=ticket.status.value)
    return ticket


async def department_reply(uow: UnitOfWork, actor: Actor, ticket_id: int, text: str,
                           now: datetime) -> Ticket:
    """The department answers the resident itself: the same reply as the desk's (the first
    stops the 72-hour clock), recorded as the department's."""
    ticket = await department_complaint(uow, actor, ticket_id)
    return await record_reply(uow, actor, ticket, text, now,
                              department=ticket.department)


async def ask_desk(uow: UnitOfWork, actor: Actor, ticket_id: int, text: str,
                   now: datetime) -> Ticket:
    """The department asks the desk (a detail, the resident's consent): under the desk card."""
    ticket = await department_complaint(uow, actor, ticket_id)
    body = require_text(text, max_len=TEXT_MAX, field="question")
    await _note(uow, actor, ticket, "dept-ask", "department-asked", body, now)
    uow.emit(cev.DepartmentAsked(ticket.id, text=body, by_person_id=actor.person_id or 0))
    return ticket


async def tell_department(uow: UnitOfWork, actor: Actor, ticket_id: int, text: str,
                          now: datetime) -> Ticket:
    """The desk writes to the department the complaint is routed to."""
    ticket = await office_complaint(uow, actor, ticket_id)
    if ticket.department is None or not ticket.is_open:
        raise Conflict("complaint-no-department")
    body = require_text(text, max_len=TEXT_MAX, field="message")
    await _note(uow, actor, ticket, "dept-told", "department-told", body, now)
    uow.emit(cev.DepartmentTold(ticket.id, text=body, by_person_id=actor.person_id or 0))
    return ticket


async def _note(uow: UnitOfWork, actor: Actor, ticket: Ticket, kind: str, action: str,
                body: str, now: datetime) -> None:
    """A message between the desk and the department: a ticket note and its audit row."""
    await uow.tickets.add_note(ticket.id, kind, actor.person_id, body, now)
    await uow.audit.record(at=now, entity="ticket", entity_id=str(ticket.id), action=action,
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           update_id=uow.update_id, detail={"department": ticket.department})
