# hostile.sh: a model that answers with hostile SQL. Every write, DDL,
# attachment, extension, file access, multi-statement or hidden-CTE trick
# it returns is refused by the guard (and sent back to it, then the chain
# falls back to the built-in engine): nothing hostile runs, the database
# file stays byte-identical and no file appears.
. "$SRCDIR/tests/cli/lib.sh"
. "$SRCDIR/tests/llm/fake.sh"

DB="$TMPD/shop.sqlite"
cp "$SAMPLE" "$DB"
before=$(cksum < "$DB")
mkdir -p "$TMPD/files"

start_fake hz '{"replies":[{"sql":"SELECT 1"}]}'

# reply_with SQL: the fake model's every answer from now on
reply_with() {
    "$PYTHON3" -c 'import json,sys; print(json.dumps({"replies": [{"sql": sys.argv[1], "stream": False}]}))' "$1" \
        > "$TMPD/hz.json"
}

hostile() {
    reply_with "$1"
    out=$("$DATABOT" --no-cache --no-memory --model openai:m --base-url "$hz_URL" -f json \
          -e "how many orders are there" "$DB" 2>/dev/null)
    st=$?
    sql=$(jfield "$out" sql)
    [ "$sql" != "$1" ] && { [ $st -eq 0 ] || [ $st -eq 4 ] || [ $st -eq 3 ]; }
    ok $? "model's hostile SQL not run: $1" || echo "#   exit $st, sql: $sql"
}

F="$TMPD/files"
hostile "DELETE FROM orders"
hostile "DROP TABLE customers"
hostile "UPDATE products SET price = 0"
hostile "INSERT INTO categories (id, name) VALUES (99, 'x')"
hostile "REPLACE INTO categories (id, name) VALUES (1, 'x')"
hostile "CREATE TABLE pwned AS SELECT * FROM customers"
hostile "CREATE TEMP TABLE t AS SELECT 1"
hostile "ALTER TABLE orders RENAME TO o2"
hostile "SELECT count(*) FROM orders; DELETE FROM orders"
hostile "SELECT 1; DROP TABLE orders; --"
hostile "WITH d AS (DELETE FROM orders RETURNING id) SELECT count(*) FROM d"
hostile "WITH u AS (UPDATE orders SET status = 'x' RETURNING 1) SELECT count(*) FROM u"
hostile "SELECT * INTO stolen FROM customers"
hostile "ATTACH DATABASE '$F/evil.db' AS evil"
hostile "VACUUM INTO '$F/copy.db'"
hostile "PRAGMA writable_schema = 1"
hostile "PRAGMA journal_mode = WAL"
hostile "PRAGMA query_only = 0"
hostile "BEGIN IMMEDIATE"
hostile "SELECT load_extension('$F/evil.so')"
hostile "SELECT fts3_tokenizer('simple')"
hostile "SELECT writefile('$F/x', 'data')"
hostile "SELECT readfile('/etc/passwd')"
hostile "SELECT edit('x')"
hostile "REINDEX"
hostile "ANALYZE"
hostile "DETACH DATABASE main"
hostile "SELECT 1 /* a /* */ ; DELETE FROM orders; -- */"
hostile "SELECT count(*) FROM ordeｒs"
hostile "SELECT count(*) FROM orders WHERE 1 = 1; PRAGMA query_only = 0"
hostile "SELECT count(*) FROM no_such_table"
hostile "SELECT pg_read_file('/etc/passwd')"
hostile "SELECT set_config('default_transaction_read_only', 'off', false)"
hostile "COPY orders TO '$F/out.csv'"
hostile "EXPLAIN ANALYZE DELETE FROM orders"

is "$(cksum < "$DB")" "$before" "the database file is byte-identical"
is "$(ls -A "$F")" "" "no file was created"
ls "$DB"-* >/dev/null 2>&1
[ $? -ne 0 ]; ok $? "no journal or WAL file left behind"
[ "$(requests hz)" -ge 35 ]; ok $? "the model was asked (and corrected) for every case"
done_testing
