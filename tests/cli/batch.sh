# batch.sh: batch mode: --sql, -e, stdin, --sql-only, JSON contract, exit
# status of the first failure, row cap, time limit.
. "$SRCDIR/tests/cli/lib.sh"

want=$("$SQLITE3" "$SAMPLE" "SELECT count(*) FROM orders")
out=$("$DATABOT" --sql "SELECT count(*) FROM orders" --format csv "$SAMPLE"); ok $? "--sql runs"
is "$(printf '%s' "$out" | tr -d '\r' | tail -n 1)" "$want" "--sql result equals sqlite3's"

out=$("$DATABOT" --sql "SELECT count(*) AS n FROM orders" "$SAMPLE"); ok $? "table output"
like "$out" "(1 row)" "table has a row count footer"

printf '%s\n' "# a comment" "" "how many customers" "-- another comment" "how many products" |
    "$DATABOT" --format json "$SAMPLE" > "$TMPD/out.jsonl"
ok $? "questions from stdin"
is "$(wc -l < "$TMPD/out.jsonl" | tr -d ' ')" 2 "one JSON line per question, comments skipped"
"$PYTHON3" - "$TMPD/out.jsonl" <<'PY'
import json, sys
objs = [json.loads(l) for l in open(sys.argv[1])]
for o in objs:
    for k in ("question", "sql", "columns", "rows", "truncated", "elapsed_ms", "error"):
        assert k in o, k
assert objs[0]["question"] == "how many customers"
assert objs[0]["rows"] == [[2500]], objs[0]["rows"]
assert objs[1]["rows"] == [[149]], objs[1]["rows"]
assert objs[0]["error"] is None and objs[0]["truncated"] is False
PY
ok $? "JSON answers hold question, sql, columns, rows, truncated, elapsed_ms, error"

"$DATABOT" --offline --sql-only --format json -e "how many customers" -e "by country" \
    -e "gibberish zzzqqq" "$SAMPLE" > "$TMPD/plan.jsonl"
is $? 3 "--sql-only: exit status of the failed question"
"$PYTHON3" - "$TMPD/plan.jsonl" <<'PY'
import json, sys
objs = [json.loads(l) for l in open(sys.argv[1])]
assert len(objs) == 3
assert set(objs[0]) >= {"question", "sql", "error"}
assert objs[0]["sql"].upper().startswith("SELECT") and objs[0]["error"] is None
assert "country" in objs[1]["sql"], objs[1]["sql"]
assert objs[2]["sql"] is None and objs[2]["error"]
PY
ok $? "--sql-only --format json: the evaluation contract"

out=$("$DATABOT" --sql-only -e "how many customers" "$SAMPLE"); ok $? "--sql-only prints SQL"
like "$out" "FROM customers" "the SQL names the table"
printf '%s\n' "$out" | "$SQLITE3" "$SAMPLE" > /dev/null; ok $? "the printed SQL runs in sqlite3 as is"

"$DATABOT" --format json -e "how many customers" --sql "DELETE FROM orders" -e "how many products" \
    "$SAMPLE" > "$TMPD/mixed.jsonl" 2>/dev/null
is $? 4 "first failure decides the exit status"
is "$(wc -l < "$TMPD/mixed.jsonl" | tr -d ' ')" 3 "every question still answered"

"$DATABOT" --format json --max-rows 7 --sql "SELECT id FROM orders" "$SAMPLE" > "$TMPD/cap.jsonl"
"$PYTHON3" -c "
import json,sys; o=json.loads(open('$TMPD/cap.jsonl').read())
sys.exit(0 if len(o['rows']) == 7 and o['truncated'] is True else 1)"
ok $? "--max-rows caps and marks truncated"
out=$("$DATABOT" --max-rows 3 --sql "SELECT id FROM orders" "$SAMPLE"); ok $? "capped table"
like "$out" "truncated" "table says it was truncated"
"$DATABOT" --format csv --max-rows 0 --sql "SELECT id FROM orders" "$SAMPLE" > "$TMPD/all.csv"
is "$(wc -l < "$TMPD/all.csv" | tr -d ' ')" 27090 "--max-rows 0 means no cap"

endless="WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
err=$("$DATABOT" --timeout 0.3 --sql "$endless" "$SAMPLE" 2>&1); is $? 1 "time limit: exit 1"
like "$err" "time limit" "time limit: says so"
like "$err" "--timeout" "time limit: says how to allow more"

"$DATABOT" --sql "$endless" "$SAMPLE" > /dev/null 2>"$TMPD/int.err" &
pid=$!
sleep 1
kill -INT $pid
wait $pid
is $? 130 "Ctrl-C in batch mode stops with 130"
like "$(cat "$TMPD/int.err")" "cancelled" "and says the query was cancelled"

out=$("$DATABOT" --format markdown --sql "SELECT 1 AS a, 'x' AS b" "$SAMPLE"); ok $? "markdown"
like "$out" "|   a | b   |" "markdown header"
done_testing
