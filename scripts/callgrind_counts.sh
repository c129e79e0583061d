#!/usr/bin/env bash
# Instructions per conversion under valgrind --tool=callgrind: stable on a
# noisy machine, unlike times. For every case bench_callgrind lists (kalends
# kernels, handle, bulk, and the peers), in both directions, runs COUNT
# conversions over a small fixed array of modern dates and counts only the
# instructions of the measured loop (--toggle-collect), then subtracts the
# same loop with an empty conversion:
#   instructions per conversion = (Ir(case) - Ir(empty)) / COUNT
#
# usage: scripts/callgrind_counts.sh [BENCH_CALLGRIND] [OUTPUT_TSV]
#   BENCH_CALLGRIND  default build/bench/bench/bench_callgrind
#   OUTPUT_TSV       default stdout; columns: calendar impl direction count instructions_per_conversion
# Environment: COUNT (default 20000), ICU_COUNT (default 2000), JOBS (default 2),
#              CASES (a regex on "calendar impl"; default every case).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin=${1:-$root/build/bench/bench/bench_callgrind}
out=${2:-/dev/stdout}
count=${COUNT:-20000}
icu_count=${ICU_COUNT:-2000}
jobs=${JOBS:-2}
filter=${CASES:-.}

command -v valgrind >/dev/null || { echo "callgrind_counts.sh: valgrind not installed" >&2; exit 1; }
[[ -x $bin ]] || { echo "callgrind_counts.sh: $bin not built" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Ir of the measured loop for one case; prints nothing if the case fails.
measure() {  # calendar impl direction count
    local file="$work/$1.$2.$3.$4.out"
    if valgrind --tool=callgrind --toggle-collect='*measured_loop*' --callgrind-out-file="$file" \
        "$bin" "$1" "$2" "$3" "$4" >/dev/null 2>"$work/$1.$2.$3.$4.err"; then
        awk '/^totals:/ {print $2; exit}' "$file"
    fi
}
export -f measure
export bin work

# The case list, then one line per case and direction: calendar impl direction count
"$bin" --list | grep -E -- "$filter" | grep -v '^empty ' | while read -r cal impl; do
    n=$count
    [[ $impl == icu ]] && n=$icu_count
    for dir in to_parts to_jdn; do echo "$cal $impl $dir $n"; done
done >"$work/jobs"
for dir in to_parts to_jdn; do
    for n in "$count" "$icu_count"; do echo "empty empty $dir $n"; done
done | sort -u >>"$work/jobs"

# Run them, JOBS at a time: "calendar impl direction count Ir" (Ir empty on failure).
xargs -P "$jobs" -L 1 bash -c 'echo "$0 $1 $2 $3 $(measure "$0" "$1" "$2" "$3")"' <"$work/jobs" >"$work/results"

awk '
    $1 == "empty" { base[$3 " " $4] = $5; next }
    { rows[++n] = $0 }
    END {
        print "calendar\timpl\tdirection\tcount\tinstructions_per_conversion"
        for (i = 1; i <= n; ++i) {
            split(rows[i], f, " ")
            key = f[3] " " f[4]
            if (f[5] == "" || !(key in base)) value = "n/a"
            else value = sprintf("%.1f", (f[5] - base[key]) / f[4])
            print f[1] "\t" f[2] "\t" f[3] "\t" f[4] "\t" value
        }
    }' "$work/results" | { read -r header; echo "$header"; sort; } >"$out"
