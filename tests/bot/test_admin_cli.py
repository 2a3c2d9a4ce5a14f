"""`propdesk admin`: estates, registry imports (all or nothing, row-numbered), codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from bot.cli import main
from domain import codes
from store.migrate import upgrade


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'admin.db'}"
    upgrade(url)
    monkeypatch.setenv("PROPDESK_DATABASE__URL", url)
    monkeypatch.delenv("PROPDESK_CONFIG", raising=False)

    def run(*args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
        code = main(["admin", "--json", *args])
        out = capsys.readouterr().out.strip().splitlines()
        return code, json.loads(out[-1])

    return run


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_estate_hours_and_holidays(cli) -> None:  # type: ignore[no-untyped-def]
    code, out = cli("estate", "create", "--code", "HV", "--name", "Harbour View",
                    "--hours", "mon-fri 08:30-18:00; sat-sun 09:00-17:00")
    assert code == 0 and out["hours"] == "mon-fri 08:30-18:00; sat-sun 09:00-17:00"
    assert cli("estate", "create", "--code", "HV", "--name", "again")[1]["error"] \
        == "An estate with code HV already exists."
    code, out = cli("estate", "create", "--code", "X", "--name", "X", "--tz", "Mars/Base")
    assert code == 1 and "Unknown time zone Mars/Base" in out["error"]
    code, out = cli("estate", "create", "--code", "Y", "--name", "Y", "--hours", "mon 18:00-09:00")
    assert code == 1 and "Cannot read office hours" in out["error"]
    assert cli("estate", "holiday", "add", "--estate", "HV", "--day", "2026-12-25",
               "--name", "Xmas")[0] == 0
    days = cli("estate", "holiday", "list", "--estate", "HV")[1]["holidays"]
    # The estate's own beside Hong Kong's public holidays (this year's and next year's).
    assert {"day": "2026-12-25", "name": "Xmas", "source": "estate"} in days
    public = [h for h in days if h["source"] == "public"]
    assert len(public) >= 17
    # The office works on a public holiday: it leaves the list (kept in calendar.open_days).
    assert cli("estate", "holiday", "remove", "--estate", "HV", "--day", public[0]["day"])[0] == 0
    after = cli("estate", "holiday", "list", "--estate", "HV")[1]["holidays"]
    assert public[0]["day"] not in {h["day"] for h in after} and len(after) == len(days) - 1
    assert cli("estate", "holiday", "add", "--estate", "HV", "--day", "25/12")[0] == 1
    assert [e["code"] for e in cli("estate", "list")[1]["estates"]] == ["HV"]


def test_import_is_all_or_nothing_with_row_numbers(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("estate", "create", "--code", "HV", "--name", "Harbour View")
    bad = write_csv(tmp_path / "units.csv",
                    "building,unit,floor,usable_area\nA,12B,12,55.5\n\nA,,3,x\nB,1C,1,-4\nA,12B,12,1\n")
    code, out = cli("import", "units", "--estate", "HV", str(bad))
    assert code == 1
    assert {(e["row"], e["message"]) for e in out["errors"]} == {
        (4, "unit: missing"), (4, "usable_area: not a number (x)"),
        (5, "usable_area: out of range"), (6, "unit A-12B appears twice")}
    assert cli("estate", "list")[1]["estates"][0]["units"] == 0
    good = write_csv(tmp_path / "ok.csv", "Building,Unit,Floor\nA,12B,12\nA,3A,3\nB,1C,1\n")
    code, out = cli("import", "units", "--estate", "HV", str(good))
    assert code == 0 and (out["buildings"], out["units"]) == (2, 3)

    book = Workbook()
    sheet = book.active
    sheet.append(["building", "unit", "relation", "name", "phone", "lease_start", "lease_end"])
    sheet.append(["A", "12B", "owner", "Chan Tai Man", "+852 9123 4567", None, None])
    sheet.append(["B", "1C", "tenant", "Lee", "12", "2026-01-01", "2025-01-01"])
    sheet.append(["C", "9Z", "landlord", "", None, None, None])
    book.save(tmp_path / "people.xlsx")
    code, out = cli("import", "people", "--estate", "HV", str(tmp_path / "people.xlsx"))
    assert code == 1
    rows = {e["row"] for e in out["errors"]}
    assert rows == {3, 4}
    sheet.delete_rows(3, 2)
    book.save(tmp_path / "people.xlsx")
    code, out = cli("import", "people", "--estate", "HV", str(tmp_path / "people.xlsx"))
    assert code == 0 and (out["people"], out["tenures"]) == (1, 1)


def test_codes_print_as_json(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("estate", "create", "--code", "HV", "--name", "Harbour View")
    cli("import", "units", "--estate", "HV",
        str(write_csv(tmp_path / "u.csv", "building,unit\nA,12B\n")))
    code, out = cli("code", "staff", "--estate", "HV", "--role", "crew", "--trade", "plumbing",
                    "--count", "3")
    assert code == 0 and len(out["codes"]) == 3 and out["usage"] == "/start"
    assert all(codes.looks_like_code(c) for c in out["codes"])
    assert cli("code", "staff", "--estate", "HV", "--role", "crew")[1]["error"] \
        == "Crew codes need --trade."
    code, out = cli("code", "group", "--estate", "HV", "--purpose", "desk")
    assert code == 0 and out["usage"] == "/link"
    code, out = cli("code", "resident", "--estate", "HV", "--unit", "a-12b",
                    "--relation", "tenant")
    assert code == 0 and len(out["codes"]) == 1
    code, out = cli("code", "resident", "--estate", "HV", "--unit", "Z-1", "--relation", "owner")
    assert code == 1 and "no unit Z-1" in out["error"]
    assert cli("code", "staff", "--estate", "NOPE", "--role", "desk")[1]["error"] \
        == "No estate with code NOPE."
