# Sourced by the scripts that run PostgreSQL with the kalends extension:
# builds the extension, lays out a private copy of the server's installation
# with it (the server finds its share/ and lib/ relative to its own binary,
# so nothing is installed into the system), and runs the server as an
# unprivileged user on a Unix socket only. Never a system service.

# sandbox_build WORK CMAKE_BUILD [TARGETS...]: builds the extension in WORK/build.
sandbox_build() {
    local work=$1 cmake_build=$2
    shift 2
    mkdir -p "$work/build"
    make -s -C "$work/build" -f "$root/sql/postgresql/Makefile" VPATH="$root/sql/postgresql" \
        KALENDS_BUILD="$cmake_build" all "$@"
}

# sandbox_install WORK: the server's installation in WORK/pg with the
# extension built in WORK/build; prints the bin directory.
sandbox_install() {
    local work=$1 tree=$1/pg
    local bindir sharedir pkglibdir
    bindir=$(pg_config --bindir)
    sharedir=$(pg_config --sharedir)
    pkglibdir=$(pg_config --pkglibdir)
    mkdir -p "$tree$(dirname "$bindir")" "$tree$(dirname "$sharedir")" "$tree$(dirname "$pkglibdir")"
    # The binaries are copied (a symbolic link would lead the server back to
    # the system's paths); share/ and lib/ are trees of links.
    cp -a "$bindir" "$tree$bindir"
    [[ -e "$tree$sharedir" ]] || cp -rs "$sharedir" "$tree$sharedir"
    [[ -e "$tree$pkglibdir" ]] || cp -rs "$pkglibdir" "$tree$pkglibdir"
    make -s -C "$work/build" -f "$root/sql/postgresql/Makefile" VPATH="$root/sql/postgresql" \
        DESTDIR="$tree" install >/dev/null
    echo "$tree$bindir"
}

# as_server_user COMMAND...: runs the command as the user the server runs as
# (PostgreSQL refuses to run as root; then it is the 'postgres' user, who
# is given the work folder).
as_server_user() {
    if [[ $(id -u) -ne 0 ]]; then
        "$@"
    else
        runuser -u postgres -- "$@"
    fi
}

# sandbox_own WORK: lets the server's user write in WORK.
sandbox_own() {
    if [[ $(id -u) -eq 0 ]]; then chown -R postgres: "$1"; fi
}

# sandbox_start WORK BINDIR PORT [SERVER OPTIONS]: a new cluster in WORK/data,
# started on a Unix socket in WORK (no TCP), with the extension created in
# database postgres; `sandbox_psql` then talks to it and `sandbox_stop` ends it.
sandbox_start() {
    sandbox_work=$1 sandbox_bindir=$2 sandbox_port=$3
    shift 3
    as_server_user "$sandbox_bindir/initdb" -D "$sandbox_work/data" -U kalends -A trust --no-sync >/dev/null
    as_server_user "$sandbox_bindir/pg_ctl" -D "$sandbox_work/data" -l "$sandbox_work/server.log" -w \
        -o "-k $sandbox_work -p $sandbox_port -c listen_addresses='' $*" start >/dev/null
    sandbox_psql -c "CREATE EXTENSION kalends" >/dev/null
}

sandbox_psql() {
    as_server_user "$sandbox_bindir/psql" -X -h "$sandbox_work" -p "$sandbox_port" -U kalends -d postgres \
        -v ON_ERROR_STOP=1 "$@"
}

sandbox_stop() {
    if [[ -n ${sandbox_work:-} && -f "$sandbox_work/data/postmaster.pid" ]]; then
        as_server_user "$sandbox_bindir/pg_ctl" -D "$sandbox_work/data" -m fast -w stop >/dev/null || true
    fi
}
