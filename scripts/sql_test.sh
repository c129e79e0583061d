#!/usr/bin/env bash
# Builds the PostgreSQL extension (sql/postgresql) against a CMake build of
# kalends and runs its pg_regress suite in a throw-away cluster of its own
# (initdb in a temporary folder, a Unix socket only, stopped at the end).
#     scripts/sql_test.sh BUILD_DIR
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cmake_build=$(cd "${1:?usage: sql_test.sh CMAKE_BUILD_DIR (a build with libkalends.a)}" && pwd)
# shellcheck source=postgres_sandbox.sh
source "$root/scripts/postgres_sandbox.sh"

work=$(mktemp -d /tmp/kalends-sql.XXXXXX)
keep_on_failure() {
    local status=$?
    if ((status != 0)) && [[ -f "$work/results/regression.diffs" ]]; then
        cat "$work/results/regression.diffs" >&2
    fi
    rm -rf "$work"
    exit "$status"
}
trap keep_on_failure EXIT

sandbox_build "$work" "$cmake_build" bulk_reference
bindir=$(sandbox_install "$work")
mkdir -p "$work/results"
# The server's user reads the tests from the work folder (the checkout may be
# a folder it cannot enter).
cp -r "$root/sql/postgresql/sql" "$root/sql/postgresql/expected" "$root/sql/postgresql/test/sandbox.conf" "$work/"
# What the bulk test compares the SQL functions with: the library's own bulk conversion.
"$work/build/bulk_reference" >"$work/results/bulk_reference.tsv"
sandbox_own "$work"

regress_tests=$(make -s -C "$work/build" -f "$root/sql/postgresql/Makefile" VPATH="$root/sql/postgresql" print-regress)
as_server_user "$(pg_config --pkglibdir)/pgxs/src/test/regress/pg_regress" \
    --temp-instance="$work/instance" --temp-config="$work/sandbox.conf" \
    --bindir="$bindir" --inputdir="$work" --outputdir="$work/results" \
    --dbname=kalends_regression $regress_tests
