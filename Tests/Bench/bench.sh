#!/usr/bin/env bash
# Measures the full build of the shipped sample site: wall time over repeated runs and peak
# memory. Run through `make bench`; results go in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=.build/release/readiness
runs=${RUNS:-30}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$bin" build --output "$out/site" >/dev/null 2>&1   # warm the file cache
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$bin" build --output "$out/site" >/dev/null 2>&1
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$((runs / 2))]}
best=${sorted[0]}
worst=${sorted[$((runs - 1))]}
rss=$(/usr/bin/time -f '%M' "$bin" build --output "$out/site" 2>&1 >/dev/null | tail -1)
pages=$(find "$out/site" -name '*.html' | wc -l)
printf 'sample site build (%s pages), %s runs: median %d.%03d ms, best %d.%03d ms, worst %d.%03d ms; peak memory %s KB\n' \
  "$pages" "$runs" $((median / 1000)) $((median % 1000)) $((best / 1000)) $((best % 1000)) $((worst / 1000)) $((worst % 1000)) "$rss"
