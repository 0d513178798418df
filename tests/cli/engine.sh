# engine.sh: the built-in engine's reach on databases it was not tuned on:
# the sample shop and a generated airline/HR database (two foreign keys to
# one table, a self-reference), medians (checked against medians computed in
# Python), weeks labelled by their Monday, "from X to Y" along the keys
# whose names say where from and where to. Every answer is compared with
# independently written SQL run by sqlite3; questions it cannot answer must
# be declined (exit 3, no SQL), never answered wrongly.
. "$SRCDIR/tests/cli/lib.sh"

# expect_rows [--ordered] DB NAME SQL QUESTION... : the questions form one
# conversation; the last answer's rows must equal SQL's.
expect_rows() {
    order=""
    if [ "$1" = --ordered ]; then order=--ordered; shift; fi
    db=$1 name=$2 sql=$3
    shift 3
    "$SQLITE3" -csv "$db" "$sql" > "$TMPD/want.csv"
    for q in "$@"; do set -- "$@" -e "$q"; shift; done
    "$DATABOT" --offline --format json --as-of 2024-12-31 "$@" "$db" > "$TMPD/got.jsonl" 2>"$TMPD/err"
    ok $? "$name: exit 0" || cat "$TMPD/err" | sed 's/^/#   /'
    "$PYTHON3" "$SRCDIR/tests/cli/same_rows.py" $order "$TMPD/got.jsonl" "$TMPD/want.csv" > "$TMPD/cmp"
    ok $? "$name: rows as expected" || sed 's/^/#   /' "$TMPD/cmp"
}

# declined DB NAME QUESTION: exit 3, no SQL, a hint
declined() {
    out=$("$DATABOT" --offline --format json --as-of 2024-12-31 -e "$3" "$1" 2>&1)
    is $? 3 "$2: declined (exit 3)"
    like "$out" '"sql":null' "$2: no SQL"
}

S=$SAMPLE
REV="SUM(oi.quantity * oi.unit_price)"

# --- the shop ------------------------------------------------------------
expect_rows $S "rate of a status" \
    "SELECT 100.0 * SUM(status = 'cancelled') / COUNT(*) FROM orders" \
    "what share of orders got cancelled?"
expect_rows $S "rate of a status by a dimension" \
    "SELECT channel, 100.0 * SUM(status = 'cancelled') / COUNT(*) FROM orders GROUP BY channel" \
    "cancellation rate per channel"
expect_rows $S "share of total by group" \
    "SELECT method, 100.0 * SUM(amount) / (SELECT SUM(amount) FROM payments) FROM payments GROUP BY method" \
    "percentage of payment amount by method"
expect_rows $S "duration between two dates" \
    "SELECT AVG(julianday(delivered_at) - julianday(shipped_at)) FROM shipments" \
    "average days between shipped and delivered"
expect_rows $S "duration by a dimension, in hours" \
    "SELECT carrier, AVG((julianday(delivered_at) - julianday(shipped_at)) * 24) FROM shipments GROUP BY carrier" \
    "average delivery time in hours by carrier"
expect_rows $S "comparison of two values" \
    "SELECT country, COUNT(*) FROM customers WHERE country IN ('France', 'Germany') GROUP BY country" \
    "customers in France vs Germany"
expect_rows $S "comparison of two years" \
    "SELECT strftime('%Y', order_date), COUNT(*) FROM orders
     WHERE order_date >= '2022-01-01' AND order_date < '2024-01-01' GROUP BY 1" \
    "orders placed in 2022 versus 2023"
expect_rows $S "NULL semantics: never" \
    "SELECT COUNT(*) FROM shipments WHERE delivered_at IS NULL" \
    "how many shipments were never delivered?"
expect_rows $S "no related rows" \
    "SELECT COUNT(*) FROM products p WHERE NOT EXISTS (SELECT 1 FROM reviews r WHERE r.product_id = p.id)" \
    "how many products have no reviews?"
expect_rows $S "distinct entities among related rows" \
    "SELECT COUNT(DISTINCT customer_id) FROM orders WHERE order_date >= '2024-01-01' AND order_date < '2025-01-01'" \
    "how many customers placed at least one order in 2024?"
expect_rows $S "count of groups over a threshold" \
    "SELECT COUNT(*) FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING COUNT(*) > 20)" \
    "how many customers have more than 20 orders?"
expect_rows $S "HAVING on an average" \
    "SELECT c.name FROM products p JOIN categories c ON c.id = p.category_id GROUP BY c.id HAVING AVG(p.price) > 100" \
    "which categories have an average price above 100?"
expect_rows --ordered $S "N before the ranked noun" \
    "SELECT c.country FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.country ORDER BY COUNT(*) DESC LIMIT 3" \
    "the 3 countries with the most orders"
expect_rows $S "date column chosen by the verb" \
    "SELECT COUNT(*) FROM payments WHERE paid_at >= '2024-03-01' AND paid_at < '2024-04-01'" \
    "how many payments were paid in March 2024?"
expect_rows $S "demonym" \
    "SELECT COUNT(*) FROM customers WHERE country = 'Japan'" \
    "how many Japanese customers"
expect_rows --ordered $S "latest by date" \
    "SELECT name FROM products ORDER BY created_at DESC LIMIT 1" \
    "which product was created most recently?"
expect_rows $S "follow-up turns a count into shares" \
    "SELECT segment, 100.0 * COUNT(*) / (SELECT COUNT(*) FROM customers) FROM customers GROUP BY segment" \
    "customers by segment" "show it as percentages"
expect_rows --ordered $S "running totals" \
    "SELECT m, SUM(r) OVER (ORDER BY m) FROM (SELECT strftime('%Y-%m', o.order_date) AS m, $REV AS r
     FROM order_items oi JOIN orders o ON o.id = oi.order_id GROUP BY m) ORDER BY m" \
    "cumulative revenue by month"
declined $S "unknown words" "how many flurbles zorked the blorp"

# --- a generated airline and HR database ---------------------------------
D=$TMPD/air.sqlite
"$SQLITE3" "$D" <<'EOF'
CREATE TABLE airports (id INTEGER PRIMARY KEY, code TEXT NOT NULL, city TEXT NOT NULL, country TEXT NOT NULL);
CREATE TABLE flights (id INTEGER PRIMARY KEY, flight_no TEXT NOT NULL,
  origin_id INTEGER NOT NULL REFERENCES airports(id), destination_id INTEGER NOT NULL REFERENCES airports(id),
  departed_at TEXT NOT NULL, arrived_at TEXT, status TEXT NOT NULL, passengers INTEGER NOT NULL);
CREATE TABLE departments (id INTEGER PRIMARY KEY, name TEXT NOT NULL, budget REAL NOT NULL);
CREATE TABLE employees (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
  department_id INTEGER NOT NULL REFERENCES departments(id), manager_id INTEGER REFERENCES employees(id),
  salary REAL NOT NULL, hired_on TEXT NOT NULL, left_on TEXT);
INSERT INTO airports VALUES (1,'CDG','Paris','France'),(2,'LHR','London','United Kingdom'),
  (3,'FRA','Frankfurt','Germany'),(4,'MAD','Madrid','Spain');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
INSERT INTO flights SELECT i, 'XY' || (100 + i % 37), 1 + i % 4, 1 + (i * 7 + 1) % 4,
  date('2023-01-01', '+' || (i * 13 % 700) || ' days') || ' ' || printf('%02d:%02d:00', i % 24, i * 7 % 60),
  CASE WHEN i % 9 = 0 THEN NULL ELSE datetime(date('2023-01-01', '+' || (i * 13 % 700) || ' days') || ' ' ||
       printf('%02d:%02d:00', i % 24, i * 7 % 60), '+' || (60 + i * 17 % 300) || ' minutes') END,
  CASE WHEN i % 9 = 0 THEN 'cancelled' WHEN i % 5 = 0 THEN 'delayed' ELSE 'on time' END, 50 + i * 31 % 250
  FROM n;
UPDATE flights SET destination_id = 1 + destination_id % 4 WHERE destination_id = origin_id;
INSERT INTO departments VALUES (1,'Engineering',900000),(2,'Sales',400000),(3,'Finance',250000),(4,'Legal',120000);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO employees SELECT i, 'Person ' || i, 1 + i % 3, CASE WHEN i <= 3 THEN NULL ELSE 1 + i % 3 END,
  40000 + i * 1379 % 60000, date('2018-01-01', '+' || (i * 97 % 2500) || ' days'),
  CASE WHEN i % 7 = 0 THEN date('2024-01-01', '+' || (i % 300) || ' days') ELSE NULL END FROM n;
EOF
expect_rows $D "generated db: count" "SELECT COUNT(*) FROM flights" "how many flights are there"
expect_rows $D "generated db: rate" \
    "SELECT 100.0 * SUM(status = 'cancelled') / COUNT(*) FROM flights" "cancellation rate of flights"
expect_rows $D "generated db: rate by month in a year" \
    "SELECT strftime('%Y-%m', departed_at), 100.0 * SUM(status = 'delayed') / COUNT(*) FROM flights
     WHERE departed_at >= '2024-01-01' AND departed_at < '2025-01-01' GROUP BY 1 ORDER BY 1" \
    "delay rate per month in 2024"
expect_rows $D "generated db: flight time in minutes" \
    "SELECT AVG((julianday(arrived_at) - julianday(departed_at)) * 1440) FROM flights" \
    "average flight time in minutes"
expect_rows $D "generated db: NOT EXISTS" \
    "SELECT COUNT(*) FROM departments d WHERE NOT EXISTS (SELECT 1 FROM employees e WHERE e.department_id = d.id)" \
    "how many departments have no employees"
expect_rows $D "generated db: average per group" \
    "SELECT d.name, AVG(e.salary) FROM employees e JOIN departments d ON d.id = e.department_id GROUP BY d.id" \
    "average salary per department"
expect_rows $D "generated db: never" \
    "SELECT COUNT(*) FROM employees WHERE left_on IS NULL" "how many employees never left"
expect_rows $D "generated db: first by date" \
    "SELECT MIN(hired_on) FROM employees" "when was the first employee hired?"
expect_rows $D "generated db: tenure as of a day" \
    "SELECT AVG(julianday('2024-12-31') - julianday(hired_on)) FROM employees" \
    "average tenure of employees in days"
expect_rows $D "generated db: years compared" \
    "SELECT strftime('%Y', hired_on), COUNT(*) FROM employees WHERE hired_on >= '2019-01-01' AND hired_on < '2021-01-01' GROUP BY 1" \
    "employees hired in 2019 vs 2020"
expect_rows $D "generated db: follow-up keeps the rate" \
    "SELECT 100.0 * SUM(status = 'cancelled') / COUNT(*) FROM flights
     WHERE departed_at >= '2023-01-01' AND departed_at < '2024-01-01'" \
    "cancellation rate of flights" "what about 2023?"
expect_rows --ordered $D "generated db: change between periods" \
    "SELECT strftime('%Y-%m', departed_at), 100.0 * (SUM(passengers) - LAG(SUM(passengers)) OVER (ORDER BY 1))
       / LAG(SUM(passengers)) OVER (ORDER BY 1) FROM flights GROUP BY 1 ORDER BY 1" \
    "month over month change in passengers"
# two keys into airports, a key into its own table: the word names the key
expect_rows $D "generated db: grouped along the named key" \
    "SELECT a.city, COUNT(*) FROM flights f JOIN airports a ON a.id = f.origin_id GROUP BY a.city" \
    "number of flights by origin city"
expect_rows $D "generated db: grouped along the other key" \
    "SELECT a.city, COUNT(*) FROM flights f JOIN airports a ON a.id = f.destination_id GROUP BY a.city" \
    "number of flights by destination city"
expect_rows $D "generated db: a measure along a named key" \
    "SELECT a.code, SUM(f.passengers) FROM flights f JOIN airports a ON a.id = f.destination_id GROUP BY a.code" \
    "passengers by destination airport code"
expect_rows $D "generated db: a verb names the key" \
    "SELECT f.* FROM flights f JOIN airports a ON a.id = f.destination_id WHERE a.city = 'Paris'" \
    "list flights arriving in Paris"
expect_rows $D "generated db: the other verb" \
    "SELECT COUNT(*) FROM flights f JOIN airports a ON a.id = f.origin_id WHERE a.city = 'Madrid'" \
    "how many flights departing from Madrid"
expect_rows $D "generated db: self-join by role" \
    "SELECT b.name, COUNT(*) FROM employees e JOIN employees b ON b.id = e.manager_id GROUP BY b.id" \
    "how many employees per manager"
expect_rows $D "generated db: self-join, a measure by the role's name" \
    "SELECT b.name, AVG(e.salary) FROM employees e JOIN employees b ON b.id = e.manager_id GROUP BY b.id" \
    "average salary by manager name"
out=$("$DATABOT" --offline --format json -e "number of flights by city" "$D" 2>&1)
is $? 0 "generated db: two keys, no word: answered"
like "$out" "destination_id also leads there" "generated db: two keys, no word: the note says which"

# --- the semantic file ------------------------------------------------------
# A generated gym with its own file beside it: a measure as SQL, synonyms,
# a hidden column, a default time column.
G=$TMPD/gym.sqlite
"$SQLITE3" "$G" <<'EOF'
CREATE TABLE members (id INTEGER PRIMARY KEY, handle TEXT NOT NULL, phone TEXT NOT NULL,
  region TEXT NOT NULL, joined_on TEXT NOT NULL, left_on TEXT);
CREATE TABLE visits (id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(id),
  checked_in TEXT NOT NULL, checked_out TEXT, booked_on TEXT NOT NULL, fee REAL NOT NULL, extras REAL NOT NULL);
INSERT INTO members VALUES (1,'ann','555-0101','North','2023-01-05',NULL),(2,'bob','555-0102','South','2023-06-01',NULL),
  (3,'cy','555-0103','North','2024-02-11','2024-09-01');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90)
INSERT INTO visits SELECT i, 1 + i % 3, date('2024-01-01', '+' || (i * 4) || ' days'), NULL,
  date('2023-12-01', '+' || (i * 5) || ' days'), 10 + i % 4, i % 3 FROM n;
EOF
cat > "$TMPD/gym.databot.json" <<'EOF'
{ "tables": {
    "members": { "synonyms": ["athletes"], "columns": {
        "region": { "synonyms": ["territory"] }, "phone": { "hidden": true } } },
    "visits": { "time_column": "booked_on" } },
  "measures": { "takings": { "sql": "visits.fee + visits.extras", "synonyms": ["gross"] } } }
EOF
expect_rows $G "semantic: a per-row measure from the file" \
    "SELECT SUM(fee + extras) FROM visits" "total takings"
expect_rows $G "semantic: a measure by a synonym, grouped through a join" \
    "SELECT m.region, SUM(v.fee + v.extras) FROM visits v JOIN members m ON m.id = v.member_id GROUP BY 1" \
    "gross by region"
expect_rows $G "semantic: a column synonym" \
    "SELECT region, COUNT(*) FROM members GROUP BY 1" "members by territory"
expect_rows $G "semantic: a table synonym" "SELECT COUNT(*) FROM members" "how many athletes"
expect_rows $G "semantic: the default time column" \
    "SELECT COUNT(*) FROM visits WHERE booked_on >= '2024-03-01' AND booked_on < '2024-04-01'" \
    "how many visits in March 2024"
out=$("$DATABOT" --offline --sql-only -e "total takings" "$G" 2>&1)
like "$out" "fee + extras" "semantic: the measure's SQL is in the query"
out=$("$DATABOT" --offline --semantic '' --sql-only -e "total takings" "$G" 2>&1)
unlike "$out" "fee + extras" "semantic: --semantic '' turns the file off"
out=$("$DATABOT" --offline --sql-only -e "list members" -e "list members in the North region" "$G" 2>&1)
is $? 0 "semantic: listing a table with a hidden column"
unlike "$out" "phone" "semantic: a hidden column never appears in generated SQL"
unlike "$out" "*" "semantic: nor does * on its table"
out=$("$DATABOT" --offline --sql "SELECT handle, phone FROM members" "$G" 2>&1)
is $? 4 "semantic: the guard refuses a hidden column"
like "$out" "members.phone is hidden" "semantic: and says why"
"$DATABOT" --offline --sql "SELECT m.* FROM members AS m" "$G" >/dev/null 2>&1
is $? 4 "semantic: the guard refuses alias.* on a table with a hidden column"
"$DATABOT" --offline --format csv --sql "SELECT v.* FROM visits v JOIN members m ON m.id = v.member_id LIMIT 1" "$G" >/dev/null 2>&1
is $? 0 "semantic: another table's * passes"
printf '{"tables": {"members": {"columns": {"phon": {"hidden": true}}}}}' > "$TMPD/bad.json"
out=$("$DATABOT" --offline --semantic "$TMPD/bad.json" --sql-only -e "how many members" "$G" 2>&1)
is $? 2 "semantic: a wrong file stops the run (bad usage)"
like "$out" "tables.members.columns.phon" "semantic: the error names the JSON path"
"$DATABOT" --offline --init-semantic "$G" > "$TMPD/starter.json" 2>"$TMPD/err"
ok $? "semantic: --init-semantic writes a starter file"
"$PYTHON3" -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d["tables"]["members"]["columns"]["phone"]["hidden"] else 1)' "$TMPD/starter.json"
ok $? "semantic: the starter is JSON and hides the phone column"
"$DATABOT" --offline --init-semantic="$TMPD/starter2.json" "$G" 2>"$TMPD/err"
ok $? "semantic: --init-semantic=FILE"
"$DATABOT" --offline --semantic "$TMPD/starter2.json" --sql-only -e "how many members" "$G" >/dev/null 2>&1
ok $? "semantic: the starter file loads back"
# the sample ships one: revenue, "nation", email hidden
expect_rows $S "semantic (sample): revenue measure by a synonym of country" \
    "SELECT c.country, SUM(oi.quantity * oi.unit_price) FROM order_items oi JOIN orders o ON o.id = oi.order_id
     JOIN customers c ON c.id = o.customer_id GROUP BY 1" "revenue by nation"
out=$("$DATABOT" --offline --sql-only -e "list customers" -e "top 5 customers by number of orders" $S 2>&1)
unlike "$out" "email" "semantic (sample): email never appears"

# --- lengths of time against a column whose name gives its unit -------------
C=$TMPD/calls.sqlite
"$SQLITE3" "$C" <<'EOF'
CREATE TABLE agents (id INTEGER PRIMARY KEY, name TEXT NOT NULL, team TEXT NOT NULL);
CREATE TABLE calls (id INTEGER PRIMARY KEY, agent_id INTEGER NOT NULL REFERENCES agents(id),
  started_at TEXT NOT NULL, talk_time_sec INTEGER NOT NULL, outcome TEXT NOT NULL);
INSERT INTO agents VALUES (1,'Ada','East'),(2,'Bea','West'),(3,'Cal','East');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO calls SELECT i, 1 + i % 3, date('2024-01-01', '+' || (i % 300) || ' days'),
  30 + i * 97 % 5000, CASE WHEN i % 4 = 0 THEN 'lost' ELSE 'won' END FROM n;
EOF
expect_rows $C "units: longer than an hour, in seconds" \
    "SELECT COUNT(*) FROM calls WHERE talk_time_sec > 3600" "how many calls lasted longer than an hour"
expect_rows $C "units: N minutes" \
    "SELECT COUNT(*) FROM calls WHERE talk_time_sec < 300" "how many calls were shorter than 5 minutes"
expect_rows --ordered $C "growth: year over year is one row per year" \
    "SELECT strftime('%Y-%m', started_at), 100.0 * (COUNT(*) - LAG(COUNT(*)) OVER (ORDER BY 1)) / LAG(COUNT(*)) OVER (ORDER BY 1)
     FROM calls GROUP BY 1 ORDER BY 1" "month over month change in calls"
expect_rows $C "top 1 per group" \
    "WITH x AS (SELECT a.team, a.name, COUNT(*) AS n FROM calls c JOIN agents a ON a.id = c.agent_id
     WHERE c.outcome = 'won' GROUP BY a.team, a.id),
     r AS (SELECT *, ROW_NUMBER() OVER (PARTITION BY team ORDER BY n DESC) AS rn FROM x)
     SELECT team, name, n FROM r WHERE rn = 1" \
    "for each team, which agent has the most won calls"

# --- medians: odd and even counts, NULLs, a group of one, a group of NULLs --
# The truth is computed in Python from the rows (median_truth.py), not in SQL.
M=$TMPD/median.sqlite
"$PYTHON3" "$SRCDIR/tests/cli/median_truth.py" --sql | "$SQLITE3" "$M"
# expect_median [--ordered] NAME 'ROWS SQL' 'TOP ARGS' QUESTION...: the last
# answer's rows are the medians of ROWS SQL's (group..., value) rows
expect_median() {
    order=""
    if [ "$1" = --ordered ]; then order=--ordered; shift; fi
    name=$1 rows=$2 top=$3
    shift 3
    "$PYTHON3" "$SRCDIR/tests/cli/median_truth.py" "$M" "$rows" $top > "$TMPD/want.csv"
    for q in "$@"; do set -- "$@" -e "$q"; shift; done
    "$DATABOT" --offline --format json --as-of 2024-12-31 "$@" "$M" > "$TMPD/got.jsonl" 2>"$TMPD/err"
    ok $? "$name: exit 0" || sed 's/^/#   /' "$TMPD/err"
    "$PYTHON3" "$SRCDIR/tests/cli/same_rows.py" $order "$TMPD/got.jsonl" "$TMPD/want.csv" > "$TMPD/cmp"
    ok $? "$name: rows as expected" || sed 's/^/#   /' "$TMPD/cmp"
}
SST="sales s JOIN stores st ON st.id = s.store_id"
expect_median "median: all rows" "SELECT amount FROM sales" "" "median amount of sales"
expect_median "median: by a joined group (odd, even, one, NULLs, only NULLs)" \
    "SELECT st.name, s.amount FROM $SST" "" "median sale amount by store"
expect_median "median: two groupings" \
    "SELECT r.name, s.channel, s.amount FROM $SST JOIN regions r ON r.id = st.region_id" "" \
    "median amount by region and channel"
expect_median "median: a filter through joins and a year" \
    "SELECT s.amount FROM $SST JOIN regions r ON r.id = st.region_id
     WHERE r.name = 'North' AND s.sold_on >= '2024-01-01' AND s.sold_on < '2025-01-01'" "" \
    "median amount of sales in the North region in 2024"
expect_median "median: by month" \
    "SELECT strftime('%Y-%m', sold_on), amount FROM sales WHERE sold_on >= '2024-01-01' AND sold_on < '2025-01-01'" \
    "" "median amount by month in 2024"
expect_median --ordered "median: the group with the highest" \
    "SELECT st.name, s.amount FROM $SST" "--top 1" "which store has the highest median amount"
expect_median --ordered "median: top 3; the store with only NULLs never ranks" \
    "SELECT st.name, s.amount FROM $SST" "--top 3" "top 3 stores by median amount"
expect_median "median: a follow-up turns an average into the median" \
    "SELECT st.name, s.amount FROM $SST" "" "average amount by store" "and the median?"
expect_median "median: a follow-up names a column after a count" \
    "SELECT channel, amount FROM sales" "" "how many sales by channel" "and the median amount?"
# medians above 10 (from the Python medians: Alder 30, Cedar 17): two stores
expect_rows $M "median: groups counted by their median" "SELECT 2" \
    "how many stores have a median amount above 10"
declined $M "median: of a count" "median number of sales per store"
declined $M "median: and a mean at once" "average and median amount"
out=$("$DATABOT" --offline --format json -e "how many sales" -e "and the median?" "$M" 2>&1)
is $? 3 "median: 'and the median?' after a count is declined, not answered as the count"
like "$out" "median of a column" "median: ... and says what it can do"

# --- weeks: labelled by their Monday, the same in every dialect -------------
WEEK="date(order_date, '-' || ((CAST(strftime('%w', order_date) AS INTEGER) + 6) % 7) || ' days')"
expect_rows --ordered $S "weeks labelled by their Monday, across year ends" \
    "SELECT $WEEK AS w, COUNT(*) FROM orders GROUP BY w ORDER BY w" "orders by week"
expect_rows --ordered $S "week over week from a day in mid-week" \
    "WITH w AS (SELECT $WEEK AS wk, COUNT(*) AS n FROM orders
       WHERE order_date >= '2024-02-19' AND order_date < '2024-04-01' GROUP BY wk)
     SELECT * FROM (SELECT wk, 100.0 * (n - LAG(n) OVER (ORDER BY wk)) / LAG(n) OVER (ORDER BY wk) FROM w)
     WHERE wk >= '2024-02-26' ORDER BY wk" \
    "week over week change in orders in March 2024"

# --- "from X" / "to Y": the key whose name says where from or where to -----
R=$TMPD/routes.sqlite
"$SQLITE3" "$R" <<'SQL'
CREATE TABLE airports (id INTEGER PRIMARY KEY, code TEXT NOT NULL, city TEXT NOT NULL);
CREATE TABLE flights (id INTEGER PRIMARY KEY, flight_no TEXT NOT NULL,
  origin_airport_id INTEGER NOT NULL REFERENCES airports(id),
  dest_airport_id INTEGER NOT NULL REFERENCES airports(id), departs_on TEXT NOT NULL, seats INTEGER);
INSERT INTO airports VALUES (1,'BOS','Boston'),(2,'DEN','Denver'),(3,'ORD','Chicago'),(4,'SEA','Seattle');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT INTO flights SELECT i, 'DB' || i, 1 + i % 4, 1 + (i * 3 + 1) % 4,
  date('2024-01-01', '+' || (i % 360) || ' days'), 80 + i * 7 % 120 FROM n;
DELETE FROM flights WHERE origin_airport_id = dest_airport_id;
CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT NOT NULL);
CREATE TABLE transfers (id INTEGER PRIMARY KEY, from_account_id INTEGER NOT NULL REFERENCES accounts(id),
  to_account_id INTEGER NOT NULL REFERENCES accounts(id), amount REAL NOT NULL, made_on TEXT NOT NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO accounts SELECT i, 'owner ' || i FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
INSERT INTO transfers SELECT i, 1 + i % 50, 1 + (i * 7) % 50, 10 + i % 90,
  date('2024-01-01', '+' || (i % 300) || ' days') FROM n;
CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT NOT NULL);
CREATE TABLE messages (id INTEGER PRIMARY KEY, sender_id INTEGER NOT NULL REFERENCES users(id),
  recipient_id INTEGER NOT NULL REFERENCES users(id), sent_at TEXT NOT NULL);
INSERT INTO users VALUES (1,'alice'),(2,'bob'),(3,'carol');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90)
INSERT INTO messages SELECT i, 1 + i % 3, 1 + (i + 1 + i / 3) % 3, date('2024-01-01', '+' || i || ' days') FROM n;
CREATE TABLE stops (id INTEGER PRIMARY KEY, street TEXT NOT NULL);
CREATE TABLE legs (id INTEGER PRIMARY KEY, a_stop_id INTEGER NOT NULL REFERENCES stops(id),
  b_stop_id INTEGER NOT NULL REFERENCES stops(id), minutes INTEGER NOT NULL);
INSERT INTO stops VALUES (1,'Elm Street'),(2,'Oak Avenue');
INSERT INTO legs VALUES (1,1,2,5),(2,2,1,7),(3,1,2,6);
SQL
FL="flights f JOIN airports o ON o.id = f.origin_airport_id JOIN airports d ON d.id = f.dest_airport_id"
expect_rows $R "from/to: both keys" \
    "SELECT COUNT(*) FROM $FL WHERE o.city = 'Boston' AND d.city = 'Denver'" \
    "how many flights from Boston to Denver"
expect_rows $R "from/to: the target only" \
    "SELECT COUNT(*) FROM $FL WHERE d.city = 'Chicago'" "how many flights to Chicago"
expect_rows $R "from/to: listed rows" \
    "SELECT f.* FROM $FL WHERE o.code = 'SEA' AND d.code = 'BOS'" "list flights from SEA to BOS"
expect_rows $R "from/to: a measure, grouped along the other key" \
    "SELECT d.city, SUM(f.seats) FROM $FL WHERE o.city = 'Denver' GROUP BY d.city" \
    "total seats of flights from Denver by destination city"
expect_rows $R "from/to: a follow-up adds the other end" \
    "SELECT COUNT(*) FROM $FL WHERE o.city = 'Boston' AND d.city = 'Seattle'" \
    "how many flights from Boston" "what about to Seattle?"
expect_rows $R "from/to: key values named by their table" \
    "SELECT SUM(amount) FROM transfers WHERE from_account_id = 12 AND to_account_id = 40" \
    "total amount of transfers from account 12 to account 40"
expect_rows $R "from/to: a follow-up names the other key's value" \
    "SELECT COUNT(*) FROM transfers WHERE to_account_id = 40 AND from_account_id = 3" \
    "how many transfers to account 40" "what about from account 3?"
expect_rows $S "a row named by its table and key, through its only key" \
    "SELECT SUM(oi.quantity * oi.unit_price) FROM order_items oi JOIN orders o ON o.id = oi.order_id
     WHERE o.customer_id = 7" "total revenue of customer 7"
expect_rows $R "from/to: people by name" \
    "SELECT COUNT(*) FROM messages m JOIN users s ON s.id = m.sender_id JOIN users r ON r.id = m.recipient_id
     WHERE s.username = 'alice' AND r.username = 'bob'" \
    "how many messages from alice to bob"
out=$("$DATABOT" --offline --format json -e "how many legs from Elm Street" "$R" 2>&1)
is $? 3 "from/to: two keys whose names say neither: declined"
like "$out" "legs.a_stop_id or legs.b_stop_id" "from/to: ... naming the keys it could mean"
declined $R "from/to: a key value through unnamed keys" "legs from stop 1"

# --- ambiguity: two readings alike, the note says which was taken ----------
A=$TMPD/amb.sqlite
"$SQLITE3" "$A" <<'EOF'
CREATE TABLE tickets (id INTEGER PRIMARY KEY, state TEXT NOT NULL, priority TEXT NOT NULL, opened_on TEXT NOT NULL);
INSERT INTO tickets VALUES (1,'open','high','2024-01-02'),(2,'closed','open','2024-01-03'),(3,'open','low','2024-01-04');
EOF
out=$("$DATABOT" --offline --format json -e "tickets that are open" "$A" 2>&1)
is $? 0 "ambiguity: answered with the best reading"
like "$out" "could also be tickets." \
    "ambiguity: the note says which reading it took"
out=$("$DATABOT" --offline --format json -e "count tickets where state is open" "$A" 2>&1)
unlike "$out" "could also be" "ambiguity: no note when the column is named"

# --- events: the words that name when something happened -----------------
# A generated garage and tool library: several date columns per table, camelCase
# and snake_case, a timestamp (repairedAt) beside a due date (promisedOn). A
# verb picks the date column by its root ("repaired" ~ repairedAt) or an event
# synonym ("booked" ~ bookedAt, "checked out" ~ lent_on); it picks the table
# whose rows are the events (the repairs of vehicles, the lendings of tools);
# the range goes on the date of the table whose rows are counted, not on a
# joined garage's opening date.
V=$TMPD/events.sqlite
"$SQLITE3" "$V" <<'EOF'
CREATE TABLE garages (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, opened_on TEXT NOT NULL);
INSERT INTO garages VALUES (1,'Northside','Leeds','2019-03-01'),(2,'Riverside','York','2023-06-15'),
  (3,'Hilltop','Leeds','2023-09-01'),(4,'Eastgate','Hull','2024-02-10');
CREATE TABLE owners (id INTEGER PRIMARY KEY, name TEXT NOT NULL, created_on TEXT NOT NULL, born_on TEXT NOT NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO owners SELECT i, 'owner ' || i, date('2022-01-01', '+' || (i * 17) || ' days'),
  date('1950-06-30', '+' || (i * 331) || ' days') FROM n;
CREATE TABLE vehicles (id INTEGER PRIMARY KEY, plate TEXT NOT NULL, make TEXT NOT NULL,
  owner_id INTEGER NOT NULL REFERENCES owners(id));
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90)
INSERT INTO vehicles SELECT i, 'PL' || (1000 + i), CASE i % 3 WHEN 0 THEN 'Ford' WHEN 1 THEN 'Skoda' ELSE 'Volvo' END,
  1 + i % 60 FROM n;
CREATE TABLE repairs (id INTEGER PRIMARY KEY, vehicleId INTEGER NOT NULL REFERENCES vehicles(id),
  garageId INTEGER NOT NULL REFERENCES garages(id), bookedAt TEXT NOT NULL, repairedAt TEXT,
  promisedOn TEXT NOT NULL, cost REAL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 406)
INSERT INTO repairs SELECT i,
  CASE WHEN i <= 400 THEN 1 + (i * 7) % 80 WHEN i <= 403 THEN 3 WHEN i <= 405 THEN 5 ELSE 8 END,
  1 + (i * i + i / 3) % 4, datetime('2023-01-01 08:00:00', '+' || (i * 2) || ' days', '+' || (i % 9) || ' hours'),
  NULL, '', 50 + (i * 37) % 400 FROM n;
UPDATE repairs SET repairedAt = CASE WHEN id % 7 = 0 THEN NULL ELSE datetime(bookedAt, '+' || (id % 11 + 4 * (garageId = 3)) || ' days') END,
  promisedOn = date(bookedAt, '+5 days');
CREATE TABLE tools (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO tools SELECT i, 'tool ' || i, CASE WHEN i % 5 = 0 THEN 'saw' WHEN i % 3 = 0 THEN 'drill' ELSE 'ladder' END FROM n;
CREATE TABLE lendings (id INTEGER PRIMARY KEY, tool_id INTEGER NOT NULL REFERENCES tools(id),
  lent_on TEXT NOT NULL, due_on TEXT NOT NULL, returned_on TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT INTO lendings SELECT i, 1 + (i * 11) % 29, date('2023-06-01', '+' || (i * 3) || ' days'),
  date('2023-06-01', '+' || (i * 3 + 7) || ' days'),
  CASE WHEN i % 6 = 0 THEN NULL ELSE date('2023-06-01', '+' || (i * 3 + i % 12) || ' days') END FROM n;
CREATE TABLE fees (id INTEGER PRIMARY KEY, lending_id INTEGER NOT NULL REFERENCES lendings(id),
  amount REAL NOT NULL, charged_on TEXT NOT NULL);
INSERT INTO fees SELECT id, id, 2 + id % 5, date(returned_on, '+1 day') FROM lendings WHERE returned_on > due_on;
CREATE TABLE closures (id INTEGER PRIMARY KEY, garage_id INTEGER NOT NULL REFERENCES garages(id),
  reason TEXT NOT NULL, announced_on TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO closures SELECT i, 1 + i % 4, CASE i % 3 WHEN 0 THEN 'flood' WHEN 1 THEN 'works' ELSE 'audit' END,
  date('2023-01-01', '+' || (i * 19) || ' days'), date('2023-01-01', '+' || (i * 19 + 10) || ' days'),
  date('2023-01-01', '+' || (i * 19 + 10 + i % 9) || ' days') FROM n;
EOF
expect_rows $V "event: a verb names the date column by its root" \
    "SELECT COUNT(*) FROM repairs WHERE repairedAt >= '2024-03-01' AND repairedAt < '2024-04-01'" \
    "how many repairs were repaired in March 2024"
expect_rows --ordered $V "event: booked is the booking date, per month" \
    "SELECT strftime('%Y-%m', bookedAt), COUNT(*) FROM repairs
     WHERE bookedAt >= '2024-01-01' AND bookedAt < '2025-01-01' GROUP BY 1 ORDER BY 1" \
    "how many repairs were booked each month in 2024"
expect_rows $V "event: the verb's table is counted, not the object" \
    "SELECT COUNT(*) FROM repairs WHERE repairedAt >= '2024-01-01' AND repairedAt < '2025-01-01'" \
    "how many vehicles were repaired in 2024"
expect_rows --ordered $V "event: the most events per grouping, in a year" \
    "SELECT g.name FROM repairs r JOIN garages g ON g.id = r.garageId
     WHERE r.repairedAt >= '2024-01-01' AND r.repairedAt < '2025-01-01'
     GROUP BY g.id ORDER BY COUNT(*) DESC LIMIT 1" \
    "which garage repaired the most vehicles in 2024"
expect_rows --ordered $V "event: the most repaired, per object" \
    "SELECT v.plate FROM repairs r JOIN vehicles v ON v.id = r.vehicleId GROUP BY v.id ORDER BY COUNT(*) DESC LIMIT 3" \
    "What are the 3 most repaired vehicles?"
expect_rows $V "event: never" \
    "SELECT COUNT(*) FROM vehicles v WHERE NOT EXISTS (SELECT 1 FROM repairs r WHERE r.vehicleId = v.id)" \
    "how many vehicles have never been repaired"
expect_rows $V "event: checked out is a lending" \
    "SELECT COUNT(*) FROM lendings WHERE lent_on >= '2024-01-01' AND lent_on < '2025-01-01'" \
    "how many tools were checked out in 2024"
expect_rows --ordered $V "event: checked out the most, by a column of the object" \
    "SELECT t.kind FROM lendings l JOIN tools t ON t.id = l.tool_id GROUP BY t.kind ORDER BY COUNT(*) DESC LIMIT 1" \
    "which kind of tool was checked out the most"
expect_rows $V "event: the range on the fact's date, not the joined garage's" \
    "SELECT COUNT(DISTINCT v.owner_id) FROM repairs r JOIN vehicles v ON v.id = r.vehicleId
     JOIN garages g ON g.id = r.garageId
     WHERE g.name = 'Northside' AND r.bookedAt >= '2024-01-01' AND r.bookedAt < '2025-01-01'" \
    "how many different owners booked with Northside in 2024"
# vehicles related to garages through repairs no word names: which
# relation, and which date, is a guess; named by its verb, it is read
declined $V "event: no verb, a table no word names in between" \
    "how many vehicles per garage in 2024"
expect_rows $V "event: the verb names the rows relating the two, and their date" \
    "SELECT g.name, COUNT(DISTINCT r.vehicleId) FROM repairs r JOIN garages g ON g.id = r.garageId
     WHERE r.repairedAt >= '2024-01-01' AND r.repairedAt < '2025-01-01' GROUP BY g.id" \
    "how many different vehicles were repaired at each garage in 2024"
expect_rows $V "event: the dimension's own date when the words name it" \
    "SELECT COUNT(*) FROM garages WHERE opened_on >= '2023-01-01' AND opened_on < '2024-01-01'" \
    "how many garages opened in 2023"

# lengths of time between two events: which end is which
expect_rows $V "duration: from X to Y, the table's own name as an end" \
    "SELECT AVG(julianday(repairedAt) - julianday(bookedAt)) FROM repairs" \
    "average days from booking to repair"
expect_rows $V "duration: from checkout to return, by a column of the object" \
    "SELECT t.kind, AVG(julianday(l.returned_on) - julianday(l.lent_on)) FROM lendings l
     JOIN tools t ON t.id = l.tool_id GROUP BY t.kind" \
    "average days from checkout to return by kind of tool"
expect_rows $V "duration: Y after X, the events of the object named" \
    "SELECT AVG(julianday(returned_on) - julianday(lent_on)) FROM lendings" \
    "on average, how many days is a tool returned after it is lent"
expect_rows $V "duration: no order in the words, the sample dates say it" \
    "SELECT AVG(julianday(returned_on) - julianday(lent_on)) FROM lendings" \
    "average days between return and lending"
expect_rows $V "duration: more than N days, per row" \
    "SELECT COUNT(*) FROM repairs WHERE julianday(repairedAt) - julianday(bookedAt) > 8" \
    "how many repairs took more than 8 days from booking to repair"
expect_rows $V "duration: more than N days on average, per group" \
    "SELECT g.name FROM repairs r JOIN garages g ON g.id = r.garageId GROUP BY g.id
     HAVING AVG(julianday(r.repairedAt) - julianday(r.bookedAt)) > 6" \
    "which garages take more than 6 days on average from booking to repair"

expect_rows $V "duration: a span's start and end, no word naming them" \
    "SELECT AVG(julianday(end_date) - julianday(start_date)) FROM closures" \
    "how long do closures last on average"
expect_rows $V "duration: a duration no column holds, by a column" \
    "SELECT reason, AVG(julianday(end_date) - julianday(start_date)) FROM closures GROUP BY reason" \
    "average closure duration by reason"

# late and on time: the event against its due date, by day (a timestamp
# finished on its promised day is on time)
expect_rows $V "late: after the promised date, by day" \
    "SELECT COUNT(*) FROM repairs WHERE date(repairedAt) > promisedOn" \
    "how many repairs were repaired after the promised date"
expect_rows $V "late: an on-time rate" \
    "SELECT 100.0 * SUM(CASE WHEN date(repairedAt) <= promisedOn THEN 1 ELSE 0 END) / COUNT(*) FROM repairs" \
    "what percentage of repairs were repaired on time"
expect_rows $V "late: came back after the due date, a share of the returned" \
    "SELECT 100.0 * SUM(CASE WHEN returned_on > due_on THEN 1 ELSE 0 END) / COUNT(*)
     FROM lendings WHERE returned_on IS NOT NULL" \
    "what percentage of returned lendings came back after their due date"
expect_rows --ordered $V "late: the most late returns by a column of the object" \
    "SELECT t.kind FROM lendings l JOIN tools t ON t.id = l.tool_id WHERE l.returned_on > l.due_on
     GROUP BY t.kind ORDER BY COUNT(*) DESC LIMIT 1" \
    "which kind of tool was returned late the most"
expect_rows $V "late: days overdue, averaged" \
    "SELECT AVG(julianday(returned_on) - julianday(due_on)) FROM lendings WHERE returned_on > due_on" \
    "average days overdue for late returned lendings"
expect_rows $V "late: more than N days late" \
    "SELECT COUNT(*) FROM lendings WHERE julianday(returned_on) - julianday(due_on) > 3" \
    "how many lendings were returned more than 3 days late"
expect_rows $V "as of: the question's date, not a range" \
    "SELECT COUNT(*) FROM lendings WHERE returned_on IS NULL AND julianday('2024-12-31') - julianday(due_on) > 10" \
    "as of December 31, 2024, how many unreturned lendings are more than 10 days past their due date"
expect_rows $V "as of: relative dates count back from it" \
    "SELECT COUNT(*) FROM lendings WHERE lent_on >= date('2024-03-01', '-29 days') AND lent_on < '2024-03-02'" \
    "as of March 1, 2024, how many tools were checked out in the last 30 days"

# running totals over time periods (a window over the grouped rows)
expect_rows --ordered $V "running total: a count, month by month" \
    "SELECT m, SUM(n) OVER (ORDER BY m) FROM (SELECT strftime('%Y-%m', lent_on) AS m, COUNT(*) AS n
     FROM lendings WHERE lent_on >= '2024-01-01' AND lent_on < '2025-01-01' GROUP BY m) ORDER BY m" \
    "cumulative number of lendings in 2024, month by month"
expect_rows --ordered $V "running total: a sum per quarter" \
    "SELECT y, q, SUM(c) OVER (ORDER BY y, q) FROM (SELECT strftime('%Y', bookedAt) AS y,
     (CAST(strftime('%m', bookedAt) AS INTEGER) + 2) / 3 AS q, SUM(cost) AS c FROM repairs GROUP BY y, q)
     ORDER BY y, q" \
    "running total of the cost of repairs booked, by quarter"
expect_rows --ordered $V "running total: of sums of money, their amount" \
    "SELECT m, SUM(a) OVER (ORDER BY m) FROM (SELECT strftime('%Y-%m', charged_on) AS m, SUM(amount) AS a
     FROM fees WHERE charged_on >= '2024-01-01' AND charged_on < '2025-01-01' GROUP BY m) ORDER BY m" \
    "running total of fees charged in 2024 by month"
expect_rows --ordered $V "running total: of other rows, their number" \
    "SELECT m, SUM(n) OVER (ORDER BY m) FROM (SELECT strftime('%Y-%m', bookedAt) AS m, COUNT(*) AS n
     FROM repairs WHERE bookedAt >= '2024-01-01' AND bookedAt < '2025-01-01' GROUP BY m) ORDER BY m" \
    "running total of repairs booked in 2024 by month"
declined $V "running total: no time periods" "cumulative repair cost"

# ages in whole years from a birth date, on the question's day or the reference date
expect_rows $V "age: N or older on a day" \
    "SELECT COUNT(*) FROM owners WHERE born_on <= '1984-06-30'" \
    "how many owners were 40 or older on June 30, 2024"
expect_rows $V "age: younger than N" \
    "SELECT COUNT(*) FROM owners WHERE born_on > '1994-12-31'" \
    "how many owners are younger than 30"

# weekday names beside a date add nothing; alone they are a filter the
# engine cannot write
expect_rows $V "dates: a weekday before a date, through, inclusive" \
    "SELECT COUNT(*) FROM repairs WHERE bookedAt >= '2024-03-04' AND bookedAt < '2024-03-09'" \
    "how many repairs were booked from Monday March 4 through Friday March 8, 2024, inclusive"
declined $V "dates: days of the week" "how many repairs were booked on Mondays"

# --- a generated hotel and school: "<value> rate" beside *_rate columns,
# values holding a year, "by <date column>" after a range, life events ---
H=$TMPD/hotel.sqlite
"$SQLITE3" "$H" <<'EOF'
CREATE TABLE hotels (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, base_rate REAL NOT NULL);
CREATE TABLE guests (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
  email TEXT NOT NULL, birthDate TEXT NOT NULL, deathDate TEXT);
CREATE TABLE bookings (id INTEGER PRIMARY KEY, guest_id INTEGER NOT NULL REFERENCES guests(id),
  hotel_id INTEGER NOT NULL REFERENCES hotels(id), status TEXT NOT NULL, channel TEXT NOT NULL,
  nightly_rate REAL NOT NULL, total_amount REAL NOT NULL, booked_at TEXT NOT NULL, check_in_date TEXT NOT NULL);
CREATE TABLE reviews (id INTEGER PRIMARY KEY, hotel_id INTEGER NOT NULL REFERENCES hotels(id), rating INTEGER NOT NULL);
CREATE TABLE terms (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE enrollments (id INTEGER PRIMARY KEY, term_id INTEGER NOT NULL REFERENCES terms(id),
  grade REAL NOT NULL, enrolled_on TEXT NOT NULL);
INSERT INTO hotels VALUES (1,'Aurora','Lisbon',90),(2,'Bristol','Porto',120),(3,'Costa','Madrid',150),(4,'Delta','Paris',80);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO guests SELECT i, 'First' || i, 'Last' || i, 'g' || i || '@example.com',
  date('1940-01-01', '+' || (i * 811 % 20000) || ' days'),
  CASE WHEN i % 5 = 0 THEN date('2000-01-01', '+' || (i * 97 % 8000) || ' days') END FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
INSERT INTO bookings SELECT i, 1 + i * 7 % 40, 1 + i * 3 % 4 + (i % 11 = 0),
  CASE WHEN i % 7 = 0 THEN 'cancelled' WHEN i % 13 = 0 OR i % 23 = 5 THEN 'no_show' ELSE 'checked_out' END,
  CASE i % 3 WHEN 0 THEN 'web' WHEN 1 THEN 'phone' ELSE 'agency' END, 80 + i % 5 * 20, (80 + i % 5 * 20) * (1 + i % 4),
  date('2023-01-01', '+' || (i * 37 % 720) || ' days') || ' 10:00:00', date('2023-01-01', '+' || (i * 37 % 720 + i % 90) || ' days') FROM n;
UPDATE bookings SET hotel_id = 1 WHERE hotel_id = 5;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120)
INSERT INTO reviews SELECT i, 1 + i % 4, 1 + (i * i + i % 4 * 3) % 5 FROM n;
INSERT INTO terms VALUES (1,'Spring 2023'),(2,'Fall 2023'),(3,'Spring 2024'),(4,'Fall 2024');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO enrollments SELECT i, 1 + i * 3 % 4, 50 + i * 13 % 50, date('2023-01-01', '+' || (i * 11 % 700) || ' days') FROM n;
EOF
RATE="100.0 * SUM(status = 'cancelled') / COUNT(*)"
expect_rows $H "value rate: not the *_rate column" \
    "SELECT $RATE FROM bookings" "what is the cancellation rate?"
expect_rows $H "value rate: a typo, by a column" \
    "SELECT channel, $RATE FROM bookings GROUP BY channel" "cancelation rate by channel"
expect_rows --ordered $H "value rate: which entity has the highest" \
    "SELECT h.name, 100.0 * SUM(b.status = 'no_show') / COUNT(*) AS r FROM bookings b
     JOIN hotels h ON h.id = b.hotel_id GROUP BY h.id ORDER BY r DESC LIMIT 1" \
    "which hotel has the highest no-show rate"
F=$TMPD/flags.sqlite
"$SQLITE3" "$F" "CREATE TABLE stays (id INTEGER PRIMARY KEY, room TEXT NOT NULL, nightly_rate REAL NOT NULL,
  is_cancelled INTEGER NOT NULL); INSERT INTO stays VALUES (1,'A',100,0),(2,'B',120,1),(3,'A',90,0);"
declined $F "value rate: no such value, never the *_rate column" "cancellation rate"
declined $F "value rate: an event noun, never the *_rate column" "what is the occupancy rate"
expect_rows $F "a yes/no column said of the rows keeps the yes rows" \
    "SELECT COUNT(*) FROM stays WHERE is_cancelled = 1" "how many stays were cancelled"
expect_rows $F "a yes/no column is never NULL for no: the no rows" \
    "SELECT COUNT(*) FROM stays WHERE is_cancelled = 0" "how many stays were not cancelled"
expect_rows $H "value rate: for one entity, the rows rated" \
    "SELECT 100.0 * SUM(b.status = 'cancelled') / COUNT(*) FROM bookings b JOIN hotels h ON h.id = b.hotel_id
     WHERE h.name = 'Costa'" \
    "cancellation rate for Costa"
expect_rows $H "value rate: of the value after it" \
    "SELECT $RATE FROM bookings" "what is the rate of cancellations"
expect_rows $H "value rate: a follow-up naming another value keeps the rate" \
    "SELECT channel, 100.0 * SUM(status = 'no_show') / COUNT(*) FROM bookings GROUP BY channel" \
    "cancellation rate by channel" "what about no-shows"
expect_rows $H "value rate: the *_rate column itself" \
    "SELECT AVG(nightly_rate) FROM bookings" "average nightly rate"
expect_rows $H "value with a year: a text value, not a range" \
    "SELECT COUNT(*) FROM enrollments e JOIN terms t ON t.id = e.term_id WHERE t.name = 'Fall 2023'" \
    "how many enrollments in Fall 2023"
expect_rows $H "value with a year: the year alone is a range" \
    "SELECT COUNT(*) FROM enrollments WHERE enrolled_on >= '2023-01-01' AND enrolled_on < '2024-01-01'" \
    "how many enrollments in 2023"
expect_rows $H "by a date column after a range: which date" \
    "SELECT SUM(total_amount) FROM bookings WHERE check_in_date >= '2024-01-01' AND check_in_date < '2025-01-01'" \
    "total amount in 2024, by check-in date"
expect_rows $H "by a date column alone: per day" \
    "SELECT check_in_date, COUNT(*) FROM bookings WHERE check_in_date < '2023-02-01' GROUP BY 1" \
    "bookings by check-in date before February 2023"
expect_rows $H "average above N per entity, a typo" \
    "SELECT h.name, AVG(r.rating) FROM reviews r JOIN hotels h ON h.id = r.hotel_id GROUP BY h.id HAVING AVG(r.rating) > 2.9" \
    "which hotels have an avergae rating above 2.9"
expect_rows $H "average above N per entity named before it" \
    "SELECT h.name, AVG(r.rating) FROM reviews r JOIN hotels h ON h.id = r.hotel_id GROUP BY h.id HAVING AVG(r.rating) > 2.9" \
    "hotels with an average rating above 2.9"
expect_rows $H "counting events per entity" \
    "SELECT h.name, COUNT(*) FROM bookings b JOIN hotels h ON h.id = b.hotel_id WHERE b.status = 'cancelled' GROUP BY h.id" \
    "number of cancellations by hotel"
expect_rows --ordered $H "counting events: which entity had the most" \
    "SELECT h.name, COUNT(*) AS n FROM bookings b JOIN hotels h ON h.id = b.hotel_id
     WHERE b.status = 'no_show' GROUP BY h.id ORDER BY n DESC LIMIT 1" \
    "which hotel had the most no-shows"
expect_rows $H "listing rows through a join: each row once" \
    "SELECT * FROM guests WHERE id IN (SELECT b.guest_id FROM bookings b JOIN hotels h ON h.id = b.hotel_id
     WHERE h.name = 'Costa')" \
    "guests who stayed at Costa"
expect_rows $H "life events: born" \
    "SELECT COUNT(*) FROM guests WHERE birthDate < '1960-01-01'" "how many guests were born before 1960"
expect_rows $H "life events: died" \
    "SELECT COUNT(*) FROM guests WHERE deathDate >= '2010-01-01'" "how many guests died after 2009"
expect_rows --ordered $H "a person shown by first and last name, not email" \
    "SELECT g.first_name, g.last_name, SUM(b.total_amount) AS s FROM bookings b JOIN guests g ON g.id = b.guest_id
     GROUP BY g.id ORDER BY s DESC, g.id LIMIT 3" \
    "top 3 guests by total amount"
expect_rows $H "how much was spent, by a table's date" \
    "SELECT SUM(total_amount) FROM bookings WHERE booked_at >= '2024-01-01' AND booked_at < '2025-01-01'" \
    "total booking revenue in 2024, by booking date"
# the people said to pay are a table the sum leaves out: declined (on
# schemas it was not built on, such readings were mostly wrong)
declined $H "the payers named and left out of the sum" \
    "how much did guests pay in 2024, by booking date"

# --- a generated college: two paths to one table (registrations -> classes
# -> modules.unitId -> units, and registrations -> learners.homeUnitId ->
# units; classes.lecturerId and learners.mentorId -> lecturers): the key
# named for its table unless the role's word is said; entities shown by
# code and name, people by first and last name (not a job title); groups
# in date order; a range next to a table's noun on that table's date; the
# best month within each group ---
U=$TMPD/college.sqlite
"$SQLITE3" "$U" <<'EOF'
CREATE TABLE units (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE lecturers (id INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL,
  title TEXT NOT NULL, unitId INTEGER NOT NULL REFERENCES units(id), hiredOn TEXT NOT NULL);
CREATE TABLE learners (id INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL,
  homeUnitId INTEGER REFERENCES units(id), mentorId INTEGER REFERENCES lecturers(id),
  majorId INTEGER REFERENCES units(id));
CREATE TABLE modules (id INTEGER PRIMARY KEY, code TEXT NOT NULL, title TEXT NOT NULL,
  unitId INTEGER NOT NULL REFERENCES units(id));
CREATE TABLE semesters (id INTEGER PRIMARY KEY, name TEXT NOT NULL, startDate TEXT NOT NULL, endDate TEXT NOT NULL);
CREATE TABLE classes (id INTEGER PRIMARY KEY, moduleId INTEGER NOT NULL REFERENCES modules(id),
  semesterId INTEGER NOT NULL REFERENCES semesters(id), lecturerId INTEGER NOT NULL REFERENCES lecturers(id));
CREATE TABLE registrations (id INTEGER PRIMARY KEY, learnerId INTEGER NOT NULL REFERENCES learners(id),
  classId INTEGER NOT NULL REFERENCES classes(id), mark REAL, registeredAt TEXT NOT NULL);
INSERT INTO units VALUES (1,'MAT','Mathematics'),(2,'HIS','History'),(3,'BIO','Biology'),(4,'ART','Fine Art');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
INSERT INTO lecturers SELECT i, 'Lf' || i, 'Ll' || i,
  CASE i % 3 WHEN 0 THEN 'Professor' WHEN 1 THEN 'Lecturer' ELSE 'Reader' END,
  1 + i % 4, date('2015-01-01', '+' || (i * 400) || ' days') FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO learners SELECT i, 'Sf' || i, 'Sl' || i, CASE WHEN i % 9 = 0 THEN NULL ELSE 1 + i * 7 % 4 END,
  CASE WHEN i % 5 = 0 THEN NULL ELSE 1 + i * 5 % 12 END, CASE WHEN i % 7 = 0 THEN NULL ELSE 1 + i * 3 % 4 END FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
INSERT INTO modules SELECT i, 'M' || (100 + i), 'Module ' || i, 1 + i * 3 % 4 FROM n;
INSERT INTO semesters VALUES (1,'Autumn 2023','2023-09-01','2023-12-20'),(2,'Spring 2024','2024-01-15','2024-05-30'),
  (3,'Autumn 2024','2024-09-02','2024-12-19'),(4,'Spring 2023','2023-01-16','2023-05-31');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO classes SELECT i, 1 + i % 10, 1 + i * 7 % 4, 1 + i * 5 % 12 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
INSERT INTO registrations SELECT i, 1 + i * 13 % 60, 1 + i * 7 % 30,
  CASE WHEN i % 10 = 0 THEN NULL ELSE 40 + i * 17 % 60 END,
  date('2023-01-01', '+' || (i * i % 700) || ' days') || ' 09:00:00' FROM n;
EOF
CLS="registrations r JOIN classes c ON c.id = r.classId"
expect_rows $U "two paths: the key named for its table" \
    "SELECT u.code, u.name, AVG(r.mark) FROM $CLS JOIN modules m ON m.id = c.moduleId
     JOIN units u ON u.id = m.unitId GROUP BY u.id" \
    "average mark by unit"
out=$("$DATABOT" --offline --format json --as-of 2024-12-31 -e "average mark by unit" "$U" 2>&1)
like "$out" 'joined units along modules.unitId; learners.homeUnitId also leads there' \
    "two paths: the note names the role's key not taken"
expect_rows $U "two paths: the role's word takes the role's key" \
    "SELECT u.name, AVG(r.mark) FROM registrations r JOIN learners l ON l.id = r.learnerId
     JOIN units u ON u.id = l.homeUnitId GROUP BY u.id" \
    "average mark by home unit"
expect_rows $U "two paths: a role named alone" \
    "SELECT t.firstName, t.lastName, AVG(r.mark) FROM registrations r JOIN learners l ON l.id = r.learnerId
     JOIN lecturers t ON t.id = l.mentorId GROUP BY t.id" \
    "average mark by mentor"
expect_rows $U "a role's plural counts the rows holding the key" \
    "SELECT u.name, COUNT(*) FROM learners l JOIN units u ON u.id = l.majorId GROUP BY u.id" \
    "number of majors per unit"
expect_rows $U "a role's plural, for one referenced row" \
    "SELECT COUNT(*) FROM learners l JOIN units u ON u.id = l.majorId WHERE u.name = 'History'" \
    "how many majors does History have"
expect_rows $U "a role's verb: majoring" \
    "SELECT COUNT(*) FROM learners l JOIN units u ON u.id = l.majorId WHERE u.name = 'Biology'" \
    "how many learners are majoring in Biology"
expect_rows $U "people by first and last name, not a job title" \
    "SELECT t.firstName, t.lastName, COUNT(*) FROM classes c JOIN lecturers t ON t.id = c.lecturerId
     JOIN semesters s ON s.id = c.semesterId WHERE s.name = 'Autumn 2024' GROUP BY t.id" \
    "number of classes each lecturer taught in Autumn 2024"
expect_rows $U "an entity shown by code and title" \
    "SELECT m.code, m.title, AVG(r.mark) FROM $CLS JOIN modules m ON m.id = c.moduleId GROUP BY m.id" \
    "average mark by module"
expect_rows $U "a median by person: first and last name" \
    "WITH v AS (SELECT c.lecturerId AS k, r.mark AS m, ROW_NUMBER() OVER (PARTITION BY c.lecturerId ORDER BY r.mark) AS rn,
       COUNT(*) OVER (PARTITION BY c.lecturerId) AS n FROM $CLS WHERE r.mark IS NOT NULL)
     SELECT t.firstName, t.lastName, AVG(v.m) FROM v JOIN lecturers t ON t.id = v.k
     WHERE v.rn IN ((v.n + 1) / 2, (v.n + 2) / 2) GROUP BY t.id" \
    "median mark by lecturer"
expect_rows --ordered $U "groups in the order of their table's date" \
    "SELECT s.name, COUNT(*) FROM $CLS JOIN semesters s ON s.id = c.semesterId GROUP BY s.id ORDER BY s.startDate" \
    "registrations per semester in chronological order"
expect_rows --ordered $U "groups in order, a follow-up keeps it" \
    "SELECT s.name, AVG(r.mark) FROM $CLS JOIN semesters s ON s.id = c.semesterId
     JOIN modules m ON m.id = c.moduleId WHERE m.code = 'M103' GROUP BY s.id ORDER BY s.startDate" \
    "average mark for each semester in order" "only M103"
expect_rows --ordered $U "a column's values in order" \
    "SELECT title, COUNT(*) FROM lecturers GROUP BY title ORDER BY title" \
    "number of lecturers by title in order"
expect_rows --ordered $U "groups in their table's order, named" \
    "SELECT s.name, COUNT(*) FROM $CLS JOIN semesters s ON s.id = c.semesterId GROUP BY s.id ORDER BY s.startDate" \
    "number of registrations for each semester, in semester order"
expect_rows $U "a range on the date of the table named beside it" \
    "SELECT AVG(r.mark) FROM $CLS JOIN semesters s ON s.id = c.semesterId
     WHERE s.startDate >= '2024-01-01' AND s.startDate < '2025-01-01'" \
    "average mark for semesters that started in 2024"
expect_rows $U "a range on the date of the table named after it" \
    "SELECT COUNT(*) FROM $CLS JOIN semesters s ON s.id = c.semesterId
     WHERE s.startDate >= '2023-01-01' AND s.startDate < '2024-01-01'" \
    "how many registrations during 2023 semesters"
expect_rows $U "a fact with no date: the range on a table it refers to, not the grouped one's" \
    "SELECT t.firstName, t.lastName, COUNT(*) FROM classes c JOIN lecturers t ON t.id = c.lecturerId
     JOIN semesters s ON s.id = c.semesterId WHERE s.startDate >= '2024-01-01' AND s.startDate < '2025-01-01'
     GROUP BY t.id" \
    "number of classes per lecturer in 2024"
expect_rows $U "a grouped entity's own date when the verb names it" \
    "SELECT COUNT(*) FROM lecturers WHERE hiredOn >= '2019-01-01' AND hiredOn < '2020-01-01'" \
    "how many lecturers were hired in 2019"
expect_rows $U "a range with no table beside it: the fact's date" \
    "SELECT COUNT(*) FROM registrations WHERE registeredAt >= '2023-01-01' AND registeredAt < '2024-01-01'" \
    "how many registrations in 2023"
expect_rows $U "the best month within each group" \
    "WITH g AS (SELECT u.id AS k, u.name, strftime('%Y-%m', r.registeredAt) AS mo, COUNT(*) AS n FROM $CLS
       JOIN modules m ON m.id = c.moduleId JOIN units u ON u.id = m.unitId
       WHERE r.registeredAt >= '2024-01-01' AND r.registeredAt < '2025-01-01' GROUP BY u.id, mo)
     SELECT name, mo FROM g WHERE n = (SELECT MAX(n) FROM g g2 WHERE g2.k = g.k)" \
    "for each unit, which month of 2024 had the most registrations"
expect_rows $U "the best group within each month" \
    "WITH g AS (SELECT strftime('%Y-%m', r.registeredAt) AS mo, u.name, COUNT(*) AS n FROM $CLS
       JOIN modules m ON m.id = c.moduleId JOIN units u ON u.id = m.unitId
       WHERE r.registeredAt >= '2024-01-01' AND r.registeredAt < '2025-01-01' GROUP BY mo, u.id)
     SELECT mo, name FROM g WHERE n = (SELECT MAX(n) FROM g g2 WHERE g2.mo = g.mo)" \
    "for each month of 2024, which unit had the most registrations"

# --- two role keys reach one table as soon (students.advisorId,
# sections.instructorId -> teachers): the one from a table the question
# names is taken; with no word deciding, the question is declined ---
W=$TMPD/roles.sqlite
"$SQLITE3" "$W" <<'EOF'
CREATE TABLE teachers (id INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL);
CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL, advisorId INTEGER REFERENCES teachers(id));
CREATE TABLE sections (id INTEGER PRIMARY KEY, room TEXT NOT NULL, instructorId INTEGER NOT NULL REFERENCES teachers(id));
CREATE TABLE enrollments (id INTEGER PRIMARY KEY, studentId INTEGER NOT NULL REFERENCES students(id),
  sectionId INTEGER NOT NULL REFERENCES sections(id), score REAL NOT NULL);
INSERT INTO teachers VALUES (1,'Ada','Kent'),(2,'Bo','Lund'),(3,'Cy','Marr');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO students SELECT i, 'S' || i, 1 + i % 3 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9)
INSERT INTO sections SELECT i, 'R' || i, 1 + i * 2 % 3 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO enrollments SELECT i, 1 + i * 7 % 30, 1 + i * 5 % 9, 40 + i * 13 % 60 FROM n;
EOF
expect_rows $W "two roles: the table named decides" \
    "SELECT t.firstName, t.lastName, AVG(e.score) FROM enrollments e JOIN sections s ON s.id = e.sectionId
     JOIN teachers t ON t.id = s.instructorId GROUP BY t.id" \
    "average score per teacher across their sections"
expect_rows $W "two roles: the role's word decides" \
    "SELECT t.firstName, t.lastName, AVG(e.score) FROM enrollments e JOIN students s ON s.id = e.studentId
     JOIN teachers t ON t.id = s.advisorId GROUP BY t.id" \
    "average score by advisor"
declined $W "two roles: no word decides" "average score by teacher"
# --- inflections: "drops" names dropped_at and 'dropped', "majoring" the
# key major_id, "opened" is an event and never the state 'open' ----------
W=$TMPD/words.sqlite
"$SQLITE3" "$W" <<'EOF'
CREATE TABLE departments (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE students (id INTEGER PRIMARY KEY, full_name TEXT,
    major_id INTEGER REFERENCES departments(id));
CREATE TABLE enrollments (id INTEGER PRIMARY KEY, student_id INTEGER REFERENCES students(id),
    status TEXT, enrolled_on TEXT, dropped_at TEXT);
CREATE TABLE tickets (id INTEGER PRIMARY KEY, state TEXT, opened_on TEXT);
INSERT INTO departments VALUES (1,'Physics'),(2,'History');
INSERT INTO students VALUES (1,'Ann Lee',1),(2,'Bo Park',1),(3,'Cy Ray',2),(4,'Di Fox',NULL);
INSERT INTO enrollments VALUES (1,1,'completed','2023-01-05',NULL),(2,1,'dropped','2023-01-05','2023-02-10'),
 (3,2,'dropped','2023-01-06','2023-03-01'),(4,3,'completed','2023-02-01',NULL),
 (5,4,'dropped','2023-02-02','2023-03-15');
INSERT INTO tickets VALUES (1,'open','2024-01-03'),(2,'closed','2024-01-09'),(3,'open','2023-05-05');
EOF
expect_rows --ordered $W "a noun for a state: drops" \
    "SELECT strftime('%Y-%m', dropped_at) AS m, COUNT(*) FROM enrollments WHERE status = 'dropped'
     AND dropped_at IS NOT NULL GROUP BY m ORDER BY m" \
    "drops per month"
expect_rows $W "a verb form of a role key: majoring" \
    "SELECT d.name, COUNT(*) FROM students s JOIN departments d ON d.id = s.major_id GROUP BY d.id" \
    "number of students majoring in each department"
expect_rows $W "an event verb is not a state value" \
    "SELECT COUNT(*) FROM tickets WHERE opened_on >= '2024-01-01' AND opened_on < '2025-01-01'" \
    "how many tickets were opened in 2024"

expect_rows $S "a half year" \
    "SELECT COUNT(*) FROM orders WHERE order_date >= '2023-01-01' AND order_date < '2023-07-01'" \
    "how many orders in the first half of 2023"
expect_rows $S "a half year written H2" \
    "SELECT COUNT(*) FROM orders WHERE order_date >= '2022-07-01' AND order_date < '2023-01-01'" \
    "orders in H2 2022: how many?"
expect_rows $S "a currency word after the number" \
    "SELECT COUNT(*) FROM payments WHERE amount > 500" \
    "how many payments of more than 500 euros"
expect_rows $S "a currency code before the number" \
    "SELECT COUNT(*) FROM payments WHERE amount > 1000" \
    "number of payments over USD 1,000"

# --- spans and states: nights between check-in and check-out; "completed"
# is never "cancelled"; a refinement with nothing before it -------------
N=$TMPD/stays.sqlite
"$SQLITE3" "$N" <<'EOF'
CREATE TABLE reservations (id INTEGER PRIMARY KEY, channel TEXT, check_in TEXT, check_out TEXT,
    cancelled_at TEXT, amount REAL);
INSERT INTO reservations VALUES (1,'web','2024-01-01','2024-01-09',NULL,800),
 (2,'web','2024-02-01','2024-02-03',NULL,200),(3,'phone','2024-03-01','2024-03-12',NULL,1100),
 (4,'phone','2024-04-01','2024-04-05','2024-03-20',NULL);
EOF
expect_rows $N "nights: the row's own span" \
    "SELECT COUNT(*) FROM reservations WHERE julianday(check_out) - julianday(check_in) > 7" \
    "how many reservations were for more than 7 nights"
expect_rows $N "a stay is a reservation" \
    "SELECT channel, AVG(julianday(check_out) - julianday(check_in)) FROM reservations GROUP BY channel" \
    "average length of stay by channel"
declined $N "completed is not the cancellation date" "how many completed stays in 2024"
declined $N "a refinement with nothing before it" "now just for stays in 2023"

# --- emptiness said after the column; a negation that finds nothing ----
expect_rows $N "a record noun after the table" \
    "SELECT COUNT(*) FROM reservations WHERE check_in >= '2024-01-01' AND check_in < '2024-07-01'" \
    "how many reservation records checked in during the first half of 2024"
expect_rows $N "empty, said after the column" \
    "SELECT COUNT(*) FROM reservations WHERE amount IS NULL" \
    "how many reservations where the amount is blank"
declined $N "a negation that negates nothing" "how many reservations have a channel that is missing"

"$SQLITE3" "$N" <<'EOF'
CREATE TABLE reviews (id INTEGER PRIMARY KEY, reservation_id INTEGER REFERENCES reservations(id),
    posted_on TEXT, replied_on TEXT);
INSERT INTO reviews VALUES (1,1,'2024-01-10','2024-01-12'),(2,2,'2024-02-04',NULL),(3,3,'2024-03-13','2024-03-20');
EOF
expect_rows $N "the event's noun after a verb of having" \
    "SELECT 100.0 * SUM(replied_on IS NOT NULL) / COUNT(*) FROM reviews" \
    "what share of reviews got a reply, in percent"
expect_rows $N "a noun for an event names its date column" \
    "SELECT AVG(julianday(replied_on) - julianday(posted_on)) FROM reviews" \
    "average days to reply to a review"

# --- the day a row was made, nouns of events, empty groups, a measure of
# a table that has none ---------------------------------------------------
F=$TMPD/claims.sqlite
"$SQLITE3" "$F" <<'EOF'
CREATE TABLE adjusters (id INTEGER PRIMARY KEY, full_name TEXT, seniority TEXT);
CREATE TABLE claims (id INTEGER PRIMARY KEY, adjuster_id INTEGER REFERENCES adjusters(id),
    incident_date TEXT NOT NULL, filed_date TEXT NOT NULL, settled_date TEXT, partner TEXT, amount REAL);
CREATE TABLE notes (id INTEGER PRIMARY KEY, claim_id INTEGER REFERENCES claims(id), cost REAL);
INSERT INTO adjusters VALUES (1,'Ann Ode','senior'),(2,'Bo Ree','junior');
INSERT INTO claims VALUES (1,1,'2023-12-20','2024-01-03','2024-01-20','Acme',100),
 (2,2,'2024-01-25','2024-02-02',NULL,NULL,250),(3,1,'2024-02-10','2024-02-11','2024-03-01','Zeta',75),
 (4,2,'2024-03-01','2024-03-05','2024-03-06',NULL,30);
INSERT INTO notes VALUES (1,1,5),(2,1,7),(3,2,1);
EOF
expect_rows --ordered $F "a table's rows dated by the day they were made" \
    "SELECT strftime('%Y-%m', filed_date) AS m, COUNT(*) FROM claims GROUP BY m ORDER BY m" \
    "monthly claim count"
expect_rows $F "nouns of events name their dates: filing to settlement" \
    "SELECT a.seniority, AVG(julianday(c.settled_date) - julianday(c.filed_date)) FROM claims c
     JOIN adjusters a ON a.id = c.adjuster_id GROUP BY a.seniority" \
    "average days from filing to settlement by adjuster seniority"
expect_rows $F "a grouping by an optional column leaves out the rows without one" \
    "SELECT partner, AVG(amount) FROM claims WHERE partner IS NOT NULL GROUP BY partner" \
    "average amount by partner"
out=$("$DATABOT" --offline --format json -e "average claim cost" "$F" 2>&1)
is $? 3 "a measure of a table that holds none: declined"
like "$out" "cost of one of claims" "... saying which"

"$SQLITE3" "$F" <<'EOF'
CREATE TABLE customers (id INTEGER PRIMARY KEY, full_name TEXT, state TEXT);
INSERT INTO customers VALUES (1,'A','FL'),(2,'B','NY'),(3,'C','FL'),(4,'D','TX');
EOF
expect_rows $F "a US state by name for its code" \
    "SELECT COUNT(*) FROM customers WHERE state = 'FL'" "how many customers in Florida"
expect_rows $F "a two-word state name" \
    "SELECT COUNT(*) FROM customers WHERE state = 'NY'" "how many customers are in New York"

"$SQLITE3" "$F" <<'EOF'
CREATE TABLE agents (id INTEGER PRIMARY KEY, full_name TEXT, title TEXT);
CREATE TABLE sales (id INTEGER PRIMARY KEY, agent_id INTEGER REFERENCES agents(id), payout REAL);
INSERT INTO agents VALUES (1,'Ann Ode','Senior Agent'),(2,'Bo Ree','Agent'),(3,'Cy Lu','Agent');
INSERT INTO sales VALUES (1,1,10),(2,2,30),(3,3,5),(4,1,40);
EOF
expect_rows --ordered $F "a person's full name, not a job title beside it" \
    "SELECT a.full_name, SUM(s.payout) AS t FROM sales s JOIN agents a ON a.id = s.agent_id GROUP BY a.id ORDER BY t DESC LIMIT 2" \
    "top 2 agents by payout"
expect_rows $F "one name written as two words: pay out" \
    "SELECT SUM(payout) FROM sales" "how much did we pay out in total"

"$SQLITE3" "$F" <<'EOF'
CREATE TABLE staff (id INTEGER PRIMARY KEY, full_name TEXT, role TEXT);
CREATE TABLE shifts (id INTEGER PRIMARY KEY, staff_id INTEGER REFERENCES staff(id), started_at TEXT);
INSERT INTO staff VALUES (1,'A','chef'),(2,'B','cook'),(3,'C','chef'),(4,'D','chef');
INSERT INTO shifts VALUES (1,1,'2024-01-02'),(2,1,'2024-01-03'),(3,2,'2024-01-02'),(4,3,'2023-05-05');
EOF
expect_rows $F "different rows named by a value of their table" \
    "SELECT COUNT(DISTINCT s.staff_id) FROM shifts s JOIN staff t ON t.id = s.staff_id
     WHERE t.role = 'chef' AND s.started_at >= '2024-01-01' AND s.started_at < '2025-01-01'" \
    "how many different chefs worked shifts in 2024"

# --- lines with no date of their own are dated by their order, the table
# they refer to with more rows, not by a product's own date ---------------
L=$TMPD/lines.sqlite
"$SQLITE3" "$L" <<'EOF'
CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, added_on TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, ordered_at TEXT);
CREATE TABLE lines (id INTEGER PRIMARY KEY, item_id INTEGER REFERENCES items(id),
    order_id INTEGER REFERENCES orders(id), quantity INTEGER, unit_price REAL);
INSERT INTO items VALUES (1,'Soup','2021-05-01'),(2,'Pie','2023-02-01');
INSERT INTO orders VALUES (1,'2023-01-10'),(2,'2023-06-11'),(3,'2024-02-02'),(4,'2024-03-03');
INSERT INTO lines VALUES (1,1,1,2,5.0),(2,2,2,1,7.0),(3,1,3,3,5.0),(4,2,4,1,7.0),(5,2,3,2,7.5);
EOF
expect_rows --ordered $L "lines dated by their order" \
    "SELECT strftime('%Y', o.ordered_at) AS y, SUM(l.quantity * l.unit_price) FROM lines l
     JOIN orders o ON o.id = l.order_id GROUP BY y ORDER BY y" \
    "revenue per year"

"$SQLITE3" "$L" <<'EOF'
CREATE TABLE shops (id INTEGER PRIMARY KEY, city TEXT);
CREATE TABLE staff (id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(id), role TEXT);
CREATE TABLE visits (id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(id),
    server_id INTEGER REFERENCES staff(id), channel TEXT, visited_at TEXT);
INSERT INTO shops VALUES (1,'Leeds'),(2,'York');
INSERT INTO staff VALUES (1,1,'server'),(2,1,'server'),(3,1,'server'),(4,2,'server'),(5,1,'cook');
INSERT INTO visits VALUES (1,1,1,'dine-in','2024-01-02'),(2,1,1,'dine-in','2024-01-03'),
 (3,1,2,'takeaway','2024-01-04'),(4,2,4,'dine-in','2024-01-05');
EOF
expect_rows $L "a value's word names the role key to its rows" \
    "SELECT COUNT(DISTINCT v.server_id) FROM visits v JOIN shops s ON s.id = v.shop_id
     WHERE s.city = 'Leeds' AND v.channel = 'dine-in'" \
    "how many different servers served dine-in visits in Leeds"

"$SQLITE3" "$F" <<'EOF'
CREATE TABLE policies (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), product TEXT);
INSERT INTO policies VALUES (1,1,'home'),(2,1,'home'),(3,3,'auto'),(4,2,'home'),(5,3,'home');
EOF
expect_rows $F "the rows counted by name, a value before them, the table they refer to after" \
    "SELECT COUNT(*) FROM policies p JOIN customers c ON c.id = p.customer_id
     WHERE p.product = 'home' AND c.state = 'FL'" \
    "how many home policies have we sold to customers in Florida"

out=$("$DATABOT" --offline --format json -e "total payout as a percentage of the total amount, by agent" "$F" 2>&1)
is $? 3 "one measure as a percentage of another: declined"
like "$out" "a ratio of two measures" "... saying what it cannot compute"
# --- precision and the measure counted: a generated shop chain ----------
G=$TMPD/chain.sqlite
"$SQLITE3" "$G" <<'EOF'
CREATE TABLE shops (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, stars INTEGER NOT NULL);
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, tier TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, shop_id INTEGER NOT NULL REFERENCES shops(id),
  customer_id INTEGER NOT NULL REFERENCES customers(id), channel TEXT NOT NULL, status TEXT NOT NULL,
  placed_on TEXT NOT NULL, cancelled_at TEXT, total REAL);
CREATE TABLE payments (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),
  paid_on TEXT NOT NULL, amount REAL NOT NULL, method TEXT NOT NULL);
INSERT INTO shops VALUES (1,'North Star','Lyon',3),(2,'Blue Door','Nantes',4),(3,'Old Mill','Lyon',5),
  (4,'Red Fox','Lille',4),(5,'Green Leaf','Nice',3);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 80)
INSERT INTO customers SELECT i, 'Customer ' || i, CASE i % 3 WHEN 0 THEN 'France' WHEN 1 THEN 'Belgium' ELSE 'Spain' END,
  CASE WHEN i % 4 = 0 THEN NULL ELSE CASE i % 3 WHEN 0 THEN 'gold' ELSE 'silver' END END FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
INSERT INTO orders SELECT i, 1 + i % 5, 1 + (i * 7) % 60, CASE i % 3 WHEN 0 THEN 'web' WHEN 1 THEN 'app' ELSE 'store' END,
  CASE WHEN i % 7 = 0 THEN 'cancelled' WHEN i % 11 = 0 THEN 'refund' ELSE 'completed' END,
  date('2023-01-01', '+' || (i * 3 % 700) || ' days'),
  CASE WHEN i % 7 = 0 THEN date('2023-01-02', '+' || (i * 3 % 700) || ' days') END,
  CASE WHEN i % 7 = 0 THEN NULL ELSE 20 + (i * 37) % 300 END FROM n;
INSERT INTO payments SELECT id, id, placed_on, total, CASE id % 3 WHEN 0 THEN 'card' WHEN 1 THEN 'cash' ELSE 'wire' END
  FROM orders WHERE total IS NOT NULL;
EOF
declined $G "a negated adjective left unplaced" "unverified customers count"
declined $G "a negation that became no filter" "How many customers have never been happy with us?"
declined $G "a state of rows that must not exist" "How many customers have never finished an order?"
declined $G "one side of a comparison matched nothing" "France vs Narnia: number of customers"
declined $G "an average of a count with no grouping said" "Compare the average total of 3-star and 5-star shops"
expect_rows $G "a number before an integer column's name, in a follow-up" \
    "SELECT s.name, COUNT(*) FROM orders o JOIN shops s ON s.id = o.shop_id WHERE s.stars = 4 GROUP BY s.id" \
    "number of orders by shop" "only 4-star shops"
expect_rows --ordered $G "which of them had the fewest, after a grouping" \
    "SELECT s.name FROM orders o JOIN shops s ON s.id = o.shop_id WHERE s.stars = 4 GROUP BY s.id
     ORDER BY COUNT(*) ASC LIMIT 1" \
    "number of orders by shop" "only 4-star shops" "which of them had the fewest?"
expect_rows $G "two numbers before an integer column's name compared" \
    "SELECT s.stars, COUNT(*) FROM orders o JOIN shops s ON s.id = o.shop_id WHERE s.stars IN (3, 5) GROUP BY s.stars" \
    "orders of 3-star vs 5-star shops"
expect_rows $G "the measure of the grouping's table" \
    "SELECT method, SUM(amount) FROM payments WHERE paid_on >= '2024-01-01' AND paid_on < '2025-01-01' GROUP BY method" \
    "How much money did we receive through each payment method in 2024?"
expect_rows $G "'<money rows> total' sums their amount" \
    "SELECT s.name, SUM(p.amount) FROM payments p JOIN orders o ON o.id = p.order_id JOIN shops s ON s.id = o.shop_id
     WHERE p.method = 'wire' GROUP BY s.id" \
    "wire payments total per shop"
expect_rows $G "a plural status value counts its rows, the table only says where" \
    "SELECT strftime('%Y-%m', o.placed_on), COUNT(*) FROM orders o JOIN shops s ON s.id = o.shop_id
     WHERE o.status = 'refund' AND s.city = 'Lyon' AND o.placed_on >= '2024-01-01' AND o.placed_on < '2025-01-01' GROUP BY 1" \
    "monthly refunds at the Lyon shops in 2024"
expect_rows $G "a conditional share of a sum per group" \
    "SELECT s.name, 100.0 * SUM(CASE WHEN o.channel = 'app' THEN o.total ELSE 0 END) / SUM(o.total)
     FROM orders o JOIN shops s ON s.id = o.shop_id GROUP BY s.id" \
    "For each shop, what percentage of its revenue came from app orders?"
expect_rows $G "a rate's verb is not also a filter" \
    "SELECT channel, 100.0 * SUM(status = 'cancelled') / COUNT(*) FROM orders WHERE channel IN ('app', 'web') GROUP BY channel" \
    "Do app orders get cancelled more often than web orders? Show the cancellation rate for both."

expect_rows --ordered $G "fewest rows with an optional column set" \
    "SELECT country FROM customers WHERE tier IS NOT NULL GROUP BY country ORDER BY COUNT(*) ASC LIMIT 1" \
    "Which country has the fewest tier members?"
T=$TMPD/terms.sqlite
"$SQLITE3" "$T" <<'EOF'
CREATE TABLE terms (id INTEGER PRIMARY KEY, name TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL);
CREATE TABLE classes (id INTEGER PRIMARY KEY, term_id INTEGER NOT NULL REFERENCES terms(id), size INTEGER NOT NULL);
INSERT INTO terms VALUES (1,'Winter 2024','2024-01-08','2024-03-29'),(2,'Autumn 2023','2023-09-04','2023-12-15'),
  (3,'Spring 2024','2024-04-08','2024-06-28');
INSERT INTO classes VALUES (1,1,20),(2,1,25),(3,2,30),(4,3,12),(5,3,18),(6,3,22),(7,2,15);
EOF
expect_rows --ordered $T "groups in the order of their dates" \
    "SELECT t.name, COUNT(*) FROM classes c JOIN terms t ON t.id = c.term_id GROUP BY t.id ORDER BY t.start_date" \
    "Number of classes in each term, in chronological order"

expect_rows $G "a distribution leaves out rows without a value" \
    "SELECT tier, COUNT(*) FROM customers WHERE country = 'France' AND tier IS NOT NULL GROUP BY tier" \
    "tier distribution of French customers"
expect_rows $G "the grouped column's rows are counted, the table after 'for' says where" \
    "SELECT o.channel, COUNT(*) FROM orders o JOIN shops s ON s.id = o.shop_id WHERE s.city = 'Lyon' GROUP BY o.channel" \
    "channel distribution for the Lyon shops"

V=$TMPD/visits.sqlite
"$SQLITE3" "$V" <<'EOF'
CREATE TABLE visits (id INTEGER PRIMARY KEY, visited_on TEXT NOT NULL, adults INTEGER NOT NULL, kids INTEGER NOT NULL);
CREATE TABLE surveys (id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL REFERENCES visits(id), score INTEGER NOT NULL,
  answered_on TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO visits SELECT i, date('2023-06-01', '+' || (i * 5 % 500) || ' days'), 1 + i % 3, CASE WHEN i % 4 = 0 THEN 1 + i % 2 ELSE 0 END FROM n;
INSERT INTO surveys SELECT id, id, 1 + id % 5, CASE WHEN id % 3 = 0 THEN NULL ELSE date(visited_on, '+3 days') END FROM visits;
EOF
expect_rows $V "a count column after a verb of having is above zero" \
    "SELECT COUNT(*) FROM visits WHERE kids > 0" "how many visits included kids"
expect_rows $V "and as a rate" \
    "SELECT 100.0 * SUM(kids > 0) / COUNT(*) FROM visits WHERE visited_on >= '2024-01-01' AND visited_on < '2025-01-01'" \
    "What percentage of the visits in 2024 included kids?"
expect_rows $V "a thing the rows got, named like their optional date" \
    "SELECT 100.0 * SUM(answered_on IS NOT NULL) / COUNT(*) FROM surveys" \
    "What share of surveys got an answer, in percent?"
declined $V "an unplaced thing the rows have" "how many surveys got a response"

expect_rows $V "an optional column said to be blank" \
    "SELECT COUNT(*) FROM surveys WHERE answered_on IS NULL" "How many surveys have answered_on empty?"
expect_rows $G "an optional column of the rows, a word of its name between" \
    "SELECT COUNT(*) FROM customers WHERE tier IS NOT NULL" "How many of our customers are tier program members?"

expect_rows $G "the best period within each group" \
    "WITH g AS (SELECT s.name AS n, strftime('%Y-%m', o.placed_on) AS m, SUM(o.total) AS v FROM orders o
       JOIN shops s ON s.id = o.shop_id WHERE o.placed_on >= '2024-01-01' AND o.placed_on < '2025-01-01'
       GROUP BY s.id, m),
     r AS (SELECT *, ROW_NUMBER() OVER (PARTITION BY n ORDER BY v DESC) AS rn FROM g)
     SELECT n, m, v FROM r WHERE rn = 1" \
    "For each shop, which month of 2024 had the most revenue?"

I=$TMPD/invoices.sqlite
"$SQLITE3" "$I" <<'EOF'
CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, industry TEXT NOT NULL);
CREATE TABLE invoices (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id), issued_at TEXT NOT NULL,
  amount REAL NOT NULL);
INSERT INTO accounts VALUES (1,'Acme','retail'),(2,'Globex','energy'),(3,'Initech','software'),(4,'Umbrella','health');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO invoices SELECT i, 1 + i % 4, date('2024-01-01', '+' || (i * 5) || ' days'), CASE WHEN i % 4 = 0 THEN 900 ELSE 100 + i END FROM n;
EOF
expect_rows --ordered $I "money rows ranked by a verb: their amount" \
    "SELECT a.name FROM invoices i JOIN accounts a ON a.id = i.account_id GROUP BY a.id ORDER BY SUM(i.amount) DESC LIMIT 2" \
    "Show the 2 accounts we invoiced the most"

expect_rows $G "values excluded: other than" \
    "SELECT COUNT(*) FROM orders WHERE channel <> 'web'" "how many orders other than web orders"
expect_rows $G "values excluded: a list" \
    "SELECT COUNT(*) FROM customers WHERE country NOT IN ('France', 'Spain')" "how many customers excluding France and Spain"
expect_rows $G "values excluded: not in a list" \
    "SELECT COUNT(*) FROM customers WHERE country NOT IN ('France', 'Spain')" "how many customers not in France or Spain"

expect_rows $G "a total of money rows named by a verb" \
    "SELECT SUM(amount) FROM payments WHERE method = 'card'" "total paid by card"

declined $S "what the rows got, a table not followed" "how many orders got a review"
declined $S "a part of a semantic measure cannot be split" "what percentage of revenue came from the web channel"

expect_rows $S "money collected: the grouping table's own amount, not a product elsewhere" \
    "SELECT method, SUM(amount) FROM payments GROUP BY method" "how much did we collect per payment method"

expect_rows $G "a column named total after its table" \
    "SELECT channel, AVG(total) FROM orders GROUP BY channel" "average order total by channel"
declined $V "an average of counts needs a grouping word, not a total" "average visit total by adults"

# --- words: a ride is a trip, 'rides' is not 'rider', 'successful' is
# 'succeeded', a fare is money ---------------------------------------------
T=$TMPD/rides.sqlite
"$SQLITE3" "$T" <<'EOF'
CREATE TABLE trips (id INTEGER PRIMARY KEY, started_at TEXT, fare REAL);
CREATE TABLE reports (id INTEGER PRIMARY KEY, trip_id INTEGER REFERENCES trips(id), reported_by TEXT);
CREATE TABLE payments (id INTEGER PRIMARY KEY, status TEXT, amount REAL);
INSERT INTO trips VALUES (1,'2024-01-02',2.5),(2,'2024-03-04',6.0),(3,'2023-05-06',7.5);
INSERT INTO reports VALUES (1,1,'rider'),(2,2,'staff');
INSERT INTO payments VALUES (1,'succeeded',10),(2,'failed',5),(3,'succeeded',7);
EOF
expect_rows $T "a ride is a trip, never the value 'rider'" \
    "SELECT COUNT(*) FROM trips WHERE started_at >= '2024-01-01' AND started_at < '2025-01-01'" \
    "how many rides were taken in 2024"
expect_rows $T "a word's other form: successful ~ 'succeeded'" \
    "SELECT SUM(amount) FROM payments WHERE status = 'succeeded'" "total amount of successful payments"
expect_rows $T "a fare is money" \
    "SELECT COUNT(*) FROM trips WHERE fare > 5" "how many trips of more than \$5"

"$SQLITE3" "$T" <<'EOF'
CREATE TABLE riders (id INTEGER PRIMARY KEY, birth_year INTEGER, joined_on TEXT);
CREATE TABLE rides (id INTEGER PRIMARY KEY, rider_id INTEGER REFERENCES riders(id), started_at TEXT);
INSERT INTO riders VALUES (1,1980,'2023-01-01'),(2,2024,'2023-02-01'),(3,1990,'2024-03-01');
INSERT INTO rides VALUES (1,1,'2024-01-05'),(2,1,'2024-02-05'),(3,3,'2023-07-07');
EOF
expect_rows $T "a birth year is not the rows' date" \
    "SELECT COUNT(*) FROM riders WHERE joined_on >= '2024-01-01' AND joined_on < '2025-01-01'" \
    "how many riders in 2024"

expect_rows --ordered $S "top N by a table of other rows: their count" \
    "SELECT c.first_name, c.last_name, COUNT(*) AS n FROM orders o JOIN customers c ON c.id = o.customer_id
     GROUP BY c.id ORDER BY n DESC LIMIT 3" \
    "top 3 customers by orders"
expect_rows --ordered $S "top N values of a column by a table's rows" \
    "SELECT country, COUNT(*) AS n FROM customers GROUP BY country ORDER BY n DESC LIMIT 3" \
    "top 3 countries by customers"

out=$("$DATABOT" --offline --sql-only --format json -e "how many orders by channel in 2024" \
      -e "only frobnicated widgets" -e "what about 2023?" "$S" 2>&1)
like "$out" "I did not understand the question before this one" \
    "a follow-up after a declined question is declined, not applied to the one before"
out=$("$DATABOT" --offline --sql-only --format json -e "how many orders by channel in 2024" \
      -e "only frobnicated widgets" -e "how many orders in 2023" "$S" 2>&1)
like "$out" "order_date >= '2023-01-01'" "... a whole question after it is answered"

"$SQLITE3" "$T" <<'EOF'
CREATE TABLE members (id INTEGER PRIMARY KEY, plan TEXT NOT NULL, joined_on TEXT NOT NULL);
INSERT INTO members VALUES (1,'annual','2023-01-05'),(2,'monthly','2023-01-09'),(3,'annual','2023-02-01'),
 (4,'annual','2024-02-01');
EOF
expect_rows --ordered $T "a bucket word that is a value is the value" \
    "SELECT strftime('%Y', joined_on) AS y, COUNT(*) FROM members WHERE plan = 'annual' GROUP BY y ORDER BY y" \
    "annual plan members by year"

"$SQLITE3" "$T" <<'EOF'
CREATE TABLE visits (id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(id), visited_on TEXT);
INSERT INTO visits VALUES (1,1,'2024-01-05'),(2,2,'2024-01-20'),(3,1,'2024-03-01');
EOF
expect_rows --ordered $T "a bucket word before a table is the bucket, value or not" \
    "SELECT strftime('%Y-%m', visited_on) AS m, COUNT(*) FROM visits GROUP BY m ORDER BY m" \
    "monthly visits"
expect_rows $D "a state word: left" \
    "SELECT COUNT(*) FROM employees WHERE left_on IS NOT NULL" "how many employees have left"
expect_rows $D "a state word after a negation" \
    "SELECT COUNT(*) FROM employees WHERE left_on IS NULL" "how many employees have not left"
expect_rows $D "'have since left' is a state, not the range's date" \
    "SELECT 100.0 * SUM(left_on IS NOT NULL) / COUNT(*) FROM employees WHERE hired_on >= '2020-01-01' AND hired_on < '2021-01-01'" \
    "What percentage of the employees hired in 2020 have since left?"

# --- paths and money on a generated club database ------------------------
C=$TMPD/clubs.db
"$SQLITE3" "$C" <<'EOF'
CREATE TABLE clubs (clubId INTEGER PRIMARY KEY, clubName TEXT NOT NULL);
CREATE TABLE members (memberId INTEGER PRIMARY KEY, fullName TEXT,
  homeClubId INTEGER REFERENCES clubs(clubId), joinDate TEXT);
CREATE TABLE visits (visitId INTEGER PRIMARY KEY, memberId INTEGER REFERENCES members(memberId),
  clubId INTEGER REFERENCES clubs(clubId), visitedAt TEXT);
CREATE TABLE sales (id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(memberId),
  sold_on TEXT, refund_amount REAL, amount REAL NOT NULL);
CREATE TABLE shifts (id INTEGER PRIMARY KEY, staffId INTEGER NOT NULL, startAt TEXT NOT NULL,
  endAt TEXT -- clock-out; NULL when the clock-out was never recorded
);
CREATE TABLE stations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, opened_on TEXT NOT NULL,
  closed_on TEXT -- NULL while the station is in operation
);
INSERT INTO clubs VALUES (1,'North'),(2,'South');
INSERT INTO members VALUES (1,'Ann A',1,'2024-01-02'),(2,'Bob B',1,'2024-02-03'),(3,'Cy C',2,'2024-03-04');
INSERT INTO visits VALUES (1,1,2,'2024-05-01'),(2,1,2,'2024-05-02'),(3,2,2,'2024-05-03'),(4,3,1,'2024-05-04');
INSERT INTO sales VALUES (1,1,'2024-01-05',NULL,100),(2,2,'2024-02-05',40,40),(3,3,'2024-03-05',NULL,70);
INSERT INTO shifts VALUES (1,1,'2024-01-01 08:00','2024-01-01 16:00'),(2,2,'2024-01-02 08:00',NULL);
INSERT INTO stations VALUES (1,'Elm','2020-01-01',NULL),(2,'Oak','2020-01-01','2023-05-01');
EOF
expect_rows $C "a member's own club, not the clubs of their visits (a direct key beats a many-to-many path)" \
    "SELECT c.clubName, COUNT(*) FROM members m JOIN clubs c ON c.clubId = m.homeClubId
     WHERE m.joinDate >= '2024-01-01' AND m.joinDate < '2025-01-01' GROUP BY c.clubId" \
    "How many members joined each club in 2024?"
expect_rows $C "revenue is the amount, never the refunds" \
    "SELECT SUM(amount) FROM sales" "total revenue"
expect_rows $C "revenue by club, along the member's club" \
    "SELECT c.clubName, SUM(s.amount) FROM sales s JOIN members m ON m.memberId = s.member_id
     JOIN clubs c ON c.clubId = m.homeClubId GROUP BY c.clubId" "revenue by club"
expect_rows $C "refunds asked for are the refunds" \
    "SELECT SUM(refund_amount) FROM sales" "total refund amount"
expect_rows $C "a typo of two letters swapped (memebrs)" \
    "SELECT COUNT(*) FROM members WHERE joinDate >= '2024-02-01'" "how many memebrs joined since February 2024"
declined $C "'how many' never answered with an average" "How many shifts are missing a clock-out time?"
declined $C "'which stations' never answered with one number" "Which stations are no longer in operation?"

"$SQLITE3" "$C" <<'EOF'
CREATE TABLE dishes (id INTEGER PRIMARY KEY, dishName TEXT NOT NULL, isVegetarian INTEGER NOT NULL,
  price REAL NOT NULL);
INSERT INTO dishes VALUES (1,'Soup',1,5),(2,'Steak',0,20),(3,'Salad',1,7),(4,'Fish',0,15);
EOF
expect_rows $C "a yes/no column said of the rows filters them, it is not summed" \
    "SELECT id, dishName, isVegetarian, price FROM dishes WHERE isVegetarian = 1" "list vegetarian dishes"
expect_rows $C "... counted" "SELECT COUNT(*) FROM dishes WHERE isVegetarian = 1" \
    "how many vegetarian dishes are there"
expect_rows $C "... negated" "SELECT AVG(price) FROM dishes WHERE isVegetarian = 0" \
    "average price of non-vegetarian dishes"
expect_rows $C "... as a follow-up" "SELECT AVG(price) FROM dishes WHERE isVegetarian = 1" \
    "average price of dishes" "only vegetarian ones"

# --- event verbs and event nouns no name spells -----------------------------
E=$TMPD/events.db
"$SQLITE3" "$E" <<'EOF'
CREATE TABLE pilots (id INTEGER PRIMARY KEY, name TEXT NOT NULL, rank TEXT NOT NULL);
CREATE TABLE flights (id INTEGER PRIMARY KEY, pilot_id INTEGER REFERENCES pilots(id), departed_on TEXT,
  kind TEXT NOT NULL);
CREATE TABLE shops (id INTEGER PRIMARY KEY, city TEXT NOT NULL);
CREATE TABLE tutors (id INTEGER PRIMARY KEY, fullName TEXT NOT NULL);
CREATE TABLE lessons (id INTEGER PRIMARY KEY, tutorId INTEGER REFERENCES tutors(id),
  shopId INTEGER REFERENCES shops(id), topic TEXT NOT NULL, heldOn TEXT);
INSERT INTO pilots VALUES (1,'Ann','captain'),(2,'Bo','officer'),(3,'Cy','captain');
INSERT INTO flights VALUES (1,1,'2024-01-01','cargo'),(2,1,'2024-02-01','cargo'),(3,2,'2024-03-01','cargo'),
  (4,3,'2023-03-01','cargo'),(5,1,'2023-05-01','cargo'),(6,2,'2024-06-01','cargo');
INSERT INTO shops VALUES (1,'Oslo'),(2,'Bergen');
INSERT INTO tutors VALUES (1,'Dee'),(2,'Eli');
INSERT INTO lessons VALUES (1,1,1,'yoga','2024-01-01'),(2,1,1,'yoga','2024-01-02'),(3,2,2,'spin','2024-01-03'),
  (4,1,2,'yoga','2024-01-04');
EOF
expect_rows --ordered $E "an irregular verb whose object is the table counted (taught)" \
    "SELECT t.fullName, COUNT(*) AS n FROM lessons l JOIN tutors t ON t.id = l.tutorId GROUP BY t.id
     ORDER BY n DESC LIMIT 1" "Which tutor taught the most lessons?"
expect_rows $E "... flew more than N" \
    "SELECT p.name FROM flights f JOIN pilots p ON p.id = f.pilot_id GROUP BY p.id HAVING COUNT(*) > 2" \
    "Which pilots flew more than 2 flights?"
expect_rows --ordered $E "... with a value of the object between (flew the most cargo flights)" \
    "SELECT p.name, COUNT(*) AS n FROM flights f JOIN pilots p ON p.id = f.pilot_id WHERE f.kind = 'cargo'
     GROUP BY p.id ORDER BY n DESC LIMIT 1" "Which pilot flew the most cargo flights?"
declined $E "a verb whose object is not the table counted stays unplaced" \
    "Which city's shops ran the most yoga lessons?"
expect_rows $E "... past auxiliaries (have taught more than N)" \
    "SELECT t.fullName FROM lessons l JOIN tutors t ON t.id = l.tutorId GROUP BY t.id HAVING COUNT(*) > 2" \
    "Which tutors have taught more than 2 lessons?"
expect_rows --ordered $E "a participle after the table counted is its rows' event (taught by month)" \
    "SELECT strftime('%Y-%m', heldOn) AS m, COUNT(*) FROM lessons WHERE heldOn >= '2024-01-01'
     AND heldOn < '2025-01-01' GROUP BY m ORDER BY m" "how many lessons taught by month in 2024"
expect_rows $E "... flown (no other form)" \
    "SELECT COUNT(*) FROM flights WHERE departed_on >= '2024-01-01' AND departed_on < '2025-01-01'" \
    "how many flights flown in 2024"
declined $E "a past after the people counted is what they did, not their rows' date" "how many pilots flew in 2024"
declined $E "... taught" "how many tutors taught in 2024"

"$SQLITE3" "$E" <<'EOF'
CREATE TABLE tiers (id INTEGER PRIMARY KEY, tierName TEXT NOT NULL);
CREATE TABLE patrons (id INTEGER PRIMARY KEY, tierId INTEGER REFERENCES tiers(id), joinDate TEXT NOT NULL,
  cancelDate TEXT);
INSERT INTO tiers VALUES (1,'Gold'),(2,'Basic');
INSERT INTO patrons VALUES (1,1,'2023-01-05',NULL),(2,2,'2023-02-01','2024-03-01'),(3,1,'2024-04-01','2024-06-01'),
  (4,1,'2024-05-01',NULL),(5,2,'2022-01-01','2023-02-02');
EOF
expect_rows $E "signups: the rows dated by the join date (a synonym of the date's event)" \
    "SELECT COUNT(*) FROM patrons WHERE joinDate >= '2023-01-01' AND joinDate < '2024-01-01'" \
    "how many signups in 2023"
expect_rows $E "... by year, for a value of a related table" \
    "SELECT strftime('%Y', p.joinDate) AS y, COUNT(*) FROM patrons p JOIN tiers t ON t.id = p.tierId
     WHERE t.tierName = 'Gold' AND p.joinDate >= '2023-01-01' AND p.joinDate < '2025-01-01' GROUP BY y" \
    "signups 2023 vs 2024 for the Gold tier"
expect_rows $E "cancellations: the event noun of cancelDate" \
    "SELECT COUNT(*) FROM patrons WHERE cancelDate >= '2024-01-01' AND cancelDate < '2025-01-01'" \
    "how many cancellations in 2024"
expect_rows $E "registrations: the event noun of a synonym of the date's" \
    "SELECT strftime('%Y-%m', joinDate) AS m, COUNT(*) FROM patrons
     WHERE joinDate >= '2024-01-01' AND joinDate < '2025-01-01' GROUP BY m" \
    "registrations by month in 2024"

"$SQLITE3" "$E" <<'EOF'
CREATE TABLE travellers (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL);
CREATE TABLE bookings (id INTEGER PRIMARY KEY, traveller_id INTEGER REFERENCES travellers(id),
  booked_at TEXT NOT NULL, channel TEXT NOT NULL, price REAL NOT NULL);
INSERT INTO travellers VALUES (1,'Al','Ek'),(2,'Bea','Fo');
INSERT INTO bookings VALUES (1,1,'2024-01-02','web',100),(2,1,'2024-02-02','phone',50),(3,2,'2024-02-03','web',80),
  (4,1,'2023-05-05','web',60);
EOF
expect_rows $E "a ticket is a booking (one way)" \
    "SELECT t.first_name, t.last_name FROM bookings b JOIN travellers t ON t.id = b.traveller_id
     GROUP BY t.id HAVING COUNT(*) > 2" "Which travellers booked more than 2 tickets? names"
expect_rows $E "... its price" "SELECT AVG(price) FROM bookings WHERE channel = 'web'" \
    "average ticket price for web bookings"
expect_rows --ordered $E "counting the rows summed before, instead of the sum" \
    "SELECT strftime('%Y-%m', booked_at) AS m, COUNT(*) FROM bookings
     WHERE booked_at >= '2024-01-01' AND booked_at < '2025-01-01' GROUP BY m ORDER BY m" \
    "monthly booking revenue in 2024" "now count the tickets instead of revenue"

"$SQLITE3" "$E" <<'EOF'
CREATE TABLE bikes (id INTEGER PRIMARY KEY, serial TEXT NOT NULL);
CREATE TABLE rides (id INTEGER PRIMARY KEY, bike_id INTEGER REFERENCES bikes(id), started_on TEXT);
INSERT INTO bikes VALUES (1,'S-1'),(2,'S-2'),(3,'S-3');
INSERT INTO rides VALUES (1,1,'2024-01-01'),(2,1,'2024-01-02'),(3,2,'2024-01-03'),(4,1,'2024-01-04'),
  (5,3,'2024-01-05'),(6,3,'2024-01-06');
EOF
expect_rows --ordered $E "a past of an irregular verb whose base names a table: its rows (ridden ~ rides)" \
    "SELECT b.serial, COUNT(*) AS n FROM rides r JOIN bikes b ON b.id = r.bike_id GROUP BY b.id
     ORDER BY n DESC LIMIT 2" "Which 2 bikes have been ridden the most?"

"$SQLITE3" "$E" <<'EOF'
CREATE TABLE clients (id INTEGER PRIMARY KEY, fullName TEXT NOT NULL, city TEXT NOT NULL);
CREATE TABLE policies (id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients(id), premium REAL NOT NULL);
INSERT INTO clients VALUES (1,'Ada','Oslo'),(2,'Ben','Bergen'),(3,'Cal','Oslo');
INSERT INTO policies VALUES (1,1,100),(2,1,200),(3,2,50),(4,3,70);
EOF
expect_rows $E "a policyholder is a client (one way)" \
    "SELECT SUM(p.premium) FROM policies p JOIN clients c ON c.id = p.client_id WHERE c.city = 'Oslo'" \
    "total premium for policyholders in Oslo"
# --- follow-ups on a generated parcel database ---------------------------
P=$TMPD/parcels.sqlite
"$SQLITE3" "$P" <<'EOF'
CREATE TABLE depots (id INTEGER PRIMARY KEY, city TEXT NOT NULL, region TEXT NOT NULL);
CREATE TABLE couriers (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, vehicle TEXT NOT NULL,
  home_depot_id INTEGER REFERENCES depots(id));
CREATE TABLE parcels (id INTEGER PRIMARY KEY, courier_id INTEGER REFERENCES couriers(id),
  depot_id INTEGER REFERENCES depots(id), shipped_on TEXT NOT NULL, service TEXT NOT NULL,
  delay_minutes INTEGER, fee REAL NOT NULL, status TEXT NOT NULL);
INSERT INTO depots VALUES (1,'Leeds','North'),(2,'York','North'),(3,'Bath','South');
INSERT INTO couriers VALUES (1,'Ann Lee','van',1),(2,'Bo Tan','bike',2),(3,'Cy Roe','van',3),(4,'Di Fox','bike',1);
INSERT INTO parcels VALUES
 (1,1,1,'2023-01-05','express',10,12.5,'delivered'),(2,1,1,'2023-03-05','standard',0,6,'delivered'),
 (3,2,2,'2023-06-05','express',45,14,'lost'),(4,3,3,'2023-08-05','standard',5,5,'delivered'),
 (5,4,1,'2024-01-05','express',30,13,'delivered'),(6,2,2,'2024-02-05','standard',20,7,'lost'),
 (7,3,3,'2024-03-05','express',2,15,'delivered'),(8,1,1,'2024-04-05','standard',1,6.5,'delivered'),
 (9,4,1,'2024-05-05','standard',60,6,'lost'),(10,2,2,'2022-05-05','express',15,11,'delivered');
EOF

# declined_after DB NAME QUESTION...: the conversation's last question is
# declined (no SQL for it)
declined_after() {
    db=$1 name=$2
    shift 2
    for q in "$@"; do set -- "$@" -e "$q"; shift; done
    out=$("$DATABOT" --offline --sql-only --format json --as-of 2024-12-31 "$@" "$db" 2>&1)
    like "$(printf '%s\n' "$out" | tail -n 1)" '"sql":null' "$name: declined"
}

expect_rows $P "'which one was worst?': the highest of a delay" \
    "SELECT c.full_name FROM parcels p JOIN couriers c ON c.id = p.courier_id GROUP BY c.id
     ORDER BY AVG(p.delay_minutes) DESC LIMIT 1" \
    "average delay by courier" "which one was worst?"
expect_rows $P "'which one ... the most?' repeating the first question's verb" \
    "SELECT c.full_name FROM parcels p JOIN couriers c ON c.id = p.courier_id
     WHERE p.shipped_on >= '2024-01-01' AND p.shipped_on < '2025-01-01' GROUP BY c.id
     ORDER BY COUNT(*) DESC LIMIT 1" \
    "number of parcels shipped per courier in 2024" "which one shipped the most?"
expect_rows $P "'which depot was worst?': the most of a count of lost parcels" \
    "SELECT d.city FROM parcels p JOIN depots d ON d.id = p.depot_id WHERE p.status = 'lost'
     GROUP BY d.id ORDER BY COUNT(*) DESC LIMIT 1" \
    "lost parcels by depot" "which depot was worst?"
declined_after $P "'which one had the highest fee?' after a count: the fee is not what was counted" \
    "number of parcels shipped per service in 2023" "which one had the highest fee?"
expect_rows $P "'as a percentage of all 2023 parcels': the groups' shares" \
    "SELECT service, 100.0 * COUNT(*) / (SELECT COUNT(*) FROM parcels WHERE shipped_on >= '2023-01-01'
     AND shipped_on < '2024-01-01') FROM parcels WHERE shipped_on >= '2023-01-01'
     AND shipped_on < '2024-01-01' GROUP BY service" \
    "number of parcels per service in 2023" "as a percentage of all 2023 parcels"
declined_after $P "a share of another period's rows" \
    "number of parcels per service in 2023" "as a percentage of all 2024 parcels"
declined_after $P "a share of all rows where the groups were of one year" \
    "number of parcels per service in 2023" "as a percentage of all parcels"
expect_rows $P "'restrict to ...' keeps the grouping" \
    "SELECT c.vehicle, COUNT(*) FROM parcels p JOIN couriers c ON c.id = p.courier_id
     JOIN depots h ON h.id = c.home_depot_id WHERE h.city = 'York' GROUP BY c.vehicle" \
    "parcels per vehicle" "restrict to couriers whose home depot is York"
expect_rows $P "'only counting 2024' keeps the ranking" \
    "SELECT c.full_name FROM parcels p JOIN couriers c ON c.id = p.courier_id
     WHERE p.shipped_on >= '2024-01-01' AND p.shipped_on < '2025-01-01' GROUP BY c.id
     ORDER BY COUNT(*) DESC LIMIT 1" \
    "top courier by number of parcels" "only counting 2024"
expect_rows $P "'same but for 2024'" \
    "SELECT service, AVG(fee) FROM parcels WHERE shipped_on >= '2024-01-01' AND shipped_on < '2025-01-01'
     GROUP BY service" \
    "average fee by service" "same but for 2024"
expect_rows $P "'broken down by ...' keeps the range" \
    "SELECT c.vehicle, COUNT(*) FROM parcels p JOIN couriers c ON c.id = p.courier_id
     WHERE p.shipped_on >= '2024-01-01' AND p.shipped_on < '2025-01-01' GROUP BY c.vehicle" \
    "how many parcels were shipped in 2024" "broken down by vehicle"
declined $P "'broken down by ...' with no question before" "broken down by vehicle"

expect_rows $P "'add their total fee': a second measure beside the count" \
    "SELECT service, COUNT(*), SUM(fee) FROM parcels WHERE shipped_on >= '2023-01-01'
     AND shipped_on < '2024-01-01' GROUP BY service" \
    "number of parcels by service in 2023" "add their total fee"
expect_rows --ordered $P "'add their average delay' keeps the ranking" \
    "SELECT c.full_name, COUNT(*) AS n, AVG(p.delay_minutes) FROM parcels p JOIN couriers c ON c.id = p.courier_id
     WHERE p.shipped_on >= '2024-01-01' GROUP BY c.id ORDER BY n DESC LIMIT 1" \
    "top courier by number of parcels in 2024" "add their average delay"
declined_after $P "'add' a column of another table" "parcels by depot" "add the region"
declined_after $P "'add' another table's count" "number of parcels per depot" "add the number of couriers"
declined $P "'add' with no question before" "add the total fee"

expect_rows $P "'excluding lost parcels' narrows the rows, keeps the grouping and the year" \
    "SELECT service, COUNT(*) FROM parcels WHERE status <> 'lost' AND shipped_on >= '2023-01-01'
     AND shipped_on < '2024-01-01' GROUP BY service" \
    "number of parcels by service in 2023" "excluding lost parcels"
expect_rows $P "'ignoring lost parcels' excludes them" \
    "SELECT service, COUNT(*) FROM parcels WHERE status <> 'lost' AND shipped_on >= '2023-01-01'
     AND shipped_on < '2024-01-01' GROUP BY service" \
    "number of parcels by service in 2023" "ignoring lost parcels"
expect_rows $P "'for York depot only' names another table, still a refinement" \
    "SELECT p.service, COUNT(*) FROM parcels p JOIN depots d ON d.id = p.depot_id WHERE d.city = 'York'
     AND p.shipped_on >= '2023-01-01' AND p.shipped_on < '2024-01-01' GROUP BY p.service" \
    "number of parcels by service in 2023" "for York depot only"
expect_rows $P "'count the parcels instead of the fee'" \
    "SELECT service, COUNT(*) FROM parcels WHERE shipped_on >= '2023-01-01' AND shipped_on < '2024-01-01'
     GROUP BY service" \
    "total fee by service in 2023" "now count the parcels instead of the fee"
expect_rows $P "a whole question after a refinement is read on its own" \
    "SELECT COUNT(*) FROM parcels WHERE status = 'lost' AND shipped_on >= '2024-01-01' AND shipped_on < '2025-01-01'" \
    "total fee by service in 2023" "excluding lost parcels" "how many lost parcels were there in 2024?"

expect_rows $P "'for all time' drops the previous range, keeps the rest" \
    "SELECT d.city, COUNT(*) FROM parcels p JOIN depots d ON d.id = p.depot_id WHERE p.service = 'express'
     GROUP BY d.id" \
    "number of express parcels by depot in 2023" "for all time"
declined_after $P "a follow-up that changes nothing ('for both services') is declined" \
    "number of express parcels by depot in 2023" "for both services"

expect_rows $P "'repeat for 2024' replaces the year" \
    "SELECT d.city, COUNT(*) FROM parcels p JOIN depots d ON d.id = p.depot_id WHERE p.service = 'express'
     AND p.shipped_on >= '2024-01-01' AND p.shipped_on < '2025-01-01' GROUP BY d.id" \
    "number of express parcels by depot in 2023" "repeat for 2024"
expect_rows $P "'do the same for 2024' replaces the year" \
    "SELECT d.city, COUNT(*) FROM parcels p JOIN depots d ON d.id = p.depot_id WHERE p.service = 'express'
     AND p.shipped_on >= '2024-01-01' AND p.shipped_on < '2025-01-01' GROUP BY d.id" \
    "number of express parcels by depot in 2023" "do the same for 2024"
expect_rows $P "'group by courier instead' replaces the grouping" \
    "SELECT c.full_name, COUNT(*) FROM parcels p JOIN couriers c ON c.id = p.courier_id WHERE p.service = 'express'
     AND p.shipped_on >= '2023-01-01' AND p.shipped_on < '2024-01-01' GROUP BY c.id" \
    "number of express parcels by depot in 2023" "group by courier instead"
declined $P "'repeat for 2024' with no question before" "repeat for 2024"

expect_rows $P "'and the best?' of a delay is its lowest" \
    "SELECT c.full_name FROM parcels p JOIN couriers c ON c.id = p.courier_id GROUP BY c.id
     ORDER BY AVG(p.delay_minutes) ASC LIMIT 1" \
    "average delay by courier" "and the best?"
expect_rows $P "'the 2 worst couriers by average delay': the highest delays" \
    "SELECT c.full_name FROM parcels p JOIN couriers c ON c.id = p.courier_id GROUP BY c.id
     ORDER BY AVG(p.delay_minutes) DESC LIMIT 2" \
    "the 2 worst couriers by average delay"
expect_rows $P "'which depot was best?' of a rate of lost parcels is its lowest" \
    "SELECT d.city FROM parcels p JOIN depots d ON d.id = p.depot_id GROUP BY d.id
     ORDER BY 100.0 * SUM(p.status = 'lost') / COUNT(*) ASC LIMIT 1" \
    "percentage of parcels lost by depot" "which depot was best?"
declined_after $P "'which one was worst?' after a list of rows" "list parcels shipped in 2024" "which one was worst?"
declined_after $P "'which one was worst?' after one number" "total fee" "which one was worst?"

expect_rows $P "'except York and Leeds' excludes both" \
    "SELECT d.city, COUNT(*) FROM parcels p JOIN depots d ON d.id = p.depot_id WHERE d.city NOT IN ('York', 'Leeds')
     AND p.shipped_on >= '2023-01-01' AND p.shipped_on < '2024-01-01' GROUP BY d.id" \
    "number of parcels by depot in 2023" "except York and Leeds"
expect_rows $P "'also by service' adds a second grouping" \
    "SELECT d.city, p.service, COUNT(*) FROM parcels p JOIN depots d ON d.id = p.depot_id
     WHERE p.shipped_on >= '2023-01-01' AND p.shipped_on < '2024-01-01' GROUP BY d.id, p.service" \
    "number of parcels by depot in 2023" "also by service"
expect_rows $P "'for North depots' narrows the rows" \
    "SELECT d.city, COUNT(*) FROM parcels p JOIN depots d ON d.id = p.depot_id WHERE d.region = 'North'
     AND p.shipped_on >= '2023-01-01' AND p.shipped_on < '2024-01-01' GROUP BY d.id" \
    "number of parcels by depot in 2023" "for North depots"
declined_after $P "'also by depot' when it is the grouping already" "number of parcels by depot in 2023" "also by depot"
# --- words that change the question, on a generated courier database -----
W=$TMPD/courier.db
"$SQLITE3" "$W" <<'EOF'
CREATE TABLE depots (id INTEGER PRIMARY KEY, town TEXT NOT NULL);
CREATE TABLE couriers (id INTEGER PRIMARY KEY, given_name TEXT NOT NULL, family_name TEXT NOT NULL,
  depot_id INTEGER NOT NULL REFERENCES depots(id), grade TEXT NOT NULL, hired_on TEXT NOT NULL,
  left_on TEXT -- NULL while still employed
);
CREATE TABLE parcels (id INTEGER PRIMARY KEY, courier_id INTEGER NOT NULL REFERENCES couriers(id),
  state TEXT NOT NULL, van_make TEXT NOT NULL, sent_on TEXT NOT NULL);
INSERT INTO depots VALUES (1,'Leeds'),(2,'York');
INSERT INTO couriers VALUES (1,'Ann','Ames',1,'senior','2020-01-01',NULL),(2,'Ben','Ames',1,'junior','2021-01-01','2023-01-01'),
  (3,'Ann','Cole',2,'junior','2022-01-01',NULL),(4,'Dee','Dunn',2,'senior','2019-01-01','2022-06-01');
INSERT INTO parcels VALUES (1,1,'delivered','Ford','2024-01-02'),(2,1,'lost','Ford','2024-01-03'),
  (3,2,'delivered','Fiat','2024-02-01'),(4,3,'returned','Ford','2024-02-02'),(5,3,'delivered','Iveco','2024-03-01'),
  (6,4,'lost','Fiat','2024-03-05');
EOF
expect_rows $W "'lost ones included' is no filter on the lost parcels" \
    "SELECT COUNT(*) FROM parcels" "How many parcels are there in total, lost ones included?"
expect_rows $W "'including returned ones' is no filter either" \
    "SELECT COUNT(*) FROM parcels WHERE sent_on >= '2024-02-01' AND sent_on < '2024-03-01'" \
    "How many parcels were sent in February 2024, including returned ones?"
expect_rows $W "'including lost parcels', no comma: a state of the rows named is no filter" \
    "SELECT COUNT(*) FROM parcels WHERE sent_on >= '2024-01-01' AND sent_on < '2025-01-01'" \
    "How many parcels were sent in 2024 including lost parcels"
expect_rows $W "'former couriers included' lifts the still-employed state" \
    "SELECT grade, COUNT(*) FROM couriers GROUP BY grade" \
    "How many couriers have we employed in each grade, former couriers included?"
expect_rows $W "without the inclusion the value still filters" \
    "SELECT COUNT(*) FROM parcels WHERE state = 'lost'" "How many lost parcels are there?"

declined $W "a grouping word that matched nothing is never dropped" "How many couriers do we have per region?"
expect_rows $W "... a grouping word that matched is kept" \
    "SELECT grade, COUNT(*) FROM couriers GROUP BY grade" "How many couriers do we have per grade?"

expect_rows $W "'list the distinct X' lists the values" \
    "SELECT DISTINCT van_make FROM parcels" "List the distinct van makes"
expect_rows $W "'what are the different X' lists them too" \
    "SELECT DISTINCT grade FROM couriers" "What are the different grades of couriers?"
expect_rows $W "'how many distinct X' still counts them" \
    "SELECT COUNT(DISTINCT van_make) FROM parcels" "How many distinct van makes are there?"
"$SQLITE3" "$W" <<'EOF'
CREATE TABLE charges (id INTEGER PRIMARY KEY, parcel_id INTEGER NOT NULL REFERENCES parcels(id),
  charged_on TEXT NOT NULL, amount REAL NOT NULL, outcome TEXT NOT NULL);
INSERT INTO charges VALUES (1,1,'2024-01-02',10,'paid'),(2,2,'2024-01-03',20,'refunded'),(3,3,'2024-02-01',30,'paid'),
  (4,4,'2024-02-02',40,'failed'),(5,5,'2024-03-01',50,'paid'),(6,6,'2023-03-05',60,'paid');
EOF
expect_rows $W "'paid revenue': the rows whose state is the stored value 'paid'" \
    "SELECT SUM(amount) FROM charges WHERE outcome = 'paid'" "total paid revenue"
expect_rows $W "... by a grouping" \
    "SELECT p.van_make, SUM(c.amount) FROM charges c JOIN parcels p ON p.id = c.parcel_id
     WHERE c.outcome = 'paid' GROUP BY p.van_make" "paid revenue by van make"
expect_rows $W "... by year" \
    "SELECT strftime('%Y', charged_on), SUM(amount) FROM charges WHERE outcome = 'paid' GROUP BY 1" \
    "paid revenue by year"
expect_rows $W "revenue with no state word keeps every row" \
    "SELECT SUM(amount) FROM charges" "total revenue"
"$SQLITE3" "$W" <<'EOF'
CREATE TABLE shoppers (id INTEGER PRIMARY KEY, firstName TEXT NOT NULL, lastName TEXT NOT NULL);
CREATE TABLE purchases (id INTEGER PRIMARY KEY, shopper_id INTEGER NOT NULL REFERENCES shoppers(id),
  bought_on TEXT NOT NULL, amount REAL NOT NULL);
INSERT INTO shoppers VALUES (1,'Ann','Ames'),(2,'Ann','Bell'),(3,'Cy','Cole'),(4,'Dee','Dunn');
INSERT INTO purchases VALUES (1,1,'2024-01-01',50),(2,1,'2024-01-02',45),(3,2,'2024-01-03',90),(4,3,'2024-01-04',60),
  (5,3,'2024-01-05',55),(6,4,'2024-01-06',70);
EOF
expect_rows $W "'biggest spending X' ranks by what they spent in all, not their largest row" \
    "SELECT s.firstName, s.lastName, SUM(p.amount) FROM purchases p JOIN shoppers s ON s.id = p.shopper_id
     GROUP BY s.id ORDER BY SUM(p.amount) DESC LIMIT 2" \
    "Who are our 2 biggest spending shoppers?"
expect_rows $W "first and last name asked for: grouped by the person, both names shown" \
    "SELECT s.firstName, s.lastName, SUM(p.amount) FROM purchases p JOIN shoppers s ON s.id = p.shopper_id
     GROUP BY s.id ORDER BY SUM(p.amount) DESC LIMIT 2" \
    "Who are our 2 biggest spending shoppers? Give first and last name."
expect_rows $W "'by first name' still groups by the first name" \
    "SELECT firstName, COUNT(*) FROM shoppers GROUP BY firstName" "shoppers by first name"
"$SQLITE3" "$W" <<'EOF'
CREATE TABLE subscribers (id INTEGER PRIMARY KEY, handle TEXT NOT NULL, plan TEXT NOT NULL,
  startDate TEXT NOT NULL, cancelDate TEXT);
INSERT INTO subscribers VALUES (1,'a','basic','2024-01-01',NULL),(2,'b','pro','2024-02-01','2024-03-01'),
  (3,'c','pro','2024-01-05',NULL);
EOF
declined $W "a participle naming a nullable date of the rows is never dropped" \
    "how many pro subscribers have cancelled"
expect_rows $W "... nor is the question without it declined" \
    "SELECT plan, COUNT(*) FROM subscribers GROUP BY plan" "how many subscribers by plan"
"$SQLITE3" "$W" <<'EOF'
CREATE TABLE hubs (id INTEGER PRIMARY KEY, town TEXT NOT NULL, opened_on TEXT NOT NULL);
CREATE TABLE faults (id INTEGER PRIMARY KEY, hub_id INTEGER NOT NULL REFERENCES hubs(id), kind TEXT NOT NULL,
  reported_at TEXT NOT NULL, resolved_at TEXT);
INSERT INTO hubs VALUES (1,'Leeds','2020-01-01'),(2,'York','2021-01-01');
INSERT INTO faults VALUES (1,1,'tyre','2024-01-01',NULL),(2,1,'tyre','2024-01-02','2024-01-05'),
  (3,2,'brakes','2024-01-03',NULL),(4,2,'lights','2024-01-04','2024-01-06');
EOF
expect_rows $W "'open' is the rows' state, not another table's opened_on left unused" \
    "SELECT kind, COUNT(*) FROM faults WHERE resolved_at IS NULL GROUP BY kind" "open faults by kind"
"$SQLITE3" "$W" <<'EOF'
CREATE TABLE riders (id INTEGER PRIMARY KEY, nick TEXT NOT NULL, joined_on TEXT NOT NULL, birth_year INTEGER);
INSERT INTO riders VALUES (1,'a','2022-01-01',1980),(2,'b','2023-01-01',NULL),(3,'c','2023-05-01',1990);
EOF
expect_rows $W "'birth year' names birth_year, not a grouping by the year joined" \
    "SELECT AVG(birth_year) FROM riders" "average birth year of riders"
expect_rows $W "... and with a negation" \
    "SELECT COUNT(*) FROM riders WHERE birth_year IS NULL" "how many riders have no birth year"

expect_rows $W "'including refunded charges' is no filter on the charges" \
    "SELECT SUM(amount) FROM charges" "total revenue, including refunded charges"
declined $W "'paid revenue, including refunded charges' says two things of one state" \
    "total paid revenue, including refunded charges"
"$SQLITE3" "$W" <<'EOF'
CREATE TABLE rents (id INTEGER PRIMARY KEY, due_on TEXT NOT NULL, amount_due REAL NOT NULL, amount_paid REAL, paid_on TEXT);
INSERT INTO rents VALUES (1,'2024-01-01',100,100,'2024-01-02'),(2,'2024-02-01',100,60,'2024-02-03'),
  (3,'2024-03-01',100,NULL,NULL),(4,'2023-12-01',100,100,'2023-12-02');
EOF
expect_rows $W "money collected is the amount paid, not the amount due" \
    "SELECT SUM(amount_paid) FROM rents WHERE paid_on >= '2024-01-01' AND paid_on < '2025-01-01'" \
    "How much rent did we collect in 2024?"
expect_rows --ordered $W "money collected, said after the noun for it: its sum" \
    "SELECT strftime('%Y-%m', paid_on) AS m, SUM(amount_paid) FROM rents
     WHERE paid_on >= '2024-01-01' AND paid_on < '2025-01-01' GROUP BY m ORDER BY m" \
    "rent collected per month in 2024"
expect_rows $W "... and a count when a count is asked" \
    "SELECT COUNT(*) FROM rents WHERE paid_on >= '2024-01-01' AND paid_on < '2025-01-01'" \
    "how many rents were collected in 2024"

expect_rows $W "revenue collected keeps the paid rows where a state column stores 'paid'" \
    "SELECT SUM(amount) FROM charges WHERE outcome = 'paid' AND charged_on >= '2024-01-01' AND charged_on < '2025-01-01'" \
    "total revenue collected in 2024"

# --- what the query accounts for ------------------------------------------
# a word grounded and then left out of the query, and a table no word
# names reached through rows of another: declined, not guessed
C=$TMPD/couriers.db
"$SQLITE3" "$C" <<'EOF'
CREATE TABLE depots (id INTEGER PRIMARY KEY, city TEXT NOT NULL);
CREATE TABLE drivers (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL,
  depot_id INTEGER NOT NULL REFERENCES depots(id), birth_year INTEGER);
CREATE TABLE vans (id INTEGER PRIMARY KEY, plate TEXT NOT NULL, capacity_kg REAL NOT NULL);
CREATE TABLE deliveries (id INTEGER PRIMARY KEY, driver_id INTEGER NOT NULL REFERENCES drivers(id),
  van_id INTEGER NOT NULL REFERENCES vans(id), delivered_on TEXT NOT NULL, parcels INTEGER NOT NULL);
INSERT INTO depots VALUES (1,'Leeds'),(2,'York');
INSERT INTO drivers VALUES (1,'Ann Lee',1,1980),(2,'Bob Ray',1,NULL),(3,'Cy Dunn',2,1975);
INSERT INTO vans VALUES (1,'AB1',800),(2,'CD2',1200);
INSERT INTO deliveries VALUES (1,1,1,'2024-01-02',10),(2,1,2,'2024-02-03',4),(3,2,2,'2024-02-05',7),
  (4,3,1,'2024-03-01',12),(5,3,1,'2023-05-01',3);
EOF
declined "$C" "a column named and dropped from the query" \
    "How many drivers didn't give us their birth year?"
out=$("$DATABOT" --offline --sql-only -e "How many drivers didn't give us their birth year?" "$C" 2>&1)
like "$out" "could not place: birth year" "the refusal names the words it dropped"
declined "$C" "vans to drivers through deliveries no word names" "average van capacity by driver"
out=$("$DATABOT" --offline --sql-only -e "average van capacity by driver" "$C" 2>&1)
like "$out" "deliveries" "the refusal names the table no word licenses"
declined "$C" "... and a filter along the same path" "average capacity of vans driven by Ann Lee"
expect_rows "$C" "a table every delivery belongs to is a bridge (drivers up to depots)" \
    "SELECT p.city, SUM(d.parcels) FROM deliveries d JOIN drivers r ON r.id = d.driver_id JOIN depots p ON p.id = r.depot_id GROUP BY p.city" \
    "total parcels by depot city"
expect_rows "$C" "drivers with deliveries, through the drivers' depot" \
    "SELECT COUNT(DISTINCT r.id) FROM drivers r JOIN deliveries d ON d.driver_id = r.id JOIN depots p ON p.id = r.depot_id WHERE p.city = 'Leeds'" \
    "how many drivers based in Leeds have made at least one delivery"
expect_rows "$C" "a driver's deliveries counted, each driver named" \
    "SELECT r.full_name, COUNT(*) FROM deliveries d JOIN drivers r ON r.id = d.driver_id GROUP BY r.id, r.full_name" \
    "how many deliveries did each driver make"
expect_rows "$C" "a follow-up naming the table counted before" \
    "SELECT p.city, COUNT(*) FROM drivers r JOIN depots p ON p.id = r.depot_id GROUP BY p.city HAVING COUNT(*) > 1" \
    "drivers by depot city" "only cities with more than 1 drivers"

"$SQLITE3" "$C" <<'EOF'
ALTER TABLE vans ADD COLUMN van_type TEXT NOT NULL DEFAULT 'panel';
UPDATE vans SET van_type = 'box' WHERE id = 2;
CREATE TABLE incidents (id INTEGER PRIMARY KEY, van_id INTEGER NOT NULL REFERENCES vans(id), category TEXT NOT NULL);
INSERT INTO incidents VALUES (1,1,'dent'),(2,1,'tyre'),(3,2,'dent');
EOF
expect_rows "$C" "a column's head word ('type': van_type) beats a far synonym (incidents.category)" \
    "SELECT van_type, COUNT(*) FROM vans GROUP BY van_type" "vans by type"
expect_rows "$C" "... and the synonym still names the column nearest" \
    "SELECT category, COUNT(*) FROM incidents GROUP BY category" "incidents by type"

declined_after "$C" "a refinement after a question it could not read refines nothing it knows" \
    "How many drivers didn't give us their birth year?" "only drivers based in Leeds"
out=$("$DATABOT" --offline --sql-only --format json -e "How many drivers didn't give us their birth year?" \
    -e "how many drivers are based in Leeds" "$C" 2>&1)
like "$(printf '%s\n' "$out" | tail -n 1)" '"sql":"SELECT COUNT' "... a whole question after it is read on its own"

"$SQLITE3" "$C" <<'EOF'
CREATE TABLE shifts (id INTEGER PRIMARY KEY, driver_id INTEGER NOT NULL REFERENCES drivers(id),
  clock_in_at TEXT NOT NULL, clock_out_at TEXT);
INSERT INTO shifts VALUES (1,1,'2024-01-02 08:00:00','2024-01-02 16:00:00'),
  (2,2,'2024-01-03 09:00:00','2024-01-03 13:30:00'),(3,3,'2024-01-04 07:00:00',NULL);
CREATE TABLE routes (id INTEGER PRIMARY KEY, depot_id INTEGER NOT NULL REFERENCES depots(id),
  duration_min INTEGER NOT NULL);
INSERT INTO routes VALUES (1,1,50),(2,2,70);
EOF
expect_rows "$C" "a length of the rows named: their own span, not a length stored elsewhere" \
    "SELECT AVG((julianday(clock_out_at) - julianday(clock_in_at)) * 1440) FROM shifts" \
    "average shift length in minutes"

expect_rows "$C" "a duration said after the rows that span it: their span, by a grouping" \
    "SELECT r.full_name, AVG((julianday(s.clock_out_at) - julianday(s.clock_in_at)) * 24)
     FROM shifts s JOIN drivers r ON r.id = s.driver_id GROUP BY r.id" \
    "average shift duration in hours by driver"
expect_rows "$C" "'per shift' of shifts: one average, not one group per row" \
    "SELECT AVG((julianday(clock_out_at) - julianday(clock_in_at)) * 24) FROM shifts" \
    "average hours per shift"
expect_rows "$C" "'more than a day' is a length, not a grouping by day" \
    "SELECT COUNT(*) FROM shifts WHERE julianday(clock_out_at) - julianday(clock_in_at) > 1" \
    "how many shifts took more than a day to close"
declined "$C" "'total hours' that no dates of the rows give: declined, not a count" \
    "total hours worked per driver"

# a yes/no column the schema's comment documents ("1 = attended, 0 =
# no-show"): a condition, never a sum
G=$TMPD/coaching.db
"$SQLITE3" "$G" <<'EOF'
CREATE TABLE coaches (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL);
CREATE TABLE sessions (id INTEGER PRIMARY KEY, coach_id INTEGER NOT NULL REFERENCES coaches(id),
  starts_at TEXT NOT NULL, kind TEXT NOT NULL);
CREATE TABLE session_bookings (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id),
  booked_at TEXT NOT NULL,
  attended INTEGER NOT NULL -- 1 = attended, 0 = no-show
);
INSERT INTO coaches VALUES (1,'Ann'),(2,'Bo'),(3,'Cy');
INSERT INTO sessions VALUES (1,1,'2024-01-01 10:00','yoga'),(2,2,'2024-02-01 10:00','spin'),(3,3,'2024-03-01 10:00','yoga');
INSERT INTO session_bookings VALUES (1,1,'2023-12-20',1),(2,1,'2023-12-21',0),(3,2,'2024-01-20',1),
  (4,2,'2024-01-21',1),(5,3,'2024-02-20',0);
EOF
expect_rows "$G" "a documented yes/no column keeps its yes rows" \
    "SELECT COUNT(*) FROM session_bookings WHERE attended = 1" "how many session bookings were attended"
expect_rows "$G" "... and is counted by, not summed" \
    "SELECT c.full_name, COUNT(*) FROM session_bookings b JOIN sessions s ON s.id = b.session_id
     JOIN coaches c ON c.id = s.coach_id WHERE b.attended = 1 GROUP BY c.id" \
    "number of attended bookings by coach"

expect_rows "$G" "a state the comment names by its code ('0 = no-show'): a rate of it" \
    "SELECT c.full_name, 100.0 * SUM(b.attended = 0) / COUNT(*) FROM session_bookings b
     JOIN sessions s ON s.id = b.session_id JOIN coaches c ON c.id = s.coach_id GROUP BY c.id" \
    "no-show rate of session bookings by coach"
expect_rows "$G" "... 'ignore' a value: the rows without it" \
    "SELECT c.full_name, 100.0 * SUM(b.attended = 0) / COUNT(*) FROM session_bookings b
     JOIN sessions s ON s.id = b.session_id JOIN coaches c ON c.id = s.coach_id
     WHERE s.kind <> 'yoga' GROUP BY c.id" \
    "no-show rate of session bookings by coach, ignore yoga sessions"

"$SQLITE3" "$G" <<'EOF'
CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
  referred INTEGER NOT NULL -- 1 if referred by another member, else 0
);
INSERT INTO members VALUES (1,'a',1),(2,'b',0),(3,'c',1);
EOF
expect_rows "$G" "... '1 if ..., else 0' documents one too" \
    "SELECT COUNT(*) FROM members WHERE referred = 1" "how many members were referred"

expect_rows $S "a rate of rows that have related rows ('have placed an order')" \
    "SELECT 100.0 * SUM(EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)) / COUNT(*) FROM customers c" \
    "what percentage of customers have placed an order"

"$SQLITE3" "$G" <<'EOF'
CREATE TABLE invoices (id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(id),
  due_on TEXT NOT NULL, amount_due REAL NOT NULL, late_fee REAL NOT NULL -- USD, else 0
);
INSERT INTO invoices VALUES (1,1,'2023-02-01',50,0),(2,1,'2023-03-01',50,5),(3,2,'2023-04-01',60,5),(4,3,'2024-01-01',60,0);
EOF
expect_rows "$G" "rows that had a sum of money of their own: it is above zero" \
    "SELECT COUNT(*) FROM invoices WHERE late_fee > 0" "how many invoices had a late fee"
expect_rows "$G" "... as a rate" \
    "SELECT 100.0 * SUM(late_fee > 0) / COUNT(*) FROM invoices" "what percentage of invoices were charged a late fee?"
declined "$G" "'how many' of a table's rows is never a sum of another column" \
    "How many invoices due in 2023 were charged a late fee?"

# a typo keeps its first letter ("games" is not the player 'James'); a past
# is not an agent ("played" is no player); "games" are matches; rows that
# "have ever" had an event are counted, not the events
K=$TMPD/club.db
"$SQLITE3" "$K" <<'EOF'
CREATE TABLE Player (PlayerId INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, JoinedOn TEXT NOT NULL);
CREATE TABLE Team (TeamId INTEGER PRIMARY KEY, TeamName TEXT NOT NULL,
  CaptainPlayerId INTEGER REFERENCES Player(PlayerId), FoundedOn TEXT NOT NULL);
CREATE TABLE Signup (SignupId INTEGER PRIMARY KEY, PlayerId INTEGER NOT NULL REFERENCES Player(PlayerId),
  TeamId INTEGER NOT NULL REFERENCES Team(TeamId), RegisteredOn TEXT NOT NULL);
CREATE TABLE Match (MatchId INTEGER PRIMARY KEY, MatchDate TEXT NOT NULL,
  Status TEXT NOT NULL -- played, postponed
);
CREATE TABLE Transfer (TransferId INTEGER PRIMARY KEY, PlayerId INTEGER NOT NULL REFERENCES Player(PlayerId),
  TransferredOn TEXT NOT NULL);
INSERT INTO Transfer VALUES (1,1,'2023-05-01'),(2,1,'2024-05-01'),(3,2,'2024-06-01');
INSERT INTO Player VALUES (1,'James','2022-01-05'),(2,'Ann','2023-02-01'),(3,'Bo','2023-03-01'),(4,'Cy','2024-01-01');
INSERT INTO Team VALUES (1,'Reds',1,'2020-01-01'),(2,'Blues',2,'2021-01-01');
INSERT INTO Signup VALUES (1,1,1,'2023-01-10'),(2,1,2,'2024-01-10'),(3,2,1,'2024-02-01'),(4,3,2,'2024-03-01');
INSERT INTO Match VALUES (1,'2024-01-06','played'),(2,'2024-01-13','postponed'),(3,'2024-02-03','played'),
  (4,'2023-05-05','played');
EOF
expect_rows "$K" "a typo keeps its first letter; 'games' are matches; 'played' is a state, not players" \
    "SELECT strftime('%Y-%m', MatchDate), COUNT(*) FROM Match WHERE Status = 'played'
     AND MatchDate >= '2024-01-01' AND MatchDate < '2025-01-01' GROUP BY 1" \
    "number of games played each month in 2024"
expect_rows "$K" "rows that have ever had an event: counted once" \
    "SELECT COUNT(*) FROM Player p WHERE EXISTS (SELECT 1 FROM Transfer t WHERE t.PlayerId = p.PlayerId)" \
    "how many players have ever transferred"
expect_rows "$K" "... the events themselves, in a range" \
    "SELECT COUNT(*) FROM Transfer WHERE TransferredOn >= '2024-01-01' AND TransferredOn < '2025-01-01'" \
    "how many players transferred in 2024"

# "completed rentals" where rentals.status holds 'completed' and another
# table has completed_on: the value of the table named
V=$TMPD/cars.db
"$SQLITE3" "$V" <<'EOF'
CREATE TABLE cars (id INTEGER PRIMARY KEY, plate TEXT NOT NULL);
CREATE TABLE rentals (id INTEGER PRIMARY KEY, car_id INTEGER NOT NULL REFERENCES cars(id),
  picked_up_at TEXT NOT NULL, total_amount REAL NOT NULL,
  status TEXT NOT NULL -- completed, cancelled, active
);
CREATE TABLE service_jobs (id INTEGER PRIMARY KEY, car_id INTEGER NOT NULL REFERENCES cars(id),
  started_on TEXT NOT NULL, completed_on TEXT -- NULL = still in the shop
);
INSERT INTO cars VALUES (1,'A1'),(2,'B2'),(3,'C3');
INSERT INTO rentals VALUES (1,1,'2024-01-02',100,'completed'),(2,1,'2024-02-02',50,'cancelled'),
  (3,2,'2024-03-02',80,'completed'),(4,3,'2024-04-02',70,'active'),(5,3,'2023-04-02',20,'completed');
INSERT INTO service_jobs VALUES (1,1,'2024-01-05','2024-01-09'),(2,3,'2024-02-05',NULL);
EOF
expect_rows "$V" "a state of the table named beats a date column of another table" \
    "SELECT AVG(total_amount) FROM rentals WHERE status = 'completed'
     AND picked_up_at >= '2024-01-01' AND picked_up_at < '2025-01-01'" \
    "average total amount of completed rentals picked up in 2024"

# a NULL word before a word naming a nullable column: that column is empty
# (not another column whose comment says "not yet"); "nobody"; "not
# counting" a value; "first response" names firstResponseAt
W=$TMPD/desk.db
"$SQLITE3" "$W" <<'EOF'
CREATE TABLE agents (id INTEGER PRIMARY KEY, fullName TEXT NOT NULL);
CREATE TABLE issues (id INTEGER PRIMARY KEY, openedAt TEXT NOT NULL,
  status TEXT NOT NULL, -- open, closed, cancelled
  assigneeId INTEGER REFERENCES agents(id), -- NULL = not given to an agent
  firstResponseAt TEXT, -- NULL = no response yet
  fixCost REAL, -- NULL = not yet estimated
  fixedOn TEXT -- NULL = not yet fixed
);
INSERT INTO agents VALUES (1,'Ann'),(2,'Bo');
INSERT INTO issues VALUES (1,'2024-01-01','open',1,NULL,NULL,NULL),(2,'2024-01-02','closed',2,'2024-01-03',10,'2024-01-05'),
  (3,'2024-01-03','cancelled',NULL,NULL,5,NULL),(4,'2024-01-04','open',NULL,'2024-01-04',NULL,NULL),
  (5,'2024-02-01','closed',1,'2024-02-02',NULL,'2024-02-03');
EOF
expect_rows "$W" "a NULL word names the nullable column the word grounds to" \
    "SELECT COUNT(*) FROM issues WHERE fixedOn IS NULL" "how many issues haven't been fixed yet"
expect_rows "$W" "'nobody' is a NULL word" \
    "SELECT COUNT(*) FROM issues WHERE assigneeId IS NULL" "how many issues have nobody assigned"
expect_rows "$W" "... and so is un-: \"unassigned\" names the assignee key" \
    "SELECT COUNT(*) FROM issues WHERE assigneeId IS NULL" "how many issues are unassigned"
expect_rows "$W" "'not counting' a value excludes it; 'first response' is firstResponseAt" \
    "SELECT COUNT(*) FROM issues WHERE status <> 'cancelled' AND firstResponseAt IS NULL" \
    "not counting cancelled ones, how many issues never got a first response"

# "which players scored more than 3 goals in total": the rows of each
# player summed and compared (HAVING), not one row at a time
"$SQLITE3" "$K" <<'EOF'
CREATE TABLE Appearance (AppearanceId INTEGER PRIMARY KEY, PlayerId INTEGER NOT NULL REFERENCES Player(PlayerId),
  MatchId INTEGER NOT NULL REFERENCES Match(MatchId), Goals INTEGER NOT NULL);
INSERT INTO Appearance VALUES (1,1,1,2),(2,1,3,2),(3,2,1,3),(4,3,3,1),(5,3,4,4);
EOF
expect_rows "$K" "a threshold 'in total' on a column of the rows each listed row has: HAVING SUM" \
    "SELECT p.FirstName, SUM(a.Goals) FROM Appearance a JOIN Player p ON p.PlayerId = a.PlayerId
     GROUP BY p.PlayerId HAVING SUM(a.Goals) > 3" \
    "which players have scored more than 3 goals in total"

# two separate periods ("July 2023 and July 2024") are not one range: each
# dates the rows, grouped by month; as a follow-up "compare with" declined;
# "how many purchases cost over N" of
# purchase_price counts the rows; "finished" names completed_on; "loans
# that started in 2024" dates the loans by start_date, not another table's
# started_on
M=$TMPD/gallery.db
"$SQLITE3" "$M" <<'EOF'
CREATE TABLE artworks (id INTEGER PRIMARY KEY, title TEXT NOT NULL, purchase_price REAL);
CREATE TABLE restorations (id INTEGER PRIMARY KEY, artwork_id INTEGER NOT NULL REFERENCES artworks(id),
  requested_on TEXT NOT NULL, started_on TEXT, completed_on TEXT -- NULL = not yet
);
CREATE TABLE loans (id INTEGER PRIMARY KEY, artwork_id INTEGER NOT NULL REFERENCES artworks(id),
  direction TEXT NOT NULL, -- incoming, outgoing
  start_date TEXT NOT NULL);
CREATE TABLE visits (id INTEGER PRIMARY KEY, visit_date TEXT NOT NULL, price REAL NOT NULL);
INSERT INTO artworks VALUES (1,'a',50000),(2,'b',150000),(3,'c',NULL),(4,'d',250000);
INSERT INTO restorations VALUES (1,1,'2022-12-01','2023-01-01','2023-02-01'),(2,2,'2023-03-01','2023-03-05','2024-01-10'),
  (3,3,'2023-05-01',NULL,NULL),(4,4,'2023-06-01','2023-06-02','2023-07-01');
INSERT INTO loans VALUES (1,1,'outgoing','2024-02-01'),(2,2,'outgoing','2023-02-01'),(3,3,'incoming','2024-03-01'),
  (4,4,'outgoing','2024-05-01');
INSERT INTO visits VALUES (1,'2023-07-04',10),(2,'2023-12-01',10),(3,'2024-07-05',12),(4,'2024-07-06',12);
EOF
expect_rows --ordered "$M" "two separate periods joined by 'and': each one" \
    "SELECT strftime('%Y-%m', visit_date) AS m, SUM(price) FROM visits
     WHERE strftime('%Y-%m', visit_date) IN ('2023-07', '2024-07') GROUP BY m ORDER BY m" \
    "compare visit revenue in July 2023 and July 2024"
expect_rows "$M" "'between ... and ...' is one range" \
    "SELECT COUNT(*) FROM visits WHERE visit_date >= '2023-07-01' AND visit_date < '2024-08-01'" \
    "how many visits between July 2023 and July 2024"
out=$("$DATABOT" --offline --format json --as-of 2024-12-31 -e "how many visits in July 2024" \
      -e "compare with July 2023" "$M" 2>&1)
is $? 3 "a follow-up comparing with a separate period: declined"
like "$out" "two separate periods" "... saying why"
expect_rows "$M" "'how many purchases cost over N' of purchase_price: rows counted" \
    "SELECT COUNT(*) FROM artworks WHERE purchase_price > 100000" "how many purchases cost us over 100k"
expect_rows "$M" "'finished' names completed_on" \
    "SELECT COUNT(*) FROM restorations WHERE completed_on >= '2023-01-01' AND completed_on < '2024-01-01'" \
    "how many restorations were finished in 2023"
expect_rows "$M" "'loans that started in 2024': the loans' start_date, not another table's started_on" \
    "SELECT COUNT(*) FROM loans WHERE direction = 'outgoing' AND start_date >= '2024-01-01' AND start_date < '2025-01-01'" \
    "how many outgoing loans started in 2024"

# "per year, by scheduled pickup date": the date the bucket uses (not "by
# the due date"); bookings of cars are rentals
"$SQLITE3" "$V" <<'EOF'
CREATE TABLE hires (id INTEGER PRIMARY KEY, car_id INTEGER NOT NULL REFERENCES cars(id),
  booked_at TEXT NOT NULL, pickup_at TEXT NOT NULL, due_at TEXT NOT NULL,
  status TEXT NOT NULL -- completed, cancelled
);
INSERT INTO hires VALUES (1,1,'2022-12-20','2023-01-02','2023-01-05','cancelled'),(2,2,'2023-12-28','2024-01-03','2024-01-04','cancelled'),
  (3,3,'2024-02-01','2024-02-03','2024-02-04','completed'),(4,1,'2023-05-01','2023-05-03','2023-05-02','cancelled');
EOF
expect_rows "$V" "'by scheduled pickup date' names the bucket's date" \
    "SELECT strftime('%Y', pickup_at), COUNT(*) FROM hires WHERE status = 'cancelled' GROUP BY 1" \
    "how many cancelled hires per year, by scheduled pickup date"
expect_rows "$V" "bookings of a rental table are its rows" \
    "SELECT COUNT(*) FROM rentals WHERE status = 'cancelled'" "how many cancelled bookings"

# "with a pickup date in 2023" names pickup_at ("date" for its suffix);
# "any status", "whatever the status", "all statuses": no condition, placed
expect_rows "$V" "'a pickup date in 2023' names pickup_at; 'any status' asks no condition" \
    "SELECT COUNT(*) FROM hires WHERE pickup_at >= '2023-01-01' AND pickup_at < '2024-01-01'" \
    "how many hires had a pickup date in 2023, any status?"
expect_rows "$V" "... 'whatever the status'" \
    "SELECT strftime('%Y-%m', pickup_at), COUNT(*) FROM hires WHERE pickup_at >= '2023-01-01'
     AND pickup_at < '2024-01-01' GROUP BY 1" \
    "monthly hire count by pickup date 2023, whatever the status"

# a text key whose values are words ("priority" referencing a policy table)
# names its column; "assigned to" a team follows the assignee key, not
# another key into the same table
"$SQLITE3" "$W" <<'EOF'
CREATE TABLE policies (priority TEXT PRIMARY KEY, response_minutes INTEGER NOT NULL);
CREATE TABLE crew (id INTEGER PRIMARY KEY, name TEXT NOT NULL, team TEXT NOT NULL);
CREATE TABLE jobs (id INTEGER PRIMARY KEY, priority TEXT NOT NULL REFERENCES policies(priority),
  assigneeId INTEGER REFERENCES crew(id), escalatedToId INTEGER REFERENCES crew(id), openedAt TEXT NOT NULL);
INSERT INTO policies VALUES ('high',30),('low',240);
INSERT INTO crew VALUES (1,'Ann','Service Desk'),(2,'Bo','Network'),(3,'Cy','Service Desk');
INSERT INTO jobs VALUES (1,'high',1,2,'2024-01-01'),(2,'low',2,1,'2024-01-02'),(3,'high',3,NULL,'2024-01-03'),
  (4,'low',2,3,'2024-02-01'),(5,'high',2,NULL,'2023-02-01');
EOF
expect_rows "$W" "a text key holding words names its column" \
    "SELECT priority, COUNT(*) FROM jobs WHERE openedAt >= '2024-01-01' AND openedAt < '2025-01-01' GROUP BY priority" \
    "jobs opened in 2024 by priority"
expect_rows "$W" "'assigned to' a value follows the assignee key" \
    "SELECT j.priority, COUNT(*) FROM jobs j JOIN crew c ON c.id = j.assigneeId WHERE c.team = 'Service Desk'
     AND j.openedAt >= '2024-01-01' AND j.openedAt < '2025-01-01' GROUP BY j.priority" \
    "jobs opened in 2024 by priority" "only the ones assigned to the Service Desk team"

# a table's own word is no state its comment names ("employees" for 'NULL
# = still employed'); "the names of the employees" is employees.full_name,
# not another table's name; "booking date" names booked_at; "going by";
# "during"; cars are vehicles
E=$TMPD/fleet.db
"$SQLITE3" "$E" <<'EOF'
CREATE TABLE branches (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE employees (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, branch_id INTEGER REFERENCES branches(id),
  hired_on TEXT NOT NULL, terminated_on TEXT -- NULL = still employed
);
CREATE TABLE vehicles (id INTEGER PRIMARY KEY, make TEXT NOT NULL);
CREATE TABLE rentals (id INTEGER PRIMARY KEY, vehicle_id INTEGER NOT NULL REFERENCES vehicles(id),
  booked_at TEXT NOT NULL, picked_up_at TEXT NOT NULL);
INSERT INTO branches VALUES (1,'North'),(2,'South');
INSERT INTO employees VALUES (1,'Ann Lee',1,'2023-02-01',NULL),(2,'Bo Kim',2,'2023-05-01','2024-01-01'),
  (3,'Cy Ray',1,'2022-01-01',NULL);
INSERT INTO vehicles VALUES (1,'Toyota'),(2,'Ford'),(3,'Toyota');
INSERT INTO rentals VALUES (1,1,'2024-02-28','2024-03-02'),(2,2,'2024-03-05','2024-03-20'),(3,3,'2024-03-14','2024-04-01'),
  (4,1,'2024-04-01','2024-04-02');
EOF
expect_rows "$E" "a table's own word is not a state ('employees' for 'still employed'); 'the names of the employees'" \
    "SELECT full_name FROM employees WHERE hired_on >= '2023-01-01' AND hired_on < '2024-01-01'" \
    "list the names of the employees hired during 2023"
expect_rows "$E" "... in a rate, all of them" \
    "SELECT 100.0 * SUM(terminated_on IS NOT NULL) / COUNT(*) FROM employees" \
    "what percent of employees have been terminated"
expect_rows "$E" "'going by the booking date': booked_at dates the range" \
    "SELECT COUNT(*) FROM rentals WHERE booked_at >= '2024-03-01' AND booked_at < '2024-03-16'" \
    "how many rentals between March 1 and March 15, 2024, going by the booking date?"
expect_rows --ordered "$E" "cars are vehicles" \
    "SELECT v.make, COUNT(*) FROM rentals r JOIN vehicles v ON v.id = r.vehicle_id GROUP BY v.make ORDER BY 2 DESC LIMIT 1" \
    "top car make by number of rentals"

# "per pickup branch" with pickup_branch_id: the role of the key into the
# table named next, not the pickup date column; a rental's length is the
# span from pickup to return
"$SQLITE3" "$E" <<'EOF'
CREATE TABLE leases (id INTEGER PRIMARY KEY, vehicle_id INTEGER NOT NULL REFERENCES vehicles(id),
  pickup_branch_id INTEGER NOT NULL REFERENCES branches(id), return_branch_id INTEGER REFERENCES branches(id),
  pickup_at TEXT NOT NULL, returned_at TEXT);
INSERT INTO leases VALUES (1,1,1,2,'2024-01-01','2024-01-04'),(2,2,1,1,'2024-02-01','2024-02-02'),
  (3,3,2,NULL,'2024-03-01',NULL),(4,1,2,2,'2023-03-01','2023-03-11');
EOF
expect_rows "$E" "'per pickup branch': the pickup key's branch" \
    "SELECT b.name, COUNT(*) FROM leases l JOIN branches b ON b.id = l.pickup_branch_id
     WHERE l.pickup_at >= '2024-01-01' AND l.pickup_at < '2025-01-01' GROUP BY b.id" \
    "number of leases per pickup branch with a pickup date in 2024"
expect_rows "$E" "a lease's length runs from pickup to return" \
    "SELECT v.make, AVG(julianday(l.returned_at) - julianday(l.pickup_at)) FROM leases l
     JOIN vehicles v ON v.id = l.vehicle_id GROUP BY v.make" \
    "average lease length in days by vehicle make"

# a value is matched by a typo of one letter ("starting" is not 'standing')
# or by endings of the same word ("started" is not 'STARTUP20', "brand" not
# 'Brandon'); "cardiologists" still names 'Cardiology', "centre" 'center'
H=$TMPD/hub.db
"$SQLITE3" "$H" <<'EOF'
CREATE TABLE members (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, promo_code TEXT -- NULL = none
);
CREATE TABLE rooms (id INTEGER PRIMARY KEY, zone TEXT NOT NULL -- standing, seated
);
CREATE TABLE bookings (id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(id),
  room_id INTEGER NOT NULL REFERENCES rooms(id), starts_at TEXT NOT NULL, charge REAL NOT NULL,
  channel TEXT NOT NULL -- web, call center
);
INSERT INTO members VALUES (1,'Brandon','STARTUP20'),(2,'Ann',NULL),(3,'Bo','STARTUP20');
INSERT INTO rooms VALUES (1,'standing'),(2,'seated');
INSERT INTO bookings VALUES (1,1,1,'2024-01-05',10,'web'),(2,2,2,'2024-02-05',20,'call center'),(3,3,2,'2023-03-05',30,'web'),
  (4,2,1,'2024-03-05',40,'call center');
EOF
expect_rows "$H" "'started' is no typo of a value 'STARTUP20'" \
    "SELECT SUM(charge) FROM bookings WHERE starts_at >= '2024-01-01' AND starts_at < '2025-01-01'" \
    "total booking charges for bookings that started in 2024"
expect_rows "$H" "'starting' is no typo of 'standing'" \
    "SELECT SUM(charge) FROM bookings WHERE starts_at >= '2024-01-01' AND starts_at < '2025-01-01'" \
    "total booking charges for bookings starting in 2024"
expect_rows "$H" "'centre' is 'center' (letters swapped)" \
    "SELECT COUNT(*) FROM bookings WHERE channel = 'call center'" "how many bookings via the call centre"

# "on file" names no event ("filed"); "how much did we invoice" adds up
# the money, never counts rows; a range dates the rows by a date the query
# does not require empty ("bookings in 2024 that never had a check-in")
"$SQLITE3" "$H" <<'EOF'
CREATE TABLE invoices (id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(id),
  filed_at TEXT NOT NULL, issued_on TEXT NOT NULL, amount REAL NOT NULL);
INSERT INTO invoices VALUES (1,1,'2024-01-01','2024-01-02',100),(2,2,'2024-02-01','2024-02-02',50),(3,1,'2023-05-01','2023-05-02',70);
CREATE TABLE desk_visits (id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(id),
  desk_date TEXT NOT NULL, checked_in TEXT -- NULL = never checked in
);
INSERT INTO desk_visits VALUES (1,1,'2024-01-03',NULL),(2,2,'2024-01-04','2024-01-04 09:00'),(3,3,'2023-06-01',NULL),
  (4,3,'2024-06-01',NULL);
EOF
expect_rows "$H" "'on file' names no date of another table" \
    "SELECT COUNT(*) FROM members" "how many members have we got on file?"
expect_rows "$H" "'how much did we invoice': a sum of money, not a count" \
    "SELECT SUM(amount) FROM invoices WHERE issued_on >= '2024-01-01' AND issued_on < '2025-01-01'" \
    "how much did we invoice in 2024, by issue date?"
expect_rows "$H" "a range dates rows by a date not required empty" \
    "SELECT COUNT(*) FROM desk_visits WHERE checked_in IS NULL AND desk_date >= '2024-01-01' AND desk_date < '2025-01-01'" \
    "how many desk visits in 2024 never had a check-in?"

# the day first: "between 1 June and 31 August 2022", "after the 5th of March"
expect_rows "$H" "dates written day first" \
    "SELECT COUNT(*) FROM invoices WHERE issued_on >= '2024-01-02' AND issued_on < '2024-02-03'" \
    "how many invoices were issued between 2 January and 2 February 2024?"
expect_rows "$H" "... '5th of March'" \
    "SELECT COUNT(*) FROM invoices WHERE issued_on >= '2023-03-06'" \
    "how many invoices were issued after the 5th of March 2023?"

# "still running" is ongoing (no running total); scripts are prescriptions;
# "over $3,000 were issued": the money column, not the date after the
# number; "how many X did each Y <verb>": the verb is no measure; values
# listed together are of one column
S2=$TMPD/space.db
"$SQLITE3" "$S2" <<'EOF'
CREATE TABLE plans (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
  plan_type TEXT NOT NULL -- hot_desk, dedicated_desk, office
);
CREATE TABLE stores (id INTEGER PRIMARY KEY, store_name TEXT NOT NULL);
CREATE TABLE memberships (id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL REFERENCES plans(id),
  store_id INTEGER NOT NULL REFERENCES stores(id), monthly_rate REAL NOT NULL, start_date TEXT NOT NULL,
  end_date TEXT, -- NULL = still running
  units_sold INTEGER NOT NULL);
CREATE TABLE prescriptions (id INTEGER PRIMARY KEY, written_date TEXT NOT NULL);
CREATE TABLE bills (id INTEGER PRIMARY KEY, issued_on TEXT NOT NULL, amount REAL NOT NULL);
INSERT INTO plans VALUES (1,'Hot Desk Basic','hot_desk'),(2,'Dedicated Desk','dedicated_desk'),(3,'Office','office');
INSERT INTO stores VALUES (1,'Lakeview'),(2,'Harbor');
INSERT INTO memberships VALUES (1,1,1,200,'2023-01-01',NULL,3),(2,2,1,400,'2023-02-01',NULL,1),(3,2,2,450,'2022-01-01','2023-01-01',2),
  (4,3,2,900,'2024-01-01',NULL,5),(5,1,2,210,'2024-03-01',NULL,2);
INSERT INTO prescriptions VALUES (1,'2023-01-05'),(2,'2023-06-01'),(3,'2024-01-01');
INSERT INTO bills VALUES (1,'2024-01-01',5000),(2,'2024-02-01',2000),(3,'2023-01-01',9000);
EOF
expect_rows "$S2" "'still running' is ongoing; values listed together are of one column" \
    "SELECT p.plan_type, AVG(m.monthly_rate) FROM memberships m JOIN plans p ON p.id = m.plan_id
     WHERE m.end_date IS NULL AND p.plan_type IN ('hot_desk', 'dedicated_desk') GROUP BY p.plan_type" \
    "compare the average monthly rate of hot desk and dedicated desk memberships that are still running"
expect_rows "$S2" "scripts are prescriptions" \
    "SELECT COUNT(*) FROM prescriptions WHERE written_date >= '2023-01-01' AND written_date < '2024-01-01'" \
    "how many scripts were written in 2023?"
expect_rows "$S2" "'bills over \$3,000 were issued': the amount, not the date said after" \
    "SELECT COUNT(*) FROM bills WHERE amount > 3000 AND issued_on >= '2024-01-01' AND issued_on < '2025-01-01'" \
    "how many bills over \$3,000 were issued in 2024?"
expect_rows "$S2" "'how many memberships did each store sell': the verb is no measure" \
    "SELECT s.store_name, COUNT(*) FROM memberships m JOIN stores s ON s.id = m.store_id GROUP BY s.id" \
    "how many memberships did each store sell? show the store name"

# names written with abbreviations (amt, qty, cust, proj, dt) are read as
# the words they stand for
A=$TMPD/abbrev.db
"$SQLITE3" "$A" <<'EOF'
CREATE TABLE cust (cust_id INTEGER PRIMARY KEY, cust_name TEXT NOT NULL);
CREATE TABLE proj (proj_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES cust(cust_id),
  proj_name TEXT NOT NULL, start_dt TEXT NOT NULL, contract_amt REAL NOT NULL);
CREATE TABLE material_lines (line_id INTEGER PRIMARY KEY, proj_id INTEGER NOT NULL REFERENCES proj(proj_id),
  qty INTEGER NOT NULL, unit_cost REAL NOT NULL);
INSERT INTO cust VALUES (1,'Acme'),(2,'Birch');
INSERT INTO proj VALUES (1,1,'Depot','2023-02-01',100000),(2,2,'Tower','2024-03-01',250000),(3,1,'Annex','2024-05-01',50000);
INSERT INTO material_lines VALUES (1,1,10,5.5),(2,2,4,100),(3,3,7,2),(4,2,1,50);
EOF
expect_rows "$A" "abbreviated names: contract_amt, proj, cust, start_dt" \
    "SELECT c.cust_name, SUM(p.contract_amt) FROM proj p JOIN cust c ON c.cust_id = p.cust_id
     WHERE p.start_dt >= '2024-01-01' AND p.start_dt < '2025-01-01' GROUP BY c.cust_id" \
    "total contract amount by customer for projects started in 2024"
expect_rows "$A" "... qty is the quantity" \
    "SELECT p.proj_name, SUM(m.qty) FROM material_lines m JOIN proj p ON p.proj_id = m.proj_id GROUP BY p.proj_id" \
    "total quantity of materials per project"

# a date column's comment names its event by a verb ("fill_date -- date
# dispensed"): "fills dispensed in 2024" dates by it; a verb in the NULL
# clause ("NULL when cancelled") says when it is empty, not what it dates
"$SQLITE3" "$S2" <<'EOF'
CREATE TABLE fills (id INTEGER PRIMARY KEY, written_on TEXT NOT NULL,
  fill_date TEXT NOT NULL, -- YYYY-MM-DD, date dispensed
  quantity_dispensed INTEGER NOT NULL, retail_price REAL NOT NULL,
  shipped_at TEXT, -- NULL when the fill was cancelled
  status TEXT NOT NULL -- done, cancelled
);
INSERT INTO fills VALUES (1,'2023-12-20','2024-01-02',30,10,'2024-01-03','done'),(2,'2024-01-05','2024-01-06',60,20,NULL,'cancelled'),
  (3,'2024-12-30','2025-01-02',30,15,'2025-01-03','done'),(4,'2023-03-01','2023-03-02',10,5,NULL,'cancelled');
EOF
expect_rows "$S2" "a comment's verb names the date ('date dispensed')" \
    "SELECT SUM(retail_price) FROM fills WHERE fill_date >= '2024-01-01' AND fill_date < '2025-01-01'" \
    "total retail price of fills dispensed in 2024"
expect_rows "$S2" "... not a verb of its NULL clause" \
    "SELECT COUNT(*) FROM fills WHERE status = 'cancelled' AND fill_date >= '2024-01-01' AND fill_date < '2025-01-01'" \
    "how many fills were cancelled in 2024"

# "day-shift crew vs evening-shift crew": 'day' is the value of the column
# the next word names, not a grouping by day; the second value goes along
# the same key as the first ("assigned to")
"$SQLITE3" "$W" <<'EOF'
CREATE TABLE staff (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
  shift TEXT NOT NULL -- day, evening, night
);
CREATE TABLE calls (id INTEGER PRIMARY KEY, assigneeId INTEGER REFERENCES staff(id),
  escalatedToId INTEGER REFERENCES staff(id), openedAt TEXT NOT NULL, score INTEGER);
INSERT INTO staff VALUES (1,'Ann','day'),(2,'Bo','evening'),(3,'Cy','night'),(4,'Di','day');
INSERT INTO calls VALUES (1,1,2,'2024-01-01',5),(2,2,1,'2024-01-02',3),(3,4,NULL,'2024-01-03',4),(4,3,1,'2024-01-04',1),
  (5,2,NULL,'2024-01-05',2);
EOF
expect_rows "$W" "'day-shift' is a value of shift; both values along the assignee key" \
    "SELECT s.shift, AVG(c.score) FROM calls c JOIN staff s ON s.id = c.assigneeId
     WHERE s.shift IN ('day', 'evening') GROUP BY s.shift" \
    "compare the average score of calls assigned to day-shift staff vs evening-shift staff"

# a word that is the first word of a coded value ('opioid_analgesic') is
# that value, unless a word of a name follows it ("meeting start date")
"$SQLITE3" "$S2" <<'EOF'
CREATE TABLE drugs (id INTEGER PRIMARY KEY, drug_name TEXT NOT NULL,
  drug_class TEXT NOT NULL -- opioid_analgesic, statin, glp1_agonist
);
CREATE TABLE dispenses (id INTEGER PRIMARY KEY, drug_id INTEGER NOT NULL REFERENCES drugs(id),
  dispensed_on TEXT NOT NULL);
INSERT INTO drugs VALUES (1,'Oxy 5mg','opioid_analgesic'),(2,'Atorva 10mg','statin'),(3,'Trama 50mg','opioid_analgesic');
INSERT INTO dispenses VALUES (1,1,'2023-01-01'),(2,2,'2023-02-01'),(3,3,'2023-03-01'),(4,1,'2024-01-01');
EOF
expect_rows "$S2" "the first word of a coded value names it" \
    "SELECT COUNT(*) FROM dispenses s JOIN drugs d ON d.id = s.drug_id WHERE d.drug_class = 'opioid_analgesic'
     AND s.dispensed_on >= '2023-01-01' AND s.dispensed_on < '2024-01-01'" \
    "how many opioid dispenses in 2023?"

# a table's own rows are no grouping beside another ("show ticket revenue
# per year" read with each booking a group of one): declined; a doing is
# not its doer or place ("counting" is not the channel 'counter')
O=$TMPD/own.db
"$SQLITE3" "$O" <<'EOF'
CREATE TABLE flights (id INTEGER PRIMARY KEY, flight_number TEXT NOT NULL, scheduled_departure TEXT NOT NULL);
CREATE TABLE bookings (id INTEGER PRIMARY KEY, flight_id INTEGER NOT NULL REFERENCES flights(id),
  fare_class TEXT NOT NULL, -- economy, business
  price REAL NOT NULL, -- USD paid for the ticket
  channel TEXT NOT NULL, booked_at TEXT NOT NULL);
INSERT INTO flights VALUES (1,'XA1','2023-01-10'),(2,'XA2','2024-02-10');
INSERT INTO bookings VALUES (1,1,'economy',100,'counter','2023-01-05'),(2,1,'business',400,'web','2023-02-01'),
  (3,2,'economy',120,'web','2024-01-01'),(4,2,'economy',90,'counter','2024-01-02'),
  (5,2,'business',300,'web','2024-01-03');
EOF
declined "$O" "a table's own rows beside a period are no grouping" "show ticket revenue per year"
expect_rows "$O" "'counting' is not the value 'counter'" \
    "SELECT fare_class, COUNT(*) FROM bookings WHERE booked_at >= '2024-01-01' AND booked_at < '2025-01-01'
     GROUP BY fare_class" \
    "how many bookings were made in 2024, counting every fare class"

# "which district has the highest share of electric trips": groups ranked
# by their share of a kind of row are ranked by the rate within each
R=$TMPD/share.db
"$SQLITE3" "$R" <<'EOF'
CREATE TABLE stations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, district TEXT NOT NULL);
CREATE TABLE bikes (id INTEGER PRIMARY KEY, bike_type TEXT NOT NULL -- classic, electric
);
CREATE TABLE trips (id INTEGER PRIMARY KEY, bike_id INTEGER NOT NULL REFERENCES bikes(id),
  start_station_id INTEGER NOT NULL REFERENCES stations(id), started_at TEXT NOT NULL);
INSERT INTO stations VALUES (1,'Pier','Harbor'),(2,'Mill','Uptown');
INSERT INTO bikes VALUES (1,'classic'),(2,'electric');
INSERT INTO trips VALUES (1,2,1,'2024-01-01'),(2,1,1,'2024-01-02'),(3,1,1,'2024-01-03'),(4,2,1,'2024-01-04'),
  (5,2,1,'2024-01-05'),(6,2,2,'2024-01-06'),(7,2,2,'2024-01-07');
EOF
expect_rows "$R" "the highest share of a kind of row is the rate within each group" \
    "SELECT 'Uptown', 100.0" \
    "which district has the highest share of electric bike trips?"

# rows reached through a parent the base's rows share with them (a trip's
# bike, then the bike's maintenance jobs) are not the base's: "trips that
# cost more than $5" is not trips whose bike had a job costing more
F=$TMPD/fan.db
"$SQLITE3" "$F" <<'EOF'
CREATE TABLE bikes (id INTEGER PRIMARY KEY, model TEXT NOT NULL);
CREATE TABLE maintenance (id INTEGER PRIMARY KEY, bike_id INTEGER NOT NULL REFERENCES bikes(id),
  cost REAL NOT NULL, done_on TEXT NOT NULL);
CREATE TABLE trips (id INTEGER PRIMARY KEY, bike_id INTEGER NOT NULL REFERENCES bikes(id),
  started_at TEXT NOT NULL, fare REAL NOT NULL);
INSERT INTO bikes VALUES (1,'A'),(2,'B');
INSERT INTO maintenance VALUES (1,1,40,'2024-01-01'),(2,2,3,'2024-02-01');
INSERT INTO trips VALUES (1,1,'2024-01-01',2),(2,1,'2024-01-02',7),(3,2,'2024-01-03',9);
EOF
declined "$F" "rows reached through a shared parent are not the base's" "how many trips cost more than \$5?"

# a grouping said of words the reading took as a condition, with no
# grouping in the query ("ticket count by top-level category" read as the
# tickets of top-level categories), and a state after "still" that no
# column was found for ("still alive"): declined
G=$TMPD/lost.db
"$SQLITE3" "$G" <<'EOF'
CREATE TABLE categories (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
  parentId INTEGER REFERENCES categories(id) -- NULL = top-level category
);
CREATE TABLE tickets (id INTEGER PRIMARY KEY, categoryId INTEGER NOT NULL REFERENCES categories(id),
  channel TEXT NOT NULL, openedAt TEXT NOT NULL);
CREATE TABLE artists (id INTEGER PRIMARY KEY, name TEXT NOT NULL, birth_year INTEGER, death_year INTEGER);
INSERT INTO categories VALUES (1,'Hardware',NULL),(2,'Laptop',1),(3,'Software',NULL);
INSERT INTO tickets VALUES (1,1,'phone','2024-01-01'),(2,2,'email','2024-01-02'),(3,3,'phone','2024-01-03');
INSERT INTO artists VALUES (1,'Ann',1900,1980),(2,'Bo',1970,NULL);
EOF
declined "$G" "a grouping taken as a condition is lost" "ticket count by top-level category"
declined "$G" "a state after 'still' that nothing names" "how many artists are still alive?"
expect_rows "$G" "... 'by' before a value is the way, not a grouping" \
    "SELECT COUNT(*) FROM tickets WHERE channel = 'phone'" "how many tickets came in by phone?"

# the words of a column read as something else name no date ("by booking
# channel, for rentals with a pickup date in 2024": the pickup dates the
# rows, not the booking); rows that open the question beside a value of
# theirs are its subject when the next table is not beside them
# ("Completed rentals by channel for gold customers, customers joining in
# 2023")
K=$TMPD/rent.db
"$SQLITE3" "$K" <<'EOF'
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
  tier TEXT NOT NULL, -- gold, silver
  joined_on TEXT NOT NULL);
CREATE TABLE rentals (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id),
  booking_channel TEXT NOT NULL, -- web, app, counter
  status TEXT NOT NULL, -- completed, cancelled
  booked_at TEXT NOT NULL, pickup_at TEXT NOT NULL);
INSERT INTO customers VALUES (1,'Ann','gold','2023-02-01'),(2,'Bo','silver','2022-01-01'),(3,'Cy','gold','2022-05-01');
INSERT INTO rentals VALUES (1,1,'web','completed','2023-12-20','2024-01-05'),(2,1,'app','cancelled','2024-01-02','2024-02-01'),
  (3,2,'web','cancelled','2024-12-30','2025-01-02'),(4,2,'counter','completed','2023-05-01','2023-05-02'),
  (5,1,'web','completed','2024-03-01','2024-03-05'),(6,3,'counter','completed','2024-03-01','2024-03-05');
EOF
expect_rows "$K" "a column's words do not date the range" \
    "SELECT booking_channel, 100.0 * SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) / COUNT(*) FROM rentals
     WHERE pickup_at >= '2024-01-01' AND pickup_at < '2025-01-01' GROUP BY booking_channel" \
    "cancellation rate in percent by booking channel, for rentals with a pickup date in 2024"
expect_rows "$K" "rows that open the question beside their value are its subject" \
    "SELECT r.booking_channel, COUNT(*) FROM rentals r JOIN customers c ON c.id = r.customer_id
     WHERE r.status = 'completed' AND c.tier = 'gold' AND c.joined_on >= '2023-01-01' AND c.joined_on < '2024-01-01'
     GROUP BY r.booking_channel" \
    "Completed rentals by booking channel for gold customers, customers joining in 2023"

# a value said as a word of a table's name whose column is in rows two
# keys away ("the cheapest membership plan", 'membership' a kind of
# payment) describes no row of it; a state of a table's own referring rows
# does ("active customers": their subscriptions)
P=$TMPD/plans.db
"$SQLITE3" "$P" <<'EOF'
CREATE TABLE plans (planId INTEGER PRIMARY KEY, planName TEXT NOT NULL, monthlyFee REAL NOT NULL);
CREATE TABLE members (memberId INTEGER PRIMARY KEY, fullName TEXT NOT NULL,
  planId INTEGER NOT NULL REFERENCES plans(planId));
CREATE TABLE payments (id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(memberId),
  kind TEXT NOT NULL, -- membership, personal_training
  amount REAL NOT NULL, paid_on TEXT NOT NULL);
INSERT INTO plans VALUES (1,'Basic',20),(2,'Plus',35),(3,'Off-peak',15);
INSERT INTO members VALUES (1,'Ann',1),(2,'Bo',2);
INSERT INTO payments VALUES (1,1,'membership',20,'2024-01-01'),(2,2,'membership',35,'2024-01-01'),(3,2,'personal_training',50,'2024-01-02');
EOF
expect_rows "$P" "a value two keys away is no condition on a table named by it" \
    "SELECT planName, monthlyFee FROM plans ORDER BY monthlyFee LIMIT 1" \
    "What's the cheapest membership plan?"

# a rate whose condition is a date left empty is not dated by that date
# ("share of the bills issued in 2024 not yet paid"); "their first day in
# Q1" is the day they began, no grain nor ranking; a form of the verb the
# base's name is written with ("offered" of offers) is its rows, not a
# value of another table ('offer', a stage)
V=$TMPD/offers.db
"$SQLITE3" "$V" <<'EOF'
CREATE TABLE bills (id INTEGER PRIMARY KEY, issued_on TEXT NOT NULL, amount REAL NOT NULL,
  paid_in_full_on TEXT -- NULL if not yet paid in full
);
CREATE TABLE applications (applicationId INTEGER PRIMARY KEY,
  currentStage TEXT NOT NULL -- screen, interview, offer, hired, rejected
);
CREATE TABLE offers (offerId INTEGER PRIMARY KEY, applicationId INTEGER NOT NULL REFERENCES applications(applicationId),
  signingBonus REAL NOT NULL);
CREATE TABLE hires (hireId INTEGER PRIMARY KEY, offerId INTEGER NOT NULL REFERENCES offers(offerId),
  startDate TEXT NOT NULL);
INSERT INTO bills VALUES (1,'2024-01-05',10,'2024-01-20'),(2,'2024-02-05',20,NULL),(3,'2023-12-01',5,NULL),(4,'2024-03-01',8,'2024-03-02');
INSERT INTO applications VALUES (1,'offer'),(2,'hired'),(3,'hired');
INSERT INTO offers VALUES (1,1,500),(2,2,3000),(3,3,1000);
INSERT INTO hires VALUES (1,2,'2024-01-15'),(2,3,'2024-02-01'),(3,3,'2024-02-01'),(4,2,'2024-05-01');
EOF
expect_rows "$V" "a rate's empty date does not date the rows" \
    "SELECT 100.0 * SUM(CASE WHEN paid_in_full_on IS NULL THEN 1 ELSE 0 END) / COUNT(*) FROM bills
     WHERE issued_on >= '2024-01-01' AND issued_on < '2025-01-01'" \
    "What share of the bills issued in 2024 are not yet paid in full, in percent?"
expect_rows "$V" "'their first day in Q1' is the day they began" \
    "SELECT COUNT(*) FROM hires WHERE startDate >= '2024-01-01' AND startDate < '2024-04-01'" \
    "How many new hires had their first day in Q1 2024?"
expect_rows "$V" "the base's own verb is its rows, not another table's value" \
    "SELECT MAX(signingBonus) FROM offers" "largest signing bonus we've offered"
expect_rows "$V" "the biggest of a sum of money is its amount" \
    "SELECT MAX(amount) FROM bills" "biggest single bill we ever sent"

# a word before the head of a name that is no date ('electricity' of
# electricity_charge) gives way to the value it is ('electricity', a
# meter's utility); a count of rows per row of their own table is
# declined ("the staff member with the most direct reports" read as staff
# counted per staff member)
U=$TMPD/utility.db
"$SQLITE3" "$U" <<'EOF'
CREATE TABLE premises (premise_id INTEGER PRIMARY KEY, address TEXT NOT NULL);
CREATE TABLE meters (meter_id INTEGER PRIMARY KEY, premise_id INTEGER NOT NULL REFERENCES premises(premise_id),
  utility_type TEXT NOT NULL -- electricity or water
);
CREATE TABLE meter_readings (reading_id INTEGER PRIMARY KEY, meter_id INTEGER NOT NULL REFERENCES meters(meter_id),
  read_on TEXT NOT NULL, consumption REAL NOT NULL);
CREATE TABLE bills (bill_id INTEGER PRIMARY KEY, premise_id INTEGER NOT NULL REFERENCES premises(premise_id),
  issued_on TEXT NOT NULL, electricity_charge REAL NOT NULL, water_charge REAL NOT NULL);
INSERT INTO premises VALUES (1,'1 Elm St'),(2,'2 Oak St');
INSERT INTO meters VALUES (1,1,'electricity'),(2,1,'water'),(3,2,'electricity');
INSERT INTO meter_readings VALUES (1,1,'2023-01-10',100),(2,2,'2023-01-11',7),(3,3,'2023-02-10',50),(4,1,'2024-01-10',90);
INSERT INTO bills VALUES (1,1,'2023-01-31',30,5),(2,2,'2023-02-28',15,0);
EOF
expect_rows "$U" "a stored value before a name's head is the value" \
    "SELECT strftime('%Y-%m', r.read_on), SUM(r.consumption) FROM meter_readings r JOIN meters m ON m.meter_id = r.meter_id
     WHERE m.utility_type = 'electricity' AND r.read_on >= '2023-01-01' AND r.read_on < '2024-01-01'
     GROUP BY 1" \
    "monthly electricity consumption in 2023"
expect_rows "$U" "usage is consumption" \
    "SELECT SUM(r.consumption) FROM meter_readings r JOIN meters m ON m.meter_id = r.meter_id
     WHERE m.utility_type = 'water'" \
    "total water usage"
declined "$U" "a word after 'only' that nothing names is a lost restriction" "count only smart meters"

ST=$TMPD/staff.db
"$SQLITE3" "$ST" <<'EOF'
CREATE TABLE staff (id INTEGER PRIMARY KEY, name TEXT NOT NULL, manager_id INTEGER REFERENCES staff(id),
  hire_channel TEXT NOT NULL -- direct, agency
);
INSERT INTO staff VALUES (1,'Ann',NULL,'direct'),(2,'Bo',1,'agency'),(3,'Cy',1,'direct'),(4,'Di',2,'direct');
EOF
declined "$ST" "a count of rows per row of their own table" "Which staff member has the most direct reports?"

# a rate over rows joined to several rows each ("what percentage of
# tickets got escalated" read over tickets joined to their work log
# entries) counts the join's rows, not the tickets: declined
WL=$TMPD/worklog.db
"$SQLITE3" "$WL" <<'EOF'
CREATE TABLE tickets (id INTEGER PRIMARY KEY, subject TEXT NOT NULL, openedAt TEXT NOT NULL);
CREATE TABLE worklogs (id INTEGER PRIMARY KEY, ticketId INTEGER NOT NULL REFERENCES tickets(id),
  entryType TEXT NOT NULL, -- note, escalation, reply
  loggedAt TEXT NOT NULL);
INSERT INTO tickets VALUES (1,'VPN down','2024-01-01'),(2,'Printer','2024-01-02'),(3,'Laptop','2024-01-03');
INSERT INTO worklogs VALUES (1,1,'note','2024-01-01'),(2,1,'escalation','2024-01-02'),(3,1,'reply','2024-01-03'),
  (4,2,'note','2024-01-02');
EOF
declined "$WL" "a rate over a join with several rows per row rated" "What percentage of tickets got escalated?"

# "customer orders", "customer payments": a table's word before the name
# of rows that belong to it says whose rows; the last names them
expect_rows "$SAMPLE" "a table's word before its rows' says whose" \
    "SELECT strftime('%Y-%m', order_date), COUNT(*) FROM orders GROUP BY 1" \
    "customer orders by month"

# "headcount" counts the people who work here (the table named employees
# or staff, or with a hire date), now; not another table of people
# (candidates, with names and emails)
HC=$TMPD/hr.db
"$SQLITE3" "$HC" <<'EOF'
CREATE TABLE employees (employeeId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, officeLocation TEXT NOT NULL,
  hireDate TEXT NOT NULL, terminationDate TEXT -- NULL while the person still works here
);
CREATE TABLE candidates (candidateId INTEGER PRIMARY KEY, fullName TEXT NOT NULL, email TEXT NOT NULL,
  referredByEmployeeId INTEGER REFERENCES employees(employeeId));
INSERT INTO employees VALUES (1,'Ann','Berlin','2020-01-01',NULL),(2,'Bo','Berlin','2021-01-01','2023-01-01'),
  (3,'Cy','London','2022-01-01',NULL);
INSERT INTO candidates VALUES (1,'Dee','d@x',1),(2,'Eve','e@x',1),(3,'Flo','f@x',3),(4,'Gus','g@x',NULL);
EOF
expect_rows "$HC" "headcount counts the staff now" \
    "SELECT officeLocation, COUNT(*) FROM employees WHERE terminationDate IS NULL GROUP BY officeLocation" \
    "headcount by office"

# a phrase with no word asking for rows ("desk bookings march 2024",
# "orders with no shipment") asks how many; "list" and "which" ask for
# the rows; "only ..." after a listing keeps the listing
expect_rows "$SAMPLE" "a bare phrase asks how many" \
    "SELECT COUNT(*) FROM orders WHERE order_date >= '2024-03-01' AND order_date < '2024-04-01'" \
    "orders march 2024"
expect_rows "$SAMPLE" "... 'list' asks for the rows" \
    "SELECT * FROM orders WHERE order_date >= '2024-03-01' AND order_date < '2024-04-01'" \
    "list orders march 2024"

# a text column of months ('YYYY-MM') dates the rows by month: ranges over
# whole months and years, month, quarter and year grains from its parts;
# its comment's words name it ("the month of usage": "2024 usage months",
# no grain); a range inside a month is declined
MO=$TMPD/months.db
"$SQLITE3" "$MO" <<'EOF'
CREATE TABLE bills (bill_id INTEGER PRIMARY KEY,
  billing_month TEXT NOT NULL, -- YYYY-MM, the month of usage the bill covers
  issued_on TEXT NOT NULL, amount_due REAL NOT NULL);
INSERT INTO bills VALUES (1,'2023-12','2024-01-05',10),(2,'2024-01','2024-02-05',20),(3,'2024-02','2024-03-05',30),
  (4,'2024-05','2024-06-05',40),(5,'2024-12','2025-01-05',50),(6,'2024-01','2024-02-06',5);
EOF
expect_rows "$MO" "a month column's months" \
    "SELECT billing_month, SUM(amount_due) FROM bills WHERE billing_month >= '2024-01' AND billing_month < '2025-01'
     GROUP BY billing_month" \
    "total amount due by billing month in 2024"
expect_rows "$MO" "... its quarters" \
    "SELECT '2024', (CAST(substr(billing_month, 6, 2) AS INTEGER) + 2) / 3 AS q, SUM(amount_due) FROM bills
     WHERE billing_month >= '2024-01' AND billing_month < '2025-01' GROUP BY q" \
    "total amount due per quarter of 2024 by billing month"
expect_rows "$MO" "... named by its comment, no grain" \
    "SELECT SUM(amount_due) FROM bills WHERE billing_month >= '2024-01' AND billing_month < '2025-01'" \
    "total amount due for 2024 usage months"
declined "$MO" "... no range inside a month" "amount due by billing month since March 15 2024"
declined "$MO" "... no days between months" "average days between billing month and issue date"

# a negation before the word a comment's NULL state makes with "un" is
# that state ("not assigned", "nobody is assigned": 'NULL while unassigned')
UN=$TMPD/unassigned.db
"$SQLITE3" "$UN" <<'EOF'
CREATE TABLE technicians (technician_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL);
CREATE TABLE work_orders (work_order_id INTEGER PRIMARY KEY,
  technician_id INTEGER REFERENCES technicians(technician_id), -- NULL while unassigned
  opened_at TEXT NOT NULL);
INSERT INTO technicians VALUES (1,'Ann'),(2,'Bo');
INSERT INTO work_orders VALUES (1,1,'2024-01-01'),(2,NULL,'2024-01-02'),(3,2,'2024-01-03'),(4,NULL,'2024-01-04');
EOF
expect_rows "$UN" "'nobody is assigned' is the state 'unassigned'" \
    "SELECT COUNT(*) FROM work_orders WHERE technician_id IS NULL" "how many work orders is nobody assigned to"
expect_rows "$UN" "... and so is 'not assigned'" \
    "SELECT COUNT(*) FROM work_orders WHERE technician_id IS NULL" "how many work orders are not assigned"

# a stored value of a table the question named before it ("how many
# fixtures were played") is that table's state, not another table's column
# whose name holds the word (minutes_played); "fixtures played in 2023" are
# dated by the fixtures, not by a club's joining date; "average points per
# fixture" is the average of each fixture's sum (points add up)
FX=$TMPD/fixtures.db
"$SQLITE3" "$FX" <<'EOF'
CREATE TABLE clubs (club_id INTEGER PRIMARY KEY, club_name TEXT NOT NULL,
  tier TEXT NOT NULL, -- gold, silver
  joined_on TEXT NOT NULL);
CREATE TABLE fixtures (fixture_id INTEGER PRIMARY KEY, fixture_date TEXT NOT NULL,
  status TEXT NOT NULL); -- played, postponed
CREATE TABLE player_stats (stat_id INTEGER PRIMARY KEY,
  fixture_id INTEGER NOT NULL REFERENCES fixtures(fixture_id),
  club_id INTEGER NOT NULL REFERENCES clubs(club_id),
  minutes_played INTEGER NOT NULL, points INTEGER NOT NULL);
INSERT INTO clubs VALUES (1,'Ash','gold','2023-03-01'),(2,'Elm','silver','2021-05-01');
INSERT INTO fixtures VALUES (1,'2022-06-01','played'),(2,'2023-02-01','played'),(3,'2023-07-01','postponed'),
  (4,'2023-09-01','played'),(5,'2024-01-10','played');
INSERT INTO player_stats VALUES (1,1,1,90,2),(2,1,2,90,1),(3,2,1,80,3),(4,2,2,70,0),(5,4,1,90,4),(6,4,1,30,1),
  (7,4,2,90,2),(8,5,2,60,5);
EOF
expect_rows "$FX" "a value of the table named before it is its state" \
    "SELECT COUNT(*) FROM fixtures WHERE status = 'played'" "how many fixtures were played"
expect_rows "$FX" "... and dates the range by that table" \
    "SELECT SUM(s.points) FROM player_stats s JOIN fixtures f ON f.fixture_id = s.fixture_id
     WHERE f.status = 'played' AND f.fixture_date >= '2023-01-01' AND f.fixture_date < '2024-01-01'" \
    "total points in fixtures played in 2023"
expect_rows "$FX" "average of things counted per entity: the average of each one's sum" \
    "SELECT AVG(p) FROM (SELECT fixture_id, SUM(points) AS p FROM player_stats GROUP BY fixture_id)" \
    "average points per fixture"
expect_rows "$SAMPLE" "average revenue per month: the average month's revenue" \
    "SELECT AVG(r) FROM (SELECT strftime('%Y-%m', o.order_date) AS m, SUM(oi.quantity * oi.unit_price) AS r
     FROM order_items oi JOIN orders o ON o.id = oi.order_id GROUP BY m)" \
    "average revenue per month"
expect_rows "$SAMPLE" "... average monthly revenue in a year" \
    "SELECT AVG(r) FROM (SELECT strftime('%Y-%m', o.order_date) AS m, SUM(oi.quantity * oi.unit_price) AS r
     FROM order_items oi JOIN orders o ON o.id = oi.order_id
     WHERE o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' GROUP BY m)" \
    "average monthly revenue in 2023"
expect_rows "$SAMPLE" "... average sales per customer" \
    "SELECT AVG(r) FROM (SELECT o.customer_id, SUM(oi.quantity * oi.unit_price) AS r
     FROM order_items oi JOIN orders o ON o.id = oi.order_id GROUP BY o.customer_id)" \
    "average sales per customer"
expect_rows "$SAMPLE" "... an attribute per group stays a breakdown" \
    "SELECT c.name, AVG(p.price) FROM products p JOIN categories c ON c.id = p.category_id GROUP BY c.id, c.name" \
    "average price per category"

# a participle stored as a value is the value ("ranked bouts"), though
# "ranked" alone asks for an order; a value written in camelCase is its
# words ('inReview': "in review"); revenue is money ('price_eur'), not
# an amount of something else ('coin_amount')
AR=$TMPD/arcade.db
"$SQLITE3" "$AR" <<'EOF'
CREATE TABLE bouts (bout_id INTEGER PRIMARY KEY, mode TEXT NOT NULL, -- ranked, casual
  played_on TEXT NOT NULL);
CREATE TABLE requests (request_id INTEGER PRIMARY KEY, state TEXT NOT NULL); -- open, inReview, done
CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, coin_amount INTEGER NOT NULL, price_eur REAL NOT NULL,
  sold_on TEXT NOT NULL);
INSERT INTO bouts VALUES (1,'ranked','2024-01-05'),(2,'casual','2024-02-01'),(3,'ranked','2023-05-01'),(4,'ranked','2024-07-09');
INSERT INTO requests VALUES (1,'open'),(2,'inReview'),(3,'done'),(4,'inReview'),(5,'done');
INSERT INTO sales VALUES (1,500,4.99,'2024-01-02'),(2,1200,9.99,'2024-03-04'),(3,100,0.99,'2023-06-01');
EOF
expect_rows "$AR" "a participle stored as a value is the value" \
    "SELECT COUNT(*) FROM bouts WHERE mode = 'ranked' AND played_on >= '2024-01-01' AND played_on < '2025-01-01'" \
    "how many ranked bouts were played in 2024"
expect_rows "$AR" "a camelCase value is its words" \
    "SELECT COUNT(*) FROM requests WHERE state IN ('open', 'inReview')" \
    "how many requests are open or in review"
expect_rows "$AR" "revenue is money, not an amount of coins" \
    "SELECT SUM(price_eur) FROM sales WHERE sold_on >= '2024-01-01' AND sold_on < '2025-01-01'" \
    "total revenue in 2024"

# "staff" names employees: 'NULL while still employed' is their state;
# "have a savings account": a value of the related rows before their name
# still asks for rows that have them; counting the people among related
# rows in a year uses the people's key, no date of theirs
ST=$TMPD/staffbank.db
"$SQLITE3" "$ST" <<'EOF'
CREATE TABLE branches (branch_id INTEGER PRIMARY KEY, branch_name TEXT NOT NULL);
CREATE TABLE employees (emp_id INTEGER PRIMARY KEY, job_title TEXT NOT NULL,
  branch_id INTEGER REFERENCES branches(branch_id), -- NULL for head office
  hired_on TEXT NOT NULL,
  term_dt TEXT -- the day the employee left; NULL while still employed
);
INSERT INTO branches VALUES (1,'North');
CREATE TABLE clients (client_id INTEGER PRIMARY KEY, tier TEXT NOT NULL, -- basic, premier
  since_on TEXT NOT NULL);
CREATE TABLE deposits (deposit_id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(client_id),
  kind TEXT NOT NULL, -- savings, checking
  closed_on TEXT); -- NULL while open
CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(client_id),
  booked_for TEXT NOT NULL);
INSERT INTO employees VALUES (1,'Teller',1,'2020-01-01',NULL),(2,'Teller',1,'2021-01-01','2023-01-01'),(3,'Advisor',NULL,'2022-01-01',NULL);
INSERT INTO clients VALUES (1,'premier','2019-01-01'),(2,'premier','2020-01-01'),(3,'basic','2024-02-01');
INSERT INTO deposits VALUES (1,1,'savings',NULL),(2,1,'savings',NULL),(3,2,'savings','2023-01-01'),(4,2,'checking',NULL),
  (5,3,'savings',NULL);
INSERT INTO visits VALUES (1,1,'2024-01-05'),(2,1,'2024-02-05'),(3,3,'2023-03-01'),(4,2,'2024-06-01');
EOF
expect_rows "$ST" "'staff' names employees for their state 'still employed'" \
    "SELECT job_title, COUNT(*) FROM employees WHERE term_dt IS NULL GROUP BY job_title" \
    "how many staff are still employed, by job title"
expect_rows "$ST" "'have a savings deposit': rows that have related rows of that kind" \
    "SELECT COUNT(DISTINCT c.client_id) FROM clients c JOIN deposits d ON d.client_id = c.client_id
     WHERE c.tier = 'premier' AND d.kind = 'savings' AND d.closed_on IS NULL" \
    "how many premier clients have a savings deposit that is still open"
expect_rows "$ST" "the people among related rows in a year: no date of theirs asked" \
    "SELECT COUNT(DISTINCT client_id) FROM visits WHERE booked_for >= '2024-01-01' AND booked_for < '2025-01-01'" \
    "how many distinct clients had at least one visit in 2024"

# abbreviated names both ways: "payments" names pmts, "txn" names a
# column written out; "late" names is_late before late_fee_amt; the money
# of rows a value names ("deposited the most money") is theirs, not a
# limit of another table
AB=$TMPD/abbrev.db
"$SQLITE3" "$AB" <<'EOF'
CREATE TABLE holders (holder_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL);
CREATE TABLE accts (acct_id INTEGER PRIMARY KEY, holder_id INTEGER NOT NULL REFERENCES holders(holder_id),
  credit_limit_amt REAL);
CREATE TABLE txns (txn_id INTEGER PRIMARY KEY, acct_id INTEGER NOT NULL REFERENCES accts(acct_id),
  txn_kind TEXT NOT NULL, -- deposit, withdrawal, purchase
  merchant_cat TEXT, -- groceries, travel; NULL unless a purchase
  amt REAL NOT NULL, txn_ts TEXT NOT NULL);
CREATE TABLE loan_pmts (pmt_id INTEGER PRIMARY KEY, is_late INTEGER NOT NULL, -- 1 if paid late, else 0
  late_fee_amt REAL, -- NULL if on time
  paid_dt TEXT NOT NULL);
INSERT INTO holders VALUES (1,'Ann'),(2,'Bo'),(3,'Cy');
INSERT INTO accts VALUES (1,1,9000),(2,2,100),(3,3,NULL);
INSERT INTO txns VALUES (1,1,'deposit',NULL,50,'2024-01-02'),(2,2,'deposit',NULL,500,'2024-02-02'),
  (3,3,'deposit',NULL,200,'2024-03-03'),(4,1,'purchase','groceries',30,'2024-03-04'),(5,2,'purchase','travel',300,'2024-04-01'),
  (6,3,'withdrawal',NULL,900,'2024-05-01'),(7,1,'purchase','travel',20,'2023-05-01');
INSERT INTO loan_pmts VALUES (1,0,NULL,'2024-01-01'),(2,1,15,'2024-02-01'),(3,0,NULL,'2024-03-01'),(4,1,25,'2024-04-01');
EOF
expect_rows "$AB" "'loan payments' names loan_pmts; 'late' is is_late" \
    "SELECT 100.0 * SUM(is_late = 1) / COUNT(*) FROM loan_pmts" "what percentage of loan payments were late"
expect_rows "$AB" "'txn' names txns written out" \
    "SELECT strftime('%Y-%m', txn_ts) AS m, COUNT(*) FROM txns WHERE txn_ts >= '2024-01-01' AND txn_ts < '2025-01-01' GROUP BY m" \
    "txn count per month in 2024"
expect_rows "$AB" "'cat' is a category" \
    "SELECT merchant_cat, SUM(amt) FROM txns WHERE merchant_cat IS NOT NULL GROUP BY merchant_cat" \
    "total amount by merchant category"
expect_rows --ordered "$AB" "the money of the rows a value names, not a limit elsewhere" \
    "SELECT h.full_name, SUM(t.amt) FROM txns t JOIN accts a ON a.acct_id = t.acct_id JOIN holders h ON h.holder_id = a.holder_id
     WHERE t.txn_kind = 'deposit' GROUP BY h.holder_id, h.full_name ORDER BY 2 DESC LIMIT 2" \
    "which 2 holders deposited the most money"

# rows left out: "excluding refunded purchases" (a yes/no column), "leaving
# out crashed sessions" (a state the comment gives NULL); "crashed" is the
# sessions' state, not a value of a table nobody named ('crash' reports);
# "leaving Chicago" leaves nothing out
PL=$TMPD/play.db
"$SQLITE3" "$PL" <<'EOF'
CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, platform TEXT NOT NULL, started_at TEXT NOT NULL,
  ended_at TEXT -- NULL if the session crashed
);
CREATE TABLE reports (report_id INTEGER PRIMARY KEY, category TEXT NOT NULL); -- crash, bug
CREATE TABLE purchases (purchase_id INTEGER PRIMARY KEY, price REAL NOT NULL,
  is_refunded INTEGER NOT NULL, -- 1 if refunded, else 0
  bought_at TEXT NOT NULL);
INSERT INTO sessions VALUES (1,'pc','2024-01-01 10:00:00','2024-01-01 11:00:00'),(2,'pc','2024-01-02 10:00:00',NULL),
  (3,'mobile','2024-01-03 10:00:00','2024-01-03 10:30:00'),(4,'mobile','2023-01-03 10:00:00',NULL);
INSERT INTO reports VALUES (1,'crash'),(2,'bug'),(3,'crash');
INSERT INTO purchases VALUES (1,9.99,0,'2024-01-01'),(2,4.99,1,'2024-02-01'),(3,19.99,0,'2023-03-01');
EOF
expect_rows "$PL" "'excluding refunded purchases': the yes/no column says no" \
    "SELECT SUM(price) FROM purchases WHERE is_refunded = 0" "total price of purchases, excluding refunded purchases"
expect_rows "$PL" "'leaving out crashed sessions': the comment's NULL state, negated" \
    "SELECT AVG((julianday(ended_at) - julianday(started_at)) * 1440) FROM sessions WHERE ended_at IS NOT NULL" \
    "average session length in minutes, leaving out crashed sessions"
expect_rows "$PL" "'excluding sessions that crashed', by a grouping" \
    "SELECT platform, AVG((julianday(ended_at) - julianday(started_at)) * 1440) FROM sessions WHERE ended_at IS NOT NULL
     GROUP BY platform" \
    "average session length in minutes by platform, excluding sessions that crashed"
expect_rows "$PL" "'crashed' is the sessions' state, not another table's value" \
    "SELECT COUNT(*) FROM sessions WHERE ended_at IS NULL AND started_at >= '2024-01-01' AND started_at < '2025-01-01'" \
    "how many sessions crashed in 2024"

# words that ask nothing: a share's verb "account for", "saw" for had,
# "on our books"
expect_rows "$SAMPLE" "'does each X account for': a share's verb" \
    "SELECT method, 100.0 * SUM(amount) / (SELECT SUM(amount) FROM payments) FROM payments GROUP BY method" \
    "What share of total payment amount does each method account for, in percent?"
expect_rows "$SAMPLE" "'which month saw the most': had" \
    "SELECT strftime('%Y-%m', order_date) AS m, COUNT(*) FROM orders WHERE order_date >= '2024-01-01' AND order_date < '2025-01-01'
     GROUP BY m ORDER BY 2 DESC LIMIT 1" \
    "which month saw the most orders in 2024"
expect_rows "$SAMPLE" "'on our books' asks nothing" \
    "SELECT COUNT(*) FROM customers" "how many customers are on our books"

# a longer stop word stored as a value is the value ("single rooms"),
# and says nothing where nothing stores it ("never placed a single order")
RM=$TMPD/rooms.db
"$SQLITE3" "$RM" <<'EOF'
CREATE TABLE rooms (room_id INTEGER PRIMARY KEY, room_type TEXT NOT NULL); -- single, double
INSERT INTO rooms VALUES (1,'single'),(2,'double'),(3,'single');
EOF
expect_rows "$RM" "a longer stop word stored as a value is the value" \
    "SELECT COUNT(*) FROM rooms WHERE room_type = 'single'" "how many single rooms are there"
expect_rows "$SAMPLE" "... and nothing where no value is it" \
    "SELECT COUNT(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)" \
    "how many customers have never placed a single order"

# a column of seconds asked for in minutes is converted ("average bout
# length in minutes" of length_sec), never by integer division
UN2=$TMPD/units.db
"$SQLITE3" "$UN2" <<'EOF'
CREATE TABLE bouts (bout_id INTEGER PRIMARY KEY, mode TEXT NOT NULL, -- ranked, casual
  length_sec INTEGER NOT NULL);
INSERT INTO bouts VALUES (1,'ranked',90),(2,'ranked',150),(3,'casual',45),(4,'casual',601);
EOF
expect_rows "$UN2" "seconds asked in minutes" \
    "SELECT mode, AVG(length_sec / 60.0) FROM bouts GROUP BY mode" "average bout length in minutes for each mode"
expect_rows "$UN2" "... the longest, in minutes" \
    "SELECT mode, length_sec / 60.0 FROM bouts ORDER BY length_sec DESC LIMIT 1" "how long was the longest bout, in minutes?"

# two periods apart ("2022 vs 2024", "July 2023 and July 2024") date the
# rows each, grouped by their grain; a refinement keeps both
expect_rows --ordered "$SAMPLE" "two years apart: each, not the year between" \
    "SELECT strftime('%Y', order_date) AS y, COUNT(*) FROM orders WHERE strftime('%Y', order_date) IN ('2022', '2024')
     GROUP BY y ORDER BY y" \
    "orders 2022 vs 2024"
expect_rows --ordered "$SAMPLE" "... a refinement keeps both" \
    "SELECT strftime('%Y', o.order_date) AS y, COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id
     WHERE c.country = 'Germany' AND strftime('%Y', o.order_date) IN ('2022', '2024') GROUP BY y ORDER BY y" \
    "orders 2022 vs 2024" "only Germany"
expect_rows --ordered "$SAMPLE" "... two months a year apart" \
    "SELECT strftime('%Y-%m', order_date) AS m, COUNT(*) FROM orders WHERE strftime('%Y-%m', order_date) IN ('2023-07', '2024-07')
     GROUP BY m ORDER BY m" \
    "compare the number of orders in July 2023 and July 2024"

# the verb of a duration's end ("to deliver") names its date, not a value
# of another table no word names (orders 'delivered')
expect_rows "$SAMPLE" "a duration's verb is its date, not another table's value" \
    "SELECT AVG(julianday(delivered_at) - julianday(shipped_at)) FROM shipments" \
    "how many days does it take to deliver a shipment, on average"

# "by" after a verb's past names who did it when another word groups the
# rows ("orders placed by customers in each country"); "by month" after
# one still groups
expect_rows "$SAMPLE" "'placed by customers in each country': by whom, grouped by country" \
    "SELECT c.country, COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.country" \
    "number of orders placed by customers in each country"

# countries stored as two-letter codes: named by name or people ("Japanese"
# ~ 'JP'); "the US" is the code, though "us" alone is a pronoun
CC=$TMPD/codes.db
"$SQLITE3" "$CC" <<'EOF'
CREATE TABLE shoppers (shopper_id INTEGER PRIMARY KEY, country TEXT NOT NULL); -- two-letter code: US, JP, DE
CREATE TABLE baskets (basket_id INTEGER PRIMARY KEY, shopper_id INTEGER NOT NULL REFERENCES shoppers(shopper_id),
  total REAL NOT NULL);
INSERT INTO shoppers VALUES (1,'US'),(2,'JP'),(3,'DE'),(4,'JP'),(5,'US');
INSERT INTO baskets VALUES (1,1,10),(2,2,20),(3,3,30),(4,4,40),(5,5,50),(6,2,60);
EOF
expect_rows "$CC" "a country's people name its code" \
    "SELECT COUNT(*) FROM shoppers WHERE country = 'JP'" "how many Japanese shoppers are there"
expect_rows "$CC" "'the US' is the code; a country's name too" \
    "SELECT s.country, AVG(b.total) FROM baskets b JOIN shoppers s ON s.shopper_id = b.shopper_id
     WHERE s.country IN ('US', 'DE') GROUP BY s.country" \
    "average basket total for shoppers in the US versus Germany"

# "at the end of each month": the level then, counted from the first row,
# the range choosing the months shown; a running total within a year
# starts with the year
expect_rows --ordered "$SAMPLE" "how many at the end of each month: counted from the start" \
    "WITH m AS (SELECT strftime('%Y-%m', signup_date) AS mo, COUNT(*) AS n FROM customers GROUP BY mo),
     r AS (SELECT mo, SUM(n) OVER (ORDER BY mo) AS c FROM m) SELECT mo, c FROM r WHERE mo >= '2023-01' AND mo <= '2023-12' ORDER BY mo" \
    "total number of customers at the end of each month of 2023"
expect_rows --ordered "$SAMPLE" "... a running total in a year starts with it" \
    "WITH m AS (SELECT strftime('%Y-%m', signup_date) AS mo, COUNT(*) AS n FROM customers
       WHERE signup_date >= '2023-01-01' AND signup_date < '2024-01-01' GROUP BY mo)
     SELECT mo, SUM(n) OVER (ORDER BY mo) FROM m ORDER BY mo" \
    "running total of customers by signup month in 2023"

# "current monthly fees": an adjective in -ly is no period ("this month"),
# and a word of the measure's own name ("monthly_fee") no grain
MF=$TMPD/memberships.db
"$SQLITE3" "$MF" <<'EOF'
CREATE TABLE memberships (membership_id INTEGER PRIMARY KEY, monthly_fee REAL NOT NULL, started_on TEXT NOT NULL,
  cancelled_on TEXT -- NULL while active
);
INSERT INTO memberships VALUES (1,30,'2024-01-05',NULL),(2,45,'2024-03-01','2024-06-01'),(3,30,'2024-11-20',NULL);
EOF
expect_rows "$MF" "'current monthly fee income': no period, no grain" \
    "SELECT SUM(monthly_fee) FROM memberships WHERE cancelled_on IS NULL" \
    "what is our current monthly fee revenue from active memberships"

# leaving a thing is giving it ("left at least one review"), not leaving
# the company (left_on)
LV=$TMPD/reviews.db
"$SQLITE3" "$LV" <<'EOF'
CREATE TABLE hosts (host_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, hired_on TEXT NOT NULL, left_on TEXT -- NULL while still with us
);
CREATE TABLE listings (listing_id INTEGER PRIMARY KEY, host_id INTEGER NOT NULL REFERENCES hosts(host_id), created_on TEXT NOT NULL);
CREATE TABLE guests (guest_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, signed_up TEXT NOT NULL);
CREATE TABLE reviews (review_id INTEGER PRIMARY KEY, guest_id INTEGER NOT NULL REFERENCES guests(guest_id),
  listing_id INTEGER NOT NULL REFERENCES listings(listing_id), posted_on TEXT NOT NULL);
INSERT INTO hosts VALUES (1,'Ann','2020-01-01',NULL),(2,'Bo','2020-01-01','2024-03-01');
INSERT INTO listings VALUES (1,1,'2021-01-01'),(2,2,'2021-01-01');
INSERT INTO guests VALUES (1,'Cy','2022-01-01'),(2,'Di','2022-01-01'),(3,'Ed','2022-01-01');
INSERT INTO reviews VALUES (1,1,1,'2024-01-02'),(2,1,2,'2024-02-02'),(3,2,2,'2023-05-05'),(4,3,1,'2024-07-07'),
  (5,2,1,'2024-08-08');
EOF
expect_rows "$LV" "'left at least one review' is giving one" \
    "SELECT COUNT(DISTINCT guest_id) FROM reviews WHERE posted_on >= '2024-01-01' AND posted_on < '2025-01-01'" \
    "how many distinct guests left at least one review in 2024"

# "with their ids and names": the key beside the name
expect_rows --ordered "$SAMPLE" "'with their ids and names': the key beside the name" \
    "SELECT c.first_name, c.last_name, c.id, COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id
     GROUP BY c.id ORDER BY 4 DESC, c.id LIMIT 3" \
    "top 3 customers by number of orders, with their ids and names"

# a table named after the range's year in the next sentence ("in 2023?
# Give customer name") is no "2023 customers"
expect_rows --ordered "$SAMPLE" "a year before the next sentence's table dates nothing of it" \
    "SELECT c.first_name, c.last_name, COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id
     WHERE o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01' GROUP BY c.id ORDER BY 3 DESC, c.id LIMIT 3" \
    "Which 3 customers placed the most orders in 2023? Give customer name."

# a date column said as the question's subject ("staff who have left" of
# left_on) is no grouping by day unless a word groups
TN=$TMPD/tenure.db
"$SQLITE3" "$TN" <<'EOF'
CREATE TABLE contributors (contributor_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, hired_on TEXT NOT NULL,
  left_on TEXT -- NULL while still on staff
);
INSERT INTO contributors VALUES (1,'Ann','2020-01-01','2022-01-01'),(2,'Bo','2021-01-01',NULL),(3,'Cy','2021-06-01','2023-06-01');
EOF
expect_rows "$TN" "a date the subject names is no grouping by day" \
    "SELECT AVG(julianday(left_on) - julianday(hired_on)) FROM contributors WHERE left_on IS NOT NULL" \
    "what was the average tenure in days of staff who have left"

done_testing
