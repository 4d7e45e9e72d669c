#!/usr/bin/env python3
"""The Python side of the workbook benchmark: reads every sheet of data/annex-a.xlsx whole, with
python-calamine (Rust) or pandas.read_excel (openpyxl), and counts the rows per team of each
sheet, as the least any timeliness count needs. Usage: workbook_read.py calamine|openpyxl DATA_FOLDER"""
import sys

engine, folder = sys.argv[1], sys.argv[2]
path = folder + "/annex-a.xlsx"
counts = {}
if engine == "calamine":
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(path)
    for name in book.sheet_names:
        rows = book.get_sheet_by_name(name).to_python()
        team = rows[0].index("Allocated Team")
        per = {}
        for row in rows[1:]:
            per[row[team]] = per.get(row[team], 0) + 1
        counts[name] = len(per)
else:
    import pandas as pd

    for name, frame in pd.read_excel(path, sheet_name=None, engine="openpyxl").items():
        counts[name] = frame.groupby("Allocated Team").size().shape[0]
print(counts)
