#!/bin/sh
# driver.sh: the PostgreSQL driver against a real server: targets as people
# write them (conninfo, URIs, PG* environment, service file, .pgpass, a
# password typed on a terminal, none asked without one), the session's
# read-only settings, the catalog (schemas, --schema, views, materialized
# views, keys, comments, --deny-table), rows streamed up to the row cap
# within a memory bound, the time limit and Ctrl-C cancelling on the
# server, and a server restart in the middle of a session.
set -u
. "$SRCDIR/tests/pg/common.sh"

# ---- targets ---------------------------------------------------------------
out=$(db --format csv --sql "SELECT 12345678901234567890.12::numeric AS big, 791.90::numeric(10,2) AS price, -0.000000000000000001234::numeric AS tiny" | tr -d '\r')
is "$out" "big,price,tiny
12345678901234567890.12,791.9,-1.234e-18" "numeric: more digits than a double holds stay exact; the rest are numbers"
out=$(db --format csv --sql "SELECT count(*) AS n FROM orders")
is "$out" "n
27089" "conninfo 'dbname=shop' (PGHOST/PGPORT/PGUSER from the environment)"
out=$(t_timeout 60 "$DATABOT" -q --format csv --sql "SELECT count(*) AS n FROM customers" \
      "postgresql:///shop?host=$PGHOST&port=$PGPORT&user=postgres" </dev/null | tr -d '\r')
is "$out" "n
2500" "postgresql:// URI"
out=$(t_timeout 60 "$DATABOT" -q --format csv --sql "SELECT 1 AS one" \
      "postgres://postgres@/shop?host=$PGHOST&port=$PGPORT" </dev/null | tr -d '\r')
is "$out" "one
1" "postgres:// URI"
out=$(PGDATABASE=shop t_timeout 60 "$DATABOT" -q --format csv --sql "SELECT current_database() AS d" \
      "host=$PGHOST port=$PGPORT" </dev/null | tr -d '\r')
is "$out" "d
shop" "conninfo with host and port, database from PGDATABASE"
cat >"$TMPD/pg_service.conf" <<SVC
[shopsvc]
host=$PGHOST
port=$PGPORT
dbname=shop
user=postgres
SVC
out=$(PGSERVICEFILE="$TMPD/pg_service.conf" t_timeout 60 "$DATABOT" -q --format csv \
      --sql "SELECT current_database() AS d" "service=shopsvc" </dev/null | tr -d '\r')
is "$out" "d
shop" "service=NAME through PGSERVICEFILE"
err=$(t_timeout 60 "$DATABOT" -q --sql "SELECT 1" "host=$PGHOST port=1 dbname=shop" </dev/null 2>&1)
st=$?
is "$st" 1 "no server there: exit 1"
like "$err" "cannot connect to PostgreSQL" "  with a clear message"
err=$(t_timeout 60 "$DATABOT" -q --sql "SELECT 1" "dbname=nosuchdb" </dev/null 2>&1)
like "$err" "nosuchdb" "an unknown database is named"

# ---- passwords -------------------------------------------------------------
psh -c "CREATE ROLE pwuser LOGIN PASSWORD 's3cret-pw'; GRANT SELECT ON ALL TABLES IN SCHEMA public TO pwuser" >/dev/null
hba="$PG_TMP/data/pg_hba.conf"
{ echo "local all pwuser scram-sha-256"; cat "$hba"; } >"$TMPD/hba" && cat "$TMPD/hba" >"$hba"
psh -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
err=$(t_timeout 60 "$DATABOT" -q --sql "SELECT 1" "dbname=shop user=pwuser" </dev/null 2>&1)
st=$?
is "$st" 1 "password needed, none given, no terminal: exit 1"
like "$err" ".pgpass" "  the message says where a password goes"
unlike "$err" "Password for" "  and no prompt was written"
out=$(PGPASSWORD=s3cret-pw t_timeout 60 "$DATABOT" -q --format csv --sql "SELECT current_user AS u" \
      "dbname=shop user=pwuser" </dev/null 2>&1 | tr -d '\r')
is "$out" "u
pwuser" "PGPASSWORD works"
echo "*:*:shop:pwuser:s3cret-pw" >"$HOME/.pgpass"
chmod 600 "$HOME/.pgpass"
out=$(t_timeout 60 "$DATABOT" -q --format csv --sql "SELECT current_user AS u" \
      "dbname=shop user=pwuser" </dev/null 2>&1 | tr -d '\r')
is "$out" "u
pwuser" "~/.pgpass works"
rm -f "$HOME/.pgpass"
if [ -x "$SRCDIR/tests/cli/drive_tty.py" ] || [ -f "$SRCDIR/tests/cli/drive_tty.py" ]; then
    out=$(printf '%s\n' "expect Password for pwuser" "send s3cret-pw" "expect databot>" \
                        "send \\q" | t_timeout 60 "$PYTHON3" "$SRCDIR/tests/cli/drive_tty.py" -- \
          "$DATABOT" --plain "dbname=shop user=pwuser" 2>&1)
    ok $? "on a terminal, the password is asked for and the session opens" ||
        printf '%s\n' "$out" | tail -5 | sed 's/^/#   /'
    unlike "$out" "s3cret-pw" "  the password is not echoed"
fi
# the planner's estimate is shown before a query runs
out=$(printf '%s\n' "expect databot>" "send \\sql SELECT c.country, count(*) FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.country" \
                    "expect Run it?" "send n" "expect databot>" "send \\q" |
      t_timeout 60 "$PYTHON3" "$SRCDIR/tests/cli/drive_tty.py" -- "$DATABOT" --plain dbname=shop 2>&1)
like "$out" "-- reads about" "PostgreSQL: the planner's estimate is shown before running"
like "$out" "orders" "  naming the tables it scans"

# ---- the session's settings ------------------------------------------------
out=$(db --timeout 7 --format csv --sql "SELECT current_setting('default_transaction_read_only') AS a,
      current_setting('transaction_read_only') AS b, current_setting('statement_timeout') AS c,
      current_setting('lock_timeout') AS d, current_setting('idle_in_transaction_session_timeout') AS e,
      current_setting('application_name') AS f")
is "$(printf '%s\n' "$out" | tail -1)" "on,on,7s,5s,1min,databot" \
   "read-only, statement_timeout from --timeout, lock and idle timeouts, application_name"

# ---- the catalog -----------------------------------------------------------
psh -c "CREATE SCHEMA sales; CREATE TABLE sales.targets (region text PRIMARY KEY, goal numeric);
        INSERT INTO sales.targets VALUES ('north', 10), ('south', 20);
        CREATE SCHEMA hidden; CREATE TABLE hidden.secrets (k text);
        CREATE VIEW order_counts AS SELECT status, count(*) AS n FROM orders GROUP BY status;
        CREATE MATERIALIZED VIEW monthly AS SELECT date_trunc('month', order_date) AS m, count(*) AS n
          FROM orders GROUP BY 1;
        COMMENT ON TABLE orders IS 'One row per order placed';
        COMMENT ON COLUMN orders.status IS 'Where the order is now';
        CREATE TABLE audit_log (id serial PRIMARY KEY, note text)" >/dev/null
out=$(repl "" '\tables')
for t in categories customers order_items orders payments products reviews shipments \
         order_counts monthly audit_log; do
    like "$out" " $t " "the tables command lists $t"
done
unlike "$out" "targets" "a schema off the search_path is not read"
like "$out" "order_counts │ view" "a view is a view"
printf '%s\n' "$out" | grep -Eq ' orders +│ table +│ +27,089 '
ok $? "row counts (exact once analysed)"
out=$(repl "--schema sales" '\tables')
like "$out" " targets " "--schema adds that schema's tables"
out=$(db --schema sales --format csv --sql "SELECT sum(goal) AS g FROM targets")
is "$out" "g
30" "  and unqualified names find them"
err=$(db --schema nosuch --sql "SELECT 1" 2>&1)
like "$err" "no schema named 'nosuch'" "--schema with an unknown schema is named"
err=$(db --sql "SELECT * FROM hidden.secrets" 2>&1)
like "$err" "--schema hidden" "a table in a schema not read is refused, saying how to read it"
out=$(repl "" '\d orders')
like "$out" "customer_id │ integer │ not null │ foreign │ customers.id" \
     "describing orders: columns, types, keys and the foreign key to customers"
like "$out" "id          │ integer │ not null │ primary" "  the primary key"
out=$(db --format json -e "how many orders by status")
like "$out" '"delivered",23391' "a question runs on PostgreSQL"
err=$(db --deny-table orders --sql "SELECT count(*) FROM orders" 2>&1)
st=$?
is "$st" 4 "--deny-table: SQL naming the table is refused"
like "$err" "hidden" "  saying it is hidden"
err=$(db --deny-table public.orders --sql "SELECT o.id FROM public.orders o" 2>&1)
is "$?" 4 "--deny-table SCHEMA.TABLE refuses a qualified name"
out=$(repl "--deny-table orders,payments" '\tables')
like "$out" " customers " "(the tables command with --deny-table)"
unlike "$out" " orders " "--deny-table leaves the table out of the catalog"
unlike "$out" " payments " "  a comma-separated list"

# ---- the schema's comments as evidence --------------------------------------
psh -c "CREATE TABLE pupils (id serial PRIMARY KEY, full_name text NOT NULL, tier text, fee numeric NOT NULL);
        INSERT INTO pupils (full_name, tier, fee) VALUES ('Ann', 'gold', 10), ('Bo', NULL, 20), ('Cy', 'silver', 30);
        COMMENT ON COLUMN pupils.tier IS 'gold, silver; NULL if not a club member';
        COMMENT ON COLUMN pupils.fee IS 'monthly tuition charge, USD'" >/dev/null
out=$(db --format csv -e "how many pupils are club members")
is "$(printf '%s\n' "$out" | tail -1)" "2" "COMMENT ON: what NULL means ('NULL if not a club member') reads 'club members'"
out=$(db --format csv -e "how many pupils are not club members")
is "$(printf '%s\n' "$out" | tail -1)" "1" "  and its negation"
out=$(db --format csv -e "how many pupils have a fee above 15 dollars")
is "$(printf '%s\n' "$out" | tail -1)" "2" "COMMENT ON: the currency the comment names is the amounts'"
out=$(db --format csv -e "list the pupils with a fee above 15 dollars")
like "$out" "Cy" "COMMENT ON: the currency it names is the unit of '15 dollars'"
out=$(repl "" '\d pupils')
like "$out" "NULL if not a club member" "describing a table shows its comments"

# ---- a yes/no column says which rows ---------------------------------------
psh -c "CREATE TABLE depots (id serial PRIMARY KEY, name text NOT NULL, is_hub boolean NOT NULL);
        INSERT INTO depots (name, is_hub) VALUES ('Ash', true), ('Birch', false), ('Cedar', true)" >/dev/null
out=$(db --format csv -e "how many hub depots are there")
is "$(printf '%s\n' "$out" | tail -1)" "2" "a boolean column said of the rows filters them (= TRUE on PostgreSQL)"
out=$(db --format csv -e "how many depots are not hubs")
is "$(printf '%s\n' "$out" | tail -1)" "1" "  and its negation (= FALSE)"

# ---- streaming and the row cap ---------------------------------------------
psh -c "CREATE TABLE big AS SELECT g AS id, md5(g::text) || md5((g+1)::text) AS s
        FROM generate_series(1, 1500000) g" >/dev/null
out=$(db --max-rows 5 --format csv --sql "SELECT id FROM big ORDER BY id" 2>&1)
is "$(printf '%s\n' "$out" | tr '\n' ' ')" "id 1 2 3 4 5 " "the row cap stops after 5 rows"
if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$TMPD/rss" "$DATABOT" -q --max-rows 1000 --format csv \
        --sql "SELECT * FROM big" "$SHOP" </dev/null >"$TMPD/big.csv" 2>"$TMPD/big.err"
    rss=$(tail -1 "$TMPD/rss")
    /usr/bin/time -f "%M" -o "$TMPD/rss_psql" "$PG_BINDIR/psql" -X -q -d shop --csv \
        -c "SELECT * FROM big" >/dev/null 2>&1
    rss_psql=$(tail -1 "$TMPD/rss_psql")
    echo "# max RSS streaming a 1.5M-row table with a 1000-row cap: databot ${rss} KB; psql ${rss_psql} KB"
    [ "$rss" -lt 120000 ] && [ "$rss" -lt "$rss_psql" ]
    ok $? "streaming keeps memory bounded (${rss} KB, psql loading the whole result: ${rss_psql} KB)"
    is "$(wc -l <"$TMPD/big.csv" | tr -d ' ')" 1001 "  1000 rows and the header"
fi
is "$(psh -c "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'databot'")" 0 \
   "no databot session is left on the server"

# ---- time limit and Ctrl-C cancel on the server ----------------------------
# (--force: the cross join is over the scan limit, tests/pg/limits.sh)
SLOW="SELECT count(*) FROM big a, big b WHERE a.id + b.id < 0"
active() { psh -c "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'databot'
                   AND backend_type = 'client backend' AND state = 'active'
                   AND query LIKE 'SELECT count(*) FROM big a%'"; }
wait_active() { # wait_active N: until N queries are active (20 s at most)
    i=0
    while [ "$(active)" != "$1" ] && [ $i -lt 100 ]; do sleep 0.2; i=$((i + 1)); done
    [ "$(active)" = "$1" ]
}
err=$(db --force --timeout 1 --sql "$SLOW" 2>&1)
st=$?
is "$st" 1 "the time limit ends a slow query: exit 1"
like "$err" "time limit" "  saying so"
wait_active 0
ok $? "  and the query no longer runs on the server"

# databot itself in the background (a signal to timeout(1) would not reach it)
"$DATABOT" -q --force --timeout 100 --sql "$SLOW" "$SHOP" </dev/null >/dev/null 2>"$TMPD/int.err" &
pid=$!
( sleep 110; kill -KILL "$pid" 2>/dev/null ) &
watchdog=$!
wait_active 1
ok $? "a slow query runs on the server"
kill -INT "$pid"
wait "$pid"
st=$?
kill "$watchdog" 2>/dev/null
is "$st" 130 "Ctrl-C stops databot: exit 130"
wait_active 0
ok $? "  and the query was cancelled on the server"
like "$(cat "$TMPD/int.err")" "cancelled" "  saying it was cancelled"

# ---- the server restarts in the middle of a session ------------------------
restart() { _pg_as "$PG_BINDIR/pg_ctl" -D "$PG_TMP/data" -m fast -w -t 60 restart \
                -l "$PG_TMP/server.log" >/dev/null 2>&1; }
idle_session() { psh -c "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'databot'
                         AND backend_type = 'client backend' AND state = 'idle'"; }
if [ -f "$SRCDIR/tests/cli/drive_tty.py" ]; then
    {
        echo "expect databot>"
        echo "send how many orders"
        echo "expect databot>"
        echo "sleep 12"
        echo "send how many customers"
        echo "expect databot>"
        echo "send \\sql $SLOW"
        echo "sleep 12"
        echo "send how many payments"
        echo "expect databot>"
        echo "send \\q"
    } | t_timeout 120 "$PYTHON3" "$SRCDIR/tests/cli/drive_tty.py" -- \
        "$DATABOT" --plain --yes --force --timeout 100 "$SHOP" >"$TMPD/restart.out" 2>&1 &
    pid=$!
    i=0
    while [ "$(idle_session)" != 1 ] && [ $i -lt 100 ]; do sleep 0.2; i=$((i + 1)); done
    sleep 1
    restart
    ok $? "the server restarts while databot is idle"
    wait_active 1
    restart
    ok $? "the server restarts while a query runs"
    wait "$pid"
    out=$(cat "$TMPD/restart.out")
    like "$out" "27,089" "the first question is answered"
    like "$out" "2,500" "after an idle restart the next question is answered (reconnected)"
    like "$out" "connection to the PostgreSQL server was lost" "a query cut by the restart says the connection was lost"
    like "$out" "reconnect" "  and that databot reconnects"
    like "$out" "payments" "the question after that is answered"
    unlike "$out" "Segmentation" "nothing crashed"
fi

done_testing
