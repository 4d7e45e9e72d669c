#!/usr/bin/env python3
"""The polars side of the eleven-list benchmark: the same per-team counts Readiness computes for
every measure of docs/indicators.md (population and within), from the eleven Annex A lists, as
at 2026-11-20, written as a polars user would: the lazy API (scan_csv, so only the columns used
are read), ISO dates with str.to_date, working days with pl.business_day_count over the same bank
holidays, month arithmetic with dt.offset_by, one group_by per list, all lists collected together
(pl.collect_all runs them in parallel).
Prints JSON, measure (Readiness's check name) -> team -> [population, within], as every peer does.
Usage: polars_annex_a.py DATA_FOLDER"""
import datetime as dt
import json
import sys

import polars as pl

data = sys.argv[1]
folder = data + "/annex-a/"
asat = dt.date(2026, 11, 20)
holidays = pl.read_csv(data + "/bank-holidays.csv", columns=["Date"])["Date"].str.to_date("%Y-%m-%d").to_list()
ASAT = pl.lit(asat)


def months_before(n):
    """asat less n calendar months (the day kept, or the month's last day)."""
    return pl.lit(asat).dt.offset_by(f"-{n}mo")


def scan(number, dates, other=()):
    """The list's needed columns, dates as dates, and a team column (one team where the list has none)."""
    frame = pl.scan_csv(folder + f"list-{number}.csv", infer_schema=False)
    team = ["Allocated Team"] if number not in (1, 2, 10, 11) else []
    frame = frame.select(*dates, *other, *team).with_columns(pl.col(c).str.to_date("%Y-%m-%d") for c in dates)
    return frame if team else frame.with_columns(pl.lit("Whole service").alias("Allocated Team"))


def working_days(start, end):
    """Working days after start up to and including end (business_day_count counts [start, end))."""
    one = pl.duration(days=1)
    return pl.business_day_count(start + one, end + one, holidays=holidays)


def counts(frame, measures):
    """One group_by per list: for each measure, population and within (within counted in the population);
    a population of None is every row."""
    aggs = []
    for name, (population, within) in measures.items():
        within = within.fill_null(False)
        if population is None:
            aggs += [pl.len().alias(name + "|p"), within.sum().alias(name + "|w")]
            continue
        population = population.fill_null(False)
        aggs += [population.sum().alias(name + "|p"), (population & within).sum().alias(name + "|w")]
    return frame.group_by("Allocated Team").agg(aggs)


def episode(number, start, end, name, within):
    s, e = pl.col(start), pl.col(end)
    return counts(scan(number, [start, end]), {name: ((s <= ASAT) & (e <= ASAT), within(s, e))})


queries = [
    episode(1, "Date of Contact", "Date of Decision", "contacts", lambda s, e: working_days(s, e) <= 1),
    episode(2, "Assessment start date", "Assessment completion date", "early-help-assessments",
            lambda s, e: working_days(s, e) <= 45),
    episode(4, "Assessment Start Date", "Assessment Authorised Date", "assessments", lambda s, e: working_days(s, e) <= 45),
    episode(5, "Strategy discussion initiating Section 47 Enquiry Start Date", "Date of Initial Child Protection Conference",
            "conferences", lambda s, e: working_days(s, e) <= 15),
    episode(10, "Date the Child Entered Care", "Date Placed for Adoption", "adoptions",
            lambda s, e: (e - s).dt.total_days() <= 426),
    episode(11, "Date application submitted", "Date application approved", "adopter-approvals",
            lambda s, e: e <= s.dt.offset_by("6mo")),
]

l3 = scan(3, ["Date of referral"], ["Number of Referrals in Last 12 Months"])
queries.append(counts(l3, {"referrals": (pl.col("Date of referral") <= ASAT,
                                         pl.col("Number of Referrals in Last 12 Months").cast(pl.Int64) <= 1)}))

l6 = scan(6, ["CIN Start Date", "CIN Closure Date", "Date Child Was Last Seen"], ["Agreed Visiting Frequency"])
weeks = pl.col("Agreed Visiting Frequency").str.extract(r"(\d+)").cast(pl.Int64).fill_null(4)
queries.append(counts(l6, {"cin-visits": (
    (pl.col("CIN Start Date") <= ASAT) & ~(pl.col("CIN Closure Date") <= ASAT).fill_null(False),
    pl.col("Date Child Was Last Seen") >= ASAT - pl.duration(weeks=weeks))}))

l7 = scan(7, ["Child Protection Plan Start Date", "Date of the Last Statutory Visit", "Date of latest review conference"],
          ["Was the Child Seen Alone?", "Number of Previous Child Protection Plans"])
start7, review = pl.col("Child Protection Plan Start Date"), pl.col("Date of latest review conference")
open7 = start7 <= ASAT
queries.append(counts(l7, {
    "cp-visits": (open7, working_days(pl.col("Date of the Last Statutory Visit"), ASAT) <= 10),
    "cp-reviews": (open7, (review >= months_before(6)) | (review.is_null() & (start7 >= months_before(3)))),
    "cp-plan-length": (open7, start7.dt.offset_by("2y") > ASAT),
    "cp-first-plans": ((start7 <= ASAT) & (start7 >= months_before(12)),
                       pl.col("Number of Previous Child Protection Plans").cast(pl.Int64) == 0),
    "cp-seen-alone": (open7, pl.col("Was the Child Seen Alone?").str.contains("Yes")),
}))

l8 = scan(8, ["Date Started to be Looked After", "Date of Latest Statutory Review", "Date of Last Social Work Visit",
              "Date of Last Health Assessment", "Start Date of Most Recent Placement"],
          ["Age of Child (Years)", "Number of Placements in the Last 12 months"])
start8, health = pl.col("Date Started to be Looked After"), pl.col("Date of Last Health Assessment")
age = pl.col("Age of Child (Years)").cast(pl.Int64)
open8 = start8 <= ASAT
queries.append(counts(l8, {
    "cla-visits": (open8, pl.col("Date of Last Social Work Visit") >= pl.lit(asat - dt.timedelta(days=42))),
    "cla-reviews": (open8, pl.col("Date of Latest Statutory Review") >= months_before(6)),
    "health-assessments": (open8, health >= pl.when(age >= 5).then(months_before(12)).otherwise(months_before(6))),
    "initial-health-assessments": ((start8 >= months_before(6)) & (working_days(start8, ASAT) > 20),
                                   (health >= start8) & (working_days(start8, health) <= 20)),
    "placement-stability": (open8, pl.col("Number of Placements in the Last 12 months").cast(pl.Int64) < 3),
    "long-term-stability": (open8 & (age < 16) & (start8.dt.offset_by("30mo") <= ASAT),
                            pl.col("Start Date of Most Recent Placement").dt.offset_by("24mo") <= ASAT),
}))

l9 = scan(9, ["Date of Latest Pathway Plan Review"], ["LA in Touch", "Suitability of Accommodation", "Activity Status"])
everyone = None
queries.append(counts(l9, {
    "care-leavers-in-touch": (everyone, pl.col("LA in Touch") == "Yes"),
    "care-leavers-accommodation": (everyone, pl.col("Suitability of Accommodation") == "Suitable"),
    "care-leavers-eet": (everyone, pl.col("Activity Status").is_in(["F1", "P2"])),
    "pathway-plans": (everyone, pl.col("Date of Latest Pathway Plan Review") >= months_before(6)),
}))

# The common output of every side (compare_annex_a.py): measure -> team -> [population, within].
results = {}
for frame in pl.collect_all(queries):
    for row in frame.iter_rows(named=True):
        team = row.pop("Allocated Team")
        for key, value in row.items():
            name, part = key.split("|")
            results.setdefault(name, {}).setdefault(team, [0, 0])["pw".index(part)] = int(value)
print(json.dumps(results, sort_keys=True))
