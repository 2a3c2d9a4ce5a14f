"""Joining: staff invites, staff group links, resident links by code or by desk approval."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from domain import codes
from domain.errors import (
    CodeRejected,
    Conflict,
    NotAuthorized,
    NotFound,
    TooManyAttempts,
)
from domain.events import (
    CommandsChanged,
    GroupAwaitingLink,
    GroupLinked,
    LeaveGroup,
    LinkDecided,
    LinkRequested,
    ResidentLinked,
    StaffJoined,
)
from domain.model import (
    Actor,
    Code,
    CodeKind,
    Estate,
    Group,
    GroupPurpose,
    GroupStatus,
    LinkRequest,
    LinkStatus,
    Locale,
    Person,
    Relation,
    StaffRole,
    Trade,
    Unit,
)
from domain.ports import RenovationUnitOfWork, UnitOfWork
from domain.text import single_line

MAX_CODE_FAILURES = 5
CODE_FAILURE_WINDOW = timedelta(minutes=15)
MAX_PENDING_REQUESTS = 3
GROUP_LINK_GRACE_MINUTES = 10


@dataclass(frozen=True)
class Redeemed:
    """What a code did, for the reply."""

    kind: CodeKind
    estate: Estate
    role: StaffRole | None = None
    trade: Trade | None = None
    purpose: GroupPurpose | None = None
    unit: Unit | None = None
    relation: Relation | None = None
    ticket_number: str | None = None  # a contractor's renovation application


class CodeFailure(CodeRejected):
    """A wrong code: the rejection is audited so repeated guessing is throttled."""

    audit_entity = "code"
    audit_action = "rejected"


async def _check_throttle(uow: UnitOfWork, tg_user_id: int, now: datetime) -> None:
    failures = await uow.audit.count(entity="code", action="rejected",
                                     since=now - CODE_FAILURE_WINDOW, actor_tg_id=tg_user_id)
    if failures >= MAX_CODE_FAILURES:
        raise TooManyAttempts(minutes=int(CODE_FAILURE_WINDOW.total_seconds() // 60))


async def _take_code(uow: UnitOfWork, text: str, tg_user_id: int, now: datetime, pepper: str,
                     allowed: set[CodeKind]) -> tuple[Code, Estate]:
    await _check_throttle(uow, tg_user_id, now)
    code = await uow.codes.by_hash(codes.code_hash(text, pepper))
    if code is None or code.kind not in allowed:
        raise CodeFailure("code-invalid")
    if code.used_at is not None:
        raise CodeFailure("code-used")
    if code.expires_at <= now:
        raise CodeFailure("code-expired")
    if not await uow.codes.use(code.id, tg_user_id, now):
        raise CodeFailure("code-used")
    estate = await uow.estates.get(code.estate_id)
    if estate is None:  # pragma: no cover - foreign key
        raise CodeFailure("code-invalid")
    return code, estate


async def ensure_person(uow: UnitOfWork, actor: Actor, display_name: str, locale: Locale) -> Person:
    """The actor's person record, created on first contact."""
    if actor.person is not None:
        return actor.person
    existing = await uow.people.by_tg(actor.tg_user_id)
    if existing is not None:
        return existing
    name = single_line(display_name or str(actor.tg_user_id), field="name")
    return await uow.people.add(name, locale, tg_user_id=actor.tg_user_id)


async def redeem_private_code(uow: RenovationUnitOfWork, actor: Actor, text: str, *,
                              display_name: str, locale: Locale, now: datetime,
                              pepper: str) -> Redeemed:
    """`/start <code>` in private chat: join as staff, link to a unit, or become a renovation
    application's contractor contact."""
    code, estate = await _take_code(uow, text, actor.tg_user_id, now, pepper,
                                    {CodeKind.STAFF, CodeKind.RESIDENT, CodeKind.CONTRACTOR})
    if code.kind is CodeKind.STAFF:
        return await _join_staff(uow, actor, code, estate, display_name, locale, now)
    if code.kind is CodeKind.CONTRACTOR:
        from domain.renovation.contractor import join_contractor

        person = await ensure_person(uow, actor, display_name, locale)
        number = await join_contractor(uow, actor, code, person, now)
        return Redeemed(CodeKind.CONTRACTOR, estate, ticket_number=number)
    return await _join_unit(uow, actor, code, estate, display_name, locale, now)


async def _join_staff(uow: UnitOfWork, actor: Actor, code: Code, estate: Estate,
                      display_name: str, locale: Locale, now: datetime) -> Redeemed:
    role = StaffRole(code.payload["role"])
    trade = Trade(code.payload["trade"]) if code.payload.get("trade") else None
    if any(s.estate_id == estate.id and s.role is role and s.trade == trade for s in actor.staff):
        raise Conflict("code-already-staff")
    person = await ensure_person(uow, actor, code.payload.get("name") or display_name, locale)
    await uow.staff.add(person.id, estate.id, role, trade)
    await uow.audit.record(at=now, entity="person", entity_id=str(person.id),
                           action="staff-joined", actor_person_id=person.id,
                           actor_tg_id=actor.tg_user_id, to_state=role.value,
                           update_id=uow.update_id,
                           detail={"estate": estate.id, "trade": trade.value if trade else None,
                                   "code": code.id})
    uow.emit(StaffJoined(person.id, estate.id, role, trade))
    uow.emit(CommandsChanged(person.id))
    return Redeemed(CodeKind.STAFF, estate, role=role, trade=trade)


async def _join_unit(uow: UnitOfWork, actor: Actor, code: Code, estate: Estate,
                     display_name: str, locale: Locale, now: datetime) -> Redeemed:
    unit = await uow.units.get(int(code.payload["unit_id"]))
    if unit is None:
        raise CodeFailure("code-invalid")
    relation = Relation(code.payload["relation"])
    person: Person | None = actor.person
    attached = False
    if person is None and code.payload.get("person_id"):
        registry = await uow.people.get(int(code.payload["person_id"]))
        if registry is not None and registry.tg_user_id is None \
                and await uow.people.attach_tg(registry.id, actor.tg_user_id):
            person, attached = registry, True
            await uow.people.set_locale(person.id, locale)
    if person is None:
        person = await ensure_person(uow, actor, code.payload.get("name") or display_name, locale)
    await _link(uow, person, unit, relation, now, actor, via=f"code:{code.id}",
                registry_record=attached)
    return Redeemed(CodeKind.RESIDENT, estate, unit=unit, relation=relation)


async def _link(uow: UnitOfWork, person: Person, unit: Unit, relation: Relation, now: datetime,
                actor: Actor, via: str, registry_record: bool = False) -> None:
    if await uow.tenures.find_active(person.id, unit.id) is not None:
        if not registry_record:
            raise Conflict("link-already", unit=unit.label)
        # The office's own record of this person: the account is attached, the holding stays.
    else:
        await uow.tenures.add(person.id, unit.id, relation, now.date())
    await uow.audit.record(at=now, entity="person", entity_id=str(person.id), action="linked",
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           to_state=relation.value, update_id=uow.update_id,
                           detail={"unit": unit.id, "via": via})
    uow.emit(ResidentLinked(person.id, unit.id, relation))
    uow.emit(CommandsChanged(person.id))


# ---------------------------------------------------------------- staff groups


async def bot_added_to_group(uow: UnitOfWork, actor: Actor, chat_id: int, title: str,
                             now: datetime) -> Group:
    """The bot joined a group: keep a registered one, wait briefly for /link, or leave."""
    group = await uow.groups.get(chat_id)
    if group is not None and group.estate_id is not None and group.status is not GroupStatus.ACTIVE:
        await uow.groups.transition(chat_id, [group.status], GroupStatus.ACTIVE, now=now)
        return group
    if group is not None and group.status is GroupStatus.ACTIVE:
        return group
    group = await uow.groups.upsert_pending(chat_id, single_line(title or "?", max_len=255,
                                                                 field="title"),
                                            actor.tg_user_id, now)
    await uow.audit.record(at=now, entity="group", entity_id=str(chat_id), action="bot-added",
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           to_state=GroupStatus.PENDING.value, update_id=uow.update_id)
    if actor.has_role_anywhere(StaffRole.MANAGER, StaffRole.DESK):
        uow.emit(GroupAwaitingLink(chat_id, GROUP_LINK_GRACE_MINUTES))
    else:
        await _leave(uow, chat_id, GroupStatus.PENDING, now, reason="added-by-stranger")
    return group


async def bot_removed_from_group(uow: UnitOfWork, chat_id: int, now: datetime) -> None:
    group = await uow.groups.get(chat_id)
    if group is None or group.status is GroupStatus.LEFT:
        return
    if await uow.groups.transition(chat_id, [group.status], GroupStatus.LEFT, now=now):
        await uow.audit.record(at=now, entity="group", entity_id=str(chat_id), action="bot-removed",
                               from_state=group.status.value, to_state=GroupStatus.LEFT.value,
                               update_id=uow.update_id)


async def _leave(uow: UnitOfWork, chat_id: int, status: GroupStatus, now: datetime,
                 reason: str) -> None:
    if await uow.groups.transition(chat_id, [status], GroupStatus.LEFT, now=now):
        await uow.audit.record(at=now, entity="group", entity_id=str(chat_id), action="left",
                               from_state=status.value, to_state=GroupStatus.LEFT.value,
                               update_id=uow.update_id, detail={"reason": reason})
        uow.emit(LeaveGroup(chat_id))


async def leave_unlinked_groups(uow: UnitOfWork, now: datetime) -> int:
    """Leave groups that were added but not linked within the grace period."""
    stale = await uow.groups.stale_pending(now - timedelta(minutes=GROUP_LINK_GRACE_MINUTES))
    for group in stale:
        await _leave(uow, group.chat_id, GroupStatus.PENDING, now, reason="not-linked")
    return len(stale)


async def link_group(uow: UnitOfWork, actor: Actor, chat_id: int, title: str, text: str, *,
                     now: datetime, pepper: str) -> Redeemed:
    """`/link <code>` in a group: register it as a staff group of an estate."""
    code, estate = await _take_code(uow, text, actor.tg_user_id, now, pepper, {CodeKind.GROUP})
    purpose = GroupPurpose(code.payload["purpose"])
    trade = Trade(code.payload["trade"]) if code.payload.get("trade") else None
    group = await uow.groups.get(chat_id)
    if group is None:
        group = await uow.groups.upsert_pending(chat_id, title or "?", actor.tg_user_id, now)
    existing = await uow.groups.find(estate.id, purpose, trade)
    if existing is not None and existing.chat_id != chat_id:
        # One group per purpose and trade: the new one replaces the old, which the bot leaves.
        await _leave(uow, existing.chat_id, GroupStatus.ACTIVE, now, reason="replaced")
    if not await uow.groups.transition(chat_id, [group.status], GroupStatus.ACTIVE,
                                       estate_id=estate.id, purpose=purpose, trade=trade, now=now):
        raise Conflict()
    await uow.audit.record(at=now, entity="group", entity_id=str(chat_id), action="linked",
                           actor_person_id=actor.person_id, actor_tg_id=actor.tg_user_id,
                           from_state=group.status.value, to_state=GroupStatus.ACTIVE.value,
                           update_id=uow.update_id,
                           detail={"estate": estate.id, "purpose": purpose.value,
                                   "trade": trade.value if trade else None, "code": code.id})
    uow.emit(GroupLinked(chat_id, estate.id, purpose, trade))
    return Redeemed(CodeKind.GROUP, estate, purpose=purpose, trade=trade)


async def group_migrated(uow: UnitOfWork, old_chat_id: int, new_chat_id: int,
                         now: datetime) -> None:
    """A group became a supergroup: follow it to its new id."""
    if await uow.groups.migrate(old_chat_id, new_chat_id):
        await uow.audit.record(at=now, entity="group", entity_id=str(new_chat_id),
                               action="migrated", detail={"from": old_chat_id},
                               update_id=uow.update_id)


# ---------------------------------------------------------------- link requests


async def request_link(uow: UnitOfWork, actor: Actor, *, estate_id: int, unit_label: str,
                       relation: Relation, name: str, phone: str | None, locale: Locale,
                       now: datetime) -> LinkRequest:
    """A resident asks to be linked to a unit; the desk group decides."""
    from domain.registry import find_unit_by_label

    unit = await find_unit_by_label(uow, estate_id, unit_label)
    name = single_line(name, field="name")
    person = await ensure_person(uow, actor, name, locale)
    if await uow.tenures.find_active(person.id, unit.id) is not None:
        raise Conflict("link-already", unit=unit.label)
    pending = await uow.link_requests.pending_for(actor.tg_user_id)
    if any(r.unit_id == unit.id for r in pending):
        raise Conflict("link-request-exists", unit=unit.label)
    if len(pending) >= MAX_PENDING_REQUESTS:
        raise Conflict("link-request-too-many", max=MAX_PENDING_REQUESTS)
    request = await uow.link_requests.add(actor.tg_user_id, person.id, estate_id, unit.id,
                                          relation, name, phone, now)
    await uow.audit.record(at=now, entity="link_request", entity_id=str(request.id),
                           action="created", actor_person_id=person.id,
                           actor_tg_id=actor.tg_user_id, to_state=LinkStatus.PENDING.value,
                           update_id=uow.update_id)
    uow.emit(LinkRequested(request.id))
    return request


async def decide_link(uow: UnitOfWork, actor: Actor, request_id: int, *, approve: bool,
                      now: datetime, reason: str | None = None) -> LinkRequest:
    """Desk or manager approves or rejects a link request; only the first decision counts."""
    request = await uow.link_requests.get(request_id)
    if request is None:
        raise NotFound()
    if actor.person is None or not actor.has_role(request.estate_id, StaffRole.DESK,
                                                  StaffRole.MANAGER):
        raise NotAuthorized()
    if request.status is not LinkStatus.PENDING:
        raise Conflict("link-request-decided")
    to = LinkStatus.APPROVED if approve else LinkStatus.REJECTED
    if not await uow.link_requests.decide(request_id, to, actor.person.id, reason, now):
        raise Conflict("link-request-decided")
    await uow.audit.record(at=now, entity="link_request", entity_id=str(request_id),
                           action="decided", actor_person_id=actor.person.id,
                           actor_tg_id=actor.tg_user_id, from_state=LinkStatus.PENDING.value,
                           to_state=to.value, update_id=uow.update_id,
                           detail={"reason": reason} if reason else None)
    if approve:
        unit = await uow.units.get(request.unit_id)
        person = await uow.people.get(request.person_id)
        if unit is None or person is None:  # pragma: no cover - foreign keys
            raise NotFound()
        if await uow.tenures.find_active(person.id, unit.id) is None:
            await _link(uow, person, unit, request.relation, now, actor,
                        via=f"request:{request_id}")
    uow.emit(LinkDecided(request_id, approve, actor.person.id))
    return request


async def set_locale(uow: UnitOfWork, actor: Actor, locale: Locale, *, display_name: str,
                     now: datetime) -> Person:
    """Remember the person's language (creating their record on first contact)."""
    person = await ensure_person(uow, actor, display_name, locale)
    if person.locale is not locale:
        await uow.people.set_locale(person.id, locale)
        await uow.audit.record(at=now, entity="person", entity_id=str(person.id), action="locale",
                               actor_person_id=person.id, actor_tg_id=actor.tg_user_id,
                               from_state=person.locale.value, to_state=locale.value,
                               update_id=uow.update_id)
        uow.emit(CommandsChanged(person.id))
    return person


async def require_staff(actor: Actor, estate_id: int, *roles: StaffRole) -> None:
    if not actor.has_role(estate_id, *roles):
        raise NotAuthorized()
