#!/usr/bin/env python3
"""Generates the benchmark inputs with a fixed seed (see docs/performance.md).

  generate.py pages N OUT   N Markdown pages as a Readiness site, a Hugo site and plain files for cmark
  generate.py rows N OUT    a Readiness site whose Annex A lists 6, 7 and 8 hold N rows in all
"""
import csv
import datetime as dt
import os
import random
import shutil
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
WORDS = ("practice children family plan assessment review visit team social worker manager audit "
         "quality outcome timely risk support partnership school health police placement stability "
         "permanence carer leaver education training housing advice evidence improvement board").split()


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def page_body(rng, i):
    parts = [f"# Page {i}: {sentence(rng, 4)[:-1]}", ""]
    for _ in range(4):
        text = " ".join(sentence(rng, rng.randint(8, 16)) for _ in range(3))
        text = text.replace(" plan ", " *plan* ", 1).replace(" audit ", " **audit** ", 1)
        parts += [text + f" See [the report](report-{i}.html).", ""]
    parts += ["## Actions", ""] + [f"- {sentence(rng, 7)}" for _ in range(5)] + [""]
    parts += ["1. " + sentence(rng, 6), "2. " + sentence(rng, 6), ""]
    parts += ["> " + sentence(rng, 12), "", "```", "caseload = cases / fte", "```", ""]
    return "\n".join(parts)


def pages(n, out):
    rng = random.Random(2026)
    site = os.path.join(out, "readiness")
    shutil.copytree(os.path.join(ROOT, "data"), os.path.join(site, "data"))
    for folder in ("layouts", "assets", "partials"):
        shutil.copytree(os.path.join(ROOT, "site-templates", folder), os.path.join(site, "site-templates", folder))
    os.makedirs(os.path.join(site, "site-templates", "pages"))
    hugo = os.path.join(out, "hugo")
    os.makedirs(os.path.join(hugo, "content"))
    os.makedirs(os.path.join(hugo, "layouts", "_default"))
    with open(os.path.join(hugo, "config.toml"), "w") as f:
        f.write('baseURL = "/"\nrelativeURLs = true\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n')
    layout = ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
              '<link rel="stylesheet" href="/style.css"></head><body><main>{{ .Content }}</main></body></html>\n')
    for name in ("single.html", "list.html"):
        with open(os.path.join(hugo, "layouts", "_default", name), "w") as f:
            f.write(layout)
    plain = os.path.join(out, "cmark")
    os.makedirs(plain)
    for i in range(1, n + 1):
        body = page_body(rng, i)
        name = f"p{i:05d}.md"
        with open(os.path.join(site, "site-templates", "pages", name), "w") as f:
            f.write(f"---\ntitle: Page {i}\nnav: false\n---\n{body}")
        with open(os.path.join(hugo, "content", name), "w") as f:
            f.write(f"---\ntitle: Page {i}\n---\n{body}")
        with open(os.path.join(plain, name), "w") as f:
            f.write(body)


def rows(n, out):
    rng = random.Random(2026)
    asat = dt.date(2026, 11, 20)
    site = os.path.join(out, "readiness")
    data = os.path.join(site, "data")
    os.makedirs(os.path.join(data, "annex-a"))
    shutil.copy(os.path.join(ROOT, "data", "bank-holidays.csv"), data)
    with open(os.path.join(data, "settings.yaml"), "w") as f:
        f.write("council: Benchmark Council\nas_at: 2026-11-20\ntimeliness:\n"
                "  - {check: cin-visits, name: CIN visits, standard: 4 weeks, theme: t}\n"
                "  - {check: cp-visits, name: CP visits, standard: 10 working days, theme: t}\n"
                "  - {check: cla-visits, name: CLA visits, standard: 6 weeks, theme: t}\n"
                "  - {check: health-assessments, name: Health, standard: 12 months, standard_under_5: 6 months, theme: t}\n")
    with open(os.path.join(data, "themes.yaml"), "w") as f:
        f.write("frameworks: [{id: ilacs, name: ILACS}]\nthemes: [{id: t, framework: ilacs, name: Timeliness}]\n")
    templates = os.path.join(site, "site-templates")
    shutil.copytree(os.path.join(ROOT, "site-templates", "layouts"), os.path.join(templates, "layouts"))
    os.makedirs(os.path.join(templates, "pages"))
    with open(os.path.join(templates, "pages", "index.md"), "w") as f:
        f.write("---\ntitle: Timeliness\n---\n# Timeliness\n\n{{#timeliness}}\n{{table}}\n{{/timeliness}}\n")
    teams = [f"Team {k:02d}" for k in range(1, 41)]
    personal = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
                "Does the Child have a Disability"]
    lists = {
        6: (0.4, ["CIN Start Date", "Primary Need Code", "Date Child Was Last Seen", "CIN Closure Date"]),
        7: (0.2, ["Child Protection Plan Start Date", "Date of the Last Statutory Visit", "Was the Child Seen Alone?",
                  "Date of latest review conference"]),
        8: (0.4, ["Date Started to be Looked After", "Legal Status", "Date of Latest Statutory Review",
                  "Date of Last Social Work Visit", "Date of Last Health Assessment"]),
    }
    def day(back):
        return (asat - dt.timedelta(days=back)).isoformat()
    for number, (share, columns) in lists.items():
        with open(os.path.join(data, "annex-a", f"list-{number}.csv"), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(personal + columns + ["Allocated Team", "Allocated Worker"])
            for i in range(int(n * share)):
                age = rng.randint(0, 17)
                head = [f"C{number}{i:08d}", rng.choice(["a) Male", "b) Female"]), rng.choice(["WBRI", "ASIN", "BCRB"]),
                        day(age * 365 + rng.randint(0, 364)), str(age), rng.choice(["a) Yes", "b) No"])]
                if number == 6:
                    tail = [day(rng.randint(30, 900)), "N1", day(rng.randint(0, 60)),
                            day(rng.randint(0, 20)) if rng.random() < 0.1 else ""]
                elif number == 7:
                    tail = [day(rng.randint(20, 700)), day(rng.randint(0, 25)), rng.choice(["a) Yes", "b) No"]),
                            day(rng.randint(0, 200))]
                else:
                    tail = [day(rng.randint(30, 3000)), "C2", day(rng.randint(0, 200)), day(rng.randint(0, 60)),
                            day(rng.randint(0, 420))]
                w.writerow(head + tail + [rng.choice(teams), f"Worker {rng.randint(1, 400)}"])


def supervisions(n, out):
    """The sample council with a supervisions.csv of n rows (2,000 workers in 40 teams, one row
    per supervision over the year): the declared-table path (CSV read whole, cells through
    typed keys) at a size far above a real council's (about 6,000 rows a year for 500 workers)."""
    rng = random.Random(2026)
    shutil.copytree(os.path.join(ROOT, "data"), os.path.join(out, "data"))
    shutil.copytree(os.path.join(ROOT, "site-templates"), os.path.join(out, "site-templates"))
    teams = [f"Team {k:02d}" for k in range(1, 41)]
    with open(os.path.join(out, "data", "supervisions.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["Worker", "Team", "Supervision date"])
        for _ in range(n):
            worker = rng.randint(1, 2000)
            day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 323))
            w.writerow([f"SW{worker:05d}", teams[worker % 40], day.isoformat()])


if __name__ == "__main__":
    kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    {"pages": pages, "rows": rows, "supervisions": supervisions}[kind](n, out)
