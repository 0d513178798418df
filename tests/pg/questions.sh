#!/bin/sh
# questions.sh: the built-in engine on PostgreSQL. The sample loaded into a
# real server must give the same answers as samples/ecommerce.sqlite to the
# same questions: the engine writes PostgreSQL dialect (date_trunc,
# extract, ILIKE, casts) for a PostgreSQL target, and the driver returns
# the same values (integers, numerics, dates as text). Weeks carry the same
# labels (their Monday) on both; medians (percentile_cont here, a window
# form on SQLite) agree, and equal medians computed in Python.
set -u
. "$SRCDIR/tests/pg/common.sh"

ASOF=2024-12-31
n=0
while IFS= read -r q; do
    case "$q" in ''|'#'*) continue ;; esac
    n=$((n + 1))
    t_timeout 60 "$DATABOT" -q --as-of $ASOF --format json -e "$q" "$SAMPLE" </dev/null \
        >"$TMPD/want.json" 2>"$TMPD/want.err"
    st_want=$?
    # the same semantic file as the SQLite sample finds beside itself
    t_timeout 60 "$DATABOT" -q --as-of $ASOF --format json -e "$q" \
        --semantic "$SRCDIR/samples/ecommerce.databot.json" "$SHOP" </dev/null \
        >"$TMPD/got.json" 2>"$TMPD/got.err"
    st_got=$?
    if [ "$st_want" -ne 0 ]; then
        is "$st_got" "$st_want" "not answered on either: $q"
        continue
    fi
    why=$("$PYTHON3" "$SRCDIR/tests/pg/same_answers.py" "$TMPD/got.json" "$TMPD/want.json")
    ok $? "same answer on PostgreSQL: $q" || {
        printf '%s\n' "$why"
        sed 's/^/#   pg: /' "$TMPD/got.err" | head -3
        "$PYTHON3" -c 'import json,sys; print("#   pg sql: " + json.loads(open(sys.argv[1]).read().splitlines()[-1]).get("sql","").replace("\n"," "))' "$TMPD/got.json" 2>/dev/null
    }
done <<'QUESTIONS'
how many orders
how many customers
how many orders by status
orders by channel
total revenue
revenue by year
revenue by month in 2023
orders by month in 2024
orders per quarter in 2023
orders by day in march 2023
average order value
average price of products
top 5 products by revenue
top 5 customers by number of orders
bottom 3 categories by revenue
revenue by category
customers by country
top 3 countries by revenue
orders in 2023
orders last month
orders in the last 7 days
revenue this year
revenue last year by month
how many orders were cancelled
delivered orders by month in 2022
average rating by product category
reviews by rating
payments by method
average payment amount by method
shipments by carrier
how many products cost more than 100
products with price over 500
customers who signed up in 2024
orders from Germany
revenue from customers in France by year
number of distinct customers who ordered in 2023
orders by customer segment
cancelation rate by channel
revenue in 2024, by order date
number of orders per customer in 2023
most expensive products
cheapest 5 products
orders by week
orders by week in 2024
revenue by week in december 2023
week over week change in orders in march 2024
median price of products
median payment amount by method
median price by category
which category has the highest median price
median payment amount by month in 2024
median days between shipped and delivered by carrier
average days from shipping to delivery by carrier
how many shipments took more than 5 days from shipping to delivery
which carriers take more than 4 days on average from shipping to delivery
running total of orders by month in 2023
cumulative revenue by month in 2024
orders in 2024, month by month
as of June 30, 2024, how many orders in the last 30 days
QUESTIONS

# Known engine differences, reported, not tested here:
# - ORDER BY ... LIMIT without a tie-breaker ("top 10 customers by number of
#   orders") may keep different tied rows on each engine.
echo "# $n questions compared"

# Medians on PostgreSQL (percentile_cont) against medians computed in Python
# from the same rows: odd and even counts, NULLs, a group of one, a group of
# NULLs only (tests/cli/median_truth.py; tests/cli/engine.sh does the same
# on SQLite).
TRUTH="$SRCDIR/tests/cli/median_truth.py"
"$PYTHON3" "$TRUTH" --sql >"$TMPD/median.sql"
"$PYTHON3" - "$TMPD/median.sql" "$TMPD/median.sqlite" <<'PY'
import sqlite3, sys
sqlite3.connect(sys.argv[2]).executescript(open(sys.argv[1]).read())
PY
pg_psql -c 'CREATE DATABASE med' >/dev/null 2>&1 && pg_psql -d med -f "$TMPD/median.sql" >/dev/null 2>&1
ok $? "the median database loads into PostgreSQL"
# median_pg NAME 'ROWS SQL' 'TOP ARGS' QUESTION...
median_pg() {
    name=$1 rows=$2 top=$3
    shift 3
    "$PYTHON3" "$TRUTH" "$TMPD/median.sqlite" "$rows" $top >"$TMPD/want.csv"
    for q in "$@"; do set -- "$@" -e "$q"; shift; done
    t_timeout 60 "$DATABOT" -q --as-of $ASOF --format json "$@" "dbname=med" </dev/null \
        >"$TMPD/got.json" 2>"$TMPD/got.err"
    ok $? "$name: answered on PostgreSQL" || sed 's/^/#   /' "$TMPD/got.err" | head -3
    "$PYTHON3" "$SRCDIR/tests/cli/same_rows.py" "$TMPD/got.json" "$TMPD/want.csv" >"$TMPD/cmp"
    ok $? "$name: the medians computed in Python" || sed 's/^/#   /' "$TMPD/cmp"
    grep -q percentile_cont "$TMPD/got.json"
    ok $? "$name: with percentile_cont"
}
SST="sales s JOIN stores st ON st.id = s.store_id"
median_pg "median, all rows" "SELECT amount FROM sales" "" "median amount of sales"
median_pg "median by a joined group" "SELECT st.name, s.amount FROM $SST" "" "median sale amount by store"
median_pg "median by two groupings" \
    "SELECT r.name, s.channel, s.amount FROM $SST JOIN regions r ON r.id = st.region_id" "" \
    "median amount by region and channel"
median_pg "median with a filter and a year" \
    "SELECT s.amount FROM $SST JOIN regions r ON r.id = st.region_id
     WHERE r.name = 'North' AND s.sold_on >= '2024-01-01' AND s.sold_on < '2025-01-01'" "" \
    "median amount of sales in the North region in 2024"
median_pg "median by month" \
    "SELECT strftime('%Y-%m', sold_on), amount FROM sales WHERE sold_on >= '2024-01-01' AND sold_on < '2025-01-01'" \
    "" "median amount by month in 2024"
median_pg "median, the highest (NULLs last)" "SELECT st.name, s.amount FROM $SST" "--top 1" \
    "which store has the highest median amount"
median_pg "median in a follow-up" "SELECT st.name, s.amount FROM $SST" "" \
    "average amount by store" "and the median?"
# Dates against due dates and lengths of time past them: a generated kit
# rental (a TIMESTAMP return against a DATE due day) in SQLite and in
# PostgreSQL gives the same answers; each is answered.
"$PYTHON3" - "$TMPD/rent.sql" "$TMPD/rent.sqlite" <<'PY'
import sqlite3, sys
rows = ["CREATE TABLE kits (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL);",
        "CREATE TABLE rentals (id INTEGER PRIMARY KEY, kit_id INTEGER NOT NULL REFERENCES kits(id),"
        " rented_at TIMESTAMP NOT NULL, due_on DATE NOT NULL, returned_at TIMESTAMP);"]
for i in range(1, 13):
    rows.append("INSERT INTO kits VALUES (%d, 'kit %d', '%s');" % (i, i, ["tent", "stove", "canoe"][i % 3]))
import datetime
d0 = datetime.datetime(2024, 1, 1, 9, 0, 0)
for i in range(1, 241):
    out = d0 + datetime.timedelta(days=i * 1.5, hours=i % 7)
    due = (out + datetime.timedelta(days=7)).date()
    back = "NULL" if i % 9 == 0 else "'%s'" % (out + datetime.timedelta(days=i % 13, hours=(i * 5) % 11)).strftime("%Y-%m-%d %H:%M:%S")
    rows.append("INSERT INTO rentals VALUES (%d, %d, '%s', '%s', %s);" % (
        i, 1 + (i * 5) % 12, out.strftime("%Y-%m-%d %H:%M:%S"), due.isoformat(), back))
open(sys.argv[1], "w").write("\n".join(rows) + "\n")
sqlite3.connect(sys.argv[2]).executescript("\n".join(rows))
PY
pg_psql -c 'CREATE DATABASE rent' >/dev/null 2>&1 && pg_psql -d rent -f "$TMPD/rent.sql" >/dev/null 2>&1
ok $? "the rental database loads into PostgreSQL"
while IFS= read -r q; do
    t_timeout 60 "$DATABOT" -q --as-of $ASOF --format json -e "$q" "$TMPD/rent.sqlite" </dev/null \
        >"$TMPD/want.json" 2>"$TMPD/want.err"
    ok $? "answered on SQLite: $q" || sed 's/^/#   /' "$TMPD/want.err" | head -3
    t_timeout 60 "$DATABOT" -q --as-of $ASOF --format json -e "$q" "dbname=rent" </dev/null \
        >"$TMPD/got.json" 2>"$TMPD/got.err"
    why=$("$PYTHON3" "$SRCDIR/tests/pg/same_answers.py" "$TMPD/got.json" "$TMPD/want.json")
    ok $? "same answer on PostgreSQL: $q" || {
        printf '%s\n' "$why"
        sed 's/^/#   pg: /' "$TMPD/got.err" | head -3
    }
done <<'QUESTIONS'
how many rentals were returned after the due date
what percentage of returned rentals came back late
on-time return rate by kind
how many rentals were returned more than 2 days late
as of December 31, 2024, how many unreturned rentals are more than 10 days past their due date
average days from rental to return by kind
running total of rentals by month in 2024
QUESTIONS
done_testing
