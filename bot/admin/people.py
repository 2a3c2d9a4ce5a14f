"""`propdesk admin registry ...`: registry changes with their history, from the command line
(the same use cases as the chat)."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from bot.admin.output import Out
from bot.settings import Settings
from domain import tenancy
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

