"""The survey spreadsheet (the office works in Excel): one sheet per table, shares as
percentages, and the Pareto sheet with Excel's own bar-and-cumulative-line chart."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

# openpyxl (and the numpy and Pillow it brings) is imported when a workbook is made: the
# running bot needs it once a quarter and should not carry it all the time.
HEADER_COLOUR = "D6EAF8"
VITAL_COLOUR = "F5B7B1"


@dataclass
class Sheet:
    title: str
    header: list[str]
    rows: list[list[Any]]
    percent: set[int] = field(default_factory=set)   # 0-based columns shown as %
    highlight: list[bool] | None = None               # rows to fill (the vital few)
    pareto: tuple[str, str] | None = None              # (count title, cumulative title)


def workbook(sheets: list[Sheet]) -> bytes:
    """Write the sheets to XLSX bytes."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    header_fill = PatternFill("solid", fgColor=HEADER_COLOUR)
    vital_fill = PatternFill("solid", fgColor=VITAL_COLOUR)
    book = Workbook()
    book.remove(book.active)
    for spec in sheets:
        ws = book.create_sheet(spec.title[:31])
        ws.append(spec.header)
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.fill = header_fill
        for i, row in enumerate(spec.rows):
            ws.append(row)
            for col in spec.percent:
                ws.cell(row=i + 2, column=col + 1).number_format = "0.0%"
            if spec.highlight and spec.highlight[i]:
                for cell in ws[i + 2]:
                    cell.fill = vital_fill
        for col, title in enumerate(spec.header, start=1):
            longest = max([len(str(title))] + [len(str(r[col - 1])) for r in spec.rows
                                                if col - 1 < len(r) and r[col - 1] is not None])
            ws.column_dimensions[get_column_letter(col)].width = min(60, max(10, longest * 2))
        ws.freeze_panes = "A2"
        if spec.pareto and spec.rows:
            _pareto_chart(ws, len(spec.rows), *spec.pareto)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _pareto_chart(ws: Any, n: int, count_title: str, cumulative_title: str) -> None:
    """Columns: B problem, C count, E cumulative share (as laid out by the report)."""
    from openpyxl.chart import BarChart, LineChart, Reference
    from openpyxl.utils import get_column_letter

    bars = BarChart()
    bars.title = ws.title
    bars.y_axis.title = count_title
    bars.add_data(Reference(ws, min_col=3, min_row=1, max_row=n + 1), titles_from_data=True)
    bars.set_categories(Reference(ws, min_col=2, min_row=2, max_row=n + 1))
    line = LineChart()
    line.add_data(Reference(ws, min_col=5, min_row=1, max_row=n + 1), titles_from_data=True)
    line.y_axis.axId = 200
    line.y_axis.title = cumulative_title
    line.y_axis.number_format = "0%"
    line.y_axis.scaling.min = 0
    line.y_axis.scaling.max = 1
    line.y_axis.crosses = "max"
    bars += line
    bars.width, bars.height = 24, 12
    ws.add_chart(bars, f"{get_column_letter(8)}2")
