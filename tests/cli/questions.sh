# questions.sh: questions in English on the sample database give the rows
# that independently written SQL gives (run with sqlite3 here), including
# follow-ups that refine the previous question.
. "$SRCDIR/tests/cli/lib.sh"

# expect_rows [--ordered] NAME SQL QUESTION... : all questions go to one run
# as -e (one conversation); the last one's rows must equal SQL's.
expect_rows() {
    order=""
    if [ "$1" = --ordered ]; then order=--ordered; shift; fi
    name=$1 sql=$2
    shift 2
    "$SQLITE3" -csv "$SAMPLE" "$sql" > "$TMPD/want.csv"
    for q in "$@"; do set -- "$@" -e "$q"; shift; done
    "$DATABOT" --format json --as-of 2024-12-31 "$@" "$SAMPLE" > "$TMPD/got.jsonl" 2>"$TMPD/err"
    ok $? "$name: exit 0"
    "$PYTHON3" "$SRCDIR/tests/cli/same_rows.py" $order "$TMPD/got.jsonl" "$TMPD/want.csv"
    ok $? "$name: rows as expected"
}

REV="SUM(oi.quantity * oi.unit_price)"

expect_rows "count" "SELECT count(*) FROM customers" "how many customers"
expect_rows "count, other words" "SELECT count(*) FROM orders" "number of orders"
expect_rows "average" "SELECT avg(price) FROM products" "average price of products"
expect_rows "year filter" \
    "SELECT count(*) FROM orders WHERE order_date >= '2023-01-01' AND order_date < '2024-01-01'" \
    "how many orders in 2023"
expect_rows "group by a column" "SELECT status, count(*) FROM orders GROUP BY status" \
    "number of orders by status"
expect_rows --ordered "top N by a derived measure across a join" \
    "SELECT p.name FROM order_items oi JOIN products p ON p.id = oi.product_id
     GROUP BY p.id ORDER BY $REV DESC LIMIT 5" \
    "top 5 products by revenue"
expect_rows --ordered "revenue by month in a year" \
    "SELECT strftime('%Y-%m', o.order_date), $REV FROM order_items oi JOIN orders o ON o.id = oi.order_id
     WHERE o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' GROUP BY 1 ORDER BY 1" \
    "total revenue by month in 2024"
expect_rows --ordered "follow-up adds a filter through two joins" \
    "SELECT strftime('%Y-%m', o.order_date), $REV FROM order_items oi JOIN orders o ON o.id = oi.order_id
     JOIN customers c ON c.id = o.customer_id
     WHERE o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01' AND c.country = 'Germany'
     GROUP BY 1 ORDER BY 1" \
    "total revenue by month in 2024" "only for Germany"
expect_rows "follow-up adds a dimension" "SELECT country, count(*) FROM customers GROUP BY country" \
    "how many customers" "by country"
expect_rows --ordered "follow-up changes N" \
    "SELECT p.name FROM order_items oi JOIN products p ON p.id = oi.product_id
     GROUP BY p.id ORDER BY $REV DESC LIMIT 10" \
    "top 5 products by revenue" "top 10 instead"
expect_rows "value filter, case-insensitive" \
    "SELECT count(*) FROM customers WHERE country = 'France'" "how many customers in france"

out=$("$DATABOT" --format json -e "colorless green ideas sleep furiously" "$SAMPLE" 2>&1)
is $? 3 "nonsense: exit 3"
like "$out" '"sql":null' "nonsense: no SQL"
like "$out" "customers" "nonsense: the message names tables to try"
out=$("$DATABOT" -e "delete all orders" "$SAMPLE" 2>&1)
st=$?
[ $st -eq 3 ] || [ $st -eq 0 ]; ok $? "a question asking to delete is not run as a write (exit $st)"
n=$("$SQLITE3" "$SAMPLE" "SELECT count(*) FROM orders")
is "$n" 27089 "orders still all there"
done_testing
