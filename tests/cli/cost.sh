# cost.sh: the scan limit (--max-scan-rows) on a 2,000,000-row SQLite table:
# refused in batch mode (exit 4) with what it would read and what to do,
# run with --force or --max-scan-rows 0, small queries unaffected, and
# asked about (y/N) at the prompt.
. "$SRCDIR/tests/cli/lib.sh"
PYTHON3=${PYTHON3:-python3}
BIG="$TMPD/big.sqlite"
"$SQLITE3" "$BIG" "CREATE TABLE big(id INTEGER PRIMARY KEY, grp INTEGER, val REAL);
WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000)
INSERT INTO big SELECT x, x % 10, x * 0.5 FROM c;
CREATE TABLE small(id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO small VALUES (1, 'a'), (2, 'b');"
ok $? "a database with a 2,000,000-row table"
Q_GROUPS="SELECT grp, count(*) AS n FROM big GROUP BY grp ORDER BY grp"

like "$("$DATABOT" --print-config | grep '^max-scan-rows')" "max-scan-rows = 1000000 " \
    "the default limit is 1,000,000 rows"

out=$("$DATABOT" --sql "$Q_GROUPS" "$BIG" 2>"$TMPD/err"); st=$?
err=$(cat "$TMPD/err")
is "$st" 4 "a full scan of 2,000,000 rows is refused in batch mode: exit 4"
is "$out" "" "  nothing printed on stdout"
like "$err" "2,000,000 rows" "  the message says what it would read"
like "$err" "full scan of big" "  and which table"
like "$err" "--force" "  and that --force runs it"
like "$err" "--max-scan-rows" "  or that the limit can be raised"
like "$("$DATABOT" -f json --sql "$Q_GROUPS" "$BIG" 2>&1)" "scan limit" "refused in JSON output too"
"$DATABOT" -f csv --sql "$Q_GROUPS" "$BIG" >/dev/null 2>&1; is $? 4 "refused when CSV streams too"

out=$("$DATABOT" -q -f csv --force --sql "$Q_GROUPS" "$BIG" 2>&1); ok $? "--force runs it"
like "$out" "9,200000" "  with the whole answer"
out=$("$DATABOT" -q -f csv --max-scan-rows 0 --sql "$Q_GROUPS" "$BIG" 2>&1); ok $? "--max-scan-rows 0: no limit"
like "$out" "0,200000" "  answered"
"$DATABOT" -q -f csv --max-scan-rows 3000000 --sql "$Q_GROUPS" "$BIG" >/dev/null 2>&1
ok $? "a raised limit lets it run"
DATABOT_MAX_SCAN_ROWS=0 "$DATABOT" -q -f csv --sql "$Q_GROUPS" "$BIG" >/dev/null 2>&1
ok $? "the limit is a setting (DATABOT_MAX_SCAN_ROWS)"
"$DATABOT" --sql "SELECT 1" --max-scan-rows lots "$BIG" >/dev/null 2>&1; is $? 2 "a bad limit is a usage error"

out=$("$DATABOT" -q -f csv --sql "SELECT name FROM small ORDER BY id" "$BIG" 2>&1 | tr -d '\r')
is "$out" "name
a
b" "a small table is unaffected"
out=$("$DATABOT" -q -f csv --sql "SELECT val FROM big WHERE id = 4" "$BIG" 2>&1 | tr -d '\r')
is "$out" "val
2.0" "an index search of the big table is unaffected"
out=$("$DATABOT" -q -f csv --sql "SELECT id FROM big LIMIT 3" "$BIG" 2>&1 | tr -d '\r')
is "$out" "id
1
2
3" "a plain LIMIT stops early: not limited"
"$DATABOT" -q --sql "SELECT id FROM big WHERE val < 0 LIMIT 1" "$BIG" >/dev/null 2>&1
is $? 4 "  but a LIMIT after a filter may read everything: refused"
"$DATABOT" -q --sql "SELECT count(*) FROM big LIMIT 1" "$BIG" >/dev/null 2>&1
is $? 4 "  and so may an aggregate"
out=$("$DATABOT" -q -f csv --sql "SELECT count(*) AS n FROM orders" "$SAMPLE" 2>&1 | tr -d '\r')
is "$out" "n
27089" "the sample's full scans are under the default limit"

# refusals are audited
like "$(grep 'GROUP BY grp' "$XDG_STATE_HOME/databot/audit.jsonl" | head -1)" '"outcome":"refused: this query would read about 2,000,000 rows' \
    "the refusal is in the audit log"

# the prompt asks, default no
if "$PYTHON3" -c 'import pty' 2>/dev/null; then
    out=$("$PYTHON3" "$SRCDIR/tests/cli/drive_tty.py" -- "$DATABOT" --plain "$BIG" <<EOF2
expect databot>
send \\sql $Q_GROUPS
expect reads about 2,000,000 rows
expect Run it?
send y
expect run anyway? [y/N]
send
expect databot>
send \\sql $Q_GROUPS
expect Run it?
send y
expect run anyway? [y/N]
send y
expect 200,000
expect databot>
send \\sql SELECT name FROM small
expect Run it?
send y
expect (2 rows)
expect databot>
send \\q
EOF2
)
    ok $? "at the prompt" || printf '%s\n' "$out" | tail -30 | sed 's/^/#   /'
    like "$out" "this reads about 2,000,000 rows (over --max-scan-rows); run anyway? [y/N]" \
        "  the prompt asks before a query over the limit"
    n=$(printf '%s\n' "$out" | grep -c "run anyway")
    is "$n" 2 "  Enter declines it, y runs it; a small query is not asked about"
    out=$("$PYTHON3" "$SRCDIR/tests/cli/drive_tty.py" -- "$DATABOT" --plain --force "$BIG" <<EOF2
expect databot>
send \\sql $Q_GROUPS
expect Run it?
send y
expect 200,000
expect databot>
send \\q
EOF2
)
    ok $? "at the prompt with --force" || printf '%s\n' "$out" | tail -30 | sed 's/^/#   /'
    unlike "$out" "run anyway" "  --force does not ask"
else
    for i in 1 2 3 4 5; do echo "ok $((T_N + i)) # SKIP no python3 pty"; done; T_N=$((T_N + 5))
fi

done_testing
