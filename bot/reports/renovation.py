"""The office's renovation records as one spreadsheet (source 五(七)): applications, the
renovation log (inspections), violation notices, worker records, pass issue and return."""

from __future__ import annotations

import io
from typing import Any

from bot.i18n import Translator
from bot.notices.cards import stamp
from conversations.renovation.cards import works_list
from domain.model import Estate, Locale
from domain.renovation.model import InspectionResult
from store.uow import SqlUnitOfWork


def _sheet(book: Any, title: str, header: str, rows: list[list[Any]]) -> None:
    from openpyxl.styles import Font

    sheet = book.create_sheet(title[:31])
    sheet.append(header.split("|"))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    sheet.freeze_panes = "A2"
    for column in sheet.columns:
        width = max(len(str(c.value or "")) for c in column)
        sheet.column_dimensions[column[0].column_letter].width = min(max(10, width + 2), 60)


async def workbook(uow: SqlUnitOfWork, estate: Estate, tr: Translator,
                   locale: Locale) -> tuple[bytes, dict[str, int]]:
    """Every application of the estate with its records; returns the XLSX and row counts."""
    tz = estate.tz
    yes, no = tr(locale, "reno-x-yes"), tr(locale, "reno-x-no")
    apps: list[list[Any]] = []
    log: list[list[Any]] = []
    notices: list[list[Any]] = []
    workers: list[list[Any]] = []
    passes: list[list[Any]] = []
    for app in await uow.renovations.in_estate(estate.id):
        ticket = await uow.tickets.get(app.ticket_id)
        unit = await uow.units.get(app.unit_id)
        owner = await uow.people.get(app.owner_id)
        if ticket is None:
            continue
        number, label = ticket.number, unit.label if unit else "?"
        inspections = await uow.renovations.inspections(app.ticket_id)
        missed = sum(1 for i in inspections if i.result is InspectionResult.MISSED)
        apps.append([
            number, label, owner.name if owner else "", works_list(app, tr, locale),
            app.works_text, app.start_date.isoformat(), app.end_date.isoformat(),
            app.contractor, app.contractor_phone, tr(locale, f"status-{ticket.status.value}"),
            stamp(app.submitted_at, tz), app.submissions, stamp(app.approved_at, tz), app.fee,
            app.deposit, stamp(app.paid_at, tz), stamp(app.completed_at, tz),
            stamp(app.passes_returned_at, tz), stamp(app.deposit_settled_at, tz),
            stamp(ticket.closed_at, tz), app.violations,
            sum(1 for i in inspections if i.recorded_at) - missed,
            stamp(app.rules_accepted_at, tz), missed])
        names: dict[int | None, str] = {}
        for i in inspections:
            if i.inspector_id not in names:
                who = await uow.people.get(i.inspector_id) if i.inspector_id else None
                names[i.inspector_id] = who.name if who else ""
            log.append([i.day.isoformat(), i.slot, number, label,
                        tr(locale, f"reno-x-kind-{i.kind.value}"),
                        tr(locale, f"reno-x-result-{i.result.value}"), names[i.inspector_id],
                        stamp(i.recorded_at, tz), i.note or ""])
        for n in await uow.renovations.notices(app.ticket_id):
            notices.append([n.number, number, label, stamp(n.issued_at, tz), n.description,
                            stamp(n.due, tz), tr(locale, f"notice-{n.status.value}"),
                            stamp(n.resolved_at, tz)])
        crew = await uow.renovations.workers(app.ticket_id)
        for w in crew:
            workers.append([number, label, w.name, w.phone,
                            tr(locale, f"reno-x-worker-{w.status.value}"), stamp(w.added_at, tz),
                            yes if w.has_id_photo else no])
        crew_names = {w.id: w.name for w in crew}
        for p in await uow.renovations.passes(app.ticket_id):
            passes.append([p.number, number, label, crew_names.get(p.worker_id, ""),
                           p.valid_from.isoformat(), p.valid_to.isoformat(),
                           stamp(p.issued_at, tz), stamp(p.returned_at, tz)])
    from openpyxl import Workbook  # loaded only when an export is asked for

    book = Workbook()
    assert book.active is not None
    book.remove(book.active)
    titles = tr(locale, "reno-x-sheets").split("|")
    for title, key, rows in zip(titles, ("reno-x-apps", "reno-x-log", "reno-x-notices",
                                         "reno-x-workers", "reno-x-passes"),
                                (apps, log, notices, workers, passes), strict=True):
        _sheet(book, title, tr(locale, key), rows)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), {"apps": len(apps), "inspections": len(log),
                            "notices": len(notices), "workers": len(workers),
                            "passes": len(passes)}
