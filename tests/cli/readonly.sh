# readonly.sh: every kind of write, through --sql, through the REPL's \sql
# and through questions, is refused with a clear message, exits 4 (or 3 for
# a question) and leaves the database file byte-identical.
. "$SRCDIR/tests/cli/lib.sh"

DB="$TMPD/shop.sqlite"
cp "$SAMPLE" "$DB"
before=$(cksum < "$DB")

refuse() {
    err=$("$DATABOT" --sql "$1" "$DB" 2>&1 </dev/null)
    st=$?
    is $st 4 "refused ($1)"
    like "$err" "databot: " "  with a message"
}

refuse "DELETE FROM orders"
refuse "delete from orders where id = 1"
refuse "UPDATE products SET price = 0"
refuse "INSERT INTO categories (id, name) VALUES (999, 'x')"
refuse "REPLACE INTO categories (id, name) VALUES (1, 'x')"
refuse "DROP TABLE orders"
refuse "CREATE TABLE evil (a)"
refuse "CREATE INDEX i ON orders (status)"
refuse "ALTER TABLE orders ADD COLUMN x"
refuse "SELECT 1; DELETE FROM orders"
refuse "WITH d AS (DELETE FROM orders RETURNING id) SELECT count(*) FROM d"
refuse "SELECT * INTO copy FROM orders"
refuse "SELECT * FROM orders FOR UPDATE"
refuse "ATTACH DATABASE '$TMPD/other.sqlite' AS other"
refuse "DETACH DATABASE main"
refuse "PRAGMA query_only = 0"
refuse "PRAGMA journal_mode = WAL"
refuse "PRAGMA user_version = 7"
refuse "BEGIN IMMEDIATE"
refuse "VACUUM"
refuse "VACUUM INTO '$TMPD/copy.sqlite'"
refuse "REINDEX"
refuse "ANALYZE"
refuse "SELECT load_extension('/tmp/evil.so')"
refuse "SELECT fts3_tokenizer('simple')"
refuse "SELECT writefile('$TMPD/x', 'data')"
refuse "CREATE TEMP TABLE t AS SELECT 1"
refuse "SELECT * FROM no_such_table"
[ ! -e "$TMPD/other.sqlite" ] && [ ! -e "$TMPD/copy.sqlite" ] && [ ! -e "$TMPD/x" ]
ok $? "no file was created"

err=$("$DATABOT" --sql "DELETE FROM orders" "$DB" 2>&1)
like "$err" "read-only" "the refusal says databot is read-only"

for q in "delete all orders" "drop the customers table" "update every price to zero" \
         "insert a new customer named Bob" "truncate orders"; do
    out=$("$DATABOT" --format json -e "$q" "$DB" 2>/dev/null)
    st=$?
    [ $st -eq 0 ] || [ $st -eq 3 ]; ok $? "question '$q' is not turned into a write (exit $st)"
    unlike "$(printf '%s' "$out" | tr a-z A-Z)" '"SQL": "DELETE' "  no DELETE planned"
done


is "$(cksum < "$DB")" "$before" "database file byte-identical after all attempts"
ls "$TMPD"/shop.sqlite-* >/dev/null 2>&1
[ $? -ne 0 ]; ok $? "no journal or WAL file left behind"
done_testing
