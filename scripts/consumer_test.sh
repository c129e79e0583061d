#!/usr/bin/env bash
# Builds and runs tests/consumer, a program that uses kalends the two ways a
# user project does: find_package after `cmake --install`, and add_subdirectory.
# usage: scripts/consumer_test.sh [BUILD_DIR_OF_KALENDS]   (default build/release-tests)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/release-tests}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake -S "$root/tests/consumer" -B "$work/package" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DKALENDS_CONSUME=package -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/package" >/dev/null
"$work/package/consumer"

cmake -S "$root/tests/consumer" -B "$work/subdirectory" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DKALENDS_CONSUME=subdirectory >/dev/null
cmake --build "$work/subdirectory" >/dev/null
"$work/subdirectory/consumer"
echo "consumer_test: find_package and add_subdirectory both build and convert correctly"
