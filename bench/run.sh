#!/bin/sh
# bench/run.sh: databot against the sqlite3 shell, side by side.
#
#   bench/run.sh /abs/path/to/databot /abs/srcdir      (what `make bench` runs)
#
# Cases, each run BENCH_REPS times (default 5) by both programs, output
# thrown away:
#   a) dump  : SELECT * FROM events, 1,000,000 rows, as CSV
#   b) group : SELECT kind, count(*), sum(amount) FROM events GROUP BY kind
#   c) ask   : databot answers "total revenue by month in 2024" on the
#              sample database; sqlite3 runs the equivalent SQL written by hand
#   d) export-csv : databot -o FILE.csv (all 1,000,000 rows streamed to the
#              file) against sqlite3 -csv -header
#   e) export-xlsx: databot -o FILE.xlsx, 1,000,000 rows (time and peak RSS;
#              no sqlite3 counterpart)
#   f) pg-dump-1M : SELECT * FROM big, 1,000,000 rows as CSV from a throwaway
#              PostgreSQL server (tests/pg/pgserver.sh), databot against
#              psql --csv; skipped with a message when PostgreSQL's server
#              binaries are not installed
# It prints, per case, the median wall time and the largest peak RSS of each
# program and the databot/sqlite3 ratios.
#
# The events database is built once with a recursive CTE (a few seconds) and
# cached as ${TMPDIR:-/tmp}/databot-bench/events-v1.sqlite; delete it to
# rebuild. Its contents are deterministic (no random()).
#
# Measuring uses GNU time (/usr/bin/time -f '%e %M'; `apt-get install time`)
# and falls back to python3's resource module (whose peaks include the
# interpreter's own ~10 MB, for both programs alike); without either it
# reports wall time only. When the databot binary is missing or fails, its columns
# say so and the sqlite3 half still runs.
# Environment: SQLITE3 (default sqlite3), PYTHON3 (default python3),
# BENCH_REPS (default 5), BENCH_TIMER (time, python or date: force a method),
# TMPDIR.
set -eu

if [ $# -ne 2 ]; then
    echo "usage: $0 /abs/path/to/databot /abs/srcdir" >&2
    exit 2
fi
DATABOT=$1
SRCDIR=$2
SQLITE3=${SQLITE3:-sqlite3}
PYTHON3=${PYTHON3:-python3}
REPS=${BENCH_REPS:-5}
SAMPLE=$SRCDIR/samples/ecommerce.sqlite
CACHE=${TMPDIR:-/tmp}/databot-bench
DB=$CACHE/events-v1.sqlite
ROWS=1000000

command -v "$SQLITE3" >/dev/null 2>&1 || { echo "bench: no sqlite3 shell ($SQLITE3)" >&2; exit 1; }
[ -r "$SAMPLE" ] || { echo "bench: no sample database at $SAMPLE" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/databot-bench-run.XXXXXX")
# case f's server, when one was started, goes with the rest
# shellcheck disable=SC1091
. "$SRCDIR/tests/pg/pgserver.sh"
trap 'pg_cleanup; rm -rf "$WORK"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- the 1,000,000-row events table ----------------------------------------
if [ ! -s "$DB" ]; then
    mkdir -p "$CACHE"
    echo "bench: building $DB ($ROWS rows, once)..." >&2
    rm -f "$DB.tmp"
    "$SQLITE3" "$DB.tmp" >/dev/null <<EOF
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    amount REAL NOT NULL,
    created_at TEXT NOT NULL
);
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $ROWS)
INSERT INTO events (id, user_id, kind, amount, created_at)
SELECT i,
       (i * 2654435761) % 50000 + 1,
       CASE (i * 37 + i / 7) % 7
           WHEN 0 THEN 'page_view' WHEN 1 THEN 'page_view' WHEN 2 THEN 'search'
           WHEN 3 THEN 'add_to_cart' WHEN 4 THEN 'checkout' WHEN 5 THEN 'purchase'
           ELSE 'refund' END,
       ((i * 7919) % 100000) / 100.0,
       datetime('2024-01-01', '+' || ((i * 104729) % 31536000) || ' seconds')
FROM n;
COMMIT;
EOF
    mv "$DB.tmp" "$DB"
fi

# ---- measuring -------------------------------------------------------------
# measure OUTFILE CMD...: run CMD once, stdout to OUTFILE; print "SECONDS KB"
# (KB is "-" when unknown); status 1 when CMD failed.
TIMER=${BENCH_TIMER:-}
if { [ -z "$TIMER" ] || [ "$TIMER" = time ]; } && [ -x /usr/bin/time ] && /usr/bin/time -f '%e %M' -o "$WORK/probe" true 2>/dev/null; then
    METHOD="GNU time"
    measure() {
        _out=$1; shift
        if /usr/bin/time -f '%e %M' -o "$WORK/t" "$@" >"$_out" 2>"$WORK/err"; then
            tail -n 1 "$WORK/t"
        else
            return 1
        fi
    }
elif { [ -z "$TIMER" ] || [ "$TIMER" = python ]; } && command -v "$PYTHON3" >/dev/null 2>&1; then
    METHOD="python3 resource"
    measure() {
        _out=$1; shift
        "$PYTHON3" - "$@" >"$WORK/t" 3>"$_out" <<'EOF' || return 1
import os, resource, sys, time
# note: Linux carries the parent's peak RSS into a child across exec, so
# here both programs' peaks include this interpreter's (~10 MB)
null = os.open(os.devnull, os.O_WRONLY)
t0 = time.monotonic()
pid = os.posix_spawnp(sys.argv[1], sys.argv[1:], os.environ,
                      file_actions=[(os.POSIX_SPAWN_DUP2, 3, 1),
                                    (os.POSIX_SPAWN_DUP2, null, 2)])
_, status = os.waitpid(pid, 0)
t = time.monotonic() - t0
kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print("%.2f %d" % (t, kb))
sys.exit(1 if status else 0)
EOF
        cat "$WORK/t"
    }
else
    METHOD="date (no RSS)"
    measure() {
        _out=$1; shift
        _t0=$(date +%s.%N)
        "$@" >"$_out" 2>"$WORK/err" || return 1
        _t1=$(date +%s.%N)
        echo "$_t0 $_t1" | awk '{ printf "%.2f -\n", $2 - $1 }'
    }
fi

# bench NAME OUTFILE CMD...: REPS runs; prints "MEDIAN_SECONDS MAX_KB" or "FAIL"
bench() {
    _name=$1; _o=$2; shift 2
    : >"$WORK/runs"
    _i=0
    while [ "$_i" -lt "$REPS" ]; do
        if ! measure "$_o" "$@" >>"$WORK/runs"; then
            echo "bench: $_name failed: $*" >&2
            head -5 "$WORK/err" 2>/dev/null | sed 's/^/  /' >&2
            echo FAIL
            return 0
        fi
        _i=$((_i + 1))
    done
    sort -n "$WORK/runs" | awk '
        { t[NR] = $1; if ($2 == "-") k = "-"; else if (k != "-" && $2 + 0 > k + 0) k = $2 }
        END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
              printf "%.2f %s\n", m, (k == "" ? "-" : k) }'
}

have_databot=1
if [ ! -x "$DATABOT" ]; then
    echo "bench: no databot binary at $DATABOT; measuring sqlite3 only" >&2
    have_databot=0
fi

REVENUE_SQL="SELECT strftime('%Y-%m', o.order_date) AS month,
       round(sum(oi.quantity * oi.unit_price), 2) AS revenue
FROM orders AS o JOIN order_items AS oi ON oi.order_id = o.id
WHERE o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'
GROUP BY month ORDER BY month;"
GROUP_SQL="SELECT kind, count(*), sum(amount) FROM events GROUP BY kind"

# run_case NAME "DATABOT ARGS..." is done inline, one case at a time
RESULTS=$WORK/results
: >"$RESULTS"
record() { # record CASE DATABOT_RESULT SQLITE_RESULT
    printf '%s %s %s\n' "$1" "$2" "$3" >>"$RESULTS"
}
na="n/a"

echo "bench: $REPS runs per program and case, measured with $METHOD" >&2

echo "bench: a) dump 1M rows as CSV" >&2
s=$(bench "sqlite3 dump" "$WORK/a.sqlite.csv" "$SQLITE3" -csv "$DB" "SELECT * FROM events")
d=$na
if [ "$have_databot" -eq 1 ]; then
    d=$(bench "databot dump" "$WORK/a.databot.csv" "$DATABOT" --sql "SELECT * FROM events" \
        --format csv --max-rows 0 "$DB")
fi
record dump-1M "$d" "$s"

echo "bench: b) group by over 1M rows" >&2
s=$(bench "sqlite3 group" "$WORK/b.sqlite.csv" "$SQLITE3" -csv "$DB" "$GROUP_SQL")
d=$na
if [ "$have_databot" -eq 1 ]; then
    d=$(bench "databot group" "$WORK/b.databot.csv" "$DATABOT" --sql "$GROUP_SQL" \
        --format csv "$DB")
fi
record group-by "$d" "$s"

echo "bench: c) question on the sample" >&2
s=$(bench "sqlite3 revenue" "$WORK/c.sqlite.csv" "$SQLITE3" -csv "$SAMPLE" "$REVENUE_SQL")
d=$na
if [ "$have_databot" -eq 1 ]; then
    d=$(bench "databot question" "$WORK/c.databot.csv" "$DATABOT" \
        -e "total revenue by month in 2024" --format csv "$SAMPLE")
fi
record question "$d" "$s"

# d) and e): exports (-o), every row streamed from the database to a file;
# the answer databot also prints (its first 10,000 rows) goes to the
# output file measure() captures, the export to its own file
echo "bench: d) export 1M rows to CSV with -o" >&2
s=$(bench "sqlite3 dump" "$WORK/d.sqlite.csv" "$SQLITE3" -csv -header "$DB" "SELECT * FROM events")
d=$na
if [ "$have_databot" -eq 1 ]; then
    d=$(bench "databot export csv" "$WORK/d.shown" "$DATABOT" -q --sql "SELECT * FROM events" \
        -o "$WORK/d.export.csv" --force "$DB")
fi
record export-csv "$d" "$s"

echo "bench: e) export 1M rows to xlsx with -o (target: peak RSS under 64 MB)" >&2
d=$na
if [ "$have_databot" -eq 1 ]; then
    d=$(bench "databot export xlsx" "$WORK/e.shown" "$DATABOT" -q --sql "SELECT * FROM events" \
        -o "$WORK/e.export.xlsx" --force "$DB")
fi
record export-xlsx "$d" "n/a -"

# f) the PostgreSQL path: the same dump through libpq, against psql. The
# table is generated on the server (numeric(10,2) so both print the same
# text); the server lives as long as this case.
PG_SQL="SELECT * FROM big"
if ! pg_available; then
    echo "bench: f) skipped: no PostgreSQL server binaries (apt-get install postgresql)" >&2
elif ! pg_start; then
    echo "bench: f) failed: the PostgreSQL server did not start" >&2
    record pg-dump-1M FAIL FAIL
else
    echo "bench: f) dump $ROWS rows from PostgreSQL as CSV (databot against psql)" >&2
    CONNINFO="host=$PGHOST port=$PGPORT dbname=$PGDATABASE user=$PGUSER"
    pg_psql -c "CREATE TABLE big AS
SELECT i AS id,
       (i::bigint * 2654435761) % 50000 + 1 AS user_id,
       (ARRAY['page_view','page_view','search','add_to_cart','checkout','purchase','refund'])[(i * 37 + i / 7) % 7 + 1] AS kind,
       (((i::bigint * 7919) % 100000) / 100.0)::numeric(10,2) AS amount,
       timestamp '2024-01-01' + ((i::bigint * 104729) % 31536000) * interval '1 second' AS created_at
FROM generate_series(1, $ROWS) AS i" -c "ALTER TABLE big ADD PRIMARY KEY (id)" \
        -c "VACUUM ANALYZE big" >/dev/null || echo "bench: f) loading the table failed" >&2
    s=$(bench "psql dump" "$WORK/f.psql.csv" "$PG_BINDIR/psql" -X --csv -c "$PG_SQL" "$CONNINFO")
    d=$na
    if [ "$have_databot" -eq 1 ]; then
        d=$(bench "databot pg dump" "$WORK/f.databot.csv" "$DATABOT" --sql "$PG_SQL" \
            --format csv --max-rows 0 "$CONNINFO")
    fi
    record pg-dump-1M "$d" "$s"
    # same rows and text from both; the order of a plain SELECT * is not
    # fixed (synchronized sequential scans), so compare them sorted, and
    # databot ends CSV lines with CRLF (RFC 4180), psql with LF
    if [ "$have_databot" -eq 1 ] && [ -s "$WORK/f.databot.csv" ]; then
        tr -d '\r' <"$WORK/f.databot.csv" | LC_ALL=C sort >"$WORK/f.databot.sorted"
        tr -d '\r' <"$WORK/f.psql.csv" | LC_ALL=C sort >"$WORK/f.psql.sorted"
        if ! cmp -s "$WORK/f.databot.sorted" "$WORK/f.psql.sorted"; then
            echo "bench: warning: databot's and psql's CSV differ for case f" \
                "($(wc -l <"$WORK/f.databot.csv" | tr -d ' ') and $(wc -l <"$WORK/f.psql.csv" | tr -d ' ') lines), e.g.:" >&2
            _l=$(cmp "$WORK/f.databot.sorted" "$WORK/f.psql.sorted" 2>/dev/null |
                sed -n 's/.* line \([0-9]*\).*/\1/p')
            if [ -n "$_l" ]; then
                echo "  databot: $(sed -n "${_l}p" "$WORK/f.databot.sorted")" >&2
                echo "  psql:    $(sed -n "${_l}p" "$WORK/f.psql.sorted")" >&2
            fi
        fi
    fi
    pg_stop || :
fi

# ---- the table -------------------------------------------------------------
echo
printf '%-10s %10s %10s %7s %12s %12s %7s\n' \
    case "databot s" "sqlite3 s" ratio "databot KB" "sqlite3 KB" ratio
awk '
function ratio(a, b) {
    if (a !~ /^[0-9.]+$/ || b !~ /^[0-9.]+$/) return "-"
    if (b + 0 == 0) return (a + 0 == 0) ? "1.00" : "inf"
    return sprintf("%.2f", a / b)
}
{
    # fields: case, databot (t kb | FAIL | n/a), sqlite3 (t kb | FAIL)
    c = $1; i = 2
    if ($i == "FAIL" || $i == "n/a") { dt = $i; dk = $i; i++ } else { dt = $i; dk = $(i + 1); i += 2 }
    if ($i == "FAIL") { st = "FAIL"; sk = "FAIL" } else { st = $i; sk = $(i + 1) }
    printf "%-10s %10s %10s %7s %12s %12s %7s\n", c, dt, st, ratio(dt, st), dk, sk, ratio(dk, sk)
}' "$RESULTS"

# ---- sanity: both programs produced the same number of rows ---------------
if [ "$have_databot" -eq 1 ] && [ -s "$WORK/a.databot.csv" ]; then
    dl=$(wc -l <"$WORK/a.databot.csv" | tr -d ' ')
    sl=$(wc -l <"$WORK/a.sqlite.csv" | tr -d ' ')
    if [ "$dl" -ne "$((sl + 1))" ] && [ "$dl" -ne "$sl" ]; then
        echo "bench: warning: databot wrote $dl CSV lines for case a, sqlite3 $sl" >&2
    fi
fi
echo
echo "events: $DB ($ROWS rows); sample: $SAMPLE"
echo "times are medians of $REPS runs in seconds; RSS is the largest peak in KB;"
echo "ratio = databot / sqlite3 (pg-dump-1M: databot / psql --csv, same server)"
