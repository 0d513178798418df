# pgserver.sh: start and stop a throw-away PostgreSQL server for tests.
# POSIX sh; source it, don't run it:
#
#   . "$SRCDIR/tests/pg/pgserver.sh"
#   pg_test_traps                      # or your own traps calling pg_cleanup
#   if pg_available; then
#       pg_start || bail
#       pg_psql -c 'SELECT 1'          # PGHOST/PGPORT/PGUSER/PGDATABASE are set
#       pg_stop
#   fi
#
# pg_available   status 0 when server binaries exist (PG_BINDIR, else the
#                newest /usr/lib/postgresql/*/bin with initdb, else pg_config)
# pg_start       initdb + pg_ctl start in a fresh temporary directory; exports
#                PGHOST (the socket directory), PGPORT, PGUSER=postgres,
#                PGDATABASE=postgres, and PG_BINDIR; prints nothing on success,
#                the server log on failure (then status 1, nothing left behind)
# pg_stop        stop the server (fast shutdown, 60 s at most, then SIGKILL of
#                the postmaster it started) and remove its directory
# pg_cleanup     pg_stop that is safe at any time, any number of times: for traps
# pg_test_traps  the traps a test wants: on exit pg_cleanup and remove $TMPD;
#                HUP, INT and TERM exit with 129, 130, 143 (so the exit trap runs)
# pg_psql ARGS   psql -X -q -v ON_ERROR_STOP=1 against that server
#
# The server listens on its own Unix socket only (listen_addresses = ''), in
# a socket directory nobody else uses, so the port number merely names the
# socket and can never clash with another server; it is still picked away
# from the default 5432. Authentication is "trust" for local connections.
#
# PostgreSQL refuses to run as root. When the tests run as root the server's
# directory is given to an unprivileged account (PG_RUNAS, default nobody)
# and initdb/pg_ctl run as that account through setpriv or runuser; clients
# such as psql and databot keep running as root and reach the socket anyway.
# When the tests run as a normal user everything runs as that user.
# Nothing here waits without a bound: pg_ctl uses -w -t 60 and psql runs
# under timeout(1) when it is installed (PG_TIMEOUT seconds, default 300).

PG_TMP=
PG_PID=

pg_available() {
    if [ -n "${PG_BINDIR:-}" ] && [ -x "$PG_BINDIR/initdb" ]; then
        return 0
    fi
    PG_BINDIR=
    for _pg_d in /usr/lib/postgresql/*/bin /usr/local/pgsql/bin; do
        if [ ! -x "$_pg_d/initdb" ] || [ ! -x "$_pg_d/pg_ctl" ]; then continue; fi
        # keep the highest major version (glob order: 10 < 15 < 9 as strings)
        if [ -z "$PG_BINDIR" ] || [ "$(_pg_major "$_pg_d")" -gt "$(_pg_major "$PG_BINDIR")" ]; then
            PG_BINDIR=$_pg_d
        fi
    done
    if [ -z "$PG_BINDIR" ] && command -v pg_config >/dev/null 2>&1; then
        _pg_d=$(pg_config --bindir 2>/dev/null) || _pg_d=
        [ -n "$_pg_d" ] && [ -x "$_pg_d/initdb" ] && PG_BINDIR=$_pg_d
    fi
    [ -n "$PG_BINDIR" ] || return 1
    export PG_BINDIR
}

_pg_major() {
    _pg_v=$(printf '%s\n' "$1" | sed -n 's|.*/postgresql/\([0-9][0-9]*\)/bin$|\1|p')
    echo "${_pg_v:-0}"
}

# _pg_as CMD...: run CMD as the account that owns the server
_pg_as() {
    if [ "$(id -u)" -ne 0 ]; then
        (cd "$PG_TMP" && "$@")
    elif command -v setpriv >/dev/null 2>&1; then
        (cd "$PG_TMP" && HOME=$PG_TMP setpriv --reuid="$_pg_user" --regid="$_pg_group" \
            --clear-groups -- "$@")
    else
        (cd "$PG_TMP" && HOME=$PG_TMP runuser -u "$_pg_user" -- "$@")
    fi
}

_pg_timeout() {
    if command -v timeout >/dev/null 2>&1; then
        timeout "${PG_TIMEOUT:-300}" "$@"
    else
        "$@"
    fi
}

pg_start() {
    pg_available || { echo "pg_start: no PostgreSQL server binaries" >&2; return 1; }
    if [ -n "$PG_TMP" ]; then
        echo "pg_start: a server is already running in $PG_TMP" >&2
        return 1
    fi
    _pg_user=${PG_RUNAS:-nobody}
    _pg_group=$(id -gn "$_pg_user" 2>/dev/null) || _pg_group=nogroup
    # as root, the account must reach the directory: use a world-searchable base
    _pg_base=${TMPDIR:-/tmp}
    if [ "$(id -u)" -eq 0 ]; then
        _pg_base=/tmp
    fi
    PG_TMP=$(mktemp -d "$_pg_base/databot-pg.XXXXXX") || { PG_TMP=; return 1; }
    mkdir "$PG_TMP/sock" || { pg_cleanup; return 1; }
    if [ "$(id -u)" -eq 0 ]; then
        chmod 755 "$PG_TMP"
        chown -R "$_pg_user:$_pg_group" "$PG_TMP" || { pg_cleanup; return 1; }
    fi
    # a port away from 5432; it only names the socket file (see above)
    _pg_port=$((20000 + $$ % 20000))

    if ! _pg_as "$PG_BINDIR/initdb" -D "$PG_TMP/data" -U postgres -A trust \
            -E UTF8 --locale=C --no-sync >"$PG_TMP/initdb.log" 2>&1; then
        echo "pg_start: initdb failed:" >&2
        sed 's/^/  /' "$PG_TMP/initdb.log" >&2
        pg_cleanup
        return 1
    fi
    cat >>"$PG_TMP/data/postgresql.conf" <<EOF

# databot test server
listen_addresses = ''
port = $_pg_port
unix_socket_directories = '$PG_TMP/sock'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 32MB
max_connections = 20
dynamic_shared_memory_type = posix
log_min_messages = warning
EOF
    if ! _pg_as "$PG_BINDIR/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" \
            -w -t 60 start >"$PG_TMP/pg_ctl.log" 2>&1; then
        echo "pg_start: the server did not start:" >&2
        sed 's/^/  /' "$PG_TMP/pg_ctl.log" "$PG_TMP/server.log" >&2 2>/dev/null
        pg_cleanup
        return 1
    fi
    PG_PID=$(head -n 1 "$PG_TMP/data/postmaster.pid" 2>/dev/null) || PG_PID=
    PGHOST=$PG_TMP/sock
    PGPORT=$_pg_port
    PGUSER=postgres
    PGDATABASE=postgres
    export PGHOST PGPORT PGUSER PGDATABASE
    unset PGPASSWORD PGSERVICE PGSSLMODE PGOPTIONS 2>/dev/null || :
    return 0
}

pg_stop() {
    [ -n "$PG_TMP" ] || return 0
    _pg_rc=0
    if [ -f "$PG_TMP/data/postmaster.pid" ]; then
        if ! _pg_as "$PG_BINDIR/pg_ctl" -D "$PG_TMP/data" -m fast -w -t 60 stop \
                >/dev/null 2>&1; then
            _pg_rc=1
            # the postmaster we started, by its id; its children follow it
            if [ -n "$PG_PID" ] && kill -0 "$PG_PID" 2>/dev/null; then
                kill -KILL "$PG_PID" 2>/dev/null || :
            fi
        fi
    fi
    rm -rf "$PG_TMP"
    PG_TMP=
    PG_PID=
    unset PGHOST PGPORT PGUSER PGDATABASE
    return "$_pg_rc"
}

pg_cleanup() {
    pg_stop >/dev/null 2>&1 || :
}

pg_test_traps() {
    trap 'pg_cleanup; rm -rf "$TMPD"' EXIT
    trap 'exit 129' HUP
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

pg_psql() {
    _pg_timeout "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 "$@"
}
