"""Makes the messy-export fixture: the sample data (data/) as a council's exports really come.

The workbooks are written by openpyxl, a real producer, and committed; the tests do not need
Python. Run from the repository root, in a virtual environment with openpyxl:

    python3 -m venv /tmp/xl && /tmp/xl/bin/pip install openpyxl
    /tmp/xl/bin/python Tests/ReadinessCoreTests/Fixtures/messy-export/make-workbooks.py

The data is the sample's, so the site built from this folder must equal the sample's site
(MessyExportTests): only its form is messy. Title rows above the headings, the council's own
headings (mapped in settings.yaml), extra columns (ignored there), dates in every form Excel
users type or export, statuses and directions in the council's words, themes and committees
by name, a totals row, trailing blank rows, sheets in any order.
"""

import csv
import datetime
import os
import random
import shutil

from openpyxl import Workbook
from openpyxl.styles import Font

ROOT = "data"
OUT = "Tests/ReadinessCoreTests/Fixtures/messy-export/data"
rng = random.Random(14)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]


def rows(name):
    with open(os.path.join(ROOT, name), encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def parse(text):
    text = text.strip()
    if not text:
        return None
    if "-" in text and len(text) == 10 and text[4] == "-":
        return datetime.date.fromisoformat(text)
    d, m, y = text.split("/")
    return datetime.date(int(y), int(m), int(d))


def serial(day):
    return (day - datetime.date(1899, 12, 30)).days


def messy_date(ws, row, col, text):
    """Writes a date in one of the forms councils' exports hold."""
    day = parse(text)
    cell = ws.cell(row=row, column=col)
    if day is None:
        return
    form = rng.randrange(7)
    if form == 0:
        cell.value = day
        cell.number_format = "dd/mm/yyyy"
    elif form == 1:
        cell.value = datetime.datetime(day.year, day.month, day.day)
        cell.number_format = "dd/mm/yyyy hh:mm"
    elif form == 2:
        cell.value = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    elif form == 3:
        cell.value = f"{day.day:02d}-{MONTHS[day.month - 1]}-{day.year % 100:02d}"
    elif form == 4:
        cell.value = serial(day)  # a serial number left in General format
    elif form == 5:
        cell.value = f"{day.day:02d}/{day.month:02d}/{day.year} 00:00"
    else:
        cell.value = f"{day.day} {FULL[day.month - 1]} {day.year}"


def title(ws, text, width):
    ws.cell(row=1, column=1, value=text).font = Font(bold=True, size=14)
    ws.cell(row=2, column=1, value="Northfield Borough Council, exported from the performance system")


def header(ws, row, names):
    for col, name in enumerate(names, 1):
        ws.cell(row=row, column=col, value=name).font = Font(bold=True)


def blank_tail(ws, row, width):
    # Rows a spreadsheet keeps because someone formatted them: styled, empty.
    for r in range(row, row + 3):
        for c in range(1, width + 1):
            ws.cell(row=r, column=c).font = Font(italic=True)


STATUS = {"complete": ["Closed", "Complete", "Blue", "Completed"],
          "in progress": ["On track", "Off track", "Overdue", "Green", "Amber", "In progress"],
          "not started": ["Not started", "Not yet started"],
          "on hold": ["On hold", "Paused"]}
DIRECTION = {"improving": ["Improving", "Better", "Up"],
             "static": ["Same", "No change", "Static"],
             "declining": ["Worse", "Declining", "Down"]}


def word(table, text):
    key = text.strip().lower()
    return rng.choice(table[key]) if key in table else text


def actions():
    wb = Workbook()
    notes = wb.active
    notes.title = "Read me"
    notes["A1"] = "This workbook is the action plan agreed after the ILACS inspection."
    ws = wb.create_sheet("Action plan")
    names = ["Ref No.", "Ofsted Recommendation", "Action", "Lead Officer", "Target Date",
             "Revised Target Date", "Status", "RAG", "% Complete", "Score", "DoT",
             "Latest update", "Date of update", "Evidence", "Completed date", "Comments"]
    title(ws, "Ofsted ILACS action plan", len(names))
    header(ws, 4, names)
    r = 5
    for a in rows("actions.csv"):
        ws.cell(r, 1, a["ID"])
        ws.cell(r, 2, a["Recommendation"])
        ws.cell(r, 3, a["Action"])
        ws.cell(r, 4, a["Owner role"])
        messy_date(ws, r, 5, a["Due date"])
        revised = a["Revised due dates"].strip()
        if revised and ";" not in revised:
            messy_date(ws, r, 6, revised)
        elif revised:
            ws.cell(r, 6, revised)
        ws.cell(r, 7, word(STATUS, a["Status"]))
        ws.cell(r, 8, rng.choice(["Green", "Amber", "Red", "Blue"]))
        ws.cell(r, 9, f"=IF(G{r}=\"Closed\",1,0.5)").number_format = "0%"
        if a["Score"].strip():
            ws.cell(r, 10, int(a["Score"]))
        ws.cell(r, 11, word(DIRECTION, a["Direction of travel"]) if a["Direction of travel"].strip() else None)
        ws.cell(r, 12, a["Latest update"] or None)
        messy_date(ws, r, 13, a["Update date"])
        ws.cell(r, 14, a["Evidence"] or None)
        messy_date(ws, r, 15, a["Completed date"])
        ws.cell(r, 16, rng.choice([None, "Checked at board", "See minutes"]))
        r += 1
    blank_tail(ws, r, len(names))
    wb.save(os.path.join(OUT, "actions.xlsx"))


def recommendations():
    themes = {}
    import re
    with open(os.path.join(ROOT, "themes.yaml"), encoding="utf-8") as f:
        current = None
        for line in f:
            m = re.match(r"\s*- id: (\S+)", line)
            if m:
                current = m.group(1)
            m = re.match(r"\s+name: (.+)", line)
            if m and current:
                themes[current] = m.group(1).strip().strip('"')
                current = None
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    names = ["Ref No.", "Inspection", "Judgement area", "Ofsted Recommendation", "Priority"]
    header(ws, 1, names)
    for r, rec in enumerate(rows("recommendations.csv"), 2):
        ws.cell(r, 1, rec["Reference"])
        ws.cell(r, 2, rec["Inspection"])
        ws.cell(r, 3, themes.get(rec["Theme"], rec["Theme"]))  # the theme's name, not its id
        ws.cell(r, 4, rec["Recommendation"])
        ws.cell(r, 5, {"Immediate attention": "Urgent", "Standard": "Normal"}.get(rec["Priority"], rec["Priority"]))
    wb.save(os.path.join(OUT, "recommendations.xlsx"))


def caseloads():
    wb = Workbook()
    ws = wb.active
    ws.title = "Caseloads by team"
    names = ["Month", "Team", "Service area", "Children allocated", "Case-holding FTE",
             "In-post FTE", "Agency FTE", "Vacancy FTE", "Leavers FTE"]
    header(ws, 1, names)
    r = 2
    all_rows = rows("caseloads.csv")
    for c in all_rows:
        month = None
        for form in ("%b %Y", "%Y-%m", "%m/%Y", "%B %Y"):
            try:
                month = datetime.datetime.strptime(c["Month"].strip(), form)
                break
            except ValueError:
                pass
        cell = ws.cell(r, 1, month)
        cell.number_format = "mmm-yy"
        ws.cell(r, 2, c["Team"])
        ws.cell(r, 3, c["Service area"])
        for col, key in enumerate(names[3:], 4):
            value = c[key].strip()
            if value:
                number = float(value)
                ws.cell(r, col, int(number) if number.is_integer() and "." not in value else number)
        r += 1
    # The totals row the export adds at the bottom.
    ws.cell(r, 1, "Total")
    ws.cell(r, 4, f"=SUM(D2:D{r - 1})")
    ws.cell(r, 5, f"=SUM(E2:E{r - 1})")
    blank_tail(ws, r + 1, len(names))
    wb.save(os.path.join(OUT, "caseloads.xlsx"))


def follow_ups():
    committees = {"scrutiny": "Children's Services Scrutiny Committee", "corporate-parenting": "Corporate Parenting Panel"}
    wb = Workbook()
    ws = wb.active
    ws.title = "Resolutions"
    names = ["ID", "Committee", "Meeting date", "Minute", "Resolution", "Kind", "Due", "Owner", "Status", "Theme", "Completed date"]
    header(ws, 1, names)
    for r, f in enumerate(rows("follow-ups.csv"), 2):
        ws.cell(r, 1, f["ID"])
        ws.cell(r, 2, committees.get(f["Committee"], f["Committee"]))  # the committee's name
        messy_date(ws, r, 3, f["Meeting date"])
        ws.cell(r, 4, f["Minute"])
        ws.cell(r, 5, f["Resolution"])
        ws.cell(r, 6, f["Kind"])
        due = f["Due"].strip()
        try:
            parse(due)
            messy_date(ws, r, 7, due)
        except ValueError:
            ws.cell(r, 7, due)
        ws.cell(r, 8, f["Owner"])
        ws.cell(r, 9, {"Complete": "Closed"}.get(f["Status"], f["Status"]))
        ws.cell(r, 10, f["Theme"] or None)
        messy_date(ws, r, 11, f["Completed date"])
    wb.save(os.path.join(OUT, "follow-ups.xlsx"))


ANNEX_SHEETS = {4: "List 4 - Assessments", 6: "List 6 Children in need", 7: "List 7", 8: "List 8 - Children in care",
                1: "Contacts", 2: "List 2 Early help", 3: "List 3", 5: "List 5 - Section 47", 9: "Care leavers",
                10: "List 10", 11: "Adopters"}
# Lists whose team column the council heads "Team Name" (mapped in settings-extra.yaml).
TEAM_NAME = {3, 4, 5, 6, 7, 8, 9}


def annex_a():
    wb = Workbook()
    wb.remove(wb.active)
    for number in [8, 6, 4, 7, 11, 1, 2, 3, 5, 9, 10]:  # not in number order
        ws = wb.create_sheet(ANNEX_SHEETS[number])
        with open(os.path.join(ROOT, "annex-a", f"list-{number}.csv"), encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f)
            head = next(reader)
            ws.cell(1, 1, f"Annex A: list {number}").font = Font(bold=True)
            names = ["Team Name" if h == "Allocated Team" and number in TEAM_NAME else h for h in head]
            header(ws, 2, names)
            for r, row in enumerate(reader, 3):
                for c, (name, value) in enumerate(zip(head, row), 1):
                    if "Date" in name and value.strip():
                        cell = ws.cell(r, c, parse(value))
                        cell.number_format = "dd/mm/yyyy"
                    elif name.startswith("Age") and value.strip():
                        ws.cell(r, c, int(value))
                    elif value:
                        ws.cell(r, c, value)
    wb.save(os.path.join(OUT, "annex-a.xlsx"))


def text_date(text):
    """A date as an export writes it in a CSV file: in one of the text forms."""
    day = parse(text)
    form = rng.randrange(5)
    if form == 0:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if form == 1:
        return f"{day.day:02d}-{MONTHS[day.month - 1]}-{day.year % 100:02d}"
    if form == 2:
        return f"{day.day:02d}/{day.month:02d}/{day.year} 00:00"
    if form == 3:
        return f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}"
    return f"{day.isoformat()}T00:00:00"


def messy_csv(name, dates, words):
    """A CSV export: dates in mixed text forms, the council's words, a totals-free tail of blank rows."""
    with open(os.path.join(ROOT, name), encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        out_rows = []
        for row in reader:
            for key in dates:
                if row[key].strip():
                    row[key] = text_date(row[key])
            for key, table in words.items():
                if row[key].strip():
                    row[key] = word(table, row[key])
            out_rows.append(row)
    with open(os.path.join(OUT, name), "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(out_rows)
        f.write("," * (len(fields) - 1) + "\r\n")
        f.write("," * (len(fields) - 1) + "\r\n")


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for name in ["audits.csv", "bank-holidays.csv", "comparators.csv", "themes.yaml", "inspections.yaml", "committees.yaml"]:
        shutil.copy(os.path.join(ROOT, name), os.path.join(OUT, name))
    # The snapshots of earlier meetings, as they are: the pages compare with them.
    shutil.copytree(os.path.join(ROOT, "snapshots"), os.path.join(OUT, "snapshots"))
    with open(os.path.join(ROOT, "settings.yaml"), encoding="utf-8") as f:
        settings = f.read()
    with open(os.path.join(os.path.dirname(OUT), "settings-extra.yaml"), encoding="utf-8") as f:
        settings += "\n" + f.read()
    with open(os.path.join(OUT, "settings.yaml"), "w", encoding="utf-8") as f:
        f.write(settings)
    messy_csv("progress-history.csv", {"Meeting date"}, {"Direction of travel": DIRECTION})
    messy_csv("supervisions.csv", {"Supervision date"}, {})
    actions()
    recommendations()
    caseloads()
    follow_ups()
    annex_a()


main()
