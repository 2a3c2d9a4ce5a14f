"""`propdesk admin ...`: setting up an office from the command line."""

from __future__ import annotations

import argparse
import json
import secrets
from datetime import date, datetime
from pathlib import Path

import segno

from bot.admin import people as admin_people
from bot.admin import survey as admin_survey
from bot.admin.output import Out
from bot.admin.tables import TableError, read_table
from bot.i18n import Translator
from bot.notices import make_publisher
from bot.reports.renovation import workbook
from bot.settings import Settings
from domain import public_days, registry
from domain.calendar import format_hours, parse_hours, zone
from domain.clock import Clock
from domain.errors import DomainError, ImportFailed
from domain.estate_settings import set_estate_setting
from domain.model import CodeKind, Estate, GroupPurpose, Locale, Relation, StaffRole, Trade
from domain.renovation import review as renovation
from store.db import Database
from store.uow import SqlUnitOfWork


async def run(args: argparse.Namespace, settings: Settings, db: Database, clock: Clock) -> int:
    tr = Translator()
    out = Out(args.json, tr)
    publisher = make_publisher(tr, settings, clock.now)
    async with SqlUnitOfWork(db.writer(), publisher=publisher) as uow:
        try:
            code = await _dispatch(args, uow, out, settings, clock)
        except ImportFailed as exc:
            return out.fail(out.t("admin-import-rejected", count=len(exc.errors)),
                            [{"row": n, "message": m} for n, m in exc.errors])
        except DomainError as exc:
            return out.fail(tr(Locale.EN, exc.key, **exc.args_map))
        except TableError as exc:
            return out.fail(str(exc))
        await uow.commit()
        return code


async def _dispatch(args: argparse.Namespace, uow: SqlUnitOfWork, out: Out, settings: Settings,
                    clock: Clock) -> int:
    now = clock.now()
    if args.admin_cmd == "estate":
        return await _estate(args, uow, out, now)
    if args.admin_cmd == "survey":
        return await admin_survey.run(args, uow, out, now)
    estate = await registry.estate_by_code(uow, args.estate)
    if args.admin_cmd == "import":
        rows = read_table(args.file)
        if args.kind == "units":
            report = await registry.import_units(uow, estate, rows)
        else:
            report = await registry.import_people(uow, estate, rows, now.astimezone(
                zone(estate.tz)).date())
        return out.done({"rows": len(rows), **report.__dict__}, "admin-imported",
                        rows=len(rows), buildings=report.buildings, units=report.units,
                        people=report.people, tenures=report.tenures)
    if args.admin_cmd == "qr":
        return await _qr(args, uow, out, settings, estate, now)
    if args.admin_cmd == "renovation":
        return await _renovation(args, uow, out, estate, now)
    if args.admin_cmd in ("registry", "staff"):
        return await admin_people.run(args, uow, out, settings, estate, now)
    kind = CodeKind(args.kind)
    issued = []
    for _ in range(max(1, min(args.count, 500))):
        issued.append(await registry.issue_code(
            uow, kind=kind, estate=estate, now=now, created_by="cli",
            pepper=settings.security.code_pepper.get_secret_value(),
            role=StaffRole(args.role) if args.role else None,
            trade=Trade(args.trade) if args.trade else None,
            purpose=GroupPurpose(args.purpose) if args.purpose else None,
            unit_label=args.unit, relation=Relation(args.relation) if args.relation else None,
            name=args.name, days=args.days))
    username = settings.telegram.bot_username
    links = [f"https://t.me/{username}?start={c}" if username and kind is not CodeKind.GROUP
             else None for c in issued]
    usage = "/link" if kind is CodeKind.GROUP else "/start"
    return out.done({"kind": kind.value, "estate": estate.code, "codes": issued,
                     "links": links, "usage": usage},
                    "admin-codes", count=len(issued), codes="\n".join(issued), usage=usage)


async def _qr(args: argparse.Namespace, uow: SqlUnitOfWork, out: Out, settings: Settings,
              estate: Estate, now: datetime) -> int:
    token = await registry.create_repair_link(uow, estate, now=now, token=secrets.token_urlsafe(9),
                                              unit_label=args.unit, equipment=args.equipment)
    payload = f"repair_{token}"
    username = settings.telegram.bot_username
    link = f"https://t.me/{username}?start={payload}" if username else None
    path = args.out or Path(f"qr-{token}.png")
    segno.make(link or f"/start {payload}", error="m").save(str(path), scale=8, border=2)
    return out.done({"token": token, "start": payload, "link": link, "png": str(path)},
                    "admin-qr", link=link or f"/start {payload}", png=str(path))


async def _renovation(args: argparse.Namespace, uow: SqlUnitOfWork, out: Out, estate: Estate,
                      now: datetime) -> int:
    """The records as one spreadsheet, or the estate's renovation settings."""
    if args.renovation_cmd == "export":
        locale = Locale(args.locale or estate.settings.get("locale", Locale.ZH_HANT.value))
        data, counts = await workbook(uow, estate, out.tr, locale)
        args.out.write_bytes(data)
        return out.done({"path": str(args.out), **counts}, "admin-reno-exported",
                        path=str(args.out), **counts)
    rules = args.rules_file.read_text(encoding="utf-8") if args.rules_file else None
    policy = await renovation.configure(
        uow, estate, now, fee=args.fee, deposit=args.deposit, currency=args.currency,
        review_days=args.review_days, retention_days=args.retention_days,
        rectify_days=args.rectify_days, inspection_times=args.inspection_times, rules=rules)
    shown = {k: v for k, v in policy.__dict__.items() if k != "rules"}
    shown["rules"] = "custom" if policy.rules else "default"
    return out.done({"settings": shown}, "admin-reno-settings", estate=estate.code,
                    settings=json.dumps(shown, ensure_ascii=False))


async def _estate(args: argparse.Namespace, uow: SqlUnitOfWork, out: Out, now: datetime) -> int:
    if args.estate_cmd == "create":
        estate = await registry.create_estate(uow, code=args.code, name=args.name, tz=args.tz,
                                              hours=args.hours, locale=Locale(args.locale),
                                              settings={"locale": args.locale})
        return out.done({"id": estate.id, "code": estate.code, "hours": estate.hours,
                         "tz": estate.tz}, "admin-estate-created", code=estate.code,
                        hours=estate.hours, tz=estate.tz)
    if args.estate_cmd == "list":
        estates = await uow.estates.all()
        items = [{"id": e.id, "code": e.code, "name": e.name, "tz": e.tz, "hours": e.hours,
                  "units": await uow.units.count(e.id)} for e in estates]
        lines = "\n".join(f"{i['code']}\t{i['name']}\t{i['tz']}\t{i['hours']}\t{i['units']}"
                          for i in items)
        return out.done({"estates": items}, "admin-estate-list", lines=lines or "-")
    estate = await registry.estate_by_code(uow, args.estate)
    if args.estate_cmd == "set":
        value = await set_estate_setting(uow, estate, args.key, args.value, now)
        return out.done({"code": estate.code, "key": args.key, "value": value},
                        "admin-setting-set", name=args.key, value=json.dumps(value))
    if args.estate_cmd == "hours":
        spec = format_hours(parse_hours(args.spec))
        await uow.estates.update(estate.id, hours=spec)
        return out.done({"code": estate.code, "hours": spec}, "admin-hours-set", hours=spec)
    if args.action == "list":  # this year's and next year's days off
        year = now.astimezone(zone(estate.tz)).year
        days = await public_days.days_off(uow, estate, range(year, year + 2))
        return out.done({"holidays": [{"day": d.isoformat(), "name": n, "source": src}
                                      for d, n, src in days]},
                        "admin-holiday-list",
                        lines="\n".join(f"{d} {n} ({src})" for d, n, src in days) or "-")
    if not args.day:
        raise DomainError("admin-need-day")
    try:
        day = date.fromisoformat(args.day)
    except ValueError:
        raise DomainError("admin-need-day") from None
    if args.action == "add":
        added = await public_days.add_day(uow, estate, day, args.name or "", now)
        return out.done({"day": day.isoformat(), "added": added}, "admin-holiday-added",
                        day=day.isoformat())
    removed = await public_days.remove_day(uow, estate, day, now)
    return out.done({"day": day.isoformat(), "removed": removed}, "admin-holiday-removed",
                    day=day.isoformat())
