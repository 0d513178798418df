# engine.sh: the built-in engine's reach on databases it was not tuned on:
# the sample shop and a generated airline/HR database (two foreign keys to
# one table, a self-reference). Every answer is compared with independently
# written SQL run by sqlite3; questions it cannot answer must be declined
# (exit 3, no SQL), never answered wrongly.
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
declined $S "running totals" "cumulative revenue by month"
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
    "flights arriving in Paris"
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

done_testing
