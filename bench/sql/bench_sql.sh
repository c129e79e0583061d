#!/usr/bin/env bash
# kalends' SQL functions against PostgreSQL's built-in date functions, in one
# run, on one server of our own (a throw-away cluster, stopped at the end):
#     bench/sql/bench_sql.sh BUILD_DIR [ROWS]
# BUILD_DIR is a Release CMake build (its libkalends.a); ROWS defaults to
# 10^7 dates cycling through 1900-2100. Each query counts the rows whose
# month is 7, serially and with 2 parallel workers, with JIT off and on;
# the best of REPEAT runs (default 5) is reported as rows per second and as
# a ratio to extract(month from d) measured in the same mode.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cmake_build=$(cd "${1:?usage: bench_sql.sh BUILD_DIR [ROWS]}" && pwd)
rows=${2:-10000000}
repeat=${REPEAT:-5}
# shellcheck source=../../scripts/postgres_sandbox.sh
source "$root/scripts/postgres_sandbox.sh"

work=$(mktemp -d /tmp/kalends-bench-sql.XXXXXX)
finish() {
    sandbox_stop
    rm -rf "$work"
}
trap finish EXIT

sandbox_build "$work" "$cmake_build"
bindir=$(sandbox_install "$work")
sandbox_own "$work"
sandbox_start "$work" "$bindir" 54329 -c shared_buffers=1GB -c max_parallel_workers=4
sql() { sandbox_psql -q "$@"; }

sql -c "CREATE TABLE days AS SELECT date '1900-01-01' + (i % 73414)::int AS d FROM generate_series(0, $rows - 1) AS i" \
    -c "VACUUM ANALYZE days" >/dev/null

queries=(
    "extract(month from d) = 7"
    "date_part('month', d) = 7"
    "kalends_month(d, 'gregorian') = 7"
    "kalends_month(d, 'hebrew') = 7"
    "kalends_month(d, 'persian') = 7"
    "kalends_month(d, 'islamic-civil') = 7"
    "kalends_month(d, 'chinese') = 7"
    "(kalends_parts(d, 'hebrew')).month = 7"
)

# best_ms SETTINGS CONDITION: the fastest of $repeat runs, in milliseconds.
best_ms() {
    local settings=$1 condition=$2 script
    script="$settings"$'\n'"SELECT count(*) FROM days WHERE $condition;"$'\n\\timing on\n'
    for ((i = 0; i < repeat; ++i)); do script+="SELECT count(*) FROM days WHERE $condition;"$'\n'; done
    sql -At <<<"$script" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | sort -g | head -1
}

echo "kalends SQL benchmark: $rows rows, best of $repeat, PostgreSQL $(sql -Atc 'SHOW server_version'), $(nproc) cores"
for jit in off on; do
    for workers in 0 2; do
        settings="SET jit = $jit; SET max_parallel_workers_per_gather = $workers;"
        [[ $workers -gt 0 ]] && settings+=" SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;"
        echo
        echo "jit $jit, $workers parallel workers"
        printf '  %-42s %10s %14s %8s\n' condition ms rows/s ratio
        base=
        for condition in "${queries[@]}"; do
            ms=$(best_ms "$settings" "$condition")
            [[ -z $base ]] && base=$ms
            awk -v c="$condition" -v ms="$ms" -v n="$rows" -v base="$base" \
                'BEGIN { printf "  %-42s %10.1f %14.0f %7.2fx\n", c, ms, n / (ms / 1000), ms / base }'
        done
    done
done
