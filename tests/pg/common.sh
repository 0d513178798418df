# common.sh: what the PostgreSQL tests share. Source it from a tests/pg/*.sh
# test: it sources tests/cli/lib.sh and tests/pg/pgserver.sh, starts a
# throwaway server (stopped on any exit), loads samples/ecommerce into a
# database "shop" and sets
#   SHOP    the conninfo databot gets ("dbname=shop"; PGHOST etc. are set)
#   psh     psql on shop: psh -c 'SQL' prints unaligned, tuples only
# When there are no server binaries the whole test is one skip (and fails
# under CI=true, where .ci/run installs them).
: "${SRCDIR:?SRCDIR must name the source tree}"
. "$SRCDIR/tests/cli/lib.sh"
. "$SRCDIR/tests/pg/pgserver.sh"
pg_test_traps
PYTHON3=${PYTHON3:-python3}

skip_all() {
    if [ "${CI:-}" = "true" ]; then
        echo "not ok 1 - PostgreSQL is needed under CI: $1"
        echo "1..1"
        exit 1
    fi
    echo "1..0 # SKIP $1"
    exit 0
}

# t_timeout SECS CMD...: no test ever hangs
t_timeout() {
    if command -v timeout >/dev/null 2>&1; then timeout -k 5 "$@"; else shift; "$@"; fi
}

pg_available || skip_all "no PostgreSQL server binaries"
"$PYTHON3" -c 'import sqlite3' >/dev/null 2>&1 || skip_all "no python3 to load the sample"
pg_start 2>"$TMPD/pg_start.err" || {
    sed 's/^/# /' "$TMPD/pg_start.err"
    echo "not ok 1 - the PostgreSQL server starts"; echo "1..1"; exit 1
}
"$PYTHON3" "$SRCDIR/samples/gen_ecommerce.py" --sql >"$TMPD/ecommerce.sql" || skip_all "the sample generator failed"
pg_psql -c 'CREATE DATABASE shop' >/dev/null 2>&1 &&
    pg_psql -d shop -f "$TMPD/ecommerce.sql" >/dev/null 2>"$TMPD/load.err" &&
    pg_psql -d shop -c 'ANALYZE' >/dev/null 2>&1 || {
    sed 's/^/# /' "$TMPD/load.err"
    echo "not ok 1 - the sample loads into PostgreSQL"; echo "1..1"; exit 1
}
SHOP="dbname=shop"
psh() { pg_psql -d shop -At "$@" 2>&1; }
# databot on shop, never waiting on a terminal: db ARGS... (CSV's CRs removed)
db() {
    t_timeout 120 "$DATABOT" -q "$@" "$SHOP" </dev/null >"$TMPD/db.out"
    _db_st=$?
    tr -d '\r' <"$TMPD/db.out"
    return $_db_st
}
# repl 'ARGS' CMD...: run the commands at databot's prompt on a terminal
# (160 columns), print the transcript
repl() {
    _r_args=$1; shift
    { echo "expect databot>"
      for _r_c in "$@"; do printf 'send %s\n' "$_r_c"; echo "expect databot>"; done
      printf 'send %s\n' '\q'
    } | t_timeout 120 "$PYTHON3" "$SRCDIR/tests/cli/drive_tty.py" --cols 160 -- \
        "$DATABOT" --plain $_r_args "$SHOP" 2>&1 | tr -d '\r'
}
