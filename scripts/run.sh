#!/usr/bin/env bash
# The main job: builds kalends (Release) if needed and runs the kalends tool
# with the given arguments. With no arguments: today's date in every calendar.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
cmake -S "$root" -B "$root/build/release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKALENDS_BUILD_TESTS=OFF >/dev/null
cmake --build "$root/build/release" --target kalends_cli >/dev/null
exec "$root/build/release/tools/kalends/kalends" "$@"
