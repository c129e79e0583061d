#!/usr/bin/env bash
# Installs the Python package the two ways a user does, with no network, and
# uses each from outside the source tree: `cmake --install` of a build tree
# (component python), and `pip install --no-build-isolation --no-index .`
# into a virtual environment that sees Debian's NumPy and pandas.
# usage: scripts/python_install_test.sh [BUILD_DIR]   (default build/release-tests)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/release-tests}
python=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 2460756 is 1 Farvardin 1404 (21 March 2025), the Persian new year; the
# check also runs the pandas accessor and says where kalends was imported from.
check='
import sys, numpy, pandas, kalends
expected_dir = sys.argv[1]
assert kalends.__file__.startswith(expected_dir), f"kalends imported from {kalends.__file__}, not {expected_dir}"
year, month, day, valid = kalends.from_jdn(numpy.array([2460756]), "persian")
assert (year[0], month[0], day[0], valid[0]) == (1404, 1, 1, True), (year, month, day, valid)
parts = pandas.Series(pandas.to_datetime(["2025-03-21"])).kal.to("persian")
assert parts.loc[0].tolist() == [1404, 1, 1, "M01"], parts
print(f"  kalends {kalends.__version__} from {kalends.__file__}")
'

echo "python_install_test: cmake --install (component python)"
cmake --install "$build" --prefix "$work/prefix" --component python >/dev/null
package_dir=$(dirname "$(find "$work/prefix" -name '__init__.py' -path '*/kalends/*' | head -n 1)")
(cd "$work" && PYTHONPATH=$(dirname "$package_dir") "$python" -c "$check" "$package_dir")

echo "python_install_test: pip install --no-build-isolation --no-index into a venv"
"$python" -m venv --system-site-packages "$work/venv"
# pip builds in the source tree (build/temp.*, python/kalends.egg-info), like any in-tree build.
CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)} \
    "$work/venv/bin/pip" install --no-build-isolation --no-index --quiet "$root" >"$work/pip.log" 2>&1 ||
    { cat "$work/pip.log" >&2; exit 1; }
(cd "$work" && "$work/venv/bin/python" -c "$check" "$work/venv")
echo "python_install_test: both installs import and convert"
