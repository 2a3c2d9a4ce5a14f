"""`propdesk admin renovation`: the estate's renovation settings, and the office's records
(applications, renovation log, violation notices, workers, passes) as one spreadsheet."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.cli import main
from domain.renovation import review as renovation
from domain.renovation import site as renovation_site
from domain.renovation import works as renovation_works
from domain.renovation.model import Decision
from domain.tickets import Status
from store.db import Database
from tests.store.renovation_office import build_reno_office, reno_draft, run

FRI_10 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
DEC1_15 = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)


async def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = await asyncio.to_thread(main, ["admin", "--json", *args])
    return code, json.loads(capsys.readouterr().out.strip().splitlines()[-1])


async def test_settings_and_export(sqlite_url: str, sqlite_db: Database, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PROPDESK_DATABASE__URL", sqlite_url)
    monkeypatch.delenv("PROPDESK_CONFIG", raising=False)
    office = await build_reno_office(sqlite_db, FRI_10)
    rules = tmp_path / "rules.txt"
    rules.write_text("No drilling after 18:00.\nDebris out every day.", encoding="utf-8")
    code, out = await cli(capsys, "renovation", "settings", "--estate", "HV", "--fee", "3000",
                          "--inspection-times", "09:30, 14:30", "--rules-file", str(rules))
    assert code == 0, out
    assert (out["settings"]["fee"], out["settings"]["deposit"]) == (3000, 10000)
    assert out["settings"]["inspection_times"] == ["09:30", "14:30"]
    assert out["settings"]["rules"] == "custom"
    code, out = await cli(capsys, "renovation", "settings", "--estate", "HV",
                          "--retention-days", "0")
    assert code == 1 and "retention_days" in out["error"]
    code, out = await cli(capsys, "renovation", "settings", "--estate", "HV",
                          "--inspection-times", "25:00")
    assert code == 1

    t = await run(sqlite_db, renovation.submit_renovation, office.resident,
                  reno_draft(office, date(2026, 12, 1), date(2026, 12, 10)), FRI_10)
    for step, who in ((Status.DESK_CHECK, office.desk), (Status.TECH_REVIEW, office.supervisor),
                      (Status.MANAGER_REVIEW, office.manager)):
        await run(sqlite_db, renovation.review, who, t.id, step, Decision.APPROVE, FRI_10)
    await run(sqlite_db, renovation_works.record_payment, office.desk, t.id, True, FRI_10)
    rounds = await run(sqlite_db, renovation_site.sweep_site, DEC1_15)
    await run(sqlite_db, renovation_site.record_inspection, office.supervisor,
              rounds.prompted[0], False, DEC1_15, note="Debris in the corridor")

    target = tmp_path / "records.xlsx"
    code, out = await cli(capsys, "renovation", "export", "--estate", "HV", "--out",
                          str(target), "--locale", "en")
    assert code == 0, out
    assert (out["apps"], out["inspections"], out["notices"], out["workers"],
            out["passes"]) == (1, 1, 1, 2, 2)
    book = load_workbook(target)
    assert book.sheetnames == ["Applications", "Renovation log", "Violation notices",
                               "Workers", "Passes"]
    apps = list(book["Applications"].iter_rows(values_only=True))
    assert apps[1][0] == "F-2026-000001" and apps[1][9] == "works in progress"
    assert apps[1][13:15] == (3000, 10000)  # the fee and deposit of the estate at approval
    log = list(book["Renovation log"].iter_rows(values_only=True))
    assert log[1][1] == "14:30" and log[1][5] == "violation"
    notices = list(book["Violation notices"].iter_rows(values_only=True))
    assert notices[1][0] == "F-2026-000001-V1" and notices[1][4] == "Debris in the corridor"
    workers = list(book["Workers"].iter_rows(values_only=True))
    assert [w[2] for w in workers[1:]] == ["Ho Ka Ming", "Lam Siu Fung"]
    passes = list(book["Passes"].iter_rows(values_only=True))
    assert [p[0] for p in passes[1:]] == ["F-2026-000001-P01", "F-2026-000001-P02"]
    code, out = await cli(capsys, "renovation", "export", "--estate", "HV", "--out",
                          str(tmp_path / "zh.xlsx"))
    assert code == 0 and load_workbook(tmp_path / "zh.xlsx").sheetnames[1] == "裝修管理日誌"
