#!/usr/bin/env bash
# `make bench`: measures Readiness side by side with like-for-like peers, on inputs generated with
# a fixed seed (Tests/Bench/generate.py, into bench-out/). Each comparison runs every tool RUNS
# times, taking turns run by run (1, 2, 3, 1, 2, 3, ...), and prints a table: best and median wall
# time and peak memory (/usr/bin/time -f "%e %M"), and the ratio of each best to Readiness's.
# The peers' versions are printed first. docs/performance.md has the figures and what they mean.
#
#   Annex A, the eleven lists:   readiness build | pandas | polars | duckdb | a one-pass C floor
#                                (all must give the same per-team counts: compare_annex_a.py)
#   Markdown, 46 MB:             readiness build | cmark command on the same Markdown
#   Markdown, many small pages:  readiness build | libcmark on two threads (cmark_pages.c)
#   Pages:                       readiness build | hugo | the I/O floor (cmark_pages.c copying the pages)
#   and the sample site, child-level rows against pandas, the Annex A workbook against
#   python-calamine and pandas.read_excel, 200,000 supervisions, a rebuild in serve.
#
# Environment:
#   RUNS=5             runs per tool
#   BENCH_SIZES=full   full (under about 40 minutes on 2 cores) or quick (a minute or two)
#   BENCH_ONLY=a,b     only these sections: sample annex markdown pages rows workbook supervisions serve
#   BENCH_PERF=1       also count each tool's instructions (perf stat -e instructions:u, one more run)
#   READINESS=path     the binary (default .build/release/readiness); PY=path the venv's python3
#   BENCH_OUT=path     where inputs and outputs go (default bench-out/); /dev/shm for a memory
#                      file system (Readiness reads nothing else under /proc, /sys or /dev)
# Exits 1, after the rest has run, when a peer disagrees with Readiness or a tool fails; a peer
# that is not installed is skipped, and said so at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
bin=${READINESS:-$root/.build/release/readiness}
out=${BENCH_OUT:-$root/bench-out}
runs=${RUNS:-5}
sizes=${BENCH_SIZES:-full}
only=${BENCH_ONLY:-all}
# pandas, polars and duckdb are in the virtual environment `make bench-deps` makes (PEP 668
# keeps them out of the system Python); generate.py needs only the standard library.
py=${PY:-$root/.build/venv/bin/python3}
[ -x "$py" ] || { echo "No $py: run make bench-deps"; exit 1; }
[ -x "$bin" ] || { echo "No $bin: run make build (or set READINESS)"; exit 1; }
mkdir -p "$out/bin" "$out/.last"
failures=()
skipped=()

case $sizes in
  quick) annex_sizes="100000"; big_pages=2000; md_pages=1000; hugo_sizes="1000"; row_sizes="100000"
         workbook_rows=""; supervision_rows=20000 ;;
  full)  annex_sizes="1000000 5000000"; big_pages=24000; md_pages=5000; hugo_sizes="5000 20000 50000"
         row_sizes="100000 1000000"; workbook_rows=1000000; supervision_rows=200000 ;;
  *) echo "BENCH_SIZES is quick or full"; exit 2 ;;
esac

section() { [ "$only" = all ] || [[ ",$only," == *",$1,"* ]]; }
have() { "$py" -c "import $1" 2>/dev/null; }
fail() { echo "!!! FAILED: $*"; failures+=("$*"); }
skip() { echo "    skipped: $*"; skipped+=("$*"); }

# generate KIND N DIR [ARG]: makes the inputs once; DIR/.done marks a finished generation.
generate() {
  [ -f "$3/.done" ] && return
  echo "    (generating $1 $2 into ${3#"$root"/})"
  "$py" Tests/Bench/generate.py "$1" "$2" "$3" ${4:+"$4"} && touch "$3/.done"
}

# compare TITLE LABEL ARRAY [LABEL ARRAY ...]: each ARRAY names a bash array holding a command.
# Runs each command RUNS times in turn; a run's standard output goes to $out/.last/K.out (K from
# 1, the last run's kept). Prints the table rows. The paths in the array `fresh`, if any, are
# removed (untimed) before every run, so every tool writes its pages into an empty folder:
# creating files costs more than overwriting them, much more on some disks.
fresh=()
compare() {
  local title=$1; shift
  local labels=() names=() k r n
  while [ $# -gt 0 ]; do labels+=("$1"); names+=("$2"); shift 2; done
  n=${#names[@]}
  rm -f "$out"/.last/*
  for r in $(seq "$runs"); do
    for k in $(seq 0 $((n - 1))); do
      local -n command=${names[$k]}
      [ ${#fresh[@]} -eq 0 ] || rm -rf "${fresh[@]}"
      local timing="$out/.last/$((k + 1)).time-$r" line=""
      if /usr/bin/time -f "%e %M" -o "$timing" "${command[@]}" >"$out/.last/$((k + 1)).out" 2>"$out/.last/$((k + 1)).err"; then
        line=$(tail -1 "$timing")
      fi
      # A run that failed, or whose timing is not "seconds KB", fails the tool's row.
      if [[ $line =~ ^[0-9]+\.[0-9]+\ [0-9]+$ ]]; then
        echo "$line" >>"$out/.last/$((k + 1)).times"
      else
        echo "x x" >>"$out/.last/$((k + 1)).times"
        echo "run $r: timing '$(tr '\n' ' ' <"$timing" 2>/dev/null)'" >>"$out/.last/$((k + 1)).err"
      fi
      unset -n command
    done
  done
  echo
  echo "$title"
  printf '  %-64s %9s %9s %9s %8s' "" "best s" "median s" "peak MB" "vs 1st"
  [ -n "${BENCH_PERF:-}" ] && printf ' %14s' "instructions"
  echo
  local first=""
  for k in $(seq 0 $((n - 1))); do
    local file="$out/.last/$((k + 1)).times"
    if grep -q '^x' "$file"; then
      printf '  %-64s failed: %s\n' "${labels[$k]}" "$(tail -3 "$out/.last/$((k + 1)).err" | tr '\n' ' ')"
      fail "$title: ${labels[$k]}"
      continue
    fi
    local stats
    stats=$(sort -n "$file" | awk '{ t[NR] = $1; if ($2 > m) m = $2 }
      END { med = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.2f %.2f %.0f", t[1], med, m / 1024 }')
    set -- $stats
    [ -z "$first" ] && first=$1
    printf '  %-64s %9s %9s %9s %7sx' "${labels[$k]}" "$1" "$2" "$3" \
      "$(awk -v a="$1" -v b="$first" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
    if [ -n "${BENCH_PERF:-}" ]; then
      local -n command=${names[$k]}
      printf ' %12s M' "$(perf stat -x, -e instructions:u "${command[@]}" 2>&1 >/dev/null | \
        awk -F, '/instructions/ { printf "%.0f", $1 / 1e6 }')"
      unset -n command
    fi
    echo
  done
}

# The tools and their versions.
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
echo "Runs: $runs per tool, in turn; sizes: $sizes; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "Versions:"
echo "  readiness $("$bin" --version 2>/dev/null) ($(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown))"
echo "  $("$py" --version 2>&1)$(for m in pandas numpy polars duckdb python_calamine openpyxl; do
  "$py" -c "import importlib.metadata as m; print(', $m', m.version('${m/_/-}'))" 2>/dev/null | tr -d '\n'; done)"
command -v cmark >/dev/null && echo "  $(cmark --version | head -1)"
command -v hugo >/dev/null && echo "  $(hugo version | cut -d' ' -f1-2)"
[ -f /usr/include/cmark_version.h ] && echo "  libcmark $(awk '/define CMARK_VERSION_STRING/ {gsub(/"/, "", $3); print $3}' /usr/include/cmark_version.h) (headers)"
command -v cc >/dev/null && echo "  $(cc --version | head -1)"

# The C peers, built here (they are small): the Annex A floor and libcmark on many pages.
cc_ok=""
if command -v cc >/dev/null; then
  cc -O2 -pthread -o "$out/bin/floor_annex_a" Tests/Bench/floor_annex_a.c && cc_ok=1
  [ -f /usr/include/cmark.h ] && cc -O2 -pthread -o "$out/bin/cmark_pages" Tests/Bench/cmark_pages.c -lcmark
else
  skip "the C floor and the libcmark program (no C compiler)"
fi

# 1. The shipped sample site.
if section sample; then
  sample=("$bin" build --output "$out/sample-site")
  compare "The sample site (8 pages, 1,620 child-level rows)" "readiness build" sample
fi

# 2. Annex A, all eleven lists, every measure of docs/indicators.md configured (with trends).
# Every peer prints measure -> team -> [population, within]; compare_annex_a.py checks each
# against the tables of Readiness's page.
if section annex; then
  for n in $annex_sizes; do
    dir=$out/annex-$n
    generate annex "$n" "$dir"
    data=$dir/readiness/data
    readiness=("$bin" build --data "$data" --templates "$dir/readiness/site-templates" --output "$dir/site")
    pandas=("$py" Tests/Bench/pandas_annex_a.py "$data")
    polars=("$py" Tests/Bench/polars_annex_a.py "$data")
    duckdb=("$py" Tests/Bench/duckdb_annex_a.py "$data")
    floor=("$out/bin/floor_annex_a" "$data")
    group=("readiness build (read, 23 measures with trends, render, write)" readiness)
    peers=()
    for peer in pandas polars duckdb; do
      if have "$peer"; then group+=("$peer" "$peer"); peers+=("$peer"); else skip "$peer (not installed: make bench-deps)"; fi
    done
    [ -n "$cc_ok" ] && { group+=("C floor (one pass, a thread per list)" floor); peers+=(floor); }
    compare "Annex A, $n rows in 11 lists, 23 measures per team" "${group[@]}"
    # The outputs of the last runs, in the order of the group (readiness's is 1.out).
    args=()
    for k in "${!peers[@]}"; do
      cp "$out/.last/$((k + 2)).out" "$dir/${peers[$k]}.json"
      args+=("${peers[$k]}=$dir/${peers[$k]}.json")
    done
    "$py" Tests/Bench/compare_annex_a.py "$dir/site/index.html" "${args[@]}" || \
      fail "Annex A $n: a peer's counts differ from Readiness's (above)"
  done
fi

# 3. Markdown. (a) 46 MB of Markdown: the cmark command on one file; Readiness builds it as pages
# of at most 1.9 MiB (it refuses a page of more than 2 MB), with the sample's data and layout.
# (b) many ~1-KB pages: Readiness's whole build against libcmark on two threads writing a page
# of HTML per page (no layout, no front matter).
if section markdown; then
  dir=$out/bigpage-$big_pages
  generate bigpage "$big_pages" "$dir"
  readiness=("$bin" build --data "$dir/readiness/data" --templates "$dir/readiness/site-templates" --output "$dir/site")
  cmark_command=(cmark --validate-utf8 "$dir/big.md")
  group=("readiness build ($(ls "$dir/readiness/site-templates/pages" | wc -l) pages)" readiness)
  command -v cmark >/dev/null && group+=("cmark command, one file" cmark_command) || skip "the cmark command (apt-get install cmark)"
  compare "Markdown, $(du -m --apparent-size "$dir/big.md" | cut -f1) MB ($big_pages pages' worth)" "${group[@]}"
  "${readiness[@]}" --timings 2>&1 >/dev/null | grep -E "^(render pages|of which libcmark)" | sed 's/^/    readiness stage: /' || true

  dir=$out/pages-1k-$md_pages
  generate pages "$md_pages" "$dir" 1k
  readiness=("$bin" build --data "$dir/readiness/data" --templates "$dir/readiness/site-templates" --output "$dir/readiness-site")
  libcmark=("$out/bin/cmark_pages" "$dir/cmark" "$dir/cmark-out" 2)
  group=("readiness build" readiness)
  [ -x "$out/bin/cmark_pages" ] && group+=("libcmark, 2 threads, a .html per .md (cmark_pages.c)" libcmark) || \
    skip "libcmark on many pages (apt-get install libcmark-dev)"
  fresh=("$dir/readiness-site" "$dir/cmark-out")
  compare "Markdown, $md_pages pages of about 1 KB, into an empty folder" "${group[@]}"
  fresh=()
  "${readiness[@]}" --timings 2>&1 >/dev/null | grep -E "^(render pages|of which libcmark)" | sed 's/^/    readiness stage: /' || true
fi

# 4. Pages: Readiness against Hugo building the same Markdown into HTML pages with a layout, and
# the I/O floor: cmark_pages.c on two threads copying the Markdown files unchanged (read every
# input, create and write as many files, no work on them). Each writes into an empty folder.
if section pages; then
  for n in $hugo_sizes; do
    dir=$out/pages-1k-$n
    generate pages "$n" "$dir" 1k
    readiness=("$bin" build --data "$dir/readiness/data" --templates "$dir/readiness/site-templates" --output "$dir/readiness-site")
    hugo_command=(hugo --quiet -s "$dir/hugo" -d "$dir/hugo-out")
    copy=("$out/bin/cmark_pages" "$dir/cmark" "$dir/copy" 2 copy)
    group=("readiness build" readiness)
    command -v hugo >/dev/null && group+=("hugo" hugo_command) || skip "hugo (apt-get install hugo)"
    [ -x "$out/bin/cmark_pages" ] && group+=("I/O floor: the pages read and written unchanged, 2 threads" copy)
    fresh=("$dir/readiness-site" "$dir/hugo-out" "$dir/copy")
    compare "Pages, $n pages of about 1 KB, into an empty folder" "${group[@]}"
    fresh=()
    # The same again over each tool's last output, nothing changed: what a CI or a preview
    # rebuild pays. Readiness leaves files that are the same as they were.
    group=("readiness build" readiness)
    command -v hugo >/dev/null && group+=("hugo" hugo_command)
    compare "Pages, $n pages of about 1 KB, rebuilt over the last output, nothing changed" "${group[@]}"
  done
fi

# 5. Child-level lists 6, 7 and 8 (four timeliness measures): Readiness against pandas.
if section rows; then
  for n in $row_sizes; do
    dir=$out/rows-$n
    generate rows "$n" "$dir"
    readiness=("$bin" build --data "$dir/readiness/data" --templates "$dir/readiness/site-templates" --output "$dir/site")
    pandas=("$py" Tests/Bench/pandas_timeliness.py "$dir/readiness/data")
    group=("readiness build" readiness)
    have pandas && group+=("pandas read_csv + groupby" pandas) || skip "pandas (make bench-deps)"
    compare "Child-level lists 6-8, $n rows, 4 measures" "${group[@]}"
  done
fi

# 6. The same rows as one Annex A workbook (data/annex-a.xlsx, a sheet per list), against
# python-calamine and pandas.read_excel (openpyxl, one run: minutes).
if section workbook && [ -n "$workbook_rows" ]; then
  n=$workbook_rows
  if have xlsxwriter; then
    generate rows "$n" "$out/rows-$n"
    [ -f "$out/rows-$n/xlsx/data/annex-a.xlsx" ] || \
      "$py" Tests/Bench/annex_workbook.py "$out/rows-$n/readiness" "$out/rows-$n/xlsx"
    readiness=("$bin" build --data "$out/rows-$n/xlsx/data" --templates "$out/rows-$n/xlsx/site-templates" --output "$out/rows-$n/xlsx-site")
    calamine=("$py" Tests/Bench/workbook_read.py calamine "$out/rows-$n/xlsx/data")
    group=("readiness build" readiness)
    have python_calamine && group+=("python-calamine" calamine)
    compare "$n child-level rows as .xlsx" "${group[@]}"
    if have openpyxl && have pandas; then
      openpyxl=("$py" Tests/Bench/workbook_read.py openpyxl "$out/rows-$n/xlsx/data")
      runs=1 compare "$n child-level rows as .xlsx, one run" "pandas.read_excel (openpyxl)" openpyxl
    fi
  else
    skip "the workbook benchmark (XlsxWriter not installed: make bench-deps)"
  fi
fi

# 7. A declared table read whole: supervisions.csv with the sample.
if section supervisions; then
  dir=$out/supervisions-$supervision_rows
  generate supervisions "$supervision_rows" "$dir"
  readiness=("$bin" build --data "$dir/data" --templates "$dir/site-templates" --output "$dir/site")
  compare "$supervision_rows supervisions.csv rows with the sample" "readiness build" readiness
fi

# 8. An incremental rebuild in serve after one data cell changes.
if section serve; then
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
  echo
  echo "incremental rebuild in serve after an edit: $(grep -o 'Rebuilt in [0-9]* ms' "$out/serve.log" | tr '\n' ' ')"
fi

echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ ${#skipped[@]} -eq 0 ] || printf 'Skipped: %s\n' "${skipped[@]}"
if [ ${#failures[@]} -gt 0 ]; then
  echo "!!! make bench FAILED:"
  printf '!!!   %s\n' "${failures[@]}"
  exit 1
fi
