#!/usr/bin/env bash
# `make bench`: measures Readiness side by side with Hugo, the cmark command and pandas on
# inputs generated with a fixed seed. Prints one line per measurement (best of RUNS, wall time
# and peak memory from /usr/bin/time). Results go in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$PWD/.build/release/readiness
out=$PWD/bench-out
runs=${RUNS:-3}
# pandas is in the virtual environment `make bench-deps` makes (PEP 668 keeps it out of the system Python).
py=$PWD/.build/venv/bin/python3
[ -x "$py" ] || py=python3
mkdir -p "$out"

# best_of CMD...: the fastest of $runs runs, as "seconds peak-KB".
best_of() {
  local best="" line
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$out/.time" "$@" >/dev/null 2>&1
    line=$(tail -1 "$out/.time")
    if [ -z "$best" ] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then best=$line; fi
  done
  echo "$best"
}
report() { printf '%-58s %8s s %9s KB\n' "$1" "${2%% *}" "${2##* }"; }

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"

# 1. The shipped sample site.
report "sample site: readiness build" "$(best_of "$bin" build --output "$out/sample-site")"

# 2. 5,000 Markdown pages: Readiness, Hugo, and the cmark command on the same Markdown.
[ -d "$out/pages" ] || python3 Tests/Bench/generate.py pages 5000 "$out/pages"
report "5,000 pages: readiness build" \
  "$(best_of "$bin" build --data "$out/pages/readiness/data" --templates "$out/pages/readiness/site-templates" --output "$out/pages/readiness-site")"
"$bin" build --timings --data "$out/pages/readiness/data" --templates "$out/pages/readiness/site-templates" \
  --output "$out/pages/readiness-site" 2>&1 >/dev/null | grep -E "^(render pages|of which libcmark)" | sed 's/^/    readiness stage: /'
if command -v hugo >/dev/null; then
  report "5,000 pages: hugo" "$(best_of hugo --quiet -s "$out/pages/hugo" -d "$out/pages/hugo-out")"
else
  echo "hugo not installed (apt-get install hugo): skipped"
fi
report "5,000 pages: cmark command, all files in one run" "$(best_of sh -c "cmark $out/pages/cmark/*.md")"

# 3. Child-level lists: ingest and aggregate, Readiness against pandas.
for n in 100000 1000000; do
  [ -d "$out/rows-$n" ] || python3 Tests/Bench/generate.py rows "$n" "$out/rows-$n"
  report "$n child-level rows: readiness build" \
    "$(best_of "$bin" build --data "$out/rows-$n/readiness/data" --templates "$out/rows-$n/readiness/site-templates" --output "$out/rows-$n/site")"
  if "$py" -c "import pandas" 2>/dev/null; then
    report "$n child-level rows: pandas read_csv + groupby" \
      "$(best_of "$py" Tests/Bench/pandas_timeliness.py "$out/rows-$n/readiness/data")"
  else
    echo "pandas not installed (pip install pandas): skipped"
  fi
done

# 3b. All eleven Annex A lists, 1,000,000 rows in all, every measure configured (with trends):
# Readiness against pandas computing the same per-team counts (Tests/Bench/pandas_annex_a.py).
n=1000000
[ -d "$out/annex-$n" ] || python3 Tests/Bench/generate.py annex "$n" "$out/annex-$n"
report "$n rows in 11 Annex A lists: readiness build" \
  "$(best_of "$bin" build --data "$out/annex-$n/readiness/data" --templates "$out/annex-$n/readiness/site-templates" --output "$out/annex-$n/site")"
if "$py" -c "import pandas" 2>/dev/null; then
  report "$n rows in 11 Annex A lists: pandas read_csv + groupby" \
    "$(best_of "$py" Tests/Bench/pandas_annex_a.py "$out/annex-$n/readiness/data")"
  "$py" Tests/Bench/pandas_annex_a.py "$out/annex-$n/readiness/data" > "$out/annex-$n/pandas.txt"
  python3 Tests/Bench/compare_annex_a.py "$out/annex-$n/site/index.html" "$out/annex-$n/pandas.txt" || true
fi

# 3a. The same 1,000,000 rows as one Annex A workbook (data/annex-a.xlsx, a sheet per list),
# against python-calamine and pandas.read_excel (openpyxl) reading the same workbook.
if "$py" -c "import xlsxwriter" 2>/dev/null; then
  n=1000000
  [ -f "$out/rows-$n/xlsx/data/annex-a.xlsx" ] || \
    "$py" Tests/Bench/annex_workbook.py "$out/rows-$n/readiness" "$out/rows-$n/xlsx"
  report "$n child-level rows as .xlsx: readiness build" \
    "$(best_of "$bin" build --data "$out/rows-$n/xlsx/data" --templates "$out/rows-$n/xlsx/site-templates" --output "$out/rows-$n/xlsx-site")"
  if "$py" -c "import python_calamine" 2>/dev/null; then
    report "$n child-level rows as .xlsx: python-calamine" \
      "$(best_of "$py" Tests/Bench/workbook_read.py calamine "$out/rows-$n/xlsx/data")"
  fi
  if "$py" -c "import pandas, openpyxl" 2>/dev/null; then
    report "$n child-level rows as .xlsx: pandas.read_excel (openpyxl), one run" \
      "$(runs=1 best_of "$py" Tests/Bench/workbook_read.py openpyxl "$out/rows-$n/xlsx/data")"
  fi
else
  echo "XlsxWriter not installed (make bench-deps): the workbook benchmark is skipped"
fi

# 3b. A declared table read whole: 200,000 rows of supervisions.csv with the sample.
[ -d "$out/supervisions" ] || python3 Tests/Bench/generate.py supervisions 200000 "$out/supervisions"
report "200,000 supervisions.csv rows: readiness build" \
  "$(best_of "$bin" build --data "$out/supervisions/data" --templates "$out/supervisions/site-templates" --output "$out/supervisions/site")"

# 4. An incremental rebuild in serve after one data cell changes.
rm -rf "$out/serve" && mkdir -p "$out/serve" && cp -r data site-templates "$out/serve/"
( cd "$out/serve" && exec "$bin" serve --port 0 > "$out/serve.log" 2>/dev/null ) &
server=$!
for _ in $(seq 50); do grep -q "Serving" "$out/serve.log" 2>/dev/null && break; sleep 0.2; done
for edit in 1 2 3; do
  sed -i "s/^A01,R1,\(.*\),[0-9],\(Improving\|Static\|Declining\|\),/A01,R1,\1,$((edit + 1)),\2,/" "$out/serve/data/actions.csv" || true
  sed -i "s/Children's services inspection readiness.*/Children's services inspection readiness $edit/" "$out/serve/data/settings.yaml"
  for _ in $(seq 50); do [ "$(grep -c Rebuilt "$out/serve.log")" -ge "$edit" ] && break; sleep 0.1; done
done
kill "$server" 2>/dev/null || true
echo "incremental rebuild in serve after an edit: $(grep -o 'Rebuilt in [0-9]* ms' "$out/serve.log" | tr '\n' ' ')"
