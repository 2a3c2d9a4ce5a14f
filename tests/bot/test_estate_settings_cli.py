"""`propdesk admin estate set`: the office turns complaint settings on and off."""

from __future__ import annotations

import json
import os
import sqlite3

from domain.complaints.handling import ComplaintPolicy
from domain.model import Estate
from tests.bot.test_admin_cli import cli  # noqa: F401  (the fixture)


def test_set_complaint_settings(cli) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert cli("estate", "create", "--code", "HV", "--name", "Harbour View")[0] == 0
    code, out = cli("estate", "set", "--estate", "HV", "complaints.show_staff_names", "true")
    assert (code, out["value"]) == (0, True)
    code, out = cli("estate", "set", "--estate", "HV", "complaints.remind_hours", "[24, 6, 1]")
    assert (code, out["value"]) == (0, [24, 6, 1])
    code, out = cli("estate", "set", "--estate", "HV", "Complaints!", "1")
    assert code == 1 and "not a setting name" in out["error"]
    code, out = cli("estate", "set", "--estate", "HV", "complaints.show_staff_names.x", "1")
    assert code == 1 and "not a setting name" in out["error"]
    code, out = cli("estate", "set", "--estate", "HV", "locale", "fr")
    assert code == 1 and "not allowed" in out["error"]
    path = os.environ["PROPDESK_DATABASE__URL"].removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        (raw,) = conn.execute("SELECT settings FROM estates").fetchone()
    estate = Estate(1, "HV", "HV", "Asia/Hong_Kong", "", settings=json.loads(raw))
    policy = ComplaintPolicy.of(estate)
    assert (policy.show_staff_names, policy.remind_hours, policy.reply_hours) == \
        (True, (24, 6, 1), 72)
