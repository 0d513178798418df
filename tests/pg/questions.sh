#!/bin/sh
# questions.sh: the built-in engine on PostgreSQL. The sample loaded into a
# real server must give the same answers as samples/ecommerce.sqlite to the
# same questions: the engine writes PostgreSQL dialect (date_trunc,
# extract, ILIKE, casts) for a PostgreSQL target, and the driver returns
# the same values (integers, numerics, dates as text).
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
most expensive products
cheapest 5 products
QUESTIONS

# Known engine differences, reported, not tested here:
# - "by week": SQLite strftime('%Y-%W') (Monday weeks numbered from 00) but
#   PostgreSQL to_char(..., 'IYYY-IW') (ISO weeks): the labels differ, e.g.
#   2024-12-30 is 2024-53 in SQLite and 2025-01 in PostgreSQL.
# - ORDER BY ... LIMIT without a tie-breaker ("top 10 customers by number of
#   orders") may keep different tied rows on each engine.
echo "# $n questions compared"
done_testing
