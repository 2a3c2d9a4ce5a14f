"""`propdesk admin survey ...`: plan, list and cancel quarterly surveys; print the questions."""

from __future__ import annotations

import argparse
import json
import secrets
import sys
from datetime import date, datetime
from typing import TYPE_CHECKING

from bot.reports.survey.text import day, last_day
from domain import registry
from domain.errors import DomainError, InvalidInput
from domain.survey import campaigns as surveys
from domain.survey.definition import default_definition, parse_definition
from domain.survey.model import HouseholdStatus, Quarter
from store.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from bot.admin.output import Out


def _days(raw: str | None) -> tuple[int, ...] | None:
    if raw is None:
        return None
    try:
        return tuple(int(x) for x in raw.replace(" ", "").split(",") if x)
    except ValueError:
        raise DomainError("admin-survey-bad-days") from None


def _request(args: argparse.Namespace) -> surveys.CampaignRequest:
    definition = None
    if args.questions is not None:
        try:
            raw = json.loads(args.questions.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DomainError("admin-survey-bad-file", error=str(exc)[:200]) from None
        definition = parse_definition(raw)
    try:
        send_on = date.fromisoformat(args.send_on) if args.send_on else None
    except ValueError:
        raise InvalidInput("admin-need-day") from None
    return surveys.CampaignRequest(quarter=args.quarter, share=args.share, send_on=send_on,
                                   window_days=args.window, reminder_days=_days(args.reminders),
                                   definition=definition, named=args.named)


async def run(args: argparse.Namespace, uow: SqlUnitOfWork, out: Out, now: datetime) -> int:
    if args.survey_cmd == "questions":
        sys.stdout.write(json.dumps(default_definition().to_json(), ensure_ascii=False,
                                    indent=None if out.as_json else 2) + "\n")
        return 0
    estate = await registry.estate_by_code(uow, args.estate)
    if args.survey_cmd == "create":
        seed = args.seed if args.seed is not None else secrets.randbits(32)
        c = await surveys.create_campaign(uow, None, estate, _request(args), now, seed=seed)
        homes = await uow.surveys.households(c.id)
        return out.done({"id": c.id, "quarter": c.quarter, "households": len(homes),
                         "units": [h.unit_label for h in homes],
                         "repeats": [h.unit_label for h in homes if h.repeat],
                         "send_on": c.send_on.isoformat(), "send_at": c.send_at,
                         "closes_at": c.closes_at, "report_due_at": c.report_due_at,
                         "reminders": list(c.reminders), "seed": seed, "named": c.named,
                         "sample": c.sample_info},
                        "admin-survey-created", estate=estate.code, quarter=c.quarter,
                        households=len(homes), send=day(c.send_at, estate.tz),
                        close=last_day(c, estate.tz), due=day(c.report_due_at, estate.tz))
    if args.survey_cmd == "list":
        items = []
        for c in await uow.surveys.campaigns(estate.id, limit=40):
            homes = await uow.surveys.households(c.id)
            items.append({"id": c.id, "quarter": c.quarter, "status": c.status.value,
                          "send_on": c.send_on.isoformat(), "households": len(homes),
                          "answered": sum(h.status is HouseholdStatus.ANSWERED for h in homes),
                          "rate": (c.results or {}).get("rate")})
        lines = "\n".join(f"{i['quarter']}\t{i['status']}\t{i['send_on']}\t"
                          f"{i['answered']}/{i['households']}" for i in items)
        return out.done({"surveys": items}, "admin-survey-list", lines=lines or "-")
    quarter = Quarter.parse(args.quarter).label
    found = await uow.surveys.campaign_for_quarter(estate.id, quarter)
    if found is None:
        raise DomainError("admin-survey-no-campaign", quarter=quarter)
    await surveys.cancel_campaign(uow, None, found.id, now)
    return out.done({"id": found.id, "quarter": quarter}, "admin-survey-cancelled",
                    quarter=quarter)
