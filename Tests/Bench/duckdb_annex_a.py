#!/usr/bin/env python3
"""The DuckDB side of the eleven-list benchmark: the same per-team counts Readiness computes for
every measure of docs/indicators.md (population and within), from the eleven Annex A lists, as
at 2026-11-20, written as a DuckDB user would: read_csv with the needed columns' types and the
date format, one SQL GROUP BY per list, working days from a calendar table (every day 1990-2040
with its working-day number, weekends and the same bank holidays not counted) joined on the
dates, so the working days after one date up to another are one subtraction; months by adding
an INTERVAL.
Prints JSON, measure (Readiness's check name) -> team -> [population, within], as every peer does.
Usage: duckdb_annex_a.py DATA_FOLDER"""
import json
import sys

import duckdb

data = sys.argv[1]
db = duckdb.connect()
ASAT = "DATE '2026-11-20'"
db.execute(f"""
    CREATE TABLE holidays AS SELECT "Date" AS day FROM read_csv('{data}/bank-holidays.csv', types={{'Date': 'DATE'}});
    CREATE TABLE calendar AS
      SELECT d::DATE AS day,
             sum(CASE WHEN isodow(d) >= 6 OR d::DATE IN (SELECT day FROM holidays) THEN 0 ELSE 1 END)
               OVER (ORDER BY d) AS wd
      FROM generate_series(DATE '1990-01-01', DATE '2040-12-31', INTERVAL 1 DAY) AS t(d);
""")


def source(number, types):
    """The list as read_csv reads it, with its team column (one team where the list has none)."""
    team = number not in (1, 2, 10, 11)
    types = dict(types, **({"Allocated Team": "VARCHAR"} if team else {}))
    spec = ", ".join(f"'{c}': '{t}'" for c, t in types.items())
    columns = ", ".join(f'"{c}"' for c in types) + ("" if team else ", 'Whole service' AS \"Allocated Team\"")
    return (f"(SELECT {columns} FROM read_csv('{data}/annex-a/list-{number}.csv', header = true, "
            f"dateformat = '%Y-%m-%d', types = {{{spec}}}))")


def count(number, types, measures, joins=""):
    """One GROUP BY for the list: each measure's population and within (counted in the population)."""
    selects = ", ".join(f"count_if({p}) AS \"{n}|p\", count_if(({p}) AND ({w})) AS \"{n}|w\""
                        for n, (p, w) in measures.items())
    sql = f'SELECT l."Allocated Team", {selects} FROM {source(number, types)} AS l {joins} GROUP BY ALL'
    return db.execute(sql)


def working_day(alias, column):
    """A LEFT JOIN giving alias.wd, the working-day number of the row's date in column."""
    return f' LEFT JOIN calendar AS {alias} ON {alias}.day = l."{column}"'


results = {}


def collect(cursor):
    names = [d[0] for d in cursor.description]
    for row in cursor.fetchall():
        for key, value in zip(names[1:], row[1:]):
            name, part = key.split("|")
            results.setdefault(name, {}).setdefault(row[0], [0, 0])["pw".index(part)] = int(value)


def episode(number, start, end, name, within, working=False):
    types = {start: "DATE", end: "DATE"}
    joins = working_day("s", start) + working_day("e", end) if working else ""
    population = f'l."{start}" <= {ASAT} AND l."{end}" <= {ASAT}'
    collect(count(number, types, {name: (population, within.format(s=f'l."{start}"', e=f'l."{end}"'))}, joins))


episode(1, "Date of Contact", "Date of Decision", "contacts", "e.wd - s.wd <= 1", working=True)
episode(2, "Assessment start date", "Assessment completion date", "early-help-assessments", "e.wd - s.wd <= 45",
        working=True)
episode(4, "Assessment Start Date", "Assessment Authorised Date", "assessments", "e.wd - s.wd <= 45", working=True)
episode(5, "Strategy discussion initiating Section 47 Enquiry Start Date", "Date of Initial Child Protection Conference",
        "conferences", "e.wd - s.wd <= 15", working=True)
episode(10, "Date the Child Entered Care", "Date Placed for Adoption", "adoptions", "{e} - {s} <= 426")
episode(11, "Date application submitted", "Date application approved", "adopter-approvals",
        "{e} <= {s} + INTERVAL 6 MONTH")

collect(count(3, {"Date of referral": "DATE", "Number of Referrals in Last 12 Months": "INTEGER"}, {
    "referrals": (f'"Date of referral" <= {ASAT}', '"Number of Referrals in Last 12 Months" <= 1')}))

collect(count(6, {"CIN Start Date": "DATE", "CIN Closure Date": "DATE", "Date Child Was Last Seen": "DATE",
                  "Agreed Visiting Frequency": "VARCHAR"}, {
    "cin-visits": (f'"CIN Start Date" <= {ASAT} AND NOT coalesce("CIN Closure Date" <= {ASAT}, false)',
                   f'"Date Child Was Last Seen" >= {ASAT} - 7 * coalesce('
                   f'nullif(regexp_extract("Agreed Visiting Frequency", \'\\d+\'), \'\')::INTEGER, 4)')}))

open7 = f'"Child Protection Plan Start Date" <= {ASAT}'
collect(count(7, {"Child Protection Plan Start Date": "DATE", "Date of the Last Statutory Visit": "DATE",
                  "Date of latest review conference": "DATE", "Was the Child Seen Alone?": "VARCHAR",
                  "Number of Previous Child Protection Plans": "INTEGER"}, {
    "cp-visits": (open7, f"(SELECT wd FROM calendar WHERE day = {ASAT}) - v.wd <= 10"),
    "cp-reviews": (open7, f'"Date of latest review conference" >= {ASAT} - INTERVAL 6 MONTH OR '
                          f'("Date of latest review conference" IS NULL AND '
                          f'"Child Protection Plan Start Date" >= {ASAT} - INTERVAL 3 MONTH)'),
    "cp-plan-length": (open7, f'"Child Protection Plan Start Date" + INTERVAL 2 YEAR > {ASAT}'),
    "cp-first-plans": (f'{open7} AND "Child Protection Plan Start Date" >= {ASAT} - INTERVAL 12 MONTH',
                       '"Number of Previous Child Protection Plans" = 0'),
    "cp-seen-alone": (open7, "contains(\"Was the Child Seen Alone?\", 'Yes')"),
}, working_day("v", "Date of the Last Statutory Visit")))

start8, health = '"Date Started to be Looked After"', '"Date of Last Health Assessment"'
open8 = f"{start8} <= {ASAT}"
collect(count(8, {"Date Started to be Looked After": "DATE", "Date of Latest Statutory Review": "DATE",
                  "Date of Last Social Work Visit": "DATE", "Date of Last Health Assessment": "DATE",
                  "Start Date of Most Recent Placement": "DATE", "Age of Child (Years)": "INTEGER",
                  "Number of Placements in the Last 12 months": "INTEGER"}, {
    "cla-visits": (open8, f'"Date of Last Social Work Visit" >= {ASAT} - 42'),
    "cla-reviews": (open8, f'"Date of Latest Statutory Review" >= {ASAT} - INTERVAL 6 MONTH'),
    "health-assessments": (open8, f'{health} >= {ASAT} - CASE WHEN "Age of Child (Years)" >= 5 '
                                  f'THEN INTERVAL 12 MONTH ELSE INTERVAL 6 MONTH END'),
    "initial-health-assessments": (f"{start8} >= {ASAT} - INTERVAL 6 MONTH AND "
                                   f"(SELECT wd FROM calendar WHERE day = {ASAT}) - s.wd > 20",
                                   f"{health} >= {start8} AND h.wd - s.wd <= 20"),
    "placement-stability": (open8, '"Number of Placements in the Last 12 months" < 3'),
    "long-term-stability": (f'{open8} AND "Age of Child (Years)" < 16 AND {start8} + INTERVAL 30 MONTH <= {ASAT}',
                            f'"Start Date of Most Recent Placement" + INTERVAL 24 MONTH <= {ASAT}'),
}, working_day("s", "Date Started to be Looked After") + working_day("h", "Date of Last Health Assessment")))

collect(count(9, {"LA in Touch": "VARCHAR", "Suitability of Accommodation": "VARCHAR", "Activity Status": "VARCHAR",
                  "Date of Latest Pathway Plan Review": "DATE"}, {
    "care-leavers-in-touch": ("true", "\"LA in Touch\" = 'Yes'"),
    "care-leavers-accommodation": ("true", "\"Suitability of Accommodation\" = 'Suitable'"),
    "care-leavers-eet": ("true", "\"Activity Status\" IN ('F1', 'P2')"),
    "pathway-plans": ("true", f'"Date of Latest Pathway Plan Review" >= {ASAT} - INTERVAL 6 MONTH'),
}))

# The common output of every side (compare_annex_a.py): measure -> team -> [population, within].
print(json.dumps(results, sort_keys=True))
