#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang (AddressSanitizer +
# UndefinedBehaviorSanitizer + libFuzzer) in build/fuzz and runs each for a
# bounded time, starting from its committed seed corpus in fuzz/corpus/.
# Prints the executions of every target; fails if any target finds a crash,
# a property violation, a leak, a timeout or an out-of-memory input. The
# input is then saved in build/fuzz/artifacts/: add it under
# tests/hardening/crashes/<target>/ so that it becomes a regression test.
#
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_TARGETS   space-separated subset of targets (default: all)
#   FUZZ_PARALLEL  targets run at the same time (default: nproc)
#   FUZZ_JOBS      build parallelism (default: nproc)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${FUZZ_SECONDS:-60}
build="$root/build/fuzz"
jobs=${FUZZ_JOBS:-$(nproc)}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DKALENDS_BUILD_FUZZ=ON -DKALENDS_BUILD_TESTS=OFF -DKALENDS_BUILD_TOOLS=ON >/dev/null
mapfile -t all_targets < "$build/fuzz_targets.txt"
read -r -a targets <<< "${FUZZ_TARGETS:-${all_targets[*]}}"
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

artifacts="$build/artifacts"
mkdir -p "$artifacts"

# Runs one target; writes its log and a one-line result file.
run_target() {
    local target=$1
    local work="$build/corpus/$target"  # scratch corpus: the committed seeds stay small and reviewed
    local log="$build/$target.log"
    rm -rf "$work"
    mkdir -p "$work"
    local result=ok
    if ! ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
            -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
            "$work" "$root/fuzz/corpus/$target" >"$log" 2>&1; then
        result=FAILED
    fi
    local execs coverage
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1 || true)
    printf '%-16s %-6s %12s executions  %s\n' "$target" "$result" "${execs:-?}" "${coverage:-}" >"$log.result"
}

# Targets run side by side, FUZZ_PARALLEL at a time (default: one per core).
parallel=${FUZZ_PARALLEL:-$(nproc)}
echo "=== fuzz: ${#targets[@]} targets, ${seconds}s each, $parallel at a time"
running=0
for target in "${targets[@]}"; do
    if ((running >= parallel)); then
        wait -n || true
        running=$((running - 1))
    fi
    run_target "$target" &
    running=$((running + 1))
done
wait || true

status=0
echo "=== fuzz summary (${seconds}s per target)"
for target in "${targets[@]}"; do
    cat "$build/$target.log.result"
    if ! grep -q ' ok ' "$build/$target.log.result"; then
        status=1
        grep -E "property violated|ERROR:|SUMMARY:|runtime error|what\(\)" "$build/$target.log" | head -n 20 >&2 || true
        echo "fuzz: $target failed; log $build/$target.log, input in $artifacts/" >&2
    fi
done
exit "$status"
