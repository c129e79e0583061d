#!/usr/bin/env bash
# psql on a throw-away PostgreSQL cluster with the kalends extension created,
# without installing anything into the system; the cluster goes when psql ends:
#     scripts/sql_shell.sh BUILD_DIR [PSQL ARGUMENTS...]
# e.g. scripts/sql_shell.sh build/rel -c "SELECT * FROM kalends_parts(current_date, 'hebrew')"
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cmake_build=$(cd "${1:?usage: sql_shell.sh BUILD_DIR [PSQL ARGUMENTS...]}" && pwd)
shift
# shellcheck source=postgres_sandbox.sh
source "$root/scripts/postgres_sandbox.sh"

work=$(mktemp -d /tmp/kalends-sql-shell.XXXXXX)
finish() {
    sandbox_stop
    rm -rf "$work"
}
trap finish EXIT
sandbox_build "$work" "$cmake_build"
bindir=$(sandbox_install "$work")
sandbox_own "$work"
sandbox_start "$work" "$bindir" 54328
sandbox_psql "$@"
