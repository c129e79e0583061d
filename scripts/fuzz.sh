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
status=0
summary=()
for target in "${targets[@]}"; do
    # A scratch corpus per run: the committed seeds stay small and reviewed.
    work="$build/corpus/$target"
    rm -rf "$work"
    mkdir -p "$work"
    log="$build/$target.log"
    echo "=== fuzz: $target for ${seconds}s"
    if ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
            -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
            "$work" "$root/fuzz/corpus/$target" >"$log" 2>&1; then
        result=ok
    else
        result=FAILED
        status=1
        grep -E "property violated|ERROR:|SUMMARY:|runtime error|what\(\)" "$log" | head -n 20 >&2 || true
        echo "fuzz: $target failed; log $log, input in $artifacts/" >&2
    fi
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1 || true)
    summary+=("$(printf '%-16s %-6s %12s executions  %s' "$target" "$result" "${execs:-?}" "${coverage:-}")")
done

echo "=== fuzz summary (${seconds}s per target)"
printf '%s\n' "${summary[@]}"
exit "$status"
