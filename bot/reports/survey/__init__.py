"""The quarterly survey's summary: texts, charts and workbook."""
