#!/usr/bin/env python3
"""Checks that every side of the eleven-list benchmark did the same work as Readiness: for each
of the 23 measures, each team's population and within, read from the rows of the measure's table
in Readiness's page (and its "All teams" footer), against the JSON each peer printed
(measure -> team -> [population, within], measure named by its Readiness check).
Teams a side counts no one in are left out on both sides. Exits 1 if any side differs.
Usage: compare_annex_a.py SITE_INDEX_HTML NAME=PEER_OUTPUT.json [NAME=PEER_OUTPUT.json ...]"""
import html
import json
import re
import sys

# Readiness's measure names (generate.py's ANNEX_MEASURES) and their checks, the peers' keys.
CHECKS = {"Contacts": "contacts", "Early help": "early-help-assessments", "Referrals": "referrals",
          "Assessments": "assessments", "Conferences": "conferences", "CIN visits": "cin-visits",
          "CP visits": "cp-visits", "CP reviews": "cp-reviews", "Plan length": "cp-plan-length",
          "First plans": "cp-first-plans", "Seen alone": "cp-seen-alone", "CLA visits": "cla-visits",
          "CLA reviews": "cla-reviews", "Health": "health-assessments",
          "Initial health": "initial-health-assessments", "Stability": "placement-stability",
          "Long-term stability": "long-term-stability", "In touch": "care-leavers-in-touch",
          "Accommodation": "care-leavers-accommodation", "EET": "care-leavers-eet",
          "Pathway plans": "pathway-plans", "Adoptions": "adoptions", "Approvals": "adopter-approvals"}


def number(cell):
    return int(re.sub(r"<[^>]*>", "", cell).replace(",", "").strip())


def readiness(path):
    """measure -> team -> (population, within), and measure -> the footer's (population, within)."""
    page = open(path, encoding="utf-8").read()
    teams, totals = {}, {}
    for table in re.findall(r"<table.*?</table>", page, re.S):
        caption = re.search(r"<caption[^>]*>(.*?)</caption>", table, re.S)
        if not caption or html.unescape(caption.group(1)) not in CHECKS:
            continue
        check = CHECKS[html.unescape(caption.group(1))]
        body = re.search(r"<tbody>(.*?)</tbody>", table, re.S)
        rows = {}
        for row in re.findall(r"<tr>(.*?)</tr>", body.group(1) if body else "", re.S):
            cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
            rows[html.unescape(re.sub(r"<[^>]*>", "", cells[0]).strip())] = (number(cells[1]), number(cells[2]))
        footer = re.search(r"<tfoot>\s*<tr>(.*?)</tr>", table, re.S)
        cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", footer.group(1)) if footer else []
        teams[check] = {t: v for t, v in rows.items() if v != (0, 0)}
        totals[check] = (number(cells[1]), number(cells[2])) if cells else None
    return teams, totals


ours, totals = readiness(sys.argv[1])
failed = False
missing = sorted(set(CHECKS.values()) - set(ours))
if missing:
    print(f"    Readiness's page lacks {len(missing)} measures: {', '.join(missing)}")
    failed = True
for argument in sys.argv[2:]:
    name, path = argument.split("=", 1)
    try:
        theirs = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"    {name}: no output to compare ({error})")
        failed = True
        continue
    differ = []
    for check in sorted(set(CHECKS.values())):
        side = {t: tuple(v) for t, v in theirs.get(check, {}).items() if tuple(v) != (0, 0)}
        mine = ours.get(check, {})
        if check not in theirs:
            differ.append(f"{check}: missing")
            continue
        for team in sorted(set(side) | set(mine)):
            if side.get(team) != mine.get(team):
                differ.append(f"{check} / {team}: readiness {mine.get(team)}, {name} {side.get(team)}")
        total = tuple(map(sum, zip(*side.values()))) if side else (0, 0)
        if totals.get(check) is not None and total != totals[check]:
            differ.append(f"{check} all teams: readiness {totals[check]}, {name} {total}")
    if differ:
        failed = True
        print(f"    {name} DIFFERS from readiness in {len(differ)} counts: " + "; ".join(differ[:12])
              + (" ..." if len(differ) > 12 else ""))
    else:
        cells = sum(len(v) for v in ours.values())
        print(f"    {name}: same counts as readiness, all {len(ours)} measures, {cells} team rows")
sys.exit(1 if failed else 0)
