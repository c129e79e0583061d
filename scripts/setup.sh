#!/usr/bin/env bash
# Installs every Debian package that building, testing and benchmarking
# kalends needs. Idempotent: it calls apt-get only for what is missing.
set -euo pipefail

packages=(
    # build
    g++ cmake ninja-build pkg-config
    # tests
    libgtest-dev libgmock-dev
    # peers for differential tests and benchmarks
    libicu-dev qt6-base-dev libhowardhinnant-date-dev libbenchmark-dev
    python3 python3-convertdate python3-icu python3-dateutil
    # the Python module: pybind11 builds it; NumPy, pandas and Dask are what it
    # serves; pytest runs its tests; setuptools and pip install it offline
    pybind11-dev python3-dev python3-numpy python3-pandas python3-dask
    python3-distributed python3-pytest python3-setuptools python3-pip python3-venv
    # the PostgreSQL extension: the server and PGXS build it and run its tests
    postgresql-15 postgresql-server-dev-15
    # command-line peers the end-to-end tests compare against
    ncal hdate jcal itools dateutils
    # the man page test renders with man and groff; the completion test runs
    # the scripts in bash, zsh (parse only) and fish (complete -C)
    man-db groff-base zsh fish
    # CLDR data, sanitizer and fuzzer runtimes, analysers
    unicode-cldr-core clang libclang-rt-14-dev valgrind clang-tidy cppcheck
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "setup: installing ${missing[*]}" >&2
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
"${sudo_cmd[@]}" apt-get update -qq
apt_install() { DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }
# The server package would create and start a system cluster; the tests run
# clusters of their own, so postgresql-common is told to create none.
if [[ " ${missing[*]} " == *" postgresql-15 "* ]]; then
    apt_install postgresql-common
    "${sudo_cmd[@]}" sed -i 's/^#* *create_main_cluster *=.*/create_main_cluster = false/' \
        /etc/postgresql-common/createcluster.conf
fi
apt_install "${missing[@]}"
