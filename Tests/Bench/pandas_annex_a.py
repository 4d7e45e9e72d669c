#!/usr/bin/env python3
"""The pandas side of the eleven-list benchmark: the same per-team counts Readiness computes for
every measure of docs/indicators.md (population and within), from the eleven Annex A lists, as
at 2026-11-20, written as a pandas user would: only the columns needed, ISO dates parsed with
their format, working days with numpy's busday_count over the same bank holidays.
Prints JSON, measure (Readiness's check name) -> team -> [population, within], as every peer does.
Usage: pandas_annex_a.py DATA_FOLDER"""
import json
import sys

import numpy as np
import pandas as pd

data = sys.argv[1]
folder = data + "/annex-a/"
asat = pd.Timestamp("2026-11-20")
holidays = pd.to_datetime(pd.read_csv(data + "/bank-holidays.csv")["Date"], format="ISO8601")
calendar = np.busdaycalendar(holidays=holidays.values.astype("datetime64[D]"))
one = np.timedelta64(1, "D")
results = {}


def read(number, dates, other=()):
    frame = pd.read_csv(folder + f"list-{number}.csv", usecols=lambda c: c in set(dates) | set(other) | {"Allocated Team"},
                        dtype={c: "string" for c in other})
    for column in dates:
        frame[column] = pd.to_datetime(frame[column], format="ISO8601")
    if "Allocated Team" not in frame:
        frame["Allocated Team"] = "Whole service"
    return frame


def working_days(start, end):
    """Working days after start up to and including end; -1 where either is missing."""
    ok = start.notna() & end.notna()
    counts = np.full(len(start), -1)
    s = start[ok].values.astype("datetime64[D]") + one
    e = end[ok].values.astype("datetime64[D]") + one
    counts[ok.values] = np.busday_count(s, e, busdaycal=calendar)
    return pd.Series(counts, index=start.index)


def count(name, frame, population, within):
    results[name] = frame.assign(population=population, within=population & within).groupby(
        "Allocated Team")[["population", "within"]].sum()


def episodes(name, number, start, end, days=None, calendar_days=None, months=None):
    frame = read(number, [start, end])
    s, e = frame[start], frame[end]
    ended = (s <= asat) & (e <= asat)
    if days is not None:
        within = working_days(s, e) <= days
    elif months is not None:
        within = e <= s + pd.DateOffset(months=months)
    else:
        within = (e - s).dt.days <= calendar_days
    count(name, frame, ended, within)


episodes("contacts", 1, "Date of Contact", "Date of Decision", days=1)
episodes("early-help-assessments", 2, "Assessment start date", "Assessment completion date", days=45)
episodes("assessments", 4, "Assessment Start Date", "Assessment Authorised Date", days=45)
episodes("conferences", 5, "Strategy discussion initiating Section 47 Enquiry Start Date",
         "Date of Initial Child Protection Conference", days=15)
episodes("adoptions", 10, "Date the Child Entered Care", "Date Placed for Adoption", calendar_days=426)
episodes("adopter-approvals", 11, "Date application submitted", "Date application approved", months=6)

l3 = read(3, ["Date of referral"], ["Number of Referrals in Last 12 Months"])
referrals = pd.to_numeric(l3["Number of Referrals in Last 12 Months"])
count("referrals", l3, l3["Date of referral"] <= asat, referrals <= 1)

l6 = read(6, ["CIN Start Date", "CIN Closure Date", "Date Child Was Last Seen"], ["Agreed Visiting Frequency"])
open6 = (l6["CIN Start Date"] <= asat) & ~(l6["CIN Closure Date"] <= asat)
weeks = l6["Agreed Visiting Frequency"].str.extract(r"(\d+)")[0].astype("float").fillna(4)
count("cin-visits", l6, open6, l6["Date Child Was Last Seen"] >= asat - pd.to_timedelta(weeks * 7, unit="D"))

l7 = read(7, ["Child Protection Plan Start Date", "Date of the Last Statutory Visit", "Date of latest review conference"],
          ["Was the Child Seen Alone?", "Number of Previous Child Protection Plans"])
start7 = l7["Child Protection Plan Start Date"]
open7 = start7 <= asat
count("cp-visits", l7, open7, working_days(l7["Date of the Last Statutory Visit"], pd.Series(asat, index=l7.index)) <= 10)
review = l7["Date of latest review conference"]
count("cp-reviews", l7, open7, (review >= asat - pd.DateOffset(months=6)) | (review.isna() & (start7 >= asat - pd.DateOffset(months=3))))
count("cp-plan-length", l7, open7, start7 + pd.DateOffset(years=2) > asat)
count("cp-first-plans", l7, (start7 <= asat) & (start7 >= asat - pd.DateOffset(months=12)),
      pd.to_numeric(l7["Number of Previous Child Protection Plans"]) == 0)
count("cp-seen-alone", l7, open7, l7["Was the Child Seen Alone?"].str.contains("Yes", na=False))

l8 = read(8, ["Date Started to be Looked After", "Date of Latest Statutory Review", "Date of Last Social Work Visit",
              "Date of Last Health Assessment", "Start Date of Most Recent Placement"],
          ["Age of Child (Years)", "Number of Placements in the Last 12 months"])
start8 = l8["Date Started to be Looked After"]
open8 = start8 <= asat
age = pd.to_numeric(l8["Age of Child (Years)"])
health = l8["Date of Last Health Assessment"]
count("cla-visits", l8, open8, l8["Date of Last Social Work Visit"] >= asat - pd.Timedelta(days=42))
count("cla-reviews", l8, open8, l8["Date of Latest Statutory Review"] >= asat - pd.DateOffset(months=6))
count("health-assessments", l8, open8, health >= pd.Series(asat - pd.DateOffset(months=12), index=l8.index).where(
    age >= 5, asat - pd.DateOffset(months=6)))
entered = (start8 >= asat - pd.DateOffset(months=6)) & (working_days(start8, pd.Series(asat, index=l8.index)) > 20)
count("initial-health-assessments", l8, entered, (health >= start8) & (working_days(start8, health) <= 20))
count("placement-stability", l8, open8, pd.to_numeric(l8["Number of Placements in the Last 12 months"]) < 3)
count("long-term-stability", l8, open8 & (age < 16) & (start8 + pd.DateOffset(months=30) <= asat),
      l8["Start Date of Most Recent Placement"] + pd.DateOffset(months=24) <= asat)

l9 = read(9, ["Date of Latest Pathway Plan Review"], ["LA in Touch", "Suitability of Accommodation", "Activity Status"])
everyone = pd.Series(True, index=l9.index)
count("care-leavers-in-touch", l9, everyone, l9["LA in Touch"] == "Yes")
count("care-leavers-accommodation", l9, everyone, l9["Suitability of Accommodation"] == "Suitable")
count("care-leavers-eet", l9, everyone, l9["Activity Status"].isin(["F1", "P2"]))
count("pathway-plans", l9, everyone, l9["Date of Latest Pathway Plan Review"] >= asat - pd.DateOffset(months=6))

# The common output of every side (compare_annex_a.py): measure -> team -> [population, within].
print(json.dumps({name: {team: [int(row.population), int(row.within)] for team, row in r.iterrows()}
                  for name, r in results.items()}, sort_keys=True))
