#!/usr/bin/env python3
"""Writes the sample's synthetic Annex A lists 1, 2, 3, 5, 9, 10 and 11 (data/annex-a/list-N.csv),
adds `Number of Previous Child Protection Plans` to list 7, the current placement's start to list 8,
and agreed visiting frequencies to lists 6 to 8, as at the sample's as-at date.
Every child, worker and date is made up (seeded, so the files are the same on every run).

Usage: python3 Tests/SampleData/annex_a_lists.py data/annex-a"""
import csv
import datetime
import os
import random
import sys

folder = sys.argv[1]
AS_AT = datetime.date(2026, 11, 20)
random.seed(20261120)
ETHNICITY = ["WBRI", "WOTH", "MWBC", "AIND", "APKN", "BAFR", "BCRB", "CHNE", "OOTH", "NOBT"]
GENDER = ["a) Male", "b) Female", "c) Not stated"]


def day(back_from, back_to):
    """A day between back_to and back_from days before the as-at date."""
    return AS_AT - datetime.timedelta(days=random.randint(back_from, back_to))


def text(date, style=None):
    style = style if style is not None else random.random()
    if date is None:
        return ""
    return date.strftime("%d/%m/%Y") if style < 0.5 else date.isoformat()


def add_working_days(start, n):
    date = start
    while n > 0:
        date += datetime.timedelta(days=1)
        if date.weekday() < 5:
            n -= 1
    return date


def person(prefix, k, age_range=(0, 17)):
    age = random.randint(*age_range)
    birth = AS_AT - datetime.timedelta(days=age * 365 + random.randint(0, 364))
    return [f"NBC{prefix}{k:06d}", random.choice(GENDER), random.choice(ETHNICITY), text(birth), str(age)]


def write(name, header, rows):
    with open(os.path.join(folder, name), "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


PERSON = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)"]

# List 1: contacts, with the decision date the council adds from its system.
rows = []
for k in range(1, 701):
    contact = day(0, 364)
    late = random.random() < 0.12
    decision = add_working_days(contact, random.randint(2, 4) if late else random.randint(0, 1))
    if decision > AS_AT or random.random() < 0.02:
        decision = None
    source = random.choice(["Police", "Schools", "Health services", "Individual", "LA services", "Anonymous"])
    rows.append(person(1, k) + [text(contact), source, text(decision)])
write("list-1.csv", PERSON + ["Date of Contact", "Contact Source", "Date of Decision"], rows)

# List 2: early help assessments.
rows = []
for k in range(1, 261):
    start = day(0, 364)
    days = random.randint(10, 70)
    end = add_working_days(start, days)
    if end > AS_AT:
        end = None
    org = random.choice(["Family Hub North", "Family Hub South", "School", "Health visiting"])
    rows.append(person(2, k) + [text(start), text(end), org])
write("list-2.csv", PERSON + ["Assessment start date", "Assessment completion date", "Organisation completing assessment"], rows)

# List 3: referrals.
rows = []
for k in range(1, 521):
    referral = day(0, 364)
    count = 1 if random.random() < 0.78 else random.randint(2, 4)
    team = random.choice(["Assessment North", "Assessment South"])
    nfa = random.choice(["a) Yes", "b) No", "b) No", "b) No"])
    source = random.choice(["Police", "Schools", "Health services", "Individual"])
    rows.append(person(3, k) + [text(referral), source, nfa, str(count), team, f"Worker {random.randint(1, 40):02d} (synthetic)"])
write("list-3.csv", PERSON + ["Date of referral", "Referral Source", "Referral NFA?", "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker"], rows)

# List 5: section 47 enquiries and initial child protection conferences.
rows = []
for k in range(1, 181):
    strategy = day(0, 364)
    held = random.random() < 0.55
    icpc = add_working_days(strategy, random.randint(8, 22)) if held else None
    if icpc and icpc > AS_AT:
        icpc = None
    team = random.choice(["Assessment North", "Assessment South", "Child Protection and Court"])
    rows.append(person(5, k) + ["b) No", text(strategy), "b) No" if held else "a) Yes", text(icpc),
                                 ("a) Yes" if held and random.random() < 0.8 else "b) No") if icpc else "",
                                 str(random.randint(1, 2)), "1" if icpc else "0", team,
                                 f"Worker {random.randint(1, 40):02d} (synthetic)"])
write("list-5.csv", PERSON + ["Does the Child have a Disability", "Strategy discussion initiating Section 47 Enquiry Start Date",
                              "Was an Initial Child Protection Conference deemed unnecessary?", "Date of Initial Child Protection Conference",
                              "Did the Initial Child Protection Conference Result in a Child Protection Plan",
                              "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months",
                              "Allocated Team", "Allocated Worker"], rows)

# List 9: care leavers, with the pathway plan review date the council adds.
rows = []
for k in range(1, 161):
    touch = random.choices(["Y", "N", "Refu", "NREQ", "Died"], [86, 6, 4, 3, 1])[0]
    accommodation = random.choices(["Suitable", "Unsuitable", ""], [84, 12, 4])[0]
    activity = random.choices(
        ["Full time higher education", "Part time training", "Full time employment", "Part time employment",
         "Illness or disability", "Other", "Pregnancy or parenting"], [10, 8, 20, 12, 8, 34, 8])[0]
    plan = day(0, 300) if random.random() < 0.93 else None
    team = random.choice(["Leaving Care North", "Leaving Care South"])
    rows.append(person(9, k, (17, 21)) + ["b) No", team, f"Worker {random.randint(1, 40):02d} (synthetic)",
                                          "Former relevant child", touch, "Independent living", accommodation, activity, text(plan)])
write("list-9.csv", PERSON + ["Does the Child have a Disability", "Allocated Team", "Allocated Worker", "Eligibility Category",
                              "LA in Touch", "Type of Accommodation", "Suitability of Accommodation", "Activity Status",
                              "Date of Latest Pathway Plan Review"], rows)

# List 10: adoption.
rows = []
for k in range(1, 41):
    entered = day(200, 900) if k > 1 else day(5, 20)
    placed = entered + datetime.timedelta(days=random.randint(250, 700))
    if placed > AS_AT:
        placed = None
    rows.append(person(10, k, (0, 6)) + [f"FAM{k:04d}", "b) No", text(entered), text(placed)])
write("list-10.csv", PERSON + ["Family identifier", "Does the Child have a Disability", "Date the Child Entered Care", "Date Placed for Adoption"], rows)

# List 11: adopters.
rows = []
for k in range(1, 31):
    submitted = day(60, 500)
    approved = submitted + datetime.timedelta(days=random.randint(120, 260))
    if approved > AS_AT:
        approved = None
    rows.append([f"ADP{k:05d}", f"FAM{k:04d}", random.choice(GENDER), random.choice(ETHNICITY), "b) No",
                 text(submitted), text(approved)])
write("list-11.csv", ["Individual adopter identifier", "Family identifier", "Gender", "Ethnicity", "Disability",
                      "Date application submitted", "Date application approved"], rows)

def add_column(name, heading, value):
    """Adds a column before `Allocated Team` (kept if already there), each cell `value(row, header)`."""
    path = os.path.join(folder, name)
    with open(path, newline="") as source:
        table = list(csv.reader(source))
    if heading in table[0]:
        return
    header = list(table[0])
    at = table[0].index("Allocated Team")
    table[0].insert(at, heading)
    for row in table[1:]:
        row.insert(at, value(row, header))
    with open(path, "w", newline="") as out:
        csv.writer(out, lineterminator="\r\n").writerows(table)


def parse(cell):
    if "/" in cell:
        d, m, y = cell.split("/")
        return datetime.date(int(y), int(m), int(d))
    return datetime.date.fromisoformat(cell)


# List 7 gains the count of previous plans.
add_column("list-7.csv", "Number of Previous Child Protection Plans",
           lambda row, header: str(random.choices([0, 1, 2], [80, 15, 5])[0]))


# List 8 gains the start of the current placement: within the last 12 months for children
# with several placements, otherwise mostly soon after entering care.
def placement_start(row, header):
    entered = parse(row[header.index("Date Started to be Looked After")])
    moves = int(row[header.index("Number of Placements in the Last 12 months")] or 1)
    earliest = max(entered, AS_AT - datetime.timedelta(days=364)) if moves > 1 else entered
    span = max(0, (AS_AT - earliest).days)
    if moves <= 1 and random.random() < 0.7:
        span = min(span, 60)  # most settled children are still in their first placement
    return text(earliest + datetime.timedelta(days=random.randint(0, span)))


add_column("list-8.csv", "Start Date of Most Recent Placement", placement_start)


# Lists 6 to 8 gain the visiting frequency agreed for some children (blank: the standard).
def frequency(choices):
    return lambda row, header: random.choice(choices) if random.random() < 0.3 else ""


add_column("list-6.csv", "Agreed Visiting Frequency", frequency(["6 weekly", "8 weeks", "monthly", "2 weeks"]))
add_column("list-7.csv", "Agreed Visiting Frequency", frequency(["10 working days", "fortnightly", "weekly"]))
add_column("list-8.csv", "Agreed Visiting Frequency", frequency(["6 weekly", "8 weeks", "12 weeks", "4-weekly"]))
