#!/usr/bin/env python3
"""Generates the benchmark inputs with a fixed seed (see docs/performance.md).

  generate.py pages N OUT [1k]  N Markdown pages (about 2 KB each, or 1 KB with `1k`) as a Readiness
                            site, a Hugo site and plain files for cmark
  generate.py bigpage N OUT N pages' Markdown (about 1.9 KB each) in one file, OUT/big.md, and a
                            Readiness site of the same Markdown in pages of at most 1.9 MiB (Readiness
                            takes at most 2 MB a page); 24000: 46 MB, 24 pages
  generate.py rows N OUT    a Readiness site whose Annex A lists 6, 7 and 8 hold N rows in all
  generate.py annex N OUT   a Readiness site whose eleven Annex A lists hold N rows in all, every
                            measure of docs/indicators.md configured on them
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


def page_body(rng, i, small=False):
    """A page of Markdown: about 1.9 KB, or about 1 KB if small (two paragraphs, three items)."""
    parts = [f"# Page {i}: {sentence(rng, 4)[:-1]}", ""]
    for _ in range(2 if small else 4):
        text = " ".join(sentence(rng, rng.randint(8, 16)) for _ in range(3))
        text = text.replace(" plan ", " *plan* ", 1).replace(" audit ", " **audit** ", 1)
        parts += [text + f" See [the report](report-{i}.html).", ""]
    parts += ["## Actions", ""] + [f"- {sentence(rng, 7)}" for _ in range(3 if small else 5)] + [""]
    parts += ["1. " + sentence(rng, 6), "2. " + sentence(rng, 6), ""]
    parts += ["> " + sentence(rng, 12), "", "```", "caseload = cases / fte", "```", ""]
    return "\n".join(parts)


def pages_site(out):
    """A Readiness site in out/readiness with the sample's data, layouts, assets and partials and no
    pages yet; returns its pages folder."""
    site = os.path.join(out, "readiness")
    shutil.copytree(os.path.join(ROOT, "data"), os.path.join(site, "data"))
    for folder in ("layouts", "assets", "partials"):
        shutil.copytree(os.path.join(ROOT, "site-templates", folder), os.path.join(site, "site-templates", folder))
    os.makedirs(os.path.join(site, "site-templates", "pages"))
    return os.path.join(site, "site-templates", "pages")


def pages(n, out, size=None):
    rng = random.Random(2026)
    small = size == "1k"
    folder = pages_site(out)
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
        body = page_body(rng, i, small)
        name = f"p{i:05d}.md"
        with open(os.path.join(folder, name), "w") as f:
            f.write(f"---\ntitle: Page {i}\nnav: false\n---\n{body}")
        with open(os.path.join(hugo, "content", name), "w") as f:
            f.write(f"---\ntitle: Page {i}\n---\n{body}")
        with open(os.path.join(plain, name), "w") as f:
            f.write(body)


def bigpage(n, out):
    """n pages' Markdown one after another in out/big.md (for the cmark command), and the same
    Markdown as a Readiness site (out/readiness). Readiness refuses a page of more than 2 MB of
    Markdown (Budgets.markdownBytes: libcmark's memory), so there the text is cut, between two of
    the n pages, into pages of at most 1.9 MiB each (24000 pages: 46 MB, 24 pages)."""
    rng = random.Random(2026)
    bodies = [page_body(rng, i) for i in range(1, n + 1)]
    with open(os.path.join(out, "big.md"), "w") as f:
        f.write("\n".join(bodies))
    folder, part, size = pages_site(out), [], 0

    def flush():
        number = len(os.listdir(folder)) + 1
        with open(os.path.join(folder, f"big-{number:03d}.md"), "w") as f:
            f.write(f"---\ntitle: Big page {number}\nnav: false\n---\n" + "\n".join(part))

    for body in bodies:
        if part and size + len(body) + 1 > 1_992_294:
            flush()
            part, size = [], 0
        part.append(body)
        size += len(body) + 1
    flush()


def lists_site(out, measures, blocks):
    """A Readiness site in out/readiness measuring the given `timeliness:` entries, one page
    showing `blocks` for each; returns its data folder, with an empty annex-a/ to fill."""
    site = os.path.join(out, "readiness")
    data = os.path.join(site, "data")
    os.makedirs(os.path.join(data, "annex-a"))
    shutil.copy(os.path.join(ROOT, "data", "bank-holidays.csv"), data)
    with open(os.path.join(data, "settings.yaml"), "w") as f:
        f.write("council: Benchmark Council\nas_at: 2026-11-20\ntimeliness:\n" + measures)
    with open(os.path.join(data, "themes.yaml"), "w") as f:
        f.write("frameworks: [{id: ilacs, name: ILACS}]\nthemes: [{id: t, framework: ilacs, name: Timeliness}]\n")
    templates = os.path.join(site, "site-templates")
    shutil.copytree(os.path.join(ROOT, "site-templates", "layouts"), os.path.join(templates, "layouts"))
    os.makedirs(os.path.join(templates, "pages"))
    with open(os.path.join(templates, "pages", "index.md"), "w") as f:
        f.write(f"---\ntitle: Timeliness\n---\n# Timeliness\n\n{{{{#timeliness}}}}\n{blocks}\n{{{{/timeliness}}}}\n")
    return data


def rows(n, out):
    rng = random.Random(2026)
    asat = dt.date(2026, 11, 20)
    data = lists_site(out, "  - {check: cin-visits, name: CIN visits, standard: 4 weeks, theme: t}\n"
                           "  - {check: cp-visits, name: CP visits, standard: 10 working days, theme: t}\n"
                           "  - {check: cla-visits, name: CLA visits, standard: 6 weeks, theme: t}\n"
                           "  - {check: health-assessments, name: Health, standard: 12 months, standard_under_5: 6 months, theme: t}\n",
                      "{{table}}")
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


# The eleven lists: each one's share of the rows and its columns after the personal ones.
ANNEX = {
    1: (0.15, ["Date of Contact", "Contact Source", "Date of Decision"]),
    2: (0.05, ["Assessment start date", "Assessment completion date", "Organisation completing assessment"]),
    3: (0.10, ["Date of referral", "Referral Source", "Number of Referrals in Last 12 Months"]),
    4: (0.10, ["Assessment Start Date", "Assessment Authorised Date"]),
    5: (0.05, ["Strategy discussion initiating Section 47 Enquiry Start Date",
               "Date of Initial Child Protection Conference"]),
    6: (0.15, ["CIN Start Date", "Primary Need Code", "Date Child Was Last Seen", "CIN Closure Date",
               "Agreed Visiting Frequency"]),
    7: (0.08, ["Child Protection Plan Start Date", "Date of the Last Statutory Visit", "Was the Child Seen Alone?",
               "Date of latest review conference", "Number of Previous Child Protection Plans"]),
    8: (0.15, ["Date Started to be Looked After", "Legal Status", "Date of Latest Statutory Review",
               "Date of Last Social Work Visit", "Date of Last Health Assessment",
               "Number of Placements in the Last 12 months", "Start Date of Most Recent Placement"]),
    9: (0.07, ["LA in Touch", "Suitability of Accommodation", "Activity Status", "Date of Latest Pathway Plan Review"]),
    10: (0.05, ["Date the Child Entered Care", "Date Placed for Adoption"]),
    11: (0.05, ["Date application submitted", "Date application approved"]),
}

ANNEX_MEASURES = """  - {check: contacts, name: Contacts, standard: 1 working day, theme: t}
  - {check: early-help-assessments, name: Early help, standard: 45 working days, theme: t}
  - {check: referrals, name: Referrals, theme: t}
  - {check: assessments, name: Assessments, standard: 45 working days, theme: t}
  - {check: conferences, name: Conferences, standard: 15 working days, theme: t}
  - {check: cin-visits, name: CIN visits, standard: 4 weeks, theme: t}
  - {check: cp-visits, name: CP visits, standard: 10 working days, theme: t}
  - {check: cp-reviews, name: CP reviews, standard: 6 months, theme: t}
  - {check: cp-plan-length, name: Plan length, standard: 2 years, theme: t}
  - {check: cp-first-plans, name: First plans, standard: 12 months, theme: t}
  - {check: cp-seen-alone, name: Seen alone, theme: t}
  - {check: cla-visits, name: CLA visits, standard: 6 weeks, theme: t}
  - {check: cla-reviews, name: CLA reviews, standard: 6 months, theme: t}
  - {check: health-assessments, name: Health, standard: 12 months, standard_under_5: 6 months, theme: t}
  - {check: initial-health-assessments, name: Initial health, standard: 20 working days, theme: t}
  - {check: placement-stability, name: Stability, theme: t}
  - {check: long-term-stability, name: Long-term stability, theme: t}
  - {check: care-leavers-in-touch, name: In touch, theme: t}
  - {check: care-leavers-accommodation, name: Accommodation, theme: t}
  - {check: care-leavers-eet, name: EET, theme: t}
  - {check: pathway-plans, name: Pathway plans, standard: 6 months, theme: t}
  - {check: adoptions, name: Adoptions, standard: 426 days, theme: t}
  - {check: adopter-approvals, name: Approvals, standard: 6 months, theme: t}
"""


def annex(n, out):
    """The eleven Annex A lists, n rows in all, as a Readiness site measuring all of them."""
    rng = random.Random(2027)
    asat = dt.date(2026, 11, 20)
    data = lists_site(out, ANNEX_MEASURES, "{{table}}\n{{trend}}")
    teams = [f"Team {k:02d}" for k in range(1, 41)]
    personal = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)"]

    def day(back):
        return (asat - dt.timedelta(days=back)).isoformat()

    def maybe(back, p=0.85):
        return day(back) if rng.random() < p else ""

    for number, (share, columns) in ANNEX.items():
        team = number not in (1, 2, 10, 11)
        with open(os.path.join(data, "annex-a", f"list-{number}.csv"), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(personal + columns + (["Allocated Team", "Allocated Worker"] if team else []))
            for i in range(int(n * share)):
                age = rng.randint(0, 17)
                head = [f"C{number}{i:08d}", rng.choice(["a) Male", "b) Female"]), rng.choice(["WBRI", "ASIN", "BCRB"]),
                        day(age * 365 + rng.randint(0, 364)), str(age)]
                start = rng.randint(0, 400)
                if number in (1, 2, 4, 5, 10, 11):
                    span = {1: 3, 2: 70, 4: 60, 5: 25, 10: 500, 11: 250}[number]
                    end = start - rng.randint(0, span)
                    tail = [day(start), day(end) if end >= 0 and rng.random() < 0.9 else ""]
                    if number == 1:
                        tail = [tail[0], "Police", tail[1]]
                    elif number == 2:
                        tail.append("School")
                elif number == 3:
                    tail = [day(start), "Police", str(rng.choice([1, 1, 1, 2, 3]))]
                elif number == 6:
                    tail = [day(rng.randint(30, 900)), "N1", day(rng.randint(0, 60)),
                            day(rng.randint(0, 20)) if rng.random() < 0.1 else "",
                            rng.choice(["", "", "", "6 weekly", "8 weeks"])]
                elif number == 7:
                    tail = [day(rng.randint(20, 900)), day(rng.randint(0, 25)), rng.choice(["a) Yes", "b) No"]),
                            maybe(rng.randint(0, 200)), str(rng.choice([0, 0, 0, 1, 2]))]
                elif number == 8:
                    care = rng.randint(30, 3000)
                    tail = [day(care), "C2", maybe(rng.randint(0, 200)), day(rng.randint(0, 60)),
                            maybe(rng.randint(0, 420)), str(rng.choice([1, 1, 2, 3, 4])), day(rng.randint(0, care))]
                else:
                    tail = [rng.choice(["Yes", "No", "Refu", "Died"]), rng.choice(["Suitable", "Unsuitable", ""]),
                            rng.choice(["F1", "P2", "G4", "G6", "Not known"]), maybe(rng.randint(0, 300))]
                w.writerow(head + tail + ([rng.choice(teams), f"Worker {rng.randint(1, 400)}"] if team else []))


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
    kind, n, out, extra = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    {"pages": pages, "bigpage": bigpage, "rows": rows, "annex": annex, "supervisions": supervisions}[kind](n, out, *extra)
