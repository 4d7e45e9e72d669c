#!/usr/bin/env python3
"""Writes a benchmark site's Annex A lists (data/annex-a/list-N.csv) as one workbook,
data/annex-a.xlsx, a sheet per list ("List N"), with XlsxWriter in constant-memory mode: dates
as date cells, ages as numbers, the rest as text (inline strings, as that mode writes them).
Usage: annex_workbook.py [--shared-strings] SOURCE_SITE TARGET_SITE (the target gets a copy of
the source with the workbook in place of the folder). With --shared-strings the text goes in a
shared-strings table, as Excel saves it (XlsxWriter's default mode: slower, and it holds the whole
workbook in memory while writing)."""
import csv
import datetime as dt
import os
import shutil
import sys

import xlsxwriter

shared = "--shared-strings" in sys.argv[1:]
source, target = [a for a in sys.argv[1:] if a != "--shared-strings"]
shutil.copytree(source, target, ignore=shutil.ignore_patterns("annex-a"))
folder = os.path.join(source, "data", "annex-a")
book = xlsxwriter.Workbook(os.path.join(target, "data", "annex-a.xlsx"), {"constant_memory": not shared})
date = book.add_format({"num_format": "dd/mm/yyyy"})
for name in sorted(os.listdir(folder)):
    number = name.removeprefix("list-").removesuffix(".csv")
    sheet = book.add_worksheet(f"List {number}")
    with open(os.path.join(folder, name), newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        sheet.write_row(0, 0, header)
        dates = [k for k, h in enumerate(header) if h.startswith("Date")]
        numbers = [k for k, h in enumerate(header) if h.startswith("Age")]
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                if value == "":
                    continue
                if c in dates:
                    sheet.write_datetime(r, c, dt.datetime.strptime(value, "%Y-%m-%d"), date)
                elif c in numbers:
                    sheet.write_number(r, c, int(value))
                else:
                    sheet.write_string(r, c, value)
book.close()
