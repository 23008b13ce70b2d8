#!/usr/bin/env bash
# Compares `reconcile blocks` on the 130 html-wild pages with the C baseline
# (../shared/tools/baseline/htmltext.c: libxml2 parse + text walk, single-threaded,
# files preloaded), timed in the same run, interleaved.
#
#   Benchmarks/parse-vs-c.sh [RUNS]      # default 5
#
# Ours: wall clock of the whole process (start, reading, parsing, main content, JSON),
# `reconcile blocks <pages> --format json > /dev/null`, median of RUNS.
# C: the `seconds` figure `htmltext -r 3` prints (best of 3 rounds), median of RUNS.
# Prints both and the ratio C_seconds / our_seconds (>= 1.0: we are at least as fast).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
corpus="$root/../shared/corpus/html-wild"
baseline="$root/../shared/tools/baseline/htmltext.c"
out="$root/.build/baseline"   # .build is git-ignored

[ -d "$corpus" ] || { echo "parse-vs-c: no corpus at $corpus" >&2; exit 66; }
[ -f "$baseline" ] || { echo "parse-vs-c: no baseline at $baseline" >&2; exit 66; }

cd "$root"
swift build -c release --product reconcile >&2
bin="$(swift build -c release --show-bin-path)/reconcile"
mkdir -p "$out"
cc -O2 -o "$out/htmltext" "$baseline" $(pkg-config --cflags --libs libxml-2.0)

pages=("$corpus"/*/source.html)
echo "pages: ${#pages[@]}  runs: $runs" >&2

now() { date +%s.%N; }
ours=()
theirs=()
"$bin" blocks "${pages[@]}" --format json > /dev/null   # warm the file cache
for _ in $(seq "$runs"); do
    start="$(now)"
    "$bin" blocks "${pages[@]}" --format json > /dev/null
    end="$(now)"
    ours+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')")
    theirs+=("$("$out/htmltext" -r 3 "$corpus" | sed -n 's/.* seconds \([0-9.]*\) .*/\1/p')")
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
our_median="$(median "${ours[@]}")"
c_median="$(median "${theirs[@]}")"
echo "reconcile blocks (wall, median of $runs): ${our_median} s   runs: ${ours[*]}"
echo "htmltext -r 3   (seconds, median of $runs): ${c_median} s   runs: ${theirs[*]}"
awk -v c="$c_median" -v o="$our_median" 'BEGIN { printf "ratio C/ours: %.2f\n", c / o }'
