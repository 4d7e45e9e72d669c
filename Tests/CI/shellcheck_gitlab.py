"""Runs ShellCheck on every job's scripts in a .gitlab-ci.yml (before_script and script, the
hidden jobs' ones included through `extends`), as actionlint does for GitHub's run: steps.

Usage: python3 shellcheck_gitlab.py .gitlab-ci.yml   (exit status 1 when ShellCheck finds anything)
"""

import subprocess
import sys

from ruamel.yaml import YAML


def lines(job, jobs):
    """The job's shell lines, its `extends` job's before_script first unless it has its own."""
    parent = jobs.get(job.get("extends", ""), {})
    before = job.get("before_script", parent.get("before_script", []))
    return [str(line) for line in before + job.get("script", [])]


def main(path):
    jobs = YAML(typ="safe").load(open(path, encoding="utf-8"))
    failed = False
    checked = 0
    for name, job in jobs.items():
        if not isinstance(job, dict) or "script" not in job:
            continue
        script = "\n".join(lines(job, jobs)) + "\n"
        run = subprocess.run(["shellcheck", "--shell=sh", "-"], input=script, text=True, capture_output=True)
        checked += 1
        if run.returncode != 0:
            failed = True
            print(f"{path}: job {name}:\n{run.stdout}{run.stderr}")
    if checked == 0:
        print(f"{path}: no job with a script")
        return 1
    print(f"{path}: ShellCheck found nothing in {checked} jobs' scripts")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
