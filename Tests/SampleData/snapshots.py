#!/usr/bin/env python3
"""Writes the sample's snapshot history: data/snapshots/YYYY-MM-DD/, the plan as it stood at
each of these meetings of the scrutiny committee, worked back from the data now.

    python3 Tests/SampleData/snapshots.py data

Working back, for a meeting on day M (a snapshot is the data the meeting was given):
- an action completed on or after M was still open; its update dated on or after M not yet written;
- a revised due date was set when the date before it lapsed, so one set on or after M was not yet;
- the actions in ADDED were added to the plan on the date given;
- a follow-up raised at M or later was not yet raised; one completed on or after M was open;
- an audit reported on or after M was not yet reported;
- progress-history.csv holds the scores reported up to and at M.
"""
import csv, datetime, io, os, re, sys

MEETINGS = ["2026-01-22", "2026-03-19", "2026-06-11", "2026-07-16", "2026-09-17"]
# Actions added to the plan after it was first written, and when.
ADDED = {"A53": "2026-03-01", "A54": "2026-06-20", "A55": "2026-08-01", "A56": "2026-10-02"}


def day(text):
    text = (text or "").strip()
    if not text:
        return None
    for form in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(text, form).date()
        except ValueError:
            pass
    raise SystemExit(f"cannot read the date {text!r}")


def read(folder, name):
    with open(os.path.join(folder, name), "rb") as f:
        raw = f.read()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return bom, rows


def write(path, bom, rows):
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    with open(path, "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode("utf-8"))


def actions(rows, meeting):
    head = rows[0]
    col = {name: i for i, name in enumerate(head)}
    out = [head]
    for row in rows[1:]:
        row = list(row)
        if row[col["ID"]] in ADDED and day(ADDED[row[col["ID"]]]) >= meeting:
            continue
        done = day(row[col["Completed date"]])
        updated = day(row[col["Update date"]])
        status = row[col["Status"]].strip().lower()
        if status == "complete" and ((done and done >= meeting) or (not done and updated and updated >= meeting)):
            row[col["Status"]] = "In progress"
            row[col["Completed date"]] = ""
        if updated and updated >= meeting:
            row[col["Latest update"]] = ""
            row[col["Update date"]] = ""
        revised = [d for d in re.split(r"[;|]", row[col["Revised due dates"]]) if d.strip()]
        kept, in_force = [], day(row[col["Due date"]])
        for text in revised:
            if in_force >= meeting:
                break
            kept.append(text.strip())
            in_force = day(text)
        row[col["Revised due dates"]] = "; ".join(kept)
        out.append(row)
    return out


def follow_ups(rows, meeting):
    head = rows[0]
    col = {name: i for i, name in enumerate(head)}
    out = [head]
    for row in rows[1:]:
        row = list(row)
        if day(row[col["Meeting date"]]) >= meeting:
            continue
        done = day(row[col["Completed date"]])
        if done and done >= meeting:
            row[col["Status"]] = "Open"
            row[col["Completed date"]] = ""
        out.append(row)
    return out


def audits(rows, meeting):
    head = rows[0]
    col = {name: i for i, name in enumerate(head)}
    out = [head]
    for row in rows[1:]:
        row = list(row)
        reported = day(row[col["Reported"]])
        if reported and reported >= meeting:
            row[col["Reported"]] = ""
        out.append(row)
    return out


def progress(rows, meeting):
    return [rows[0]] + [row for row in rows[1:] if day(row[1]) <= meeting]


def main(folder):
    for text in MEETINGS:
        meeting = day(text)
        target = os.path.join(folder, "snapshots", text)
        os.makedirs(target, exist_ok=True)
        for name, rewind in [("recommendations.csv", None), ("actions.csv", actions), ("follow-ups.csv", follow_ups),
                             ("audits.csv", audits), ("progress-history.csv", progress)]:
            bom, rows = read(folder, name)
            write(os.path.join(target, name), bom, rewind(rows, meeting) if rewind else rows)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "data")
