"""`propdesk admin registry ...` and `propdesk admin staff ...`: registry changes with their
history, and staff changes, from the command line (the same use cases as the chat)."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from bot.admin.output import Out
from bot.settings import Settings
from domain import team, tenancy
from domain.errors import DomainError
from domain.model import Estate, Relation, TenureRecord
from store.uow import SqlUnitOfWork


def _day(raw: str | None) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise DomainError("admin-need-day") from None


def _record(r: TenureRecord) -> dict[str, Any]:
    return {"tenure": r.tenure.id, "person": r.person.id, "name": r.person.name,
            "relation": r.tenure.relation.value, "since": r.since.isoformat(),
            "ended_on": r.ended_on.isoformat() if r.ended_on else None,
            "reason": r.end_reason}


def _line(r: dict[str, Any]) -> str:
    until = f" to {r['ended_on']} ({r['reason']})" if r["ended_on"] else " (current)"
    return f"#{r['tenure']}\t{r['name']}\t{r['relation']}\tfrom {r['since']}{until}"


async def run(args: argparse.Namespace, uow: SqlUnitOfWork, out: Out, settings: Settings,
              estate: Estate, now: datetime) -> int:
    pepper = settings.security.code_pepper.get_secret_value()
    if args.admin_cmd == "staff":
        return await _staff(args, uow, out, estate, now, pepper)
    cmd = args.registry_cmd
    data: dict[str, Any]
    if cmd == "end":
        record = await tenancy.end_link(uow, None, args.tenure, now, on=_day(args.on),
                                        reason=args.reason)
        data = {"ended": _record(record) | {"ended_on": (_day(args.on) or tenancy.local_today(
            estate, now)).isoformat(), "reason": args.reason}}
        return out.done(data, "admin-registry-done", lines=_line(data["ended"]))
    if cmd == "sale":
        sale = await tenancy.record_sale(uow, None, estate, args.unit, args.owner, now,
                                         pepper=pepper, created_by="cli", on=_day(args.on))
        data = {"unit": sale.unit.label, "owner": sale.owner.id, "code": sale.code,
                "ended": [r.tenure.id for r in sale.ended]}
        return out.done(data, "admin-registry-done", lines=f"{sale.unit.label}: "
                        f"{sale.owner.name}, code {sale.code}; ended {len(sale.ended)}")
    if cmd == "add":
        record, code = await tenancy.add_link(uow, None, estate, args.unit,
                                              Relation(args.relation), args.name, now,
                                              pepper=pepper, created_by="cli", on=_day(args.on))
        data = {"added": _record(record), "code": code}
        return out.done(data, "admin-registry-done", lines=f"{_line(data['added'])}\ncode {code}")
    unit = await tenancy.unit_of(uow, estate, args.unit)
    links = [_record(r) for r in await uow.tenures.history_for_unit(unit.id)]
    return out.done({"unit": unit.label, "links": links}, "admin-registry-done",
                    lines="\n".join(_line(r) for r in links) or "-")


async def _staff(args: argparse.Namespace, uow: SqlUnitOfWork, out: Out, estate: Estate,
                 now: datetime, pepper: str) -> int:
    if args.staff_cmd == "deactivate":
        returned = await team.deactivate(uow, None, estate, args.person, now)
        return out.done({"person": args.person, "returned": [t.number for t in returned]},
                        "admin-registry-done",
                        lines=f"deactivated; {len(returned)} job(s) back with the crew")
    if args.staff_cmd == "code":
        issued = await team.reissue_codes(uow, None, estate, args.person, now, pepper=pepper,
                                          created_by="cli")
        items = [{"role": s.role.value, "trade": s.trade.value if s.trade else None,
                  "code": c} for s, c in issued]
        return out.done({"person": args.person, "codes": items}, "admin-registry-done",
                        lines="\n".join(f"{s.role.value}\t{c}" for s, c in issued))
    members = await uow.staff.members(estate.id)
    roles = {m.person.id: [s.role.value + (f":{s.trade.value}" if s.trade else "")
                           for s in m.roles] for m in members}
    staff: list[dict[str, Any]] = [
        {"person": m.person.id, "name": m.person.name, "on_call": m.on_call,
         "roles": roles[m.person.id]} for m in members]
    return out.done({"staff": staff}, "admin-registry-done", lines="\n".join(
        f"#{m.person.id}\t{m.person.name}\t{', '.join(roles[m.person.id])}"
        for m in members) or "-")
