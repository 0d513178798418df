#!/bin/sh
# sample.sh: the sample database samples/ecommerce.sqlite is what
# samples/gen_ecommerce.py makes (deterministic and up to date), is sound
# (integrity, foreign keys, no empty table, at most 10 MB) and has the
# patterns the documentation promises: three years of orders, a
# November/December peak every year, revenue growing year over year and one
# anomaly, the 2023-03-15 flash sale. When PostgreSQL server binaries are
# installed, the generator's --sql output must also load into a real
# PostgreSQL server (started here, stopped on any exit) with the same row
# counts as the SQLite file; otherwise those checks are reported as SKIP.
# Environment (set by `make check`): DATABOT SAMPLE SRCDIR SQLITE3 PYTHON3.
set -u
: "${SRCDIR:?SRCDIR must name the source tree}"
. "$SRCDIR/tests/cli/lib.sh"
. "$SRCDIR/tests/pg/pgserver.sh"
pg_test_traps

PYTHON3=${PYTHON3:-python3}
GEN=$SRCDIR/samples/gen_ecommerce.py
TABLES="categories products customers orders order_items payments reviews shipments"

q() { "$SQLITE3" -batch -noheader "$SAMPLE" "$@" 2>&1; }

skip() { # skip REASON NAME
    T_N=$((T_N + 1))
    echo "ok $T_N - $2 # SKIP $1"
}

# ---- the committed file is what the generator makes now -------------------
have_python=0
"$PYTHON3" -c 'import sqlite3' >/dev/null 2>&1 && have_python=1
if [ "$have_python" -eq 1 ]; then
    "$PYTHON3" "$GEN" --sql >"$TMPD/ecommerce.sql"
    ok $? "gen_ecommerce.py --sql runs"
    "$PYTHON3" "$GEN" --sql | cmp -s - "$TMPD/ecommerce.sql"
    ok $? "gen_ecommerce.py --sql is deterministic"
    "$PYTHON3" "$GEN" "$TMPD/fresh.sqlite"
    ok $? "gen_ecommerce.py builds a SQLite file"
    "$SQLITE3" "$SAMPLE" .dump >"$TMPD/committed.dump" 2>&1
    "$SQLITE3" "$TMPD/fresh.sqlite" .dump >"$TMPD/fresh.dump" 2>&1
    cmp -s "$TMPD/committed.dump" "$TMPD/fresh.dump"
    rc=$?
    ok $rc "samples/ecommerce.sqlite matches a fresh build (.dump)"
    if [ "$rc" -ne 0 ]; then
        echo "#   regenerate: python3 samples/gen_ecommerce.py samples/ecommerce.sqlite"
        diff "$TMPD/committed.dump" "$TMPD/fresh.dump" | head -10 | sed 's/^/#   /'
    fi
else
    skip "no python3 with sqlite3" "gen_ecommerce.py --sql runs"
    skip "no python3 with sqlite3" "gen_ecommerce.py --sql is deterministic"
    skip "no python3 with sqlite3" "gen_ecommerce.py builds a SQLite file"
    skip "no python3 with sqlite3" "samples/ecommerce.sqlite matches a fresh build (.dump)"
fi

# ---- soundness ------------------------------------------------------------
size=$(wc -c <"$SAMPLE" | tr -d ' ')
[ "$size" -le 10485760 ]
ok $? "sample is at most 10 MB ($size bytes)"
is "$(q 'PRAGMA integrity_check;')" "ok" "integrity_check"
is "$(q 'PRAGMA foreign_key_check;')" "" "foreign_key_check finds nothing"
is "$(q "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master
         WHERE type = 'table' ORDER BY name);")" \
   "categories customers order_items orders payments products reviews shipments" \
   "the eight tables"
for t in $TABLES; do
    n=$(q "SELECT count(*) FROM $t;")
    [ "$n" -gt 0 ] 2>/dev/null
    ok $? "$t is not empty ($n rows)"
done
n=$(q "SELECT count(*) FROM products WHERE name IN ('Café Grinder', '抹茶 Matcha Set');")
is "$n" "2" "products with accented and wide names"
n=$(q "SELECT count(*) FROM (SELECT name FROM products UNION ALL SELECT body FROM reviews
       UNION ALL SELECT first_name || last_name || city FROM customers)
       WHERE name GLOB '*[' || char(1) || '-' || char(31) || char(127) || ']*';")
is "$n" "0" "no control characters in text"

# ---- the patterns ---------------------------------------------------------
is "$(q "SELECT min(order_date) || ' ' || max(order_date) FROM orders;")" \
   "2022-01-01 2024-12-31" "orders span 2022-01-01 .. 2024-12-31"
is "$(q "SELECT group_concat(y, ' ') FROM (SELECT DISTINCT strftime('%Y', order_date) AS y
         FROM orders ORDER BY y);")" "2022 2023 2024" "three years of orders"
is "$(q "SELECT count(DISTINCT strftime('%Y-%m', order_date)) FROM orders;")" "36" \
   "orders in each of the 36 months"

# years whose November or December is not above that year's monthly average
is "$(q "WITH m AS (SELECT strftime('%Y', order_date) AS y, strftime('%m', order_date) AS mo,
                   count(*) AS n FROM orders GROUP BY y, mo),
             a AS (SELECT y, avg(n) AS avg_n FROM m GROUP BY y)
         SELECT m.y || '-' || m.mo FROM m JOIN a USING (y)
         WHERE m.mo IN ('11', '12') AND m.n <= a.avg_n ORDER BY 1;")" "" \
   "November and December orders exceed each year's monthly average"
is "$(q "WITH m AS (SELECT strftime('%m', order_date) AS mo, count(*) AS n FROM orders
                   GROUP BY strftime('%Y', order_date), mo)
         SELECT group_concat(mo, ' ') FROM (SELECT mo FROM m GROUP BY mo
                                            ORDER BY sum(n) DESC LIMIT 2);")" "12 11" \
   "December and November are the two busiest months"

# years whose revenue (non-cancelled orders) is not above the year before
is "$(q "WITH r AS (SELECT strftime('%Y', o.order_date) AS y,
                          sum(oi.quantity * oi.unit_price) AS revenue
                   FROM orders o JOIN order_items oi ON oi.order_id = o.id
                   WHERE o.status <> 'cancelled' GROUP BY y)
         SELECT cur.y FROM r AS cur JOIN r AS prev ON prev.y = cur.y - 1
         WHERE cur.revenue <= prev.revenue ORDER BY 1;")" "" \
   "revenue grows every year"
is "$(q "SELECT count(*) FROM (SELECT DISTINCT strftime('%Y', o.order_date)
         FROM orders o JOIN order_items oi ON oi.order_id = o.id);")" "3" \
   "revenue in three years"

# the anomaly: one day far above every other
is "$(q "SELECT order_date FROM orders GROUP BY order_date ORDER BY count(*) DESC LIMIT 1;")" \
   "2023-03-15" "the busiest day is the 2023-03-15 flash sale"
is "$(q "WITH d AS (SELECT order_date, count(*) AS n FROM orders GROUP BY order_date)
         SELECT (SELECT n FROM d WHERE order_date = '2023-03-15')
                > 2 * (SELECT max(n) FROM d WHERE order_date <> '2023-03-15');")" "1" \
   "the flash sale has more than twice the orders of any other day"
is "$(q "WITH d AS (SELECT order_date, count(*) AS n FROM orders
                   WHERE order_date BETWEEN '2023-02-01' AND '2023-04-30'
                   GROUP BY order_date)
         SELECT (SELECT n FROM d WHERE order_date = '2023-03-15')
                > 8 * (SELECT avg(n) FROM d WHERE order_date <> '2023-03-15');")" "1" \
   "the flash sale has over 8x the orders of a normal day around it"

# ---- the same SQL in PostgreSQL -------------------------------------------
PG_CHECKS="server starts|--sql loads into PostgreSQL|row counts match the SQLite file|dates and amounts survive"
pg_skip() {
    old_ifs=$IFS; IFS='|'
    for name in $PG_CHECKS; do skip "$1" "PostgreSQL: $name"; done
    IFS=$old_ifs
}
if [ "$have_python" -ne 1 ]; then
    pg_skip "no python3"
elif ! pg_available; then
    pg_skip "no PostgreSQL"
elif ! pg_start 2>"$TMPD/pg_start.err"; then
    T_N=$((T_N + 1)); T_FAILED=$((T_FAILED + 1))
    echo "not ok $T_N - PostgreSQL: server starts"
    sed 's/^/#   /' "$TMPD/pg_start.err" | head -30
    PG_CHECKS="--sql loads into PostgreSQL|row counts match the SQLite file|dates and amounts survive"
    pg_skip "the server did not start"
else
    ok 0 "PostgreSQL: server starts"
    pg_psql -f "$TMPD/ecommerce.sql" >"$TMPD/pg_load.log" 2>&1
    rc=$?
    ok $rc "PostgreSQL: --sql loads into PostgreSQL"
    [ "$rc" -eq 0 ] || sed 's/^/#   /' "$TMPD/pg_load.log" | head -20
    want='' got=''
    for t in $TABLES; do
        want="$want $t=$(q "SELECT count(*) FROM $t;")"
        got="$got $t=$(pg_psql -At -c "SELECT count(*) FROM $t;" 2>&1)"
    done
    is "$got" "$want" "PostgreSQL: row counts match the SQLite file"
    sql="SELECT min(order_date) || ' ' || max(order_date) || ' ' ||
                (SELECT count(*) FROM payments WHERE paid_at IS NULL) || ' ' ||
                (SELECT CAST(round(sum(amount) * 100) AS BIGINT) FROM payments) || ' ' ||
                (SELECT CAST(round(sum(quantity * unit_price) * 100) AS BIGINT)
                 FROM order_items) || ' ' ||
                (SELECT count(*) FROM orders WHERE order_date = '2023-03-15') || ' ' ||
                (SELECT count(*) FROM products WHERE name = '抹茶 Matcha Set')
         FROM orders;"
    is "$(pg_psql -At -c "$sql" 2>&1)" "$(q "$sql")" "PostgreSQL: dates and amounts survive"
    pg_stop
fi

done_testing
