#!/usr/bin/env python3
"""Checks that the eleven-list benchmark's two sides did the same work: each measure's all-teams
population and within, read from the footer of its table in Readiness's page, against the
counts pandas_annex_a.py printed. Usage: compare_annex_a.py SITE_INDEX_HTML PANDAS_OUTPUT"""
import ast
import re
import sys

page = open(sys.argv[1], encoding="utf-8").read()
pandas = ast.literal_eval(open(sys.argv[2], encoding="utf-8").read())
# Readiness's measure names (generate.py's ANNEX_MEASURES) and pandas_annex_a.py's.
names = {"Contacts": "contacts", "Early help": "early help", "Assessments": "assessments",
         "Conferences": "conferences", "Adoptions": "adoptions", "Approvals": "approvals",
         "Referrals": "referrals", "CIN visits": "cin visits", "CP visits": "cp visits",
         "CP reviews": "cp reviews", "Plan length": "plan length", "First plans": "first plans",
         "Seen alone": "seen alone", "CLA visits": "cla visits", "CLA reviews": "cla reviews",
         "Health": "health", "Initial health": "initial health", "Stability": "stability",
         "Long-term stability": "long-term", "In touch": "in touch", "Accommodation": "accommodation",
         "EET": "eet", "Pathway plans": "pathway plans"}
found, differ = 0, []
for table in re.findall(r"<table.*?</table>", page, re.S):
    caption = re.search(r"<caption>(.*?)</caption>", table).group(1)
    footer = re.search(r"<tfoot>\s*<tr>(.*?)</tr>", table, re.S)
    if not footer or caption not in names:
        continue
    cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", footer.group(1))
    ours = (int(cells[1].replace(",", "")), int(cells[2].replace(",", "")))
    found += 1
    if ours != pandas[names[caption]]:
        differ.append(f"{caption}: readiness {ours}, pandas {pandas[names[caption]]}")
if found != len(names) or differ:
    print(f"    the two sides differ: {found} of {len(names)} measures found; " + "; ".join(differ))
    sys.exit(1)
print(f"    same counts: all {found} measures' population and within agree with pandas")
