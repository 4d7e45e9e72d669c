#!/usr/bin/env python3
"""The pandas side of the ingest benchmark: read_csv plus groupby on the same Annex A lists,
computing the same counts per team as Readiness (population and within the standard), as at
2026-11-20. Usage: pandas_timeliness.py DATA_FOLDER"""
import sys

import pandas as pd

folder = sys.argv[1] + "/annex-a/"
asat = pd.Timestamp("2026-11-20")
results = {}

l6 = pd.read_csv(folder + "list-6.csv", dtype=str)
start, closed = pd.to_datetime(l6["CIN Start Date"]), pd.to_datetime(l6["CIN Closure Date"])
seen = pd.to_datetime(l6["Date Child Was Last Seen"])
open6 = (start <= asat) & ~(closed <= asat)
l6 = l6.assign(open=open6, within=open6 & (seen <= asat) & (seen >= asat - pd.Timedelta(days=28)))
results["cin"] = l6.groupby("Allocated Team")[["open", "within"]].sum()

l7 = pd.read_csv(folder + "list-7.csv", dtype=str)
start, visit = pd.to_datetime(l7["Child Protection Plan Start Date"]), pd.to_datetime(l7["Date of the Last Statutory Visit"])
open7 = start <= asat
# 10 working days before 20 November 2026 (no bank holidays between): 6 November.
l7 = l7.assign(open=open7, within=open7 & (visit <= asat) & (visit >= pd.Timestamp("2026-11-06")))
results["cp"] = l7.groupby("Allocated Team")[["open", "within"]].sum()

l8 = pd.read_csv(folder + "list-8.csv", dtype=str)
start = pd.to_datetime(l8["Date Started to be Looked After"])
visit, health = pd.to_datetime(l8["Date of Last Social Work Visit"]), pd.to_datetime(l8["Date of Last Health Assessment"])
age = pd.to_numeric(l8["Age of Child (Years)"])
open8 = start <= asat
cutoff = asat - pd.DateOffset(months=12)
cutoff5 = asat - pd.DateOffset(months=6)
l8 = l8.assign(open=open8, within=open8 & (visit <= asat) & (visit >= asat - pd.Timedelta(days=42)),
               healthy=open8 & (health <= asat) & (health >= pd.Series(cutoff, index=l8.index).where(age >= 5, cutoff5)))
results["cla"] = l8.groupby("Allocated Team")[["open", "within", "healthy"]].sum()
print({k: int(v["within"].sum()) for k, v in results.items()}, int(results["cla"]["healthy"].sum()))
