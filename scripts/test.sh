#!/usr/bin/env bash
# Builds and runs every test: the threading tests under ThreadSanitizer
# (THREAD_REPEAT runs in a row, default 20), the whole suite under
# AddressSanitizer + UndefinedBehaviorSanitizer, static analysis (clang-tidy,
# cppcheck), every fuzz target for a bounded time (FUZZ_SECONDS each, default
# 30), then the threading tests again THREAD_REPEAT times and the whole suite
# in an optimized build with warnings as errors (the Python module's pytest
# suite included), a user project built against the result, the Python
# package installed by CMake and by pip with no network, and the PostgreSQL
# extension's pg_regress suite in a cluster of its own.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
jobs=$(nproc)

configure() {  # dir, extra cmake arguments...
    local dir=$1
    shift
    cmake -S "$root" -B "$dir" -G Ninja -DKALENDS_WERROR=ON -DKALENDS_REQUIRE_PEERS=ON "$@" >/dev/null
}

configure_and_build() {  # dir, extra cmake arguments...
    configure "$@"
    cmake --build "$1" -j "$jobs"
}

# The concurrency tests (label "thread") run THREAD_REPEAT times in a row
# under TSan and in Release, so that a flaky one fails CI, not a later run.
thread_repeat=${THREAD_REPEAT:-20}

echo "=== ThreadSanitizer: threading tests, ${thread_repeat} runs each"
# Only the programs with tests labelled "thread" are built here.
configure "$root/build/tsan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKALENDS_SANITIZE=thread
cmake --build "$root/build/tsan" -j "$jobs" --target test_first_use_race test_static_destruction test_stress test_shared_formatters
TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
    ctest --test-dir "$root/build/tsan" -L thread --output-on-failure -j "$jobs" --repeat "until-fail:${thread_repeat}"

echo "=== AddressSanitizer + UndefinedBehaviorSanitizer: all tests"
configure_and_build "$root/build/asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DKALENDS_SANITIZE=address;undefined"
ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    ctest --test-dir "$root/build/asan" --output-on-failure -j "$jobs"

echo "=== Static analysis: clang-tidy and cppcheck"
"$root/scripts/static_analysis.sh"

echo "=== Fuzzing: every target under ASan + UBSan"
FUZZ_SECONDS=${FUZZ_SECONDS:-30} "$root/scripts/fuzz.sh"

echo "=== Release: all tests (the Python module's with Debian's Python)"
configure_and_build "$root/build/release-tests" -DCMAKE_BUILD_TYPE=Release -DKALENDS_BUILD_PYTHON=ON \
    -DPython_EXECUTABLE=/usr/bin/python3
ctest --test-dir "$root/build/release-tests" -L thread --output-on-failure -j "$jobs" --repeat "until-fail:${thread_repeat}"
ctest --test-dir "$root/build/release-tests" --output-on-failure -j "$jobs"

echo "=== Consumer: find_package and add_subdirectory from a user project"
"$root/scripts/consumer_test.sh" "$root/build/release-tests"

echo "=== Python package: cmake --install and pip install --no-build-isolation, offline"
"$root/scripts/python_install_test.sh" "$root/build/release-tests"

echo "=== PostgreSQL extension: PGXS build and pg_regress in a throw-away cluster"
"$root/scripts/sql_test.sh" "$root/build/release-tests"
