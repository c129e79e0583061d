#!/usr/bin/env bash
# Static analysis of the library (src/, include/), the command-line tool
# (tools/kalends/) and the PostgreSQL extension (sql/postgresql/src/, with
# the server headers as system headers): clang-tidy with the checks of .clang-tidy, then cppcheck.
# Both read the compile_commands.json of a clang build configured in
# build/tidy (nothing is compiled). Exits non-zero on any finding.
#
#   ANALYSIS_JOBS   parallel clang-tidy processes (default: nproc)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build/tidy"
jobs=${ANALYSIS_JOBS:-$(nproc)}
tidy=$(command -v clang-tidy-14 || command -v clang-tidy)
run_tidy=$(command -v run-clang-tidy-14 || command -v run-clang-tidy)

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
    -DKALENDS_BUILD_TESTS=OFF -DKALENDS_BUILD_TOOLS=ON -DKALENDS_BUILD_FUZZ=OFF >/dev/null

# Only the library's, the tool's and the extension's translation units (not examples/ or fuzz/).
mkdir -p "$build/analysis"
python3 - "$build/compile_commands.json" "$build/analysis/compile_commands.json" "$root" "$(pg_config --includedir-server)" <<'EOF'
import glob, json, sys
commands = json.load(open(sys.argv[1]))
root, server_headers = sys.argv[3], sys.argv[4]
keep = [c for c in commands if c["file"].startswith((root + "/src/", root + "/tools/kalends/"))]
for source in sorted(glob.glob(root + "/sql/postgresql/src/*.cpp")):
    keep.append({"directory": root, "file": source,
                 "command": f"clang++ -std=c++20 -fPIC -I{root}/include -isystem {server_headers} -c {source}"})
json.dump(keep, open(sys.argv[2], "w"), indent=1)
print(f"static analysis: {len(keep)} translation units")
EOF

status=0

echo "=== clang-tidy ($(basename "$tidy"))"
tidy_log="$build/analysis/clang-tidy.log"
if ! "$run_tidy" -clang-tidy-binary "$tidy" -p "$build/analysis" -j "$jobs" -quiet >"$tidy_log" 2>&1; then
    status=1
fi
# Findings are "file:line:col: warning|error: ... [check]"; the log also holds clang's notes.
tidy_findings=$(sed 's/\x1b\[[0-9;]*m//g' "$tidy_log" | grep -E '^/.*:[0-9]+:[0-9]+: (warning|error):' | sort -u || true)
if [[ -n $tidy_findings ]]; then
    echo "$tidy_findings"
    status=1
fi
echo "clang-tidy: $(grep -c . <<<"$tidy_findings" || true) finding(s)"
if ((status != 0)) && [[ -z $tidy_findings ]]; then
    tail -n 30 "$tidy_log"
fi

echo "=== cppcheck ($(cppcheck --version))"
# Checks left out, each for a reason (N: findings when chosen):
#  useStlAlgorithm (22): suggests an algorithm for every raw loop; early-return loops are clearer here.
#  shadowFunction (9): a local `jdn` beside an accessor jdn() is the natural name; -Wshadow covers real shadowing.
#  unusedStructMember (2, tools' endpoint.cpp): false positive on members read through a constexpr array.
#  missingIncludeSystem: cppcheck does not need the standard headers' text.
cppcheck_log="$build/analysis/cppcheck.log"
if ! cppcheck --project="$build/analysis/compile_commands.json" --std=c++20 --quiet -j "$jobs" \
    --enable=warning,style,performance,portability --inline-suppr --error-exitcode=1 \
    --suppress=useStlAlgorithm --suppress=shadowFunction --suppress=missingIncludeSystem \
    --suppress="unusedStructMember:$root/tools/kalends/endpoint.cpp" \
    --template='{file}:{line}: {severity}: {message} [{id}]' >"$cppcheck_log" 2>&1; then
    status=1
fi
cppcheck_findings=$(grep -E '^[^ ]+:[0-9]+: ' "$cppcheck_log" | sort -u || true)
if [[ -n $cppcheck_findings ]]; then
    echo "$cppcheck_findings"
    status=1
fi
echo "cppcheck: $(grep -c . <<<"$cppcheck_findings" || true) finding(s)"

exit "$status"
