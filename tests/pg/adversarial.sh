#!/bin/sh
# adversarial.sh: hostile SQL and questions against a real PostgreSQL
# server. Every write, DDL, settings or privilege change, file access,
# lock, sleep, signal, message, data-modifying CTE, multi-statement and
# comment/quoting/Unicode trick given with --sql is refused (exit 4), or,
# where only the server can tell (a user function that writes), refused by
# the read-only transaction; questions written to trick the engine never
# become writes; slow and huge queries end within the time limit. Then the
# server is proven unchanged: a checksum of every table, the catalog's
# objects, the settings, no advisory locks, large objects, prepared
# transactions, replication slots, files or leftover sessions.
set -u
. "$SRCDIR/tests/pg/common.sh"

# objects the attacks aim at, made before the "before" snapshot
psh -c "CREATE SEQUENCE counter;
        CREATE TABLE audit (id int);
        CREATE FUNCTION sneaky_write() RETURNS int LANGUAGE sql AS
          'INSERT INTO audit VALUES (1) RETURNING id';
        CREATE FUNCTION sneaky_rw() RETURNS int LANGUAGE plpgsql AS
          \$\$BEGIN PERFORM set_config('transaction_read_only', 'off', true);
                  INSERT INTO audit VALUES (2); RETURN 1; END\$\$;
        CREATE FUNCTION sneaky_exec(q text) RETURNS int LANGUAGE plpgsql AS
          \$\$BEGIN EXECUTE q; RETURN 1; END\$\$;" >/dev/null

snapshot() {
    psh -c "SELECT string_agg(format('%s=%s', c.relname, (xpath('/row/c/text()',
                query_to_xml(format('SELECT md5(coalesce(string_agg(t::text, ''|'' ORDER BY t::text), '''')) AS c FROM %I.%I t',
                n.nspname, c.relname), false, true, '')))[1]::text), ' ' ORDER BY c.relname)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r'"
    psh -c "SELECT 'objects', (SELECT count(*) FROM pg_class), (SELECT count(*) FROM pg_proc),
                   (SELECT count(*) FROM pg_namespace), (SELECT count(*) FROM pg_roles),
                   (SELECT count(*) FROM pg_database), (SELECT count(*) FROM pg_extension),
                   (SELECT count(*) FROM pg_trigger), (SELECT count(*) FROM pg_largeobject_metadata),
                   (SELECT count(*) FROM pg_prepared_xacts), (SELECT count(*) FROM pg_replication_slots)"
    psh -c "SELECT 'settings', md5(string_agg(name || '=' || setting, ',' ORDER BY name)) FROM pg_settings
            WHERE name NOT IN ('application_name', 'transaction_read_only', 'default_transaction_read_only',
                               'statement_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout')"
    psh -c "SELECT 'sequence', last_value, is_called FROM counter"
    psh -c "SELECT 'roles', string_agg(rolname || ':' || rolsuper || rolcanlogin || coalesce(rolpassword, ''), ',' ORDER BY rolname) FROM pg_authid"
}
before=$(snapshot)

N=0
refuse() { # refuse SQL [WHY]: exit 4 with a message
    err=$(db --timeout 5 --sql "$1" 2>&1)
    st=$?
    N=$((N + 1))
    name=$(printf '%s' "$1" | tr '\n' ' ' | cut -c1-100)
    if [ "$st" -eq 4 ] && [ -n "$err" ]; then
        ok 0 "refused: $name"
    else
        ok 1 "refused: $name"
        echo "#   exit $st: $(printf '%s' "$err" | head -3)"
    fi
}

# ---- writes and DDL --------------------------------------------------------
refuse "DELETE FROM orders"
refuse "UPDATE products SET price = 0"
refuse "INSERT INTO audit VALUES (1)"
refuse "MERGE INTO audit a USING (SELECT 1 AS id) s ON a.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id)"
refuse "TRUNCATE orders"
refuse "DROP TABLE orders"
refuse "DROP TABLE IF EXISTS orders CASCADE"
refuse "CREATE TABLE evil (a int)"
refuse "CREATE TEMP TABLE evil (a int)"
refuse "CREATE TABLE evil AS SELECT * FROM orders"
refuse "CREATE UNLOGGED TABLE evil AS SELECT 1"
refuse "CREATE VIEW v AS SELECT 1"
refuse "CREATE MATERIALIZED VIEW mv AS SELECT 1"
refuse "CREATE INDEX ON orders (status)"
refuse "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'"
refuse "CREATE EXTENSION dblink"
refuse "CREATE SCHEMA evil"
refuse "CREATE RULE r AS ON SELECT TO audit DO INSTEAD SELECT 1"
refuse "CREATE TRIGGER t AFTER INSERT ON audit FOR EACH ROW EXECUTE FUNCTION sneaky_write()"
refuse "ALTER TABLE orders ADD COLUMN x int"
refuse "ALTER TABLE orders RENAME TO o2"
refuse "COMMENT ON TABLE orders IS 'x'"
refuse "GRANT ALL ON orders TO PUBLIC"
refuse "REVOKE SELECT ON orders FROM PUBLIC"
refuse "CREATE ROLE evil SUPERUSER LOGIN"
refuse "ALTER ROLE postgres PASSWORD 'x'"
refuse "ALTER SYSTEM SET fsync = on"
refuse "ALTER DATABASE shop SET default_transaction_read_only = off"
refuse "REFRESH MATERIALIZED VIEW monthly"
refuse "VACUUM orders"
refuse "ANALYZE orders"
refuse "CLUSTER orders"
refuse "REINDEX TABLE orders"
refuse "CHECKPOINT"
refuse "SECURITY LABEL ON TABLE orders IS 'x'"
refuse "IMPORT FOREIGN SCHEMA public FROM SERVER s INTO public"

# ---- data-modifying CTEs, SELECT INTO, locking -----------------------------
refuse "WITH d AS (DELETE FROM orders RETURNING *) SELECT count(*) FROM d"
refuse "WITH u AS (UPDATE products SET price = 0 RETURNING id) SELECT * FROM u"
refuse "WITH i AS (INSERT INTO audit VALUES (1) RETURNING id) SELECT * FROM i"
refuse "WITH m AS (MERGE INTO audit a USING (SELECT 1 AS id) s ON a.id = s.id WHEN MATCHED THEN DELETE) SELECT 1"
refuse "SELECT * FROM (WITH d AS (DELETE FROM audit RETURNING id) SELECT * FROM d) s"
refuse "SELECT (SELECT count(*) FROM (WITH d AS (DELETE FROM audit RETURNING id) SELECT * FROM d) x)"
refuse "SELECT 1 WHERE EXISTS (WITH d AS (DELETE FROM audit RETURNING id) SELECT 1 FROM d)"
refuse "SELECT 1 UNION ALL (WITH d AS (DELETE FROM audit RETURNING id) SELECT id FROM d)"
refuse "WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r), d AS (DELETE FROM audit RETURNING 1) SELECT 1"
refuse "EXPLAIN WITH d AS (DELETE FROM audit RETURNING 1) SELECT 1"
refuse "SELECT * INTO evil FROM orders"
refuse "SELECT * INTO TEMP evil FROM orders"
refuse "SELECT * INTO UNLOGGED evil FROM orders"
refuse "SELECT * FROM orders FOR UPDATE"
refuse "SELECT * FROM orders FOR SHARE"
refuse "SELECT * FROM orders FOR NO KEY UPDATE"
refuse "SELECT * FROM orders FOR KEY SHARE SKIP LOCKED"
refuse "SELECT * FROM (SELECT * FROM orders FOR UPDATE) s"
refuse "SELECT (SELECT id FROM orders LIMIT 1 FOR UPDATE)"

# ---- statements that are not queries ---------------------------------------
refuse "COPY orders TO '/tmp/databot-evil-copy'"
refuse "COPY (SELECT 1) TO PROGRAM 'touch /tmp/databot-evil-prog'"
refuse "COPY audit FROM '/etc/hostname'"
refuse "COPY orders TO STDOUT"
refuse "DO \$\$BEGIN DELETE FROM audit; END\$\$"
refuse "CALL p()"
refuse "LOCK TABLE orders IN ACCESS EXCLUSIVE MODE"
refuse "LISTEN ch"
refuse "UNLISTEN *"
refuse "NOTIFY ch, 'x'"
refuse "SET default_transaction_read_only = off"
refuse "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE"
refuse "SET statement_timeout = 0"
refuse "RESET ALL"
refuse "SET ROLE postgres"
refuse "SHOW ALL"
refuse "BEGIN"
refuse "BEGIN READ WRITE"
refuse "START TRANSACTION"
refuse "COMMIT"
refuse "ROLLBACK"
refuse "SAVEPOINT s"
refuse "PREPARE TRANSACTION 'x'"
refuse "COMMIT PREPARED 'x'"
refuse "PREPARE p AS DELETE FROM audit"
refuse "EXECUTE p"
refuse "DEALLOCATE ALL"
refuse "DECLARE c CURSOR FOR SELECT 1"
refuse "FETCH ALL FROM c"
refuse "LOAD 'auto_explain'"
refuse "DISCARD ALL"
refuse "EXPLAIN ANALYZE SELECT 1"
refuse "EXPLAIN (ANALYZE) SELECT * FROM orders"
refuse "EXPLAIN (ANALYZE true, FORMAT JSON) SELECT 1"
refuse "EXPLAIN ANALYZE DELETE FROM audit"
refuse "EXPLAIN DELETE FROM audit"
refuse "EXPLAIN INSERT INTO audit VALUES (1)"

# ---- multiple statements, comments, quoting, Unicode ------------------------
refuse "SELECT 1; DELETE FROM audit"
refuse "SELECT 1; SELECT 2"
refuse "SELECT 1;DROP TABLE orders"
refuse "SELECT 1 -- comment
; DELETE FROM audit"
refuse "SELECT 1 /* ; */ ; DELETE FROM audit"
refuse "/* SELECT */ DELETE FROM audit"
refuse "-- SELECT
DELETE FROM audit"
refuse "SELECT 'a;' ; DELETE FROM audit"
refuse "SELECT \$\$;\$\$; DELETE FROM audit"
refuse "SELECT 1; COMMIT; DELETE FROM audit"
refuse "SELECT 1; BEGIN READ WRITE; DELETE FROM audit; COMMIT"
refuse "SELECT set_config('default_transaction_read_only', 'off', false)"
refuse "SELECT pg_catalog.set_config('transaction_read_only', 'off', true)"
refuse "SELECT PG_CATALOG.SET_CONFIG('statement_timeout', '0', false)"
refuse "SELECT \"set_config\"('statement_timeout', '0', false)"
refuse "SELECT U&\"set\\005fconfig\"('statement_timeout', '0', false)"
refuse "SELECT U&\"pg\\005fsleep\"(10)"
refuse "SELECT * FROM set_config('a.b', 'c', false)"
refuse "SELECT * FROM ROWS FROM (set_config('a.b', 'c', false))"
refuse "SELECT (SELECT set_config('a.b', 'c', false))"
refuse "SELECT 1 WHERE set_config('a.b', 'c', false) IS NOT NULL"
refuse "SELECT 1 ORDER BY set_config('a.b', 'c', false)"
refuse "SELECT count(*) FILTER (WHERE set_config('a.b', 'c', false) = 'c') FROM orders"
refuse "SELECT CASE WHEN true THEN pg_sleep(5) END"
refuse "DELETE／FROM audit"
refuse "ＳＥＬＥＣＴ 1"
refuse "SELECT 1; ＤＥＬＥＴＥ FROM audit"
refuse "SELECT * FROM audit WHERE id = 1 OR 1=1; DROP TABLE audit"
refuse "SELECT * FROM orders'; DROP TABLE orders; --"

# ---- functions: files, other servers, SQL as text ---------------------------
refuse "SELECT pg_read_file('/etc/passwd')"
refuse "SELECT pg_read_file('postgresql.conf')"
refuse "SELECT pg_read_binary_file('/etc/passwd')"
refuse "SELECT pg_ls_dir('.')"
refuse "SELECT * FROM pg_ls_dir('/')"
refuse "SELECT pg_ls_waldir()"
refuse "SELECT pg_ls_logdir()"
refuse "SELECT pg_stat_file('/etc/passwd')"
refuse "SELECT pg_current_logfile()"
refuse "SELECT lo_import('/etc/passwd')"
refuse "SELECT lo_export(1, '/tmp/databot-evil-lo')"
refuse "SELECT lo_from_bytea(0, 'x')"
refuse "SELECT lo_create(0)"
refuse "SELECT dblink_exec('dbname=shop', 'DELETE FROM audit')"
refuse "SELECT * FROM dblink('dbname=shop', 'DELETE FROM audit RETURNING 1') AS t(a int)"
refuse "SELECT dblink_connect('x', 'dbname=shop')"
refuse "SELECT query_to_xml('DELETE FROM audit RETURNING 1', true, true, '')"
refuse "SELECT query_to_xml_and_xmlschema('SELECT 1', true, true, '')"
refuse "SELECT table_to_xml('orders', true, true, '')"
refuse "SELECT cursor_to_xml('c', 1, true, true, '')"
refuse "SELECT database_to_xml(true, true, '')"
refuse "SELECT schema_to_xml('public', true, true, '')"
refuse "SELECT sneaky_exec(query_to_xml('SELECT 1', true, true, '')::text)"

# ---- functions: settings, locks, sleeps, signals, sequences ------------------
refuse "SELECT pg_advisory_lock(42)"
refuse "SELECT pg_advisory_xact_lock(42)"
refuse "SELECT pg_try_advisory_lock(42)"
refuse "SELECT pg_advisory_lock_shared(42)"
refuse "SELECT pg_try_advisory_xact_lock_shared(1, 2)"
refuse "SELECT pg_sleep(10)"
refuse "SELECT pg_sleep_for('10 seconds')"
refuse "SELECT pg_sleep_until(now() + interval '10 seconds')"
refuse "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
refuse "SELECT pg_cancel_backend(1)"
refuse "SELECT pg_reload_conf()"
refuse "SELECT pg_rotate_logfile()"
refuse "SELECT pg_stat_reset()"
refuse "SELECT pg_notify('ch', 'x')"
refuse "SELECT nextval('counter')"
refuse "SELECT setval('counter', 1000)"
refuse "SELECT txid_current()"
refuse "SELECT pg_current_xact_id()"
refuse "SELECT pg_switch_wal()"
refuse "SELECT pg_create_restore_point('x')"
refuse "SELECT pg_create_logical_replication_slot('s', 'test_decoding')"
refuse "SELECT pg_drop_replication_slot('s')"
refuse "SELECT pg_logical_emit_message(true, 'x', 'y')"
refuse "SELECT pg_promote()"
refuse "SELECT pg_backup_start('x')"
refuse "SELECT pg_export_snapshot()"
refuse "SELECT pg_log_backend_memory_contexts(pg_backend_pid())"

# ---- secrets and names -----------------------------------------------------
refuse "SELECT * FROM pg_authid"
refuse "SELECT rolpassword FROM pg_catalog.pg_authid"
refuse "SELECT * FROM pg_shadow"
refuse "SELECT * FROM pg_user_mappings"
refuse "SELECT * FROM pg_statistic"
refuse "SELECT most_common_vals FROM pg_stats"
refuse "SELECT * FROM pg_hba_file_rules"
refuse "SELECT * FROM pg_file_settings"
refuse "SELECT * FROM pg_largeobject"
refuse "SELECT * FROM no_such_table"
refuse "SELECT no_such_column FROM orders"
refuse "SELECT o.no_such_column FROM orders o"
refuse "SELECT * FROM otherschema.orders"

# ---- deep nesting ----------------------------------------------------------
deep=""; tail=""
i=0; while [ $i -lt 400 ]; do deep="${deep}SELECT * FROM ("; tail="$tail) s$i"; i=$((i + 1)); done
refuse "${deep}SELECT 1${tail}"
deep=""; tail=""
i=0; while [ $i -lt 3000 ]; do deep="${deep}abs("; tail="$tail)"; i=$((i + 1)); done
refuse "SELECT ${deep}1${tail}"

# ---- what only the server can tell: the read-only transaction --------------
server_refuses() {
    err=$(db --timeout 5 --sql "$1" 2>&1)
    st=$?
    [ "$st" -eq 4 ] || [ "$st" -eq 1 ]
    ok $? "stopped by the server: $1 (exit $st)" || echo "#   $err"
    like "$err" "$2" "  $2"
}
server_refuses "SELECT sneaky_write()" "read-only transaction"
server_refuses "SELECT sneaky_rw()" "read-write mode"
server_refuses "SELECT sneaky_exec('DELETE FROM audit')" "read-only transaction"
server_refuses "SELECT sneaky_exec('SET default_transaction_read_only = off; INSERT INTO audit VALUES (3)')" "read-only"
# a lock taken behind the guard's back (dynamic SQL in a function) outlives
# a rollback: databot releases it after every query
out=$(repl "--yes --format csv" "\\sql SELECT sneaky_exec('SELECT pg_advisory_lock(7)')" \
      "\\sql SELECT count(*) AS advisory_locks FROM pg_locks WHERE locktype = 'advisory'")
like "$out" "sneaky_exec" "a function takes an advisory lock through dynamic SQL"
printf '%s\n' "$out" | grep -A3 "advisory_locks" | grep -q '^0$'
ok $? "  the lock is released before the next query" || printf '%s\n' "$out" | tail -8 | sed 's/^/#   /'

# ---- denial of service: bounded by the time limit --------------------------
slow() { # slow SQL: stopped by the 2 s limit (exit 1), never hangs
    err=$(db --timeout 2 --sql "$1" 2>&1)
    st=$?
    is "$st" 1 "stopped by the time limit: $1" || echo "#   $err"
}
slow "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r"
slow "SELECT count(*) FROM order_items a, order_items b, order_items c"
slow "SELECT count(*) FROM generate_series(1, 10000000000)"
slow "SELECT sum(length(repeat(md5(g::text), 1000))) FROM generate_series(1, 100000000) g"
refuse "SELECT repeat('x', 1000000000)"
refuse "SELECT lpad('x', 2000000000, 'y')"
out=$(db --max-rows 3 --format csv --sql "SELECT generate_series(1, 1000000000) AS g")
is "$(printf '%s' "$out" | tr '\n' ' ')" "g 1 2 3" "a billion generated rows: the row cap stops it"

# ---- questions written to trick the engine --------------------------------
for q in "delete all orders" "drop the customers table" "update every price to zero" \
         "insert a new customer named Bob" "truncate orders" \
         "how many orders; DROP TABLE orders" "orders'; DROP TABLE orders; --" \
         "show customers where name = 'x'); DELETE FROM customers; --" \
         "count orders with status \"delivered\"; DELETE FROM orders" \
         "set default_transaction_read_only to off" "run pg_sleep(100)" \
         "call pg_read_file('/etc/passwd')" "how many orders for update"; do
    out=$(db --timeout 5 --format json -e "$q" 2>/dev/null)
    st=$?
    [ $st -eq 0 ] || [ $st -eq 3 ] || [ $st -eq 4 ]
    ok $? "question '$q' does not write (exit $st)"
done

# ---- afterwards: nothing changed -------------------------------------------
after=$(snapshot)
is "$after" "$before" "the server is unchanged: table checksums, catalog objects, settings, sequence, roles"
is "$(psh -c "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")" 0 "no advisory lock is held"
is "$(psh -c "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'databot'")" 0 \
   "no databot session is left"
is "$(psh -c "SELECT count(*) FROM audit")" 0 "the audit table is empty"
[ ! -e /tmp/databot-evil-copy ] && [ ! -e /tmp/databot-evil-prog ] && [ ! -e /tmp/databot-evil-lo ]
ok $? "no file was written"
echo "# $N hostile SQL statements given with --sql"

done_testing
