"""What the office files: charts, spreadsheets, pass images and reports."""
