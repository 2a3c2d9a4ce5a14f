"""Arguments of `propdesk admin registry` and `propdesk admin staff` (light: argparse only)."""

from __future__ import annotations

from typing import Any


def add_parsers(asub: Any) -> None:
    reg = asub.add_parser("registry", help="owners, tenants and proxies: changes and history")
    rsub = reg.add_subparsers(dest="registry_cmd", required=True)
    show = rsub.add_parser("show", help="a unit's links, current and ended")
    end = rsub.add_parser("end", help="end one link (a tenant moves out, a proxy is removed)")
    sale = rsub.add_parser("sale", help="a new owner from a date; every current link ends")
    add = rsub.add_parser("add", help="a co-owner, tenant or proxy (prints their code)")
    for p in (show, end, sale, add):
        p.add_argument("--estate", required=True)
    for p in (show, sale, add):
        p.add_argument("--unit", required=True)
    end.add_argument("--tenure", type=int, required=True, help="the id `registry show` prints")
    end.add_argument("--reason", choices=["moved-out", "removed"], default="moved-out")
    sale.add_argument("--owner", required=True, help="the new owner's name")
    add.add_argument("--relation", required=True,
                     choices=["co_owner", "tenant", "proxy"])
    add.add_argument("--name", required=True)
    for p in (end, sale, add):
        p.add_argument("--on", help="YYYY-MM-DD (default: today)")
    staff = asub.add_parser("staff", help="list staff, deactivate someone, issue new codes")
    ssub = staff.add_subparsers(dest="staff_cmd", required=True)
    listing = ssub.add_parser("list")
    off = ssub.add_parser("deactivate", help="roles and on-call end; open jobs go back")
    code = ssub.add_parser("code", help="new codes for the person's roles")
    for p in (listing, off, code):
        p.add_argument("--estate", required=True)
    for p in (off, code):
        p.add_argument("--person", type=int, required=True, help="the id `staff list` prints")
