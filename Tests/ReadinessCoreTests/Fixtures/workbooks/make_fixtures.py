#!/usr/bin/env python3
"""Writes the workbook fixtures with real producers (openpyxl and XlsxWriter, from PyPI), so
the reader is tested against files it did not write itself. The .xlsx files are committed; the
tests need no Python. Run in a virtual environment with `pip install openpyxl XlsxWriter`:
    python3 make_fixtures.py"""
import datetime as dt

import openpyxl
import xlsxwriter
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

# openpyxl: shared strings, a title row merged across, a header below it, dates and date-times,
# a formula with no cached value (openpyxl never computes one), rich text, a merged column,
# a blank row.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Action plan"
sheet["A1"] = "Northfield action plan"
sheet.merge_cells("A1:E1")
sheet.append([])
sheet.append(["Ref", "Theme", "Due", "Updated", "Score", "Twice", "Note"])
sheet.append(["A1", "Leaders", dt.date(2026, 12, 1), dt.datetime(2026, 11, 20, 14, 30), 4.5, "=E4*2",
              CellRichText([TextBlock(InlineFont(b=True), "Bold"), " and plain"])])
sheet.append(["A2", None, dt.date(2027, 1, 31), dt.datetime(2026, 11, 21), 12, "=E5*2", "x & <y>"])
sheet.merge_cells("B4:B5")
sheet.append([])
sheet.append(["A3", "Care", dt.date(2026, 2, 28), None, True, None, "line one\nline two"])
book.save("openpyxl-types.xlsx")

# XlsxWriter: the 1904 date system, formulas with cached values, a rich string, a merged range.
book = xlsxwriter.Workbook("xlsxwriter-1904.xlsx", {"date_1904": True})
sheet = book.add_worksheet("Plan")
date = book.add_format({"num_format": "d mmm yyyy"})
stamp = book.add_format({"num_format": "dd/mm/yyyy hh:mm"})
bold = book.add_format({"bold": True})
sheet.write_row(0, 0, ["Ref", "Due", "At", "Total", "Rich"])
sheet.write_string(1, 0, "B1")
sheet.write_datetime(1, 1, dt.datetime(2026, 12, 1), date)
sheet.write_datetime(1, 2, dt.datetime(2026, 12, 1, 9, 5), stamp)
sheet.write_formula(1, 3, "=1+2", None, 3)
sheet.write_rich_string(1, 4, bold, "Very", " good")
sheet.merge_range(2, 0, 2, 1, "Merged", None)
sheet.write_formula(2, 3, '="a"&"b"', None, "ab")
sheet.write_boolean(2, 4, False)
book.close()

# XlsxWriter in constant-memory mode: inline strings, as the benchmark's workbook is written,
# with a sheet of notes before the list and trailing blank rows.
book = xlsxwriter.Workbook("xlsxwriter-inline.xlsx", {"constant_memory": True})
book.add_worksheet("Notes").write_string(0, 0, "Synthetic data")
sheet = book.add_worksheet("List 8")
date = book.add_format({"num_format": "dd/mm/yyyy"})
sheet.write_string(0, 0, "Annex A list 8 (synthetic)")
sheet.write_row(2, 0, ["Child Unique ID", "Age of Child (Years)", "Date Started to be Looked After",
                       "Date of Last Social Work Visit", "Allocated Team"])
for r, (age, start, visit, team) in enumerate([
        (7, dt.datetime(2020, 5, 1), dt.datetime(2026, 11, 16), "Care 1"),
        (3, dt.datetime(2025, 1, 17), dt.datetime(2026, 9, 1), "Care 2"),
        (15, dt.datetime(2019, 8, 27), None, "Care 1")], start=3):
    sheet.write_string(r, 0, f"C{r}")
    sheet.write_number(r, 1, age)
    sheet.write_datetime(r, 2, start, date)
    if visit:
        sheet.write_datetime(r, 3, visit, date)
    sheet.write_string(r, 4, team)
sheet.write_blank(7, 0, None, date)
book.close()
