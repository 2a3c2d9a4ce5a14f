"""Reading the office's spreadsheets: CSV or XLSX, first row is the header."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

MAX_ROWS = 100_000


class TableError(Exception):
    """The file cannot be read as a table."""


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_table(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(row number in the file, row as a dict keyed by lower-case header names)."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a broken file
            raise TableError(f"not a readable XLSX file ({type(exc).__name__})") from None
        sheet = book.worksheets[0]
        raw = [[_cell(c) for c in row] for row in sheet.iter_rows(values_only=True)]
        book.close()
    elif suffix in {".csv", ".txt"}:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise TableError("CSV must be UTF-8") from None
        raw = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text))]
    else:
        raise TableError("use a .csv or .xlsx file")
    numbered = [(n, r) for n, r in enumerate(raw, start=1) if any(r)]
    if not numbered:
        raise TableError("the file is empty")
    if len(numbered) > MAX_ROWS:
        raise TableError(f"more than {MAX_ROWS} rows")
    header = [h.strip().lower().replace(" ", "_") for h in numbered[0][1]]
    return [(n, dict(zip(header, row + [""] * (len(header) - len(row)), strict=False)))
            for n, row in numbered[1:]]
