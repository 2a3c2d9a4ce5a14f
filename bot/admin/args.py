"""Arguments of `propdesk admin` (kept light: parsed before anything heavy is imported)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from domain.model import CodeKind, GroupPurpose, Locale, Relation, StaffRole, Trade


def add_parser(sub: Any) -> None:
    admin = sub.add_parser("admin", help="set up estates, registry and codes")
    admin.add_argument("--json", action="store_true", help="machine-readable output")
    asub = admin.add_subparsers(dest="admin_cmd", required=True)

    estate = asub.add_parser("estate", help="estates, office hours, holidays")
    esub = estate.add_subparsers(dest="estate_cmd", required=True)
    create = esub.add_parser("create")
    create.add_argument("--code", required=True)
    create.add_argument("--name", required=True)
    create.add_argument("--tz", default="Asia/Hong_Kong")
    create.add_argument("--hours", default="mon-fri 08:30-18:00; sat-sun 09:00-17:00")
    create.add_argument("--locale", default="zh-Hant", choices=[loc.value for loc in Locale])
    esub.add_parser("list")
    hours = esub.add_parser("hours")
    hours.add_argument("--estate", required=True)
    hours.add_argument("spec")
    setting = esub.add_parser("set", help="one estate setting, e.g. complaints.show_staff_names")
    setting.add_argument("--estate", required=True)
    setting.add_argument("key")
    setting.add_argument("value", help="JSON (true, 24, [24, 6]) or text")
    hol = esub.add_parser("holiday")
    hol.add_argument("action", choices=["add", "remove", "list"])
    hol.add_argument("--estate", required=True)
    hol.add_argument("--day", help="YYYY-MM-DD")
    hol.add_argument("--name", default="")

    imp = asub.add_parser("import", help="units or people from CSV/XLSX")
    imp.add_argument("kind", choices=["units", "people"])
    imp.add_argument("--estate", required=True)
    imp.add_argument("file", type=Path)

    qr = asub.add_parser("qr", help="a repair QR code for a unit or shared equipment")
    qr.add_argument("--estate", required=True)
    qr.add_argument("--unit")
    qr.add_argument("--equipment")
    qr.add_argument("--out", type=Path, help="PNG file to write (default: qr-<token>.png)")

    reno = asub.add_parser("renovation", help="renovation records (XLSX) and settings")
    rsub = reno.add_subparsers(dest="renovation_cmd", required=True)
    export = rsub.add_parser("export", help="applications, log, notices, workers, passes")
    export.add_argument("--estate", required=True)
    export.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    export.add_argument("--locale", choices=[loc.value for loc in Locale],
                        help="language of the sheets (default: the estate's)")
    rset = rsub.add_parser("settings", help="fees, deposit, retention, rounds, rules text")
    rset.add_argument("--estate", required=True)
    rset.add_argument("--fee", type=int)
    rset.add_argument("--deposit", type=int)
    rset.add_argument("--currency")
    rset.add_argument("--review-days", type=int)
    rset.add_argument("--retention-days", type=int)
    rset.add_argument("--rectify-days", type=int)
    rset.add_argument("--inspection-times", help='for example "10:00,15:00"')
    rset.add_argument("--rules-file", type=Path, help="the estate's renovation rules (UTF-8)")

    code = asub.add_parser("code", help="issue a one-time code")
    code.add_argument("kind", choices=[k.value for k in CodeKind if k is not CodeKind.CONTRACTOR])
    code.add_argument("--estate", required=True)
    code.add_argument("--role", choices=[r.value for r in StaffRole])
    code.add_argument("--trade", choices=[t.value for t in Trade])
    code.add_argument("--purpose", choices=[p.value for p in GroupPurpose])
    code.add_argument("--unit")
    code.add_argument("--relation", choices=[r.value for r in Relation])
    code.add_argument("--name")
    code.add_argument("--days", type=int)
    code.add_argument("--count", type=int, default=1)

    from bot.admin.people_args import add_parsers as registry_parsers

    registry_parsers(asub)

    survey = asub.add_parser("survey", help="quarterly satisfaction surveys (業主評議表)")
    ssub = survey.add_subparsers(dest="survey_cmd", required=True)
    create = ssub.add_parser("create", help="plan a quarter's survey and record its sample")
    create.add_argument("--estate", required=True)
    create.add_argument("--quarter", help="for example 2026Q4 (default: this quarter while "
                                          "its send date is ahead, else the next)")
    create.add_argument("--share", type=float,
                        help="share of occupied households to ask (default 0.2)")
    create.add_argument("--send-on", help="YYYY-MM-DD (default: the 15th of the quarter's "
                                          "last month)")
    create.add_argument("--window", type=int, help="days to answer (default 15)")
    create.add_argument("--reminders", help="days after sending, for example 5,12")
    create.add_argument("--questions", type=Path,
                        help="JSON file of questions (see `admin survey questions`)")
    named = create.add_mutually_exclusive_group()
    named.add_argument("--named", dest="named", action="store_true", default=None,
                       help="the office sees who answered what")
    named.add_argument("--anonymous", dest="named", action="store_false")
    create.add_argument("--seed", type=int, help="random seed of the sample (to repeat it)")
    listing = ssub.add_parser("list", help="the estate's surveys")
    listing.add_argument("--estate", required=True)
    cancel = ssub.add_parser("cancel", help="cancel a survey that has not closed")
    cancel.add_argument("--estate", required=True)
    cancel.add_argument("--quarter", required=True)
    ssub.add_parser("questions", help="print the default questions as JSON, to edit")
