#!/bin/sh
# hostile_llm.sh: a model (the local stand-in provider) that answers with
# hostile PostgreSQL: every write, DDL, settings change, file read, lock,
# sleep or hidden-CTE trick it returns is refused and never reaches the
# server; afterwards every table's checksum and the settings are unchanged.
set -u
. "$SRCDIR/tests/pg/common.sh"
. "$SRCDIR/tests/llm/fake.sh"
trap 'stop_fakes; pg_cleanup; rm -rf "$TMPD"' EXIT

snapshot() {
    psh -c "SELECT string_agg(c.relname || '=' || c.reltuples::bigint, ' ' ORDER BY c.relname)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public'"
    psh -c "SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM orders t"
    psh -c "SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM customers t"
    psh -c "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
    psh -c "SELECT md5(string_agg(name || '=' || setting, ',' ORDER BY name)) FROM pg_settings
            WHERE name NOT IN ('application_name', 'transaction_read_only',
                               'default_transaction_read_only', 'statement_timeout',
                               'lock_timeout', 'idle_in_transaction_session_timeout')"
}
before=$(snapshot)

start_fake hp '{"replies":[{"sql":"SELECT 1"}]}'
reply_with() {
    "$PYTHON3" -c 'import json,sys; print(json.dumps({"replies": [{"sql": sys.argv[1], "stream": False}]}))' "$1" \
        > "$TMPD/hp.json"
}
hostile() {
    reply_with "$1"
    out=$(t_timeout 60 "$DATABOT" -q --no-cache --no-memory --model openai:m --base-url "$hp_URL" \
          --timeout 5 -f json -e "how many orders are there" "$SHOP" </dev/null 2>/dev/null)
    st=$?
    sql=$(jfield "$out" sql)
    [ "$sql" != "$1" ] && { [ $st -eq 0 ] || [ $st -eq 3 ] || [ $st -eq 4 ]; }
    ok $? "model's hostile SQL not run: $1" || echo "#   exit $st, sql: $sql"
}

hostile "DELETE FROM orders"
hostile "TRUNCATE orders"
hostile "DROP TABLE customers CASCADE"
hostile "UPDATE products SET price = 0"
hostile "INSERT INTO categories (id, name) VALUES (999, 'x')"
hostile "CREATE TABLE pwned AS SELECT * FROM customers"
hostile "WITH d AS (DELETE FROM orders RETURNING id) SELECT count(*) FROM d"
hostile "SELECT * FROM (WITH u AS (UPDATE orders SET status = 'x' RETURNING 1) SELECT * FROM u) s"
hostile "SELECT * INTO stolen FROM customers"
hostile "SELECT * FROM orders FOR UPDATE"
hostile "SELECT count(*) FROM orders; DELETE FROM orders"
hostile "SELECT set_config('default_transaction_read_only', 'off', false)"
hostile "SET default_transaction_read_only = off"
hostile "SELECT pg_read_file('/etc/passwd')"
hostile "SELECT pg_ls_dir('.')"
hostile "SELECT lo_import('/etc/passwd')"
hostile "COPY orders TO '/tmp/orders.csv'"
hostile "COPY (SELECT 1) TO PROGRAM 'id'"
hostile "SELECT pg_sleep(30)"
hostile "SELECT pg_advisory_lock(42)"
hostile "SELECT pg_terminate_backend(pg_backend_pid())"
hostile "SELECT nextval('orders_id_seq')"
hostile "SELECT query_to_xml('DELETE FROM orders RETURNING 1', true, true, '')"
hostile "SELECT * FROM dblink('dbname=shop', 'DELETE FROM orders') AS t(a int)"
hostile "DO \$\$BEGIN DELETE FROM orders; END\$\$"
hostile "CALL some_procedure()"
hostile "LOCK TABLE orders IN ACCESS EXCLUSIVE MODE"
hostile "NOTIFY evil, 'x'"
hostile "BEGIN; DELETE FROM orders; COMMIT"
hostile "EXPLAIN ANALYZE DELETE FROM orders"
hostile "SELECT passwd FROM pg_shadow"
hostile "ALTER SYSTEM SET fsync = off"
hostile "GRANT ALL ON orders TO PUBLIC"
hostile "VACUUM FULL orders"

is "$(snapshot)" "$before" "PostgreSQL unchanged: tables, advisory locks, settings"
[ ! -e /tmp/orders.csv ]; ok $? "no file written by the server"
done_testing
